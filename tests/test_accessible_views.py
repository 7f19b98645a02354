"""What a screen reader and a keyboard get from the views: charts described, tables named, no inner scroll.

The browser test ``tests/browser/test_axe.py`` checks the same with axe-core in JupyterLab;
these check the HTML itself, fast, and the handout export (no browser needed).
"""

from __future__ import annotations

import base64
from html.parser import HTMLParser

import nbformat
import pandas as pd
import pytest
from matplotlib.figure import Figure

from newslit import provenance_records, voice_records
from newslit.text.masking import mask
from newslit.views.charts import chart_bundle
from newslit.views.provenance import article_view, profile_table, voices_table
from newslit.views.text import Table

EXPLICIT = "#pedowhore"
SUMMARY = f"Votes per outlet. Courier: 3; Herald: 5, up from $5 and $10. It quotes {EXPLICIT}."


class Elements(HTMLParser):
    """Every element's tag, attributes and text (its own and its descendants')."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[dict] = []
        self._open: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.found.append(element)
        if tag not in ("img", "br", "input", "meta", "link", "hr"):
            self._open.append(element)

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data

    def all(self, tag: str) -> list[dict]:
        return [e for e in self.found if e["tag"] == tag]

    def by_id(self, element_id: str) -> list[dict]:
        return [e for e in self.found if e["attrs"].get("id") == element_id]


def a_chart(title: str = "Votes per outlet") -> Figure:
    figure = Figure(figsize=(4, 3))
    axes = figure.subplots()
    axes.bar(["Courier", "Herald"], [3, 5])
    axes.set_title(title)
    return figure


def described_images(html: str) -> list[tuple[str, str]]:
    """``(alt, text of the element its aria-describedby names)`` for every image."""
    page = Elements(html)
    shown = []
    for img in page.all("img"):
        targets = page.by_id(img["attrs"].get("aria-describedby", ""))
        shown.append((img["attrs"].get("alt"), targets[0]["text"] if len(targets) == 1 else None))
    return shown


def test_a_chart_is_named_by_its_title_and_described_by_its_summary_in_words():
    bundle = chart_bundle(a_chart(), SUMMARY)
    assert described_images(bundle["text/html"]) == [("Chart: Votes per outlet", mask(SUMMARY))]
    assert EXPLICIT not in bundle["text/html"] and mask(SUMMARY) != SUMMARY
    assert "tex2jax_ignore" in bundle["text/html"]  # "$5 and $10" is not typeset as maths
    # The text version: what a text-only front end or an export without images shows.
    assert bundle["text/plain"] == mask(f"Chart: Votes per outlet\n{SUMMARY}")
    assert bundle["image/svg+xml"].startswith("<?xml") and "<svg" in bundle["image/svg+xml"]


def test_a_workbook_chart_is_the_image_savefig_draws_with_its_title_and_axis_labels(seed_case):
    """The chart a learner sees is drawn in one pass; it must be the same picture, byte for byte, at the same width."""
    import io

    from matplotlib import rc_context

    from newslit.views.charts import SVG_SETTINGS
    from newslit.views.provenance import label_chart

    records = provenance_records(seed_case)
    made = label_chart(seed_case, records)
    saved = io.BytesIO()
    with rc_context(SVG_SETTINGS):
        made.savefig(saved, format="svg", metadata={"Date": None})
    bundle = chart_bundle(label_chart(seed_case, records), "Shares.")
    assert bundle["image/svg+xml"].encode("utf-8") == saved.getvalue()
    assert chart_bundle(label_chart(seed_case, records), "Shares.")["image/svg+xml"] == bundle["image/svg+xml"]
    (image,) = Elements(bundle["text/html"]).all("img")
    assert image["attrs"]["src"].startswith("data:image/svg+xml;base64,")
    assert base64.b64decode(image["attrs"]["src"].split(",", 1)[1]).decode("utf-8") == bundle["image/svg+xml"]
    assert image["attrs"]["width"] == str(round(made.get_figwidth() * 100))  # as wide as the 100-dpi PNG was
    (axes,) = made.axes
    assert axes.get_xlabel() and axes.get_ylabel()
    assert described_images(bundle["text/html"]) == [(f"Chart: {axes.get_title()}", "Shares.")]


def test_two_charts_on_one_page_never_share_a_caption():
    html = chart_bundle(a_chart(), "First.")["text/html"] + chart_bundle(a_chart(), "Second.")["text/html"]
    assert described_images(html) == [("Chart: Votes per outlet", "First."), ("Chart: Votes per outlet", "Second.")]


def test_a_chart_without_a_title_is_still_named():
    figure = Figure()
    figure.subplots().plot([1, 2])
    assert described_images(chart_bundle(figure, "A line.")["text/html"]) == [("Chart", "A line.")]


def test_a_handout_keeps_the_chart_described():
    from newslit import handouts

    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("views.show_label_chart(case, records)")
    cell.outputs = [nbformat.v4.new_output("display_data", data=chart_bundle(a_chart(), SUMMARY))]
    notebook.cells = [nbformat.v4.new_markdown_cell("# A lesson"), cell]
    page = handouts.export_html(notebook, "A lesson")
    assert described_images(page) == [("Chart: Votes per outlet", mask(SUMMARY))]


def test_a_table_names_every_header_cell_and_marks_row_headers():
    frame = pd.DataFrame(
        {"outlet": ["Courier", "Herald"], "words": [120, 80], "note": ["costs $5 and $10", None]}
    ).set_index("outlet")
    page = Elements(Table(frame)._repr_html_())
    headers = page.all("th")
    assert [h["text"] for h in headers] == ["outlet", "words", "note", "Courier", "Herald"]
    assert [h["attrs"]["scope"] for h in headers] == ["col"] * 3 + ["row"] * 2
    assert [c["text"] for c in page.all("td")] == ["120", "costs $5 and $10", "80", ""]
    assert "tex2jax_ignore" in page.all("div")[0]["attrs"]["class"]


def test_a_table_with_row_numbers_leaves_them_out():
    page = Elements(Table(pd.DataFrame({"kind": ["masthead"], "text": ["Opinion"]}))._repr_html_())
    assert [h["text"] for h in page.all("th")] == ["kind", "text"]


@pytest.fixture(scope="module")
def seed_views(seed_case):
    return provenance_records(seed_case), voice_records(seed_case)


def test_the_reader_and_the_voices_table_have_no_inner_scroll_box(seed_case, seed_views):
    """A box that scrolls inside the notebook: JupyterLab's arrow keys move between cells, not in it."""
    records, voices = seed_views
    for view in [article_view(seed_case, records, "afp"), voices_table(seed_case, voices)]:
        for element in Elements(view.html).found:
            style = element["attrs"].get("style", "")
            assert "overflow" not in style and "max-height" not in style, style


def test_the_profile_table_headers_are_words_that_can_wrap(seed_case, seed_views):
    from newslit.analysis.profile import article_profiles

    table = profile_table(article_profiles(seed_case, seed_views[0]))
    headers = [h["text"] for h in Elements(table._repr_html_()).all("th") if h["attrs"]["scope"] == "col"]
    assert "Days after the primary" in headers and all("_" not in h for h in headers), headers
