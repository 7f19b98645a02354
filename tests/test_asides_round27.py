"""Politics the 27th review's stories brought in and the engine missed (measured once first on the session's final
rules: 72 of 82 found, precision 72 of 72, out-of-sample; 76 of 82 after these rules, in-sample).

"Labour swept to power", "The Labour-run council", "the opposition NPP argued", "the traffic-light coalition's
energy policy". The traps beside them are not politics: floodwater rising to power lines, a return to office work,
labour-intensive farms, opposition TV channels, traffic light cameras. The sentences here are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour swept to power last year promising to clean up the rivers.",
        "The Labour-run council has faced fierce criticism from traders.",
        "The party returned to power in 2019 on a promise of cheaper bills.",
        "She was swept into office on a promise to fix the buses.",
        "The opposition NPP argued that the decline began under its own programme.",
        "Many owners blame the traffic-light coalition's energy policy for higher costs.",
    ],
)
def test_politics_the_27th_review_found(sentence):
    assert classify_aside(sentence).label == "politicised"


@pytest.mark.parametrize(
    "sentence",
    [
        "Floodwater rose to power lines in the valley.",
        "He returned to office work in May.",
        "Labour-intensive farms struggled to hire pickers.",
        "Labour came at a high price on the farms.",
        "Opposition TV channels reported the fall.",
        "Traffic light cameras were installed at the junction.",
    ],
)
def test_what_is_not_politics_beside_them(sentence):
    assert classify_aside(sentence).label != "politicised"
