"""An index of the primary's figures, so a retold figure only meets the few that could be its match."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import repeat

from newslit.analysis.figures.compare import KIND_GROUPS
from newslit.analysis.figures.primary import figure_stems
from newslit.case.model import Case
from newslit.text.numbers import number_as_written
from newslit.text.weights import idf


def primary_idf(case: Case) -> dict[str, float]:
    """Word weights over the primary's sentences, ``log(1 + N / df)`` (see :func:`newslit.text.weights.idf`)."""
    return idf((figure_stems(s.text) for s in case.primary.sentences), smooth=True)


def similarity(words: frozenset[str], other: frozenset[str], idf: dict[str, float]) -> float:
    """How much of ``words`` (weighted by rarity in the primary) is in ``other``: 0-1."""
    return _shared(words, other, idf, _weight(words, idf))


# The sums below map idf.get over the words rather than run a generator: the same weights
# added in the same order (a set's order), so the same floats, with no Python frame per word.


def _weight(words: frozenset[str], idf: dict[str, float]) -> float:
    unseen = math.log(2 + len(idf))
    return sum(map(idf.get, words, repeat(unseen)))


def _shared(words: frozenset[str], other: frozenset[str], idf: dict[str, float], total: float) -> float:
    if not total:
        return 0.0
    return sum(map(idf.get, words & other, repeat(0.0))) / total


@dataclass
class CandidateIndex:
    """The primary's figures, indexed so that a retold figure only meets the few that could match.

    Built once per case by :func:`index_candidates`. A retold figure meets (see
    :func:`newslit.analysis.figures.match.best_match`) the primary figures of a comparable
    kind whose value is near its own (``values``, sorted, searched by bisection; figures
    with a wide range such as "if not millions" in ``wide``), those in sentences that
    share its words or were aligned with its sentence (``by_sentence``), and those that
    count the same thing (``by_concept``); every other pair is skipped without being
    compared.
    """

    figures: list
    idf: dict
    postings: dict  # stem -> primary sentence numbers
    by_sentence: dict  # (group, sentence number) -> figures
    by_concept: dict  # group -> {concept: figures}
    undated: dict  # group -> figures with no sentence (the publication date)
    values: dict = field(default_factory=dict)  # group -> (sorted comparable values, figures in that order)
    wide: dict = field(default_factory=dict)  # group -> figures whose range is wide (vague, "if not")
    order: dict = field(default_factory=dict)  # id(figure) -> its place in the primary
    scope: frozenset = frozenset()  # places the primary as a whole is about
    main_time: tuple | None = None  # the year, or (year, month), the primary names most often
    in_sentence: dict = field(default_factory=dict)  # primary sentence number -> its figures, in order
    groups: dict = field(default_factory=dict)  # group -> its figures in by_sentence order; memos of the methods below
    weights: dict = field(default_factory=dict)  # id(words) -> (words, their weight), see similarity_to
    agreeing: dict = field(default_factory=dict)  # a retold value -> the figures it agrees with, see match.py
    weighted: dict = field(default_factory=dict)  # stem -> (its weight, the sentence numbers of its postings)
    reasons: dict = field(default_factory=dict)  # (retold quantity, primary figure) -> why they differ, see match
    quantities: dict = field(default_factory=dict)  # a retold quantity -> the first equal one met, see known_quantity
    placeless: bool = False  # the primary's opening and its figures name no place at all, see match._why_not
    named_places: frozenset = frozenset()  # every place the primary names anywhere, see match._why_not
    sentences: tuple = ()  # the primary's sentences, figures or not, for the names a count lists (see listed.py)

    def similarity_to(self, words: frozenset[str], other: frozenset[str]) -> float:
        """:func:`similarity` of ``words`` to ``other`` over ``idf``, the weight of ``words`` worked out once.

        A retold figure's words meet many primary figures; the set itself is kept with its
        weight, so its id cannot name another set while it is here.
        """
        held = self.weights.get(id(words))
        if held is None or held[0] is not words:
            if len(self.weights) > 4096:  # bounded: one entry per retold figure being matched
                self.weights.clear()
            held = self.weights[id(words)] = (words, _weight(words, self.idf))
        return _shared(words, other, self.idf, held[1])

    def in_group(self, group: str) -> list:
        """The figures of ``group`` that stand in a sentence, sentence by sentence (as in ``by_sentence``)."""
        if group not in self.groups:
            self.groups[group] = [p for (g, _), figures in self.by_sentence.items() if g == group for p in figures]
        return self.groups[group]

    def days(self) -> frozenset[str]:
        """Every day the primary gives in a sentence ("2024-07-01", "????-07-01"), and each one's month and day ("07-01")."""
        if "days" not in self.groups:
            full = {p.figure.date for p in self.in_group("date") if len(p.figure.date or "") == 10}
            self.groups["days"] = frozenset(full | {d[5:] for d in full})
        return self.groups["days"]

    def years(self) -> frozenset[int]:
        """Every year the primary's figures name: a year ("in 2023"), or the year of a date or a span ("2024/2025")."""
        if "years" not in self.groups:
            found = {int(p.figure.value) for p in self.figures if p.figure.kind == "year" and p.figure.value}
            found |= {
                int(year)
                for p in self.figures
                if p.figure.kind == "date"
                for year in re.findall(r"\d{4}", p.figure.date or "")
            }
            self.groups["years"] = frozenset(found)
        return self.groups["years"]

    def by_group_sentence(self, group: str) -> dict:
        """``by_sentence`` of one group, by sentence number alone: a retold figure looks up many sentences of its group."""
        key = ("by sentence", group)
        if key not in self.groups:
            self.groups[key] = {i: figures for (g, i), figures in self.by_sentence.items() if g == group}
        return self.groups[key]

    def first_dated(self, group: str, dated: tuple) -> object | None:
        """The first figure of ``group`` whose ``(kind, date or value)`` is ``dated`` ("year", 2038.0), or None.

        Every retelling's "by 2038" asks again, so each answer is kept for the index's life.
        """
        key = ("dated", group, dated)
        if key not in self.groups:
            self.groups[key] = next(
                (p for p in self.in_group(group) if (p.figure.kind, p.figure.date or p.figure.value) == dated), None
            )
        return self.groups[key]

    def known_quantity(self, quantity):
        """The first quantity equal to ``quantity`` that this index met (``quantity`` itself the first time).

        One object per distinct quantity, kept as long as the index: its id names it in the
        reasons kept for it (see :func:`newslit.analysis.figures.match.best_match`), and a
        quantity is hashed once per retold figure rather than once per primary figure it meets.
        """
        return self.quantities.setdefault(quantity, quantity)

    def is_main_time(self, figure) -> bool:
        """Is ``figure`` (a date or a year) the time the primary is mostly about ("June 2024", "2023")?"""
        return self.main_time is not None and time_key(figure) == self.main_time

    def in_order(self, group: str) -> list:
        """The figures of ``group`` that stand in a sentence, in the primary's order (``order``)."""
        key = ("ordered", group)
        if key not in self.groups:
            self.groups[key] = sorted(self.in_group(group), key=lambda p: self.order[id(p)])
        return self.groups[key]

    def by_written_number(self, group: str) -> dict:
        """The figures of ``group`` that stand in a sentence, by their number as written ("13920", "189.7")."""
        key = ("written", group)
        if key not in self.groups:
            table: dict = {}
            for p in self.in_group(group):
                table.setdefault(number_as_written(p.figure.text), []).append(p)
            self.groups[key] = table
        return self.groups[key]

    def near_value(self, group: str, low: float, high: float) -> list:
        """The figures of ``group`` whose comparable value lies in ``[low, high]``, and the wide ones."""
        keys, figures = self.values.get(group, ((), ()))
        return [*figures[bisect_left(keys, low) : bisect_right(keys, high)], *self.wide.get(group, ())]


def index_candidates(
    candidates: list,
    idf: dict,
    scope: frozenset = frozenset(),
    named_places: frozenset = frozenset(),
    sentences: tuple = (),
) -> CandidateIndex:
    postings: dict[str, set[int]] = {}
    by_sentence: dict[tuple[str, int], list] = {}
    by_concept: dict[str, dict[str, list]] = {}
    undated: dict[str, list] = {}
    valued: dict[str, list] = {}
    wide: dict[str, list] = {}
    for n, p in enumerate(candidates):
        group = KIND_GROUPS[p.figure.kind]
        if p.sentence is None:
            undated.setdefault(group, []).append(p)
            continue
        for w in p.stems:
            postings.setdefault(w, set()).add(p.sentence.index)
        by_sentence.setdefault((group, p.sentence.index), []).append(p)
        for concept in p.quantity.specific:
            by_concept.setdefault(group, {}).setdefault(concept, []).append(p)
        f = p.figure
        if f.vague or f.hedge == "alternative":
            wide.setdefault(group, []).append(p)
        elif f.comparable is not None:
            valued.setdefault(group, []).append((f.comparable, n, p))
    values = {}
    for group, items in valued.items():
        items.sort(key=lambda item: (item[0], item[1]))
        values[group] = ([v for v, _, _ in items], [p for _, _, p in items])
    order = {id(p): n for n, p in enumerate(candidates)}
    in_sentence: dict[int, list] = {}
    for p in candidates:
        if p.sentence is not None:
            in_sentence.setdefault(p.sentence.index, []).append(p)
    return CandidateIndex(
        candidates,
        idf,
        postings,
        by_sentence,
        by_concept,
        undated,
        values,
        wide,
        order,
        scope,
        _main_time(candidates),
        in_sentence,
        # each posting with its word's weight, looked up once here rather than once per retold sentence
        weighted={w: (idf.get(w, 0.0), tuple(sentences)) for w, sentences in postings.items()},
        placeless=not scope and not any(p.quantity.places for p in candidates if p.sentence is not None),
        named_places=named_places,
        sentences=tuple(sentences),
    )


def time_key(figure) -> tuple | None:
    """A year as ``(year,)``, a month of a known year as ``(year, month)``; None for other figures."""
    if figure.kind == "year" and figure.value is not None:
        return (int(figure.value),)
    if (
        figure.kind == "date"
        and figure.date
        and len(figure.date) == 7
        and figure.date[:4].isdigit()
        and figure.date[5:7].isdigit()
    ):
        return (int(figure.date[:4]), int(figure.date[5:7]))
    return None


def _main_time(candidates: list) -> tuple | None:
    """The year or month most of the primary's sentences name, if at least two do and no other ties with it."""
    sentences: dict[tuple, set] = {}
    for p in candidates:
        key = time_key(p.figure)
        if key is not None and p.sentence is not None:
            sentences.setdefault(key, set()).add(p.sentence.index)
    ranked = sorted(sentences.items(), key=lambda item: -len(item[1]))
    if not ranked or len(ranked[0][1]) < 2 or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][0]


def sentence_similarities(words: frozenset[str], index: CandidateIndex) -> dict[int, float]:
    """:func:`similarity` of a sentence's words to every primary sentence sharing one (others are 0)."""
    idf = index.idf
    unseen = math.log(2 + len(idf))  # once, not once per word
    total = sum(map(idf.get, words, repeat(unseen)))
    if not total:
        return {}
    # A plain dict and ``get`` (as provenance._summed): faster than a defaultdict's ``+=``, and
    # 0.0 + weight is weight: the same sums, in the same order.
    shared: dict[int, float] = {}
    get = shared.get
    weighted = index.weighted
    for w in words:
        posting = weighted.get(w)  # a word in no primary sentence with a figure adds nothing
        if posting is not None:
            weight, sentences = posting
            for i in sentences:
                shared[i] = get(i, 0.0) + weight
    return {i: v / total for i, v in shared.items()}
