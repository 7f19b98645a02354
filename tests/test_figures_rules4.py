"""Figure rules written on the asylum-accommodation development case (issue 15), each on a small invented text.

An amount more or less than another ("£46 million more than hotels") is a difference, not the
amount itself; "up to" reaches down only as far as "more than" reaches up; a figure given by
someone disputing the primary is their own count, never the primary's figure changed; two
figures that name different things ("bases", "sites") are not one quantity however alike the
sentences; a rough amount of pounds is money.
"""

from __future__ import annotations

import pytest

from newslit import load_case
from newslit.analysis.figures import figure_records
from newslit.text.numbers import find_figures

from conftest import write_retold_case

REPORT = (
    "Temporary schools will cost more than renting (invented test report)\n\n"
    "The ministry expects its temporary schools programme to cost £1.2 billion.\n\n"
    "By the end of March, the ministry expects to have spent at least £230 million on four large sites.\n\n"
    "The ministry first assessed that the sites would be around £94 million cheaper than renting. "
    "Its latest estimates suggest they will cost £46 million more than renting.\n"
)

# name -> (sentence of a retelling, figure as written, verdicts it may get, primary figure it may be paired with)
RETOLD = {
    "a_difference_is_not_the_total": (
        "The audit office found the plans could eventually cost up to £1.2bn more than renting.",
        "up to £1.2bn",
        ("not_in_primary",),
        None,
    ),
    "a_difference_is_the_difference": (
        "Overall the audit office found it had worked out at £46million more expensive.",
        "£46million",
        ("match",),
        "£46 million",
    ),
    "a_disputed_figure_is_someone_elses": (
        "The ministry disputed the figures and said that by its own rules the sites are £153million cheaper than renting.",
        "£153million",
        ("not_in_primary",),
        None,
    ),
    "other_things_named_are_not_the_sites": (
        "The programme uses a barge, two former army bases and an old hostel, the audit office said.",
        "two",
        ("not_in_primary",),
        None,
    ),
    "rough_pounds_are_money": (
        "The temporary schools will cost tens of millions of pounds more than renting, the audit office found.",
        "tens of millions",
        ("rounded",),
        "£46 million",
    ),
}

TOML = """[case]
title = "Temporary schools (invented)"
question = "Which figures did the outlets keep?"
primary = "office"

[[article]]
id = "office"
file = "office.txt"
outlet = "The Audit Office (report summary)"
published = 2024-03-20

"""


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("schools")
    sentences = [s for s, *_ in RETOLD.values()]
    write_retold_case(folder, TOML, ("office.txt", REPORT), sentences, "School news", "2024-03-20")
    return figure_records(load_case(folder))


@pytest.mark.parametrize("name", RETOLD)
def test_each_retold_figure_is_judged_against_the_right_quantity(records, name):
    _, written, verdicts, primary = RETOLD[name]
    (record,) = [r for r in records if r["article"] == f"r{list(RETOLD).index(name)}" and r["text"] == written]
    assert record["verdict"] in verdicts, record["explanation"]
    assert record["primary_text"] == primary


def test_up_to_does_not_agree_with_anything_smaller():
    from newslit.analysis.figures.compare import values_agree

    (up_to,) = find_figures("It could cost up to £1.2bn.")
    (small,) = find_figures("It cost £230 million.")
    (close,) = find_figures("It cost £1 billion.")
    assert not values_agree(up_to, small)
    assert values_agree(up_to, close)


def test_a_rough_amount_of_pounds_is_money_and_pounds_is_not_what_it_counts():
    (figure,) = find_figures("It is costing tens of millions of pounds more.")
    assert (figure.kind, figure.unit, figure.noun) == ("money", "GBP", None)
    (weight,) = find_figures("Millions of pounds of plastic were dumped.")
    assert weight.kind == "count"


def test_a_watchdog_named_by_the_parliament_it_answers_to_is_not_politics():
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside("The plan is costing more than renting, parliament's spending watchdog has found.")
    assert aside.label != "politicised", aside.reason
    assert classify_aside("Parliament voted down the plan after a bitter debate.").label == "politicised"


def test_the_key_pairs_a_hedged_figure_and_a_quoted_sentence():
    from newslit.analysis.figures.key import key_matches

    record = {"article": "a", "sentence": "So far just two of the sites are open.", "text": "just two"}
    assert key_matches(record, {"article": "a", "sentence": "So far just two", "text": "two of the sites"})
    quoted = {"article": "a", "sentence": "'The ministry first assessed it,' he said.", "text": "£94million"}
    assert key_matches(quoted, {"article": "a", "sentence": "The ministry first assessed", "text": "£94million"})


RATE = (
    "Bank Rate reduced to 5% (invented test summary)\n\n"
    "The committee voted by a majority of 5-4 to reduce Bank Rate by 0.25 percentage points, to 5%. "
    "Four members preferred to maintain Bank Rate at 5.25%.\n"
)


def test_the_same_value_is_preferred_to_one_it_would_round(tmp_path):
    # written on the Bank of England development case: "5 per cent" is the new rate, not the old 5.25% rounded
    toml = TOML.replace("Temporary schools (invented)", "Rates (invented)")
    sentence = "The bank played down hopes after its committee voted to cut rates from 5.25 per cent to 5 per cent."
    write_retold_case(tmp_path, toml, ("office.txt", RATE), [sentence], "Rate news", "2024-08-01")
    (record,) = [r for r in figure_records(load_case(tmp_path)) if r["text"] == "5 per cent"]
    assert (record["verdict"], record["primary_text"]) == ("match", "5%")
