"""Figures on texts the engine had never seen: the twelfth review's invented pairs (2026-12-07).

Writers who had not seen the engine invented 24 releases and retellings with a key for every
figure, and two other helpers labelled every figure again, blind. Measured with the rules
frozen, the engine accused wrongly twice in 24: a regulator's sector-wide average told as
what the regulator reported was called a cut-short copy of the fund's own ratio, and
"hundreds of anxious candidates" in a sentence of its own was called a rounding of the 412
candidates with eight top grades. A time that dates another clause's figure ("… giving it
room to raise pensions by 2.75% in January") was taken as every figure's, an earlier value
told "a year earlier" kept the sentence's own month, and "August last year" was this year's
August. Each is fixed here on an invented text of the same shape.
"""

from __future__ import annotations

from conftest import paper_figures

FUND = (
    "The current funding ratio stood at 121.6% at year-end. The policy funding ratio was 118.2% at the end of "
    "2024, up from 113.5% at the end of 2023."
)
EXAMS = (
    "A total of 61,947 candidates received their results today. A total of 412 candidates achieved eight or "
    "more H1 grades, down from 487 last year."
)


def test_a_figure_another_organisation_reported_is_a_lead_not_a_change(make_case):
    found = paper_figures(
        make_case,
        FUND,
        "Regulator De Nederlandsche Bank reported last month that the average funding ratio of Dutch pension "
        "funds was 121%.",
        outlet="Pensioenfonds Noordwest",
    )
    record = found["121%"]
    assert record["verdict"] == "not_in_primary"
    assert "another organisation reported" in record["lead_explanation"]


def test_the_primarys_own_report_still_accuses(make_case):
    found = paper_figures(
        make_case, FUND, "The fund reported that its current funding ratio was 112.6% at year-end.",
        outlet="Pensioenfonds Noordwest",
    )  # fmt: skip
    assert found["112.6%"]["verdict"] == "changed"


def test_a_vague_count_sharing_only_a_noun_is_no_rounding(make_case):
    found = paper_figures(
        make_case,
        EXAMS,
        "More than 61,000 students opened their results on Friday, among them hundreds of anxious candidates "
        "at schools across the Midlands.",
        outlet="State Examinations Commission",
    )
    assert found["hundreds"]["verdict"] == "not_in_primary"
    assert found["hundreds"]["lead_text"] == "412"


def test_a_vague_count_in_a_sentence_like_the_primarys_is_still_rounded(make_case):
    found = paper_figures(
        make_case, EXAMS, "Hundreds of candidates achieved eight or more H1 grades.",
        outlet="State Examinations Commission",
    )  # fmt: skip
    assert found["Hundreds"]["verdict"] == "rounded"


def test_a_time_in_another_clause_dates_only_its_own_figure(make_case):
    found = paper_figures(
        make_case,
        FUND,
        "Its policy funding ratio rose to 118.2% from 113.5%, giving it room to raise pensions by 2.75% in January.",
        outlet="Pensioenfonds Noordwest",
        published="2025-04-02",
    )
    assert found["118.2%"]["verdict"] == "match"


HANDOVERS = "There were 1,932 ambulance patient handovers that took longer than one hour in April, compared with 2,401 in April 2024."


def test_an_earlier_value_told_a_year_earlier_is_dated_a_year_before(make_case):
    found = paper_figures(
        make_case,
        HANDOVERS,
        "Ambulance crews waited too: 1,932 handovers took more than an hour last month, down from 2,401 a year earlier.",
        outlet="Welsh Government",
        published="2025-05-15",
    )
    assert found["2,401"]["verdict"] == "match"
    assert "April 2024" in found["2,401"]["quantity"]


def test_a_month_with_its_year_named_after_it_is_that_years():
    import datetime as dt

    from newslit.analysis.figures.quantity import resolve_date
    from newslit.text.numbers import find_figures

    text = "The rate has been 5.25% since August last year."
    month = next(f for f in find_figures(text) if f.text == "August")
    assert resolve_date(month, dt.date(2024, 8, 1), text).date == "2023-08"
    assert resolve_date(month, dt.date(2024, 8, 1)).date == "2024-08"  # without the words after it, the latest August


BOARDS = (
    "Powys Teaching Health Board had the highest percentage of patients spending less than four hours, at 93.1%, "
    "and Betsi Cadwaladr University Health Board the lowest, at 58.4%."
)


def test_a_share_is_matched_to_a_primary_figure_whose_words_name_nothing(make_case):
    # the release's "… the lowest, at 58.4%" names nothing itself: no reason it is another kind of share
    found = paper_figures(
        make_case,
        BOARDS,
        "Betsi Cadwaladr University Health Board again had the worst performance in Wales, with just 58.4% of "
        "patients dealt with inside the target.",
        outlet="Welsh Government",
    )
    assert found["just 58.4%"]["verdict"] == "match"
