"""The words the engines compare: the same words whatever the quotation marks, and the same terms whatever is asked first."""

import doctest

import pytest

from newslit.analysis.framing.cues import load_terms
from newslit.text import tokens
from newslit.text.tokens import all_stems, concepts, stem, words

SENTENCES = {
    "thousands separator and decimal": (
        "Meta's team removed 490,000 accounts, 31.9% of them in the U.S.",
        ["meta", "team", "removed", "490000", "accounts", "31.9", "of", "them", "in", "the", "u", "s"],
    ),
    "name with a number": ("COVID-19 cases rose.", ["covid", "19", "cases", "rose"]),
    "sentence end after a figure": ("It cost 2,400.", ["it", "cost", "2400"]),
    "list of figures": ("Rates were 1.5, 2.25 and 3.", ["rates", "were", "1.5", "2.25", "and", "3"]),
    "dashes and brackets": (
        "A so-called (alleged) “network”—sellers",
        ["a", "so", "called", "alleged", "network", "sellers"],
    ),
    "accented word": ("The café’s owner said", ["the", "caf", "owner", "said"]),
    "empty": ("", []),
}


@pytest.mark.parametrize("name", SENTENCES)
def test_words_are_lower_case_with_numbers_whole(name):
    text, expected = SENTENCES[name]
    assert words(text) == expected


CURLY_AND_STRAIGHT = {
    "possessive": ("Meta’s systems", "Meta's systems"),
    "quotation": ("the “vast” network", 'the "vast" network'),
    "no-break space": ("490,000\u00a0accounts", "490,000 accounts"),
}


@pytest.mark.parametrize("name", CURLY_AND_STRAIGHT)
def test_curly_quotes_and_straight_quotes_give_the_same_words(name):
    curly, straight = CURLY_AND_STRAIGHT[name]
    assert words(curly) == words(straight)
    assert concepts(curly) == concepts(straight)
    assert all_stems(curly) == all_stems(straight)


DOUBT = "Meta claimed the so-called experts were wrong."


def test_a_term_is_found_the_same_whether_asked_for_by_kind_first_or_last():
    terms = load_terms().extended([])  # a fresh list: nothing remembered yet
    by_kind_first = [m.matched for m in terms.find(DOUBT, kinds=("doubt_verb",))]
    everything = terms.find(DOUBT)
    assert by_kind_first == ["claimed", "so-called"]
    assert [m.matched for m in everything if m.kind == "doubt_verb"] == by_kind_first
    assert [m.matched for m in terms.find(DOUBT, kinds=("doubt_verb",))] == by_kind_first
    assert terms.find(DOUBT, kinds=("no such kind",)) == []


# What stem()'s docstring promises: one stem for the forms of a word, and words that only look
# plural, numbers and short words left alone. A swapped-in stemmer (bench/README.md, "Libraries
# measured": Snowball gives "recommend" and "stori") must keep these or change the docstring.
STEM_FORMS = {
    "plural and singular": (["recommendations", "recommendation"], ["recommendat", "recommendat"]),
    "final e and verb endings": (["share", "shares", "shared"], ["shar", "shar", "shar"]),
    "ies becomes y": (["stories", "story"], ["story", "story"]),
    "only looks plural": (["news", "series", "species"], ["news", "series", "species"]),
    "numbers and short words": (["490000", "31.9", "was", "us"], ["490000", "31.9", "was", "us"]),
}


@pytest.mark.parametrize("name", STEM_FORMS)
def test_stem_folds_the_forms_its_docstring_promises(name):
    forms, stems = STEM_FORMS[name]
    assert [stem(word) for word in forms] == stems


def test_the_examples_in_the_tokens_docstrings_are_what_the_code_returns():
    # stem()'s example once promised "recommendation" where the code gives "recommendat".
    failed, tried = doctest.testmod(tokens)
    assert tried > 0 and failed == 0
