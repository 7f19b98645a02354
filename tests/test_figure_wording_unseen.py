"""Explanations read as a learner would, on texts the engine had never seen (the eighth review, 2026-12-06).

A helper who had not seen the code read 60 explanations the engine wrote for the eighth
review's invented texts: 34 were right and plain, 9 garbled, 17 false. Most false ones said
what the release does not hold ("gives no figure like “about 60%”" beside the 62% it rounds)
where only the engine's search had failed; others credited a figure to the wrong source
("maybe explains", "The moratorium of 1992 put an estimated", another clause's "according
to"), called another place's figure "an earlier value", or read "5 mins" as no time at all.
Invented texts of the same shape.
"""

from __future__ import annotations

import pytest

from newslit.analysis.figures.quantity import describe, sentence_quantities
from newslit.analysis.figures.records import credited_to
from newslit.text.numbers import find_figures

from conftest import paper_figures

RELEASE = "The Agency said 3 412 schools were inspected in 2023/24, and 41% of them were rated good."


def test_a_figure_the_engine_could_not_match_is_said_so_not_said_absent(make_case):
    why = paper_figures(make_case, RELEASE, "Inspectors visited nearly 3,500 schools last year.")["nearly 3,500"]
    assert why["verdict"] == "not_in_primary"
    assert why["explanation"].startswith("The engine could not match “nearly 3,500”")
    assert "gives no figure" not in why["explanation"]


def test_a_lead_is_not_said_for_sure_to_be_another_quantity(make_case):
    found = paper_figures(make_case, RELEASE, "In 2019, inspectors visited about 3,400 schools.")
    why = found["about 3,400"]["explanation"]
    assert "But it may not be the same quantity: the period is different" in why


@pytest.mark.parametrize(
    "sentence",
    [
        "That maybe explains the 11 months it took my cousin.",  # an adverb is no source
        "The moratorium of 1992 put an estimated 30,000 people out of work.",  # "an estimated" is a hedge
    ],
)
def test_words_that_name_nobody_are_no_credit(sentence):
    assert credited_to(sentence) == ""


def test_a_credit_in_another_clause_is_not_the_figures(make_case):
    found = paper_figures(
        make_case,
        RELEASE,
        "According to the Resolution Foundation about 6 million households are struggling; and fees rose to £1,277.",
    )
    assert "Resolution Foundation" not in found["£1,277"]["explanation"]


def test_another_places_figure_set_beside_is_not_an_earlier_value():
    text = "71% of patients in Western Australia were seen on time, compared with 62% in Victoria."
    figures = find_figures(text)
    assert not any(q.baseline for q in sentence_quantities(text, figures, primary=True))
    text = "Inflation was 3.0%, compared with 3.2% in May."
    figures = find_figures(text)
    assert [q.baseline for q in sentence_quantities(text, figures, primary=True)][:2] == [False, True]


@pytest.mark.parametrize("written, minutes", [("5 mins", 5.0), ("3 hrs", 180.0), ("10 secs", 10 / 60)])
def test_short_units_of_time_are_read(written, minutes):
    (figure,) = find_figures(f"Trains arrived within {written} of schedule.")
    assert figure.kind == "period" and figure.text == written


@pytest.mark.parametrize(
    "text, written, words",
    [
        ("Farmland bird numbers fell by 23.4 million birds over three months.", "23.4 million", "number of"),
        ("The airline carried passenger numbers of 17.6 million.", "17.6 million", "number of passengers"),
    ],
)
def test_what_a_figure_counts_reads_as_english(text, written, words):
    figures = find_figures(text)
    i = next(k for k, f in enumerate(figures) if f.text == written)
    said = describe(sentence_quantities(text, figures, primary=True)[i], figures[i], "the Agency")
    assert words in said and "change in birds" not in said and "count of passenger numbers" not in said


def test_an_added_sentences_figure_says_what_the_engine_could_not_do(make_case):
    # "found no sentence there that says what this one says" read as a fact about the release, false whenever
    # the sentence matching missed a paraphrase: the engine says what it could not do
    why = paper_figures(make_case, RELEASE, "Critics say the watchdog needs 40 more inspectors.")["40"]["explanation"]
    assert "and could not match this sentence to any sentence there either" in why
    assert "found no sentence" not in why
