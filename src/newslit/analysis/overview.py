"""Tables that introduce a case: its articles, and what cleaning kept out of each."""

from __future__ import annotations

from newslit.case.model import Article, Case, date_gap_days
from newslit.text.masking import mask

LANGUAGE_NAMES = {"en": "English", "fr": "French", "nl": "Dutch", "de": "German", "es": "Spanish", "it": "Italian"}


def language_label(article: Article) -> str:
    """``"English"``, or ``"English (translated from French)"`` for a translation."""
    name = LANGUAGE_NAMES.get(article.language, article.language)
    if article.translated_from:
        return f"{name} (translated from {LANGUAGE_NAMES.get(article.translated_from, article.translated_from)})"
    return name


def article_rows(case: Case) -> list[dict]:
    """One row per article: outlet, role, date, byline, kind, language, words, body sentences.

    Unknown values are written as "unknown" rather than left blank, so a learner sees that
    nobody guessed them.
    """
    rows = []
    for article in case.articles:
        gap = date_gap_days(article, case.primary)
        rows.append(
            {
                "id": article.id,
                "outlet": article.outlet,
                "role": "primary" if article.id == case.primary.id else "retelling",
                "published": article.published.isoformat() if article.published else "unknown",
                "days after primary": "" if article.id == case.primary.id else ("unknown" if gap is None else gap),
                "byline": article.byline or "unknown",
                "kind": article.kind or "unknown",
                "language": language_label(article),
                "words": article.words,
                "body sentences": len(article.body),  # headline, dek and subheads not counted
            }
        )
    return rows


def removed_rows(article: Article) -> list[dict]:
    """What cleaning kept out of ``article``: kind, why, and the text (masked)."""
    return [{"kind": r.kind, "why": r.reason, "text": mask(r.text)} for r in article.removed]
