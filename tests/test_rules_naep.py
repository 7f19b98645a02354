"""Rules written after the one measurement of naep-2022-10, the fifth validation case (issue 15), with invented texts.

Each rule is general; the case is in-sample for them since. "Scores" is a number only in
"scores of"; "more than 40" does not tell 53; a figure about the fourth of a series is not
one about the eighth; a cabinet secretary named the American way is a politician; a quotation
whose speaker is "he said" after it is the speaker's named in the sentence before.
"""

from __future__ import annotations

import pytest

from newslit.analysis.figures.quantity import conflicts, sentence_quantities
from newslit.text.numbers import find_figures


def _one(text: str):
    (figure,) = find_figures(text)
    return figure


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Average math scores dropped by 8 points.", ["8"]),
        ("Test scores fell sharply.", []),
        ("Scores of schools stayed shut.", ["Scores"]),
    ],
)
def test_scores_is_a_number_only_in_scores_of(text, figures):
    assert [f.text for f in find_figures(text)] == figures


STATES_CASE = """[case]
title = "Test results (invented)"
question = "What did the paper keep, and add?"
primary = "board"

[[article]]
id = "board"
file = "board.txt"
outlet = "The Assessment Board"

[[article]]
id = "paper"
file = "paper.txt"
outlet = "The paper"
"""


def _verdict(make_case, primary: str, retold: str, written: str) -> dict:
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    folder = make_case(STATES_CASE, {"board.txt": f"Results\n\n{primary}\n", "paper.txt": f"Results\n\n{retold}\n"})
    return next(r for r in figure_records(load_case(folder)) if r["article"] == "paper" and r["text"] == written)


@pytest.mark.parametrize(
    ("retold", "written", "verdicts"),
    [
        (
            "Scores fell in more than 40 states since 2019.",
            "more than 40",
            {"not_in_primary"},
        ),  # that is "more than 50"
        ("Scores fell in more than 50 states since 2019.", "more than 50", {"rounded"}),
        ("Scores fell in at least 45 states since 2019.", "at least 45", {"rounded"}),  # not round: as far as 1.5 times
    ],
)
def test_more_than_a_round_number_is_taken_as_the_primarys_figure_only_up_to_the_next_round_number(
    make_case, retold, written, verdicts
):
    found = _verdict(make_case, "Scores fell in 53 states since 2019.", retold, written)
    assert found["verdict"] in verdicts


def test_a_true_lower_limit_far_below_the_primarys_figure_is_never_changed(make_case):
    primary = "The agency counted 653,104 people who were homeless on a single night in January 2023."
    retold = "The agency counted more than 500,000 people who were homeless on a single night in January 2023."
    assert _verdict(make_case, primary, retold, "more than 500,000")["verdict"] not in ("changed", "rounded")


SCHOOL_PRIMARY = "Eighth-grade average math scores dropped by 8 points."
SCHOOL_RETOLD = "The average fourth-grade math score decreased by 5 points."


def _quantity(text: str, written: str):
    figures = find_figures(text)
    i = [f.text for f in figures].index(written)
    return sentence_quantities(text, figures)[i], figures[i]


def test_a_figure_about_the_fourth_grade_is_not_one_about_the_eighth():
    mine, mine_figure = _quantity(SCHOOL_RETOLD, "5")
    theirs, their_figure = _quantity(SCHOOL_PRIMARY, "8")
    assert "one is about the fourth, the other about the eighth" in conflicts(mine, theirs, mine_figure, their_figure)


def test_the_same_grade_raises_no_such_reason():
    mine, mine_figure = _quantity("The average eighth-grade math score decreased by 5 points.", "5")
    theirs, their_figure = _quantity(SCHOOL_PRIMARY, "8")
    assert not any(r.startswith("one is about the") for r in conflicts(mine, theirs, mine_figure, their_figure))


BOARD = "Scores fall\n\nEighth-grade average math scores dropped by 8 points since 2019.\n"
PAPER = (
    "Scores fall\n\n"
    "Eighth-grade average math scores dropped by 8 points since 2019.\n\n"
    'U.S. Secretary of Education Ann Hale called the results "appalling" in a call with reporters. '
    '"This is a moment of truth for schools," she said. "How we respond will decide our recovery."\n\n'
    "The tests are given every two years to pupils in many towns.\n"
)


@pytest.fixture
def paper_asides(make_case):
    from newslit import load_case
    from newslit.analysis.framing.records import framing_records

    folder = make_case(STATES_CASE, {"board.txt": BOARD, "paper.txt": PAPER})
    return {
        r["sentence"].replace('"', "“")[:14]: r["aside"]
        for r in framing_records(load_case(folder))
        if r["article"] == "paper"
    }


def test_a_secretary_of_education_named_the_american_way_is_a_politician(paper_asides):
    assert paper_asides["U.S. Secretary"] == "politicised"


def test_a_quotation_said_by_he_or_she_after_it_is_the_named_speakers(paper_asides):
    assert paper_asides["“This is a mom"] == paper_asides["“How we respon"] == "politicised"
    assert paper_asides["The tests are "] != "politicised"


@pytest.mark.parametrize("text", ["The scores of eighth graders fell in 2022.", "Average scores of pupils fell."])
def test_test_scores_of_a_group_are_not_the_number_scores(text):
    assert all(f.text.lower() != "scores" for f in find_figures(text))
