"""A government taking the credit for a result is politics; a court case about a government's failure is not.

"A Klang-based glove maker has returned to profit, and the government was quick to take the credit" and "The
government has claimed credit for a record fine" were keyed politicised by the 22nd review and read as
background: "government" alone is too weak a word. A row of ``aside_topics.csv`` now reads the credit-taking.
A row for "the government's failure to …" was tried too and dropped: in a climate ruling ("women who argued
that their government's failure to combat climate change put them at risk") it is the claim the court ruled on,
not an outlet's politics (a validation case lost two flags). The sentences here are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside


@pytest.mark.parametrize(
    "sentence",
    [
        "A glove maker has returned to profit, and the government was quick to take the credit.",
        "The government has claimed credit for a record fine against the airline.",
        "The state administration claimed the credit for the fall in waiting times.",
    ],
)
def test_a_government_taking_the_credit_is_politics(sentence):
    aside = classify_aside(sentence)
    assert aside.label == "politicised"
    assert "credit" in aside.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The women argued that their government's failure to combat climate change put them at risk.",
        "The firm will take the credit card fees off its bills.",
        "Government data show the credit market cooled.",
    ],
)
def test_a_failure_at_court_or_a_credit_card_is_not_politics(sentence):
    assert classify_aside(sentence).label != "politicised"
