"""Accusations and politics the 29th review brought out: a goal, an earlier count, a year long past, named offices.

The 29th review (2026-12-07, eighth session) was written by helpers who never saw the code: 30 release-and-story
pairs with every figure keyed, and 24 stories with every sentence labelled. Measured first on the session's
starting rules (figure accusations right 20 of 25, politicised recall 55 of 62, precision 50 of 51), then these
rules were written on its misses (in-sample for it). The texts here are invented in the same shapes.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside, classify_insertion

from conftest import paper_figures

GROWTH = "Carry-over growth for 2024 is 0.7%. Household consumption rose by 0.4% in the third quarter."
CENSUS = (
    "The 7th Population and Housing Census, the country's first digital census, puts the population of Pakistan at "
    "241.49 million. The population grew at an average annual rate of 2.55% between 2017 and 2023. The urban "
    "population stood at 93.75 million, or 38.8% of the total. Punjab remains the most populous province with 127.69 "
    "million people, followed by Sindh with 55.69 million. The results were approved by the Council of Common "
    "Interests on 5 August 2023."
)
FERTILITY = (
    "According to preliminary data, 77,950 births were recorded in Quebec in 2023, a decrease of 3% from 2022. "
    "The total fertility rate fell to 1.38 children per woman."
)
PRICES = "The Consumer Price Index of Metropolitan Lima rose 1.01% in March 2024."
WAITS = "In March 2024, 21,000 patient pathways had been waiting longer than two years for treatment."


@pytest.mark.parametrize(
    ("release", "paper", "written", "published", "verdict"),
    [
        # a goal is no measured value: "targeting" and "targets" before, "a goal" after
        (
            GROWTH,
            "The government is targeting growth of 1% this year, a goal many see as ambitious.",
            "1%",
            "2024-11-29",
            None,
        ),
        (PRICES, "The central bank, which targets inflation of 1%, held its rate.", "1%", "2024-04-02", None),
        # a promise about a length of time
        (
            WAITS,
            "The Welsh government had pledged to eliminate two-year waits by March 2023.",
            "two-year",
            "2024-05-10",
            None,
        ),
        # the previous census's figure, not the new one changed
        (CENSUS, "The previous count had put the population at 207.68 million.", "207.68 million", "2023-08-05", None),
        # a year long past that the release never names
        (FERTILITY, "Quebec's fertility rate was as high as 1.7 in 2008.", "as high as 1.7", "2024-04-25", None),
        # guards: a wrong copy of the release's own figure is still an accusation, its own undated figure told plainly
        # is still a match, and a year it names is no other time
        (CENSUS, "The census puts the population at 214.49 million.", "214.49 million", "2023-08-05", "changed"),
        (FERTILITY, "The total fertility rate fell to 1.38 children per woman.", "1.38", "2024-04-25", "match"),
        (FERTILITY, "Births fell 3% from 2022.", "3%", "2024-04-25", "match"),
    ],
)
def test_a_figure_of_another_kind_or_time_is_a_lead_never_an_accusation(
    make_case, release, paper, written, published, verdict
):
    # (the outlet's name is the census's, as in the review: the release's own words are read with it)
    found = paper_figures(make_case, release, paper, outlet="Pakistan Bureau of Statistics", published=published)[
        written
    ]
    if verdict is None:  # a lead: not an accusation, and the primary's figure still shown to check
        assert found["verdict"] == "not_in_primary" and found["lead_text"], found["explanation"]
    else:
        assert found["verdict"] == verdict, found["explanation"]


def test_a_target_lead_says_why_in_words(make_case):
    paper = "The government is targeting growth of 1% this year."
    found = paper_figures(make_case, GROWTH, paper, published="2024-11-29")["1%"]
    assert "as part of a goal or a promise (“targeting”)" in found["explanation"], found["explanation"]


def test_a_year_long_past_lead_says_why_in_words(make_case):
    paper = "Quebec's fertility rate was as high as 1.7 in 2008."
    found = paper_figures(make_case, FERTILITY, paper, published="2024-04-25")["as high as 1.7"]
    assert "the outlet's figure is about 2008, a year" in found["explanation"] and "never names" in found["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures reopened the battle over housing policy in the Cortes.",
        "The presidential office did not respond to a request for comment.",
        "A Scottish Government spokesman said ministers were investing in new vessels.",
        "Sumar, the junior partner in the coalition, said the caps should be extended.",
        "The figures will fuel debate when the Dewan Rakyat takes up the budget next month.",
        "DFL lawmakers counter that the laws they passed will take time to show results.",
    ],
)
def test_politics_the_29th_review_found(sentence):
    assert classify_aside(sentence).label == "politicised"


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Cortes, a nurse in Seville, said the wait had been long.",
        "The Cortes family has run the bakery for three generations.",
        "A company spokesman said the vessels would be delivered next year.",
    ],
)
def test_words_beside_them_that_are_not_politics(sentence):
    aside = classify_aside(sentence)
    assert aside is None or aside.label != "politicised", aside.reason


def test_the_primarys_own_minister_with_a_portfolio_adds_no_politics():
    primary = '"Scammers are exploiting every new platform, and we must move just as quickly," the Minister said.'
    retold = (
        '"Scammers are exploiting every new platform, and we must move just as quickly," the Communications '
        "Minister said in the statement."
    )
    assert classify_insertion(retold, primary) is None
    # another office the primary's sentence does not have still counts
    assert classify_insertion(retold.replace("Communications Minister", "opposition leader"), primary) is not None


def test_a_guess_from_a_name_says_so_only_when_a_name_is_all_it_has():
    # a learner's read (2026-12-07): "a guess from a name alone" beside two words listed read as false
    both = classify_aside("“My Administration will NOT allow these actions to stand,” Trump posted.")
    assert "a guess from a name and words that can also be used in a neutral way" in both.reason, both.reason
    assert '"Administration" (a government, or the managers of a school or a hospital)' in both.reason, both.reason
    alone = classify_aside("Trump posted on social media on Friday.")
    assert "This is a guess from a name: read the sentence" in alone.reason, alone.reason


def test_a_group_used_as_a_gloss_says_what_kind_of_word_it_is():
    aside = classify_aside("Voters will go to the polls in the general election next year.")
    assert "(a word of elections)" in aside.reason and "(elections)" not in aside.reason, aside.reason
