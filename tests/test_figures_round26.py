"""Figures from the 26th review's two wrong accusations and one format, each rule measured before it was kept.

The 26th review (24 invented pairs, measured once before these rules: 429 of 549 verdicts, accusations 23 of 25
by blind labels) found "changed" said of "earlier in the year" (read as a year-long period) and of a city's
homicides "in all of 2024" against the release's count for the first half of 2024; and a Dutch release's
"161.300" benefits read as 161.3. The texts here are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newslit.analysis.figures.quantity import sentence_quantities
from newslit.text.numbers import find_figures

from conftest import paper_figures


@pytest.mark.parametrize(
    "words", ["earlier in the year", "later in the year", "early in the month", "late in the year"]
)
def test_a_time_within_the_year_is_not_a_period(words):
    figures = find_figures(f"Lending was above the monthly average of 8.5 billion {words}.")
    assert [f.text for f in figures] == ["8.5 billion"]


@pytest.mark.parametrize("words", ["in the year to June", "over the year", "during the month"])
def test_a_window_is_still_a_period(words):
    assert any(f.kind == "period" for f in find_figures(f"Prices rose 3% {words}."))


HOMICIDES = "The city recorded 61 homicides in the first half of the year, compared with 78 in the same period of 2024."


def test_the_same_period_of_a_year_is_that_part_of_the_year():
    figures = find_figures(HOMICIDES)
    periods = [q.period for q in sentence_quantities(HOMICIDES, figures, dt.date(2025, 7, 16))]
    assert periods[0].year == 2025 and periods[0].months == 6
    assert periods[2].year == 2024 and periods[2].months == 6  # 78: the first half of 2024, not all of it


RELEASE = "The police department today released crime statistics for January 1 through June 30, 2025. " + HOMICIDES


def test_a_whole_years_count_is_not_the_releases_half_year_changed(make_case):
    paper = "In all of 2024, the city recorded 157 homicides."
    found = paper_figures(make_case, RELEASE, paper, published="2025-07-16")["157"]
    assert found["verdict"] == "not_in_primary"
    assert found["lead_text"] == "78"


def test_the_same_half_year_told_otherwise_is_still_changed(make_case):
    paper = "The city recorded 61 homicides in the first half of the year, against 87 in the same period of 2024."
    assert paper_figures(make_case, RELEASE, paper, published="2025-07-16")["87"]["verdict"] == "changed"


def test_a_fall_compared_with_the_same_period_keeps_this_years_time():
    text = "In the first two months of the year, output was down 0.4% compared with the same period of 2024."
    figures = find_figures(text)
    period = sentence_quantities(text, figures, dt.date(2025, 3, 20))[1].period
    assert period.year != 2024 or period.months is None  # the fall is this year's, not the first months of 2024


DUTCH = (
    "Unemployment was 3,8 percent in October, or 401 thousand people; among young people it was 8,7 percent. "
    "The UWV paid 161.300 unemployment benefits, 9.700 more than a year earlier."
)


def test_a_release_with_decimal_commas_writes_thousands_with_a_dot(make_case):
    paper = "Benefits agency UWV was paying 161,300 unemployment benefits in October, 9,700 more than a year earlier."
    found = paper_figures(make_case, DUTCH, paper)
    assert found["161,300"]["verdict"] == "match"
    assert found["161,300"]["primary_text"] == "161.300"


@pytest.mark.parametrize(
    ("sentences", "dots"),
    [
        (["Unemployment was 3,8 percent.", "Prices rose 8,0%."], True),
        (["Unemployment was 3,8 percent."], False),  # one decimal comma could be a slip
        (["Unemployment was 3,8 percent.", "Prices rose 8,0%.", "It paid 4,213 claims."], False),  # a comma group
    ],
)
def test_which_documents_write_thousands_with_a_dot(sentences, dots):
    from newslit.text.numbers import writes_thousands_with_a_dot

    assert writes_thousands_with_a_dot(sentences) is dots


@pytest.mark.parametrize(("text", "value"), [("161.300", 161300.0), ("3.5", 3.5), ("1.234,5", 1234.5), ("2.25", 2.25)])
def test_only_one_dot_and_three_digits_is_read_as_thousands(text, value):
    from newslit.text.numbers import with_dot_thousands

    (figure,) = find_figures(f"It paid {text} claims.")
    assert with_dot_thousands(figure).value == value
