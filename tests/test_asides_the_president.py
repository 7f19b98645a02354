"""“The President”, with a capital and no name, is a country's head: politics an outlet brings in.

"The President told a cabinet meeting that heat deaths were preventable", "The President hailed the figures on
social media", "The results were quickly claimed by the President, who said …": four reviews (18, 22, 24, 25)
keyed such sentences politicised and the engine called them context, because "president" alone may be a
club's or a company's. With a capital after "the", and no "of …" or "and Chief Executive" after it, news
writing means a head of state. Rule written after those reviews' measurements (in-sample for them); the
sentences here are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside


@pytest.mark.parametrize(
    "sentence",
    [
        "The President told a cabinet meeting that the deaths were preventable.",
        "The results were quickly claimed by the President, who said they proved his plan was working.",
        "The President hailed the figures on social media.",
        "The President's office did not reply.",
        "The Treasurer said the figures showed inflation had been tamed.",  # review 26
        "The Premier announced a review of the figures.",
        "The figures were welcomed by the Mayor, who called them a turning point.",
    ],
)
def test_the_president_with_a_capital_brings_in_politics(sentence):
    assert classify_aside(sentence).label == "politicised"


@pytest.mark.parametrize(
    "sentence",
    [
        "The President of the Royal Society said the findings were robust.",
        "The President and Chief Executive, Ana Ruiz, said sales would recover.",
        "The president of the chess club said entries had doubled.",
        "The club's president said entries had doubled.",
        "The Treasurer of the golf club said fees would rise.",
        "The Governor said rates would stay on hold.",  # a central bank's, as often as a state's
        "The university said the President would step down in June.",  # why an earlier rule was withdrawn
        "The club's board thanked the Treasurer for her work.",
    ],
)
def test_a_bodys_president_is_not_politics(sentence):
    assert classify_aside(sentence).label != "politicised"
