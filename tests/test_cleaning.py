"""Cleaning rules on hand-made pages: general rules, not tied to the seed files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslit.case.cleaning import apply_edits, clean
from newslit.case.load import split_article

PAGES = {
    "caption above a credit": (
        "Body text one.\n\nThe mayor at the opening.\nPHOTO: JANE DOE FOR THE TIMES\n\nBody text two.",
        ["Body text one.", "Body text two."],
        {"caption", "credit"},
    ),
    "paragraph split by a page break": (
        "The council voted to close the\n\nlibrary on Sundays.",
        ["The council voted to close the library on Sundays."],
        set(),
    ),
    "page break across a caption": (
        "The council voted to close the\n\nA photo of the library.\nPHOTO: ARCHIVE\n\nlibrary on Sundays.",
        ["The council voted to close the library on Sundays."],
        {"caption", "credit"},
    ),
    "newsletter and advertisement lines": (
        "First fact.\nAdvertisement\nSign up for our morning newsletter\nShare this article\nSecond fact.",
        ["First fact.", "Second fact."],
        {"boilerplate"},
    ),
    "comment form ends the article": (
        "Only fact.\n\nLeave a comment\nName*\nEmail*\nGreat post!",
        ["Only fact."],
        {"comments"},
    ),
    "tag list": ("Only fact.\n• Health\n• Science\n• Vaccines", ["Only fact."], {"tags"}),
    "wire dateline": (
        "PARIS (AFP) — The minister resigned. Nobody knew why.",
        ["The minister resigned.", "Nobody knew why."],
        set(),
    ),
    # a page that keeps a statement's printed lines (cashrate-2025-02, echr-climate-2024-04, physweekly)
    "printed line broken before a number": (
        "There is uncertainty around the extent to which the recovery in household spending in late\n"
        "2024 will persist. Wages eased.",
        [
            "There is uncertainty around the extent to which the recovery in household spending in late "
            "2024 will persist.",
            "Wages eased.",
        ],
        set(),
    ),
    "printed line ending on a small word": (
        "The union is set to launch legal action over the pay of its pilots with the\nFair Work Commission today.",
        ["The union is set to launch legal action over the pay of its pilots with the Fair Work Commission today."],
        set(),
    ),
    "two paragraphs stay two, whatever the first ends on": (
        "Figures. The council said it would publish all of the figures for\n\n2024 was a hard year for it. Yes.",
        ["2024 was a hard year for it.", "Yes."],  # the first paragraph, unended, is a heading, not joined on
        set(),
    ),
    "a list's line of a name and its figure": (
        "Migrants came from many places.\nUK: 386,960\nIndia: 50,200 people\nThe rest came later.",
        ["Migrants came from many places.", "The rest came later."],
        set(),
    ),
    "markdown link": ("Read [the report](https://example.org/r) today.", ["Read the report today."], set()),
    "byte order mark": ("\ufeffHello there. Bye.", ["Hello there.", "Bye."], set()),
}


@pytest.mark.parametrize("name", PAGES)
def test_named_page(name):
    raw, sentences, removed_kinds = PAGES[name]
    cleaned = clean(raw)
    assert [s.text for s in split_article("x", cleaned) if s.role == "body"] == sentences
    assert {r.kind for r in cleaned.removed} == removed_kinds


def test_a_short_line_before_the_body_is_the_headline_and_later_ones_are_subheads():
    sentences = split_article(
        "x", clean("Big News Today\n\nIt happened. Really.\n\nWhat comes next\n\nMore text here.")
    )
    assert [(s.role, s.text) for s in sentences] == [
        ("headline", "Big News Today"),
        ("body", "It happened."),
        ("body", "Really."),
        ("subhead", "What comes next"),
        ("body", "More text here."),
    ]


BULLETED_RELEASE = (
    "Climate highlights 2023\n\n"
    "  \u2022    2023 is the warmest calendar year in records going back to 1850\n"
    "  \u2022    2023 was 0.60\u00b0C warmer than the 1991-2020 average\n"
)


def test_bulleted_statements_without_full_stops_are_body_text_not_headings():
    sentences = split_article("x", clean(BULLETED_RELEASE))
    assert [s.role for s in sentences] == ["headline", "body", "body"]
    assert "1850" in sentences[1].text


@given(st.text(alphabet=st.sampled_from(list("abC .\n[]()#PHOTO:•-—\u200f😀<>")), max_size=300))
def test_any_text_cleans_without_error_and_offsets_stay_true(raw):
    cleaned = clean(raw)
    for sentence in split_article("x", cleaned):
        text, _ = apply_edits(raw, sentence.start, sentence.end, cleaned.edits)
        assert text.strip() == sentence.text
        assert 0 <= sentence.start < sentence.end <= len(raw)


def test_a_line_of_a_name_and_its_figure_in_capitals_is_kept_not_dropped_as_a_masthead():
    # netmigration-2024-12's Business Standard list ("UK: 386,960"), reported by its finder before any labelling
    cleaned = clean("Arrivals by country\n\nUK: 386,960\n\nThe total fell. NEWS DESK\n")
    kept = [cleaned.raw[b.start : b.end] for b in cleaned.blocks]
    assert "UK: 386,960" in kept
    assert "masthead" not in {r.kind for r in cleaned.removed if r.text == "UK: 386,960"}
