"""Rules written after the one measurement of homebuyers-2024-11, the fourteenth validation case (issue 15), with invented texts.

The rules are in-sample for that case (its errors were read to write them). Ages: a clause
about age gives its numbers alone ("the median age rose to 38, up from 35"; "ages hit highs
of 47 years overall (44 last year)"), and those numbers are ages, so "31 years old" and
"31 years" are one figure. A share that says what part of a group does something ("nearly a
fifth of beginners trained with friends") is not the group's own share ("the beginner share of
members, 19%"), so it is never called a rounding of it. "A historic low", "a record high",
"all-time highs" say where a value stands against the past, not what is counted. A retelling
that keeps the primary's figures and gives the primary's only period of months a month off at
either end ("between March 2024 and February 2025") has changed that period. A change told
beside a level the primary gives with its earlier value ("$640, up $40 from last year" for
"rose to $640 from $600") is checked against the difference of the two. "Since" may date a
comparison by an event before its year ("since the survey was first published in 1981"). How
far back a comparison reaches ("a seven-year high") is never a length of time changed ("for six
years"). "A decade" is ten years wherever it stands ("a decade older"), unlike "a year", which
may be a rate ("£6m a year"). A figure told as it stands now, rounded, is paired with the
primary's new value, not the earlier one beside it that it would round as well.
"""

from __future__ import annotations

import pytest

from newslit.text.numbers import find_figures


def _gym_case(title: str) -> str:
    """An invented gym owners' federation's release ("club") and a paper's retelling of it ("paper")."""
    return f"""[case]
title = "{title}"
question = "Which figures did the paper keep?"
primary = "club"

[[article]]
id = "club"
file = "club.txt"
outlet = "The Gym Owners' Federation"
published = 2025-03-03

[[article]]
id = "paper"
file = "paper.txt"
outlet = "The paper"
published = 2025-03-04
"""


SURVEY_CASE = _gym_case("A survey of gym members (invented)")
CLUB = (
    "Members older than ever\n\n"
    "The beginner share of members fell to 19% this year. "
    "The weekend share of visits fell to a historic low of 12%. "
    "Members' ages hit record highs of 47 years overall (44 last year) and 31 years for new members "
    "(29 last year), according to the federation's annual survey. "
    "The survey tracked visits between April 2024 and January 2025. "
    "The median annual fee rose to $640 from $600 in 2024. "
    "It is the federation's highest fee since it began its survey in 1998.\n"
)


def _figures(make_case, paper: str) -> dict:
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    case = load_case(make_case(SURVEY_CASE, {"club.txt": CLUB, "paper.txt": paper}))
    return {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The median age of new members rose to 31 this year, up from 29.", ["31", "29"]),
        (
            "Ages hit highs of 47 years overall (44 last year) and 31 years for new members.",
            ["47 years", "44", "31 years"],
        ),
        ("The average age was 44; 12 were new.", ["44"]),  # the clause ends: 12 is a count again
        ("At age 65, 30 percent had retired and 40 were still working.", ["age 65"]),  # a share ends the run
        ("The median age rose by 2 years to 40.", []),  # "by 2 years" is how much, and it ends the run
    ],
)
def test_the_numbers_a_clause_about_age_goes_on_to_give_are_ages(text, ages):
    assert [f.text for f in find_figures(text) if f.kind == "age"] == ages


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The typical new member is now 31 years old, the federation said.", "31 years old"),
        ("The median age of all members rose to 47 from 44, the survey found.", "47"),
        ("The median age of all members rose to 47 from 44, the survey found.", "44"),
    ],
)
def test_an_age_told_as_years_old_or_alone_is_the_primarys_age(make_case, sentence, written):
    figures = _figures(make_case, f"Members older than ever\n\n{sentence}\n")
    assert figures[written]["verdict"] == "match"


def test_a_part_of_a_group_is_not_called_a_rounding_of_the_groups_share(make_case):
    figures = _figures(
        make_case, "Members older than ever\n\nNearly a fifth of beginners reported training with friends.\n"
    )
    found = figures["Nearly a fifth"]
    assert found["verdict"] == "not_in_primary"
    assert "the share of a group who did something" in found["explanation"]


def test_the_groups_own_share_retold_is_still_the_primarys(make_case):
    figures = _figures(make_case, "Members older than ever\n\nBeginners made up just 19% of members this year.\n")
    assert figures["just 19%"]["verdict"] == "match"


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 12% of visits were at weekends, the lowest share on record.",
        "Weekend visits made up just 12% of all visits.",
    ],
)
def test_a_historic_low_is_read_for_what_fell_not_as_what_is_counted(make_case, sentence):
    figures = _figures(make_case, f"Members older than ever\n\n{sentence}\n")
    (found,) = [r for text, r in figures.items() if "12%" in text]
    assert found["verdict"] == "match"


@pytest.mark.parametrize(
    ("period", "verdicts"),
    [
        ("between March 2024 and February 2025", ("changed", "changed")),
        ("between April 2024 and February 2025", ("match", "changed")),
        ("between April 2024 and January 2025", ("match", "match")),
        ("between June 2023 and September 2023", ("not_in_primary", "not_in_primary")),  # another period
    ],
)
def test_the_primarys_period_of_months_told_a_month_off_is_changed(make_case, period, verdicts):
    figures = _figures(make_case, f"Members older than ever\n\nBeginners made up just 19% of members {period}.\n")
    start, end = period.removeprefix("between ").split(" and ")
    assert figures["just 19%"]["verdict"] == "match"
    assert (figures[start]["verdict"], figures[end]["verdict"]) == verdicts


def test_a_period_a_month_off_is_not_changed_when_no_figure_of_the_primary_is_retold(make_case):
    figures = _figures(
        make_case, "Members older than ever\n\nA rival club opened between March 2024 and February 2025.\n"
    )
    assert "changed" not in {figures["March 2024"]["verdict"], figures["February 2025"]["verdict"]}


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "working"),
    [
        ("Members paid a median fee of $640, up $40 from last year.", "$40", "match", "a change of “$40”"),
        ("Members paid a median fee of $640, up $60 from last year.", "$60", "changed", "“$40”, not “$60”"),
        # "almost" added to the primary's own $40: the number is kept, only made a limit (no rounding)
        ("The median fee is $640, almost $40 higher than the year before.", "almost $40", "match", "“$40”"),
    ],
)
def test_a_change_told_beside_a_level_is_checked_against_the_primarys_own_difference(
    make_case, sentence, written, verdict, working
):
    figures = _figures(make_case, f"Members older than ever\n\n{sentence}\n")
    assert figures["$640"]["verdict"] == "match"
    assert figures[written]["verdict"] == verdict
    assert working in figures[written]["explanation"]


def test_a_change_in_another_clause_is_not_the_levels(make_case):
    figures = _figures(
        make_case, "Members older than ever\n\nThe median fee was $640; locker rents rose $60 from last year.\n"
    )
    assert figures["$60"]["verdict"] == "not_in_primary"


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("the lowest level since the survey was first published in 1981", True),
        ("the highest since 1981", True),
        ("the lowest since the federation, founded in 1981", False),  # the comma ends the clause
        ("since then prices have risen by about a quarter, with the survey done in 1981", False),
    ],
)
def test_since_may_name_an_event_before_its_year(text, compared):
    from newslit.analysis.figures.quantity import since

    (year,) = [f for f in find_figures(text) if f.kind == "year"]
    assert since(text, year) is compared


def test_the_year_a_comparison_counts_from_is_the_primarys_when_an_event_dates_it(make_case):
    sentence = "That is a low not seen since the trade group started collecting data in 1998."
    figures = _figures(make_case, f"Members older than ever\n\n{sentence}\n")
    assert figures["1998"]["verdict"] == "match"


GROWTH_CASE = _gym_case("Gym membership (invented)")
GROWTH = (
    "Gym membership grows\n\nMembership of gyms has grown for six years in a row, the federation said. "
    "New members are a decade older than the members of the 1990s.\n"
)


@pytest.mark.parametrize(
    ("sentence", "written", "verdict"),
    [
        ("Membership of gyms has grown to a seven-year high, the federation said.", "seven-year", "not_in_primary"),
        ("Membership of gyms has grown for seven years in a row, the federation said.", "seven years", "changed"),
    ],
)
def test_how_far_back_a_comparison_reaches_is_not_a_length_of_time_changed(make_case, sentence, written, verdict):
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    paper = f"Gym membership grows\n\n{sentence}\n"
    case = load_case(make_case(GROWTH_CASE, {"club.txt": GROWTH, "paper.txt": paper}))
    (found,) = [r for r in figure_records(case) if r["article"] == "paper" and r["text"] == written]
    assert found["verdict"] == verdict


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("New members are a decade older than before.", ["a decade"]),
        ("She spent a decade renting.", ["a decade"]),
        ("for about a decade", ["about a decade"]),
        ("The census is held once a decade.", []),  # how often, not how long
        ("a decade-long fight", []),
    ],
)
def test_a_decade_is_ten_years_wherever_it_stands(text, found):
    figures = [f for f in find_figures(text) if f.kind == "period"]
    assert [f.text for f in figures] == found
    assert all(f.comparable == find_figures("for ten years")[0].comparable for f in figures)


def test_a_decade_retold_is_the_primarys(make_case):
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    paper = "Gym membership grows\n\nNew members are now a decade older than the members of the 1990s, the federation said.\n"
    case = load_case(make_case(GROWTH_CASE, {"club.txt": GROWTH, "paper.txt": paper}))
    (found,) = [r for r in figure_records(case) if r["article"] == "paper" and r["text"] == "a decade"]
    assert found["verdict"] == "match"


def test_a_rounded_figure_told_as_it_stands_is_paired_with_the_new_value_not_the_earlier(make_case):
    figures = _figures(make_case, "Members older than ever\n\nThe median annual fee rose to nearly $650 in 2024.\n")
    found = figures["nearly $650"]
    assert (found["verdict"], found["primary_text"]) == ("rounded", "$640")
    assert "earlier value" not in found["explanation"]


def test_a_worked_change_of_an_amount_in_billions_is_written_in_billions(make_case):
    # The seventh review (2026-12-06, in-sample): "a change of “C$10,700,000,000.0 billion”"
    from conftest import paper_figures

    found = paper_figures(
        make_case,
        "Net assets rose to C$142.6 billion from C$131.9 billion a year earlier.",
        "Net assets reached C$142.6 billion, up around C$11bn on the year.",
    )
    assert "a change of “C$10.7 billion”" in found["around C$11bn"]["explanation"]
