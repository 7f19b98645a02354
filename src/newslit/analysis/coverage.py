"""Coverage: which of the primary's key facts each outlet carried, found through the alignment.

The key facts are a curated list (``key/facts.csv`` in the case folder: ``id``, ``label``,
``primary_sentence`` = the opening words of the primary sentence that states the fact).
An outlet *carries* a fact when one of its sentences was aligned (copied or reworded) to
that primary sentence by :mod:`newslit.analysis.provenance`. Nothing is typed in per outlet.

The matching can be wrong both ways: a fact marked left out may be there in very free
words, and a fact marked carried may come from a sentence that only shares words with the
fact's sentence (a merge of two primary sentences, or a weak match). So when the case has
an answer key (``key/provenance.csv``, a hand reading of which primary sentences each
sentence retells), every record also says what that reading gives (``key_carried``), and
a view can show where the two disagree instead of hiding it.

A case without a facts list still has coverage: :func:`sentence_coverage` reports, for
every body sentence of the primary, which outlets retold it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from newslit.analysis.provenance import key_labels
from newslit.case.errors import CaseError, Problem
from newslit.case.model import Case

FACTS_FILE = "facts.csv"


@dataclass(frozen=True)
class Fact:
    id: str
    label: str
    primary_index: int
    primary_sentence: str


def read_facts(case: Case) -> list[Fact]:
    """The case's key facts, each resolved to a primary sentence.

    Returns
    -------
    list of Fact
        Empty when the case has no ``key/facts.csv``.

    Raises
    ------
    CaseError
        When a row lacks a column, or its ``primary_sentence`` opens no sentence of the
        primary (with the line number and how to fix it).
    """
    path = case.key_dir / FACTS_FILE
    if not path.is_file():
        return []
    facts, problems = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"id", "label", "primary_sentence"} - set(reader.fieldnames or ())
        if missing:
            raise CaseError(
                [
                    Problem(
                        str(path),
                        f"missing column(s) {', '.join(sorted(missing))}",
                        "the first line must be: id,label,primary_sentence",
                        1,
                    )
                ]
            )
        for line, row in enumerate(reader, start=2):
            opening = (row["primary_sentence"] or "").strip()
            found = [s for s in case.primary.sentences if opening and s.text.startswith(opening)]
            if not found:
                problems.append(
                    Problem(
                        str(path),
                        f"fact {row['id']!r}: no primary sentence starts with {opening[:60]!r}",
                        "copy the first words of the sentence exactly from the primary article",
                        line,
                    )
                )
                continue
            facts.append(Fact(row["id"], row["label"], found[0].index, found[0].text))
    if problems:
        raise CaseError(problems)
    return facts


def fact_coverage(case: Case, provenance: list[dict], facts: list[Fact] | None = None) -> list[dict]:
    """One record per fact and outlet: is the fact carried, and how.

    Returns
    -------
    list of dict
        Fields ``fact``, ``label``, ``article``, ``outlet``, ``carried`` (bool), ``how``
        (``copied`` | ``reworded`` | null: the closest label among the sentences that
        carry it), ``sentence`` (the outlet's sentence, or null), ``key_carried`` (whether
        the answer key's hand reading has a sentence of the outlet retell the fact's
        sentence; null when the case has no key), ``key_sentence`` and ``key_how`` (the
        first such sentence and the key's label of it, or null).
    """
    facts = read_facts(case) if facts is None else facts
    read_by_hand = key_carries(case)
    by_article: dict[str, dict[int, dict]] = {}
    rank = {"copied": 0, "reworded": 1}
    for r in provenance:
        for p in r["primary_index"]:
            current = by_article.setdefault(r["article"], {}).get(p)
            if current is None or rank[r["label"]] < rank[current["label"]]:
                by_article[r["article"]][p] = r
    records = []
    for fact in facts:
        for article in case.derivatives:
            hit = by_article.get(article.id, {}).get(fact.primary_index)
            records.append(
                {
                    "fact": fact.id,
                    "label": fact.label,
                    "article": article.id,
                    "outlet": article.outlet,
                    "carried": hit is not None,
                    "how": hit["label"] if hit else None,
                    "sentence": hit["sentence"] if hit else None,
                    "key_carried": None if read_by_hand is None else (article.id, fact.primary_index) in read_by_hand,
                    "key_sentence": (read_by_hand or {}).get((article.id, fact.primary_index), (None, None))[0],
                    "key_how": (read_by_hand or {}).get((article.id, fact.primary_index), (None, None))[1],
                }
            )
    return records


def disputed(record: dict) -> bool:
    """Does the answer key's hand reading disagree with the matching about this record's fact and outlet?"""
    return record.get("key_carried") is not None and record["key_carried"] != record["carried"]


def key_carries(case: Case) -> dict[tuple[str, int], tuple[str, str]] | None:
    """The primary sentences the key says each article retells, with the article's sentence that does.

    Read from the ``primary`` column of ``key/provenance.csv``: ``(article, primary
    sentence index) -> (the article's first sentence that retells it, the key's label of
    it)``. None when the case has no such key (then there is nothing to compare with).
    """
    labels = key_labels(case)
    if not labels:
        return None
    texts = {a.id: [s.text for s in a.sentences] for a in case.articles}
    found: dict[tuple[str, int], tuple[str, str]] = {}
    for (article, index), (label, primary) in sorted(labels.items()):
        sentences = texts.get(article, [])
        for p in primary:
            if index < len(sentences):
                found.setdefault((article, p), (sentences[index], "/".join(label)))
    return found


def sentence_coverage(case: Case, provenance: list[dict]) -> list[dict]:
    """For every body sentence of the primary: how many outlets retold it, and which.

    Useful on a case with no facts list. Fields ``index``, ``sentence``, ``outlets`` (list of
    article ids), ``count``.
    """
    retold: dict[int, set[str]] = {}
    for r in provenance:
        for p in r["primary_index"]:
            retold.setdefault(p, set()).add(r["article"])
    order = [a.id for a in case.derivatives]
    return [
        {
            "index": s.index,
            "sentence": s.text,
            "outlets": [a for a in order if a in retold.get(s.index, ())],
            "count": len(retold.get(s.index, ())),
        }
        for s in case.primary.sentences
        if s.role == "body"
    ]
