"""The quantity model behind the figure verdicts: the error classes of issue 15, one named test each.

The texts are invented (a statistics release on overdose deaths and its retellings), in the
shape of the errors seen on a real story: an exact value missed, the right figure compared
with the wrong one, another quantity taken for the primary's, rounded shares, periods.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslit import load_case
from newslit.analysis.figures import figure_records
from newslit.analysis.figures.quantity import describe, period_of, periods_clash, sentence_quantities
from newslit.text.numbers import find_figures

from conftest import write_retold_case

RELEASE = """Overdose deaths, 12 months to April 2023 (invented test release)

The predicted number of drug overdose deaths in the 12-month period ending in April 2023 was 48,210, according to the agency.

Deaths involving opioids rose to 31,005 in the same period.

Fentanyl was involved in 28.5% of the deaths.
"""

# name -> (sentence of a retelling, figure as written, the verdict a careful reader gives)
RETOLD = {
    "exact_value_with_a_space_and_another_noun": (
        "The final figure will be 48 210 lives lost in one year.",
        "48 210",
        "match",
    ),
    "the_second_figure_is_compared_with_itself": ("Opioid deaths rose to 31,005.", "31,005", "match"),
    "a_calendar_year_from_an_earlier_release": (
        "In 2022, 47,800 people died of drug overdoses.",
        "47,800",
        "not_in_primary",
    ),
    "one_states_figure": (
        "In Ohio, 48,000 people died of drug overdoses in the 12 months to April 2023.",
        "48,000",
        "not_in_primary",
    ),
    "a_reported_count_for_a_predicted_one": (
        "A reported 46,500 people died of drug overdoses in the 12 months to April 2023.",
        "46,500",
        "not_in_primary",
    ),
    "a_share_the_primary_never_gives": ("About 30% of the deaths involved cocaine.", "About 30%", "not_in_primary"),
    "nearly_29_percent": ("Nearly 29% of the deaths involved fentanyl.", "Nearly 29%", "rounded"),
    "roughly_28_percent": ("Roughly 28% of the deaths involved fentanyl.", "Roughly 28%", "rounded"),
    "nearly_30_percent": ("Fentanyl was involved in nearly 30% of the deaths.", "nearly 30%", "rounded"),
    "one_year_for_twelve_months": (
        "Over a one-year period, 48,210 people died of drug overdoses.",
        "48,210",
        "match",
    ),
    "a_changed_count_of_the_same_quantity": (
        "The number of drug overdose deaths in the 12 months to April 2023 was 50,210.",
        "50,210",
        "changed",
    ),
}

TOML = """[case]
title = "Overdose deaths (invented)"
question = "Which figures did the outlets keep?"
primary = "release"

[[article]]
id = "release"
file = "release.txt"
outlet = "The agency"
published = 2023-08-16

"""


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("overdoses")
    sentences = [s for s, _, _ in RETOLD.values()]
    write_retold_case(folder, TOML, ("release.txt", RELEASE), sentences, "Headline {n}", "2023-08-17")
    return figure_records(load_case(folder))


def _record(records, name):
    n = list(RETOLD).index(name)
    _, written, _ = RETOLD[name]
    (found,) = [r for r in records if r["article"] == f"r{n}" and r["text"] == written]
    return found


@pytest.mark.parametrize("name", RETOLD)
def test_each_retold_figure_gets_the_verdict_a_careful_reader_gives(records, name):
    assert _record(records, name)["verdict"] == RETOLD[name][2]


def test_the_second_figure_is_compared_with_the_second_figure(records):
    assert _record(records, "the_second_figure_is_compared_with_itself")["primary_text"] == "31,005"


def test_another_quantity_gets_a_lead_in_words_and_no_accusation(records):
    record = _record(records, "a_calendar_year_from_an_earlier_release")
    assert record["lead_text"] == "48,210" and record["primary_text"] is None
    assert "A lead to check" in record["explanation"] and "may not be the same quantity" in record["explanation"]
    assert "2022" in record["explanation"]  # says which period differs
    for word in ("wrong", "changed", "false", "mistake"):
        assert word not in record["explanation"].lower()


def test_a_place_and_a_status_are_named_as_the_reason(records):
    assert "Ohio" in _record(records, "one_states_figure")["explanation"]
    assert "predicted" in _record(records, "a_reported_count_for_a_predicted_one")["explanation"]


def test_explanations_name_the_quantity_compared(records):
    explanation = _record(records, "a_changed_count_of_the_same_quantity")["explanation"]
    assert "48,210" in explanation and "overdose deaths" in explanation and "12 months to April 2023" in explanation


def test_periods_one_year_is_twelve_months():
    (one_year,) = find_figures("in one year")
    (twelve,) = find_figures("a 12-month period")
    assert not periods_clash(period_of(one_year), period_of(twelve))
    (calendar,) = find_figures("in 2022")
    assert periods_clash(period_of(calendar), period_of(twelve))


def test_a_value_compared_with_is_an_earlier_value():
    text = "The unemployment rate ticked up from 4% to 4.1% in June."
    quantities = sentence_quantities(text, find_figures(text), dt.date(2024, 7, 5))
    assert [q.baseline for q in quantities[:2]] == [True, False]
    assert "unemployment rate" in describe(quantities[1], find_figures(text)[1], "the BLS")


def test_a_forecast_is_not_the_release_figure():
    text = "The market had penciled in a reading of 4 percent."
    (quantity,) = sentence_quantities(text, find_figures(text))
    assert "forecast" in quantity.status


@pytest.mark.parametrize(
    "sentence",
    [
        "In all, 48,210 people died on the roads in the 12 months to June 2024.",
        "In all, 48,210 people died on the roads in the year to June 2024.",
        "In all, 48,210 people died on the roads in the 12 months ending in June 2024.",
        "In all, 48,210 people died on the roads in YE June 2024.",  # a statistics office's "year ending"
    ],
)
def test_a_span_to_a_month_is_twelve_months_ending_in_it_not_that_month(sentence):
    figures = find_figures(sentence)
    (deaths,) = [
        q for f, q in zip(figures, sentence_quantities(sentence, figures, dt.date(2024, 9, 3))) if f.text == "48,210"
    ]
    assert deaths.period.words() == "over the 12 months to June 2024"


def test_last_year_is_the_year_ending_in_its_december():
    (calendar,) = find_figures("in 2022")
    text = "our updated estimate for YE December 2022 (745,000)"
    figures = find_figures(text)
    (estimate,) = [
        q for f, q in zip(figures, sentence_quantities(text, figures, dt.date(2023, 11, 23))) if f.kind == "count"
    ]
    assert not periods_clash(period_of(calendar), estimate.period)
    text = "our estimate for the year ending June 2022 (745,000)"
    figures = find_figures(text)
    (june,) = [
        q for f, q in zip(figures, sentence_quantities(text, figures, dt.date(2023, 11, 23))) if f.kind == "count"
    ]
    assert periods_clash(period_of(calendar), june.period)  # twelve months to June are not the calendar year


def test_a_range_of_two_dates_is_still_a_range():
    sentence = "Prices rose 12% from June 2023 to June 2024."
    figures = find_figures(sentence)
    (rise,) = [
        q for f, q in zip(figures, sentence_quantities(sentence, figures, dt.date(2024, 9, 3))) if f.kind == "percent"
    ]
    assert rise.period is None or "to June 2024" not in rise.period.words()


_SEARCHED_WORDS = [
    "year", "Year-over-year", "annual", "ANNUALLY", "12-month", "12", "months", "over", "the", "past", "from", "a",
    "earlier", "disputed", "REJECTS", "contests", "challenged", "deny", "Denies", "denied", "garden", "rebuts", "ſ",
    "yeaR", "ann", "ual", "de", "ny", ",", "-", "é",
]  # fmt: skip


@given(st.lists(st.sampled_from(_SEARCHED_WORDS), max_size=10), st.sampled_from(["", " ", "-"]))
def test_the_quick_test_before_a_search_never_skips_a_match(words, joint):
    # may_match must say True whenever the pattern it stands before would match
    from newslit.analysis.figures.quantity import _SPAN_12, _SPAN_12_PARTS, may_match
    from newslit.analysis.figures.records import _RIVAL, _RIVAL_PARTS

    text = joint.join(words)
    for pattern, parts in ((_SPAN_12, _SPAN_12_PARTS), (_RIVAL, _RIVAL_PARTS)):
        if pattern.search(text):
            assert may_match(text, parts)


def test_what_follows_vs_is_the_other_side_not_what_the_figure_counts():
    # "122k vs non-permanent at 118k": the 122k are not non-permanent residents
    text = "Permanent immigration accounted for 122k vs non-permanent at 118k."
    figures = find_figures(text)
    first = sentence_quantities(text, figures, None)[0]
    assert "nonpermanent" not in first.what and "permanent" in first.what


@pytest.mark.parametrize(
    "text",
    ["Total emissions will reach 40 million tonnes.", "Total emissions are set to hit 40 million tonnes."],
)
def test_a_forecast_verb_is_not_taken_for_what_is_counted(text):
    figures = find_figures(text)
    what = sentence_quantities(text, figures, None)[0].what
    assert "emiss" in what and not what & {"reach", "set"}


def test_a_status_past_a_comparison_is_the_other_sides():
    # a learner's reading (review of 2026-12-06): "321 migrants against a projected total of 430" was called a forecast
    text = "The barge only had 321 migrants against a projected total of 430."
    figures = find_figures(text)
    told, projected = sentence_quantities(text, figures, None)
    assert "forecast" not in told.status and "forecast" in projected.status


def test_a_place_the_primarys_figure_does_not_name_is_said_as_named_not_as_another_place():
    # a learner's reading (review of 2026-12-06): "it is about the United Kingdom" read as if the Bank of England's
    # figure were about somewhere else; the Bank's figure names no place
    from newslit.analysis.figures.quantity import conflicts

    told_text, primary_text = (
        "The UK's growth is still 6 per cent below its path.",
        "Services inflation was 6% in June.",
    )
    (told,), (primary, _) = find_figures(told_text), find_figures(primary_text)
    q = sentence_quantities(told_text, [told], None)[0]
    p = sentence_quantities(primary_text, [primary, _], None, primary=True)[0]
    reasons = conflicts(q, p, told, primary)
    assert "it names the United Kingdom, and the primary's figure names no place" in reasons


def test_the_earlier_value_of_a_revision_is_not_the_revision():
    # a learner's reading (review of 2026-12-06): "the retold figure is a revision; the retold figure is an earlier
    # value" said both of the 606,000 the estimate was revised up from
    text = "The ONS revised its estimate for the year to December 2022 up from 606,000."
    figures = find_figures(text)
    (old,) = [q for f, q in zip(figures, sentence_quantities(text, figures, None)) if f.text == "606,000"]
    assert old.baseline and "revised" not in old.status


def test_an_earlier_value_is_said_to_be_the_outlets_in_plain_words():
    # a learner's read (2026-12-07) stumbled on "the retold figure is an earlier value the new one is compared with"
    from newslit.analysis.figures.quantity import conflicts

    told_text = "It was a slight increase from 32.1 percent in 2022."
    primary_text = "The cesarean delivery rate was 32.1% in 2023."
    (told, _year) = find_figures(told_text)
    (primary, _) = find_figures(primary_text)
    q = sentence_quantities(told_text, [told, _year], None)[0]
    p = sentence_quantities(primary_text, [primary, _], None, primary=True)[0]
    reasons = conflicts(q, p, told, primary)
    assert "the outlet gives its number as an earlier value, one that a newer figure is compared with" in reasons, (
        reasons
    )
