"""Word-list terms that heed capitals (issue 15, point 3; ``src/newslit/data/README.md``, "How a term is written").

Many parties go by initials that are also words or other initials ("PAN", a tax number in India; "BNP
Paribas", a bank; "New Democracy" and "a new democracy"). Such a row heeds capitals, ``re:(?-i:PASOK)``, and
is looked for in the text as written; where it overlaps another term's match the longer wins. The parties
themselves are tested in test_asides_unlisted_parties.py.
"""

from __future__ import annotations

from newslit.text.lexicon import Lexicon, Term


def test_a_term_that_heeds_capitals_finds_only_the_capitals_and_the_longer_match_wins():
    lexicon = Lexicon(
        [
            Term("re:(?-i:PAN)", "politicised", {}),
            Term("pan card", "ignore", {}),
            Term("congress*", "politicised", {}),
            Term("re:(?-i:Congress) (?i:leader)", "politicised", {"group": "a party"}),
        ]
    )
    found = [(m.matched, m.kind) for m in lexicon.find("The PAN checked a pan and a PAN card.")]
    assert found == [("PAN", "politicised"), ("PAN card", "ignore")]
    led = lexicon.find("Congress leader Priya Nair spoke to the congress of nurses.")
    assert [(m.matched, m.term.get("group")) for m in led] == [("Congress leader", "a party"), ("congress", "")]


def test_a_term_that_heeds_capitals_is_found_in_a_text_whose_lower_case_moves_offsets():
    # "İ" lower-cases to two characters: the whole text is then scanned as written, by one pattern
    lexicon = Lexicon([Term("re:(?-i:PASOK)", "politicised", {})])
    assert [m.matched for m in lexicon.find("İstanbul: PASOK said pasok is no word.")] == ["PASOK"]
