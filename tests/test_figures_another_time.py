"""A figure told for an earlier time ("a year earlier") is not the primary's figure for now, changed.

A fresh-eyes reviewer's invented texts (2026-12-06) found "The hospital treated 16,880 patients a year
earlier" called a change of the release's 18,400 patients in December 2023, though the outlet had worked out
last year's count (18,400 less the 1,520 more): a figure whose own words put it at an earlier time, where the
primary's figure is not, is a lead to check, in words that say so, never an accusation. Only the change is
doubted; the figure is never checked against another primary figure instead. The record of all 66 keyed cases
is unchanged. The texts are invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

HOSPITAL = "The hospital treated 18,400 patients in December 2023, 1,520 more than in December 2022."
SCHOOL = "The school had 1,240 pupils in September 2023, 60 fewer than a year before."
JOBLESS = "Unemployment was 4.1% in June, down from 4.3% a year earlier."


@pytest.mark.parametrize(
    ("release", "paper", "figure", "lead", "earlier"),
    [
        (HOSPITAL, "The hospital treated 16,880 patients a year earlier.", "16,880", "18,400", "a year earlier"),
        (SCHOOL, "The school had 1,300 pupils a year earlier.", "1,300", "1,240", "a year earlier"),
        (HOSPITAL, "The year before, the hospital treated 16,880 patients.", "16,880", "18,400", "The year before"),
    ],
)
def test_a_figure_for_an_earlier_time_is_a_lead_that_says_so(make_case, release, paper, figure, lead, earlier):
    found = paper_figures(make_case, release, paper)[figure]
    assert found["verdict"] == "not_in_primary"
    assert found["lead_text"] == lead
    assert f"it may be about another time: this sentence's figure is for “{earlier}”" in found["explanation"]


@pytest.mark.parametrize(
    "paper",
    [
        "The hospital treated 18,900 patients in December.",
        "The hospital treated 18,900 patients in December, up 5% on a year earlier.",
        "The hospital treated 18,900 patients in December, 1,520 more than a year earlier.",
    ],
)
def test_the_figure_for_now_told_wrongly_is_still_changed(make_case, paper):
    assert paper_figures(make_case, HOSPITAL, paper)["18,900"]["verdict"] == "changed"


def test_the_primary_s_own_earlier_figure_told_wrongly_is_still_changed(make_case):
    found = paper_figures(make_case, JOBLESS, "Unemployment had been 4.5% a year earlier.")["4.5%"]
    assert found["verdict"] != "match"
    assert "another time" not in found["explanation"]


def test_earlier_than_planned_is_no_earlier_time(make_case):
    release = "The scheme reached 12,400 households in December, a year ahead of target."
    found = paper_figures(make_case, release, "The scheme reached 14,200 households a year earlier than planned.")
    assert found["14,200"]["verdict"] == "changed"


def test_a_month_with_no_year_is_not_another_date_when_the_primary_s_is_the_next_one(make_case):
    # a fourth review (2026-12-06): "The first centres open in June" (an article of January 2024) was read as
    # June 2023 and called a changed date of the release's "June 2024"
    release = "The money will fund 40 new diagnostic centres. The first centres will open in June 2024."
    found = paper_figures(make_case, release, "The first centres open in June.")["June"]
    assert found["verdict"] == "not_in_primary"
    assert "“June” gives no year" in found["explanation"]
