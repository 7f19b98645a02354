"""Who is counting each of the primary's figures, which retellings retold it, and the ledger's sample and leads."""

from __future__ import annotations

from newslit.analysis.figures.primary import primary_figures
from newslit.analysis.figures.records import figure_records
from newslit.case.model import Case
from newslit.text.numbers import find_figures
from newslit.text.tokens import stem


def primary_ledger(case: Case, records: list[dict] | None = None) -> list[dict]:
    """Every figure of the primary with who is counting it.

    Parameters
    ----------
    case : Case
    records : list of dict, optional
        The case's figure records (:func:`~newslit.analysis.figures.figure_records`), when
        they are at hand (lesson 03 has them): which retellings retold a figure is read from
        their verdicts. Worked out here otherwise (the engine's own run, no key).

    Returns
    -------
    list of dict
        ``index``, ``sentence``, ``text``, ``kind``, ``value``, ``noun``, ``source``, and
        ``retold_by`` (ids of the retellings whose figures the engine matched to it).
    """
    if records is None:
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


def lead_counts_the_same_kind(record: dict) -> bool:
    """Whether a record's lead (the nearest primary figure) plausibly counts the same kind of thing.

    The engine gives a figure it cannot find in the primary its nearest primary figure as a
    lead, whatever that figure counts. A lead is worth a reader's time only when it counts
    the same thing or is in the same unit: both figures name the same noun (by stem:
    "account" and "accounts"), or both have the same unit ("years", "%"). Without a
    lead, or when neither figure names what it counts, it is False.
    """
    if not record.get("lead_text") or not record.get("lead_sentence"):
        return False
    found = find_figures(record["lead_sentence"])
    lead = next((f for f in found if f.text == record["lead_text"]), None) or next(
        (f for f in found if record["lead_text"] in f.text), None
    )
    if lead is None:
        return False
    if record.get("unit") and record.get("unit") == lead.unit:
        return True
    return bool(record.get("noun") and lead.noun and stem(record["noun"].lower()) == stem(lead.noun.lower()))


def shown_verdict(record: dict) -> str:
    """The verdict a reader should take from a record: the answer key's where it has one, else the engine's."""
    return record.get("key_verdict") or record["verdict"]


def ledger_sample(records: list[dict]) -> list[dict]:
    """A sample of the ledger for class: in each retelling, the first figure of each verdict.

    The rule keeps every kind of verdict each outlet earned (a match, a rounded figure, a
    changed one, one not in the primary) and drops the repeats, so the sample stays short
    whatever the case; the rows keep the order of ``records``. The verdict is the key's
    where it has the figure (:func:`shown_verdict`).
    """
    seen: set[tuple[str, str]] = set()
    sample = []
    for r in records:
        kind = (r["article"], shown_verdict(r))
        if kind not in seen:
            seen.add(kind)
            sample.append(r)
    return sample
