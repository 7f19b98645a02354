"""Figures on texts the engine had never seen: the twelfth review's invented pairs (2026-12-07).

Writers who had not seen the engine invented 24 releases and retellings with a key for every
figure, and two other helpers labelled every figure again, blind. Measured with the rules
frozen, the engine accused wrongly twice in 24: a regulator's sector-wide average told as
what the regulator reported was called a cut-short copy of the fund's own ratio, and
"hundreds of anxious candidates" in a sentence of its own was called a rounding of the 412
candidates with eight top grades. A time that dates another clause's figure ("… giving it
room to raise pensions by 2.75% in January") was taken as every figure's. Each is fixed
here on an invented text of the same shape.
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
