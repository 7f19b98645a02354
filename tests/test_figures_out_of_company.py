"""A change found in another primary sentence than the one the rest of the sentence retells is a lead.

A fresh-eyes reviewer's invented texts (2026-12-06) found "Spending will rise by £18m to £412m, up about 4.5%"
(the outlet's own sum: 18 of 394) called a change of the release's "Council tax will rise by 4.99%": both are
rises, but the sentence's other figures are the release's spending sentence. When two figures or more of the
sentence are the same quantities as one primary sentence's, a change in another primary sentence is a lead,
unless the words say it counts the same thing ("and council tax by 6%"). The record of all 66 keyed cases is
unchanged. The texts are invented.
"""

from __future__ import annotations

from conftest import paper_figures

BUDGET = "The council will spend £412m in 2024/25, an increase of £18m. Council tax will rise by 4.99%."


def test_the_outlet_s_own_sum_beside_another_sentence_s_figures_is_a_lead(make_case):
    found = paper_figures(make_case, BUDGET, "Spending will rise by £18m to £412m, up about 4.5%.")
    assert found["£18m"]["verdict"] == found["£412m"]["verdict"] == "match"
    assert found["about 4.5%"]["verdict"] == "not_in_primary"
    assert found["about 4.5%"]["lead_text"] == "4.99%"
    assert "the sentence's other figures are from another sentence of the primary" in found["about 4.5%"]["explanation"]


def test_a_change_the_words_name_is_still_changed_in_company(make_case):
    found = paper_figures(make_case, BUDGET, "Spending will rise by £18m to £412m, and council tax by 6%.")
    assert found["6%"]["verdict"] == "changed"


def test_a_change_alone_is_still_changed(make_case):
    assert paper_figures(make_case, BUDGET, "Council tax will rise by 6%.")["6%"]["verdict"] == "changed"
