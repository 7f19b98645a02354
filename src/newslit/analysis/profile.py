"""One profile per article: size, how much was copied, reworded or added, readability, quotes, timing."""

from __future__ import annotations

from newslit.analysis.framing.cues import quote_spans
from newslit.analysis.provenance import LABELS
from newslit.case.model import Case, date_gap_days
from newslit.text.readability import flesch_reading_ease


def article_profiles(case: Case, provenance: list[dict]) -> list[dict]:
    """A row per article (the primary first) for the lesson's profile table.

    Parameters
    ----------
    case : Case
    provenance : list of dict
        From :func:`newslit.analysis.provenance.provenance_records`.

    Returns
    -------
    list of dict
        Fields ``article``, ``outlet``, ``words``, ``sentences``, ``copied``, ``reworded``,
        ``added`` (shares of the article's sentences, 0-1; null for the primary),
        ``reading_ease`` (Flesch, body sentences; null without words), ``quotes`` (passages
        in quotation marks, outermost only), ``days_after_primary`` (null when a date is
        unknown), ``translated_from``.
    """
    labels: dict[str, list[str]] = {}
    for r in provenance:
        labels.setdefault(r["article"], []).append(r["label"])
    rows = []
    for article in case.articles:
        mine = labels.get(article.id, [])
        shares = {k: (mine.count(k) / len(mine) if mine else None) for k in LABELS}
        if article.id == case.primary.id:
            shares = dict.fromkeys(LABELS)
        body = [s.text for s in article.body]
        quotes = 0
        for text in body:
            spans = quote_spans(text)
            quotes += sum(
                1 for q in spans if not any(o.start < q.start and q.end <= o.end for o in spans if o is not q)
            )
        rows.append(
            {
                "article": article.id,
                "outlet": article.outlet,
                "words": article.words,
                "sentences": len(article.sentences),
                **shares,
                "reading_ease": flesch_reading_ease(body),
                "quotes": quotes,
                "days_after_primary": date_gap_days(article, case.primary),
                "translated_from": article.translated_from,
            }
        )
    return rows
