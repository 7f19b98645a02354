"""What the 31st review brought out: a politician's quotation closed with a single quote, or told to someone named.

The 31st review (2026-12-07, eighth session) was written by helpers who never saw the code, after every rule of
the session was written, so it measures them out-of-sample: 12 stories from the US, the UK, Australia, New
Zealand, Canada, Ireland, India, South Africa, Germany and France with every sentence labelled (politicised recall
31 of 33, precision 31 of 31), and release-and-story pairs with every figure keyed. The rules here were written on
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
