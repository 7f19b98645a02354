"""Figure rules from a tester's invented probes (2026-12-05): verdicts an outlet would notice were wrong.

"The unemployment rate was 4.0%" for the primary's 4.1% was called rounded and "still true"
(a zero after the decimal point was not read as a digit); "Workers aged 65 and over accounted
for 19 deaths" was called a change of the primary's 34 deaths of workers aged 60 and over,
and the age itself a changed "aged 60": another group, never the primary's figure changed; and
"300 workers were injured" a change of "138 workers were killed".
"""

from __future__ import annotations

import pytest

from conftest import paper_figures


def _verdicts(make_case, release: str, paper: str) -> dict[str, dict]:
    return paper_figures(make_case, release, paper, "Westmark Statistics Office", "2025-10-14")


@pytest.mark.parametrize(
    ("paper", "written", "verdict"),
    [
        ("The unemployment rate was 4.0%.", "4.0%", "changed"),  # 4.0 is written to the tenth: not 4.1 rounded
        ("The unemployment rate was 4%.", "4%", "rounded"),
        ("The unemployment rate was 4.1 per cent.", "4.1 per cent", "match"),
    ],
)
def test_a_zero_after_the_decimal_point_is_a_digit_of_the_figure(make_case, paper, written, verdict):
    record = _verdicts(make_case, "The unemployment rate was 4.1%.", paper)[written]
    assert record["verdict"] == verdict, record["explanation"]


@pytest.mark.parametrize("told", ["aged 65 and over", "aged 75 or older", "aged 65+"])
def test_another_age_group_open_at_the_top_is_another_group_not_the_primarys_changed(make_case, told):
    records = _verdicts(
        make_case, "Workers aged 60 and over accounted for 34 deaths.", f"Workers {told} accounted for 19 deaths."
    )
    assert {r["verdict"] for r in records.values()} == {"not_in_primary"}, [r["explanation"] for r in records.values()]


def test_the_same_age_group_open_at_the_top_is_still_checked(make_case):
    records = _verdicts(
        make_case,
        "Workers aged 60 and over accounted for 34 deaths.",
        "Workers aged 60 and over accounted for 43 deaths.",
    )
    assert records["43"]["verdict"] == "changed", records["43"]["explanation"]


@pytest.mark.parametrize(
    ("release", "paper", "written"),
    [
        ("A total of 138 workers were killed in accidents in 2024/25.", "In 2024/25, 300 workers were injured.", "300"),
        (
            "Around 850,000 workers suffered from work-related stress.",
            "Some 500,000 workers were injured.",
            "Some 500,000",
        ),
    ],
)
def test_a_count_of_people_injured_is_not_a_count_of_people_killed_changed(make_case, release, paper, written):
    record = _verdicts(make_case, release, paper)[written]
    assert record["verdict"] == "not_in_primary", record["explanation"]


def test_the_same_outcome_with_another_value_is_still_changed(make_case):
    record = _verdicts(
        make_case,
        "A total of 138 workers were killed in accidents in 2024/25.",
        "In 2024/25, 183 workers were killed in accidents.",
    )["183"]
    assert record["verdict"] == "changed", record["explanation"]
