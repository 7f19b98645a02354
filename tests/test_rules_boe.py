"""Rules written on the boe-2024 development case (issue 15), with invented texts of the same shape.

A central bank's governor is an official, not a politician; a quotation's sentence that names
and blames a party stays politicised whoever says it; "a quarter point" is 0.25 percentage
points; a place in an institution's name is not what a figure counts; and the reason for a
sentence with one weak word says which word it found.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside, institution_titles
from newslit.text.numbers import find_figures

BANK_CASE = """[case]
title = "A rate decision (invented)"
question = "What did the paper add?"
primary = "bank"

[[article]]
id = "bank"
file = "bank.txt"
outlet = "The Bank of Northland, its rate statement"

[[article]]
id = "paper"
file = "paper.txt"
outlet = "The paper"
"""

BANK = "Rates cut\n\nThe Committee voted to reduce the central bank rate by 0.25 percentage points, to 4%.\n"
GOVERNOR_QUOTED = (
    "Rates cut to 4%\n\n"
    "The central bank cut its rate by a quarter point to 4%.\n\n"
    "“Inflation has eased enough for us to cut today,” Governor Ann Hale said in a statement.\n"
)
UNION_QUOTED = (
    "Rates cut to 4%\n\n"
    "The central bank cut its rate by a quarter point to 4%.\n\n"
    "Union leader Sam Roe said: “This cut will give relief to families.\n\n"
    "“Working people did not cause inflation. They paid for the Conservatives’ failures.”\n"
)


def _paper_records(make_case, paper: str) -> dict[str, dict]:
    from newslit import load_case
    from newslit.analysis.framing.records import framing_records

    folder = make_case(BANK_CASE, {"bank.txt": BANK, "paper.txt": paper})
    return {r["sentence"][:12]: r for r in framing_records(load_case(folder)) if r["article"] == "paper"}


def test_a_central_banks_governor_quoted_is_not_a_politician(make_case):
    quoted = _paper_records(make_case, GOVERNOR_QUOTED)["“Inflation h"]
    assert quoted["aside"] != "politicised"
    assert "not a politician" in quoted["aside_reason"]


def test_a_governor_in_a_story_with_no_central_bank_is_still_a_politician():
    assert institution_titles(["The council will run the number 4 bus every ten minutes."]) == {}
    aside = classify_aside("“We are proud of the new buses,” Governor Ann Hale said in a statement.")
    assert aside.label == "politicised"


def test_a_quotation_that_blames_a_party_is_politicised_though_its_speaker_is_not_a_politician(make_case):
    records = _paper_records(make_case, UNION_QUOTED)
    assert records["Union leader"]["aside"] != "politicised"
    assert records["“Working peo"]["aside"] == "politicised"
    assert "Conservatives" in records["“Working peo"]["aside_reason"]


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("The bank cut rates by a quarter point to 4%.", "a quarter point", 0.25),
        ("It clinched the quarter-point drop.", "quarter-point", 0.25),
        ("A half-point cut is possible.", "A half-point", 0.5),
        ("They expect half a percentage point more.", "half a percentage point", 0.5),
        ("The rate fell by a quarter of a percentage point.", "a quarter of a percentage point", 0.25),
    ],
)
def test_a_fraction_of_a_point_is_read_in_percentage_points(text, written, value):
    found = [f for f in find_figures(text) if f.text == written]
    assert found and found[0].value == value and found[0].unit == "percentage points"


def test_a_quarter_of_people_is_still_a_share():
    assert [(f.text.lower(), f.kind) for f in find_figures("A quarter of adults agree.")] == [("a quarter", "ratio")]


def test_a_quarter_point_cut_matches_the_primarys_025_points(make_case):
    from newslit import load_case
    from newslit.analysis.figures import figure_records

    folder = make_case(BANK_CASE, {"bank.txt": BANK, "paper.txt": GOVERNOR_QUOTED})
    found = {r["text"]: r["verdict"] for r in figure_records(load_case(folder)) if r["article"] == "paper"}
    assert found["a quarter point"] == "match"


def test_a_place_in_a_banks_name_is_not_what_its_rate_counts():
    from newslit.analysis.figures.quantity import sentence_quantities

    text = "The Bank of England cut its rate to 5%."
    quantities = sentence_quantities(text, find_figures(text))
    assert all(not q.places for q in quantities)


def test_a_sentence_with_one_weak_word_says_which_word_it_found():
    reason = classify_aside("The government said the cut was welcome news.").reason
    assert "“government”" in reason and "not enough to decide" in reason
    assert "No politics" not in reason


def test_a_primary_figure_is_named_by_its_rate_not_by_the_verb_before_it():
    from newslit.analysis.figures.quantity import readable_words, sentence_quantities

    text = "The Committee voted to reduce Bank Rate by 0.25 percentage points, to 4%."
    figures = find_figures(text)
    named = {f.text: readable_words(q, f) for f, q in zip(figures, sentence_quantities(text, figures))}
    assert named["4%"] == "Bank Rate"  # as the Bank writes it (a name keeps its capitals)


def test_two_figures_whose_words_cannot_be_told_apart_are_not_said_to_count_the_same_thing():
    from dataclasses import replace

    from newslit.analysis.figures.quantity import conflicts, sentence_quantities

    mine_text, theirs_text = "The cut was finely balanced, with 5 votes in favour.", "Four members preferred to wait."
    mine, theirs = find_figures(mine_text)[0], find_figures(theirs_text)[0]
    ours = replace(sentence_quantities(mine_text, [mine])[0], words="affect")  # words that do not read as a thing
    why = conflicts(ours, sentence_quantities(theirs_text, [theirs])[0], mine, theirs)
    assert why and not any(w.startswith("it counts something else, not") for w in why)  # "…, not members" said nothing


def test_a_date_of_a_figure_the_primary_lacks_is_explained_in_plain_words(make_case):
    from newslit import load_case
    from newslit.analysis.figures import figure_records

    paper = (
        "Rates cut to 4%\n\nThe Committee voted to reduce the central bank rate by 0.25 percentage points, to 4%. "
        "Inflation fell to 3% in 2023.\n"
    )
    folder = make_case(BANK_CASE, {"bank.txt": BANK, "paper.txt": paper})
    dated = next(r for r in figure_records(load_case(folder)) if r["text"] == "2023")
    assert dated["verdict"] == "not_in_primary"
    assert dated["explanation"].startswith("In this sentence, “2023” is the date of “3%”.")
    assert (
        "could not match “3%” to the Bank of Northland's text, so it cannot check its date either"
        in dated["explanation"]
    )


KEPT_BANK = (
    "Rates cut\n\nThe Committee voted to reduce the central bank rate by 0.25 percentage points, to 4%. "
    "Four members preferred to maintain the central bank rate at 4.25%.\n"
)


@pytest.mark.parametrize(
    "paper",
    [
        "Rates cut\n\nThe central bank cut its rate to 4% from 4.25%.\n",
        "Rates cut\n\nThe central bank cut its rate to 4%. The rate had stood at 4.25% for a year.\n",
    ],
)
def test_the_rate_before_a_cut_matches_the_rate_a_minority_wanted_to_maintain(make_case, paper):
    from newslit import load_case
    from newslit.analysis.figures import figure_records

    folder = make_case(BANK_CASE, {"bank.txt": KEPT_BANK, "paper.txt": paper})
    found = {r["text"]: r["verdict"] for r in figure_records(load_case(folder)) if r["article"] == "paper"}
    assert found["4.25%"] == "match"


def test_a_rate_after_a_count_of_members_does_not_count_members():
    rate = find_figures("Four members preferred to maintain Bank Rate at 5.25%.")[1]
    assert (rate.text, rate.noun) == ("5.25%", None)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The committee voted 5-4 in favour of the cut.", "5-4"),
        ("The MPC voted by a majority of 5–4 to reduce Bank Rate.", "5–4"),
        ("The committee voted five to four.", "five to four"),
        ("The court's 6-3 ruling stands.", "6-3"),
    ],
)
def test_a_votes_tally_is_read_whole(text, written):
    (tally,) = [f for f in find_figures(text) if f.kind == "tally"]
    assert tally.text == written


def test_a_dash_between_numbers_with_no_vote_is_not_a_tally():
    assert all(f.kind != "tally" for f in find_figures("Prices rose 5-4 percent."))


def test_the_same_tally_matches_and_an_earlier_vote_is_not_accused(make_case):
    from newslit import load_case
    from newslit.analysis.figures import figure_records

    bank = "Rates cut\n\nThe Committee voted by a majority of 5–4 to reduce the central bank rate to 4%.\n"
    paper = "Rates cut\n\nThe central bank's committee voted 5-4 to cut its rate to 4%. A year ago it voted 6-3.\n"
    folder = make_case(BANK_CASE, {"bank.txt": bank, "paper.txt": paper})
    found = {r["text"]: r["verdict"] for r in figure_records(load_case(folder)) if r["article"] == "paper"}
    assert found["5-4"] == "match"
    assert found["6-3"] == "not_in_primary"  # another vote, a year earlier: no accusation


def test_the_decisions_tally_retold_wrong_is_changed(make_case):
    from newslit import load_case
    from newslit.analysis.figures import figure_records

    bank = "Rates cut\n\nThe Committee voted by a majority of 5–4 to reduce the central bank rate to 4%.\n"
    paper = "Rates cut\n\nThe central bank's committee voted 6-3 to cut its rate to 4%.\n"
    folder = make_case(BANK_CASE, {"bank.txt": bank, "paper.txt": paper})
    found = {r["text"]: r for r in figure_records(load_case(folder)) if r["article"] == "paper"}
    assert found["6-3"]["verdict"] == "changed" and "“5–4”" in found["6-3"]["explanation"]


def test_a_fraction_of_a_percentage_point_written_with_of_a_is_in_points():
    (cut, rate) = find_figures("cutting the rate by 0.25 of a percentage point to 5 percent")
    assert (cut.text, cut.value, cut.unit) == ("0.25 of a percentage point", 0.25, "percentage points")
    assert rate.unit == "%"


def test_a_target_to_keep_inflation_at_is_not_an_earlier_value():
    from newslit.analysis.figures.quantity import sentence_quantities

    text = "The bank aims to keep inflation at 2 percent, and four members wanted to keep the rate at 4.25%."
    figures = find_figures(text)
    baseline = {f.text: q.baseline for f, q in zip(figures, sentence_quantities(text, figures))}
    assert baseline["2 percent"] is False and baseline["4.25%"] is True


def test_a_tally_agrees_only_with_the_same_tally():
    from newslit.analysis.figures.compare import values_agree

    (five_four,) = find_figures("The committee voted 5-4.")
    (five_nil,) = find_figures("The committee voted 5-0.")
    (again,) = find_figures("by a majority of 5–4")
    assert values_agree(again, five_four) and not values_agree(five_nil, five_four)


@pytest.mark.parametrize(
    "text",
    [
        "The board voted to raise fees 3 to 4 percent.",
        "a majority of 18-29 year olds",
        "The vote on 3-4 June was close.",
        "Voting age is 18 to 21.",
    ],
)
def test_numbers_after_a_vote_with_a_unit_or_other_words_are_not_a_tally(text):
    assert all(f.kind != "tally" for f in find_figures(text))


# Two different numbers of one retold sentence that stand, as written, in one primary sentence.
IN_OTHER_WORDS = "Rates cut\n\nThe governor's casting vote clinched the quarter-point drop in the benchmark to 4%.\n"
ONE_NUMBER = "Rates cut\n\nThe governor's casting vote left the benchmark at 4%.\n"
OTHER_YEAR = "Rates cut\n\nIn 2019 a quarter-point drop in the benchmark took it to 4%.\n"


def _paper_figures(make_case, paper: str) -> dict[str, dict]:
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    folder = make_case(BANK_CASE, {"bank.txt": BANK, "paper.txt": paper})
    return {r["text"]: r for r in figure_records(load_case(folder)) if r["article"] == "paper"}


def test_two_numbers_of_one_primary_sentence_retold_in_other_words_are_its_figures(make_case):
    found = _paper_figures(make_case, IN_OTHER_WORDS)
    assert found["quarter-point"]["verdict"] == "match" and found["4%"]["verdict"] == "match"
    assert found["4%"]["primary_text"] == "4%"


def test_one_number_alone_in_other_words_stays_a_lead(make_case):
    found = _paper_figures(make_case, ONE_NUMBER)["4%"]
    assert found["verdict"] == "not_in_primary" and found["lead_text"] == "4%"


def test_company_does_not_cover_a_figure_the_primary_hedges(make_case):
    """The primary's "up to 5,000 jobs" and "20 plants": "5,000 workers were hired" does not retell the limit."""
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    primary = "Cuts\n\nUp to 5,000 jobs could go at the 20 plants.\n"
    paper = "Cuts\n\n5,000 workers were hired at the 20 plants.\n"
    folder = make_case(BANK_CASE, {"bank.txt": primary, "paper.txt": paper})
    found = {r["text"]: r for r in figure_records(load_case(folder)) if r["article"] == "paper"}
    assert found["5,000"]["verdict"] not in ("changed", "rounded")


def test_company_does_not_cover_another_period(make_case):
    found = _paper_figures(make_case, OTHER_YEAR)
    assert found["4%"]["verdict"] == found["a quarter-point"]["verdict"] == "not_in_primary"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Inflation should rise in the second half of this year.", "relative: second half of this year"),
        ("Growth slowed in the first half of 2024.", "2024-H1"),
    ],
)
def test_half_a_year_is_one_date_not_the_fraction_half(text, date):
    (figure,) = find_figures(text)
    assert (figure.kind, figure.date) == ("date", date)


def test_half_a_year_resolves_against_the_articles_day_and_is_said_in_words():
    import datetime as dt

    from newslit.analysis.figures.quantity import period_of, resolve_date

    (figure,) = find_figures("in the second half of this year")
    resolved = resolve_date(figure, dt.date(2024, 8, 1))
    assert resolved.date == "2024-H2"
    assert period_of(resolved).words() == "in the second half of 2024"


def test_half_of_the_year_in_a_retelling_is_not_the_fraction_half(make_case):
    found = _paper_figures(
        make_case, "Rates cut\n\nThe Committee expects 4% inflation in the second half of the year.\n"
    )
    assert "half" not in found  # not the fraction one half


def test_a_quarter_point_and_a_fall_are_the_primarys_words_for_the_provenance_engine():
    from newslit.analysis.provenance import unify_units
    from newslit.text.tokens import concepts

    assert unify_units("a quarter-point cut") == "0.25 point cut"
    assert unify_units("half a percentage point") == "0.5 point"
    assert set(concepts("the rate fell")) == set(concepts("the rate was lowered")) == set(concepts("reducing the rate"))


@pytest.mark.parametrize(
    "paper",
    [
        "Rates cut to 4%\n\nThe central bank has announced its first cut for over four years, to 4%.\n",
        "Rates cut to 4%\n\nThe central bank’s first rate cut in four years took the rate to 4%.\n",
    ],
)
def test_a_first_after_a_possessive_is_a_claim_to_check(make_case, paper):
    # "its first cut" says what "the first cut" says: a history the statement does not give
    found = _paper_figures(make_case, paper)
    assert found["first"]["verdict"] == "not_in_primary"


def test_a_season_dates_a_figure_and_is_listed_to_check(make_case):
    # "last summer" says when the rate peaked: the statement gives no such date
    found = _paper_figures(make_case, "Rates cut to 4%\n\nThe central bank rate reached a peak of 4.25% last summer.\n")
    assert found["last summer"]["verdict"] == "not_in_primary"


def test_how_long_after_for_is_listed_to_check(make_case):
    # "after a year of high borrowing costs" says how long: the statement gives no such span
    found = _paper_figures(
        make_case, "Rates cut to 4%\n\nThe cut brings relief after a year of high borrowing costs, to 4%.\n"
    )
    assert found["a year"]["verdict"] == "not_in_primary"


INFLATION_RELEASE = (
    "Twelve-month CPI inflation was at the 2% target in both May and June. CPI inflation is expected to increase"
    " to around 2¾% in the second half of this year."
)


@pytest.mark.parametrize(
    "paper, figure",
    [
        ("Inflation fell back to 2% in May and June after the war in Ukraine.", "2%"),  # "back" is no noun
        ("Inflation is expected to rise once again to 2.75% this year, the bank said.", "2.75%"),
    ],
)
def test_the_adverb_and_the_verb_before_a_figure_do_not_name_what_it_counts(make_case, paper, figure):
    # "fell back to", "to rise once again to": inflation is what moved, not "back" or "rise"
    from conftest import paper_figures

    found = paper_figures(make_case, INFLATION_RELEASE, paper, published="2024-08-01")
    assert found[figure]["verdict"] == "match"


def test_a_forecast_retold_as_what_someone_expects_is_the_forecast(make_case):
    # "Policymakers expect inflation to rise to": the outlet tells it as an expectation, not as fact
    from conftest import paper_figures

    paper = "Policymakers expect inflation to rise to around 2.75 percent in the second half of the year."
    found = paper_figures(make_case, INFLATION_RELEASE, paper, published="2024-08-01")
    assert found["around 2.75 percent"]["verdict"] == "match"


def test_a_forecast_retold_as_fact_is_still_a_lead(make_case):
    # "Inflation stood at 2.75%": the outlet tells as a level what the release only expects
    from conftest import paper_figures

    paper = "Inflation stood at 2.75% in the second half of the year, the bank said."
    found = paper_figures(make_case, INFLATION_RELEASE, paper, published="2025-01-10")
    assert found["2.75%"]["verdict"] == "not_in_primary"
    assert "forecast" in found["2.75%"]["explanation"]


def test_a_government_promising_difficult_decisions_on_the_finances_is_politics():
    # boe-2024's lbc (development case, in-sample): the government's own words for cuts to come
    told = 'The government said the rate cut was "welcome news" but still needed to take "difficult decisions".'
    assert classify_aside(told).label == "politicised"
    assert classify_aside("The board made difficult decisions about jobs.").label != "politicised"
