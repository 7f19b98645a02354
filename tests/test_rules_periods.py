"""Periods a statistics office writes, and the checks a fresh-eyes tester's 48 invented probes broke (issue 15).

The "year ending" rule of 2026-12-05 ("YE June 2023" is the twelve months to June 2023) first
undid the joining of "in the year ending June 2023" and called figures of two different years
changed; these texts keep that from coming back, with four wrong accusations the probes found
that were older than the rule (a half-year read as a month, "the year ended 30 June", a year
ending in March against a financial year, a half against a month) and a rounding at the half.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newslit import load_case
from newslit.analysis.figures import figure_records
from newslit.analysis.figures.compare import _primary_rounded
from newslit.analysis.figures.quantity import period_of, periods_clash, sentence_quantities
from newslit.text.numbers import find_figures

from conftest import paper_figures, primary_and_paper

CASE = primary_and_paper("Statistics (invented)", "office", "The Statistics Office", "2023-11-23", "2023-11-24")


def _verdicts(make_case, office: str, paper: str) -> dict[str, str]:
    folder = make_case(CASE, {"office.txt": f"Statistics\n\n{office}\n", "paper.txt": f"News\n\n{paper}\n"})
    return {r["text"]: r["verdict"] for r in figure_records(load_case(folder)) if r["article"] == "paper"}


def _period(sentence: str, figure: str):
    figures = find_figures(sentence)
    quantities = sentence_quantities(sentence, figures, dt.date(2023, 11, 23))
    return next(q.period for f, q in zip(figures, quantities) if f.text == figure)


@pytest.mark.parametrize(
    ("office", "paper", "figure"),
    [
        (
            "Net migration was 606,000 in the year ending June 2023.",
            "Net migration was 488,000 in the year ending June 2022.",
            "488,000",
        ),
        (
            "Police recorded 6.7 million offences in the year ending March 2023.",
            "Police recorded 6.5 million offences in 2023-24.",
            "6.5 million",
        ),
        (
            "Police recorded 6.7 million offences in YE December 2022.",
            "Police recorded 6.5 million offences in 2022-23.",
            "6.5 million",
        ),
        (
            "The firm sold 120,000 units in the half-year ending June 2023.",
            "The firm sold 240,000 units in the year to June 2023.",
            "240,000",
        ),
        (
            "The office granted 520,000 student visas in the year ended 30 June 2023.",
            "The office granted 430,000 student visas in the year ended 30 June 2022.",
            "430,000",
        ),
    ],
)
def test_a_figure_of_another_year_is_never_called_changed(make_case, office, paper, figure):
    assert _verdicts(make_case, office, paper)[figure] == "not_in_primary"


@pytest.mark.parametrize(
    ("sentence", "figure", "words"),
    [
        ("Net migration for YE June 2023 was 672,000.", "672,000", "over the 12 months to June 2023"),
        ("Net migration in the year ending June 2023 was 672,000.", "672,000", "over the 12 months to June 2023"),
        ("Student visas reached 520,000 in the year ended 30 June 2023.", "520,000", "over the 12 months to June 2023"),
        ("The firm sold 120,000 units in the half-year ending June 2023.", "120,000", "in the first half of 2023"),
    ],
)
def test_a_year_or_half_year_ending_is_the_months_to_its_end(sentence, figure, words):
    assert _period(sentence, figure).words() == words


def test_a_count_at_the_year_end_is_no_span():
    period = _period("Civil service headcount was 512,000 at YE December 2022.", "512,000")
    assert period is None or period.kind == "month"


def test_a_year_ending_in_march_is_that_financial_year_not_the_next():
    (split,) = [f for f in find_figures("in 2023-24") if f.kind == "date"]
    ending_march = _period("Police recorded 6.7 million offences in YE March 2023.", "6.7 million")
    assert periods_clash(period_of(split), ending_march)
    (earlier,) = [f for f in find_figures("in 2022-23") if f.kind == "date"]
    assert not periods_clash(period_of(earlier), ending_march)


def test_a_half_year_is_not_a_changed_month(make_case):
    verdicts = _verdicts(
        make_case,
        "The firm sold 120,000 units in the half-year ending June 2023.",
        "The firm sold 120,000 units in the first half of 2023.",
    )
    assert verdicts["the first half of 2023"] != "changed"


@pytest.mark.parametrize(("retold", "rounds"), [(115_000, True), (124_999, True), (125_000, False), (114_999, False)])
def test_a_half_rounds_up(retold, rounds):
    (primary,) = find_figures("120,000 units")
    (exact,) = find_figures(f"{retold:,} units")
    assert _primary_rounded(exact, primary) is rounds


# ---- shares of two groups of one population (the same tester's probes; wrong before any rule of this stop) ----

SHARES = "In 2022, 33 percent of the rural population and 26 percent of the urban population were food insecure, the survey found."


@pytest.mark.parametrize(
    ("paper", "figure", "not_verdict"),
    [
        (
            "About 29 percent of the peri-urban population were food insecure in 2022, the survey found.",
            "About 29 percent",
            "changed",
        ),
        ("In 2022, 33 percent of the urban population were food insecure, the survey found.", "33 percent", "match"),
    ],
)
def test_a_share_of_one_group_is_not_the_share_of_another(make_case, paper, figure, not_verdict):
    assert _verdicts(make_case, SHARES, paper)[figure] != not_verdict


@pytest.mark.parametrize(
    ("release", "paper", "written", "verdict", "primary_text"),
    [
        # a strike "from 25 July" in a story of July 2025 is not a day of the release's July 2022
        (
            "The share is the highest since July 2022.",
            "Doctors will strike from 25 July, the union said.",
            "25 July",
            "not_in_primary",
            None,
        ),
        # "January 1" in a story of November is the coming one: the first day of the release's January-March 2025
        (
            "Ofgem has announced a 1.2% increase of the price cap for the period covering January-March 2025.",
            "Bills will rise from January 1, the regulator said.",
            "January 1",
            "match",
            "January",
        ),
        # "since March 17" months back is this year's, not next year's
        (
            "The duties came into force in March 2025.",
            "The duties have applied since March 17.",
            "March 17",
            "match",
            "March 2025",
        ),
    ],
)
def test_a_day_without_a_year_is_the_one_near_the_story(make_case, release, paper, written, verdict, primary_text):
    published = "2025-10-13" if "March 17" in paper else "2024-11-22" if "January 1" in paper else "2025-07-10"
    record = paper_figures(make_case, release, paper, published=published)[written]
    assert (record["verdict"], record["primary_text"]) == (verdict, primary_text), record["explanation"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("the period covering January-March 2025", "2025-01"),
        ("prices from October to December 2023", "2023-10"),
        ("in January – March 2025", "2025-01"),
    ],
)
def test_the_first_month_of_a_range_takes_the_year_written_after_the_last(text, month):
    assert [f.date for f in find_figures(text)][0] == month


def test_a_day_is_matched_with_the_same_day_not_with_its_weekday(make_case):
    found = paper_figures(
        make_case,
        "Ofgem has today (Friday 22 November) announced a 1.2% increase of the price cap.",
        "Ofgem announced the new cap on November 22.",
        published="2024-11-22",
    )
    assert found["November 22"]["primary_text"] == "22 November"


@pytest.mark.parametrize(
    ("release", "paper", "written"),
    [
        ("The rule applies from January 1, 2024.", "The rule applies from January 1.", "January 1"),
        ("The law was passed on December 10, 2023.", "The law was passed on December 10.", "December 10"),
        ("The museum reopens on 1 August 2025.", "The museum reopens on 1 August.", "1 August"),
    ],
)
def test_a_day_the_primary_gives_in_another_year_is_never_called_changed(make_case, release, paper, written):
    # a fresh-eyes tester's probes of the rule above: the year the outlet never wrote is no change
    record = paper_figures(make_case, release, paper, published="2024-11-05")[written]
    assert record["verdict"] == "match", record["explanation"]


@pytest.mark.parametrize(
    ("paper", "written"),
    [
        ("Prices rose 6% in January 2025.", "6%"),  # one month of the quarter
        ("Prices rose 6% in January-March 2024.", "6%"),  # the same quarter a year before
    ],
)
def test_a_figure_for_a_range_of_months_is_not_the_figure_of_another_period(make_case, paper, written):
    record = paper_figures(make_case, "Prices rose 4% in January-March 2025.", paper)[written]
    assert record["verdict"] == "not_in_primary", record["explanation"]
    assert "the first quarter of 2025" in record["explanation"]  # January-March 2025, named as a reader would


def test_the_same_quarter_retold_is_still_a_match(make_case):
    found = paper_figures(
        make_case, "Prices rose 4% in January-March 2025.", "Prices rose 4% between January and March 2025."
    )
    assert found["4%"]["verdict"] == "match"


@pytest.mark.parametrize(
    ("release", "told", "written", "verdict"),
    [
        # wages-2022-05's error after its one measurement (in-sample): "since mid 2018" was called the same year as
        # the release's "since December 2018"
        (
            "Annual growth was the highest since December 2018.",
            "Wages grew at their fastest since mid 2018.",
            "mid 2018",
            "not_in_primary",
        ),
        (
            "Annual growth was the highest since December 2018.",
            "Wages grew at their fastest since late 2018.",
            "late 2018",
            "match",
        ),
        (
            "Growth was the fastest since mid 2018.",
            "Wages grew at their fastest since late 2018.",
            "late 2018",
            "not_in_primary",
        ),
        (
            "Growth was the fastest since January 2023.",
            "Growth was the fastest since early 2023.",
            "early 2023",
            "match",
        ),
    ],
)
def test_a_part_of_a_year_agrees_only_with_its_own_months(make_case, release, told, written, verdict):
    assert paper_figures(make_case, release, told)[written]["verdict"] == verdict


# ---- the fifth fresh-eyes review (2026-12-06; invented texts, in-sample for this rule) ----


@pytest.mark.parametrize(
    ("office", "paper", "figure", "verdicts"),
    [
        # a year is 52 weeks and a day: the same wait, told in the calendar's words
        (
            "Some 388,000 patients had been waiting more than 52 weeks.",
            "Some 388,000 patients had waited more than a year.",
            "more than a year",
            {"match"},
        ),
        (
            "Some 12,000 patients had waited 26 weeks.",
            "Some 12,000 patients had waited six months.",
            "six months",
            {"match"},
        ),
        # a month is not four weeks: a twelfth longer, so it is another length
        (
            "Some 12,000 patients had waited more than 4 weeks.",
            "Some 12,000 patients had waited more than a month.",
            "more than a month",
            {"changed", "not_in_primary"},
        ),
    ],
)
def test_weeks_and_the_calendars_months_and_years_are_one_length_only_where_they_are(
    make_case, office, paper, figure, verdicts
):
    assert _verdicts(make_case, office, paper)[figure] in verdicts


def test_a_change_told_against_some_years_earlier_is_over_those_years(make_case):
    # The sixth review (in-sample): once "fewer than five years" was no limit, the release's 18% lost its span
    verdicts = _verdicts(
        make_case,
        "Harbour seals continued to decline, with 3,120 counted in August, 18% fewer than five years earlier.",
        "Some 3,120 harbour seals were counted, down by nearly a fifth in five years.",
    )
    assert verdicts["nearly a fifth"] == "rounded"
    assert verdicts["five years"] == "match"


def test_a_time_after_the_earlier_value_a_change_is_counted_from_is_that_values(make_case):
    # The sixth review (in-sample): "31.8%, down from 33.2% at the comparable elections in 2021" dated the 31.8%
    # (this year's turnout) in 2021
    folder = make_case(
        CASE,
        {
            "office.txt": "Statistics\n\nTurnout at the local elections on 2 May 2024 was 31.8%, down from 33.2% at the "
            "comparable elections in 2021.\n",
            "paper.txt": "News\n\nTurnout at the local elections was 31.8%, down from 33.2% in 2021.\n",
        },
    )
    found = {r["text"]: r for r in figure_records(load_case(folder)) if r["article"] == "paper"}
    assert found["31.8%"]["verdict"] == "match"
    assert "2021" not in found["31.8%"]["explanation"], found["31.8%"]["explanation"]
    assert "2021" in found["33.2%"]["explanation"]
