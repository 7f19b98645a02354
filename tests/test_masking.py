"""Explicit terms are masked in everything learners see, unless a teacher turns masking off."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslit.text.masking import MASK_CHAR, mask
from newslit.views.text import safe_text

HASHTAG_SENTENCE = "Instagram enabled people to search explicit hashtags such as #pedowhore and #preteensex."
NEW_VARIANT = "Buyers now use #pedo4sale and #NSFWteen instead."
INNOCENT = "The pedometer counted steps; a teenager sold lemonade."


def test_listed_hashtags_are_masked_keeping_their_first_letter():
    shown = mask(HASHTAG_SENTENCE)
    assert "pedowhore" not in shown and "preteensex" not in shown
    assert "#p••••••••" in shown


def test_variants_of_a_listed_stem_are_masked_in_a_teachers_own_case():
    shown = mask(NEW_VARIANT)
    assert "pedo4sale" not in shown and "NSFWteen" not in shown


def test_ordinary_words_that_contain_a_stem_are_left_alone():
    assert mask(INNOCENT) == INNOCENT


def test_a_teacher_can_unmask_with_the_setting(monkeypatch):
    monkeypatch.setenv("NEWSLIT_SHOW_EXPLICIT", "1")
    assert mask(HASHTAG_SENTENCE) == HASHTAG_SENTENCE
    monkeypatch.setenv("NEWSLIT_SHOW_EXPLICIT", "yes")  # only the exact value 1 unmasks
    assert "pedowhore" not in mask(HASHTAG_SENTENCE)


def test_masking_reaches_the_escaped_html_learners_see():
    html = safe_text("<b>" + HASHTAG_SENTENCE + "</b>")
    assert "pedowhore" not in html and "&lt;b&gt;" in html and MASK_CHAR in html


@given(st.text())
def test_masking_keeps_the_length_so_offsets_stay_valid(text):
    assert len(mask(text)) == len(text)
