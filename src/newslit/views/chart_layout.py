"""The layout of a chart of one axes: constrained layout's margins, measured once.

matplotlib's constrained layout measures what is drawn around the axes (tick labels,
axis labels, title, legend), moves the axes to leave room for it, and then measures and
moves once more, because what is around the axes can move with it: here, a legend hung
below the axes at a fraction of the axes' height comes up when the axes gets shorter.
Measuring is most of a layout's cost; the second pass was about an eighth of a chart's
time (some 10 ms). For the charts of this package (one axes; a legend hung below it, or
a figure legend under everything) the second pass can be worked out instead: what else
is around the axes keeps its size and its distance from the axes' edges, and the hung
legend's place is a known fraction of the axes' height. So the axes is placed after one
measuring, with the padding constrained layout leaves (``figure.constrained_layout.w_pad``
and ``h_pad``), the legend where its anchor puts it, as low as the padding allows.

Three things constrained layout lets happen are kept from happening, since the sums
are there anyway: a legend hung from a short axes is moved down under the axis' numbers
and label instead of onto them; a title or an x axis label longer than the axes (which
constrained layout counts as one pixel wide) is kept inside the picture, unless that
would squeeze the axes to less than half its width; and a legend wider than the axes
likewise.

The axis is measured again only when it chose other ticks at the axes' new size, which
can widen its outermost labels. A figure of any other shape (several axes, a suptitle)
is laid out by constrained layout itself.
"""

from __future__ import annotations

import matplotlib as mpl
from matplotlib.layout_engine import ConstrainedLayoutEngine, LayoutEngine


class OneAxesLayout(LayoutEngine):
    """A layout engine: the figure's one axes placed as constrained layout would, after one measuring."""

    _adjust_compatible = False  # like constrained layout: no subplots_adjust while it is in charge
    _colorbar_gridspec = False

    def __init__(self):
        super().__init__()
        self._other_shapes = ConstrainedLayoutEngine()

    def execute(self, figure) -> None:
        """Place ``figure``'s axes (and its legends); constrained layout for a figure of another shape."""
        if not _one_axes(figure):
            self._other_shapes.execute(figure)
            return
        renderer = figure._get_renderer()  # the renderer matplotlib's own engines measure with
        (axes,) = figure.axes
        ticks = _ticks(axes)
        _place(figure, axes, renderer)
        if _ticks(axes) != ticks:
            _place(figure, axes, renderer)


def _one_axes(figure) -> bool:
    """True for the shape this engine lays out: one axes, nothing beside it at the figure's level but one legend.

    A figure legend is put under everything, centred ("outside lower center").
    """
    return (
        len(figure.axes) == 1
        and not figure.subfigs
        and not (figure.get_suptitle() or figure.get_supxlabel() or figure.get_supylabel())
        and len(figure.legends) <= 1
    )


def _ticks(axes) -> tuple:
    return tuple(axes.xaxis.get_majorticklocs()), tuple(axes.yaxis.get_majorticklocs())


def _place(figure, axes, renderer) -> None:
    """Move ``axes`` so that what is around it fits in the figure, padded as constrained layout pads.

    All sizes in display pixels. A legend hung below the axes has its top ``hang`` times
    the axes' height below the axes, plus a ``gap``: the axes' bottom edge ``bottom`` must
    leave room for that and for the legend's height, and the height left to the axes,
    ``room - bottom``, sets ``hang``'s share, so ``bottom = pad + low + hang * (room -
    bottom) + gap + legend height`` is solved for ``bottom``.
    """
    width, height = figure.bbox.width, figure.bbox.height
    pad_x = mpl.rcParams["figure.constrained_layout.w_pad"] * figure.dpi
    pad_y = mpl.rcParams["figure.constrained_layout.h_pad"] * figure.dpi
    low = 0.0  # the figure legend's row, under everything
    for legend in figure.legends:
        legend.set_bbox_to_anchor((0.5, 0.0), transform=figure.transFigure)  # "outside lower center"
        low = legend.get_window_extent(renderer).y1
    legend = axes.get_legend()
    box = axes.get_window_extent(renderer)
    if legend is not None and legend.get_in_layout():
        shown = legend.get_window_extent(renderer)
        anchor = legend.get_bbox_to_anchor()
        hung = shown.y1 <= box.y0 and anchor.y0 < box.y0  # under the axes, from a point below it
    else:
        hung = False
    others = [a for a in axes.get_default_bbox_extra_artists() if not (hung and a is legend)]
    around = axes.get_tightbbox(renderer, bbox_extra_artists=others, for_layout_only=True)
    left, right = box.x0 - around.x0 + pad_x, around.x1 - box.x1 + pad_x
    top = around.y1 - box.y1 + pad_y
    bottom = box.y0 - around.y0 + pad_y + low
    # What is placed along the axes' width, at a fraction of it: the title and the x axis'
    # label (which matplotlib's layout measures as one pixel wide, so that a long one can
    # reach past the figure's edge), and a hung legend. Each is (that fraction, its reach
    # left and right of it).
    spans = []
    for text in (axes.title, axes.xaxis.label):
        if text.get_text() and text.get_visible():
            shown_text = text.get_window_extent(renderer)
            at = (shown_text.x0 + shown_text.x1) / 2  # both are centred on their place
            spans.append(((at - box.x0) / box.width, shown_text.width / 2, shown_text.width / 2))
    if hung:
        hang = (box.y0 - anchor.y0) / box.height
        gap = anchor.y0 - shown.y1  # between the anchor and the legend's top
        under = box.y0 - around.y0 + pad_y  # the axis' numbers and label, and a padding under them
        room = height - top
        hung_bottom = (pad_y + low + hang * room + gap + shown.height) / (1 + hang)
        at = (anchor.x0 - box.x0) / box.width
        if hang * (room - hung_bottom) + gap >= under:
            bottom = max(bottom, hung_bottom)
        else:  # a short axes would pull the legend up over its axis: it goes just under them instead
            bottom = max(bottom, pad_y + low + under + shown.height)
            legend.set_bbox_to_anchor((at, -(under - gap) / (room - bottom)), transform=axes.transAxes)
        spans.append((at, anchor.x0 - shown.x0, shown.x1 - anchor.x0))
    around_only = left, right
    for _ in range(100):  # a wider margin narrows the axes, which moves what sits at a fraction of it
        before = left, right
        for at, reach_left, reach_right in spans:
            across = width - left - right
            left = max(left, reach_left - at * across + pad_x)
            right = max(right, reach_right - (1 - at) * across + pad_x)
        if abs(left - before[0]) + abs(right - before[1]) < 0.01:
            break
    if width - left - right < (width - sum(around_only)) / 2:
        left, right = around_only  # too wide to fit beside long labels: better cut off than squeeze the chart
    axes.set_position([left / width, bottom / height, 1 - (left + right) / width, 1 - (top + bottom) / height])
    axes.set_in_layout(True)  # set_position takes an axes out of layouts; this engine is the layout
