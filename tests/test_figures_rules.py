"""Figure rules written on the development cases (issue 15), each on a small invented text.

A retold figure more exact than the primary's is not a change; scale words written onto the
digits ("1.18million"); "yesterday" and "last night" as dates, checked with what they date;
multiples ("more than three times", "trebled") and "an extra million" as figures.
"""

from __future__ import annotations

import pytest

from newslit import load_case
from newslit.analysis.figures import figure_records
from newslit.text.numbers import find_figures, parse_number

from conftest import write_retold_case

RELEASE = (
    "Arrivals, year to June 2023 (invented test release)\n\n"
    "The estimated number of arrivals in the year to June 2023 was 1.2 million, while departures were 508,000.\n"
)

# name -> (sentence of a retelling published the day after the release, figure as written, verdict)
RETOLD = {
    "more_exact_than_the_primary": (
        "The agency estimates 1.18 million arrivals in the year to June 2023.",
        "1.18 million",
        "match",
    ),
    "more_exact_and_written_without_a_space": (
        "The agency estimates 1.18million arrivals in the year to June 2023.",
        "1.18million",
        "match",
    ),
    "yesterday_is_the_release_day": (
        "The agency yesterday said the number of arrivals in the year to June 2023 was 1.2 million.",
        "yesterday",
        "match",
    ),
    "yesterday_dates_another_event": (
        "The minister's office yesterday admitted that the queues at the border were too long.",
        "yesterday",
        "not_in_primary",
    ),
}

TOML = """[case]
title = "Arrivals (invented)"
question = "Which figures did the outlets keep?"
primary = "release"

[[article]]
id = "release"
file = "release.txt"
outlet = "The agency"
published = 2023-11-23

"""


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("arrivals")
    sentences = [*(s for s, _, _ in RETOLD.values()), WRONG]
    write_retold_case(folder, TOML, ("release.txt", RELEASE), sentences, "Headline {n}", "2023-11-24")
    return figure_records(load_case(folder))


WRONG = "The agency estimates 1.14 million arrivals in the year to June 2023."


def _record(records, article, written):
    (found,) = [r for r in records if r["article"] == article and r["text"] == written]
    return found


@pytest.mark.parametrize("name", RETOLD)
def test_each_retold_figure_gets_the_verdict_a_careful_reader_gives(records, name):
    _, written, verdict = RETOLD[name]
    assert _record(records, f"r{list(RETOLD).index(name)}", written)["verdict"] == verdict


def test_a_figure_more_exact_than_the_primary_is_not_called_changed_and_says_why(records):
    record = _record(records, "r0", "1.18 million")
    assert record["primary_text"] == "1.2 million"
    assert "more exact" in record["explanation"] and "rounds to it" in record["explanation"]


def test_a_more_exact_figure_that_does_not_round_to_the_primary_is_not_a_match(records):
    record = _record(records, f"r{len(RETOLD)}", "1.14 million")
    assert record["verdict"] != "match"


def test_a_scale_word_written_onto_the_digits_is_read():
    assert parse_number("1.18million") == 1_180_000
    assert parse_number("2.5billion") == 2_500_000_000
    (figure,) = find_figures("A total of 1.18million came to the UK.")
    assert (figure.text, figure.kind, figure.value) == ("1.18million", "count", 1_180_000)


def test_yesterday_and_last_night_are_dates():
    texts = [(f.text, f.kind) for f in find_figures("The office yesterday said it had decided last night.")]
    assert texts == [("yesterday", "date"), ("last night", "date")]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("It was more than three times the promise.", "more than three times", 3.0),
        ("Numbers have trebled since then.", "trebled", 3.0),
        ("Prices doubled in a year.", "doubled", 2.0),
        ("The hall is 2.5 times bigger.", "2.5 times", 2.5),
    ],
)
def test_a_multiple_is_a_figure(text, written, value):
    (figure,) = [f for f in find_figures(text) if f.kind == "multiple"]
    assert (figure.text, figure.value) == (written, value)


def test_how_often_is_not_a_multiple():
    assert not [f for f in find_figures("Take it three times a day.") if f.kind == "multiple"]


def test_an_extra_million_is_a_count():
    (figure,) = [f for f in find_figures("We let in an extra million people.") if f.kind == "count"]
    assert (figure.text, figure.value) == ("an extra million", 1_000_000)
