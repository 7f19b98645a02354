"""An index of the primary's figures, so a retold figure only meets the few that could be its match."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from newslit.analysis.figures.compare import KIND_GROUPS
from newslit.analysis.figures.primary import figure_stems
from newslit.case.model import Case
from newslit.text.tokens import stem
from newslit.text.weights import idf


def primary_idf(case: Case) -> dict[str, float]:
    """Word weights over the primary's sentences, ``log(1 + N / df)`` (see :func:`newslit.text.weights.idf`)."""
    return idf((figure_stems(s.text) for s in case.primary.sentences), smooth=True)


def similarity(words: frozenset[str], other: frozenset[str], idf: dict[str, float]) -> float:
    """How much of ``words`` (weighted by rarity in the primary) is in ``other``: 0-1."""
    total = sum(idf.get(w, math.log(2 + len(idf))) for w in words)
    if not total:
        return 0.0
    return sum(idf.get(w, 0.0) for w in words & other) / total


@dataclass
class CandidateIndex:
    """The primary's figures, indexed so that a retold figure only meets the few that could match.

    Built once per case by :func:`index_candidates`. A primary figure can only be the match
    of a retold one if the two are of comparable kinds and either their sentences share a
    word, or the two sentences were aligned, or both name what they count with the same
    noun (see :func:`best_match`); every other pair is skipped without being compared.
    """

    figures: list
    idf: dict
    postings: dict  # stem -> primary sentence numbers
    by_sentence: dict  # (group, sentence number) -> figures
    by_noun: dict  # group -> {noun stem: figures}
    undated: dict  # group -> figures with no sentence (the publication date)
    order: dict = field(default_factory=dict)  # id(figure) -> its place in the primary


def index_candidates(candidates: list, idf: dict) -> CandidateIndex:
    postings: dict[str, set[int]] = {}
    by_sentence: dict[tuple[str, int], list] = {}
    by_noun: dict[str, dict[str, list]] = {}
    undated: dict[str, list] = {}
    for p in candidates:
        group = KIND_GROUPS[p.figure.kind]
        if p.sentence is None:
            undated.setdefault(group, []).append(p)
            continue
        for w in p.stems:
            postings.setdefault(w, set()).add(p.sentence.index)
        by_sentence.setdefault((group, p.sentence.index), []).append(p)
        if p.figure.noun:
            by_noun.setdefault(group, {}).setdefault(stem(p.figure.noun), []).append(p)
    order = {id(p): n for n, p in enumerate(candidates)}
    return CandidateIndex(candidates, idf, postings, by_sentence, by_noun, undated, order)


def sentence_similarities(words: frozenset[str], index: CandidateIndex) -> dict[int, float]:
    """:func:`similarity` of a sentence's words to every primary sentence sharing one (others are 0)."""
    idf = index.idf
    total = sum(idf.get(w, math.log(2 + len(idf))) for w in words)
    if not total:
        return {}
    shared: dict[int, float] = {}
    for w in words:
        weight = idf.get(w, 0.0)
        for i in index.postings.get(w, ()):
            shared[i] = shared.get(i, 0.0) + weight
    return {i: v / total for i, v in shared.items()}
