"""A form for making a case in the notebook: paste or upload each article, mark the primary.

The form only collects values; :func:`newslit.case.writer.write_case` writes and checks
the folder. What a teacher typed stays in the form when saving fails, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newslit.case.errors import CaseError
from newslit.case.writer import NewArticle, slugify, write_case
from newslit.views.text import block, safe_text

KINDS = ["news", "investigation", "wire", "blog", "opinion", "press-release", "report"]


def _article_panel(number: int):
    import ipywidgets as w

    from newslit.views.looks import look, text_widget

    # Every field of every panel shares one layout and one style per kind (see newslit.views.looks).
    line = {"layout": look("layout"), "style": look("text", description_width="110px")}
    label = look("description", description_width="110px")
    fields = {
        "outlet": w.Text(description="Outlet", placeholder="who published it (required)", **line),
        "headline": w.Text(description="Headline", placeholder="as published", **line),
        "byline": w.Text(description="Byline", placeholder="author(s), if known", **line),
        "published": w.DatePicker(description="Published", layout=line["layout"], style=label),
        "language": w.Text(value="en", description="Language", placeholder="en, fr, nl ...", **line),
        "translated_from": w.Text(
            description="Translated from", placeholder="original's language, if translated", **line
        ),
        "kind": w.Dropdown(options=KINDS, value="news", description="Kind", layout=line["layout"], style=label),
        "text": w.Textarea(
            placeholder="Paste the article's text here (or upload a .txt file below)",
            layout=look("layout", width="95%", height="160px"),
            style=line["style"],
        ),
        "upload": w.FileUpload(accept=".txt", multiple=False, description="Upload .txt"),
    }

    def on_upload(change):
        files = change["new"]
        if files:
            fields["text"].value = bytes(files[0]["content"]).decode("utf-8", errors="replace")

    fields["upload"].observe(on_upload, names="value")
    box = w.VBox(
        [text_widget(f"<b>Article {number}</b>"), *fields.values()],
        layout=w.Layout(border="1px solid #999", padding="6px", margin="4px 0"),
    )
    return box, fields


def to_new_article(fields: dict) -> NewArticle:
    """The values of one article panel as a :class:`NewArticle`."""
    published = fields["published"].value
    return NewArticle(
        outlet=fields["outlet"].value.strip(),
        text=fields["text"].value,
        headline=fields["headline"].value.strip() or None,
        byline=fields["byline"].value.strip() or None,
        published=published if isinstance(published, dt.date) else None,
        language=fields["language"].value.strip() or "en",
        translated_from=fields["translated_from"].value.strip() or None,
        kind=fields["kind"].value,
    )


def case_form(parent: str | Path = "my_cases", articles: int = 2):
    """A form that writes a new case folder under ``parent`` and checks it.

    Returns the form widget; ``form.saved`` holds the path of the last case saved.
    """
    import ipywidgets as w

    from newslit.views.looks import button_widget, look

    title = w.Text(
        description="Case title",
        placeholder="e.g. The March jobs report and its coverage",
        style=look("text", description_width="110px"),
        layout=look("layout", width="95%"),
    )
    question = w.Text(
        description="Question",
        value="What did each outlet keep, change and add?",
        style=look("text", description_width="110px"),
        layout=look("layout", width="95%"),
    )
    panels: list[dict] = []
    holder = w.VBox()
    primary = w.RadioButtons(description="Primary", style={"description_width": "110px"})
    primary.add_class("nl-choice")  # the choice exercises' spacing: options big enough to hit (WCAG 2.5.8)
    add = button_widget("Add an article", icon="plus")
    save = button_widget("Save and check the case", fit=True, button_style="primary", icon="check")
    result = w.HTML()

    def add_panel(_=None):
        box, fields = _article_panel(len(panels) + 1)
        panels.append(fields)
        holder.children = (*holder.children, box)
        primary.options = [f"Article {i + 1}" for i in range(len(panels))]

    def on_save(_):
        name = slugify(title.value or "my case")
        try:
            folder = write_case(
                Path(parent) / name,
                title=title.value,
                question=question.value,
                articles=[to_new_article(fields) for fields in panels],
                primary=primary.index if primary.index is not None else 0,
            )
        except CaseError as exc:
            items = "".join(f"<li>{safe_text(str(p))}</li>" for p in exc.problems)
            result.value = block(
                f"<b>✗ Not saved yet.</b> Fix these and press the button again (what you typed is still here):<ul>{items}</ul>"
            )
            return
        form.saved = folder
        result.value = block(
            f"<b>✓ Saved and checked:</b> {safe_text(str(folder))}. Load it with "
            f"<code>load_case({safe_text(repr(str(folder)))})</code> or set <code>CASE_FOLDER</code> above."
        )

    add.on_click(add_panel)
    save.on_click(on_save)
    for _ in range(articles):
        add_panel()
    primary.index = 0
    from newslit.views.exercises import CHOICE_STYLE

    form = w.VBox([title, question, holder, add, w.HTML(CHOICE_STYLE), primary, save, result])
    form.saved = None
    form.panels = panels
    return form
