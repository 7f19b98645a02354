"""A rule written after the one measurement of pisa-2023-12, the twenty-fifth validation case (issue 15).

The Guardian's "almost 16" points was called a rounding of the OECD's "almost 15", "still true":
the reader let "almost 16" stand for anything from 14.4 to 16, which holds 15. Two limits on the
same side of two different numbers are two different amounts.
"""

from __future__ import annotations

import pytest

from newslit.analysis.figures.compare import values_agree
from newslit.text.numbers import find_figures


def _figure(text: str):
    (figure,) = find_figures(text)
    return figure


@pytest.mark.parametrize(
    ("retold", "primary", "agree"),
    [
        ("almost 16 points", "almost 15 points", False),
        ("nearly 16 points", "almost 15 points", False),
        ("more than 16 points", "over 15 points", False),
        ("nearly 15 points", "almost 15 points", True),  # one number, one side: the same amount
        ("nearly 30 percent", "about 29.6 percent", True),  # a hedge around a rounded share: still true
        ("almost 16 points", "15.8 points", True),  # a limit on an exact value it holds
    ],
)
def test_two_limits_on_one_side_of_two_numbers_are_two_amounts(retold, primary, agree):
    assert values_agree(_figure(retold), _figure(primary)) is agree


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("PISA 2022 helps to identify the strengths of education systems.", "year"),  # not a count of "helps"
        ("Census 2021 figures show growth.", "year"),
        ("The firm sold 2022 phones.", "count"),  # a small word or none before: the plural still counts
        ("About 2022 students took the test.", "count"),
    ],
)
def test_a_year_after_a_name_is_a_year_whatever_follows(text, kind):
    assert [f.kind for f in find_figures(text)] == [kind]
