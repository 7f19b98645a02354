"""What the 31st review brought out: a politician's quotation closed with a single quote, or told to someone named.

The 31st review (2026-12-07, eighth session) was written by helpers who never saw the code, after every rule of
the session was written, so it measures them out-of-sample: 12 stories from the US, the UK, Australia, New
Zealand, Canada, Ireland, India, South Africa, Germany and France with every sentence labelled (politicised recall
31 of 33, precision 31 of 31), and 15 release-and-story pairs with every figure keyed (verdicts 277 of 365,
accusations right 13 of 14). The rules here were written on
its misses (in-sample for it). The sentences are invented in the same shapes.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import quotation_runs
from newslit.case.model import Sentence


def _body(*texts: str) -> list[Sentence]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence("paper", i, text, at, at + len(text), paragraph=0, role="body"))
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    "second",
    [
        "'Patients need a plan, not a blame game,' she said.",  # a British single quote
        '"We cannot leave our children to the algorithms," he told France 2 television.',  # told to someone named
        "“We will act within months,” he told reporters in Brussels.",
    ],
)
def test_a_quotation_closed_by_a_pronoun_speaker_is_the_named_speakers(second):
    body = _body("Shadow health secretary Victoria Atkins said ministers were talking down the NHS.", second)
    assert quotation_runs(body) == {1: 0}


def test_a_sentence_that_is_no_quotation_stays_its_own():
    body = _body(
        "Shadow health secretary Victoria Atkins said ministers were talking down the NHS.",
        "The review, he told colleagues, was due within days and would be published in full.",
    )
    assert quotation_runs(body) == {}


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("Operating profit was 9.8 trillion won.", "9.8 trillion won", "KRW"),
        ("A dividend of 370 won a share.", "370 won", "KRW"),
        ("Bread now costs 12 lira.", "12 lira", "TRY"),
        ("The fine was 5,000 forints.", "5,000 forints", "HUF"),
    ],
)
def test_a_currency_named_after_its_number_is_money(text, written, unit):
    from newslit.text.numbers import find_figures

    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert figure.kind == "money" and figure.unit == unit


def test_won_the_verb_is_no_currency():
    from newslit.text.numbers import find_figures

    assert [f.kind for f in find_figures("Labour won 412 seats, and he won 3 medals.")] == ["count", "count"]


def test_a_level_compared_with_is_a_lead_never_an_accusation(make_case):
    from conftest import paper_figures

    release = (
        "The total number of cases on the waiting list at the end of November 2025 was 7.31 million, down from 7.37 "
        "million at the end of October 2025."
    )
    paper = (
        "That is down from 7.37 million in October, although the list remains well above the 4.6 million cases "
        "recorded before the Covid pandemic."
    )
    found = paper_figures(make_case, release, paper, outlet="NHS England", published="2026-01-15")["4.6 million"]
    assert found["verdict"] == "not_in_primary", found["explanation"]
    assert "(“well above the”)" in found["explanation"], found["explanation"]
