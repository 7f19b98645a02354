"""Rules written after the one measurement of usaid-2025-06, the twentieth validation case (issue 15), with invented texts.

A figure that leaves out the primary's limit word ("14 million" for "more than 14 million") was
called changed five times; every key calls such a figure rounded (the key's "rounded or hedged,
still true") or a match. Made rounded, a dropped limit must still accuse nobody when the primary
prints the very number elsewhere ("10%" beside "at least 10%" and "10% cheaper"), as a changed
figure already did not.
"""

from __future__ import annotations

import pytest

from conftest import primary_and_paper

STUDY_CASE = primary_and_paper(
    "A study of aid (invented)", "institute", "The Health Institute", "2025-06-30", "2025-07-01"
)
INSTITUTE = (
    "Study released\n\n"
    "Cuts to aid could lead to more than 14 million additional deaths by 2030, including over 4.5 million children. "
    "At least 10% of the programmes were cut, and the rest run 10% cheaper than before.\n"
)


def _figures(make_case, paper: str, primary: str = INSTITUTE) -> dict:
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    case = load_case(make_case(STUDY_CASE, {"institute.txt": primary, "paper.txt": paper}))
    return {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}


@pytest.mark.parametrize(
    ("told", "verdict", "says"),
    [
        ("14 million", "rounded", "leaves out the limit"),  # the limit left out: rounded, never changed
        # found by the review (invented): below the number where the primary says above it was called a rounding
        ("nearly 14 million", "changed", "says it is below it"),
        ("up to 14 million", "changed", "says it is below it"),  # was "adds a hedge …, and is still true"
        ("fewer than 14 million", "changed", "says it is below it"),
        ("about 14 million", "rounded", "another word around it (“about”)"),  # another hedge: not "as if exact"
    ],
)
def test_a_figure_told_around_the_primarys_limit(make_case, told, verdict, says):
    found = _figures(make_case, f"Study\n\nCuts to aid could lead to {told} additional deaths by 2030.\n")
    assert found[told]["verdict"] == verdict
    assert says in found[told]["explanation"]


def test_a_number_the_primary_prints_as_it_is_elsewhere_is_no_limit_left_out(make_case):
    found = _figures(make_case, "Study\n\nThe remaining programmes run 10% cheaper than before.\n")
    assert found["10%"]["verdict"] not in ("rounded", "changed")


# ---- from a fresh-eyes review of the rules above, with invented texts ----

FLOODS = (
    "Floods\n\n"
    "At least 40 people died in the floods in March 2026, the ministry said.\n\n"
    "The storm also closed 40 schools for a week.\n"
)


def test_a_limit_left_out_is_not_sent_to_a_twin_that_counts_something_else(make_case):
    # The release's flat "40 schools" is no twin of "40 people": the limit left out is still what happened.
    record = _figures(make_case, "Floods\n\nThe floods killed 40 people.\n", primary=FLOODS)["40"]
    assert record["verdict"] == "rounded", record["explanation"]
    assert "leaves out the limit" in record["explanation"]
    assert "schools" not in record["explanation"]
