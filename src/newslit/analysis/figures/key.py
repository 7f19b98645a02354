"""The figures answer key (``key/figures.csv``): pair its rows with the engine's records, and count verdicts."""

from __future__ import annotations

from newslit.analysis.figures.compare import VERDICTS, ends_in_number
from newslit.case.key import key_text

KEY_FILE = "figures.csv"
"""The figures key in a case's ``key/`` folder: article, sentence, text, key_verdict, primary_text, explanation."""


def key_matches(record: dict, row: dict) -> bool:
    """Does the key ``row`` describe the figure ``record``? Same article, sentence opening and figure words.

    The figure words agree when they are the same, when one ends with the other (a hedge
    before the figure: "some 240,000" and "240,000"), or when the key's words start with the
    engine's and go on with what the figure counts ("287 pounds per person" and "287 pounds",
    "thousands of deaths" and "thousands", "two of the sites" and "just two", "₹2 lakh crore mark" and
    "₹2 lakh crore"), or the other way round when the engine read the figure with its unit ("25,400 microns" for the key's "25,400").
    """
    if row["article"] != record["article"] or not key_text(record["sentence"]).startswith(key_text(row["sentence"])):
        return False
    # a hedge sign written onto the figure is a hedge like "about": "~$26,000" is the key's "$26,000"
    mine, theirs = key_text(record["text"]).lstrip("~≈"), key_text(row["text"]).lstrip("~≈")
    # the engine's figure without its hedge: "just two" is the key's "two of the sites"
    tails = [" ".join(mine.split()[k:]) for k in range(len(mine.split()))]
    return (
        mine == theirs
        or mine.endswith(" " + theirs)
        or theirs.endswith(" " + mine)
        or any(theirs.startswith(tail + " ") and (tail[:1].isdigit() or ends_in_number(tail)) for tail in tails)
        or (mine.startswith(theirs + " ") and theirs[:1].isdigit())
    )


def attach_key(records: list[dict], rows: list[dict]) -> list[dict]:
    """Fill ``key_verdict`` and ``key_explanation`` from the key; each row is used once. Returns unused rows."""
    unused = list(rows)
    for record in records:
        for row in unused:
            if key_matches(record, row):
                record["key_verdict"] = row.get("key_verdict") or None
                record["key_explanation"] = row.get("explanation") or None
                unused.remove(row)
                break
    return unused


def verdict_counts(records: list[dict]) -> dict[str, dict[str, int]]:
    """Per article: how many of its figures got each verdict, in :data:`VERDICTS` order.

    A figure counts under the answer key's verdict where the key has it (``key_verdict``),
    else the engine's, as the ledger shows it: a chart beside the ledger must not count the
    Daily Caller's "27" as a match while the ledger calls it changed.
    """
    counts: dict[str, dict[str, int]] = {}
    for r in records:
        counts.setdefault(r["article"], dict.fromkeys(VERDICTS, 0))[r.get("key_verdict") or r["verdict"]] += 1
    return counts
