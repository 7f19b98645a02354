"""A unit of measure is how a figure is measured, not what it counts (found on pfas-2024's leads)."""

from __future__ import annotations

from newslit.analysis.figures.quantity import describe, sentence_quantities
from newslit.text.numbers import find_figures


def _described(text: str, written: str) -> str:
    figures = find_figures(text)
    for figure, quantity in zip(figures, sentence_quantities(text, figures)):
        if figure.text == written:
            return describe(quantity, figure, "the agency")
    raise AssertionError(f"{written!r} not found in {text!r}")


def test_a_limit_in_nanograms_is_not_described_as_a_count_of_nanograms():
    shown = _described("The agency set the limit at 4.0 nanograms per liter.", "4.0")
    assert "nanograms" not in shown and "“4.0”" in shown


def test_a_count_of_things_is_still_named():
    assert "bottles" in _described("The agency tested 25 bottles of water.", "25")
