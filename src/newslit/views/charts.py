"""How every chart is shown: a PNG image with its summary in words printed under it.

Charts are drawn on a plain :class:`matplotlib.figure.Figure` (never pyplot, which keeps
every figure alive in a global registry), and always come with a text summary so that a
screen reader, a printout or an HTML export without images still gets the content.
"""

from __future__ import annotations

import io

# Okabe-Ito: colours told apart with every common form of colour blindness.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]


class Summary:
    """A chart's summary in words: a paragraph that wraps at words (HTML), plain text elsewhere."""

    def __init__(self, text: str):
        self.text = text

    def _repr_html_(self) -> str:
        from html import escape

        lines = "<br>".join(escape(line) for line in self.text.split("\n"))
        return f'<p class="newslit-text tex2jax_ignore mathjax_ignore" style="max-width:60em">{lines}</p>'

    def __repr__(self) -> str:
        return self.text


def show_chart(figure, summary: str) -> None:
    """Display ``figure`` as a PNG (100 dpi) and ``summary`` under it as a paragraph."""
    from IPython.display import Image, display

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    display(Image(data=buffer.getvalue()))
    display(Summary(summary))
