"""A figure inside a range the primary gives is not the range's end changed.

A fresh-eyes reviewer's invented texts (2026-12-06) found "Each family received about €2,360 on average"
called a change of the release's "Each family received between 1,000 and 5,000 euros" (its top, 5,000 euros):
an average, or one family's amount, inside the range says nothing against it. A change whose primary figure
is one end of a range ("between … and …", "ranging from … to …") that the retold figure lies inside is a lead,
in words that say so. A figure outside the range is still changed. The record of all 66 keyed cases is
unchanged. The texts are invented.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

FUND = (
    "The fund has paid out 1.25 million euros to 530 families since March 2021. "
    "Each family received between 1,000 and 5,000 euros."
)
WAITS = "Waiting times at the clinic ranged from 2 to 9 weeks in 2023."


@pytest.mark.parametrize(
    ("release", "paper", "figure", "words"),
    [
        (FUND, "Each family received about €2,360 on average.", "about €2,360", "“between 1,000 and 5,000 euros”"),
        (FUND, "Each family received 2,000 euros on average.", "2,000 euros", "“between 1,000 and 5,000 euros”"),
        (WAITS, "Waiting times at the clinic averaged 5 weeks in 2023.", "5 weeks", "“ranged from 2 to 9 weeks”"),
    ],
)
def test_a_figure_inside_the_primary_s_range_is_a_lead_that_says_so(make_case, release, paper, figure, words):
    found = paper_figures(make_case, release, paper)[figure]
    assert found["verdict"] == "not_in_primary", found["explanation"]
    assert (
        f"it may be an average or one case of a range: the primary's figure is one end of {words}"
        in (found["explanation"])
    )


def test_a_figure_beyond_the_range_is_still_changed(make_case):
    assert paper_figures(make_case, FUND, "Each family received 8,000 euros.")["8,000 euros"]["verdict"] == "changed"
