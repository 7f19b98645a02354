"""Tables that introduce a case: its articles, and what cleaning kept out of each.

Both show as HTML tables with plain column headers in a notebook and as text elsewhere.
"""

from __future__ import annotations

from html import escape

from newslit.analysis.overview import article_rows, removed_rows
from newslit.case.model import Article, Case
from newslit.views.text import Shown, html_table, safe_text

ARTICLE_COLUMNS = [  # (field of article_rows, header a reader sees)
    ("outlet", "Outlet"),
    ("role", "Role"),
    ("published", "Published"),
    ("days after primary", "Days after the primary"),
    ("byline", "Byline"),
    ("kind", "Kind"),
    ("language", "Language"),
    ("words", "Words"),
    ("sentences", "Sentences (headline and subheads counted)"),
]


def article_table(case: Case) -> Shown:
    """The case's articles side by side: outlet, role, dates, byline, kind, language, words, sentences.

    "Sentences" counts every sentence, the headline and subheads included: the same count
    as lesson 01's reader and profile table.
    """
    rows = article_rows(case)
    for row, article in zip(rows, case.articles):
        row["sentences"] = len(article.sentences)
        if row["days after primary"] == "":
            row["days after primary"] = "(the primary)"
        if hasattr(article.published, "day"):  # "7 June 2023": an ISO date wraps mid-number in a narrow column
            row["published"] = f"{article.published.day} {article.published:%B %Y}"
        row["words"] = f"{row['words']:,}"
    headers = [header for _, header in ARTICLE_COLUMNS]
    table = [[escape(str(row[field])) for field, _ in ARTICLE_COLUMNS] for row in rows]
    text = "\n".join("; ".join(f"{header}: {row[field]}" for field, header in ARTICLE_COLUMNS) for row in rows)
    return Shown(html_table(headers, table, "The five articles" if len(rows) == 5 else "The articles"), text)


def removed_table(article: Article) -> Shown:
    """What cleaning kept out of ``article``: what each piece is, why it was left out, and its text."""
    rows = removed_rows(article)
    table = [[escape(r["kind"]), escape(r["why"]), safe_text(r["text"])] for r in rows]
    text = "\n".join(f"{r['kind']}: {r['text']} ({r['why']})" for r in rows) or "Nothing was left out."
    return Shown(
        html_table(["What it is", "Why it was left out", "Text"], table, f"Left out of {article.outlet}"), text
    )
