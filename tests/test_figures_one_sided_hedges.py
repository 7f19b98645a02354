"""A one-sided hedge on the wrong side of the primary's value is changed, not "rounded, still true".

A fresh-eyes reviewer's invented texts (2026-12-06) found "fewer than 40,000 people" for a company's 41,000
staff, "almost 40,000" for 41,000 and "more than 40,000" for 39,600 called `rounded` ("still true"): the
round number was taken for the value rounded, and the hedge, which says which side of it the amount is, was
left out. "Up to" and "as many as" give a ceiling loosely and are left as they were. The record of all 66
keyed cases keeps every verdict (three leads point to another primary figure). The texts are invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

STAFF = "The company employs 41,000 people across 12 countries."
VISITS = "The museum had 39,600 visitors in December."


@pytest.mark.parametrize(
    ("release", "paper", "figure"),
    [
        (STAFF, "The company employs fewer than 40,000 people.", "fewer than 40,000"),
        (STAFF, "The company employs almost 40,000 people.", "almost 40,000"),
        (VISITS, "The museum had more than 40,000 visitors in December.", "more than 40,000"),
    ],
)
def test_a_hedge_on_the_wrong_side_is_changed(make_case, release, paper, figure):
    assert paper_figures(make_case, release, paper)[figure]["verdict"] == "changed"


@pytest.mark.parametrize(
    ("release", "paper", "figure"),
    [
        (STAFF, "The company employs more than 40,000 people.", "more than 40,000"),
        (STAFF, "The company employs about 40,000 people.", "about 40,000"),
        (VISITS, "The museum had almost 40,000 visitors in December.", "almost 40,000"),
        (VISITS, "The museum had 40,000 visitors in December.", "40,000"),
    ],
)
def test_a_hedge_on_the_right_side_or_a_plain_rounding_is_still_rounded(make_case, release, paper, figure):
    assert paper_figures(make_case, release, paper)[figure]["verdict"] == "rounded"


@pytest.mark.parametrize(
    ("release", "paper", "figure"),
    [
        (
            "Retail sales volumes were 2.3% higher in December 2023 than a year before.",
            "Retail sales volumes were up by 2% in December.",
            "2%",
        ),
        (
            "The consumer prices index rose by 4.6% in the 12 months to November 2023.",
            "Consumer prices rose by 5% in the year to November.",
            "5%",
        ),
    ],
)
def test_a_flat_figure_rounded_to_its_last_digit_is_rounded_not_changed(make_case, release, paper, figure):
    # a second review (2026-12-06): more than a twentieth from a small value, so found as a change
    assert paper_figures(make_case, release, paper)[figure]["verdict"] == "rounded"


@pytest.mark.parametrize(
    ("release", "paper", "figure", "verdict"),
    [
        # a third review (2026-12-06): a looser limit of the same kind is still true
        (
            "More than 1.2 million people visited the park.",
            "Over a million people visited the park.",
            "Over a million",
            "rounded",
        ),
        ("Fewer than 45,000 homes were sold.", "Fewer than 50,000 homes were sold.", "Fewer than 50,000", "rounded"),
        (
            "Almost 15 people were hurt in the storm.",
            "Almost 16 people were hurt in the storm.",
            "Almost 16",
            "changed",
        ),
        # "almost" on a temperature, as on any amount
        (
            "The mean temperature was 9.97C in 2023.",
            "The mean temperature was almost 10C in 2023.",
            "almost 10C",
            "rounded",
        ),
        # a length in a rounder unit
        ("The scheme ran for 60 days.", "The scheme ran for two months.", "two months", "rounded"),
        # "over three days" is in three days; "150 minutes or more" is "at least 150 minutes"
        (
            "The fire burned 1,200 hectares over three days.",
            "The fire burned 1,200 hectares in three days.",
            "three days",
            "match",
        ),
        (
            "Adults should do at least 150 minutes of exercise a week.",
            "Adults should do 150 minutes or more of exercise a week.",
            "150 minutes",
            "match",
        ),
    ],
)
def test_limits_units_and_spans_told_another_way(make_case, release, paper, figure, verdict):
    assert paper_figures(make_case, release, paper)[figure]["verdict"] == verdict


def test_a_looser_threshold_of_time_is_another_claim(make_case):
    # a final read of the four reviews' pairs (2026-12-06): "more than two hours a day" for "more than three hours"
    # moves the study's threshold; it is no looser way of telling the same amount
    release = "Those who spent more than three hours a day on social media were twice as likely to report depression."
    paper = "Children who spent more than two hours a day on social media were twice as likely to be depressed."
    assert paper_figures(make_case, release, paper)["more than two hours"]["verdict"] == "changed"


# The fifth review's "beat 2016 by nearly 0.2C" for 0.17C was called changed (in-sample for this rule): "nearly"
# a number written to the tenth takes in what rounds to it from below, less than half a tenth away.
RECORD = "This beat the previous record by 0.17C. Prices rose 3.6% in the year."
RENTS = "Rents rose 3.5% in the year."


@pytest.mark.parametrize(
    ("release", "paper", "figure", "verdict"),
    [
        (RECORD, "It beat the record by nearly 0.2C.", "nearly 0.2C", "rounded"),
        (RECORD, "Prices rose almost 4% in the year.", "almost 4%", "rounded"),
        (RENTS, "Rents rose nearly 4% in the year.", "nearly 4%", "changed"),  # half a point away: not "nearly 4%"
        (RECORD, "It beat the record by nearly 0.1C.", "nearly 0.1C", "changed"),  # the other side
    ],
)
def test_nearly_a_number_takes_in_what_rounds_up_to_it(make_case, release, paper, figure, verdict):
    assert paper_figures(make_case, release, paper)[figure]["verdict"] == verdict
