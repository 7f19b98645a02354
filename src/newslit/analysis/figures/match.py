"""Finding the primary figure a retold figure retells: the value first, then the quantity.

:func:`best_match` looks for the retold value among *all* the primary's figures of a
comparable kind, then checks that the one it found counts the same thing (what, measure,
status, period, place: see :mod:`newslit.analysis.figures.quantity`). Only when no figure
with that value is the same quantity does it look for the same quantity with another
value, and it says ``changed`` only when it has identified that quantity with confidence.
Otherwise the nearest primary figure is returned as a lead to check, never as a verdict.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from newslit.analysis.figures.compare import (
    KIND_GROUPS,
    in_words,
    interval,
    more_exact_date,
    round_step,
    same_value,
    significant_digits,
    simple_fraction,
    values_agree,
)
from newslit.analysis.figures.index import CandidateIndex
from newslit.analysis.figures.primary import PrimaryFigure, group_words
from newslit.analysis.figures.quantity import (
    NO_QUANTITY,
    PART_IN,
    Quantity,
    change_against_share,
    comparison_time,
    conflicts,
    nouns_differ,
    same_currency,
    since,
    what_agrees,
)
from newslit.text.compiled import regex
from newslit.text.numbers import Figure, find_figures
from newslit.text.tokens import concepts as word_concepts

RELATIONS = ("same", "changed", "lead")
"""What :func:`best_match` found: the same quantity (the values give the verdict), the same
quantity identified with confidence but another value (``changed``), or only a lead."""


@dataclass(frozen=True)
class Context:
    """What the matcher knows about the retelling's sentence."""

    stems: frozenset[str]
    aligned: frozenset[int]  # primary sentence numbers the provenance engine aligned it with
    nearest: int | None
    label: str | None
    near: dict = field(default_factory=dict)  # figure start -> stems of the words around it (read as ``near[start]``)
    sims: dict = field(default_factory=dict)  # primary sentence number -> similarity, when above 0
    groups: dict = field(default_factory=dict)  # kind group -> how many figures of it the sentence has
    since: dict = field(default_factory=dict)  # figure start -> True for a date a comparison counts from
    # figure start -> True for a time a comparison reaches back ("a 25-year high")
    reach: dict = field(default_factory=dict)
    others: dict = field(default_factory=dict)  # figure start -> True for a count of the rest ("four other")
    rival: bool = False  # the sentence gives a figure against the primary's ("disputed the figures and said")
    # figure start -> capitalised words just before it, lower case (read as ``names[start]``)
    names: dict = field(default_factory=dict)
    lowered: str = ""  # the sentence in lower case
    sentence: str = ""  # the sentence as written
    own: frozenset = frozenset()  # the words of the primary's name, lower case ("environment", "agency")
    # the sentence opens "It estimated …" after a sentence naming someone other than the primary: their figures
    credited: bool = False

    @cached_property
    def teller(self) -> str:
        """Who tells, in words: the primary's name (:attr:`own`), "official figures", the words before "said".

        Why made here, on first use, rather than given with the sentence: only :attr:`told` reads
        it, and finding the sentence's last verb of saying cost as much as a tenth of building
        the whole context for every sentence.
        """
        return " ".join(self.own) + " " + _SOURCE_WORDS + " " + _before_said(self.sentence)

    @cached_property
    def told(self) -> frozenset[str]:
        """The concepts of :attr:`teller`, read the first time a figure asks for them.

        Only a figure checked as a changed one asks (see :func:`_narrower`): about one sentence
        in eight at 1,000 synthetic retellings, so the others never read them.
        """
        return frozenset(word_concepts(self.teller))


_SOURCE_WORDS = "official officials figures figure data statistics numbers report release study survey"
_SAYING = regex(
    r"\b(?:said|says|show|shows|showed|revealed|reveals|reported|reports|announced|announces|found|finds|told)\b"
)


def _before_said(text: str) -> str:
    """The words before a sentence's last verb of saying or showing: who tells, not what is counted."""
    said = list(_SAYING.finditer(text))
    return text[: said[-1].start()] if said else ""


@dataclass(frozen=True)
class Found:
    """The primary figure :func:`best_match` found, how it relates, and why it is not the same quantity."""

    primary: PrimaryFigure | None
    relation: str | None  # one of RELATIONS, or None when the primary has nothing near
    why_not: tuple[str, ...] = ()
    doubted: bool = False  # a change made a lead by a doubt (see best_match): nothing else may check it again
    # what in the two sentences makes the lead doubtful: said after why_not, read by nothing else
    doubts: tuple[str, ...] = ()


NOTHING = Found(None, None)


def _same_scale(d: Figure, p: Figure) -> bool:
    """Within a factor of three: a retelling that changes a figure rarely changes its size much more."""
    a, b = d.comparable, p.comparable
    if a is None or b is None or KIND_GROUPS[d.kind] in ("date", "time", "rank"):
        return KIND_GROUPS[d.kind] == "rank"
    a, b = abs(a), abs(b)
    return a > 0 and b > 0 and (a / b if a >= b else b / a) <= 3  # max / min, without two calls per pair


def _ratio(d: Figure, p: Figure) -> float:
    a, b = d.comparable, p.comparable
    if a is None or b is None or not a or not b:
        return float("inf")
    a, b = abs(a), abs(b)
    return a / b if a >= b else b / a  # max / min: the same division


def _distinctive(d: Figure, p: PrimaryFigure, index: CandidateIndex) -> bool:
    """The same exact value with three or more significant digits ("206,000", "48,210", "1.48°C"), or of a million or
    more ("€60 billion", "$100 million", "4.5 million"): rarely a coincidence in one story. A percentage counts
    from three digits ("58.9%", "2.15%") when the primary gives that value once: "12.7%" of two things names neither.

    (Until 2026-12-06 the second half came by accident, from a digit count that read "2e+09" as five digits;
    measured, the amounts in millions and billions it let through were right far more often than not, so the
    rule is kept and now says so.)
    """
    if d.kind in ("count", "money") and _rounds_to_it_alone(d, p, index):
        return True
    if (
        d.kind not in ("count", "money", "temperature", "percent")
        or d.value is None
        or d.value != p.figure.value
        or d.vague
    ):
        return False
    if d.kind == "temperature" and d.unit != p.figure.unit:
        return False
    if d.kind == "percent":  # "58.9%", "2.15%", "9.8%": written to three digits or to a tenth; "40%" may recur
        return (
            (significant_digits(d.value) >= 3 or _to_a_tenth(d)) and p.figure.kind == "percent" and _only_one(p, index)
        )
    return abs(d.value) >= 1e6 or significant_digits(d.value) >= 3


def _rounds_to_it_alone(d: Figure, p: PrimaryFigure, index: CandidateIndex) -> bool:
    """Is ``d`` a count or an amount written to three or more significant digits that ``p``'s value rounds to, and
    ``p`` the only figure of the primary that does?

    "2.51 trillion kroner" for "2,514 billion kroner", "$1.22 billion" for "US$1,216 million", "340.1 million" for
    "340,110,988": three digits kept from a rounding are as seldom a coincidence as three digits copied. Not a hedged
    figure ("more than 3.3 million", whose limit decides), nor one in another currency.
    """
    f = p.figure
    if d.value is None or f.value is None or d.value == f.value or f.kind != d.kind:
        return False
    # a rounding to three digits is within half a percent: most pairs are told apart here, before any digit is counted
    if abs(d.value - f.value) > 0.005 * abs(d.value) or d.vague or d.hedge not in (None, "exact", "approx"):
        return False
    if significant_digits(d.value) < 3:
        return False
    # a bare "$" is any dollar: "$312.2 billion" for "US$312.24 billion"
    if d.unit != f.unit and not (d.kind == "money" and same_currency(d.unit, f.unit)):
        return False
    digits = significant_digits(d.value)
    if float(f"{f.value:.{digits}g}") != d.value:
        return False
    group = KIND_GROUPS[f.kind]
    low, high = d.value * 0.99, d.value * 1.01
    return (
        sum(
            1
            for o in index.near_value(group, low, high)
            if o.figure.value and float(f"{o.figure.value:.{digits}g}") == d.value
        )
        == 1
    )


def _to_a_tenth(d: Figure) -> bool:
    """A percentage of two significant digits written with its point ("9.8%", "1.1%", "0.25%"), not "40%"."""
    return significant_digits(d.value) == 2 and "." in d.text and d.value != round(d.value)


def _unmistakable(d: Figure, p: PrimaryFigure, index: CandidateIndex, why: tuple[str, ...]) -> bool:
    """Is ``d`` exactly the value of ``p`` (:func:`_distinctive`), ``p`` the primary's only figure of that value,
    and nothing against it but what the words around a figure can get wrong?

    "Production fell to 27,418 tonnes from 32,371 tonnes in January" retells the release's 27,418 tonnes for
    February: the time, the place or the noun read around a retold figure are often wrong (the earlier value's month
    taken for the new one's), and three exact digits are seldom a coincidence (nor is a percentage written to a
    tenth, "9.8%", that the primary gives once, unless one side is the earlier value the other is compared with). On
    the reviews of 2026-12-07 (reviews 12 to 17, 3,237 keyed figures), 81 such figures were leads; their keys call 77 of them a match. Not against a
    limit ("up to £1.2 billion"), a forecast or another status (a forecast told as fact stays a lead), a part the
    primary gives a figure of its own ("Victoria alone lost 214 homes" for the total), another group or age ("adult
    eczema" for childhood asthma), a "non-" count, another rank, or a share told from its other side.
    """
    if d.hedge == "max" or not (_distinctive(d, p, index) and _only_one(p, index)):
        return False
    if d.kind == "percent" and _to_a_tenth(d) and any(w.startswith(_TOLD_AS_NEW) for w in why):
        return False  # "dropped to 4.3%" for the release's earlier 4.3%, or the other way round: no proof in 2 digits
    return not any(_a_fact_against(w) for w in why)


# the reasons that one side is told as the new value and the other as the earlier one it is compared with (_why_not)
_TOLD_AS_NEW = ("the outlet gives its number as the new", "the outlet gives its number as an earlier value")


# reasons that name a fact, not a reading of the words around a figure (see _unmistakable): a status (a forecast, a
# revision, what earlier research found; a reported count for a predicted one), another currency, a "non-" count or
# another rank, a share told from its other side
_HARD_REASONS = (
    "the outlet's figure is a forecast",
    "the outlet's figure is a revision",
    "the outlet's figure is what earlier research found",
    "the outlet's figure is from an earlier count",
    "the primary's figure is a",
    "it is in another currency",
    "one is about",
    "it may be the same share told from the other side",
)


def _a_fact_against(why: str) -> bool:
    """Does one reason of :func:`_why_not` name a fact against the same quantity (see :func:`_unmistakable`)?

    A group, an age or a place told against another ("it is about adults, not children") or a part the primary gives
    a figure of its own is one; a place only the retelling names ("it names France, and the primary's figure names
    no place") is not.
    """
    if why.startswith(_HARD_REASONS):
        return True
    return why.startswith("it is about ") and (", not " in why or "a figure of its own" in why)


def cited_by_value(d: Figure, context: Context) -> bool:
    """Is ``d`` named as a figure by its value alone ("to calculate the 12.7% figure", "the 672,000 number")?

    Such words say nothing of what is counted: they point back at a figure already given, so
    its value is what identifies it (see :func:`best_match`). Not when words after it say what
    it is for ("the 12.7% figure for adult eczema"): those are read as any figure's words are.
    """
    text = context.sentence
    after = _FIGURE_AFTER.match(text, d.end) if text else None
    if after is None or not _THE_BEFORE.search(text, 0, d.start):
        return False
    return not _SAYS_WHAT.match(text, after.end())  # "the 12.7% figure for adult eczema" says what it counts


_THE_BEFORE = regex(r"\bthe\s+$", re.IGNORECASE)
_FIGURE_AFTER = regex(r"\s+(?:figure|number|statistic|stat|estimate)s?\b", re.IGNORECASE)
_SAYS_WHAT = regex(r"\s+(?:for|of|on|about)\s+(?!(?:the\s+)?(?:first|second|last)\b)", re.IGNORECASE)

_LIMITS = ("above", "min", "under", "max")


def inside_limit(d: Figure, p: Figure) -> bool:
    """Is ``d`` an exact value on the true side of the limit ``p`` gives ("653,104" or "about 653,100" for "more than 650,000")?

    Such a value is consistent with the primary, but the primary does not give it: it is
    never a changed figure. Both must be of one kind group; ``d`` must not be a limit itself.
    """
    if p.hedge not in _LIMITS or d.hedge in _LIMITS or d.vague or d.comparable is None or p.comparable is None:
        return False
    if KIND_GROUPS[d.kind] != KIND_GROUPS[p.kind] or d.comparable == p.comparable:
        return False
    above = p.hedge in ("above", "min")
    return d.comparable > p.comparable if above else d.comparable < p.comparable


def finer_than_limit(d: Figure, p: Figure) -> bool:
    """Is ``d`` inside the limit ``p`` gives, near it, and written with more digits ("about 653,100" in "more than 650,000")?

    The primary gives only a limit; a value written more exactly was counted by someone
    else (the full report, another source). Near: within 1.5 times, as far as "more than"
    reaches ("110,035 deaths" is no finer telling of "more than 81 lives" a day).
    """
    if not inside_limit(d, p) or d.value is None or p.value is None:
        return False
    near = max(d.comparable, p.comparable) <= 1.5 * min(d.comparable, p.comparable)  # as far as a limit reaches
    return near and significant_digits(d.value) > significant_digits(p.value)


def _undershoots(d: Figure, p: Figure) -> bool:
    """Is ``d`` a lower limit more than one round step below ``p`` ("more than 40" for 53; see :func:`round_step`)?

    True of ``p``, but not how ``p`` is told: likely a count of something else, so it is
    not taken as ``p`` retold (it stays a lead, and is never called changed).
    """
    if d.hedge not in ("above", "min") or d.comparable is None or p.comparable is None:
        return False
    return p.comparable > d.comparable + round_step(d)


def _same_form(d: Figure, p: Figure) -> bool:
    """Are both exact, or both vague words ("hundreds of thousands")?

    When the primary gives one quantity both ways, an exact retold figure retells the exact
    one and a vague one the vague one: compared the other way round, either would look rounded.
    """
    return bool(d.vague) == bool(p.vague)


def _own_words(d: Figure, p: Figure) -> bool:
    """Is ``d`` vague and written in the very words of ``p`` ("hundreds of thousands" for "Hundreds of Thousands")?"""
    return bool(d.vague) and bool(p.vague) and p.text.lower() == d.text.lower()


def _preference(d: Figure, scores: dict[int, float], q: Quantity = NO_QUANTITY):
    """How :func:`best_match` ranks the agreeing figures: first the same form, then the evidence.

    A figure in the same form comes first: the exact "240,000" retells the exact "some
    240,000", not the headline's "Hundreds of Thousands", and a vague one the vague one.
    Then, among figures with evidence, one of the very same value: "5 per cent" retells the
    new rate "5%", not the old "5.25%" it would round. Then a figure that is an earlier value
    only when the retold one is ("nearly $109,000" rounds the new "$108,800", not the earlier
    "$107,000" beside it; ``q`` is what the retold figure counts). Then the strongest evidence
    (:func:`_evidence`) to a tenth, and among evidence that close the nearest value ("about
    two-thirds" rounds the region's 67.4%, not the nation's 70.1%), then the evidence itself; a
    figure in the retold figure's very words has the weakest (it is ranked only because they
    are the primary's own words). Equal ranks go to the earlier figure.
    """

    def rank(p: PrimaryFigure) -> tuple:
        same_value = not d.vague and d.comparable is not None and d.comparable == p.figure.comparable
        # why: a figure told as it stands now retells the primary's new value, not the earlier one beside it
        now = p.quantity.baseline == q.baseline
        # why: "November 22" retells the primary's "22 November" (of no known year), not the "Friday" that is that day
        day = len(d.date or "") == 10 and (p.figure.date or "")[4:] == d.date[4:]
        score = scores.get(id(p), 0.0)
        # why: "about 6 in 10" is the women's 61%, not the 58% aged 85 and over, which the words fit as well
        near = -abs(math.log(p.figure.comparable / d.comparable)) if _positive(d, p.figure) else 0.0
        return (_same_form(d, p.figure), same_value and id(p) in scores, day, now, round(score, 1), near, score)

    return rank


def _positive(d: Figure, p: Figure) -> bool:
    return d.comparable is not None and p.comparable is not None and d.comparable > 0 and p.comparable > 0


def _value_candidates(d: Figure, index: CandidateIndex) -> list:
    group = KIND_GROUPS[d.kind]
    if group in ("date", "time", "rank") or d.comparable is None:
        return [*index.in_group(group), *index.undated.get(group, ())]
    low, high = interval(d)
    low, high = min(low, high), max(low, high)
    return index.near_value(group, min(low, 0.9 * low), max(high, 1.1 * high))


def _agreeing(d: Figure, index: CandidateIndex) -> tuple:
    """The primary figures of ``d``'s kind group whose value agrees with ``d``'s (:func:`values_agree`).

    In the order :func:`_value_candidates` gives them. Many retold figures share a value
    (every retelling that keeps "14,755"): each value is compared with the primary once per
    index, keyed by every field that :func:`values_agree` and :func:`interval` read.
    """
    key = (d.kind, d.value, d.unit, d.hedge, d.low, d.high, d.date, d.change)
    found = index.agreeing.get(key)
    if found is None:
        group = KIND_GROUPS[d.kind]
        found = index.agreeing[key] = tuple(
            p for p in _value_candidates(d, index) if KIND_GROUPS[p.figure.kind] == group and values_agree(d, p.figure)
        )
    return found


def _nearby(d: Figure, q: Quantity, context: Context, index: CandidateIndex) -> list:
    """Primary figures of ``d``'s kind in sentences like ``d``'s, or counting what ``d`` counts."""
    group = KIND_GROUPS[d.kind]
    concepts = index.by_concept.get(group, {})
    # Each figure kept under its place in the primary (one place per figure): sorting those
    # numbers puts them in the primary's order, as :meth:`CandidateIndex.in_order` has them,
    # without a key function called per figure.
    order = index.order
    found = {order[id(p)]: p for concept in q.specific for p in concepts.get(concept, ())}
    # The figures of the few sentences in play, looked up by sentence, not every figure of the kind tested.
    in_play = [*context.sims, *context.aligned, *([] if context.nearest is None else [context.nearest])]
    of_group = index.by_group_sentence(group)
    for i in in_play:
        for p in of_group.get(i, ()):
            found[order[id(p)]] = p
    return [found[place] for place in sorted(found)]


def _any_nearby(d: Figure, q: Quantity, context: Context, index: CandidateIndex) -> bool:
    """Is :func:`_nearby` not empty? Found without gathering and sorting its figures.

    Why: a date or a time of day is never changed against a nearby figure (only against its
    aligned sentence's date, see :func:`_changed_date`) and never has a lead: whether any
    figure is nearby is all :func:`best_match` asks of them.
    """
    group = KIND_GROUPS[d.kind]
    concepts = index.by_concept.get(group, {})
    if any(concepts.get(concept) for concept in q.specific):
        return True
    of_group = index.by_group_sentence(group)
    in_play = [*context.sims, *context.aligned, *([] if context.nearest is None else [context.nearest])]
    return any(of_group.get(i) for i in in_play)


def _evidence(
    d: Figure, q: Quantity, p: PrimaryFigure, context: Context, index: CandidateIndex, by_value: bool = False
) -> float | None:
    """How sure it is that ``p`` (whose value agrees with ``d``'s) is the figure ``d`` retells; None: not sure.

    ``by_value``: ``d`` is named by its value alone and ``p`` is the primary's only figure of it
    (:func:`cited_by_value`).
    """
    f = p.figure
    group = KIND_GROUPS[d.kind]
    if p.sentence is None:  # the publication date: for a date (not a bare year) that agrees
        if d.text.lower() in _RELATIVE_DAYS and not _retells_primary(context):
            return None  # "No10 yesterday admitted ...": the day of another event, not of the release
        return 0.35 if d.kind == "date" else None
    sim = context.sims.get(p.sentence.index, 0.0)
    aligned = p.sentence.index in context.aligned
    nearest = p.sentence.index == context.nearest
    agree = what_agrees(q, p.quantity)
    score = sim + 0.3 * aligned + 0.15 * nearest + 0.25 * bool(agree) + 0.4
    if group == "date":
        compared = context.since.get(d.start) and since(p.sentence.text, f)  # "the highest since 1981"
        if {f.kind, d.kind} == {"year", "date"} and not (aligned or compared):
            return None  # "Oct. 2022" does not retell "In 2022" unless the sentences are the same
        main = index.is_main_time(d)  # the year or month the primary is about
        if d.kind == "year" and not (aligned or sim >= 0.3 or (nearest and sim >= 0.15) or compared or main):
            return None  # a bare year is the frame of many things: the sentence must retell this one
        return score
    if group == "time" and not (aligned and sim >= 0.3) and sim < 0.5:
        return None
    # The tests in the order of the cheapest, each worked out only when those before fail: all are only read.
    if (
        _distinctive(d, p, index)
        or agree
        or aligned
        or sim >= 0.3
        or (nearest and sim >= 0.15)
        or index.similarity_to(context.near[d.start], p.near) >= 0.3  # the words around the two figures
        or (group == "temperature" and d.value == f.value and _only_one(p, index))  # "1.5°C": a level of its own
        or by_value
        or _same_value_same_place(d, q, p, index)
    ):
        return score + 0.2 * _distinctive(d, p, index)
    return None


_RELATIVE_DAYS = frozenset({"yesterday", "last night"})


def _same_value_same_place(d: Figure, q: Quantity, p: PrimaryFigure, index: CandidateIndex) -> bool:
    """Is ``d`` ``p``'s exact value for the same place, where ``p``'s sentence gives other places other figures?

    "The best performer was Western Australia, at 63 per cent" for "… from 48% in the Australian
    Capital Territory to 63% in Western Australia": a breakdown by place names which figure is
    which. A place every figure of the sentence shares says nothing.
    """
    shared = q.places & p.quantity.places
    if not shared or d.vague or d.comparable != p.figure.comparable or p.sentence is None:
        return False
    beside = index.by_sentence.get((KIND_GROUPS[p.figure.kind], p.sentence.index), ())
    return any(o is not p and o.quantity.places and not (o.quantity.places & shared) for o in beside)


def _retells_primary(context: Context) -> bool:
    """Does the sentence retell the primary (aligned with one of its sentences, or much like one)?"""
    return bool(context.aligned) or max(context.sims.values(), default=0.0) >= 0.3


def _only_value_alike(d: Figure, q: Quantity, p: PrimaryFigure, index: CandidateIndex) -> bool:
    """Is ``d`` exactly ``p``'s value, both said plainly, and ``p`` the primary's only figure of that value in its kind?

    When only the words around the two differ, the one figure of that value in the primary is the one retold more
    often than not (the reviews' keys call most such leads a match). Not a limit on either side ("up to 5,000 jobs"),
    an earlier value for a new one, a time the retelling gives and the primary's figure lacks ("In 2019 … to 4%"),
    nor a figure whose primary sentence names a group ("rose 12%, among Texans"), as for :func:`_alone_in_value`.
    """
    return (
        not d.vague
        and not p.figure.vague
        and d.hedge in (None, "exact")
        and p.figure.hedge in (None, "exact")
        and d.value is not None
        and d.value == p.figure.value
        and d.kind == p.figure.kind
        and (d.kind != "money" or same_currency(d.unit, p.figure.unit))
        and q.baseline == p.quantity.baseline
        and not (q.period is not None and p.quantity.period is None)
        and p.sentence is not None
        and not any(o.group for o in index.in_sentence.get(p.sentence.index, ()))
        and _only_one(p, index)
    )


def _only_one(p: PrimaryFigure, index: CandidateIndex) -> bool:
    """Is ``p`` the only figure of the primary with its value in its kind?"""
    group = KIND_GROUPS[p.figure.kind]
    v = p.figure.comparable
    return (
        v is not None and sum(1 for other in index.near_value(group, v, v) if other.figure.value == p.figure.value) == 1
    )


def _why_not(d: Figure, q: Quantity, p: PrimaryFigure, index: CandidateIndex) -> tuple[str, ...]:
    """:func:`~newslit.analysis.figures.quantity.conflicts` of ``d`` (counting ``q``) and ``p``; () for a date or a time.

    ``q`` must be one the index keeps (:meth:`CandidateIndex.known_quantity`). Retellings of
    one fact give the same quantity again and again (at 1,000 synthetic retellings, 28,000
    quantities of which 2,300 differ): the reasons are worked out once per index for each
    quantity, primary figure, and the fields of ``d`` they read (kind, unit, noun; an age's
    value and an age group's ends), and kept with the index, up to 100,000 of them.
    """
    if p.sentence is None or KIND_GROUPS[d.kind] in ("date", "time"):
        return ()
    # A primary that names no place cannot be about another one: an outlet that says where ("the UK's price
    # cap") gives its figure the place the primary took for granted. Only for the primary's own value, so a
    # place never turns a different number into a change.
    any_place = index.placeless and d.comparable is not None and d.comparable == p.figure.comparable
    # the index holds q and p: their ids name nothing else; an age group's ends are part of what it is
    ages = (d.value, d.low, d.high) if d.kind == "age" else None  # the reason names the age: "about age 15, not …"
    # The primary's own value, in a sentence that names no place: a place the primary names elsewhere ("England",
    # further down a national body's release) is within what it speaks of, not another place.
    own_value = not p.quantity.places and d.comparable is not None and d.comparable == p.figure.comparable
    scope = index.scope | index.named_places if own_value else index.scope
    # one retold quantity serves figures of several values (see known_quantity): the scope they were read with is in
    # the key, as any_place is
    key = (id(q), d.kind, d.unit, d.noun, id(p), any_place, own_value, ages)
    found = index.reasons.get(key)
    if found is None:
        if len(index.reasons) > 100_000:
            index.reasons.clear()
        found = tuple(conflicts(q, p.quantity, d, p.figure, scope, any_place=any_place))
        if q.places and not p.quantity.places and _only_what(found):
            found += _part_named(d, q, p, index)
        index.reasons[key] = found
    return found


def _part_named(d: Figure, q: Quantity, p: PrimaryFigure, index: CandidateIndex) -> tuple[str, ...]:
    """Why a retold figure for one place is not ``p``, a total the primary's sentence splits by place; else ().

    "Victoria alone lost 214 homes" is not "A total of 214 homes were destroyed, 131 of them
    in Victoria": the sentence gives Victoria its own figure, so its figure with no place is
    the whole. Only a part told as such ("of them in", "of which in") counts: a sentence that
    gives two figures for the country a release is about names no part of either.
    """
    beside = index.by_sentence.get((KIND_GROUPS[d.kind], p.sentence.index), ())
    named = [
        o
        for o in beside
        if o is not p and o.quantity.places & q.places and PART_IN.match(p.sentence.text, o.figure.end)
    ]
    if not named:
        return ()
    place = sorted(named[0].quantity.places & q.places)[0]
    return (f"it is about {place}, and the primary gives {place} a figure of its own beside this one",)


def _alone(p: PrimaryFigure, d: Figure, context: Context, index: CandidateIndex) -> bool:
    """Is ``p`` the only figure of its kind in its sentence, and ``d`` the only one in the retold sentence?"""
    group = KIND_GROUPS[d.kind]
    return len(index.by_sentence.get((group, p.sentence.index), ())) == 1 and context.groups.get(group, 0) == 1


def _alone_in_value(p: PrimaryFigure, d: Figure, q: Quantity, index: CandidateIndex) -> bool:
    """Is ``p`` the only figure of its aligned sentence with ``d``'s very value, and nothing but the words around
    the two against it ("far short of the 95 per cent experts say is needed" for the release's "95% threshold")?

    Only the same value: a rounding accuses, so for it the words must agree. Not a limit ("up to"), a thing named
    otherwise ("deaths" for "illnesses"), a time the retelling gives and the primary's figure does not, an earlier
    value for a new one (or the other way round), or a primary sentence that names a group ("among Texans").
    """
    if d.hedge == "max" or d.comparable is None or not same_value(d.comparable, p.figure.comparable):
        return False  # "up to 95%" is a limit; a rounding accuses, and for it the words must agree
    if nouns_differ(d, p.figure) or q.baseline != p.quantity.baseline:
        return False  # "tens of thousands of deaths" for "… of illnesses"; "down from 4.1 percent"
    if q.period is not None and p.quantity.period is None:
        return False  # "In 2019 … took it to 4%", where the release's 4% has no year
    if any(o.group for o in index.in_sentence.get(p.sentence.index, ())):
        return False  # "rose 12%, among Texans, to 4,500": a group in the sentence may be the figure's too
    beside = index.by_sentence.get((KIND_GROUPS[d.kind], p.sentence.index), ())
    return [o for o in beside if values_agree(d, o.figure)] == [p]


def _sentence_concepts(p: PrimaryFigure) -> frozenset[str]:
    return p.sentence_concepts


def _only_what(why) -> bool:
    """Do the reasons only say that the words differ (what is counted, or change against level)?

    Read from the reasons' first words, as :func:`newslit.analysis.figures.quantity.conflicts` writes them.
    """
    return all(w.startswith(("it counts", "one is a change", "it is a share")) for w in why)


def same_number(d: Figure, hit: Found) -> bool:
    """Is the lead the very number of ``d`` ("£20,000" and "£20,000"; "4 parts per trillion" and "4.0 ng/L"), not another currency?"""
    if hit.relation != "lead" or hit.doubted or d.vague or d.comparable is None:
        return False  # a doubted change (see best_match) is no anchor for anything else
    p = hit.primary.figure
    # "4 parts per trillion" is "4.0 nanograms per litre"; two currencies are two numbers (see other_currency)
    same_unit = d.kind != "money" or same_currency(p.unit, d.unit)
    return p.comparable == d.comparable and same_unit and not p.vague and p.kind == d.kind


def in_company(figures: list[Figure], quantities: list[Quantity], hits: dict[int, Found]) -> dict[int, Found]:
    """``hits`` with each lead of the very same number made the same quantity when it is in company.

    "Bailey's casting vote clinched the quarter-point drop in the benchmark to 5%" retells
    "the MPC voted ... to reduce Bank Rate by 0.25 percentage points, to 5%", in other words.
    Alone, either number could be a coincidence, so each is only a lead; but two different
    numbers of one sentence that both stand, as written, in one primary sentence are that
    sentence retold. A lead is taken so when another figure of the sentence, with another
    value, is the same quantity as a figure of the lead's primary sentence, or is a lead of its very
    number there too, and when the only reasons against it are the words for what is
    counted (which the company answers): a different period, place, status or currency
    still keeps it a lead, and so do a period the retelling gives that the primary's
    figure lacks ("In 2019 a quarter-point drop…") and a hedge that differs ("5,000
    workers" for "up to 5,000 jobs"). Dates and periods neither join nor make
    company: a year is in many sentences.

    Parameters
    ----------
    figures : list of Figure
        The sentence's figures, dates resolved, in order.
    quantities : list of Quantity
        What each figure counts (:func:`newslit.analysis.figures.quantity.sentence_quantities`).
    hits : dict of int to Found
        What :func:`best_match` found for each counted figure (not dates), by position.

    Returns
    -------
    dict of int to Found
        A new dict; the promoted leads become ``Found(primary, "same")``.
    """

    def anchor(i: int) -> PrimaryFigure | None:
        d, hit = figures[i], hits[i]
        if KIND_GROUPS[d.kind] in ("date", "time") or hit.primary is None or hit.primary.sentence is None:
            return None
        if hit.relation == "same" or same_number(d, hit):
            return hit.primary
        return None

    anchors = {i: anchor(i) for i in hits}
    promoted = dict(hits)
    for i, p in anchors.items():
        if p is None or hits[i].relation != "lead" or not _only_what(hits[i].why_not):
            continue
        if quantities[i].period is not None and quantities[i].period != p.quantity.period:
            continue
        if (figures[i].hedge or None) != (p.figure.hedge or None):
            continue  # "5,000 workers were hired" is not the primary's "up to 5,000 jobs", whatever the company
        company = any(
            other is not None
            and other is not p
            and other.sentence.index == p.sentence.index
            and figures[k].comparable != figures[i].comparable
            for k, other in anchors.items()
            if k != i
        )
        if company:
            promoted[i] = Found(p, "same")
    return promoted


def _fraction_among_shares(d: Figure, p: PrimaryFigure) -> bool:
    """Is ``d`` a share agreeing with ``p`` only as a simple fraction, where ``p``'s sentence gives other shares too?

    A fraction is a rounded share ("one in six" for 17%): with two groups' shares in one primary
    sentence ("17% were under 18 and 52% were women") the words, not the value, must say which
    one it is, and a rounded value is no evidence. An exact share is judged as before.
    """
    if d.comparable is None or p.figure.comparable is None or same_value(d.comparable, p.figure.comparable):
        return False
    if simple_fraction(d) is None and simple_fraction(p.figure) is None:
        return False
    if p.sentence is None:
        return False
    shares = [f for f in find_figures(p.sentence.text) if KIND_GROUPS[f.kind] == "share"]
    return len(shares) > 1


def out_of_company(
    figures: list[Figure], quantities: list[Quantity], hits: dict[int, Found], context: Context
) -> dict[int, Found]:
    """``hits`` with each change made a lead when the sentence's other figures retell another primary sentence.

    "Spending will rise by £18m to £412m, up about 4.5%" retells the release's "The council will
    spend £412m, an increase of £18m"; its 4.5% (the outlet's own sum) is not the release's
    "Council tax will rise by 4.99%", though both are rises. When two figures or more of the
    sentence, of different values, are the same quantities as figures of one primary sentence, a
    change found in another primary sentence, which the provenance engine did not align with this
    one, is in doubt, unless the words say what it counts is the same ("and council tax by 6%"):
    a lead, never a change of that other figure.
    """
    anchors: dict[int, int] = {}  # position -> the primary sentence its figure is the same quantity as
    for i, hit in hits.items():
        if hit.relation == "same" and hit.primary is not None and hit.primary.sentence is not None:
            if KIND_GROUPS[figures[i].kind] not in ("date", "time"):
                anchors[i] = hit.primary.sentence.index
    if len({figures[i].comparable for i in anchors}) < 2 or len(set(anchors.values())) != 1:
        return hits
    (retold,) = set(anchors.values())
    doubted = dict(hits)
    for i, hit in hits.items():
        p = hit.primary
        if hit.relation != "changed" or p is None or p.sentence is None:
            continue
        if p.sentence.index == retold or p.sentence.index in context.aligned or what_agrees(quantities[i], p.quantity):
            continue
        doubted[i] = Found(
            p,
            "lead",
            (),
            doubted=True,
            doubts=(
                "it may be about something else: the sentence's other figures are from another sentence of the primary",
            ),
        )
    return doubted


def _aligned(p: PrimaryFigure, context: Context) -> bool:
    return p.sentence is not None and p.sentence.index in context.aligned


def _confidence(
    d: Figure, q: Quantity, p: PrimaryFigure, context: Context, index: CandidateIndex, why_not
) -> float | None:
    """How sure it is that ``p`` is the quantity ``d`` retells with another value; None: not sure enough.

    ``why_not(p)`` gives the reasons ``p`` is another quantity; they are worked out only
    after the checks that need none of them (the reasons are words, and most figures fail first).
    """
    if p.sentence is None or not _same_scale(d, p.figure) or context.others.get(d.start) or context.rival:
        return None  # "four other chemicals" counts the rest; a disputed figure is someone else's count
    if nouns_differ(d, p.figure):
        return None  # "two former RAF bases" is not the primary's "four large sites", however alike the sentences
    if _long_before(q, p, index):
        return None  # "fell to 4.25% in December 2011": another time's value, not the primary's 4.10 changed
    if _shares_of_a_base(q, p, context):
        return None  # "42% of the global population" cannot afford a diet; "29.6 percent of" it is food insecure
    if KIND_GROUPS[d.kind] == "period" and bool(context.reach.get(d.start)) != comparison_time(
        p.sentence.text, p.figure
    ):
        return None  # why: "a 25-year high" says how far back a comparison reaches, not how long something lasted
    why = why_not(p)
    sim = context.sims.get(p.sentence.index, 0.0)
    aligned = p.sentence.index in context.aligned
    nearest = p.sentence.index == context.nearest
    agree = what_agrees(q, p.quantity)
    alone = _alone(p, d, context, index)
    if why and not (alone and aligned and _only_what(why)):
        return None  # a named difference, unless both sentences have one such figure and were aligned
    if (q.baseline or p.quantity.baseline) and (q.period is None or p.quantity.period is None):
        return None  # two earlier values are the same one only when the words say when
    if q.new and p.quantity.baseline:
        return None  # "dropped …, to 28" is where it came to; the primary's "from 28" is where it came from
    local = index.similarity_to(context.near[d.start], p.near) if sim else 0.0
    by_sentence = (agree is not False or (alone and aligned)) and (
        (aligned and sim >= 0.25) or (nearest and sim >= 0.3) or max(sim, local) >= 0.45
    )
    if by_sentence and not alone and not agree:
        by_sentence = False  # several figures in play: the words must say which one
    by_quantity = (
        agree is True
        and q.specific <= p.quantity.specific | _sentence_concepts(p)  # "food at home" is not "food"
        and q.measure == p.quantity.measure
        and _ratio(d, p.figure) <= 2
        and (
            (q.period is not None and q.period == p.quantity.period)
            or (q.period is None and p.quantity.period is None and sim >= 0.1)
            or _ratio(d, p.figure) <= 1.1
        )
    )
    if not (by_sentence or by_quantity):
        return None
    return sim + 0.3 * aligned + 0.15 * nearest + 0.25 * bool(agree) + 0.1 * alone


def _long_before(q: Quantity, p: PrimaryFigure, index: CandidateIndex) -> bool:
    """Is ``q`` dated to a year two or more before the primary came out, and ``p`` dated to no time at all?

    A primary figure with no time of its own is the primary's current one ("the Board decided to lower
    the cash rate target to 4.10 per cent"): "it fell from 4.5% to 4.25% in December 2011" tells another
    time's value, not that figure changed.
    """
    if q.period is None or q.period.year is None or p.quantity.period is not None:
        return False
    published = next((d.figure.date for d in index.undated.get("date", ()) if d.figure.date), None)
    return bool(published) and published[:4].isdigit() and q.period.year <= int(published[:4]) - 2


def _shares_of_a_base(q: Quantity, p: PrimaryFigure, context: Context) -> bool:
    """Are both shares of something with nothing read of what part of it they count, in sentences not aligned?

    "42% of the global population" and "About 29.6 percent of the global population" name
    the population each share is taken of, not what it counts (who cannot afford a healthy
    diet, who is food insecure): two such shares are the same quantity only when the
    retold sentence retells the primary's.
    """
    return (
        q.measure == p.quantity.measure == "share"
        and not q.part
        and not p.quantity.part
        and p.sentence.index not in context.aligned
    )


def _could_be_changed(d: Figure, q: Quantity, p: PrimaryFigure, context: Context, index: CandidateIndex) -> bool:
    """False only when :func:`_confidence` is sure to say None, whatever the reasons: a quick check before them.

    :func:`_confidence` gives a score only when both count the same thing (``agree``), or
    the sentences are alike (similarity at least 0.25), or the words around the two
    figures are (at least 0.45, read only when the sentences share a word).
    """
    if p.sentence is None:
        return False
    sim = context.sims.get(p.sentence.index, 0.0)
    if sim >= 0.25 or what_agrees(q, p.quantity) is True:  # the cheaper test first: both are only read
        return True
    return bool(sim) and index.similarity_to(context.near[d.start], p.near) >= 0.45


def _given_beside(d: Figure, p: PrimaryFigure, context: Context) -> bool:
    """Does the retold sentence give ``p`` itself, word for word, beside ``d``?

    An outlet that prints the primary's "3,591,328" has not changed it into the "3,667,758"
    of the same sentence: that one is another quantity (here the year before's births). The
    caller asks only when the two measure alike (two levels): "fell 8% to 24%" gives a change
    beside the level.
    """
    text = p.figure.text.lower()
    return (
        bool(context.lowered) and text != d.text.lower() and any(c.isdigit() for c in text) and text in context.lowered
    )


@lru_cache(maxsize=4096)
def _age_groups(text: str) -> frozenset[tuple[float, float]]:
    """The age groups a sentence names ("aged 15–19", "women ages 15 to 44", "aged 65 and over"): their first and
    last ages (infinity for a group open at the top). A single age alone ("a 15-year-old") is no group."""
    lowered = text.lower()
    # every age group is written with "aged", "ages" or "year(s) old": "the old network" names none
    if "age" not in lowered and ("old" not in lowered or "year" not in lowered):
        return frozenset()
    groups = set()
    for f in find_figures(text):
        if f.kind == "age" and f.low is not None:
            groups.add((f.low, f.high))
        elif f.kind == "age" and f.value is not None and TRAILING_LIMIT.match(text, f.end):
            groups.add((f.value, math.inf))  # "aged 65 and over": an age group open at the top
    return frozenset(groups)


# A limit written after the number: "aged 65 and over", "65 and older", "10 or more", "65+".
TRAILING_LIMIT = regex(r"(?:\+|\s+(?:and|or)\s+(?:over|older|above)|\s+or\s+more)(?![\w-])", re.IGNORECASE)


def _own_age_group(text: str, end: int) -> tuple[float, float] | None:
    """The age group written just after a figure ending at ``end`` ("58% of 9- and 10-year-olds", "58% among 11- and
    12-year-olds"): its first and last ages, or None when no age group follows it."""
    m = _AGE_AFTER.match(text, end)
    if not m:
        return None
    ages = [f for f in find_figures(m.group(1)) if f.kind == "age" and f.low is not None]
    return (ages[0].low, ages[0].high) if ages else None


# A share's group named right after it: "of", "among" or "for", a word or two, then the ages ("of children aged 9-10").
_AGE_AFTER = regex(
    r"\s+(?:of|among|for|in)\s+((?:[A-Za-z]+\s+){0,2}?(?:aged\s+)?\d{1,3}(?:-?\s*(?:to|and|or|-|–)\s*\d{1,3})"
    r"[- ]?(?:years?[- ]olds?|years?\s+old))",
    re.IGNORECASE,
)


def _other_own_ages(d: Figure, p: PrimaryFigure, context: Context) -> bool:
    """Are both figures followed by an age group of their own, and are the two groups different?

    Why: a release that gives "41% of 9- and 10-year-olds, rising to 58% among 11- and 12-year-olds"
    names both groups in one sentence, so :func:`_other_ages` finds a group in common; the 58%
    is still the older children's, and "58% of 9- and 10-year-olds" is not it.
    """
    if p.sentence is None or not context.sentence:
        return False
    ours = _own_age_group(context.sentence, d.end)
    theirs = _own_age_group(p.sentence.text, p.figure.end) if ours else None
    return ours is not None and theirs is not None and ours != theirs


def _other_ages(p: PrimaryFigure, context: Context) -> bool:
    """Do both sentences name age groups, and none the same?

    "56 births for every 1,000 women ages 15 to 44" is not the release's birth rate "for women
    ages 20–24 (55.4)": each is a rate of its own group, whatever the numbers.
    """
    if p.sentence is None or not context.lowered:
        return False
    ours = _age_groups(context.lowered)
    if not ours:
        return False  # most retold sentences name no age group: the primary's sentence is not looked up for each pair
    theirs = _age_groups(p.sentence.text)
    return bool(theirs) and not (ours & theirs)


# A region named with what it is ("Pune division", "Casablanca-Settat region", "Otago Region"): a part of a country whose
# figures a release may give one by one. The name is read whole, capitals and hyphens ("Rabat-Salé-Kénitra region").
_REGION = regex(
    r"\b((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?i:division|region|province|district|county|prefecture"
    r"|governorate|emirate|oblast|canton|municipality|department)\b"
)
# capitalised words before "division" or "region" that are no region's name
_NOT_REGION = frozenset({"The", "A", "This", "That", "Each", "Every", "In", "Its", "Their", "Our", "One", "Another"})


@lru_cache(maxsize=4096)
def _regions(text: str) -> tuple[str, ...]:
    """The regions ``text`` names with what they are, in order, lower case ("pune" for "In Pune division").

    Why cached: :func:`_narrower` asks it of the same retold sentence for every primary figure it weighs.
    """
    names = (m.group(1).split()[-1] for m in _REGION.finditer(text))
    return tuple(name.lower() for name in names if name not in _NOT_REGION)


def _narrower(d: Figure, q: Quantity, p: PrimaryFigure, context: Context) -> bool:
    """Does one of the two figures name a group, kind or place the other's sentence never does?

    "The median Black household had an income of $56,290" names a group of the release's
    "real median household income was $83,730": another figure, not that one changed; and
    the release's "even higher in Scotland (90%)" is not the outlet's young people's 83%.
    Capitalised words just before a figure count (:func:`names_before`), never the
    primary's own name ("the Northland Statistics Office estimated ..."); and so does a word of
    the retold quantity the primary's sentence lacks, unless it names who tells ("The ministry
    said", "Official figures show").
    """
    if p.sentence is None:
        return False
    if _other_ages(p, context):
        return True
    theirs = p.lowered
    if any(name not in theirs for name in _regions(context.sentence)):
        return True  # "In Pune division, … 94.8%": a region the primary's sentence never names
    region = _regions(p.sentence.text[: p.figure.start])[-1:]
    if region and region[0] not in context.lowered:
        return True  # the primary's "Konkan division recorded … 98.82%" is one region's, not the outlet's
    if any(name not in theirs for name in context.names[d.start] - context.own):
        return True
    primary_names = p.names - context.own
    if context.lowered and any(name not in context.lowered for name in primary_names):
        return True
    extra = q.specific - p.quantity.what - p.sentence_concepts - context.told
    return bool(extra)  # "about 85% of inhabitants" counts something the FBI's sentence on 94.3% never names


def best_match(d: Figure, context: Context, index: CandidateIndex, q: Quantity = NO_QUANTITY) -> Found:
    """The primary figure ``d`` retells, or the nearest one as a lead.

    Parameters
    ----------
    d : Figure
        The retold figure (its date made definite, see :func:`~newslit.analysis.figures.quantity.resolve_date`).
    context : Context
        Its sentence: words, alignment, similarities.
    index : CandidateIndex
        The primary's figures.
    q : Quantity
        What ``d`` counts.

    Returns
    -------
    Found
        ``relation`` is ``same`` when a primary figure whose value agrees counts the same
        thing (the words around it agree, or the sentences were aligned, or the value is
        too exact to be a coincidence, and nothing says it is another quantity);
        ``changed`` when no value agrees but one primary figure is that quantity with
        confidence (its sentence is clearly the one retold, or it counts the same thing
        in the same measure and period and is the only such figure, within a factor of
        1.5); ``lead`` otherwise, with the nearest primary figure and ``why_not``, the
        reasons in words that it is another quantity; ``None`` when the primary has
        nothing of that kind near.
    """
    group = KIND_GROUPS[d.kind]
    agreeing, best = [], None
    agreed: set[int] = set()  # id() of each figure in agreeing: two primary figures are never equal
    reasons: dict[int, tuple[str, ...]] = {}
    known = index.known_quantity(q)  # equal to q, and kept by the index (see _why_not)

    def why_not(p: PrimaryFigure) -> tuple[str, ...]:
        if id(p) not in reasons:
            reasons[id(p)] = _why_not(d, known, p, index)
        return reasons[id(p)]

    scores: dict[int, float] = {}  # id() of each agreeing figure with evidence -> how strong
    cited = cited_by_value(d, context)  # "the 12.7% figure": read once, not for each figure it may point at
    for p in _agreeing(d, index):
        agreeing.append(p)
        agreed.add(id(p))
        if in_words(p.figure) and not d.vague:
            continue  # "nearly 10,000" is more exact than the primary's "thousands": it came from elsewhere
        if inside_limit(d, p.figure) or _undershoots(d, p.figure):
            continue  # "653,104" inside the primary's "more than 650,000", "more than 40" for 53: not that figure retold
        if d.kind != "age" and (_other_ages(p, context) or _other_own_ages(d, p, context)):
            # a rate for women aged 15 to 44 is not the rate for those aged 20–24, however close; said as a reason,
            # so that no other figure of the sentence makes it the same quantity (see in_company)
            reasons[id(p)] = (*why_not(p), "it is about another age group")
            continue
        if _fraction_among_shares(d, p):
            continue  # "one in six were women" for "17% were under 18 and 52% were women": which share is it?
        why = why_not(p)
        # "the 12.7% figure" names no quantity: the primary's one figure of that value is the one it points back at
        by_value = cited and _only_one(p, index)
        if why and not (
            (
                _only_what(why)
                and (
                    _distinctive(d, p, index)
                    or by_value
                    or (_aligned(p, context) and (_alone(p, d, context, index) or _alone_in_value(p, d, q, index)))
                    or _same_value_same_place(d, q, p, index)
                    or _only_value_alike(d, q, p, index)
                )
            )
            or _unmistakable(d, p, index, why)
        ):
            continue  # another quantity; unless only the words differ and the value or the alignment is plain
        score = _evidence(d, q, p, context, index, by_value)
        if score is not None:
            scores[id(p)] = score
    # The candidates: the agreeing figures with evidence and, for a vague retold figure, any
    # in its very words ("hundreds of thousands"): those are the primary's own wording of
    # the value, not the outlet's rounding, whatever the words around them say.
    if scores:
        best = max((p for p in agreeing if id(p) in scores or _own_words(d, p.figure)), key=_preference(d, scores, q))
    if best is not None and _vague_by_a_noun(d, best, context, index):
        return Found(best, "lead", why_not(best))
    if best is not None:
        if None not in (d.comparable, best.figure.comparable) and not same_value(d.comparable, best.figure.comparable):
            # a value close to the primary's, told for an earlier time ("1,300 pupils a year earlier" for this
            # year's 1,240): not the primary's figure rounded or changed, but perhaps its earlier one worked out
            doubts = _another_time(d, best, context)
            if doubts:
                return Found(best, "lead", why_not(best), doubted=True, doubts=doubts)
        return Found(_publication_day(d, best, index), "same")
    if group in ("date", "time"):  # only whether anything is nearby matters (see _any_nearby)
        changed = _changed_date(d, context, index) if agreeing or _any_nearby(d, q, context, index) else None
        return Found(changed, "changed") if changed is not None else NOTHING
    nearby = _nearby(d, q, context, index)  # of d's kind group only
    if d.kind == "age":  # an age names whom a figure counts; another age is another group ("aged 65 and over")
        return _lead(d, q, context, index, agreeing, nearby, why_not, agreed)
    changed, changed_score = None, 0.0
    unique = None
    for p in nearby:
        if id(p) in agreed or inside_limit(d, p.figure) or not _same_scale(d, p.figure):
            continue  # a value the primary's limit allows is never changed ("653,104" for "more than 650,000")
        if not _could_be_changed(d, q, p, context, index):
            continue  # the reasons it is another quantity are only worked out for a figure that could be it
        if _narrower(d, q, p, context):
            continue  # "the median Black household's income" is one group of the primary's "median household income"
        if q.measure == p.quantity.measure and _given_beside(d, p, context):
            continue  # "3,591,328 — a 2 percent drop from the previous year, which saw 3,667,758": another count
        score = _confidence(d, q, p, context, index, why_not)
        if score is None:
            continue
        if what_agrees(q, p.quantity) and p.sentence.index not in context.aligned:
            if unique is None:  # worked out only when it can decide (the reasons are kept for the lead)
                unique = [
                    o for o in nearby if what_agrees(q, o.quantity) and _same_scale(d, o.figure) and not why_not(o)
                ]
            if len(unique) > 1:
                continue  # two primary figures count this: the words do not say which
        if score > changed_score:
            changed, changed_score = p, score
    if changed is not None:
        # a lead's own reasons already say when its figure is an earlier value: the time is a doubt on a change only
        doubts = (
            _sentence_reasons(d, changed, context, q) + _another_time(d, changed, context) + _inside_range(d, changed)
        )
        if doubts:  # not another figure in its place: that is how a wrong one would be accused
            return Found(changed, "lead", why_not(changed), doubted=True, doubts=doubts)
        return Found(changed, "changed")
    return _lead(d, q, context, index, agreeing, nearby, why_not, agreed)


def _vague_by_a_noun(d: Figure, p: PrimaryFigure, context: Context, index: CandidateIndex) -> bool:
    """Is ``d`` a vague word that only shares a noun with ``p``, an exact count, in an unlike sentence?

    "among them hundreds of anxious candidates at schools across the Midlands" and the release's
    "412 candidates achieved eight or more H1 grades": a vague word spans a whole order of
    magnitude, so one shared noun is a coincidence unless the sentences, or the words around
    the two figures, are alike. The primary's own vague words ("hundreds of thousands") are
    not affected, nor an amount with a unit ("millions of pounds more" for "£46 million more"):
    the unit is a second thing the two share.
    """
    if not d.vague or p.figure.vague or d.unit or p.sentence is None or p.sentence.index in context.aligned:
        return False
    if context.sims.get(p.sentence.index, 0.0) >= 0.3:
        return False
    return index.similarity_to(context.near[d.start], p.near) < 0.3


def _publication_day(d: Figure, best: PrimaryFigure, index: CandidateIndex) -> PrimaryFigure:
    """The primary's publication date instead of ``best`` when ``d`` is that day and ``best`` only its month.

    "20th March" agrees with the text's "March 2024", but it is the very day the primary
    came out (its date, not in its text): that is the figure it retells.
    """
    if KIND_GROUPS[d.kind] != "date" or not more_exact_date(d, best.figure):
        return best
    day = (p for p in index.undated.get("date", ()) if values_agree(d, p.figure) and not more_exact_date(d, p.figure))
    return next(day, best)


def _changed_date(d: Figure, context: Context, index: CandidateIndex) -> PrimaryFigure | None:
    """A date is ``changed`` only when its sentence was aligned with a primary sentence with one date of the same precision."""
    if context.groups.get("date", 0) != 1 or d.kind != "date" or not d.date:
        return None
    if context.sentence and comparison_time(context.sentence, d):
        return None  # "now comparable to 2010-12": a time the outlet compares with, not the primary's date changed
    for i in context.aligned:
        dates = index.by_sentence.get(("date", i), ())
        if len(dates) == 1 and dates[0].figure.kind == "date" and dates[0].figure.date:
            if bool(context.since.get(d.start)) != since(dates[0].sentence.text, dates[0].figure):
                continue  # "the highest since November 2021" is not the release's "June"
            # the same form: two months ("2023-06"), two days, two halves ("2023-H1"); a half is no month
            mine, theirs = re.sub(r"\d", "0", d.date), re.sub(r"\d", "0", dates[0].figure.date)
            if mine == theirs and context.sims.get(i, 0.0) >= 0.25 and not d.date.startswith("relative"):
                return dates[0]
    return None


def _lead(d: Figure, q: Quantity, context: Context, index: CandidateIndex, agreeing, nearby, why_not, agreed) -> Found:
    """The primary figure a reader should look at first: the same value counting something else, else the closest."""
    if KIND_GROUPS[d.kind] in ("date", "time"):
        return NOTHING  # another date is another event, not a lead
    options = [p for p in [*agreeing, *nearby] if p.sentence is not None]
    if not options:
        return NOTHING

    sims, order, mine = context.sims, index.order, q.specific

    def rank(p: PrimaryFigure) -> tuple:
        agree = bool(mine) and not mine.isdisjoint(p.quantity.specific)  # bool(what_agrees(q, p.quantity))
        closeness = 1 / _ratio(d, p.figure) if p.figure.comparable is not None else 0.0
        return (id(p) in agreed, agree, closeness + sims.get(p.sentence.index, 0.0), -order[id(p)])

    lead = max(options, key=rank)
    if id(lead) not in agreed and not what_agrees(q, lead.quantity) and context.sims.get(lead.sentence.index, 0) < 0.2:
        if not _same_scale(d, lead.figure):
            return NOTHING
    return Found(lead, "lead", why_not(lead), doubts=_sentence_reasons(d, lead, context, q))


def _non_words(p: PrimaryFigure, context: Context) -> str | None:
    """The word the primary figure's own words have after "non-" and the retold sentence uses bare, or None.

    "117,836 non-permanent residents" is not what "net permanent immigration … that 122k increase" counts,
    even when what "122k" counts is not read. Only the figure's own words ("non-partisan" elsewhere in
    its sentence says nothing of it); only a word of five letters or more used before another word
    ("permanent immigration", not "essential that" nor "none of them fatal"); and not when the retold
    sentence says "non-" in other words ("not-for-profit", "outside the EU", "which exclude farm workers",
    "don't belong to a union").
    """
    words = _HYPHENS.sub("-", p.quantity.words.lower())
    if "non-" not in words or not context.lowered:
        return None
    retold = _HYPHENS.sub("-", context.lowered)  # "non‑permanent" with a no-break hyphen is "non-permanent"
    for word in re.findall(r"\bnon-([a-z]+)", words):
        if len(word) < 5 or re.search(rf"\bnon-?\s?{word}", retold):
            continue
        for m in re.finditer(rf"(?<![\w-]){word}\s+([a-z]+)", retold):
            before = retold[max(0, m.start() - 40) : m.start()]
            if m.group(1) not in _FUNCTION_WORDS and not _NOT_BEFORE.search(before):
                return word
    return None


def _other_group(p: PrimaryFigure, context: Context) -> bool:
    """Is ``p`` a figure of a group named after it ("17 percentage points, among Republicans") that the retold sentence never names?

    Not when the retold sentence names a group of its own with "among" ("among GOP voters", "among
    Latino voters" for "among Hispanic voters"): it may be the same group in other words. A short name
    is found as a whole word, with or without a plural "s" (not "green" in "greenhouse"); a name of seven
    letters or more by its first seven ("Democratic voters" and "Democrats' support").
    """
    words = group_words(p.group) if p.group else frozenset()
    if not words or not context.lowered or _NAMED_GROUP.search(context.sentence or ""):
        return False
    return not any(re.search(rf"\b{word[:7]}" + ("" if len(word) >= 7 else r"s?\b"), context.lowered) for word in words)


# "among GOP voters", "Among Black Americans": a retold sentence that names a group of its own
_NAMED_GROUP = regex(r"\b[Aa]mong\s+(?:[a-z]+\s+){0,2}?[A-Z]")
_LOSS = regex(r"\b(?:lost|lose|losing|laid off|shed|eliminated|closed|fired|dismissed|made redundant)\b")
_HYPHENS = regex("[\u2010\u2011\u2012\u2013\u2014]")
# "outside the EU", "which exclude farm workers", "none of them", "don't belong to": "non-" said in other words
_NOT_BEFORE = regex(
    r"\b(?:outside|exclud\w*|except|without|not|no|none|few|other than|beyond)\b[^.,;]*$|n[’']t\b[^.,;]*$"
)
_FUNCTION_WORDS = frozenset(
    "that which who the a an of to in on at for and or but is are was were be been it its this these those as by "
    "with from than then so".split()
)


def _sentence_reasons(d: Figure, p: PrimaryFigure, context: Context, q: Quantity = NO_QUANTITY) -> tuple[str, ...]:
    """What in the two sentences, not in the two quantities, makes ``p`` doubtful as the figure ``d`` changed.

    A figure that would be called changed with such a doubt is a lead instead (see :func:`best_match`);
    the doubt never sends the check to another primary figure, which is how a wrong one would be accused
    ("non-fatal shootings fell 12%, while fatal shootings fell 7%": "shootings fell 14%" is not the 7%).
    """
    reasons = []
    if change_against_share(q, p.quantity, d, p.figure):
        told = context.lowered if q.measure == "share" else p.lowered
        if not _LOSS.search(told):  # a share that is a loss ("almost half of jobs were lost", "laid off") is a fall too
            reasons.append("one is a rise or fall, the other a share of a group")
    word = _non_words(p, context)
    if word:  # "it may": what each text says, and the reader judges whether that makes two groups
        reasons.append(
            f"it may be about another group: the primary's figure is about “non-{word}” ones, and this sentence says “{word}”"
        )
    if _other_group(p, context):
        reasons.append(
            f"it may be about another group: the primary's figure is about “{p.group}”, whom this sentence does not name"
        )
    return tuple(reasons)


def _inside_range(d: Figure, p: PrimaryFigure) -> tuple[str, ...]:
    """Why ``d`` may not be ``p`` changed: ``p`` is one end of a range ``d`` lies inside ("about €2,360 on average")."""
    span = _range_around(p)
    if span is None or d.comparable is None or not span[0] < d.comparable < span[1]:
        return ()
    return (
        f"it may be an average or one case of a range: the primary's figure is one end of “{span[2]}”, "
        "and this one lies inside it",
    )


# "between 1,000 and 5,000 euros", "ranging from £500 to £2,000", "anywhere from 2 to 4 weeks": a range, whose
# ends are no figures of their own ("from 696 to 590" after a verb is a change, not a range)
_RANGE_OPENS = regex(
    r"\b(?:between|rang(?:e|es|ed|ing)\s+from|anywhere\s+from|from\s+as\s+(?:few|little|low)\s+as)\s+$", re.I
)
_RANGE_JOIN = regex(r"\s*(?:and|to|-|–)\s*$", re.IGNORECASE)


def _comparable(f: Figure) -> float:
    return f.comparable if f.comparable is not None else f.value


def _written_number(f: Figure) -> float | None:
    """The number as its digits are written ("783" in "783 million"), or None for a number in words."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", f.text)
    return float(digits.group(0).replace(",", "")) if digits else None


@lru_cache(maxsize=4096)
def _range_around(p: PrimaryFigure) -> tuple[float, float, str] | None:
    """The range ``p`` is one end of in its sentence, as ``(low, high, its words)``, or None.

    The unit or scale written once after the second number belongs to both ("between 1.2 and
    1.5 million", "between 1,000 and 5,000 euros").
    """
    if p.sentence is None or p.figure.comparable is None:
        return None
    text = p.sentence.text
    figures = [f for f in find_figures(text) if f.value is not None]
    for first, second in zip(figures, figures[1:]):
        if p.figure.start not in (first.start, second.start):
            continue
        opens = _RANGE_OPENS.search(text[: first.start])
        if not _RANGE_JOIN.fullmatch(text[first.end : second.start]) or opens is None:
            continue
        low, high = _comparable(first), _comparable(second)
        written = [_written_number(f) for f in (first, second)]
        if None not in written and written[1] and high / written[1] > 1 and low == written[0]:
            low *= high / written[1]  # the scale written once, after the second number
        if low < high:
            return low, high, text[opens.start() : second.end]
    return None


def _another_time(d: Figure, p: PrimaryFigure, context: Context) -> tuple[str, ...]:
    """Why ``p`` may be of another time than ``d``: ``d`` is told for an earlier time ("a year earlier"), ``p`` is not."""
    earlier = _earlier_time(context.sentence, d)
    if earlier and p.sentence is not None and not _earlier_time(p.sentence.text, p.figure):
        return (f"it may be about another time: this sentence's figure is for “{earlier}”, the primary's is not",)
    return ()


# "a year earlier", "two months before", "a decade ago", "the previous quarter", "the year before": a time before
# the one a sentence is about
_EARLIER = regex(
    r"(?:\b(?:a|an|one|two|three|four|five|six|ten|\d+)\s+(?:years?|months?|weeks?|quarters?|decades?)\s+"
    r"(?:earlier|before|ago|previously)\b"
    r"|\bthe\s+(?:previous|preceding|prior)\s+(?:year|month|week|quarter|decade)\b"
    r"|\bthe\s+(?:year|month|week|quarter)\s+before\b)"
    # "a year earlier than planned", "a year before the target": against a plan, not at an earlier time
    r"(?!\s+(?:than|schedule|planned|expected|target|the\s+target|the\s+deadline)\b)",
    re.IGNORECASE,
)
# words that make a figure the change from, or the level against, an earlier time ("up 3% on a year earlier",
# "60 fewer than a year before", "compared with the previous year"): the figure itself is of the later time
_AGAINST = regex(
    r"\b(?:than|from|on|over|compared|comparison|since|versus|vs|against|up|down|higher|lower|more|fewer|less|"
    r"rise|rose|fall|fell|increase|decrease|drop|change)\b",
    re.IGNORECASE,
)
_OPENING_EARLIER = regex(rf"^\W*(?:(?:in|by|at)\s+)?({_EARLIER.pattern})\s*,", re.IGNORECASE)


def _earlier_time(text: str, figure: Figure) -> str | None:
    """The words that tell ``figure`` for an earlier time in ``text`` ("16,880 patients a year earlier"), or None.

    The words must follow the figure within its clause, with at most four words between and no
    other number, and none that make it a change or a level against that time ("up 3% on a year
    earlier", "60 fewer than a year before"); or open the sentence ("A year earlier, 1,300 pupils"),
    with no other number before the figure.
    """
    if not text or figure.end > len(text):
        return None
    after = text[figure.end :]
    stop = re.search(r"\d|[.;:!?]", after)
    clause = after[: stop.start() if stop else len(after)]
    found = _EARLIER.search(clause)
    if found and len(clause[: found.start()].split()) <= 4 and not _AGAINST.search(clause[: found.start()]):
        return found.group(0)
    opening = _OPENING_EARLIER.search(text[: figure.start])
    if opening and not re.search(r"\d", text[opening.end() : figure.start]):
        return opening.group(1)
    return None
