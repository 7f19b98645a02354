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
    from conftest import paper_figures

    paper = "Utilities will have five years to remove two of the chemicals — PFOA or PFOS — from drinking water."
    found = paper_figures(make_case, RULE, paper, outlet="The EPA")["two"]
    assert found["verdict"] == "match", found["explanation"]
    assert found["primary_text"] == "PFOA and PFOS"
    assert "names PFOA and PFOS as well" in found["explanation"], found["explanation"]


def test_a_name_the_primary_never_gives_leaves_the_count_unchecked(make_case):
    from conftest import paper_figures

    paper = "Utilities will have five years to remove two of the chemicals — PFOA or PFBS — from drinking water."
    found = paper_figures(make_case, RULE, paper, outlet="The EPA")["two"]
    assert found["verdict"] == "not_in_primary", found["explanation"]
