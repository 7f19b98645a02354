"""A credit written in lower case ("according to state education department records") names someone else.

"The count is the lowest since the 2001-02 school year, when the district had about 24,100 students, according
to state education department records" was called a rounding of a school district's 24,386 students this
year (the 25th review's one wrong accusation, measured before this rule): the figure is the state's count for
another year. A credit naming a body the primary is not ("department" for a school district), with a word that
says which, makes the figure a lead; "according to the district", the primary itself, does not. The texts are
invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

RELEASE = "Cedar Hollow Unified School District enrolled 24,386 students on its count day, the lowest since 2001."


@pytest.mark.parametrize(
    "credit",
    ["according to state education department records", "according to the state's education ministry"],
)
def test_a_figure_credited_to_another_body_in_lower_case_is_a_lead(make_case, credit):
    paper = f"The count is the lowest in years, when the district had about 24,100 students, {credit}."
    found = paper_figures(make_case, RELEASE, paper, outlet="Cedar Hollow Unified School District")["about 24,100"]
    assert found["verdict"] == "not_in_primary"
    assert found["lead_text"] == "24,386"
    assert "according to" in found["explanation"]


@pytest.mark.parametrize("credit", ["according to the district", "according to district records"])
def test_a_figure_credited_to_the_primary_itself_is_still_checked(make_case, credit):
    paper = f"The district now has about 24,100 students, {credit}."
    found = paper_figures(make_case, RELEASE, paper, outlet="Cedar Hollow Unified School District")["about 24,100"]
    assert found["verdict"] == "rounded"  # still checked against the release's 24,386
