"""A politician's election campaign, which the 33rd review brought out.

The 33rd review (2026-12-07, eighth session) was written by helpers who never saw the code and measured first on
every rule of the session (figures: verdicts 212 of 280, accusations right 23 of 23; politicised recall 26 of 27,
precision 22 of 22). Its one politicised miss was a campaign speaking for a vice president; this row was written on
it (in-sample). The sentences are invented in the same shapes.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside


@pytest.mark.parametrize(
    "sentence",
    [
        "The vice president's campaign said the report showed steady progress.",
        "The Senator's re-election campaign called the figures a disgrace.",
        "The President's campaign accused her opponent of rooting for a recession.",
    ],
)
def test_a_politicians_campaign_is_politics(sentence):
    aside = classify_aside(sentence)
    assert aside.label == "politicised" and "(a politician's election campaign)" in aside.reason, aside.reason


def test_a_company_presidents_campaign_is_not():
    aside = classify_aside("The company president's campaign to cut costs worked.")
    assert aside is None or aside.label != "politicised", aside.reason


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Half of the unvaccinated children live in ten countries.", "Half"),  # a capital at a sentence's start
        ("Half the staff left within a year.", "Half"),
        ("About half of the children live in cities.", "About half"),
    ],
)
def test_half_is_read_as_a_share_wherever_it_stands(text, written):
    from newslit.text.numbers import find_figures

    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert figure.kind == "ratio" and figure.value == 0.5


def test_half_term_is_no_share():
    from newslit.text.numbers import find_figures

    assert [f.text for f in find_figures("Half-term starts on Monday.")] == ["Monday"]
