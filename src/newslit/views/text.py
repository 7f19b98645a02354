"""Show article text safely: always escaped, never live HTML, never typeset as maths.

Every view that shows text from an article goes through :func:`safe_text` or
:func:`highlighted`, so a ``<script>`` in a teacher's pasted article stays text. Both also
fold the sentences the case's key lists as describing the abuse in words
(:mod:`newslit.text.folding`): the reader sees a one-line note and a "show this sentence"
control. Text versions go through :func:`plain`, which masks and folds the same way.
"""

from __future__ import annotations

from html import escape

from newslit.text import folding
from newslit.text.folding import fold_text
from newslit.text.masking import mask

# JupyterLab's MathJax skips elements with these classes, so "$5 and $10" stays as written.
NO_MATH = "tex2jax_ignore mathjax_ignore"


def folded(note: str, inner_html: str) -> str:
    """A folded sentence: a one-line note of what it describes, and the sentence behind a control.

    ``<details>`` opens and closes from the keyboard (Enter or Space on its summary) and
    needs no script, so it works in JupyterLab, an HTML export and a handout alike.
    """
    return (
        '<details class="nl-fold" style="display:inline-block;vertical-align:top">'
        # At least 24 px tall: a target a finger or a shaky hand can hit (WCAG 2.2, 2.5.8).
        '<summary style="cursor:pointer;font-style:italic;min-height:24px;line-height:24px">Show this sentence '
        f"<small>(folded: it {escape(note)})</small></summary>{inner_html}</details>"
    )


def plain(text: str) -> str:
    """Article text for a text version: explicit terms masked, folded sentences replaced by their note."""
    return fold_text(mask(text))


def safe_text(text: str, *, masked: bool | None = None) -> str:
    """HTML for ``text``: masked (unless a teacher turned masking off), escaped, folded sentences folded.

    ``$``, ``*``, ``_`` and backticks need nothing more: the result is HTML, not Markdown,
    and callers wrap it in :func:`block`, which turns maths typesetting off.
    """
    shown = mask(text, None if masked is None else not masked)
    out, position = [], 0
    for start, end, note in folding.spans(shown):
        out.append(escape(shown[position:start], quote=True))
        out.append(folded(note, escape(shown[start:end], quote=True)))
        position = end
    out.append(escape(shown[position:], quote=True))
    return "".join(out)


def highlighted(text: str, spans: list[tuple[int, int, str, str]], *, masked: bool | None = None) -> str:
    """HTML for ``text`` with ``spans`` marked.

    Parameters
    ----------
    text : str
        The sentence or passage.
    spans : list of (start, end, css_class, title)
        Character spans to wrap in ``<mark class=... title=...>``. Overlapping spans: the
        earlier one wins. ``title`` becomes a tooltip and is escaped too.

    A text that shows a folded sentence goes, marks and all, behind one "show this
    sentence" control (:func:`folded`).
    """
    masked_text = mask(text, None if masked is None else not masked)
    out, position = [], 0
    for start, end, css_class, title in sorted(spans):
        if start < position or start >= end:
            continue
        out.append(escape(masked_text[position:start]))
        out.append(f'<mark class="{escape(css_class)}" title="{escape(title)}">{escape(masked_text[start:end])}</mark>')
        position = end
    out.append(escape(masked_text[position:]))
    html = "".join(out)
    folds = folding.spans(masked_text)
    # Marks run through a folded sentence, so the whole marked text goes behind one control.
    return folded(folds[0][2], html) if folds else html


def block(inner_html: str, *, tag: str = "div", css: str = "") -> str:
    """Wrap already-safe HTML in an element that maths typesetting leaves alone."""
    style = f' style="{escape(css)}"' if css else ""
    return f'<{tag} class="newslit-text {NO_MATH}"{style}>{inner_html}</{tag}>'


class Shown:
    """HTML in a notebook, plain text elsewhere (``print(view)`` gives the text)."""

    def __init__(self, html: str, text: str):
        self.html = html
        self.text = plain(text)  # a text version masks explicit terms and never shows a folded sentence

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__


class Table:
    """A pandas DataFrame shown safely: escaped HTML with maths typesetting off, text elsewhere.

    JupyterLab typesets ``$...$`` in a DataFrame's HTML as maths, so an article that
    mentions "$5 and $10" would show a formula; wrapped in :func:`block` it shows as written.
    The HTML is :func:`frame_html`'s (every header named, cells wrap), not pandas' own.
    The DataFrame itself is ``table.frame``.
    """

    def __init__(self, frame):
        self.frame = frame

    def _repr_html_(self) -> str:
        return frame_html(self.frame)

    def __repr__(self) -> str:
        return plain(self.frame.to_string())

    __str__ = __repr__


def html_table(headers: list[str], rows: list[list[str]], caption: str = "", *, row_headers: bool = False) -> str:
    """A table of already-safe HTML cells, with escaped headers and caption, maths typesetting off.

    With ``row_headers`` the first cell of each row is a row header (``<th scope="row">``).
    """
    head = "".join(f'<th scope="col" style="text-align:left;padding:4px 8px">{escape(h)}</th>' for h in headers)
    cell = 'style="text-align:left;vertical-align:top;padding:4px 8px"'
    body = "".join(
        "<tr>"
        + "".join(
            f'<th scope="row" {cell}>{c}</th>' if row_headers and i == 0 else f"<td {cell}>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    cap = f'<caption style="text-align:left;font-weight:bold">{escape(caption)}</caption>' if caption else ""
    return block(
        f'<table style="border-collapse:collapse">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def frame_html(frame, caption: str = "") -> str:
    """A DataFrame as :func:`html_table`: escaped, masked, every header cell named.

    A named index becomes the first column, its cells row headers; an unnamed index (row
    numbers) is left out. pandas' own HTML would leave the corner header cell empty, which
    a screen reader announces as a blank column name.
    """
    named = frame.index.name is not None
    headers = ([str(frame.index.name)] if named else []) + [str(c) for c in frame.columns]
    rows = []
    for key, values in zip(frame.index, frame.itertuples(index=False)):
        cells = [_cell(v) for v in values]
        rows.append([_cell(key)] + cells if named else cells)
    return html_table(headers, rows, caption, row_headers=named)


def _cell(value) -> str:
    if value is None or value != value:  # NaN and None show as an empty cell
        return ""
    return safe_text(str(value))


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with its noun, singular or plural: "1 sentence", "3 sentences", "1 figure"."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def sentence_place(outlet: str, index: int, role: str | None = None) -> str:
    """Where a sentence is, as a reader counts: "LifeSiteNews, headline", "WSJ, sentence 3".

    Sentences are counted from 1, the headline and subheads included (the key files count
    from 0).
    """
    if role == "headline":
        return f"{outlet}, headline"
    return f"{outlet}, sentence {index + 1}"
