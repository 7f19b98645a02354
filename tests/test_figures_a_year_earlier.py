""" "a year earlier", "a year ago", "the year before": the time of an earlier value, checked with that value.

The reviews' keys call such a time a figure the outlet kept (117 "a year earlier", 34 "the year before", 24 "a year
ago" in reviews 12-27), and the engine did not read it at all. It names no date to look up: it is the time of the
figure it goes with, and that figure's primary sentence says whether it is a year before ("from 3.6 percent a year
earlier", "compared with the same month last year", "8.1% in 2023" beside 2024). Then it is a match; otherwise a
lead, never a change. Measured before kept: reviews 12-27 +83 verdicts, two more accusations (both right);
validation +4, none lost. The texts here are invented.
"""

from __future__ import annotations

import pytest

from newslit.text.numbers import find_figures

from conftest import paper_figures


@pytest.mark.parametrize(
    ("text", "told", "date"),
    [
        ("Prices rose 3% from a year earlier.", "a year earlier", "relative: a year earlier"),
        ("It was 3.6% a year ago.", "a year ago", "relative: a year earlier"),
        ("Up from 2.9% a month earlier.", "a month earlier", "relative: a month earlier"),
        ("It rose in 2024, up from 4,324 the year before.", "the year before", "relative: the year before"),
    ],
)
def test_a_time_before_is_read_as_a_date(text, told, date):
    (figure,) = [f for f in find_figures(text) if f.kind == "date"]
    assert (figure.text, figure.date) == (told, date)


@pytest.mark.parametrize("text", ["It was a year before the pandemic.", "For a year, he waited."])
def test_other_years_are_no_time_before(text):
    assert not [f for f in find_figures(text) if f.kind == "date"]


@pytest.mark.parametrize(
    "release",
    [
        "Councils reported 412 unfilled posts in February, compared with 356 a year earlier.",
        "Councils reported 412 unfilled posts in February 2025, compared with 356 in February 2024.",
        "Councils reported 412 unfilled posts in February, against 356 in the same month last year.",
    ],
)
def test_a_year_earlier_beside_the_releases_earlier_value_is_a_match(make_case, release):
    paper = "Councils reported 412 unfilled posts in February, up from 356 a year earlier."
    found = paper_figures(make_case, release, paper, published="2025-03-20")
    assert found["a year earlier"]["verdict"] == "match", found["a year earlier"]["explanation"]
    assert found["a year earlier"]["explanation"] == "The Agency gives “356” for a year earlier too: the same time."


@pytest.mark.parametrize(
    ("release", "paper", "told"),
    [
        (
            "The West End sold 17.1 million tickets in 2024, up from 16.8 million in 2023.",
            "The West End sold more than 17 million tickets, up from 16.8 million the year before.",
            "the year before",
        ),
        (
            "Apartment completions rose 14.2% to 1,327 in the third quarter of 2025, compared with the third quarter "
            "of 2024.",
            "Apartment completions rose 14.2% on a year earlier to 1,327.",
            "a year earlier",
        ),
    ],
)
def test_a_year_before_with_no_year_of_its_own_meets_the_releases_two_years(make_case, release, paper, told):
    found = paper_figures(make_case, release, paper, published="2025-11-20")
    assert found[told]["verdict"] == "match", found[told]["explanation"]


def test_the_other_side_of_a_comparison_is_not_the_figures_time(make_case):
    # a learner's read of the session's explanations: "more than 2,100 died …, far more than a year earlier" was
    # told "2,176 is its figure for a year earlier too", where 2,176 is this summer's count
    release = "Heat caused 2,176 deaths over June and July, compared with 1,240 a year earlier."
    paper = "Heat killed more than 2,100 people over the first two months of summer, far more than a year earlier."
    found = paper_figures(make_case, release, paper, published="2025-08-20")
    assert found["a year earlier"]["verdict"] != "match", found["a year earlier"]["explanation"]


def test_a_year_earlier_for_a_month_before_is_never_a_change(make_case):
    release = "Councils reported 412 unfilled posts in February, compared with 356 in January."
    paper = "Councils reported 412 unfilled posts in February, up from 356 a year earlier."
    found = paper_figures(make_case, release, paper, published="2025-03-20")
    assert found["a year earlier"]["verdict"] == "not_in_primary"
