"""A unit of measure is how a figure is measured, not what it counts (found on pfas-2024's leads)."""

from __future__ import annotations

import pytest

from newslit.analysis.figures.quantity import describe, sentence_quantities
from newslit.text.numbers import find_figures


def _described(text: str, written: str) -> str:
    figures = find_figures(text)
    for figure, quantity in zip(figures, sentence_quantities(text, figures)):
        if figure.text == written:
            return describe(quantity, figure, "the agency")
    raise AssertionError(f"{written!r} not found in {text!r}")


def test_a_limit_in_nanograms_is_not_described_as_a_count_of_nanograms():
    shown = _described("The agency set the limit at 4.0 nanograms per liter.", "4.0 nanograms per liter")
    assert "count of nanograms" not in shown and "“4.0 nanograms per liter”" in shown


def test_a_count_of_things_is_still_named():
    assert "bottles" in _described("The agency tested 25 bottles of water.", "25")


@pytest.mark.parametrize(
    ("text", "written", "unit", "in_ppt"),
    [
        ("PFOA will be limited to 4 parts per billion.", "4 parts per billion", "parts per billion", 4000.0),
        ("The limit is 4.0 parts per trillion for each.", "4.0 parts per trillion", "parts per trillion", 4.0),
        ("It is set at 10 ng/L for each.", "10 ng/L", "nanograms per litre", 10.0),
        ("Below 70 ppm, the level is safe.", "70 ppm", "parts per million", 70e6),
    ],
)
def test_a_concentration_is_read_with_its_unit(text, written, unit, in_ppt):
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.unit, figure.comparable) == (written, "concentration", unit, in_ppt)


def test_parts_per_billion_is_not_the_same_figure_as_parts_per_trillion():
    """A retelling that writes the EPA's 4 ppt as "4 parts per billion" made it a thousand times larger."""
    (billion,) = find_figures("limited to 4 parts per billion")
    (trillion,) = find_figures("at 4.0 nanograms per liter")
    assert billion.value == trillion.value and billion.comparable == 1000 * trillion.comparable


def test_ppt_alone_is_not_read_as_parts_per_trillion():
    """In British English "ppt" is a percentage point as often as a part per trillion: it is not guessed."""
    assert all(f.kind != "concentration" for f in find_figures("Rates rose by 0.5 ppt."))
