"""A figure given flat with fewer digits must be the primary's number rounded, not cut short (issue 15).

"18%" for a study's 18.8% and "41.2 million" for 41,288,599 drop the last digits instead of
rounding them (19%, 41.3 million): the blind keys call them changed, not rounded, and so does the
engine, saying why in words. A hedge ("about 41 million", "nearly 19%") keeps the wider tolerance,
and a number rounded the right way stays rounded. Written on the gasstoves-2022-12 development case.
"""

from __future__ import annotations

import pytest

from conftest import paper_figures

RELEASE = (
    "The Agency estimates the population at 41,288,599 on 1 July. Earlier counts were lower. "
    "Of that total, 18.8% live in rural areas, the Agency said."
)

# name -> (the retelling's sentence, the figure as written, the verdict)
TOLD = {
    "a_number_cut_short": ("The population is now 41.2 million, the agency said.", "41.2 million", "changed"),
    "a_number_rounded": ("The population is now 41.3 million, the agency said.", "41.3 million", "rounded"),
    "a_number_rounded_further": ("The population is now 41 million, the agency said.", "41 million", "rounded"),
    "a_hedged_number_short_of_it": (
        "The population is now about 41.2 million, the agency said.",
        "about 41.2 million",
        "rounded",
    ),
    "a_share_cut_short": ("Some 41,288,599 people live there and 18% live in rural areas.", "18%", "changed"),
    "a_share_rounded": ("Some 41,288,599 people live there and 19% live in rural areas.", "19%", "rounded"),
}


@pytest.mark.parametrize("name", TOLD)
def test_a_flat_figure_with_fewer_digits_must_be_the_primarys_rounded(make_case, name):
    paper, written, verdict = TOLD[name]
    record = paper_figures(make_case, RELEASE, paper)[written]
    assert record["verdict"] == verdict, record["explanation"]


@pytest.mark.parametrize(("name", "right"), [("a_number_cut_short", "41.3 million"), ("a_share_cut_short", "19%")])
def test_a_number_cut_short_is_shown_beside_the_primarys_rounded_as_the_outlet_wrote_it(make_case, name, right):
    paper, written, _ = TOLD[name]
    explanation = paper_figures(make_case, RELEASE, paper)[written]["explanation"]
    assert f"gives “{right}”" in explanation and "cut the number short instead of rounding it" in explanation


def test_a_number_rounded_the_wrong_way_is_changed_and_not_called_cut_short(make_case):
    # bribery-2019-12 (validation) showed the wording: "33 per cent" for 32.3 per cent is no number cut short
    release = "Of that total, 32.3% live in rural areas, the Agency said."
    record = paper_figures(make_case, release, "Of them, 33% live in rural areas, the agency said.")["33%"]
    assert record["verdict"] == "changed"
    assert "Rounded the usual way, 32.3% gives “32%”, not the outlet's “33%”." in record["explanation"]
    assert "cut" not in record["explanation"]
