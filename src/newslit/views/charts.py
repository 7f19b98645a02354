"""How every chart is shown: an SVG image described by its summary in words, shown under it.

Charts are drawn on a plain :class:`matplotlib.figure.Figure` (never pyplot, which keeps
every figure alive in a global registry), and always come with a text summary so that a
screen reader, a printout or an HTML export without images still gets the content.

In a notebook and in a handout the chart is an HTML ``<figure>``: the image's ``alt`` names
the chart (its title) and ``aria-describedby`` points to the summary, which is the
figure's caption, so a screen reader announces the chart and reads its values in words.
The same output also carries the bare SVG and, as its plain-text version, the title and
the summary (what a text-only front end, ``nbconvert --to markdown`` or a copy shows).

The image is SVG, not PNG: the browser draws it, so the kernel does not rasterise every
letter and compress the pixels (a quarter less time per chart, about 50 ms), and it stays
sharp when zoomed. Its text is drawn as the outlines of matplotlib's own font, so it looks
the same on every computer, installed fonts or not.
"""

from __future__ import annotations

import base64
import contextlib
import io
import uuid
from html import escape

from newslit.text.masking import mask
from newslit.views.text import block, safe_text

# Okabe-Ito: colours told apart with every common form of colour blindness.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
DPI = 100  # a chart is shown as wide as its PNG at 100 dpi was: figure width in inches x 100 pixels


def chart_name(figure) -> str:
    """What the chart is called: "Chart: " and the figure's title (else its first axes title), or "Chart"."""
    titles = [figure.get_suptitle(), *(axes.get_title() for axes in figure.axes)]
    title = next((t.strip() for t in titles if t and t.strip()), "")
    return f"Chart: {title}" if title else "Chart"


def chart_html(svg: bytes, name: str, summary: str, *, width: int | None = None, chart_id: str | None = None) -> str:
    """A ``<figure>``: the SVG image with ``alt`` = ``name``, described by ``summary`` (its caption).

    ``chart_id`` makes the caption's id (a fresh one by default: two charts on one page, or
    the same chart shown twice, must not share it).
    """
    caption_id = f"newslit-chart-{chart_id or uuid.uuid4().hex[:12]}"
    data = base64.b64encode(svg).decode("ascii")
    size = f' width="{width}"' if width else ""
    return block(
        f'<img src="data:image/svg+xml;base64,{data}" alt="{escape(mask(name), quote=True)}"{size}'
        f' aria-describedby="{caption_id}" style="max-width:100%;height:auto">'
        f'<figcaption id="{caption_id}">{safe_text(summary)}</figcaption>',
        tag="figure",
        css="margin:0 0 .5em 0",
    )


def new_chart(width: float, height: float):
    """A new figure, ``width`` by ``height`` inches, and its one axes: ``(figure, axes)``.

    Laid out by :class:`~newslit.views.chart_layout.OneAxesLayout` (constrained layout's
    margins, measured once). The axes' title is pinned to the top of the axes, where
    matplotlib puts it anyway when nothing is drawn above the axes (no chart here has
    ticks, tick labels or an axis offset up there). Left to find that place itself,
    matplotlib measures the whole y axis again each time it places the title, in the
    layout and in the drawing: about a tenth of a chart's time for the same picture.
    """
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    from newslit.views.chart_layout import OneAxesLayout  # here: it imports matplotlib

    figure = Figure(figsize=(width, height), layout=OneAxesLayout())
    with rc_context({"axes.titley": 1.0}):  # read once, when the axes is made
        axes = figure.subplots()
    return figure, axes


def inside_axes(texts) -> None:
    """Leave ``texts`` out of the layout: labels drawn inside the axes, which cannot change its margins.

    For a number in the middle of its bar. The layout measures every text it is given,
    and the drawing measures it again; these cannot move anything, and skipping them saves
    a few milliseconds a labelled bar chart. A label that may reach past the axes (past
    the end of a bar, above the top row) must stay in the layout.
    """
    for text in texts:
        text.set_in_layout(False)


# A fixed salt for the SVG's internal ids (clip paths): the same chart gives the same bytes.
SVG_SETTINGS = {"svg.fonttype": "path", "svg.hashsalt": "newslit"}


def render_svg(figure) -> bytes:
    """The figure as SVG bytes: the image ``figure.savefig(format="svg")`` makes with :data:`SVG_SETTINGS`.

    Drawn once, the figure's layout worked out in that draw (``savefig``
    draws a figure that has a layout twice, once without rendering to work out the layout),
    and measured with the renderer that draws it (:func:`_measured_by_drawing`);
    no date is written, so the same chart gives the same bytes.
    The settings hold only while drawing (matplotlib's own settings are left as they were).
    """
    from matplotlib import rc_context
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    buffer = io.BytesIO()
    canvas = FigureCanvasSVG(figure)
    with rc_context(SVG_SETTINGS), _measured_by_drawing(figure, canvas):
        canvas.print_svg(buffer, metadata={"Date": None})
    return buffer.getvalue()


@contextlib.contextmanager
def _measured_by_drawing(figure, canvas):
    """While open, the figure's layout measures its text with the renderer that is drawing it.

    An SVG canvas has no renderer of its own, so the layout engine asks matplotlib for one,
    which makes a second renderer by starting a second, throwaway drawing; each renderer
    keeps its own text sizes, so every label, tick and title was measured by both (the
    same sizes: the renderers are alike). Lent the drawing renderer, as a canvas that has
    one (Agg) would, the layout and the drawing measure each text once between them:
    about a tenth of each chart's time, and the same bytes.
    """

    def draw(renderer, _draw=figure.draw):
        canvas.get_renderer = lambda: renderer
        _draw(renderer)

    figure.draw = draw
    try:
        yield
    finally:
        # back to the class's own methods: no drawing renderer is kept after the drawing
        del figure.draw
        canvas.__dict__.pop("get_renderer", None)


def chart_bundle(figure, summary: str) -> dict:
    """The output of :func:`show_chart`: ``text/html``, ``image/svg+xml`` and ``text/plain``."""
    width = round(figure.get_figwidth() * DPI)
    svg = render_svg(figure)
    name = chart_name(figure)
    return {
        "text/html": chart_html(svg, name, summary, width=width),
        "image/svg+xml": svg.decode("utf-8"),
        "text/plain": mask(f"{name}\n{summary}"),
    }


def show_chart(figure, summary: str) -> None:
    """Display ``figure`` as an SVG image (as wide as at 100 dpi) with ``summary`` as its described caption."""
    from IPython.display import display

    display(chart_bundle(figure, summary), raw=True)
