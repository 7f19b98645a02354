"""Politics the 28th review's stories and the validation cases' misses brought in, and the engine missed.

Measured once first on the rules of the session's start (politicised recall 51 of 61, precision 50 of 51,
out-of-sample); 55 of 61 and 54 of 54 after these rules (in-sample). The traps beside them are not politics: an
objection called opposition, a congress of doctors, a company's US president, a government's plain statement, an
association whose name begins with a title. The sentences here are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures were seized on by the opposition, which said they showed the failure of the government's plan.",
        "The drugs and alcohol policy minister said the fall was encouraging.",
        "When Congress funded housing vouchers at scale, veteran homelessness fell by half.",
        "The decision does not change this, the Swiss president said at a press conference.",
        "The government insists that the economy is turning a corner.",
        "In response, Steve Brine MP, chairman of the health committee, called for action.",
        "The chief executive is set to testify before a Senate panel on Tuesday.",
        "Scottish ministers have been accused of a damning failure in healthcare.",
        "The cycle began in the final days of the previous government's tenure.",
    ],
)
def test_politics_the_28th_review_and_the_validation_cases_found(sentence):
    assert classify_aside(sentence).label == "politicised"


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition to the plan came mostly from residents.",
        "The European congress of cardiologists approved new guidelines.",
        "Toyota named a new US president of its North American arm.",
        "The government said the survey would be repeated next year.",
        "Pedestrian deaths fell, according to a report from the Governors Highway Safety Association.",
        "The Mayors Council on Climate met in Lisbon.",
    ],
)
def test_words_that_are_not_politics_here(sentence):
    assert classify_aside(sentence).label != "politicised"


def test_a_politicised_reason_says_once_that_the_story_is_not_about_politics():
    reason = classify_aside("Scottish ministers have been accused of a damning failure in healthcare.").reason
    assert reason.count("not about") == 1
    assert "(members of a country's government)" in reason  # the row's gloss, not the bare group name
