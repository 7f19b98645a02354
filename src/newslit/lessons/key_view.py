"""The case's answer key, made readable for a teacher: outlets by name, whole sentences, plain headers.

A key file names each sentence by its opening words and each article by its id (so a
teacher can edit it in a spreadsheet). Shown in the teacher guide, every row gets the
outlet's name, the whole sentence as published (looked up in the case, masked, and folded
where the case folds it) and headers in words. Sentences are counted from 1, the headline
included, as in every view a learner reads.
"""

from __future__ import annotations

from html import escape

from newslit.case.key import find_sentence, read_rows
from newslit.case.model import Case, short_outlet
from newslit.views.text import Shown, html_table, plain, safe_text

VERDICTS = {"match": "match", "rounded": "rounded", "changed": "changed", "not_in_primary": "not in the primary"}
KINDS = {"doubt_verb": "doubt word", "scare_quote": "scare quote", "loaded": "loaded word", "reframed": "reframed"}


def _outlet(case: Case, article: str) -> str:
    try:
        return short_outlet(case.article(article).outlet)
    except KeyError:
        return article


def _sentence(case: Case, article: str, opening: str) -> str:
    """The whole sentence a key row names by its opening words (the words themselves if none matches)."""
    try:
        return find_sentence(case, article, opening).text
    except (LookupError, KeyError):
        return opening


def _table(headers: list[str], rows: list[list[str]], caption: str) -> Shown:
    html = html_table(headers, [[safe_text(c) for c in row] for row in rows], caption)
    text = caption + "\n" + "\n".join(" | ".join(plain(c) for c in row) for row in rows)
    return Shown(html, text)


def provenance_key(case: Case) -> Shown:
    """Where each sentence of the retellings came from, by hand: outlet, sentence, label, the WSJ sentence(s)."""
    primary = case.primary.sentences
    rows = []
    for row in read_rows(case, "provenance.csv"):
        article, index = row["article"], int(row["index"])
        sentence = case.sentence(article, index).text if index < len(case.article(article).sentences) else ""
        sources = [int(p) for p in (row.get("primary") or "").split()]
        wsj = " ".join(f"[{p + 1}] {primary[p].text}" for p in sources if p < len(primary)) or "none: added"
        label = row["label"].replace("copied/reworded", "copied or reworded (either counts)")
        rows.append([_outlet(case, article), f"{index + 1}. {sentence}", label, wsj])
    return _table(
        ["Outlet", "Sentence (numbered from 1)", "Label", f"Retells {short_outlet(case.primary.outlet)} sentence"],
        rows,
        f"Where each sentence came from, by hand: {len(rows)} sentences",
    )


def facts_key(case: Case) -> Shown:
    """The key facts lesson 01 looks for, each with the primary sentence that states it."""
    rows = [[r["label"], _sentence(case, case.primary.id, r["primary_sentence"])] for r in read_rows(case, "facts.csv")]
    return _table(["Key fact", f"{short_outlet(case.primary.outlet)}'s sentence"], rows, f"{len(rows)} key facts")


def framing_key(case: Case) -> Shown:
    """Every framing cue and aside the authors found: outlet, sentence, the words, the kind, why."""
    rows = []
    for r in read_rows(case, "framing.csv"):
        kind = KINDS.get(r["kind"], r["kind"])
        if not r.get("phrase"):
            kind = f"aside: {kind}"
        rows.append(
            [
                _outlet(case, r["article"]),
                _sentence(case, r["article"], r["sentence"]),
                r.get("phrase") or "(the whole sentence)",
                kind,
                r["explanation"],
            ]
        )
    return _table(["Outlet", "Sentence", "Words", "Kind", "Why"], rows, f"Framing cues and asides: {len(rows)} rows")


def figures_key(case: Case) -> Shown:
    """Every figure of the retellings: outlet, sentence, figure, verdict, the WSJ's figure, why."""
    rows = [
        [
            _outlet(case, r["article"]),
            _sentence(case, r["article"], r["sentence"]),
            r["text"],
            VERDICTS.get(r["key_verdict"], r["key_verdict"]),
            r.get("primary_text") or "—",
            r["explanation"],
        ]
        for r in read_rows(case, "figures.csv")
    ]
    return _table(
        ["Outlet", "Sentence", "Figure", "Verdict", f"{short_outlet(case.primary.outlet)}'s figure", "Why"],
        rows,
        f"Every figure of the retellings: {len(rows)}",
    )


def evidence_key(case: Case) -> Shown:
    """The evidence board: each statement in its whole sentence, its outlet, its kind and why."""
    rows = [
        [_sentence(case, r["article"], r["statement"]), _outlet(case, r["article"]), r["category"], r["explanation"]]
        for r in read_rows(case, "evidence.csv")
    ]
    return _table(["Statement", "Outlet", "Kind", "Why"], rows, f"The evidence board: {len(rows)} statements")


def stakeholders_key(case: Case) -> Shown:
    """Who did what: action, stakeholder, why."""
    rows = [[r["action"], r["stakeholder"], r["explanation"]] for r in read_rows(case, "stakeholders.csv")]
    return _table(["Action", "Who took it", "Why"], rows, f"The stakeholders: {len(rows)} actions")


def design_key(case: Case) -> Shown:
    """The design features: each WSJ sentence saying what a feature did, or Meta's response, and a note."""
    rows = []
    for r in read_rows(case, "design.csv"):
        sentence = _sentence(case, r["article"], r["sentence"]) if r.get("sentence") else "(none reported)"
        role = "what it did" if r["role"] == "design" else "Meta's response"
        rows.append([r["feature"], role, sentence, r.get("note") or ""])
    return _table(["Feature", "Sentence says", "Sentence", "Note"], rows, f"The design features: {len(rows)} sentences")


def rules_key(case: Case) -> Shown:
    """The rules-since timeline: date, where, what, source."""
    rows = [
        [r["date"][:4] if r.get("precision") == "year" else r["date"], r["jurisdiction"], r["event"], r["source"]]
        for r in read_rows(case, "rules_since.csv")
    ]
    return _table(["Date", "Where", "What", "Source"], rows, f"Rules and events: {len(rows)}")


def folded_key(case: Case) -> Shown:
    """The sentences every view folds, with what each describes (the sentence itself stays folded here too)."""
    rows = []
    for r in read_rows(case, "folded.csv"):
        rows.append([_outlet(case, r["article"]), _sentence(case, r["article"], r["sentence"]), f"it {r['note']}"])
    html_rows = [[escape(a), safe_text(s), escape(n)] for a, s, n in rows]
    return Shown(
        html_table(["Outlet", "Sentence (folded)", "What it describes"], html_rows, f"Folded sentences: {len(rows)}"),
        "\n".join(f"{a}: {plain(s)} ({n})" for a, s, n in rows),
    )
