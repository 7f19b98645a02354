"""The primary's very number, with words beside it that say something else, is changed, not a match.

A fresh-eyes reviewer's invented texts (2026-12-06) found 18 wrong figures called `match` because the number
was the primary's: "The cap will rise to £1,928 a month" for "£1,928 a year", "11.2 suicides per 1,000" for
"11.2 per 100,000", "a profit of £38.2m" for "a loss of £38.2m", "Knife crime rose by 49,489" for "rose by 5%
to 49,489", "112% higher than average" for "112% of the average". Only words written right beside both numbers
are compared, so a number with nothing beside it, or the same words in other forms, is still a match; when the
primary gives the number twice, the other one is a lead and nobody is accused. No keyed case has such a
figure: the record of all 66 is unchanged. The texts are invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

CAP = "The energy price cap will rise by 5% to £1,928 a year for a typical household from 1 January 2024."
SUICIDES = "The suicide rate was 11.2 per 100,000 people in 2022, the highest since 1999."
CLUB = "The club reported a loss of £38.2m for 2022/23, compared with a profit of £4.1m the previous season."
KNIVES = "Police recorded 6.7 million crimes in the year to June 2023. Knife crime rose by 5% to 49,489 offences."
RAIN = "2023 was the warmest year on record. Rainfall was 112% of the 1991-2020 average."

SAID_OTHERWISE = {
    "a_month_for_a_year": (CAP, "The cap will rise to £1,928 a month.", "£1,928", "an amount a month"),
    "per_1000_for_per_100000": (SUICIDES, "There were 11.2 suicides per 1,000 people.", "11.2", "a rate per 1,000"),
    "a_profit_for_a_loss": (CLUB, "The club made a profit of £38.2m in 2022/23.", "£38.2m", "a profit"),
    "the_level_told_as_the_rise": (KNIVES, "Knife crime rose by 49,489 offences.", "49,489", "the size of a rise"),
    "of_told_as_higher_than": (RAIN, "Rainfall was 112% higher than average.", "112%", "“112% higher than”"),
    "per_million_for_per_100000": (
        SUICIDES,
        "There were 11.2 suicides per million people.",
        "11.2",
        "a rate per 1,000,000",
    ),
}


@pytest.mark.parametrize("name", SAID_OTHERWISE)
def test_the_primary_s_number_in_another_claim_is_changed(make_case, name):
    release, paper, figure, words = SAID_OTHERWISE[name]
    found = paper_figures(make_case, release, paper)[figure]
    assert found["verdict"] == "changed", found["explanation"]
    assert found["explanation"].startswith("The same number as")
    assert words in found["explanation"]


SAID_ALIKE = {
    "per_year_for_a_year": (CAP, "The cap will rise to £1,928 per year.", "£1,928"),
    "annually_for_a_year": (CAP, "Households will pay £1,928 annually under the cap.", "£1,928"),
    "a_month_for_another_amount": (CAP, "The cap will rise to £1,928 a year, or about £160 a month.", "£1,928"),
    "nothing_beside_it": (SUICIDES, "The suicide rate reached 11.2, the highest since 1999.", "11.2"),
    "a_loss_in_other_words": (CLUB, "The club lost £38.2m in 2022/23.", "£38.2m"),
    "the_level_without_by": (KNIVES, "Knife crime offences rose to 49,489.", "49,489"),
    "the_level_with_the_change": (KNIVES, "Knife crime offences rose 5% to 49,489.", "49,489"),
    # a rate is itself a change: "inflation fell to 3.9%" is the release's "prices rose by 3.9%"
    "a_rate_s_level_for_its_rise": (
        "Consumer prices rose by 3.9% in the 12 months to November 2023, down from 4.2% in October.",
        "Inflation fell to 3.9% in November, from 4.2% in October.",
        "3.9%",
    ),
}


@pytest.mark.parametrize("name", SAID_ALIKE)
def test_the_primary_s_number_in_the_same_claim_is_still_a_match(make_case, name):
    release, paper, figure = SAID_ALIKE[name]
    assert paper_figures(make_case, release, paper)[figure]["verdict"] == "match"


def test_a_cut_to_a_level_below_a_baseline_is_no_level(make_case):
    release = "The country will cut emissions to 40% below 1990 levels by 2030."
    found = paper_figures(make_case, release, "The country will cut emissions by 40% by 2030.")["40%"]
    assert found["verdict"] != "changed"


def test_a_number_the_primary_gives_twice_is_a_lead_not_an_accusation(make_case):
    release = "The club reported a loss of £38.2m for 2022/23. Its shirt sponsor paid £38.2m over five years."
    found = paper_figures(make_case, release, "The club made a profit of £38.2m.")["£38.2m"]
    assert found["verdict"] == "not_in_primary"


def test_a_fall_told_as_a_rise_says_so(make_case):
    # a third review (2026-12-06): "Same quantity, different value: … “4.1%”. The outlet gives “4.1%”."
    release = "Manufacturing output rose 13.9%. Government spending fell 4.1%."
    found = paper_figures(make_case, release, "Manufacturing output rose 13.9% while government spending rose 4.1%.")
    figure = found["4.1%"]
    assert figure["verdict"] == "changed"
    assert "the other way round" in figure["explanation"] and "as a rise" in figure["explanation"]
