"""A chart's layout (``newslit.views.chart_layout``): everything drawn fits in the picture, nothing on anything else.

What a learner would notice if the layout went wrong: a label cut off at the picture's
edge, or a legend over the axis' numbers or its label. Charts are drawn as the notebooks
draw them (:func:`newslit.views.charts.render_svg`), then measured.
"""

from __future__ import annotations

import io

import pytest
from matplotlib.backends.backend_svg import RendererSVG

from newslit import provenance_records
from newslit.views.charts import new_chart, render_svg
from newslit.views.framing import doubt_chart
from newslit.views.provenance import label_chart

TOLERANCE = 0.5  # pixels: a text's ink may touch the padding, not cross the edge


def laid_out(figure):
    """The figure after drawing it as a learner sees it, and a renderer that measures text as that drawing did."""
    render_svg(figure)
    width, height = figure.get_size_inches() * figure.dpi
    return RendererSVG(width, height, io.StringIO())


def inside(box, outer) -> bool:
    return (
        box.x0 >= outer.x0 - TOLERANCE
        and box.y0 >= outer.y0 - TOLERANCE
        and box.x1 <= outer.x1 + TOLERANCE
        and box.y1 <= outer.y1 + TOLERANCE
    )


def assert_fits(figure):
    renderer = laid_out(figure)
    (axes,) = figure.axes
    assert inside(axes.get_tightbbox(renderer), figure.bbox), "something drawn around the axes is cut off"
    if axes.get_title():
        assert inside(axes.title.get_window_extent(renderer), figure.bbox), "the title is cut off"
    legends = [axes.get_legend(), *figure.legends]
    below = axes.xaxis.get_tightbbox(renderer)  # the x axis' numbers and its label
    for legend in filter(None, legends):
        shown = legend.get_window_extent(renderer)
        assert inside(shown, figure.bbox), "the legend is cut off"
        assert shown.y1 <= below.y0 + TOLERANCE, "the legend covers the x axis' numbers or label"


def rates(names):
    return [{"outlet": name, "doubt_per_1000": 3.0 + i, "neutral_per_1000": 12.0 - i} for i, name in enumerate(names)]


def test_the_seed_cases_label_chart_fits(seed_case):
    assert_fits(label_chart(seed_case, provenance_records(seed_case)))


@pytest.mark.parametrize("outlets", [1, 2, 12])
def test_a_chart_with_a_legend_under_it_fits_with_few_or_many_rows(outlets):
    assert_fits(doubt_chart(rates([f"Outlet number {n}" for n in range(outlets)])))


def test_long_outlet_names_and_a_long_title_fit():
    figure = doubt_chart(rates(["The Long Name of a Regional Evening Paper", "AP"]))
    figure.axes[0].set_title("A title longer than the axes it stands over, not cut off")
    assert_fits(figure)


def test_a_legend_under_the_figure_fits():
    figure, axes = new_chart(8.5, 3.2)
    axes.barh(["form A", "form B"], [40, 70], label="taken before the lessons")
    axes.barh(["form A", "form B"], [20, 10], left=[40, 70], label="taken after the lessons")
    axes.set_xlabel("Answers right (%), every finished check")
    figure.legend(loc="outside lower center", ncol=2, frameon=False)
    assert_fits(figure)


def test_a_figure_of_two_axes_is_laid_out_by_constrained_layout():
    figure, axes = new_chart(6, 4)
    axes.set_ylabel("a label")
    figure.add_subplot(2, 1, 2).set_xlabel("another")
    renderer = laid_out(figure)
    for each in figure.axes:
        assert inside(each.get_tightbbox(renderer), figure.bbox)
