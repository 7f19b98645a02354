"""The reader checks of the notebook test find what they look for (and only that)."""

from __future__ import annotations

import pytest
from notebook_text import reader_problems

FOLDED = "However, such accounts exist and interact with each other in the platform’s dark corners, selling items"


def notebook(*outputs, widgets=None):
    cell = {"cell_type": "code", "outputs": [{"output_type": "display_data", "data": d} for d in outputs]}
    state = {"application/vnd.jupyter.widget-state+json": {"state": widgets or {}}}
    return {"cells": [cell], "metadata": {"widgets": state}}


@pytest.mark.parametrize(
    ("shown", "what"),
    [
        ({"text/plain": "15 figures in lifesite"}, "outlet id"),
        ({"text/html": "<td>blog-nl writes</td>"}, "outlet id"),
        ({"text/html": "<th>reading_ease</th><th>days_after_primary</th>"}, "code-style"),
        ({"text/plain": "✓ Right. Right: the key says so."}, "said twice"),
        ({"text/plain": "Your text, sentence 0: Prices rose."}, "sentence 0"),
        ({"text/plain": "1 sentences contain '490,000'"}, "plural"),
        ({"text/html": f"<p>{FOLDED} and other disturbing content.</p>"}, "folded sentence shown unfolded"),
        ({"text/plain": f"12. {FOLDED}"}, "folded sentence shown unfolded"),
    ],
)
def test_each_problem_is_found(shown, what):
    problems = reader_problems(notebook(shown), [FOLDED])
    assert any(what in p for p in problems), problems


def test_a_problem_inside_a_widget_is_found():
    widget = {"model_name": "HTMLModel", "state": {"value": "<b>1.</b> " + FOLDED}}
    assert reader_problems(notebook(widgets={"abc": widget}), [FOLDED])


def test_what_reads_well_passes():
    fine = [
        {"text/plain": "LifeSiteNews: 15 figures. See framing_terms.csv; call export()."},
        {"text/html": f"<details><summary>Show this sentence</summary>{FOLDED}</details> AFP and the WSJ"},
        {"text/plain": "1 sentence of the primary contains “490,000”; sentence 1 is the headline."},
        {"text/plain": "✓ Right. The Wall Street Journal did the reporting."},
    ]
    assert reader_problems(notebook(*fine), [FOLDED]) == []
