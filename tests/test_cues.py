"""Framing cues in single sentences: loaded words, doubt verbs, scare quotes, reframed wording.

The fixtures are invented sentences (not from the seed case), so these tests show that the
word lists and rules are general.
"""

from __future__ import annotations

import csv

import pytest

from newslit.analysis.framing.cues import (
    TERMS_FILE,
    Change,
    attribution_counts,
    load_terms,
    primary_context,
    quote_spans,
    reframed_cues,
    scare_quote_cues,
    sentence_cues,
)
from newslit.text.lexicon import TermListError

# sentence -> the cues a reader should see, as (kind, words)
CUED = {
    "tabloid lead": (
        "A bombshell report finds the mayor's office in flagrant breach of the rules.",
        [("loaded", "bombshell"), ("loaded", "flagrant")],
    ),
    "sinister picture": ("Scammers lurk in the dark corners of the app store.", [("loaded", "dark corners")]),
    "no limits": ("Weak checks give fraudsters free rein.", [("loaded", "free rein")]),
    "size words": ("Police found a vast network of brazen fake shops.", [("loaded", "vast"), ("loaded", "brazen")]),
    "hyphen variant": ("Adverts for thinly-veiled gambling sites.", [("loaded", "thinly-veiled")]),
    "said to claimed": ("The club claimed it had fixed the pitch.", [("doubt_verb", "claimed")]),
    "alleged": ("The alleged theft was reported on Monday.", [("doubt_verb", "alleged")]),
    "allegedly": ("The shop allegedly sold fake trainers.", [("doubt_verb", "allegedly")]),
    "admitted": ("The school admitted the exam was too hard.", [("doubt_verb", "admitted")]),
    "insisted": ("The mayor insisted the bridge was safe.", [("doubt_verb", "insisted")]),
    "neutral said": ("The mayor said the bridge was safe.", []),
    "according to": ("According to the council, the bridge is safe.", []),
    "everyday vast": ("The vast majority of pupils walk to school.", []),
    "plain news": ("The library opens at nine on Saturdays.", []),
}


@pytest.mark.parametrize("name", CUED)
def test_listed_words_are_found(name):
    text, expected = CUED[name]
    found = [(c["kind"], c["text"]) for c in sentence_cues(text) if c["kind"] in ("loaded", "doubt_verb")]
    assert found == expected


@pytest.mark.parametrize("name", [n for n, (_, cues) in CUED.items() if cues])
def test_every_cue_points_at_its_words_and_explains_them(name):
    text, _ = CUED[name]
    for cue in sentence_cues(text):
        assert text[cue["start"] : cue["end"]] == cue["text"]
        assert len(cue["explanation"]) > 20


def test_a_loaded_word_inside_a_quotation_is_marked_as_the_speakers():
    cue = sentence_cues("“It was a horrific crash,” the driver said.")[0]
    assert cue["text"] == "horrific" and cue["quoted"] is True
    assert "speaker's word" in cue["explanation"]


SCARE = {
    "distancing word": ("The minister praised the alleged “reform” of the courts.", "“reform”", False),
    "so-called": ('The so-called "experts" were wrong again.', '"experts"', False),
    "nobody named": ('The gang sold "gift boxes" on the corner.', '"gift boxes"', True),
    "single curly quotes": ("Critics mocked the ‘miracle’ diet.", "‘miracle’", True),
}


@pytest.mark.parametrize("name", SCARE)
def test_scare_quotes_are_found(name):
    text, words, guess = SCARE[name]
    cues = scare_quote_cues(text)
    assert [(c["text"], c["guess"]) for c in cues] == [(words, guess)]


NOT_SCARE = {
    "attributed": 'The coach called the referee "a disgrace".',
    "a named term": 'Search terms such as "cheap tickets" led to fake sites.',
    "a long quotation": 'She said that "the council has failed every family in this town".',
    "a hashtag": 'Posts tagged "#summer" went viral.',
    "an apostrophe is not a quote": "The club’s manager didn’t comment on the players’ strike.",
    "nested in a quotation": "“They called it ‘progress,’ but it was not,” the resident said.",
    "a button label": 'The page offered two options: "Accept" and "Decline".',
}


@pytest.mark.parametrize("name", NOT_SCARE)
def test_attributed_or_named_quotations_are_not_scare_quotes(name):
    assert scare_quote_cues(NOT_SCARE[name]) == []


def test_a_quote_the_primary_also_put_in_quotation_marks_is_not_flagged():
    quoted, words = primary_context(['Sellers post "menus" of goods.'])
    assert (
        scare_quote_cues('Sellers use "menus" to hide what they sell.', primary_quoted=quoted, primary_words=words)
        == []
    )


def test_a_scare_quote_says_when_the_primary_never_used_the_word():
    quoted, words = primary_context(["The crowd entered the building on Monday."])
    cue = scare_quote_cues("Some call it the alleged “uprising” of Monday.", primary_quoted=quoted, primary_words=words)
    assert cue and "never uses these words" in cue[0]["explanation"]


@pytest.mark.parametrize(
    "text, spans",
    [
        ('He said "yes" and "no".', ['"yes"', '"no"']),
        ('Mixed marks "from a PDF,” still pair.', ['"from a PDF,”']),
        ("It’s the dog’s bowl.", []),
        ("", []),
        ('Unclosed "quote here.', []),
    ],
)
def test_quotation_marks_are_paired(text, spans):
    assert [text[q.start : q.end] for q in quote_spans(text)] == spans


def test_attribution_counts_leave_out_words_inside_quotations():
    text = "“They claimed it was safe,” the inspector said, and the firm claimed otherwise."
    assert attribution_counts(text) == {"doubt_verb": 1, "neutral_verb": 1}
    assert attribution_counts("") == {"doubt_verb": 0, "neutral_verb": 0}


REFRAMED = {
    "said to claimed": (
        "A spokesman said the app removed 500 accounts.",
        "A spokesman claimed the app removed 500 accounts.",
        "doubt word added or swapped",
    ),
    "caution dropped": (
        "The accounts are purportedly run by teenagers.",
        "The accounts are run by teenagers.",
        "hedge or doubt word dropped",
    ),
    "range cut": (
        "Followers number in the hundreds of thousands, if not millions.",
        "Millions of followers.",
        "hedge or doubt word dropped",
    ),
}


@pytest.mark.parametrize("name", REFRAMED)
def test_reframed_wording_is_found_without_word_changes(name):
    primary, retold, rule = REFRAMED[name]
    assert [c["rule"] for c in reframed_cues(primary, retold)] == [rule]


def test_reframed_wording_uses_word_changes_when_given():
    primary = "The accounts are purportedly run by children."
    retold = "The accounts are posing as minors."
    change = Change("purportedly run by children", "posing as minors", 17, 33)
    (cue,) = reframed_cues(primary, retold, [change])
    assert cue["text"] == "posing as minors" and retold[cue["start"] : cue["end"]] == "posing as minors"
    assert "purportedly" in cue["explanation"]


def test_unchanged_wording_is_not_reframed():
    same = "The council said the bridge is safe."
    assert reframed_cues(same, same) == []
    assert reframed_cues("", same) == []


# ---- the word list as data ---------------------------------------------------------------


def test_the_bundled_list_is_complete_and_explained():
    with TERMS_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["explanation"].strip() and row["example"].strip() for row in rows)
    listed = {row["term"] for row in rows}
    for term in [
        "bombshell",
        "flagrant",
        "free rein",
        "vast",
        "brazen",
        "claimed",
        "alleged",
        "allegedly",
        "admitted",
        "insisted",
        "said",
        "according to",
    ]:
        assert term in listed
    assert any(row["term"].startswith("dark corner") for row in rows)


def test_the_compiled_list_is_reused():
    assert load_terms() is load_terms()


def test_reading_a_sentence_twice_finds_the_same_words_and_changing_one_answer_spoils_no_other():
    terms = load_terms()
    text = CUED["tabloid lead"][0]
    first = terms.find(text, kinds=["loaded"])
    assert [m.matched for m in first] == ["bombshell", "flagrant"]
    first.clear()  # a caller that edits its list must not change what the next caller gets
    assert [m.matched for m in terms.find(text, kinds=("loaded",))] == ["bombshell", "flagrant"]
    assert terms.find(text, kinds=["doubt_verb"]) == []
    assert {"bombshell", "flagrant"} < {m.matched for m in terms.find(text)}


def test_a_teacher_can_add_terms_from_the_notebook():
    terms = load_terms(extra=[{"term": "gobsmacked", "kind": "loaded", "explanation": "Shows shock, not facts."}])
    cues = sentence_cues("Gobsmacked fans left early.", terms)
    assert [(c["kind"], c["text"], c["explanation"]) for c in cues] == [
        ("loaded", "Gobsmacked", "Shows shock, not facts.")
    ]
    assert sentence_cues("Gobsmacked fans left early.") == []  # the bundled list is unchanged


def test_a_teachers_csv_and_wildcards_and_patterns_work(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "term,kind,explanation\nskyrocket*,loaded,Sounds like a rocket.\nre:\\d+ ?% surge,loaded,A surge.\n",
        encoding="utf-8",
    )
    terms = load_terms(extra=str(path))
    assert [c["text"] for c in sentence_cues("Prices skyrocketed after a 40% surge.", terms)] == [
        "skyrocketed",
        "40% surge",
    ]


@pytest.mark.parametrize(
    "pattern, sentence, found",
    [
        ("re:\\d+ ?% surge", "Prices rose after a 40% SURGE.", "40% SURGE"),  # no capital: found in capitals too
        ("re:NHS (?:crisis|meltdown)", "Critics spoke of an nhs meltdown.", "nhs meltdown"),  # capitals: any case
        ("re:[A-Z]+ panic", "A Sudden PANIC followed.", "Sudden PANIC"),
        ("re:\\x41ngst", "Angst grew.", "Angst"),  # a letter written by its code
    ],
)
def test_a_teachers_pattern_ignores_case_however_it_is_written(pattern, sentence, found):
    terms = load_terms(extra=[{"term": pattern, "kind": "loaded", "explanation": "Mine."}])
    assert [c["text"] for c in sentence_cues(sentence, terms)] == [found]


@pytest.mark.parametrize(
    "row, message",
    [
        ({"term": "", "kind": "loaded"}, "empty term"),
        ({"term": "slammed", "kind": "laoded"}, 'unknown kind "laoded"'),
        ({"term": "re:([", "kind": "loaded"}, "not a valid regular expression"),
    ],
)
def test_a_bad_row_says_which_and_how_to_fix_it(row, message):
    with pytest.raises(TermListError) as caught:
        load_terms(extra=[row])
    assert message in str(caught.value) and "extra terms:1" in str(caught.value)


def test_empty_text_has_no_cues():
    assert sentence_cues("") == []


def test_a_plain_term_wins_over_a_regular_expression_at_the_same_place():
    # what a teacher editing a word list meets: the lexicon's docstring says so, and to write such a phrase plainly
    from newslit.text.lexicon import Lexicon, Term

    lexicon = Lexicon(
        [
            Term("lawmaker*", "politicised", {}),
            Term("re:lawmakers (?:passed|voted)", "politicised", {}),
            Term("lawmakers approved", "politicised", {}),
        ]
    )
    assert [m.matched for m in lexicon.find("after lawmakers passed the bill")] == ["lawmakers"]
    assert [m.matched for m in lexicon.find("after lawmakers approved the bill")] == ["lawmakers approved"]
