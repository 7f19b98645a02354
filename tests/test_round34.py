"""A small count told with the names it counts, found on the development case pfas-2024 (ninth session of 2026-12-07).

"two of the chemicals — PFOA or PFOS" counts two names the EPA's rule gives ("MCLGs for PFOA and PFOS at zero")
without printing the number: the count is the rule's, and the key calls it a match. The rule is written on the
development cases (in-sample there: pfas-2024's two such counts); it fired on no validation case. The sentences below
are invented in the same shapes.
"""

from __future__ import annotations

import pytest

from newslit.analysis.figures.listed import listed_names
from newslit.text.numbers import find_figures

RULE = (
    "The agency set limits for PFOA and PFOS at 4.0 parts per trillion. Separate limits apply to PFNA, PFHxS and "
    "GenX chemicals."
)


def _figure(make_case, release: str, paper: str, written: str, **case) -> dict:
    """The record of the figure ``written`` in the invented retelling ``paper`` of ``release``."""
    from conftest import paper_figures

    return paper_figures(make_case, release, paper, **case)[written]


def _count(text: str, written: str):
    return next(f for f in find_figures(text) if f.text == written)


@pytest.mark.parametrize(
    ("text", "written", "names"),
    [
        ("Utilities must remove two of the chemicals — PFOA or PFOS — within five years.", "two", ["PFOA", "PFOS"]),
        ("Two types of those substances, PFOA and PFOS, will be limited.", "Two", ["PFOA", "PFOS"]),
        ("Three other chemicals: PFNA, PFHxS and GenX, face limits.", "Three", ["PFNA", "PFHxS", "GenX"]),
    ],
)
def test_a_count_followed_by_as_many_names_lists_them(text, written, names):
    assert listed_names(text, _count(text, written)) == names


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Three of the chemicals, PFOA and PFOS, were limited.", "Three"),  # two names for a count of three
        ("Two of the illnesses, cancer and asthma, were studied.", "Two"),  # common words, not names
        ("Two of the chemicals were limited, the agency said.", "Two"),  # no list at all
        ("About two chemicals, PFOA and PFOS, were limited.", "About two"),  # a hedged count is not a list's count
    ],
)
def test_anything_else_is_no_list(text, written):
    assert listed_names(text, _count(text, written)) == []


def test_a_count_of_names_the_primary_gives_is_a_match(make_case):
    paper = "Utilities will have five years to remove two of the chemicals — PFOA or PFOS — from drinking water."
    found = _figure(make_case, RULE, paper, "two", outlet="The EPA")
    assert found["verdict"] == "match", found["explanation"]
    assert found["primary_text"] == "PFOA and PFOS"
    assert "names PFOA and PFOS as well" in found["explanation"], found["explanation"]


def test_a_name_the_primary_never_gives_leaves_the_count_unchecked(make_case):
    paper = "Utilities will have five years to remove two of the chemicals — PFOA or PFBS — from drinking water."
    found = _figure(make_case, RULE, paper, "two", outlet="The EPA")
    assert found["verdict"] == "not_in_primary", found["explanation"]


# ---- the 34th review (ninth session): written by helpers who never saw the code, measured first on every rule above
# (figures 236 of 306, accusations right 15 of 16; politicised recall 21 of 30, precision 21 of 21; provenance 62 of
# 77). The rules below were written on its errors (in-sample there); the sentences are invented in the same shapes.


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("Renewable infrastructure investments returned -9.6 percent.", "-9.6 percent", "%"),
        ("Renewable infrastructure investments returned -9.6%.", "-9.6%", "%"),  # was not read at all
        ("The rate moved by -0.5 percentage points.", "-0.5 percentage points", "percentage points"),
    ],
)
def test_a_minus_before_a_percentage_is_a_fall_of_that_percentage(text, written, unit):
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert (figure.kind, figure.value, figure.unit, figure.change) == (
        "percent",
        9.6 if unit == "%" else 0.5,
        unit,
        "down",
    )


def test_a_signed_count_stays_a_count():
    (figure,) = find_figures("The balance changed by -3,200.")
    assert (figure.text, figure.kind, figure.change) == ("-3,200", "count", "down")


@pytest.mark.parametrize("text", ["Prices were 10-15% higher.", "Prices were 10-15 per cent higher."])
def test_both_ends_of_a_hyphenated_range_of_percentages_are_read(text):
    assert [(f.kind, f.value) for f in find_figures(text)] == [("percent", 10.0), ("percent", 15.0)]


def test_a_fall_told_as_a_negative_return_is_the_same_figure(make_case):
    release = (
        "Equity investments returned 18.1 percent, fixed-income investments returned 1.9 percent and unlisted "
        "renewable energy infrastructure investments returned -9.6 percent."
    )
    paper = "Stocks gained 18.1%, while its renewable energy infrastructure investments fell 9.6%."
    found = _figure(make_case, release, paper, "9.6%", outlet="The Fund")
    assert found["verdict"] == "match", found["explanation"]  # was "changed", against the 18.1% of equities


@pytest.mark.parametrize(
    "sentence",
    [
        "Economists blame the gap on the government of Pedro Castillo, whose chaos paralysed the economy.",
        "“We lost years,” said Jorge Valdivia, a former vice-minister of economy.",
        "The Minister for Health, Jo Hale, said the figures were worrying.",
        "The figures come as the Aliança Democrática (AD) government prepares its budget.",
    ],
)
def test_politics_named_in_these_ways_is_politics(sentence):
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside(sentence)
    assert aside is not None and aside.label == "politicised", aside and aside.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The government of Sierra Leone said the figures were worrying.",  # a country, not a leader
        "The government of New Zealand said the figures were worrying.",
        "The ministry of health said the figures were worrying.",  # a ministry is no minister
        "The National Health Service (NHS) administration said the figures were worrying.",  # initials of no party
    ],
)
def test_a_country_a_ministry_or_a_body_is_not(sentence):
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside(sentence)
    assert aside is None or aside.label != "politicised", aside.reason


RELEASE = (
    "The Agency is finalising limits for six chemicals in drinking water. It proposed the limits in March 2023. "
    "Utilities will have five years to comply."
)


def _provenance(make_case, paper: str) -> dict:
    from newslit import load_case
    from newslit.analysis.provenance import provenance_records

    from conftest import primary_and_paper

    folder = make_case(
        primary_and_paper("t", "agency", "The Agency", "2024-04-10", "2024-04-11"),
        {"agency.txt": f"Release\n\n{RELEASE}\n", "paper.txt": f"News\n\n{paper}\n"},
    )
    return provenance_records(load_case(folder))[-1]


def test_a_reaction_to_the_news_is_added_however_close_its_words(make_case):
    found = _provenance(
        make_case,
        "Opening line. Health campaigners have praised the Agency for keeping the limits it proposed in 2023.",
    )
    assert found["label"] == "added" and found["reaction"] == "praised"
    assert "how someone reacted to the news (“praised”)" in found["added_reason"]


def test_the_primarys_own_strong_word_is_no_reaction(make_case):
    found = _provenance(
        make_case, "Opening line. The Agency's report has slammed utilities for the chemicals in drinking water."
    )
    assert found["reaction"] is None


def test_the_figures_of_a_reaction_are_still_checked(make_case):
    paper = "Opening line. Campaigners have praised the Agency for keeping the limits it proposed in March 2023."
    found = _figure(make_case, RELEASE, paper, "March 2023", outlet="The Agency", published="2024-04-10")
    assert found["verdict"] == "match", found["explanation"]


def test_two_reasons_read_as_two(make_case):
    release = "The agency forecasts that exports will grow by 4.1% in 2026."
    paper = "Exports grew 4.1% in 2024 as demand from Germany picked up."
    found = _figure(make_case, release, paper, "4.1%", outlet="The Agency", published="2025-03-01")
    assert found["verdict"] == "not_in_primary"
    assert "; also, " in found["explanation"] and "the period is different" in found["explanation"], found[
        "explanation"
    ]


def test_people_and_individuals_count_the_same_people():
    from newslit.analysis.figures.quantity import nouns_differ
    from newslit.text.numbers import Figure

    people = Figure("8.2 million", 0, 11, "count", 8.2e6, noun="people")
    individuals = Figure("8.2 million", 0, 11, "count", 8.2e6, noun="individuals")
    households = Figure("8.2 million", 0, 11, "count", 8.2e6, noun="households")
    assert not nouns_differ(people, individuals)
    assert nouns_differ(people, households)


def test_three_digits_kept_from_a_rounding_name_the_figure_rounded(make_case):
    release = "At the end of the year, the fund's market value was 19,744 billion kroner. The return was 13.2 percent."
    paper = "Its holdings are now worth 19.74 trillion kroner, after a year of strong markets."
    found = _figure(make_case, release, paper, "19.74 trillion kroner", outlet="The Fund")
    assert found["verdict"] == "rounded", found["explanation"]


def test_a_rounding_two_primary_figures_share_stays_a_lead(make_case):
    release = "Exports were 19,744 billion kroner. Imports were 19,738 billion kroner."
    paper = "Its holdings are now worth 19.74 trillion kroner, after a year of strong markets."
    found = _figure(make_case, release, paper, "19.74 trillion kroner", outlet="The Fund")
    assert found["verdict"] == "not_in_primary", found["explanation"]


# ---- the 35th review (ninth session), measured first on every rule above: provenance 89 of 109, politicised recall
# 18 of 26 (precision 18 of 18). The two rules below were written on it (in-sample there).


def test_a_number_in_thousands_written_out_is_that_number():
    from newslit.analysis.provenance import unify_units

    assert unify_units("employment increased by 47 thousand") == "employment increased by 47000"
    assert unify_units("thousands of people") == "thousands of people"  # no number: nothing to write out


def test_a_copy_of_a_count_in_thousands_is_copied(make_case):
    from newslit import load_case
    from newslit.analysis.provenance import provenance_records

    from conftest import primary_and_paper

    release = "In March 2025, the number of employed persons increased by 47 thousand compared with February."
    paper = "Opening line. The number of employed persons increased by 47,000 compared with February, the agency said."
    folder = make_case(
        primary_and_paper("t", "agency", "ISTAT", "2025-04-30", "2025-04-30"),
        {"agency.txt": f"Release\n\n{release}\n", "paper.txt": f"News\n\n{paper}\n"},
    )
    found = provenance_records(load_case(folder))[-1]
    assert found["label"] == "copied", found  # was reworded: "47,000" did not meet "47 thousand"


@pytest.mark.parametrize(
    ("sentence", "politicised"),
    [
        ("Her father, former premier Thaksin Shinawatra, said the bank was an obstacle.", True),
        ("It is a premier brand, Jo Hale said.", False),  # an adjective, no office
    ],
)
def test_a_premier_in_lower_case_with_a_name_is_a_politician(sentence, politicised):
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside(sentence)
    assert (aside is not None and aside.label == "politicised") == politicised, aside and aside.reason


def test_the_same_rise_counted_against_another_time_is_changed(make_case):
    release = "In October alone, exports were US$36.47 billion, up 10.2% from the previous month."
    paper = "Exports in October alone climbed to $36.47 billion, up 10.2% year-on-year."
    found = _figure(make_case, release, paper, "10.2%", outlet="Vietnam Customs", published="2024-11-06")
    assert found["verdict"] == "changed", found["explanation"]
    assert "compared with a year earlier, the Vietnam Customs' with a month earlier" in found["explanation"]


@pytest.mark.parametrize(
    ("release", "paper", "written", "verdict"),
    [
        (  # the same rise counted against the same time, in other words
            "Exports were US$335.63 billion, up 14.9% over the same period last year.",
            "Vietnam's exports rose 14.9% year-on-year to $335.6 billion.",
            "14.9%",
            "match",
        ),
        (  # a bare "$" rounding to four digits meets the "US$" figure
            "Exports reached US$335.63 billion, while imports reached US$312.24 billion.",
            "Shipments abroad were strong, and purchases grew 15.8% to $312.2 billion.",
            "$312.2 billion",
            "rounded",
        ),
    ],
)
def test_a_customs_release_retold_faithfully_is_not_accused_of_a_change(make_case, release, paper, written, verdict):
    found = _figure(make_case, release, paper, written, outlet="Vietnam Customs", published="2024-11-06")
    assert found["verdict"] == verdict, found["explanation"]


@pytest.mark.parametrize(
    ("sentence", "politicised"),
    [
        ("This is what Robert Fico's consolidation package looks like at the till.", True),
        ("Lenders check each applicant's FICO score before a loan.", False),  # a credit score, not the prime minister
    ],
)
def test_a_head_of_government_by_full_name_is_a_guess_of_politics(sentence, politicised):
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside(sentence)
    assert (aside is not None and aside.label == "politicised") == politicised, aside and aside.reason


# ---- the 36th review (ninth session), measured once on every rule above before these were written: figures 242 of
# 287, accusations right 17 of 20; politicised recall 27 of 32, precision 26 of 30; provenance 99 of 109. In-sample.


@pytest.mark.parametrize(
    ("paper", "written", "words"),
    [
        (
            "The move brings total easing to 275 basis points since September 2023, when the reference rate stood "
            "at 7.75%.",
            "7.75%",
            "when the reference rate stood at",
        ),
        ("The rate is now 5%, down from a peak of 7.75%.", "7.75%", None),  # a lead already: another reason says so
    ],
)
def test_a_past_level_is_a_lead_never_a_change(make_case, paper, written, words):
    release = "The Board approved to reduce the reference interest rate by 25 basis points to 5.00 per cent."
    found = _figure(make_case, release, paper, written, outlet="The Central Bank")
    assert found["verdict"] == "not_in_primary", found["explanation"]
    assert words is None or f"as it was at an earlier time (“{words}”)" in found["explanation"]


def test_the_size_of_something_compared_with_is_a_lead_never_a_change(make_case):
    release = "Between 1 January and 15 October 2024, 6,213 rural fires burnt 137,560 hectares."
    paper = "That is an area almost the size of Greater London, which covers around 157,000 hectares."
    found = _figure(make_case, release, paper, "around 157,000", outlet="The Forestry Agency")
    assert found["verdict"] == "not_in_primary", found["explanation"]


@pytest.mark.parametrize(
    ("retold", "primary"),
    [
        (
            "The energy minister said the schedules would be reviewed every week depending on river flows.",
            "The Minister of Energy and Mines stated that the schedules will be reviewed every week.",
        ),
        (
            "Under the target set by the Health Minister, no patient should wait longer than 52 weeks.",
            "The ministerial target states that no patient should wait longer than 52 weeks.",
        ),
    ],
)
def test_the_primarys_own_minister_told_with_a_portfolio_adds_no_politics(retold, primary):
    from newslit.analysis.framing.asides import classify_insertion

    assert classify_insertion(retold, primary) is None


def test_another_minister_still_does():
    from newslit.analysis.framing.asides import classify_insertion

    aside = classify_insertion(
        "The finance minister said the deficit would fall.",
        "The Minister of Energy and Mines stated that it will fall.",
    )
    assert aside is not None and aside.label == "politicised"


@pytest.mark.parametrize(
    ("sentence", "politicised"),
    [
        ("Members of the Royal College of Nursing are being balloted on industrial action over pay.", False),
        ("“The government did nothing,” said assembly member Patricia Mendoza.", True),
    ],
)
def test_a_union_ballot_is_no_election_and_an_assembly_member_is_a_politician(sentence, politicised):
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside(sentence)
    assert (aside is not None and aside.label == "politicised") == politicised, aside and aside.reason
