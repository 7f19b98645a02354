"""Rules written after the one measurement of usaid-2025-06, the twentieth validation case (issue 15), with invented texts.

A figure that leaves out the primary's limit word ("14 million" for "more than 14 million") was
called changed five times; every key calls such a figure rounded (the key's "rounded or hedged,
still true") or a match. Made rounded, a dropped limit must still accuse nobody when the primary
prints the very number elsewhere ("10%" beside "at least 10%" and "10% cheaper"), as a changed
figure already did not.
"""

from __future__ import annotations

STUDY_CASE = """[case]
title = "A study of aid (invented)"
question = "What did the papers keep?"
primary = "institute"

[[article]]
id = "institute"
file = "institute.txt"
outlet = "The Health Institute"
published = 2025-06-30

[[article]]
id = "paper"
file = "paper.txt"
outlet = "The paper"
published = 2025-07-01
"""
INSTITUTE = (
    "Study released\n\n"
    "Cuts to aid could lead to more than 14 million additional deaths by 2030, including over 4.5 million children. "
    "At least 10% of the programmes were cut, and the rest run 10% cheaper than before.\n"
)


def _figures(make_case, paper: str) -> dict:
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    case = load_case(make_case(STUDY_CASE, {"institute.txt": INSTITUTE, "paper.txt": paper}))
    return {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}


def test_a_limit_left_out_is_rounded_and_says_so(make_case):
    found = _figures(make_case, "Study\n\nCuts to aid could lead to 14 million additional deaths by 2030.\n")
    assert found["14 million"]["verdict"] == "rounded"
    assert "leaves out the limit" in found["14 million"]["explanation"]


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
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    case = load_case(
        make_case(STUDY_CASE, {"institute.txt": FLOODS, "paper.txt": "Floods\n\nThe floods killed 40 people.\n"})
    )
    (record,) = [r for r in figure_records(case) if r["article"] == "paper" and r["text"] == "40"]
    assert record["verdict"] == "rounded", record["explanation"]
    assert "leaves out the limit" in record["explanation"]
    assert "schools" not in record["explanation"]


def test_below_the_number_where_the_primary_says_above_it_is_changed(make_case):
    # found by the review (invented): "nearly 14 million" for "more than 14 million" was called a rounding
    found = _figures(make_case, "Study\n\nCuts to aid could lead to nearly 14 million additional deaths by 2030.\n")
    assert found["nearly 14 million"]["verdict"] == "changed"
    assert "below" in found["nearly 14 million"]["explanation"]


def test_another_hedge_around_the_primarys_limit_is_rounded_and_not_called_exact(make_case):
    found = _figures(make_case, "Study\n\nCuts to aid could lead to about 14 million additional deaths by 2030.\n")
    record = found["about 14 million"]
    assert record["verdict"] == "rounded"
    assert "as if it were exact" not in record["explanation"] and "“about”" in record["explanation"]
