"""A retold sentence that gives the primary's amount as written does not also round it.

"The deficit totaled $1.8 trillion in FY2024, marking the second year in a row that deficits have totaled
close to $2 trillion" was called a rounding of the CBO's $1.8 trillion (from the validation case
deficit-2024-10's errors after its one measurement, in-sample for it): the outlet gives $1.8 trillion
itself, so "close to $2 trillion" is another amount (two years' deficits). The texts are invented.
"""

from __future__ import annotations

from conftest import paper_figures

RELEASE = (
    "The federal budget deficit was $1.8 trillion in fiscal year 2024, the Northland Budget Office estimates. "
    "That amount is $138 billion more than the shortfall recorded in fiscal year 2023."
)
OUTLET = "Northland Budget Office"


def test_a_second_amount_beside_the_primarys_own_is_not_it_rounded(make_case):
    paper = (
        "The deficit totaled $1.8 trillion in FY2024, marking the second year in a row that deficits have "
        "totaled close to $2 trillion, according to the Northland Budget Office (NBO) monthly budget review."
    )
    figures = paper_figures(make_case, RELEASE, paper, outlet=OUTLET)
    assert figures["$1.8 trillion"]["verdict"] == "match"
    assert figures["close to $2 trillion"]["verdict"] == "not_in_primary"
    assert figures["close to $2 trillion"]["lead_text"] == "$1.8 trillion"
    assert "the same sentence gives “$1.8 trillion” itself" in figures["close to $2 trillion"]["explanation"]


def test_the_amount_rounded_alone_is_still_rounded(make_case):
    paper = "The deficit totaled close to $2 trillion in FY2024, according to the Northland Budget Office (NBO)."
    assert paper_figures(make_case, RELEASE, paper, outlet=OUTLET)["close to $2 trillion"]["verdict"] == "rounded"


def test_a_number_inside_another_is_not_the_primarys_given(make_case):
    release = "About 7 million people were unemployed in the second quarter, the agency said."
    paper = "Some 6.7 million people were unemployed in the second quarter, or about 7 million."
    assert paper_figures(make_case, release, paper)["about 7 million"]["verdict"] == "match"
