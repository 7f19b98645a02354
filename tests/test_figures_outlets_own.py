"""An outlet's own figures beside the release's are leads, never accusations (the seventh review, 2026-12-06).

In the seventh out-of-sample review (invented releases and retellings, judged blind), three
of the wrong accusations were figures the outlet brought in itself: another body's data
("The World Anti-Doping Agency's figures show 0.77 per cent", read as the release's own
0.58%), a vague amount beside the release's figure given exactly ("fell to 41,300, pricing
tens of thousands of young families out"), and a share of something else ("less than 5 per
cent of the ¥1.9 billion net profit", read as passengers "down 4.2 per cent"). Invented texts
of the same shape.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

DOPING = (
    "The Agency collected 6,412 samples last year and recorded 37 adverse findings, a rate of 0.58%. "
    "Weightlifting led the list with eight violations."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The World Anti-Doping Agency's latest global figures show an adverse finding rate of 0.77%.",
        "Figures from the International Testing Authority show an adverse finding rate of 0.77%.",
        "WADA data show a global adverse finding rate of 0.77%.",
    ],
)
def test_another_bodys_data_is_theirs_to_check(make_case, sentence):
    found = paper_figures(make_case, DOPING, sentence)["0.77%"]
    assert found["verdict"] == "not_in_primary"
    assert found["lead_text"] == "0.58%"
    assert "another organisation's data" in found["explanation"]


def test_the_releases_own_data_is_still_checked(make_case):
    found = paper_figures(make_case, DOPING, "The Agency's figures show an adverse finding rate of 0.77%.")
    assert found["0.77%"]["verdict"] == "changed"


HOMES = (
    "Completions of rental apartments reached a record 72,850, while single-detached completions fell "
    "8.1 per cent to 41,300."
)


def test_a_vague_amount_beside_the_exact_figure_counts_something_else(make_case):
    found = paper_figures(
        make_case,
        HOMES,
        "Single-detached completions fell 8.1 per cent to 41,300, pricing tens of thousands of young families "
        "out of a house with a yard.",
    )
    assert found["41,300"]["verdict"] == "match"
    vague = found["tens of thousands"]
    assert vague["verdict"] == "not_in_primary"
    assert "gives “41,300” itself in this sentence" in vague["explanation"]


def test_a_vague_amount_alone_is_still_the_releases_figure_rounded(make_case):
    found = paper_figures(make_case, HOMES, "Single-detached completions fell to about 41,000.")
    assert found["about 41,000"]["verdict"] == "rounded"


FERRY = (
    "The operator carried 2.3 million passengers in the year to March, down 4.2 per cent, and reported a net "
    "profit of ¥1.9 billion. The Agency ordered it to complete corrective measures within 90 days."
)


def test_a_share_of_an_amount_is_no_rounding_of_a_fall(make_case):
    found = paper_figures(
        make_case,
        FERRY,
        "The penalty is the largest under the Marine Safety Act, above the ¥52 million imposed in 2019, but amounts "
        "to less than 5 per cent of the ¥1.9 billion net profit the company reported for the year to March.",
    )
    share = found["less than 5 per cent"]
    assert share["verdict"] == "not_in_primary"
    assert share["lead_text"] == "4.2 per cent"
    assert "one is a share of something and the other a rise or fall" in share["explanation"]


def test_the_fall_retold_as_a_fall_is_still_rounded(make_case):
    found = paper_figures(make_case, FERRY, "Passenger numbers fell by less than 5 per cent in the year to March.")
    assert found["less than 5 per cent"]["verdict"] == "rounded"
