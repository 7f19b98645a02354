"""A share told as a simple fraction ("one in six", "two in five", "a third") is the primary's percentage rounded.

A fresh-eyes reviewer's invented texts (378 pairs, 2026-12-06) found 21 faithful retellings called `changed`:
"One in six parents" for a survey's 16.5%, "Two in five" for 41%, "Three in ten" for 28%, and "33%" for a
release's "a third", while "40%" for 41% was already `rounded`. A fraction is how a share is rounded in words:
it is `rounded` when it is the nearest of the fractions shares are told by (halves, thirds, quarters, fifths,
tenths, one in any number up to twelve) and at most 2.5 percentage points away. No keyed case has such a
figure: the record of all 66 is unchanged. The texts are invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures


def survey(share: str) -> str:
    """A release that gives one share of parents, written as ``share``."""
    return (
        "The survey of 3,000 parents, carried out in November, found that "
        f"{share} of parents had taken on debt to pay for school uniforms."
    )


def told(fraction: str) -> str:
    return f"{fraction} parents had taken on debt to pay for school uniforms."


@pytest.mark.parametrize(
    ("share", "fraction"),
    [
        ("16.5%", "One in six"),
        ("41%", "Two in five"),
        ("41%", "Two-fifths"),
        ("34%", "One in three"),
        ("26%", "A quarter of"),
        ("24%", "One in four"),
        ("19.6%", "One in five"),
        ("67.3%", "Two thirds of"),
        ("76%", "Three quarters of"),
        ("9.6%", "One in ten"),
        ("12.3%", "One in eight"),
        ("28%", "Three in ten"),
        ("62%", "Six in ten"),
        ("5.1%", "One in 20"),
        ("2.1%", "One in 50"),
        ("about 17%", "One in six"),
        ("some 24.6%", "A quarter of"),
        # a fourth review (2026-12-06): within a tenth of the fraction, not only when it is the nearest one
        ("43%", "Four in ten"),
        ("33%", "Three in ten"),
        ("31%", "One in three"),
        ("18%", "Almost a fifth of"),
        ("22%", "Nearly a quarter of"),
        ("29%", "Almost a third of"),
    ],
)
def test_a_fraction_the_share_rounds_to_is_rounded_not_changed(make_case, share, fraction):
    found = paper_figures(make_case, survey(share), told(fraction))
    (figure,) = [f for text, f in found.items() if text.lower() in fraction.lower()]
    assert figure["verdict"] == "rounded", figure["explanation"]
    assert figure["primary_text"].lower() == share
    assert figure["explanation"].startswith("Rounded, and still true")


@pytest.mark.parametrize(("fraction", "share"), [("a third", "33%"), ("one in six", "16.7%")])
def test_a_percentage_for_the_primary_s_fraction_is_rounded_not_changed(make_case, fraction, share):
    figure = paper_figures(make_case, survey(fraction), told(share))[share]
    assert figure["verdict"] == "rounded", figure["explanation"]


@pytest.mark.parametrize(
    ("share", "fraction", "why"),
    [
        ("23%", "One in five", "one in four is nearer"),
        ("40%", "A third of", "two in five is the share itself"),
        ("25%", "One in six", "far from it"),
        ("37%", "One in three", "two in five is nearer"),
    ],
)
def test_a_fraction_the_share_does_not_round_to_is_still_changed(make_case, share, fraction, why):
    found = paper_figures(make_case, survey(share), told(fraction))
    (figure,) = [f for text, f in found.items() if text.lower() in fraction.lower()]
    assert figure["verdict"] == "changed", why


def test_a_percentage_far_from_the_primary_s_fraction_is_still_changed(make_case):
    figure = paper_figures(make_case, survey("a third"), told("30%"))["30%"]
    assert figure["verdict"] == "changed"


def test_a_fraction_for_one_of_two_groups_shares_in_a_sentence_is_no_rounding(make_case):
    # "17% were under 18 and 52% were women": a rounded value cannot say which group's share it is
    release = "Of those admitted, 17% were under 18 and 52% were women."
    found = paper_figures(make_case, release, "Half of those admitted were under 18, and one in six were women.")
    assert found["one in six"]["verdict"] == "not_in_primary"
