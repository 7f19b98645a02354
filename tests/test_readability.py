"""Syllables and reading ease: the rules of thumb the readability column rests on."""

import pytest

from newslit.text.readability import flesch_reading_ease, syllables

SYLLABLES = [
    ("make", 1),  # silent final e
    ("smile", 1),  # silent e after vowel + l
    ("whole", 1),
    ("table", 2),  # -le after a consonant is a syllable
    ("people", 2),
    ("little", 2),
    ("jumped", 1),  # -ed after p adds none
    ("needed", 2),  # -ed after d does
    ("recommendation", 5),
    ("free", 1),
]


@pytest.mark.parametrize(("word", "count"), SYLLABLES)
def test_syllables_follow_the_documented_rules(word, count):
    assert syllables(word) == count


def test_short_plain_sentences_score_easier_than_long_latinate_ones():
    plain = flesch_reading_ease(["The cat sat on the mat.", "It was warm."])
    hard = flesch_reading_ease(
        ["Recommendation algorithms systematically amplified interconnected communities of accounts."]
    )
    assert plain > 90 > 0 > hard


def test_no_words_gives_no_score():
    assert flesch_reading_ease([]) is None
    assert flesch_reading_ease(["—"]) is None
