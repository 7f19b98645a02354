"""A primary figure of "non-permanent" things is not one a retelling tells of "permanent" ones.

MNI's "net permanent immigration is still strong, with that 122k increase in Q2" was called a change of
Statistics Canada's "a net increase of 117,836 non-permanent residents" (from the validation case
population-2024-09's errors after its one measurement, in-sample for it): the engine did not read what "122k"
counts, so the "non-" clash went unseen. Only the primary figure's own words count, and a retelling that says
"non-" another way ("not-for-profit", "outside the EU", "none of them fatal") is still the same group (two
reviewers' invented texts).
The texts are invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

RELEASE = (
    "The population of Northland reached an estimated 4,128,599 on July 1, 2024. In the second quarter of 2024, "
    "there was a net increase of 117,836 non-permanent residents. This was the smallest net increase since the "
    "first quarter of 2023 and marks the third quarter in a row of smaller net increases in the number of "
    "non-permanent residents."
)


def test_a_permanent_count_is_not_the_non_permanent_count_changed(make_case):
    paper = (
        "The data confirm that non-permanent resident numbers aren’t growing as strongly. Further, net permanent "
        "immigration is still strong, with that 122k increase in Q2 vs 107k in 2Q23."
    )
    found = paper_figures(make_case, RELEASE, paper)["122k"]
    assert found["verdict"] == "not_in_primary"
    assert found["lead_text"] == "117,836"
    assert (
        "the primary's figure is about “non-permanent” ones, and this sentence says “permanent”" in found["explanation"]
    )


def test_the_non_permanent_count_told_with_another_value_is_still_changed(make_case):
    paper = "In the second quarter of 2024 there was a net increase of 122,000 non-permanent residents."
    assert paper_figures(make_case, RELEASE, paper)["122,000"]["verdict"] == "changed"


@pytest.mark.parametrize(
    ("release", "paper", "figure"),
    [
        (
            "Non-profit groups received $3.2 million in grants last year, the council said.",
            "Not-for-profit groups received $4.5 million in grants last year, the council said.",
            "$4.5 million",
        ),
        (
            "Non-EU migration rose to 250,000 last year, the office said.",
            "Migration from outside the EU rose to 300,000 last year, the office said.",
            "300,000",
        ),
        (
            "Non-fatal injuries at work rose to 1,200 in 2023, the agency said.",
            "Workplace injuries rose to 1,300 in 2023, none of them fatal, the agency said.",
            "1,300",
        ),
        (
            "Non-farm payrolls rose by 275,000 in May, the bureau said.",
            "Payrolls, which exclude farm workers, rose by 300,000 in May, the bureau said.",
            "300,000",
        ),
        (
            "Wages of non-union workers rose 3.1% last year, the bureau said.",
            "Wages of workers who don't belong to a union rose 3.4% last year, the bureau said.",
            "3.4%",
        ),
        (
            "Some 12,000 non-essential shops closed in March, the council said.",
            "It is essential that the 13,000 shops that closed in March reopen, the council said.",
            "13,000",
        ),
    ],
)
def test_non_said_in_other_words_is_still_the_same_group(make_case, release, paper, figure):
    assert paper_figures(make_case, release, paper)[figure]["verdict"] == "changed"


@pytest.mark.parametrize(
    ("release", "paper", "figure", "lead"),
    [
        (
            "Non-fatal shootings fell 12% last year, while fatal shootings fell 7%, the agency said.",
            "Shootings fell 14% last year, and fatal shootings also fell, the agency said.",
            "14%",
            "12%",
        ),
        (
            "Hourly pay for non-white workers rose 5.1% last year, and pay for white workers rose 4.2%, the office said.",
            "Hourly pay for ethnic minority workers rose 5.5% last year, outpacing white workers, the office said.",
            "5.5%",
            "5.1%",
        ),
    ],
)
def test_the_doubt_never_sends_the_accusation_to_the_other_groups_figure(make_case, release, paper, figure, lead):
    # a third reviewer's texts: ruling the "non-" figure out made the engine accuse the outlet against the other one
    found = paper_figures(make_case, release, paper)[figure]
    assert found["verdict"] == "not_in_primary"
    assert found["lead_text"] == lead


def test_a_typographic_hyphen_is_still_non(make_case):
    release = "In the second quarter there was a net increase of 117,836 non-permanent residents, the agency said."
    paper = "In the second quarter there was a net increase of 122,000 non\u2011permanent residents, the agency said."
    assert paper_figures(make_case, release, paper)["122,000"]["verdict"] == "changed"
