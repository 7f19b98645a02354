"""Figure explanations a 15-year-old can read at a glance (the learner read of 2026-12-07).

A helper who had not seen the code read the explanations as a learner. "Same quantity, different value: the
Riksbank's figure “14 per cent”. The outlet gives “41 per cent”." read as a heading followed by a fragment (so the
explanation now opens with what the outlet did: "The outlet gives “41 per cent” for …");
"“nearly 3%” is a rounded way to give the regulator's figure “2.9%”: still true." was called stiff; two digits
swapped in a short number ("41" for 14) were not called a swap, though a reader sees it at once; and "Nearly
10,000 of the country's 22,500 schools" was shown as "“Nearly 10,000” country's". The texts are invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

RATES = "Inflation was 14 per cent in March. The bank cut its policy rate to 2.9%."
SCHOOLS = "About 9,870 of the country's 22,500 public schools were closed by the strike."


def test_a_changed_figure_says_which_number_the_outlet_gave_for_which(make_case):
    found = paper_figures(make_case, RATES, "Inflation was 17 per cent in March.")["17 per cent"]
    assert found["verdict"] == "changed"
    assert found["explanation"].startswith("The outlet gives “17 per cent” for")
    assert "a different number for the same thing" in found["explanation"]
    assert "“14 per cent”" in found["explanation"]
    assert "swapped" not in found["explanation"]  # 17 is no swap of 14


def test_two_digits_swapped_are_called_a_slip_in_copying(make_case):
    found = paper_figures(make_case, RATES, "Inflation was 41 per cent in March.")["41 per cent"]
    assert found["verdict"] == "changed"
    assert "two of them swapped, most likely a slip in copying" in found["explanation"]


def test_digits_swapped_across_the_decimal_point_are_called_a_swap(make_case):
    release = "Median household income rose 4.6% in 2024."
    found = paper_figures(make_case, release, "Median household income rose 6.4% in 2024.")["6.4%"]
    assert found["verdict"] == "changed"
    assert "two of them swapped" in found["explanation"]


def test_a_rounded_figure_says_it_is_rounded_and_still_true_first(make_case):
    found = paper_figures(make_case, RATES, "The bank cut its policy rate to nearly 3%.")["nearly 3%"]
    assert found["verdict"] == "rounded"
    assert found["explanation"].startswith("Rounded, and still true: “nearly 3%” for")
    assert "“2.9%”" in found["explanation"]


def test_whose_is_not_shown_as_what_a_figure_counts(make_case):
    found = paper_figures(make_case, SCHOOLS, "Nearly 10,000 of the country's 22,500 public schools were shut.")
    explanation = found["Nearly 10,000"]["explanation"]
    assert "country's" not in explanation.split("for")[0]  # not “Nearly 10,000” country's
    assert "“Nearly 10,000”" in explanation


# ---- the last item of a list, after ", and" (the twenty-third review, 2026-12-07: in-sample for this rule) ----

PROJECTIONS = (
    "The median of participants’ projections for the federal funds rate is 3.1 percent at the end of 2026, "
    "2.9 percent at the end of 2027, and 3.0 percent in the longer run."
)
CLAIMS = "Of all claims reported, 41% have been closed with payment, 29% have been closed without payment, and 30% remain open."


def test_the_last_item_of_a_list_counts_what_the_list_counts(make_case):
    # before: "3.0 percent" counted nothing, so "around 3%" was called a rounding of the 2027 projection, 2.9
    found = paper_figures(make_case, PROJECTIONS, "In the longer run, officials see the rate settling around 3%.")
    assert found["around 3%"]["verdict"] == "match"
    assert "3.0 percent" in found["around 3%"]["primary_text"]


def test_a_last_item_with_a_verb_of_its_own_does_not_take_the_items_before(make_case):
    found = paper_figures(make_case, CLAIMS, "And homeowners are still waiting: 3 in 10 claims remain open.")
    assert found["3 in 10"]["verdict"] == "match"


# ---- a percentage written to a tenth that the primary gives once (the twenty-third review, 2026-12-07; the earlier
# reviews 12 to 22 were measured after it, out-of-sample: 38 verdicts won and 2 lost, no accusation moved) ----

DEBT = (
    "An annualized 7.1% of credit card balances transitioned into serious delinquency (90 or more days); among "
    "borrowers ages 18 to 29, the rate was 9.8%."
)


@pytest.mark.parametrize(
    "release, paper, written",
    [
        (DEBT, "Among 18-to-29-year-olds, 9.8% of card balances slid into serious delinquency.", "9.8%"),
        (
            "Total household debt increased by $197 billion (1.1%) in the third quarter of 2025, to $18.59 trillion.",
            "Total household debt climbed $197 billion, or 1.1%, to $18.59 trillion, and is now far above 2019.",
            "1.1%",
        ),
    ],
)
def test_a_percentage_to_a_tenth_the_primary_gives_once_is_a_match(make_case, release, paper, written):
    found = paper_figures(make_case, release, paper)[written]
    assert found["verdict"] == "match", found["explanation"]


def test_a_whole_percentage_the_primary_gives_once_is_still_only_a_lead_when_the_words_differ(make_case):
    release = "Exports of coffee fell 12% in 2024."
    found = paper_figures(make_case, release, "Tourist arrivals grew 12% last year.")["12%"]
    assert found["verdict"] == "not_in_primary"


def test_within_a_time_is_the_primarys_less_than_that_time(make_case):
    # the twenty-fourth review (in-sample): "within 18 weeks" was called rounded, a limit dropped
    release = "Some 59.2% of patients waited less than 18 weeks for treatment, against the standard of 92%."
    paper = (
        "The NHS constitution says 92% of patients should start treatment within 18 weeks, but the figure was 59.2%."
    )
    found = paper_figures(make_case, release, paper)["18 weeks"]
    assert found["verdict"] == "match", found["explanation"]


def test_a_limit_told_by_a_verb_is_not_a_limit_dropped(make_case):
    # before: "capped … at 2.7%" for "no more than 2.7%" was called rounded ("said less carefully")
    release = "Under the policy, rents for 2025-26 may rise by no more than 2.7%."
    found = paper_figures(make_case, release, "Ministers have capped next year's rent rise at 2.7%.")["2.7%"]
    assert found["verdict"] == "match", found["explanation"]


# ---- three digits swapped, when both figures say what they count (the twenty-third review: in-sample; reviews 12 to
# 22 after, out-of-sample: nine more changed figures, all right by their keys) ----


def test_three_digits_swapped_in_a_count_of_the_same_thing_are_a_slip(make_case):
    release = "There were 54,600 births in the year to April, while deaths reached 36,200."
    found = paper_figures(make_case, release, "The number of deaths reached 32,600, well below the 54,600 births.")
    assert found["32,600"]["verdict"] == "changed"
    assert "two of them swapped" in found["32,600"]["explanation"]


def test_three_digits_swapped_with_nothing_counted_in_common_stay_a_lead(make_case):
    release = "The council approved 247 new homes in the town centre."
    found = paper_figures(make_case, release, "The club sold 274 season tickets.")
    assert found["274"]["verdict"] == "not_in_primary"


# ---- a flash estimate is a measurement, not a forecast (the twenty-fourth review: in-sample; the thirteenth review's
# Eurostat pair after, out-of-sample: four verdicts more) ----

FLASH = (
    "Euro area annual inflation is expected to be 1.9% in May 2025, down from 2.2% in April, according to a flash "
    "estimate from Eurostat, the statistical office of the European Union."
)


def test_a_flash_estimate_told_as_fact_is_a_match(make_case):
    found = paper_figures(
        make_case, FLASH, "Across the euro area, inflation slowed to 1.9pc in May from 2.2pc in April."
    )
    assert found["1.9pc"]["verdict"] == "match", found["1.9pc"]["explanation"]


def test_a_forecast_told_as_fact_stays_a_lead(make_case):
    release = "Euro area inflation is expected to be 1.9% in 2026, the staff projections show."
    found = paper_figures(make_case, release, "Across the euro area, inflation was 1.9pc in 2026.")
    assert found["1.9pc"]["verdict"] != "match"


def test_every_figure_of_a_flash_estimate_is_a_measurement(make_case):
    # the release names itself a flash estimate once; its other sentences say "is expected" too
    release = FLASH + " The lowest rates are expected in Cyprus (0.4%), France (0.6%) and Ireland (1.4%)."
    found = paper_figures(
        make_case, release, "Only Cyprus, at 0.4pc, and France, at 0.6pc, had lower rates than Ireland."
    )
    assert [found[t]["verdict"] for t in ("0.4pc", "0.6pc")] == ["match", "match"]


def test_a_time_matched_is_told_as_a_time_not_an_amount(make_case):
    # the sixth session's learner read: "Same quantity, same value: … “During the quarter”" read as if the $348 million
    # itself had been checked by that line
    release = "During the quarter, the company bought back $348 million of its shares."
    found = paper_figures(make_case, release, "It also bought back $348 million of stock during the quarter.")
    assert found["during the quarter"]["explanation"] == "The same length of time as the Agency's “During the quarter”."
