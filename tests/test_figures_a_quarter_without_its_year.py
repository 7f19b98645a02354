"""A quarter named without its year ("the second quarter", "second-quarter growth") is a date: the latest such quarter.

The reviews' keys name such quarters as figures the outlet kept from its release ("In the second quarter, the
unemployment rate rose"), and the engine did not read them at all. Each side's quarter is the latest one begun by
its own date, so a release and a story a few days apart name the same one. Not "the second quarter of the game",
"a quarter of adults" or "the first-quarter final". Measured before kept: reviews 12-27 +39 verdicts, no accusation
moved; validation +7 verdicts, none lost. The texts here are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newslit.analysis.figures.quantity import resolve_date
from newslit.text.numbers import find_figures

from conftest import paper_figures


@pytest.mark.parametrize(
    ("text", "told", "on", "quarter"),
    [
        ("In the second quarter, output rose 2%.", "second quarter", dt.date(2025, 8, 12), "2025-Q2"),
        ("Second-quarter growth was 0.4%.", "Second-quarter", dt.date(2025, 8, 12), "2025-Q2"),
        ("In the fourth quarter, sales fell.", "fourth quarter", dt.date(2025, 2, 20), "2024-Q4"),
    ],
)
def test_a_quarter_alone_is_the_latest_such_quarter(text, told, on, quarter):
    (figure,) = [f for f in find_figures(text) if f.kind == "date"]
    assert figure.text == told
    assert resolve_date(figure, on, text).date == quarter


@pytest.mark.parametrize(
    "text",
    [
        "He scored in the second quarter of the game.",
        "A quarter of adults smoke.",
        "They reached the first-quarter final.",
    ],
)
def test_other_quarters_are_no_date(text):
    assert not [f for f in find_figures(text) if f.kind == "date"]


def test_the_story_s_quarter_meets_the_release_s(make_case):
    release = "Employment rose by 0.6% in the second quarter of 2025, Statistics Office figures show."
    paper = "In the second quarter, employment grew by 0.6%."
    found = paper_figures(make_case, release, paper, published="2025-08-12")
    assert found["second quarter"]["verdict"] == "match"
