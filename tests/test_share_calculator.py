"""Lesson 03's share calculator: every phrase the lesson suggests is understood, in words that follow it."""

from __future__ import annotations

import json
import re

import pytest

from newslit.analysis.figures import check_share

from conftest import REPO

LESSON_03 = REPO / "notebooks" / "03_verify_figures.ipynb"
# The lesson's own example: Instagram's "some 5 million" reports of NCMEC's 31.9 million (15.7%).
PART, WHOLE = 5_000_000, 31_900_000
# Claims a learner is told to try, or is likely to type, with what each should conclude about 15.7%.
CLAIMS = {
    "about a sixth": True,
    "more than half": False,
    "more than a quarter": False,
    "less than a third": True,
    "less than a quarter": True,
    "nearly a fifth": False,
    "at least a tenth": True,
    "about 16%": True,
    "one in six": False,
    "most": False,
    "two thirds": False,
}


def suggested_claims() -> list[str]:
    """The claims lesson 03 suggests for the calculator: `quoted` phrases in the cells about it."""
    cells = json.loads(LESSON_03.read_text(encoding="utf-8"))["cells"]
    texts = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
    about = [t for t in texts if "calculator" in t.lower()]
    found = {p for t in about for p in re.findall(r"`([^`]+)`", t) if re.search(r"[a-z]", p) and "(" not in p}
    calls = [
        "".join(c["source"]) for c in cells if c["cell_type"] == "code" and "share_calculator" in "".join(c["source"])
    ]
    found |= {m for call in calls for m in re.findall(r'"([^"]+)"', call)}
    return sorted(found)


def test_the_lesson_suggests_claims_to_try():
    assert {"about a sixth", "more than half"} <= set(suggested_claims())


@pytest.mark.parametrize("claim", suggested_claims())
def test_every_claim_lesson_03_suggests_is_understood(claim):
    result = check_share(PART, WHOLE, claim)
    assert result["holds"] in (True, False), result["working"]
    assert f"“{claim}” means " in result["working"]


@pytest.mark.parametrize(("claim", "holds"), CLAIMS.items())
def test_the_share_calculator_judges_each_claim(claim, holds):
    assert check_share(PART, WHOLE, claim)["holds"] is holds


@pytest.mark.parametrize(
    ("claim", "meaning"),
    [
        ("more than a quarter", "over 25.0%"),
        ("less than a third", "under 33.3%"),
        ("at least a quarter", "25.0% or more"),
        ("at most a fifth", "20.0% or less"),
        ("about a sixth", "about 16.7%"),
        ("nearly a fifth", "a little under 20.0%"),
        ("half", "50.0%, give or take half a point"),
    ],
)
def test_the_wording_follows_the_claim(claim, meaning):
    assert f"“{claim}” means {meaning}" in check_share(PART, WHOLE, claim)["working"]


def test_a_claim_it_cannot_read_says_so_and_what_it_can_read():
    result = check_share(PART, WHOLE, "a big chunk")
    assert result["holds"] is None
    assert "cannot read “a big chunk”" in result["working"] and "about a sixth" in result["working"]


def test_the_calculator_widget_shows_the_verdict_for_the_lesson_claims():
    from newslit.views.figures import share_calculator

    calculator = share_calculator(PART, WHOLE, "about a sixth")
    part, whole, claim, result = calculator.children
    assert "The claim holds." in result.value and "about 16.7%" in result.value
    claim.value = "more than half"
    assert "The claim does not hold." in result.value and "over 50.0%" in result.value
