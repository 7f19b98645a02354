"""Rules written on the twelfth to seventeenth reviews' figures (2026-12-07, third session; in-sample for them).

An exact value of three or more significant digits that the primary gives once is that figure, even when the
words around the retold one read as another time, place or noun: those readings are often wrong ("from 32,371
tonnes in January" lends "January" to the new value), and three exact digits are seldom a coincidence. Not a
limit, a forecast, another group or a part the primary gives a figure of its own: those stay leads (their tests
are in test_figures_another_group.py, test_rules_boe.py and test_figures_rules5.py). The sentences are invented.
"""

from __future__ import annotations

import pytest

from newslit.text.numbers import find_figures

from conftest import paper_figures

RUBBER = (
    "Natural rubber production in February fell 15.3% to 27,418 tonnes from 32,371 tonnes in January. "
    "Compared with February 2024, output was down 6.7%."
)
DEBT = "Swedish households' total debt stood at SEK 4,612 billion at the end of the first quarter of 2025."


def test_a_new_value_beside_an_earlier_values_month_is_still_the_primarys_figure(make_case):
    found = paper_figures(make_case, RUBBER, "Production fell to 27,418 tonnes from 32,371 tonnes in January.")
    assert found["27,418"]["verdict"] == "match", found["27,418"]["explanation"]
    assert found["32,371"]["verdict"] == "match", found["32,371"]["explanation"]


def test_a_month_for_the_primarys_quarter_leaves_the_exact_figure_a_match(make_case):
    found = paper_figures(
        make_case, DEBT, "Swedish household debt climbed to 4,612 billion kronor at the end of March."
    )
    assert found["4,612 billion kronor"]["verdict"] == "match", found["4,612 billion kronor"]["explanation"]


def test_an_exact_value_told_as_a_limit_for_another_time_is_still_no_match(make_case):
    found = paper_figures(make_case, DEBT, "Household debt could reach up to 4,612 billion kronor by 2030.")
    found = found["up to 4,612 billion kronor"]
    assert found["verdict"] != "match", found["explanation"]


def test_a_value_the_primary_gives_twice_is_not_told_apart_by_its_digits(make_case):
    release = "Exports rose to 1,284 tonnes in March 2023. Imports stood at 1,284 tonnes in April 2023."
    found = paper_figures(make_case, release, "Shipments reached 1,284 tonnes in May 2023.")
    assert found["1,284"]["verdict"] != "match", found["1,284"]["explanation"]


@pytest.mark.parametrize(
    "text, told",
    [
        ("Researchers tracked 2,814 pupils for a year and a half.", "a year and a half"),
        ("The deal came after nearly a year and a half of talks.", "nearly a year and a half"),
    ],
)
def test_a_year_and_a_half_is_read_whole_after_for_or_a_hedge(text, told):
    found = [(f.text, f.value) for f in find_figures(text) if f.kind == "period"]
    assert found == [(told, 1.5)]


# The eighteenth review's wrong accusations, measured first (out-of-sample), then these rules written: in-sample for
# them.

TREATED = "The fund arranged treatment for 11,560 patients in January."
LANGUAGES = (
    "English remained the most common language. Te reo Māori was the second most common language, followed by "
    "Samoan, spoken by 101,937 people."
)
LEAKAGE = "Leakage stood at 421 Ml/d. Scottish Water aims to reduce leakage to 380 Ml/d by 2027."


def test_a_number_told_to_the_nearest_half_thousand_is_rounded_not_cut_short(make_case):
    found = paper_figures(make_case, TREATED, "“Eleven and a half thousand patients got treatment in January.”")
    assert found["Eleven and a half thousand"]["verdict"] == "rounded", found["Eleven and a half thousand"][
        "explanation"
    ]


def test_another_rank_in_a_list_is_a_lead_not_a_change(make_case):
    found = paper_figures(
        make_case, LANGUAGES, "Samoan remains the third most common language, spoken by 101,937 people."
    )
    record = found["third"]
    assert record["verdict"] == "not_in_primary", record["explanation"]
    assert "a rank belongs to one thing" in record["explanation"]


def test_megalitres_written_ml_are_millions_of_litres(make_case):
    found = paper_figures(
        make_case,
        LEAKAGE,
        "Scottish Water has promised to get leakage down to 380 million litres a day by 2027.",
        outlet="Scottish Water",
    )
    record = found["380 million litres"]
    assert record["verdict"] == "match", record["explanation"]
    assert "Scottish Water's figure" in record["explanation"] and "the Scottish Water" not in record["explanation"]


@pytest.mark.parametrize("text", ["a 330 ml can", "Add 5 ml of oil."])
def test_a_small_ml_is_no_megalitre(text):
    assert not [f for f in find_figures(text) if f.unit == "megalitres"]


# The nineteenth review's wrong accusations (measured first, out-of-sample; in-sample for these rules).

RECALLS = "Listeria notifications tripled to 12, from four."


@pytest.mark.parametrize(("primary", "verdict"), [("12", "match"), ("13", "rounded")])
def test_a_dozen_is_twelve_told_in_a_word(make_case, primary, verdict):
    found = paper_figures(make_case, RECALLS.replace("12", primary), "Listeria recalls tripled to a dozen.")
    assert found["a dozen"]["verdict"] == verdict, found["a dozen"]["explanation"]


def test_half_a_dozen_is_not_a_dozen():
    assert [f.value for f in find_figures("Half a dozen firms and a dozen shops closed.")] == [12.0]


@pytest.mark.parametrize(
    ("text", "change"),
    [("Graubünden added 1.2 per cent.", "up"), ("The index gained 1.2%.", "up"), ("Shares lost 3% on Monday.", "down")],
)
def test_gained_added_and_lost_say_which_way_a_share_moved(text, change):
    assert find_figures(text)[0].change == change


@pytest.mark.parametrize(
    ("outlet", "the"),
    [
        ("Statistics Korea", False),
        ("Switzerland Tourism", False),
        ("Scottish Water", False),
        ("Statistics Authority", True),
        ("Scotland Office", True),
    ],
)
def test_a_bodys_name_takes_the_only_where_english_writes_it(outlet, the):
    from newslit.analysis.figures.primary import _takes_no_the

    assert _takes_no_the(outlet) is not the


# Two neighbouring digits swapped (reviews 12 to 19, in-sample)

CRIME = (
    "Police Scotland recorded 296,412 crimes in the 12 months to 31 March 2025. Non-sexual crimes of violence rose "
    "by 4.3% to 13,920. Attempted murder and serious assault together accounted for 9,640 of these."
)


def test_two_neighbouring_digits_swapped_in_a_long_number_are_changed(make_case):
    record = paper_figures(make_case, CRIME, "Violent crime also climbed, up 4.3 per cent to 13,290.")["13,290"]
    assert record["verdict"] == "changed", record["explanation"]
    assert "“13,920”" in record["explanation"] and "two of them swapped" in record["explanation"]


def test_a_change_that_is_no_swap_keeps_its_own_words(make_case):
    record = paper_figures(make_case, CRIME, "Non-sexual crimes of violence rose by 4.3% to 13,930.")["13,930"]
    assert record["verdict"] == "changed" and "swapped" not in record["explanation"]


def test_three_digits_swapped_are_only_a_lead(make_case):
    # "Exports to Asia reached 467 tonnes" may well be another count than the release's 476 tonnes of output
    found = paper_figures(make_case, "Output fell to 476 tonnes in May.", "Exports to Asia reached 467 tonnes.")
    assert found["467"]["verdict"] != "changed", found["467"]["explanation"]


@pytest.mark.parametrize(
    ("text", "told", "value", "unit"),
    [
        (
            "Trucks got there within 6 minutes 20 seconds in 90 per cent of cases.",
            "6 minutes 20 seconds",
            6 + 1 / 3,
            "minutes",
        ),
        ("The flight took 2 hours and 15 minutes.", "2 hours and 15 minutes", 2.25, "hours"),
        ("He served 3 years and 4 months.", "3 years and 4 months", 3 + 1 / 3, "years"),
    ],
)
def test_a_length_told_in_two_units_is_one_figure(text, told, value, unit):
    (period,) = [f for f in find_figures(text) if f.kind == "period"]
    assert (period.text, period.unit) == (told, unit) and period.value == pytest.approx(value)


def test_two_lengths_of_the_same_unit_stay_two():
    assert [f.text for f in find_figures("for 2 years, 12 months of which abroad")] == ["2 years", "12 months"]
