"""Figure rules written on the PFAS development case (issue 15), each on a small invented text.

Two rough amounts in words in one sentence are told apart by the noun each counts; a rough
amount ten times larger is not the primary's, and one ten times smaller is still true but
rounded; an exact figure is never a rounding of the primary's words ("nearly 10,000" for
"thousands": it came from elsewhere); a count of "the other" things is not the whole.
"""

from __future__ import annotations

import pytest

from newslit import load_case
from newslit.analysis.figures import figure_records
from newslit.text.numbers import find_figures

from conftest import write_retold_case

RULE = (
    "Clean Air Rule (invented test summary)\n\n"
    "The agency is setting limits for six soot compounds, among them two metals.\n\n"
    "Once in force, the agency estimates that the rule will prevent thousands of deaths "
    "and reduce tens of thousands of serious lung illnesses.\n"
)

# name -> (sentence of a retelling, figure as written, verdict, primary figure it is paired with)
RETOLD = {
    "each_rough_amount_is_paired_by_its_noun": (
        "“It will prevent thousands of deaths and reduce tens of thousands of serious illnesses,” the chief said.",
        "tens of thousands",
        "match",
        "tens of thousands",
    ),
    "the_first_rough_amount_too": (
        "“It will prevent thousands of deaths and reduce tens of thousands of serious illnesses,” the chief said.",
        "thousands",
        "match",
        "thousands",
    ),
    "ten_times_fewer_in_words_is_rounded": (
        "The agency says the rule will help prevent thousands of lung illnesses.",
        "thousands",
        "rounded",
        "tens of thousands",
    ),
    "an_exact_figure_is_not_a_rounding_of_words": (
        "It will cost a lot, but it will prevent nearly 10,000 deaths, the agency says.",
        "nearly 10,000",
        "not_in_primary",
        None,
    ),
    "the_other_ones_are_not_the_whole": (
        "Levels of four other compounds in the same family will also be limited.",
        "four",
        "not_in_primary",
        None,
    ),
}

TOML = """[case]
title = "Clean air (invented)"
question = "Which figures did the outlets keep?"
primary = "agency"

[[article]]
id = "agency"
file = "agency.txt"
outlet = "The Air Agency (rule summary)"
published = 2024-04-10

"""


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("air")
    sentences = [s for s, *_ in RETOLD.values()]
    write_retold_case(folder, TOML, ("agency.txt", RULE), sentences, "Air news", "2024-04-11")
    return figure_records(load_case(folder))


@pytest.mark.parametrize("name", RETOLD)
def test_each_retold_figure_is_paired_and_judged(records, name):
    _, written, verdict, primary = RETOLD[name]
    (record,) = [r for r in records if r["article"] == f"r{list(RETOLD).index(name)}" and r["text"] == written]
    assert (record["verdict"], record["primary_text"]) == (verdict, primary)


def test_ten_times_more_in_words_is_never_called_the_same(tmp_path):
    sentence = "It would avoid tens of thousands of deaths, according to the agency."
    write_retold_case(tmp_path, TOML, ("agency.txt", RULE), [sentence], "Air news", "2024-04-11")
    (record,) = [r for r in figure_records(load_case(tmp_path)) if r["text"] == "tens of thousands"]
    # the deaths were "thousands": not a match; the illnesses' "tens of thousands" count something else
    assert record["verdict"] != "match"
    assert record["verdict"] in ("changed", "not_in_primary")


def test_the_rounded_explanation_says_what_the_smaller_words_do(records):
    n = list(RETOLD).index("ten_times_fewer_in_words_is_rounded")
    (record,) = [r for r in records if r["article"] == f"r{n}" and r["text"] == "thousands"]
    assert "ten times smaller" in record["explanation"]


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("It announced the first-ever national limits.", "first-ever", "rank"),
        ("Utilities will spend tens of billions of dollars.", "tens of billions", "money"),
    ],
)
def test_claims_in_words_are_read_whole(text, written, kind):
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind) == (written, kind)


def test_the_key_pairs_a_rough_amount_with_what_it_counts():
    from newslit.analysis.figures.key import key_matches

    record = {"article": "a", "sentence": "It will prevent thousands of deaths.", "text": "thousands"}
    assert key_matches(record, {"article": "a", "sentence": "It will prevent", "text": "thousands of deaths"})
    assert not key_matches(record, {"article": "a", "sentence": "It will prevent", "text": "thousandsof"})
