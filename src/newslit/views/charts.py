"""How every chart is shown: a PNG image with its summary in words printed under it.

Charts are drawn on a plain :class:`matplotlib.figure.Figure` (never pyplot, which keeps
every figure alive in a global registry), and always come with a text summary so that a
screen reader, a printout or an HTML export without images still gets the content.
"""

from __future__ import annotations

import io

# Okabe-Ito: colours told apart with every common form of colour blindness.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]


def show_chart(figure, summary: str) -> None:
    """Display ``figure`` as a PNG (100 dpi) and print ``summary`` under it."""
    from IPython.display import Image, display

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    display(Image(data=buffer.getvalue()))
    print(summary)
