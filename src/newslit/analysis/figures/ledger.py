"""Who is counting each of the primary's figures, and which retellings retold it."""

from __future__ import annotations

from newslit.analysis.figures.primary import primary_figures
from newslit.analysis.figures.records import figure_records
from newslit.case.model import Case


def primary_ledger(case: Case) -> list[dict]:
    """Every figure of the primary with who is counting it.

    Returns
    -------
    list of dict
        ``index``, ``sentence``, ``text``, ``kind``, ``value``, ``noun``, ``source``, and
        ``retold_by`` (ids of the retellings whose figures the engine matched to it).
    """
    records = figure_records(case, key=[])
    retold: dict[tuple[int, str], set[str]] = {}
    for r in records:
        if r["primary_index"] is not None and r["verdict"] in ("match", "rounded", "changed"):
            retold.setdefault((r["primary_index"], r["primary_text"]), set()).add(r["article"])
    return [
        {
            "index": p.sentence.index,
            "sentence": p.sentence.text,
            "text": p.figure.text,
            "kind": p.figure.kind,
            "value": p.figure.value,
            "noun": p.figure.noun,
            "source": p.source,
            "retold_by": sorted(retold.get((p.sentence.index, p.figure.text), ())),
        }
        for p in primary_figures(case)
        if p.sentence is not None
    ]
