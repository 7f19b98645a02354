"""A figure in another currency is never called changed, and the primary is called by its name.

Seen on the fourth validation case (ofcom-2025-10) after its one measurement: a wire gave a
£20,000 fine as "$26,644" and the engine said the outlet had changed the figure. Converting
needs the day's exchange rate, which a primary rarely gives, so the engine cannot tell a
right conversion from a wrong one: it says so, and points to the pound figure as the lead.
Every text here is invented.
"""

from __future__ import annotations

import pytest

from newslit import load_case
from newslit.analysis.figures import figure_records
from newslit.analysis.figures.primary import primary_figures
from newslit.text.numbers import find_figures

from conftest import REPO, paper_figures, write_retold_case

CASES = sorted(p.parent.name for p in (REPO / "tests" / "cases").glob("*/case.toml"))

UPDATE = (
    "Regulator fines forum (invented test update)\n\n"
    "The regulator has issued a £20,000 fine against an online forum for failing to answer its requests.\n"
)
TOML = """[case]
title = "A forum fined (invented)"
question = "Which figures did the outlets keep?"
primary = "{pid}"

[[article]]
id = "{pid}"
file = "update.txt"
outlet = "{outlet}"
published = 2025-10-13

"""
RETOLD = [
    "The regulator fined the forum 20,000 pounds ($26,644) for failing to answer its requests.",
    "The regulator fined the forum £20,000 for failing to answer its requests.",
    "The regulator fined the forum £25,000 for failing to answer its requests.",
]


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forum")
    toml = TOML.format(pid="watchdog", outlet="Watchdog (the online safety regulator)")
    write_retold_case(folder, toml, ("update.txt", UPDATE), RETOLD, "Forum news", "2025-10-13")
    return figure_records(load_case(folder))


def test_an_amount_in_another_currency_cannot_be_checked_and_says_why(records):
    (dollars,) = [r for r in records if r["text"] == "$26,644"]
    assert dollars["verdict"] == "not_in_primary"
    assert dollars["lead_text"] == "£20,000"
    assert "exchange rate" in dollars["explanation"]
    assert "not the same quantity" not in dollars["explanation"]  # it may well be the same fine


def test_the_same_fine_in_dollars_says_first_that_it_cannot_be_converted(tmp_path):
    retold = ["The regulator has issued a $26,644 fine against an online forum for failing to answer its requests."]
    toml = TOML.format(pid="watchdog", outlet="Watchdog (the online safety regulator)")
    folder = write_retold_case(tmp_path, toml, ("update.txt", UPDATE), retold, "Forum news", "2025-10-13")
    (record,) = figure_records(load_case(folder))
    assert record["verdict"] == "not_in_primary"
    assert record["explanation"].startswith("Watchdog gives the amount in pounds (“£20,000”), not in dollars.")
    assert "may have added it" not in record["explanation"]


def test_the_same_amount_in_pounds_still_matches(records):
    (pounds,) = [r for r in records if r["article"] == "r1"]
    assert (pounds["text"], pounds["verdict"]) == ("£20,000", "match")


def test_the_primary_is_called_by_its_name_when_its_id_is_that_name(tmp_path):
    toml = TOML.format(pid="ofcom", outlet="Ofcom (the UK communications regulator)")
    folder = write_retold_case(tmp_path, toml, ("update.txt", UPDATE), RETOLD, "News", "2025-10-13")
    explanations = [r["explanation"] for r in figure_records(load_case(folder))]
    assert explanations and all("OFCOM" not in e for e in explanations)
    assert any(e.startswith("Ofcom gives") or "Ofcom's" in e for e in explanations)
    other = tmp_path / "other"
    other.mkdir()
    toml = TOML.format(pid="rgltr", outlet="The Regulator")
    folder = write_retold_case(other, toml, ("update.txt", UPDATE), RETOLD[2:], "News", "2025-10-13")
    (record,) = figure_records(load_case(folder))
    # an id that is not the name's initials is no abbreviation: the name is used ("the FED" was the Federal Reserve)
    assert "RGLTR" not in record["explanation"] and "in the Regulator's text" in record["explanation"]
    initials = tmp_path / "initials"
    initials.mkdir()
    toml = TOML.format(pid="nrb", outlet="National Regulatory Board")
    folder = write_retold_case(initials, toml, ("update.txt", UPDATE), RETOLD[2:], "News", "2025-10-13")
    (record,) = figure_records(load_case(folder))
    assert "in the NRB's text" in record["explanation"]  # initials: an abbreviation


def test_an_amount_read_without_its_currency_is_not_said_to_be_missing(tmp_path):
    # as a wire wrote it: the singular "pound" is not read as money ("a 500 pound bomb" is a weight)
    retold = ["LONDON, Oct 13 - Britain said it had issued the forum with a 20,000 pound ($26,644) fine."]
    toml = TOML.format(pid="watchdog", outlet="Watchdog (the online safety regulator)")
    folder = write_retold_case(tmp_path, toml, ("update.txt", UPDATE), retold, "Forum news", "2025-10-13")
    by_text = {r["text"]: r for r in figure_records(load_case(folder))}
    assert "could not match" not in by_text["20,000"]["explanation"]
    assert by_text["20,000"]["explanation"].startswith("Watchdog gives “£20,000”, the same number as “20,000”")
    assert by_text["Oct 13"]["verdict"] == "match"  # the dateline is a date, not a count of 13


def test_the_same_number_counting_something_else_is_never_said_to_be_missing(tmp_path):
    retold = ["Supporters of the forum said they had raised £20,000 for its legal defence in the United States."]
    toml = TOML.format(pid="watchdog", outlet="Watchdog (the online safety regulator)")
    folder = write_retold_case(tmp_path, toml, ("update.txt", UPDATE), retold, "Forum news", "2025-10-13")
    (record,) = figure_records(load_case(folder))
    assert (record["verdict"], record["lead_text"]) == ("not_in_primary", "£20,000")
    assert "could not match" not in record["explanation"]  # it does give one: that sentence would be false
    assert record["explanation"].startswith("Watchdog gives “£20,000” too, but")
    # the badge says "not in the primary": the words say why, not that the number is missing
    assert "so the engine cannot check it and does not call it a match" in record["explanation"]
    assert "decide whether they count the same thing" in record["explanation"]


@pytest.mark.parametrize("folder", ["seeds", *CASES])
def test_no_explanation_says_a_figure_is_missing_that_the_primary_gives_as_written(folder):
    case = load_case(REPO / folder if folder == "seeds" else REPO / "tests" / "cases" / folder)
    given = {
        (p.figure.kind, p.figure.unit, p.figure.date or p.figure.comparable)
        for p in primary_figures(case)
        if p.sentence is not None and not p.figure.vague
    }
    for record in figure_records(case):
        if f"could not match “{record['text']}”" in (record["explanation"] or ""):
            (figure,) = [f for f in find_figures(record["sentence"]) if f.text == record["text"]][:1] or [None]
            if figure is not None and not figure.vague:
                assert (figure.kind, figure.unit, figure.date or figure.comparable) not in given, record["explanation"]


CANADIAN_RELEASE = (
    "The Bureau said today that the company was fined $50 million by the court. "
    "It is the highest fine of its kind. The company pleaded guilty to four counts."
)


def test_a_bare_dollar_sign_is_any_countrys_dollar_so_a_canadian_amount_retold_in_can_dollars_matches(make_case):
    records = paper_figures(make_case, CANADIAN_RELEASE, "The company was fined Can$50 million (US$38 million).")
    assert records["Can$50 million"]["verdict"] == "match"


def test_the_same_amount_in_another_countrys_dollars_is_never_changed(make_case):
    records = paper_figures(make_case, CANADIAN_RELEASE, "The company was fined Can$50 million (US$38 million).")
    assert records["US$38 million"]["verdict"] == "not_in_primary"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("₹2.10 lakh crore", 2.1e12),  # a lakh of crores: 100,000 × 10,000,000
        ("Rs 43,846 crore", 4.3846e11),
        ("Rs. 5 crore", 5e7),
        ("₹2,10,267 crore", 2.10267e12),  # digits grouped the Indian way, then crores
        ("INR 2.1 lakh crore", 2.1e12),
        ("two lakh crore rupees", 2e12),
        ("Rs 2.10 trillion", 2.1e12),
    ],
)
def test_rupees_in_lakhs_and_crores_are_read_as_money(written, value):
    (figure,) = find_figures(f"Collections were {written} in April.")[:1]
    assert (figure.text, figure.kind, figure.unit) == (written, "money", "INR")
    assert figure.value == pytest.approx(value)


def test_a_percent_written_onto_its_number_is_read():
    (figure,) = find_figures("Domestic collections grew 13.4per cent.")
    assert (figure.text, figure.value, figure.unit) == ("13.4per cent", 13.4, "%")


def test_mrs_is_no_rupee():
    assert [f.kind for f in find_figures("Mrs 5 children were there.")] == ["count"]


GST_RELEASE = "Gross GST collections for April 2024 stood at ₹2.10 lakh crore, a 12.4% rise."


def test_the_same_sum_in_rupees_written_another_way_matches(make_case):
    records = paper_figures(make_case, GST_RELEASE, "GST collections hit Rs 2,10,000 crore in April 2024.")
    assert (records["Rs 2,10,000 crore"]["verdict"], records["Rs 2,10,000 crore"]["primary_text"]) == (
        "match",
        "₹2.10 lakh crore",
    )
