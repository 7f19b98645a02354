"""Lesson 04's material, read from the case: design claims, the evidence board, stakeholders, rules.

Nothing here is typed-in article text. The key files in ``<case>/key/`` give only the
opening words (or a phrase) of each sentence; the sentence itself is looked up in the
loaded case, so what learners read is always the article as published (and a key that
points at nothing is an error, not a silent gap).

Key files (described in ``seeds/key/README.md``): ``design.csv``, ``evidence.csv``,
``stakeholders.csv``, ``rules_since.csv``. A case without them gives empty lists.
"""

from __future__ import annotations

import datetime as dt

from newslit.case.key import find_sentence, read_rows
from newslit.case.model import Case

EVIDENCE_CATEGORIES = ["documented by researchers", "Meta about itself", "asserted by an outlet", "opinion"]
STAKEHOLDERS = [
    "the platform (Meta)",
    "researchers",
    "regulators",
    "NCMEC and law enforcement",
    "parents",
    "young users",
    "shareholders",
]


def design_claims(case: Case) -> list[dict]:
    """What the reporting says each design feature did, and Meta's stated response.

    Returns
    -------
    list of dict
        One per feature, in the key's order: ``feature``, ``design`` and ``response``
        (lists of ``{article, index, sentence}`` taken from the case) and ``notes``
        (the key's notes, in order). A feature whose response row is empty gets
        ``response == []`` and its note says why.
    """
    features: dict[str, dict] = {}
    for row in read_rows(case, "design.csv"):
        feature = features.setdefault(
            row["feature"], {"feature": row["feature"], "design": [], "response": [], "notes": []}
        )
        if row["sentence"]:
            sentence = find_sentence(case, row["article"], row["sentence"])
            feature[row["role"]].append({"article": row["article"], "index": sentence.index, "sentence": sentence.text})
        if row["note"]:
            feature["notes"].append(row["note"])
    return list(features.values())


def evidence_board(case: Case) -> list[dict]:
    """The evidence board's statements, each as printed in its article, with the key's category.

    Returns
    -------
    list of dict
        ``statement`` (the key's words, checked to be in the article), ``sentence`` (the
        whole sentence from the case), ``article``, ``outlet``, ``category`` (one of
        :data:`EVIDENCE_CATEGORIES`) and ``explanation``.

    Raises
    ------
    LookupError
        If a statement is not in its article; ValueError for an unknown category.
    """
    rows = []
    for row in read_rows(case, "evidence.csv"):
        if row["category"] not in EVIDENCE_CATEGORIES:
            raise ValueError(
                f'key/evidence.csv: unknown category "{row["category"]}"; use one of {EVIDENCE_CATEGORIES}'
            )
        sentence = find_sentence(case, row["article"], row["statement"])
        rows.append(
            {
                "statement": row["statement"],
                "sentence": sentence.text,
                "article": row["article"],
                "outlet": case.article(row["article"]).outlet,
                "category": row["category"],
                "explanation": row["explanation"],
            }
        )
    return rows


def stakeholder_actions(case: Case) -> list[dict]:
    """Who did what: actions from the texts (or the project's verified notes), with the stakeholder.

    Rows whose ``article`` is an article id are checked against the case (the ``sentence``
    phrase must be in it); rows marked ``notes`` come from the verified notes. Every row's
    ``source`` cites where the action is written (see :mod:`newslit.case.citations`).
    """
    rows = []
    for row in read_rows(case, "stakeholders.csv"):
        if row["stakeholder"] not in STAKEHOLDERS:
            raise ValueError(
                f'key/stakeholders.csv: unknown stakeholder "{row["stakeholder"]}"; use one of {STAKEHOLDERS}'
            )
        if row["article"] != "notes":
            find_sentence(case, row["article"], row["sentence"])
        rows.append(row)
    return rows


def rules_since(case: Case) -> list[dict]:
    """The dated timeline of rules and events, oldest first.

    Each row: ``date`` (a :class:`datetime.date`), ``label`` (the date as precisely as it
    is known: "1996" for a year-only date), ``jurisdiction``, ``event``, ``source``.
    """
    rows = []
    for row in read_rows(case, "rules_since.csv"):
        date = dt.date.fromisoformat(row["date"])
        label = str(date.year) if row["precision"] == "year" else f"{date.day} {date:%B %Y}"
        rows.append({**row, "date": date, "label": label})
    return sorted(rows, key=lambda r: r["date"])
