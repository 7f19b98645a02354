"""Politics the 26th review's stories brought in and the engine missed (measured once first: 69 of 80 found,
precision 69 of 69, out-of-sample; 73 of 80 after these rules and "the Treasurer", in-sample).

A council member named in lower case ("City council member Rosa Jimenez"), New Zealand's "the Nats" and
Canada's "Grit spending". The traps beside them are not politics: an unnamed council member, NATS (the UK's air
traffic service), grit as courage. The sentences here are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside


@pytest.mark.parametrize(
    "sentence",
    [
        "City council member Rosa Jimenez, whose district includes the area, said she would press for spraying.",
        "The Nats wasted no time claiming the result as proof their policies are working.",
        "Nearly a decade of Grit spending has pushed up the prices families feel.",
        "The Grits have promised a review.",
    ],
)
def test_politics_the_26th_review_found(sentence):
    assert classify_aside(sentence).label == "politicised"


@pytest.mark.parametrize(
    "sentence",
    [
        "A council member said the spraying would cost more.",
        "NATS said flights were delayed by the storm.",
        "Grit and luck helped the team through the season.",
        "The mayor Monday said the figures were encouraging.",
    ],
)
def test_what_is_not_politics_beside_them(sentence):
    assert classify_aside(sentence).label != "politicised"
