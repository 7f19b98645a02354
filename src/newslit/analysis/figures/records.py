"""Check every figure in every retelling against the primary: match, rounded, changed or not there.

:func:`figure_records` is the engine behind lesson 03 and ``newslit figures``. For each
figure a retelling prints (found by :mod:`newslit.text.numbers`) it looks for the primary's
figure it retells, by kind, value and the words around it (what is counted, the rest of
the sentence, and the sentence alignment of :mod:`newslit.analysis.provenance`), and gives a verdict with a plain-language explanation:

- ``match``: the same figure, counting the same thing;
- ``rounded``: rounded, hedged or written another way, and still true ("almost 500,000"
  for 490,000; "thousands" for 2,400; "20%" for "one in five");
- ``changed``: a different amount, or the same words with the meaning changed: a hedge
  dropped ("if not millions" retold as "millions"), a bound turned into a fact;
- ``not_in_primary``: the primary has no such figure (or only the same number counting
  something else).

:func:`primary_ledger` says who is counting each of the primary's figures, and
:func:`arithmetic_checks` works out the sums a careful reader can check. Nothing here
reads the answer key to decide: the key is only read to put ``key_verdict``
beside the engine's ``verdict``.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from newslit.analysis.figures.beside import contradiction
from newslit.analysis.figures.compare import (
    KIND_GROUPS,
    from_whom,
    neighbour_swaps,
    quoted,
    rounded_to_its_digit,
    shown,
    values_agree,
    verdict,
    year_guessed,
)
from newslit.analysis.figures.index import CandidateIndex, index_candidates, primary_idf, sentence_similarities
from newslit.analysis.figures.key import KEY_FILE, attach_key
from newslit.analysis.figures.listed import listed_names, naming_sentence
from newslit.analysis.figures.match import (
    NOTHING,
    TRAILING_LIMIT,
    Context,
    Found,
    best_match,
    finer_than_limit,
    in_company,
    out_of_company,
    same_number,
)
from newslit.analysis.figures.primary import (
    PrimaryFigure,
    figure_stems,
    names_before,
    primary_figures,
    primary_name,
    primary_places,
    primary_scope,
    window,
)
from newslit.analysis.figures.quantity import (
    CURRENCY_NAMES,
    Quantity,
    a_whole_year,
    and_joined,
    comparison_time,
    concepts,
    counted_from_figure,
    describe,
    may_match,
    other_currency,
    period_of,
    possessive,
    quantity_terms,
    readable_words,
    resolve_date,
    resolve_day,
    same_currency,
    sentence_quantities,
    since,
    what_agrees,
)
from newslit.analysis.memory import paused_gc
from newslit.analysis.parallel import map_in_order
from newslit.analysis.provenance import by_sentence as provenance_by_sentence
from newslit.case.key import read_rows
from newslit.case.model import Article, Case, Sentence, sentence_fields
from newslit.text.attribution import attribution_verbs
from newslit.text.compiled import regex
from newslit.text.numbers import CURRENCY_WORDS, MONTHS, WEEKDAYS, Figure, find_figures, number_as_written
from newslit.text.places import is_place
from newslit.text.tokens import STOP_WORDS

TIMES = ("date", "period")
# "The Home Office disputed the NAO's figures and said ...": a figure given against the primary's
# is someone's own, counted their own way, not the primary's figure changed.
_RIVAL = regex(r"\b(?:disput|reject|contest|challeng|den(?:y|ies|ied)\b|rebut)", re.IGNORECASE)
_RIVAL_PARTS = ("disput", "reject", "contest", "challeng", "deny", "denies", "denied", "rebut")  # one is in every match
_OTHERS = regex(r"\s+(?:other|more|additional|further|remaining)\b", re.IGNORECASE)


def _context(
    sentence: Sentence, record: dict | None, figures, own: frozenset[str] = frozenset(), credited: bool = False
) -> Context:
    aligned = frozenset(record.get("primary_index") or []) if record else frozenset()
    nearest = record.get("nearest_index") if record else None
    label = record.get("label") if record else None
    if record and record.get("reaction") and nearest is not None:
        # "Campaigners praised the EPA for keeping the limits proposed in 2023": the reaction is new, the facts
        # it is about are still those of the sentence it resembles
        aligned, label = frozenset([nearest]), "reworded"
    groups: dict[str, int] = {}
    for f in figures:
        groups[KIND_GROUPS[f.kind]] = groups.get(KIND_GROUPS[f.kind], 0) + 1
    return Context(
        figure_stems(sentence.text),
        aligned,
        nearest,
        label,
        near=_NearWords(sentence.text, figures),
        groups=groups,
        rival=may_match(sentence.text, _RIVAL_PARTS) and bool(_RIVAL.search(sentence.text)),
        names=_NamesBefore(sentence.text, figures),
        lowered=sentence.text.lower(),
        sentence=sentence.text,
        own=own,
        credited=credited,
    )


class _NearWords(dict):
    """Figure start -> the stems of the words around that figure, each read the first time it is asked for.

    Only about half the figures ever have their words compared with a primary figure's (a
    figure whose sentence shares no word with the candidate's sentence never does), so they
    are not read before. The words around a date are never compared (see match._evidence): a
    date is judged by its sentence, and asking for them gives no words.
    """

    def __init__(self, text: str, figures) -> None:
        super().__init__()
        self._text = text
        self._ends = {d.start: d.end for d in figures if KIND_GROUPS[d.kind] != "date"}

    def __missing__(self, start: int) -> frozenset[str]:
        end = self._ends.get(start)
        if end is None:
            return frozenset()
        stems = self[start] = figure_stems(window(self._text, start, end))
        return stems


class _NamesBefore(dict):
    """Figure start -> the capitalised words just before that figure (:func:`names_before`), each read the first time it is asked for.

    Only a figure checked as a changed one asks (see match._narrower): about one sentence in
    eight at 1,000 synthetic retellings. A start that is no figure's gives no words.
    """

    def __init__(self, text: str, figures) -> None:
        super().__init__()
        self._text = text
        self._figures = {d.start: d for d in figures}

    def __missing__(self, start: int) -> frozenset[str]:
        d = self._figures.get(start)
        if d is None:
            return frozenset()
        names = self[start] = names_before(self._text, d)
        return names


def _file_span(article: Article, sentence: Sentence, figure: Figure) -> tuple[int | None, int | None]:
    """Offsets of ``figure`` in the article's file; None when cleaning changed the words."""
    raw = article.raw
    where = raw.find(figure.text, sentence.start, sentence.end + 1)
    return (where, where + len(figure.text)) if where >= 0 else (None, None)


def _own_level(text: str, figures, hits: dict, i: int) -> Figure | None:
    """The level a change figure is told of, in its own clause, when the primary does not give it; else None.

    A count or an amount before ``figures[i]`` in the same sentence, joined to it by no more
    than a comma and words ("158,000 migrants were intercepted in 2023, a 50% increase"), for
    which the primary has no figure of the same quantity (:class:`Found` not "same" nor
    "changed"). Its change is that level's, not one of the primary's changes.
    """
    for k in range(i - 1, -1, -1):
        other = figures[k]
        if KIND_GROUPS[other.kind] in TIMES:
            continue
        if other.kind not in ("count", "money") or re.search(r"[.;:]", text[other.end : figures[i].start]):
            return None
        return other if hits.get(k) is not None and hits[k].relation not in ("same", "changed") else None
    return None


def _on_the_primarys_scale(d: Figure, candidates: CandidateIndex) -> Figure:
    """A temperature that names no scale ("topped 90 degrees") on the one scale the primary uses ("90°F")."""
    if d.kind != "temperature" or d.unit:
        return d
    scales = {p.figure.unit for p in candidates.in_group("temperature") if p.figure.kind == "temperature"}
    return replace(d, unit=scales.pop()) if len(scales) == 1 and None not in scales else d


def _resolved(d: Figure, reference, primary_days: frozenset[str], text: str | None = None) -> Figure:
    """``d`` with its relative date made definite, and a day without a year given the year a story means.

    Unless the primary gives that day in another year ("from January 1" for its "January 1,
    2024"): then the day keeps its unknown year, so the year the outlet never wrote is never
    a change (see :func:`~newslit.analysis.figures.quantity.resolve_day`).
    """
    resolved = resolve_date(d, reference, text)  # the sentence: "by March" is the next March
    day = resolve_day(resolved, reference)
    if day is resolved or day.date in primary_days or (resolved.date or "")[5:] not in primary_days:
        return day
    return resolved


def _match_sentence(
    text: str, figures, context: Context, candidates: CandidateIndex, name: str, reference
) -> list[tuple]:
    """(figure, found, verdict, explanation, quantity) for every figure of one sentence."""
    copied = _copied(figures, context, candidates, name, reference)
    if copied is not None:
        return copied
    context.since.update({d.start: since(text, d) for d in figures})
    context.reach.update({d.start: comparison_time(text, d) for d in figures if d.kind == "period"})
    context.others.update({d.start: bool(_OTHERS.match(text, d.end)) for d in figures})
    context.sims.update(sentence_similarities(context.stems, candidates))
    quantities = sentence_quantities(text, figures, reference)
    resolved_all = [
        _on_the_primarys_scale(_resolved(d, reference, candidates.days(), text), candidates) for d in figures
    ]
    # Counted figures first, and those in company (see in_company): a date or period that dates one of them is judged with it.
    counted = [i for i, d in enumerate(figures) if KIND_GROUPS[d.kind] not in TIMES]
    hits = {i: best_match(resolved_all[i], context, candidates, quantities[i]) for i in counted}
    hits = in_company(resolved_all, quantities, hits)
    hits = out_of_company(resolved_all, quantities, hits, context)
    hits = _same_range(text, resolved_all, hits, candidates)
    for i in (i for i, d in enumerate(figures) if KIND_GROUPS[d.kind] in TIMES):
        dated = [k for k, other in enumerate(quantities) if i in other.period_source and k != i]
        # a change made a lead by a doubt keeps its dates checked, as they were when it was a change
        if dated and not any(hits[k].relation in ("same", "changed") or hits[k].doubted for k in dated if k in hits):
            hits[i] = Found(None, "dates", (figures[dated[0]].text,))
        elif (k := counted_from_figure(text, figures, i)) is not None and hits[k].relation not in ("same", "changed"):
            # "up 40% from 2022": the year the outlet's own rise is counted from is checked only with that rise
            hits[i] = Found(None, "counted from", (figures[k].text,))
        else:
            hits[i] = best_match(resolved_all[i], context, candidates, quantities[i])
    if any(hits[k].relation == "same" for k in counted):  # the sentence retells a figure of the primary
        _retold_period(text, resolved_all, hits, candidates, counted)
    worked = _worked_changes(text, resolved_all, hits, candidates, name)
    worked.update(_year_ending(text, resolved_all, hits, name))
    worked.update(_time_before(text, resolved_all, hits, name))
    # a length of time in units may be a slip of copying too ("1,949 hours" of sunshine for 1,994)
    lengths = [i for i, d in enumerate(figures) if d.kind == "period" and d.unit and hits[i].relation != "dates"]
    worked.update(_swapped_digits(resolved_all, hits, candidates, name, counted + lengths, quantities))
    worked.update(_moved_point(resolved_all, hits, candidates, name, counted))
    worked.update(_listed_counts(text, resolved_all, hits, candidates, name, counted))
    found = []
    for i, (d, q) in enumerate(zip(figures, quantities)):
        resolved, hit = resolved_all[i], hits[i]
        lead_why = None
        if i in worked:
            hit, word, why = worked[i]
            found.append((d, hit, word, why, q, resolved, lead_why))
            continue
        if hit.relation in ("same", "changed"):
            word, why = verdict(resolved, hit.primary, name)
            if (
                word in ("changed", "rounded")  # a limit that looks dropped is rounded
                and resolved.hedge in (None, "exact")
                and resolved.comparable == hit.primary.figure.comparable
                and TRAILING_LIMIT.match(text, d.end)
            ):
                # "aged 65 and over" for "over age 65": the limit is written after the number, not dropped
                # "150 minutes or more" is the primary's "at least 150 minutes", "aged 65 and over" its "over age 65"
                limit = hit.primary.figure.hedge if hit.primary.figure.hedge in ("above", "min") else "above"
                word, why = verdict(replace(resolved, hedge=limit, qualifier="over"), hit.primary, name)
            if (
                word == "rounded"
                and resolved.hedge in (None, "exact")
                and hit.primary.figure.hedge in ("max", "under")
                and resolved.comparable == hit.primary.figure.comparable
                and _LIMIT_BEFORE.search(text, max(0, d.start - 60), d.start)
            ):
                # "Ministers have capped next year's rise at 2.7%" for "may rise by no more than 2.7%", "within 18
                # weeks" for "less than 18 weeks", "only the first 300,000 crowns" for "only up to NOK 300,000": the
                # limit is in the words before the number, not dropped
                word, why = verdict(
                    replace(resolved, hedge=hit.primary.figure.hedge, qualifier="up to"), hit.primary, name
                )
            if hit.relation == "changed" and word != "changed":
                word, why = "changed", why  # same quantity, another value: the values decide the wording
            if word == "changed" and year_guessed(resolved, hit.primary.figure):
                hit = Found(
                    hit.primary,
                    "lead",
                    (f"it may be the same date: {shown(d)} gives no year, and {possessive(name)} may be the next one",),
                )
            if word == "changed" and hit.relation == "changed" and rounded_to_its_digit(resolved, hit.primary.figure):
                p = hit.primary
                who = from_whom(p, name)
                word, why = (
                    "rounded",
                    f"Rounded, and still true: {shown(d)} for {describe(p.quantity, p.figure, name)}{who}.",
                )
            if word == "match" and hit.relation == "same":
                hit, word, why = _said_otherwise(text, d, hit, word, why, candidates, name)
            if word == "match" and hit.relation == "same" and _one_end_alone(text, d, resolved, hit.primary):
                word, why = "changed", _one_end_words(d, hit.primary, name)
            if (
                word == "changed"
                and hit.primary.range_text is None
                and _in_own_range(text, figures, i)
                and not _FROM_TO.search(text, 0, d.start)  # "decreased from 46 to 33 per cent" is a change, not a range
            ):
                # "12,000 to 15,000 customers" against the release's 14,270: a range of the outlet's own, likely of
                # something else (the release's "1,200 to 1,500 further customers"), not that figure changed
                hit = Found(hit.primary, "lead", ("the outlet gives a range, and the primary's figure is one number",))
            if (
                word == "changed"
                and resolved.change
                and hit.primary.figure.change
                and resolved.change != hit.primary.figure.change
                and resolved.comparable != hit.primary.figure.comparable
            ):
                # "the cap rose by 6.4% in April" for "will fall by 7%": the other way and another number, most
                # likely another change (an earlier one), not this one got wrong
                said = {"up": "a rise", "down": "a fall"}
                hit = Found(
                    hit.primary,
                    "lead",
                    (
                        f"the outlet gives {said[resolved.change]} and {name} {said[hit.primary.figure.change]}, "
                        "of another size",
                    ),
                )
            if (
                word in ("rounded", "match")
                and (hit.primary.figure.qualifier or "").lower() in ("an average of", "on average")
                and resolved.hedge in ("max", "min", "above", "under")
            ):
                # "up to 94 particles" for "an average of 94": an average is no limit (some are above it)
                hit = Found(
                    hit.primary, "lead", ("the primary's figure is an average, and the outlet gives it as a limit",)
                )
            twin = (
                _given(resolved, candidates) or _rounds_another(resolved, hit.primary, candidates, name)
                if word == "changed"
                else _given(resolved, candidates, besides=hit.primary)
                if word == "rounded"  # "10%" beside "at least 10%" and "10% cheaper": not the limit dropped
                else None
            )
            if word == "rounded" and twin is not None and _agreement(q, twin) < _agreement(q, hit.primary):
                # "The floods killed 40 people" for "at least 40 people died", beside "closed 40 schools": the
                # twin counts something else, so the limit left out is still the story, not a lead to the schools
                twin = None
            if twin is not None and twin is not hit.primary:
                # The primary gives this very number elsewhere ("doubled to 3,412" beside "3,412 ..., up from
                # 1,706"): the pairing, not the outlet, is what is most likely wrong, so it accuses nobody.
                hit = Found(twin, "lead")
            elif word in ("changed", "rounded") and (
                given := _given_exactly_beside(i, hit.primary, resolved_all, hits)
            ):
                # "completions fell 8.1 per cent to 41,300, pricing tens of thousands of young families out": the
                # sentence gives the 41,300 itself, so its vaguer figure is about something else
                hit = Found(
                    hit.primary,
                    "lead",
                    (
                        f"the outlet gives {quoted(given.text)} itself in this sentence, so this figure may count something else",
                    ),
                )
            elif word in ("changed", "rounded") and (
                other := _another_kind(text, d, q, hit.primary, candidates, reference, name)
            ):
                # a figure of another kind or time than the primary's, which its words say: a lead, never an accusation
                hit = Found(hit.primary, "lead", (other,))
            elif word in ("changed", "rounded") and credited_elsewhere(text, d, context.own):
                # "around 15,000 storm overflows, according to the House of Lords website": someone else's count.
                hit = Found(hit.primary, "lead", (ELSEWHERE,))
            elif word == "changed" and d.kind == "rank" and (joined := _rank_in_a_compound(d, candidates)):
                # "the second dose" for the release's "second-dose coverage", beside its "first dose": the primary
                # gives this very rank in a word the engine does not read as a figure, so nothing was changed
                hit = Found(hit.primary, "lead", (f"the primary also says {quoted(joined)}",))
            elif word == "changed" and d.kind == "rank" == hit.primary.figure.kind:
                # "Samoan remains the third most common language" beside "Te reo Māori was the second most common
                # language, followed by Samoan": a rank is said of one thing, and which one is not read here (review
                # 18, in-sample), so another rank is a lead, never a change
                hit = Found(hit.primary, "lead", (ANOTHER_RANKED.format(quoted(hit.primary.figure.text)),))
            elif word in ("changed", "rounded") and told_by_another(text, d, context.own):
                # "Regulator De Nederlandsche Bank reported last month that … was 121%": the regulator's count
                hit = Found(hit.primary, "lead", (ELSEWHERE_TOLD,))
            elif word in ("changed", "rounded") and shown_by_another(text, d, context.own):
                # "The World Anti-Doping Agency's most recent global figures show a rate of 0.77 per cent": theirs
                hit = Found(hit.primary, "lead", (ELSEWHERE_DATA,))
            elif word in ("changed", "rounded") and context.credited:
                # "The National Safety Council released its projections. It estimated a 3% decrease": theirs.
                hit = Found(hit.primary, "lead", (ELSEWHERE_BEFORE,))
            elif word in ("changed", "rounded") and (place := about_elsewhere(text, candidates.idf)):
                # "In Roscommon, … the population increased by 8pc": a place the primary never names
                hit = Found(hit.primary, "lead", (f"it is about {place}, which {name} never names",))
            elif word == "changed" and q.measure == "change":
                level = _own_level(text, figures, hits, i)
                if level is not None:
                    # "158,000 migrants were intercepted in this region, a 50% increase": the rise of a count
                    # the primary does not give, not a change of the primary's rise of its own total
                    hit = Found(
                        hit.primary,
                        "lead",
                        (f"it may be the change of the outlet's own {quoted(level.text)}, which {name} does not give",),
                    )
        if hit.relation == "counted from":
            word = "not_in_primary"
            # only a year is read so after "from" (see counted_from); a month or a quarter after "compared with"
            when, what = ("the year", "year") if a_whole_year(d) else ("when", "date")
            why = (
                f"In this sentence, {shown(d)} is {when} the change of {quoted(hit.why_not[0])} is counted from. The "
                f"engine could not match that change to {text_of(name)}, so it cannot check this {what} either."
            )
            hit = NOTHING
        elif hit.relation == "dates":
            word = "not_in_primary"
            if d.kind == "period":  # "108 providers … less than 30 days' liquidity": how long, not when
                why = (
                    f"In this sentence, {shown(d)} is the length of time that goes with {quoted(hit.why_not[0])}. The engine could "
                    f"not match {quoted(hit.why_not[0])} to {text_of(name)}, so it cannot check this length of time either."
                )
            else:
                why = (
                    f"In this sentence, {shown(d)} is the date of {quoted(hit.why_not[0])}. The engine could not match "
                    f"{quoted(hit.why_not[0])} to {text_of(name)}, so it cannot check its date either."
                )
            hit = NOTHING
        elif hit.relation not in ("same", "changed"):
            if hit.primary is None and resolved.kind in _SCALED_UNITS and resolved.comparable:
                # "4 parts per billion" where the primary gives "4.0 parts per trillion": too far apart to be near,
                # the same number in another unit is still the lead to look at
                swapped = next(
                    (
                        p
                        for p in candidates.in_group(KIND_GROUPS[d.kind])
                        if p.sentence is not None and _unit_slip(resolved, p.figure)
                    ),
                    None,
                )
                hit = Found(swapped, "lead") if swapped is not None else hit
            same = same_number(resolved, hit)
            converted = hit.relation == "lead" and other_currency(resolved, hit.primary.figure)
            finer = hit.relation == "lead" and finer_than_limit(resolved, hit.primary.figure)
            lead_why = _lead_words(hit, name, same_number=same, converted=converted, finer=finer)
            if converted and len(hit.why_not) == 1:  # only the currency differs: it may be the same amount
                absent = _converted(resolved, hit, name)
            else:
                given = hit.primary if same else _given(resolved, candidates)
                rounds = (
                    hit.primary
                    if given is None and hit.relation == "lead" and _rounds_to_digit(resolved, hit.primary.figure)
                    else None
                )
                absent = _absent(resolved, q, context, name, candidates, given=given, rounds=rounds)
            slip = _unit_slip(resolved, hit.primary.figure) if hit.relation == "lead" else None
            word, why = "not_in_primary", " ".join(filter(None, (absent, lead_why, slip)))
        found.append((d, hit, word, why, q, resolved, lead_why))
    return found


_PERIOD_OPENS = regex(r"\b(?:between|from)\s+$", re.IGNORECASE)
_PERIOD_JOIN = regex(r"\s+(?:and|to|through|until)\s+|\s*[-–]\s*", re.IGNORECASE)


def month_periods(text: str, figures) -> list[tuple[int, int]]:
    """The periods ``text`` gives from one month to another ("between July 2023 and June 2024"), as index pairs.

    Parameters
    ----------
    text : str
        The sentence.
    figures : sequence of Figure
        Its figures, dates resolved (:func:`~newslit.analysis.figures.quantity.resolve_date`).

    Returns
    -------
    list of tuple of int
        (i, i + 1) for each two neighbouring dates, both with a year and a month, after
        "between" or "from" and joined by "and", "to", "through", "until" or a dash.
    """
    return [
        (i, i + 1)
        for i, (a, b) in enumerate(zip(figures, figures[1:]))
        if _month(a) is not None
        and _month(b) is not None
        and _PERIOD_OPENS.search(text[max(0, a.start - 12) : a.start])
        and _PERIOD_JOIN.fullmatch(text, a.end, b.start)
    ]


def _month(d: Figure) -> int | None:
    """Months since year 0 of a date with a year and a month ("2024-06"), else None."""
    if d.kind != "date" or not d.date or d.date.startswith("relative"):
        return None
    parts = d.date.split("-")
    if len(parts) < 2 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    return int(parts[0]) * 12 + int(parts[1])


def _period_owner(text: str, figures, ends: tuple[int, int], counted) -> int | None:
    """The counted figure a period of months goes with: the nearest one to it in its part of the sentence (no ';' between), or None."""
    start, end = figures[ends[0]].start, figures[ends[1]].end
    near = [
        (figures[k].start - end if figures[k].start >= end else start - figures[k].end, k)
        for k in counted
        if ";" not in text[min(end, figures[k].end) : max(start, figures[k].start)]
    ]
    return min(near)[1] if near else None


def _retold_period(text: str, figures, hits: dict, candidates: CandidateIndex, counted=()) -> None:
    """Judge a period from one month to another against the primary's only such period, end by end.

    Why: a retelling that keeps the primary's figures and gives their period a month off at
    either end ("between June 2023 and July 2024" for "between July 2023 and June 2024") has
    mis-told that period; it is no other period.

    Only when the sentence retells a figure of the primary (the caller checks), the primary
    gives exactly one period from one month to another (:func:`month_periods`), the figure
    the retold period goes with (the nearest, :func:`_period_owner`) is itself a primary
    figure retold (``same``: "after 3.9% between April 2023 and April 2024", the month
    before's rate, is another period), and both
    ends of the retold period are within a month of the primary's: each end is then the
    same as the primary's end (``same``) or, a month off, ``changed``. Otherwise ``hits``
    is left as it is. Changes ``hits`` in place.
    """
    mine = month_periods(text, figures)
    if not mine:
        return
    by_sentence: dict[int, list] = {}
    for p in candidates.in_order("date"):
        if p.sentence is not None:
            by_sentence.setdefault(p.sentence.index, []).append(p)
    theirs = []
    for ps in by_sentence.values():
        theirs += [(ps[i], ps[j]) for i, j in month_periods(ps[0].sentence.text, [p.figure for p in ps])]
    if len(theirs) != 1:
        return  # no period of months, or several: which one is retold is not sure
    for ends in mine:
        owner = _period_owner(text, figures, ends, counted)
        if owner is None or hits[owner].relation != "same":
            continue  # the period of another figure ("after 3.9% between April 2023 and April 2024")
        pairs = list(zip(ends, theirs[0]))
        apart = [abs(_month(figures[k]) - _month(p.figure)) for k, p in pairs]
        if max(apart) > 1:
            continue
        for (k, p), off in zip(pairs, apart):
            hits[k] = Found(p, "changed" if off else "same")


# A change told beside the level it led to: "up $1,800", "rising $1,600", "an increase of 40" just before the
# figure, or "$2,000 higher than the year before" after it.
_CHANGE_BEFORE = regex(
    r"\b(?:up|down|ris(?:ing|en)|rose|fall(?:ing|en)|fell|(?:in|de)creas(?:ed|ing)|gr(?:ew|owing)|dropp(?:ed|ing)"
    r"|climb(?:ed|ing)|(?:an?\s+)?(?:increase|rise|drop|fall|decrease)\s+of)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = regex(
    r"\s+(?:higher|lower|more|less)\s+than\s+(?:(?:the|a)\s+(?:year|month|quarter)\s+(?:before|earlier)"
    r"|last\s+(?:year|month|quarter)|the\s+(?:previous|prior)\s+(?:year|month|quarter))\b",
    re.IGNORECASE,
)
_DOWN_WORDS = regex(r"\b(?:down|fall|fell|falling|fallen|decreas|dropp|drop|lower|less)", re.IGNORECASE)


_SPAN_TO = regex(r"\s+(?:to|ending(?:\s+in)?|through|until)\s+", re.IGNORECASE)
_YEAR_ENDING = regex(
    r"\b(?:YE|year\s+(?:ending|ended|to)|12\s+months\s+(?:to|ending|ended))(?:\s+in)?\s*$", re.IGNORECASE
)


def _listed_counts(text: str, figures, hits: dict, candidates: CandidateIndex, name: str, counted) -> dict:
    """A count the primary never prints but whose names it gives ("two of the chemicals — PFOA or PFOS"): a match.

    See :mod:`.listed`. A count already paired with a primary figure keeps its verdict.
    """
    found = {}
    for i in counted:
        if hits[i].relation in ("same", "changed"):
            continue
        names = listed_names(text, figures[i])
        named = naming_sentence(names, candidates.sentences) if names else None
        if named is None:
            continue
        sentence, start, end = named
        theirs = replace(figures[i], text=sentence.text[start:end], start=start, end=end)
        primary = PrimaryFigure(theirs, sentence, name, frozenset())
        found[i] = (
            Found(primary, "same"),
            "match",
            f"The same {figures[i].text.lower()}: {possessive(name)} text names {and_joined(names)} as well, "
            f"so the count can be checked there.",
        )
    return found


def _year_ending(text: str, figures, hits: dict, name: str) -> dict:
    """A year told as its 12 months ("the 12 months to June 2023") beside the primary's year ending that month.

    The outlet's span and the month it ends with are read as two figures; the span alone has
    nothing to meet in a primary that writes "YE June 2023" or "the year ending June 2023"
    (no span of its own). When the month is the primary's, and the primary's words before it
    say the year ends there, the span is that year, not a figure the primary lacks.
    """
    found = {}
    for i, d in enumerate(figures[:-1]):
        if d.kind != "period" or (d.value, d.unit) not in ((12.0, "months"), (1.0, "years")):
            continue
        end = figures[i + 1]
        hit = hits.get(i + 1)
        if not (_SPAN_TO.fullmatch(text, d.end, end.start) and hit and hit.relation == "same" and hit.primary.sentence):
            continue
        p = hit.primary
        before = p.sentence.text[: p.figure.start]
        ending = _YEAR_ENDING.search(before)
        if ending:
            theirs = quoted(f"{ending.group().strip()} {p.figure.text}")
            found[i] = (
                Found(p, "same"),
                "match",
                f"The same period: {possessive(name)} {theirs} is the 12 months to {p.figure.text}.",
            )
    return found


# The words a primary's sentence uses for the time a year (a month) before its own: "from 3.6% a year earlier",
# "compared with the same month last year", "year on year", "the previous month".
_A_YEAR_BEFORE = regex(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+year|(?:the\s+)?year\s+"
    r"before|last\s+year|year[\s-]+(?:on|over)[\s-]+year|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:month|period|"
    r"quarter|time|week)\s+(?:(?:of|in)\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago)|(?:19|20)\d\d)"
    r"|annual(?:ly)?|12\s+months\s+(?:earlier|before|ago))\b",
    re.IGNORECASE,
)
_A_MONTH_BEFORE = regex(
    r"\b(?:(?:a|one)\s+month\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+month|last\s+month"
    r"|month[\s-]+(?:on|over)[\s-]+month)\b",
    re.IGNORECASE,
)


def _time_before(text: str, figures, hits: dict, name: str) -> dict:
    """ "a year earlier" ("a year ago", "a month earlier") beside a primary figure retold, when the primary tells the
    same figure for the same time before: "up from 3.6% a year earlier" for "from 3.6 percent in June 2024, a year
    earlier" or "compared with the same month last year".

    Such a time names no date of its own to look up; it is the time of the figure it goes with (the counted figure
    nearest to it in its clause), and that figure's primary sentence says whether it is a year (a month) before.
    Otherwise the time is left as it was, a lead; it is never a change.
    """
    found = {}
    for i, d in enumerate(figures):
        phrase = _TIMES_BEFORE.get((d.date or "").removeprefix("relative: ")) if d.kind == "date" else None
        if phrase is None:
            continue
        owner = _nearest_counted(text, figures, i)
        hit = hits.get(owner) if owner is not None else None
        if hit is None or hit.relation != "same" or hit.primary.sentence is None:
            continue
        p = hit.primary
        if not (p.quantity.baseline or p.quantity.measure == "change" or _dated_before_right_after(p)):
            # "more than 2,100 died this summer, far more than a year earlier": the 2,100 is this year's; the time
            # before is the other side of a comparison, with no figure of its own here
            continue
        words = _A_YEAR_BEFORE if phrase == "a year earlier" else _A_MONTH_BEFORE
        if words.search(p.sentence.text) or (phrase == "a year earlier" and _a_year_apart_named(p)):
            told = d.text[:1].lower() + d.text[1:]  # the outlet's own words: "a year ago", "the year before"
            found[i] = (
                Found(p, "same"),
                "match",
                f"{_upper(name)} gives {quoted(p.figure.text)} for {told} too: the same time.",
            )
    return found


# The times before, as read (see newslit.text.numbers: "time_before", and "the previous year" that no year named in
# the sentence made definite), and what they say
_TIMES_BEFORE = {
    "a year earlier": "a year earlier", "the year before": "a year earlier", "the previous year": "a year earlier",
    "the prior year": "a year earlier", "the preceding year": "a year earlier", "a month earlier": "a month earlier",
    "the month before": "a month earlier", "the previous month": "a month earlier",
}  # fmt: skip


def _dated_before_right_after(p) -> bool:
    """Is ``p``'s figure followed closely, with no other number between, by a time before ("$486 billion one year
    ago")? Then that time is its own, whatever the figure measures."""
    after = p.sentence.text[p.figure.end : p.figure.end + 40]
    words = _A_YEAR_BEFORE.search(after) or _A_MONTH_BEFORE.search(after)
    return bool(words) and not re.search(r"\d", after[: words.start()])


def _a_year_apart_named(p) -> bool:
    """Does the sentence of ``p`` name two times a year apart, ``p`` the earlier's figure or a change between them?

    "9.4% in 2024, compared with 8.1% in 2023" and "in February 2025, compared with 356 in February 2024" make 8.1%
    and 356 the figures of a year before; "completions rose 14.2% to 1,327 in Q3 2025, from Q3 2024" makes 14.2% a
    change over a year.
    """
    period = p.quantity.period
    if period is None or period.year is None:
        return False
    # a change's time may be read from either end ("compared with the third quarter of 2024" is one end)
    others = (period.year - 1, period.year + 1) if p.quantity.measure == "change" else (period.year + 1,)
    return any(re.search(rf"\b{other}\b", p.sentence.text) for other in others)


def _nearest_counted(text: str, figures, i: int) -> int | None:
    """The counted figure nearest to ``figures[i]`` in its clause, looking before it first, or None.

    Not :func:`_period_owner`, which takes the nearest by distance either way: a time before follows the figure it
    dates ("fell by 30,000 from a year earlier to 1.74 million" dates the 30,000); measured, the nearest by distance
    lost 5 of the reviews' keyed times.
    """
    for k in [*range(i - 1, -1, -1), *range(i + 1, len(figures))]:
        if KIND_GROUPS[figures[k].kind] in TIMES:
            continue
        a, b = sorted((k, i))
        if re.search(r"[;.]|,\s+(?:and|but|while)\b", text[figures[a].end : figures[b].start]):
            continue
        return k
    return None


def _worked_changes(text: str, figures, hits: dict, candidates: CandidateIndex, name: str) -> dict:
    """Changes the outlet gives beside a level it retells, checked against the change the primary's own figures make.

    Why: a retelling often gives the change where the primary gives the level and the
    earlier value ("$108,800, up $1,800 from last year" for "rose to $108,800 from $107,000"):
    that change is the primary's, worked out, and can be checked as exactly as a figure given.

    A figure of the sentence told as a change (:data:`_CHANGE_BEFORE`, :data:`_CHANGE_AFTER`)
    that was not found in the primary is checked when the figure just before it, in the same
    clause, is of its kind and unit and is a primary figure retold (``same``), and that
    primary figure is followed in its sentence by a figure of its kind and unit that is its
    earlier value ("from $107,000"). Their difference is the change; the outlet's figure is
    then judged against it as against any primary figure (:func:`verdict`: match, rounded,
    changed). A change told going the other way than the primary's figures went is left as it was,
    and so is one beside a value the primary gives for another place or group, not as the value
    before (:func:`_earlier`: "compared with $95,000 across the state"), and one counted from
    further back than the primary's earlier value (:func:`_reaches_no_further_back`: "up $8,800
    since 2020").

    Returns
    -------
    dict of int to (Found, str, str)
        By the figure's position: what it was paired with (the level), its verdict and the
        explanation, which shows the working.
    """
    out = {}
    for i, d in enumerate(figures):
        if i == 0 or d.kind not in ("money", "count") or d.value is None or hits.get(i) is None:
            continue
        if hits[i].relation in ("same", "changed") or hits[i].doubted:
            continue  # a doubted change is a lead for the reader, never worked out again into an accusation
        before = _CHANGE_BEFORE.search(text[max(0, d.start - 30) : d.start])
        after = _CHANGE_AFTER.match(text, d.end)
        if not (before or after):
            continue
        level = figures[i - 1]
        hit = hits.get(i - 1)
        if hit is None or hit.relation != "same" or level.kind != d.kind or not same_currency(level.unit, d.unit):
            continue
        if re.search(r"[;.]\s", text[level.end : d.start]):
            continue  # another clause or sentence: not the level this change led to
        new = hit.primary
        same_kind = [p for p in candidates.by_sentence.get((KIND_GROUPS[d.kind], new.sentence.index), ())]
        at = next((n for n, p in enumerate(same_kind) if p is new), None)
        if at is None or at + 1 >= len(same_kind):
            continue
        old = same_kind[at + 1]
        if not old.quantity.baseline or not same_currency(old.figure.unit, new.figure.unit) or not old.figure.value:
            continue
        if what_agrees(new.quantity, old.quantity) is False or not 0.5 <= new.figure.value / old.figure.value <= 2:
            continue  # "rose to $50,000, and rents from $900": an earlier value of something else
        if not _earlier(new, old):
            continue  # "compared with $95,000 across the state": another place's value, not the one before
        if not _reaches_no_further_back(text, figures, i, new, old):
            continue  # "up $8,800 since 2020" where the primary's earlier value is for 2023: another change
        change = new.figure.value - old.figure.value
        down = bool(_DOWN_WORDS.search((before or after).group()))
        if not change or down != (change < 0):
            continue  # told going the other way: not this change, or a slip this rule does not judge
        digits = re.search(r"\d[\d,]*(?:\.(\d+))?", new.figure.text)
        decimals = len(digits.group(1) or "") if digits else 0
        written = float(digits.group(0).replace(",", "")) if digits else 0.0
        scale = new.figure.value / written if written else 1.0  # "C$142.6 billion": 142.6 written, in billions
        amount = f"{abs(change) / scale:,.{decimals}f}"
        worked = replace(
            new.figure, text=re.sub(r"\d[\d,]*(?:\.\d+)?", amount, new.figure.text, count=1), value=abs(change)
        )
        working = PrimaryFigure(worked, new.sentence, new.source, new.stems, new.near, new.quantity)
        told = replace(d, change=None)
        word, _ = verdict(told, working, name)
        if word == "changed" and values_agree(told, worked):
            continue  # the value agrees and only its wording is in question: not judged here
        said = (
            f"{_upper(name)} gives {shown(new.figure)}, {'down' if down else 'up'} from {shown(old.figure)}: "
            f"a change of {quoted(worked.text)}"
        )
        if word == "match":
            out[i] = (Found(new, "same"), word, f"{said}, the same as {shown(d)}.")
        elif word == "rounded":
            out[i] = (Found(new, "same"), word, f"{said}; {shown(d)} is that change rounded: still true.")
        else:
            out[i] = (Found(new, "changed"), "changed", f"{said}, not {shown(d)}.")
    return out


_FROM = regex(r"\bfrom\s*$", re.IGNORECASE)
# Between a change and the time it counts from: "up $8,800 since 2020", "up $13,800 from the 2019 level", "more than in 2019".
_COUNTS_FROM = regex(
    r"\s+(?:higher\s+|lower\s+)?(?:from|since|on|than(?:\s+in)?|compared\s+(?:with|to))\s+(?:the\s+|its\s+)?(?:end\s+of\s+)?",
    re.IGNORECASE,
)
_EARLIER_WORDS = regex(
    r"^[^;.]{0,40}?\b(?:earlier|before|ago|previously|last\s+(?:year|month|quarter)|(?:previous|prior)\s+(?:year|month|quarter))\b",
    re.IGNORECASE,
)


def _earlier(new: PrimaryFigure, old: PrimaryFigure) -> bool:
    """Does the primary give ``old`` as the value ``new`` came from, not a value beside it of another place or group?

    Yes when "from" comes just before it ("rose to $108,800 from $107,000"), its period is
    earlier than the new value's ("in 2024, compared with $107,000 in 2023"), or words after
    it say so ("compared with $107,000 a year earlier"); "compared with $95,000 across the
    state" is none of these.
    """
    text = new.sentence.text
    if _FROM.search(text[new.figure.end : old.figure.start]):
        return True
    a, b = old.quantity.period, new.quantity.period
    if a is not None and b is not None and a.kind == b.kind and a.kind in ("year", "month") and a.year and b.year:
        if (a.year, a.month or 0) < (b.year, b.month or 0):
            return True
    return bool(_EARLIER_WORDS.search(text[old.figure.end :]))


def _reaches_no_further_back(text: str, figures, i: int, new: PrimaryFigure, old: PrimaryFigure) -> bool:
    """Does the outlet's change at ``i`` count from no further back than the primary's earlier value?

    Why: a change the outlet counts from a year before the primary's earlier value ("up
    $8,800 since 2020", "up $13,800 from 2019", where the primary's earlier value is 2023's)
    is a longer change, not the primary's worked out. The year is the one the change counts
    from (:data:`_COUNTS_FROM`: "since", "from", "compared with" just before it); it is
    compared with the earlier value's year, or, when the primary dates only the rise ("rose
    to $640 from $600 in 2024"), with the year before the new value's. A change that names no
    such year, or a later one, is taken to count from the earlier value.
    """
    for d in figures[i + 1 :]:
        if re.search(r"[;.]\s", text[figures[i].end : d.start]) or KIND_GROUPS[d.kind] not in TIMES:
            break
        told = period_of(d)
        if (
            told is None
            or told.kind not in ("year", "month")
            or not _COUNTS_FROM.fullmatch(text, figures[i].end, d.start)
        ):
            continue  # not the time the change counts from ("up $1,800 in the year to June 2024" dates it all)
        then, now = old.quantity.period, new.quantity.period
        if told.year is None or now is None or now.year is None:
            return True
        if then is not None and then.year is not None and then.year != now.year:
            return told.year >= then.year
        return told.year >= now.year - 1
    return True


ELSEWHERE = "the outlet says the figure comes from someone else (“according to …”), so it may be their count"
"""Why a figure credited to another source is only a lead, in the words of the lead's last sentence."""
ELSEWHERE_DATA = (
    "the outlet gives the figure as another organisation's data (“… figures show”), so it may be their count"
)
"""The same, for a figure another organisation's figures, data or research are said to show."""
ANOTHER_RANKED = "a rank belongs to one thing, and the primary's {} may be the rank of something else"
ELSEWHERE_TOLD = (
    "the outlet gives the figure as what another organisation reported (“… reported that”), so it may be their count"
)
"""The same, for a figure another organisation is said to have reported, said or estimated."""
ELSEWHERE_BEFORE = "the outlet gives the figure to someone it names in the sentence before, so it may be their count"
"""The same, for a figure credited by "It" or "The group" to an organisation named just before."""
A_TARGET = "the outlet gives the figure as part of a goal or a promise (“{}”), not as something measured"
"""Why a figure told as a target is only a lead, with the word that says so: it cannot be a changed copy of a measured
figure."""


A_LEVEL_COMPARED = (
    "the outlet compares something else with this figure (“{}”): it is a level to compare with, not the same quantity"
)
"""Why a figure after "above the", "below the" or "higher than the" is only a lead."""
_COMPARED_WITH_BEFORE = regex(
    r"\b((?:well\s+|far\s+|still\s+)?(?:above|below|beneath|under|over|higher\s+than|lower\s+than)\s+(?:the|its|their))\s+$",
    re.IGNORECASE,
)


def _compared_with(text: str, d: Figure) -> str | None:
    """The words before ``d`` that make it a level something else is compared with ("remains well above the 4.6
    million cases recorded before the pandemic"), or None. "The" makes the figure a known level, not a limit the
    outlet sets on its own number ("above 9 percent")."""
    before = _COMPARED_WITH_BEFORE.search(text, max(0, d.start - 40), d.start)
    return before.group(1) if before else None


AN_EARLIER_TIME = "the outlet gives the figure as it was at an earlier time (“{}”), not as it is now"
"""Why a figure told as a past level ("since September 2023, when the reference rate stood at 7.75%", "down from a
peak of 11.1%") is only a lead: the primary's figure of the same thing is its latest."""
_EARLIER_BEFORE = regex(
    r"\b((?:when|while|as)\s+(?:[\w'’-]+\s+){0,5}?(?:stood|was|were|had\s+been|peaked|hit|reached)\s+(?:at\s+)?"
    r"(?:(?:a|its|their)\s+(?:\w+\s+)?(?:peak|high|low)\s+of\s+)?"
    r"|(?:from|since|off)\s+(?:a|its|their|the)\s+(?:\w+\s+)?(?:peak|high|low)\s+of\s+)"
    r"(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def _at_an_earlier_time(text: str, d: Figure) -> str | None:
    """The words before ``d`` that give it as a past level ("when the reference rate stood at", "from a peak of"), or
    None. Only when the sentence says so right before the number."""
    before = _EARLIER_BEFORE.search(text, max(0, d.start - 70), d.start)
    return before.group(1).strip() if before else None


A_SIZE_COMPARED = "the outlet gives the size of something it compares with (“{}”), which may be that thing's figure"
"""Why a figure after "the size of" ("an area almost the size of Greater London, which covers around 157,000
hectares") is only a lead."""
_SIZE_OF_BEFORE = regex(r"\b(the\s+size\s+of|as\s+(?:big|large)\s+as)\b[^.;:]{0,60}$", re.IGNORECASE)


def _size_compared(text: str, d: Figure) -> str | None:
    """ "the size of" or "as big as" shortly before ``d`` in its sentence, else None."""
    before = _SIZE_OF_BEFORE.search(text, max(0, d.start - 80), d.start)
    return before.group(1) if before else None


A_STREAK = "the outlet says where the figure has stood since a time (“{}”), not what it was at one time"
"""Why a figure told as a streak ("has stayed above 9 percent since March 2023") is only a lead."""
_STAYED_BEFORE = regex(
    r"\b(?:stayed|remained|has\s+been|have\s+been|held|hovered|kept)\s+(?:(?:above|below|over|under|at|near|around)\s+)?$",
    re.IGNORECASE,
)
_SINCE_AFTER = regex(r"\s+(since\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?\d{4})\b")


def _a_streak(text: str, d: Figure) -> str | None:
    """The "since …" of a figure told as where something has stayed since a time ("has stayed above 9 percent since
    March 2023"), or None."""
    after = _SINCE_AFTER.match(text, d.end)
    if after is None:
        return None
    return after.group(1) if _STAYED_BEFORE.search(text, max(0, d.start - 40), d.start) else None


AN_EXPERTS = "the outlet gives the figure as what an outside expert says (“{}”), so it may be their own estimate"
"""Why a figure an analyst or an economist gives is only a lead, with the word that says who."""
# Someone whose job is to give figures of their own about what a body publishes, and a word of saying or thinking.
_EXPERT = regex(r"\b(analysts?|economists?|strategists?)\b", re.IGNORECASE)
_SAYS_OR_THINKS = regex(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|according to|expects?|expected|thinks?|believes?|estimates?|"
    r"estimated|predicts?|predicted|forecasts?)\b",
    re.IGNORECASE,
)


def _an_experts_own(text: str) -> str | None:
    """The word naming an outside expert whose words the sentence gives ("said Takeshi Morita, an analyst",
    "economists at ING expect"), or None.

    Analysts and economists give estimates of their own beside a body's figures: a different number in their
    mouth is theirs, not the body's changed. (A body's own economist is still an economist: such a figure is a
    lead too, which accuses nobody.)
    """
    expert = _EXPERT.search(text)
    return expert.group(1) if expert and _SAYS_OR_THINKS.search(text) else None


def _another_kind(text: str, d: Figure, q: Quantity, p, candidates: CandidateIndex, reference, name: str) -> str | None:
    """Why the words of ``d``'s sentence make it another kind of figure than the primary's ``p``, or None.

    Each makes a would-be ``changed`` or ``rounded`` a lead (the reviews of 2026-12-07, eighth session):
    a year long past the primary never names ("as high as 1.7 in 2008" beside an undated 1.38 of 2023), a
    level something else is compared with ("well above the 4.6 million cases recorded before the pandemic"), a
    streak ("has stayed above 9 percent since March 2023"), a past level ("when the rate stood at 7.75%", "from a
    peak of 11.1%") or the size of something compared with ("the size of Greater London, which covers around 157,000
    hectares"; the 36th review, ninth session), an outside expert's own estimate ("…,” said …, an analyst"), a goal or
    a promise ("targeting growth of 1%": a status, not a clash, since "the 2% target" of a
    retelling is still the primary's "inflation at 2%", which the keys call a match).
    """
    if year := _a_year_never_named(q, p, candidates, reference):
        return f"the outlet's figure is about {year}, a year {name} never names"
    if compared := _compared_with(text, d):
        return A_LEVEL_COMPARED.format(compared)
    if streak := _a_streak(text, d):
        return A_STREAK.format(streak)
    if earlier := _at_an_earlier_time(text, d):
        return AN_EARLIER_TIME.format(earlier)
    if size := _size_compared(text, d):
        return A_SIZE_COMPARED.format(size)
    if role := _an_experts_own(text):
        return AN_EXPERTS.format(role)
    if goal := _told_as_target(text, d, q, p.quantity):
        return A_TARGET.format(goal)
    return None


# Reasons a lead gives as they are ("But the outlet says the figure comes from someone else …"), not after "it may not
# be the same quantity": each says what the outlet's words make the figure. The templates' fixed openings.
_SAID_WHOLE = tuple(
    reason.partition("{")[0]
    for reason in (
        ELSEWHERE,
        ELSEWHERE_DATA,
        ELSEWHERE_BEFORE,
        A_TARGET,
        AN_EXPERTS,
        A_STREAK,
        A_LEVEL_COMPARED,
        AN_EARLIER_TIME,
        A_SIZE_COMPARED,
    )
)


def _a_year_never_named(q: Quantity, p, candidates: CandidateIndex, reference) -> int | None:
    """The year ``q`` is dated to when the primary never names it and it is two or more years before ``reference``
    (the retelling's date), and the primary's figure ``p`` gives no period of its own; else None.

    A primary's undated figure is of the time the primary is about, which it names somewhere: a year it never names,
    long before, is another time. A year just before (the one a release of this year reports on) may be unnamed.
    """
    period = q.period
    if period is None or period.kind != "year" or not period.year or p.quantity.period is not None or not reference:
        return None
    if period.year > reference.year - 2 or period.year in candidates.years():
        return None
    return period.year


def _told_as_target(text: str, d: Figure, q: Quantity, theirs: Quantity) -> str | None:
    """The word that tells ``d`` as a goal or a promise ("targeting growth of 1%", "pledged to eliminate two-year
    waits") where the primary's figure is not one; else None.

    A counted figure's status says so (``target`` in ``data/quantity_terms.csv``); a length of time has no
    quantity of its own, so only the words just before it in its clause are read.
    """
    if "target" in theirs.status or ("target" not in q.status and d.kind != "period"):
        return None
    start = max(0, d.start - (60 if "target" in q.status else 40))
    end = d.end + 25 if "target" in q.status else d.start
    words = [
        m.matched
        for m in quantity_terms().find(text[start:end])
        if m.kind == "status" and m.term.get("value") == "target"
    ]
    if d.kind == "period":  # in its own clause only
        clause = re.split(r"[.;:,]", text[start : d.start])[-1]
        words = [w for w in words if w in clause]
    return words[0] if words else None


# A sentence that opens by giving what follows to an organisation already named: "It estimated", "The group said".
# Not "They" (people, or the primary's researchers) and not "The report" or "The study" (most often the primary's own).
_CREDIT_OPENING = regex(
    r"\W*(?:It|The\s+(?:group|council|agency|organi[sz]ation|charity|body|institute|association|board|foundation|"
    r"society|company|firm))\s+(?:also\s+|had\s+|has\s+)?"
    r"(?:estimat|project|forecast|found|finds|said|says|report|calculat|count|predict)\w*\b"
)
# An organisation's name: a run of capitalised words holding a word that names an organisation.
_ORGANISATION = regex(
    r"\b(?:[A-Z][A-Za-z'’.-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?)*"
    r"(?:Council|Agency|Association|Institute|Institution|Office|Department|Bureau|Commission|Board|Foundation|"
    r"Centre|Center|University|Society|Authority|Administration|Federation|Union|Committee|Organi[sz]ation|Trust|"
    r"Coalition|Alliance|Corporation|Company|Fund|Laboratory|College|Group|Bank|Ministry|Service)\b"
)


def credited_before(text: str, before: str, own: frozenset[str]) -> bool:
    """Does ``text`` open by giving its figures to an organisation the sentence ``before`` names, other than the primary?

    "The National Safety Council (NSC) in August released its projections. It estimated a 3%
    decrease" gives the 3% to the Council. The name must hold a word for an organisation
    ("Council", "Institute", "Agency"…) and one more capitalised word, so a person, a place
    or an acronym alone gives nothing; and it must not be the primary's own name (``own``:
    its words, lower case), in full or by its initials ("National Highway Traffic Safety
    Administration" for "NHTSA").
    """
    if not before or _CREDIT_OPENING.match(text) is None:
        return False
    return _names_an_organisation(before, own)


def _names_an_organisation(text: str, own: frozenset[str]) -> bool:
    """Does ``text`` name an organisation other than the primary: two capitalised words or more, one of them a word
    for an organisation ("Council", "Agency"…), not all of them the primary's name (``own``) nor its initials?"""
    for m in _ORGANISATION.finditer(text):
        words = [w for w in re.findall(r"[A-Za-z]+", m.group(0)) if w.lower() not in ("of", "for", "and", "on", "the")]
        lower = {w.lower() for w in words}
        initials = "".join(w[0] for w in words).lower()
        if len(words) >= 2 and not lower <= own and initials not in own:
            return True
    return False


_ACCORDING = regex(r"\baccording to\s+([^,.;:()]+)", re.IGNORECASE)


_CLAUSES = regex(r";|,\s+(?:and|but|while|whereas)\b|\s\u2014\s")


# "In Roscommon, the housing stock increased …", "In the Central Mediterranean, …": a sentence set in a named place.
_SET_IN = regex(r"\s*In\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),")


def about_elsewhere(text: str, idf: dict) -> str | None:
    """The name a sentence opens with, "In <Name>,", when the primary never uses any of its words; else None.

    A figure in such a sentence is about that place or body ("In Roscommon, … the population
    increased by 8pc"), not the primary's figure of the same value for the whole: never
    ``changed`` or ``rounded``, only a lead. Months, weekdays and numbers are no names
    ("In June, …"); ``idf`` holds the stems of every word of the primary.
    """
    m = _SET_IN.match(text)
    if not m:
        return None
    words = m.group(1).split()
    if any(w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words):
        return None
    stems = figure_stems(m.group(1))
    return m.group(1) if stems and not any(s in idf for s in stems) else None


# An organisation's data shown before the figure: "The World Anti-Doping Agency's most recent global figures show",
# "figures from the Resolution Foundation suggest", "OECD data showed".
_DATA_SHOW = regex(
    r"((?:[\w'’.-]+\s+){0,10}?)(?i:figures|data|statistics|numbers|estimates|research|analysis|surveys?|studies|study)"
    r"(?:\s+(?:from|by|of)\s+(?:the\s+)?((?:[\w'’.-]+\s+){1,6}?))?\s*(?:show|shows|showed|suggest|suggests|suggested)\b"
)


def _names_another_body(words: str, own: frozenset[str]) -> bool:
    """Do ``words`` name an organisation other than the primary (``own``: the words of its name)?

    An organisation is a run of capitalised words with a word such as "Agency" or
    "Institute" in it (two words or more: "the Agency" alone is the primary's), or an
    acronym ("OECD"); it is the primary's when its words or its initials are in ``own``.
    """
    return _names_an_organisation(words, own) or any(
        a.lower() not in own and a not in _NOT_A_BODY and not is_place(a) for a in re.findall(r"\b[A-Z]{2,6}\b", words)
    )


_NOT_A_BODY = frozenset({"GDP", "CPI", "CPIH", "RPI", "VAT", "PPI", "HICP", "GVA", "GNI"})  # measures, not sources


def _clause(text: str, d: Figure) -> str:
    """The clause of ``text`` that holds ``d`` (between ";", ", and", ", but", a dash…)."""
    start = max((m.end() for m in _CLAUSES.finditer(text, 0, d.start)), default=0)
    after = _CLAUSES.search(text, d.end)
    return text[start : after.start() if after else len(text)]


def shown_by_another(text: str, d: Figure, own: frozenset[str]) -> bool:
    """Does ``d``'s clause give it as another body's data ("The World Anti-Doping Agency's figures show 0.77%")?

    The data's body is named before the figure, before "figures", "data", "research"…
    ("OECD data show", "research by King's College London suggests") or after it ("figures
    from the Resolution Foundation show"), and is not the primary (:func:`_names_another_body`).
    """
    clause = _clause(text, d)
    before = clause[: max(0, clause.find(d.text))]
    if "show" not in before and "suggest" not in before:
        return False  # the verb _DATA_SHOW ends on is not there: its slow search could find nothing
    shows = _DATA_SHOW.search(before)
    return bool(shows) and _names_another_body(f"{shows.group(1)} {shows.group(2) or ''}", own)


# "Regulator De Nederlandsche Bank reported last month that …": who tells what follows, then "that".
_TOLD_THAT = regex(
    r"((?:[\w'’.-]+\s+){1,8}?)(?:reported|reports|said|says|estimated|estimates|found|finds|calculated|calculates)"
    r"\s+(?:(?:last|this|on|in|earlier)\s+[\w-]+\s+)?that\b"
)


def told_by_another(text: str, d: Figure, own: frozenset[str]) -> bool:
    """Does ``d``'s clause give it as what another organisation reported ("Regulator De Nederlandsche Bank
    reported last month that the average funding ratio of Dutch pension funds was 121%")?

    The teller is named before "reported (said, estimated, found…) that", ahead of the figure, and is
    an organisation other than the primary (:func:`_names_another_body`): the primary's own "the
    fund reported that" tells its own figure.
    """
    if "that" not in text:
        return False
    clause = _clause(text, d)
    told = _TOLD_THAT.search(clause, 0, max(0, clause.find(d.text)))
    return bool(told) and _names_another_body(told.group(1), own)


def credited_elsewhere(text: str, d: Figure, own: frozenset[str]) -> bool:
    """Does ``d``'s clause credit it to someone other than the primary ("around 15,000 storm overflows,
    according to the House of Lords website")?

    The source after "according to" is someone else when it has a capitalised word that the
    primary's name (``own``: the words of its name and of what explanations call it) lacks,
    months and weekdays aside: "according to the Department of Health" is not the Department
    for Transport, and "according to figures from the Department for Transport" is. Only the
    clause that holds the figure is read ("…, and according to the RAC, repairs cost …" credits
    the repairs, not the figure before it).
    """
    if "ccording to" not in text:
        return False
    clause = _clause(text, d)
    for m in _ACCORDING.finditer(clause):
        names = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+", m.group(1))}
        names -= set(MONTHS) | set(WEEKDAYS) | {"the"}
        if names - own or _another_body_in_lower_case(m.group(1), own):
            return True
    return False


# A body written in lower case ("state education department records"): a word for an organisation and a word that
# says which one; "the department", "department data" alone may be the primary itself.
_BODY_WORD = regex(r"\b(department|ministry|agency|bureau|office|commission|council|authority|regulator|institute)\b")
_NOT_WHICH = frozenset({"the", "its", "this", "that", "their", "figures", "data", "records", "statistics", "of", "for"})


def _another_body_in_lower_case(source: str, own: frozenset[str]) -> bool:
    """Does a credit in lower case name a body that is not the primary ("according to state education department
    records", for a school district)? Its word for a body is not in the primary's name, and another word says which."""
    body = _BODY_WORD.search(source)
    if body is None or body.group(1) in own:
        return False
    return len(set(re.findall(r"[a-z]+", source)) - _NOT_WHICH - {body.group(1)}) >= 1


def own_words(case: Case) -> frozenset[str]:
    """The words of the primary's name, lower case: its outlet ("Department for Transport") and what
    explanations call it ("the DFT")."""
    text = f"{case.primary.outlet or ''} {primary_name(case)} {case.primary.id}"
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", text)) - {"the"}


def _copied(figures, context: Context, candidates: CandidateIndex, name: str, reference) -> list[tuple] | None:
    """The figures of a sentence copied word for word from one primary sentence that gives the same figures, in order.

    Such a sentence keeps its figures, so each is that primary sentence's figure: no
    search is needed. None when the sentence is not a copy, or a figure differs.
    """
    if context.label != "copied" or len(context.aligned) != 1:
        return None
    (index,) = context.aligned
    theirs = candidates.in_sentence.get(index, ())
    if len(theirs) != len(figures) or any(d.text != p.figure.text for d, p in zip(figures, theirs)):
        return None
    found = []
    for d, p in zip(figures, theirs):
        resolved = resolve_date(d, reference, context.sentence)
        word, why = verdict(resolved, p, name)
        if word != "match":
            return None
        found.append((d, Found(p, "same"), word, why, p.quantity, resolved, None))
    return found


def article_figures(
    case: Case, article: Article, *, provenance=None, candidates=None, idf=None, seen: dict | None = None
) -> list[dict]:
    """The figure records of one retelling (see :func:`figure_records`); ``seen`` is shared across articles."""
    idf = idf if idf is not None else primary_idf(case)
    candidates = candidates if candidates is not None else primary_figures(case)
    if not isinstance(candidates, CandidateIndex):
        candidates = index_candidates(
            candidates, idf, primary_scope(case), primary_places(case), case.primary.sentences
        )
    aligned = provenance if isinstance(provenance, dict) else provenance_by_sentence(case, provenance)
    name = primary_name(case)
    own = own_words(case)
    reference = article.published or case.primary.published
    seen = {} if seen is None else seen
    records = []
    before = ""
    for sentence in article.sentences:
        previous, before = before, sentence.text
        figures = seen.get(sentence.text)
        if figures is None:  # the same sentence in syndicated copies is read once per run
            figures = seen[sentence.text] = tuple(find_figures(sentence.text))
        if not figures:
            continue
        record = aligned.get((article.id, sentence.start, sentence.end))
        credited = credited_before(sentence.text, previous, own)
        # The same sentence aligned the same way (syndicated copies) is matched once.
        key = (
            sentence.text,
            frozenset(record.get("primary_index") or []) if record else frozenset(),
            record.get("nearest_index") if record else None,
            record.get("label") if record else None,
            reference,
            credited,
        )
        if key not in seen:
            context = _context(sentence, record, figures, own, credited)
            found = _match_sentence(sentence.text, figures, context, candidates, name, reference)
            # what each figure counts, in words, kept with it: the same for every copy of the sentence
            seen[key] = [(*row, describe_retold(row[4], row[0])) for row in found]
        fields = sentence_fields(article, sentence)
        for d, hit, word, why, _q, resolved, lead_why, what in seen[key]:
            p = hit.primary if hit.relation in ("same", "changed") else None
            lead = hit.primary if hit.relation == "lead" else None
            start, end = _file_span(article, sentence, d)
            records.append(
                {
                    **fields,
                    "text": d.text,
                    "start": start,
                    "end": end,
                    "value": d.value,
                    "kind": d.kind,
                    "unit": d.unit,
                    "noun": d.noun,
                    "qualifier": d.qualifier,
                    "date": resolved.date if resolved.kind == "date" else d.date,
                    "quantity": what,
                    "primary_text": p.figure.text if p else None,
                    "primary_sentence": (p.sentence.text if p.sentence else None) if p else None,
                    "primary_index": (p.sentence.index if p.sentence else None) if p else None,
                    "source": p.source if p else None,
                    "verdict": word,
                    "explanation": why,
                    "lead_text": lead.figure.text if lead else None,
                    "lead_sentence": (lead.sentence.text if lead.sentence else None) if lead else None,
                    "lead_index": (lead.sentence.index if lead.sentence else None) if lead else None,
                    "lead_explanation": lead_why,
                    "alignment": key[3],
                    "key_verdict": None,
                    "key_explanation": None,
                }
            )
    return records


def describe_retold(q: Quantity, d: Figure) -> str | None:
    """What the retold figure counts, in words ("unemployment rate in May 2024"), or None when its words do not say."""
    words = readable_words(q, d)
    if not words:
        return None
    return words + (f" {q.period.words()}" if q.period else "") + (" (an earlier value)" if q.baseline else "")


def _converted(d: Figure, hit: Found, name: str) -> str:
    """Why an amount cannot be checked when its lead differs from it only in currency, in words."""
    mine, theirs = d.unit, hit.primary.figure.unit
    return (
        f"{_upper(name)} gives the amount in {CURRENCY_NAMES.get(theirs, theirs)} ({quoted(hit.primary.figure.text)}), "
        f"not in {CURRENCY_NAMES.get(mine, mine)}. Converting it needs the exchange rate of the day, which "
        f"{name} does not give, so {shown(d)} cannot be checked against it."
    )


def _agreement(q, p) -> int:
    """How well a primary figure's words agree with the retold figure's: 2 sharing what they count, 1 unknown, 0 none."""
    agrees = what_agrees(q, p.quantity)
    return 1 if agrees is None else 2 if agrees else 0


PRIMARYS = "the primary's"  # how a reason of beside.py names the primary's figure, read as the primary's own name


def _said_otherwise(text: str, d: Figure, hit: Found, word: str, why: str, candidates: CandidateIndex, name: str):
    """``(hit, word, why)``, made a change when the words beside the very same number disagree (:mod:`.beside`).

    "The cap will rise to £1,928 a month" for "£1,928 a year" copies the number into another claim.
    When the primary gives that number twice, the other one is the lead instead: the pairing may be
    what is wrong, and nobody is accused.
    """
    p = hit.primary
    if p.sentence is None or d.comparable is None or d.comparable != p.figure.comparable:
        return hit, word, why
    reason = contradiction(text, d, p.sentence.text, p.figure)
    if reason is None:
        return hit, word, why
    twin = _given(d, candidates, besides=p)
    if twin is not None:
        return Found(twin, "lead"), word, why  # worded as a lead further on
    who = from_whom(p, name)
    return (
        hit,
        "changed",
        (
            f"The same number as {describe(p.quantity, p.figure, name)}{who}, but it does not say the same thing: "
            f"{reason.replace(PRIMARYS, possessive(name)).replace('the primary', name)}."
        ),
    )


def _same_range(text: str, figures, hits: dict[int, Found], candidates: CandidateIndex) -> dict[int, Found]:
    """``hits`` with both ends of a range the outlet gives paired with the primary's range of the same two values.

    "The Agency expects inflation to fall to between 2.6% and 3% by December" retells the
    release's "will fall to between 2.6% and 3.0% by December", whatever words each uses for
    inflation: two values that stand as the two ends of a range on both sides are that range.
    """
    found = dict(hits)
    for i in range(len(figures) - 1):
        low, high = figures[i], figures[i + 1]
        if i not in hits or i + 1 not in hits or low.kind != high.kind or low.comparable is None:
            continue
        if not (
            re.search(r"\bbetween\s+$", text[: low.start], re.IGNORECASE)
            and re.fullmatch(r"\s+and\s+", text[low.end : high.start])
        ):
            continue
        group = KIND_GROUPS[low.kind]
        for p_low in candidates.near_value(group, low.comparable, low.comparable):
            if p_low.sentence is None or p_low.figure.comparable != low.comparable or p_low.range_text is None:
                continue
            p_high = next(
                (
                    q
                    for q in candidates.by_sentence.get((group, p_low.sentence.index), ())
                    if q is not p_low and q.range_text == p_low.range_text and q.figure.comparable == high.comparable
                ),
                None,
            )
            if p_high is not None:
                found[i], found[i + 1] = Found(p_low, "same"), Found(p_high, "same")
                break
    return found


def _in_own_range(text: str, figures, i: int) -> bool:
    """Is figure ``i`` an end of a range the sentence gives, the other end a figure of the same kind beside it?

    "12,000 to 15,000 customers" is; "paid out R142.7bn to nearly 600,000 pensioners" is not (money, then people).
    """
    d, group = figures[i], KIND_GROUPS[figures[i].kind]
    before = figures[i - 1] if i else None
    after = figures[i + 1] if i + 1 < len(figures) else None
    if before is not None and KIND_GROUPS[before.kind] == group and _RANGE_BEFORE.search(text, 0, d.start):
        return True
    return after is not None and KIND_GROUPS[after.kind] == group and bool(_RANGE_AFTER.match(text, d.end))


def _one_end_alone(text: str, d: Figure, resolved: Figure, p) -> bool:
    """Does the outlet give, as the amount, one end of a range the primary gives ("will hit $1.4bn" for "between $1.1bn
    and $1.4bn")? Not when the outlet says it is an end ("up to", "as much as") or gives a range itself."""
    if p is None or d.kind not in ("count", "money", "percent") or resolved.hedge not in (None, "exact"):
        return False  # a date range ("between July 2023 and June 2024") is a period, each end a date of it
    # "costs of $1.1bn to $1.4bn", "$450-700": the outlet's own range, both its ends told. Read more loosely than
    # _in_own_range (the second end may be written without its currency): here a miss would accuse, there it excuses
    return p.range_text is not None and not (_RANGE_BEFORE.search(text, 0, d.start) or _RANGE_AFTER.match(text, d.end))


_RANGE_BEFORE = regex(
    r"(?:\b(?:between|from)\s+(?:\S+\s+){1,3}?(?:and|to)\s+|\b(?:between|from)\s+\S+\s*[-–]\s*|[\d%](?:bn|m|k|tn)?[-–]\s*"
    r"|\d[\w%.,]*(?:\s+(?:million|billion|trillion|bn|mn|tn|m|per\s?cent|percent))?\s+to\s+)$",
    re.IGNORECASE,
)
_FROM_TO = regex(r"\bfrom\s+\S+(?:\s+\S+)?\s+to\s+$", re.IGNORECASE)
_RANGE_AFTER = regex(r"\s*(?:[-–]|to\b|and\b)\s*(?:[A-Z]{1,3})?[$£€¥₹₦]?\s?\d")


def _one_end_words(d: Figure, p, name: str) -> str:
    """Why one end of a range told alone is a change, in words a learner reads."""
    low_end = p.range_text.lower().startswith(f"between {p.figure.text.lower()}")
    return (
        f"{_upper(name)} gives a range, {quoted(p.range_text)}, because it is not sure of the amount; the outlet gives "
        f"only its {'lowest' if low_end else 'highest'} value, {quoted(d.text)}, as if it were the amount, which makes it "
        f"sound surer (and {'smaller' if low_end else 'bigger'}) than {name} says."
    )


def _given_exactly_beside(i: int, primary, resolved: list[Figure], hits: dict[int, Found]) -> Figure | None:
    """Another figure of the sentence that is ``primary``'s value as written, when figure ``i`` is vague or hedged.

    Why: a sentence that already gives the primary's figure exactly does not give it again in
    vaguer words; its "tens of thousands" beside the "41,300" is another quantity.
    """
    mine = resolved[i]
    if primary is None or primary.figure.comparable is None or not (mine.vague or mine.hedge not in (None, "exact")):
        return None  # an exact figure beside it ("58.98 degrees Fahrenheit" after "14.98 degrees Celsius") is checked
    for k, other in enumerate(resolved):
        found = hits.get(k)
        if (
            k != i
            and found is not None
            and found.primary is primary
            and found.relation == "same"
            and not other.vague
            and other.hedge in (None, "exact")
            and other.comparable == primary.figure.comparable
        ):
            return other
    return None


# A limit told by a verb or a noun before the number: "capped next year's rise at 2.7%", "a ceiling of 5%", "start
# treatment within 18 weeks" (for "less than 18 weeks").
_LIMIT_BEFORE = regex(
    r"(?:\b(?:capped|capping|caps?|limited|limits?|ceiling|maximum)\b[^.;:,]{0,40}?\b(?:at|to|of)|\bwithin|\bonly\s+the\s+first)\s+\Z",
    re.IGNORECASE,
)


def _counts_the_same(a: Quantity, b: Quantity) -> bool:
    """Do both name what they count and share a word of it that is no unit ("deaths" and "deaths"; not "exports" of
    tonnes and "output" of tonnes, which share only the unit)?"""
    return bool((a.specific & b.specific) - _unit_concepts())


@lru_cache(maxsize=1)
def _unit_concepts() -> frozenset[str]:
    """The concepts of the units a count may be told in (``unit`` rows of ``data/quantity_terms.csv``: "tonnes",
    "litres", "hectares") and of the currencies written as words: no word of what is counted."""
    # one word each: "parts per million" would bring in "part" and "million", words of what may be counted
    words = [t.term.rstrip("*") for t in quantity_terms().of_kind("unit") if t.term.isalpha() or t.term[:-1].isalpha()]
    words += list(CURRENCY_WORDS)
    return frozenset().union(*(concepts(w) for w in words))


def _swapped_digits(
    figures: list[Figure],
    hits: dict,
    candidates: CandidateIndex,
    name: str,
    counted: list[int],
    quantities: list[Quantity],
) -> dict[int, tuple[Found, str, str]]:
    """Figures the primary gives with two neighbouring digits the other way round, found as no figure of it.

    "Violent crime also climbed, up 4.3 per cent to 13,290" where the release gives 13,920: four or more
    significant digits, the same places before and after the point, the same unit and scale, and the very digits
    of exactly one primary figure but for one pair swapped, while the outlet's own value is nowhere in the
    primary. A slip in copying, so it is ``changed``, and a change already found this way is said to be one.
    Chosen on the reviews of 2026-12-07 (12 to 19, in-sample): 16 such figures, all called changed by their keys;
    with three significant digits 5 of 57 were not, so those are changed only when both figures name what they
    count and it is the same (:func:`_counts_the_same`; ``quantities`` are the retold figures' own): "deaths, which
    reached 32,600" for the release's 36,200 deaths. That was written on the twenty-third review (three more,
    in-sample) and measured after on reviews 12 to 22: nine more changed figures, all nine called changed by their
    keys, none lost.
    """
    out = {}
    for i in counted:
        d = figures[i]
        if hits[i].relation == "same" or d.vague or d.comparable is None:
            continue
        mine = number_as_written(d.text)
        digits = len(mine.replace(".", "").strip("0")) if mine else 0
        if mine is None or digits < SWAPPED_DIGITS - 1 or _given(d, candidates) is not None:
            continue
        written = candidates.by_written_number(KIND_GROUPS[d.kind])
        same = [
            p
            for swapped in neighbour_swaps(mine)
            for p in written.get(swapped, ())
            if p.figure.kind == d.kind
            and same_currency(p.figure.unit, d.unit)
            and p.figure.comparable
            and 0.5 < abs(p.figure.comparable / d.comparable) < 2
            and (hits[i].relation != "changed" or p is hits[i].primary)
            # three digits: only when both name what they count, and it is the same ("deaths", "36,200 deaths")
            and (digits >= SWAPPED_DIGITS or _counts_the_same(quantities[i], p.quantity))
        ]
        if len(same) == 1:
            p = same[0]
            why = (
                f"{_upper(name)} gives {quoted(p.figure.text)}{from_whom(p, name)}; the outlet gives {shown(d)}: the same "
                "digits with two of them swapped, most likely a slip in copying the number."
            )
            out[i] = (Found(p, "changed"), "changed", why)
    return out


def _moved_point(
    figures: list[Figure], hits: dict, candidates: CandidateIndex, name: str, counted: list[int]
) -> dict[int, tuple[Found, str, str]]:
    """Figures the primary gives with the decimal point one place off ("Sh31 billion" for its "Sh3.1 billion").

    Only an amount of money, a figure with a scale word ("million", "bn") or a multiple ("26 times" for 2.6
    times): a bare number may be the same quantity in another unit ("61 quintals" a hectare is 6.1 tonnes). The
    same kind, currency and scale, the very digits of exactly one primary figure, ten times more or less, while the
    outlet's own value is nowhere in the primary: ``changed``. Chosen on reviews 12 to 21 (in-sample): four such
    figures, all changed in their keys.
    """
    out = {}
    for i in counted:
        d = figures[i]
        if hits[i].relation in ("same", "changed") or d.vague or d.comparable is None or d.hedge not in (None, "exact"):
            continue
        mine = number_as_written(d.text)
        scale = _written_scale(d, mine)
        if scale is None or not (d.kind in ("money", "multiple") or scale != 1) or _given(d, candidates) is not None:
            continue
        digits = mine.replace(".", "").strip("0")
        if len(digits) < 2:
            continue
        written = candidates.by_written_number(KIND_GROUPS[d.kind])
        same = [
            p
            for number, ps in written.items()
            if number and number != mine and number.replace(".", "").strip("0") == digits
            for p in ps
            if p.figure.kind == d.kind
            and same_currency(p.figure.unit, d.unit)
            and p.figure.comparable
            and p.figure.hedge in (None, "exact")
            and _written_scale(p.figure, number) == scale
            and any(math.isclose(abs(p.figure.comparable / d.comparable), r) for r in (10, 0.1))
        ]
        if len(same) == 1:
            p = same[0]
            size = "ten times too big" if d.comparable > p.figure.comparable else "ten times too small"
            why = (
                f"{_upper(name)} gives {quoted(p.figure.text)}{from_whom(p, name)}; the outlet gives {shown(d)}: the same "
                f"digits with the decimal point moved one place, which makes the outlet's figure {size}, most likely a "
                "slip in copying the number."
            )
            out[i] = (Found(p, "changed"), "changed", why)
    return out


def _written_scale(f: Figure, written: str | None) -> float | None:
    """What the scale word of ``f`` multiplies its written number by ("Sh3.1 billion": 1e9; "2.6 times": 1), or None.

    Read from the value the number reader already worked out, so every scale it knows ("bn", "lakh", "mld") counts.
    """
    if not written or not f.value or not float(written):
        return None
    return round(f.value / float(written), 6)


SWAPPED_DIGITS = 4
"""Significant digits a number needs before two of its digits swapped are taken for a slip (see :func:`_swapped_digits`)."""


def _given(d: Figure, candidates: CandidateIndex, besides=None):
    """The primary's figure that is ``d`` as it is (the same kind, value and unit, or the same date), or None.

    ``besides`` (a primary figure) is passed over: asked for a flat twin of a limit ("10%" beside "at
    least 10%"), the limit itself is no twin.
    """
    group = KIND_GROUPS[d.kind]
    if group in ("date", "time"):
        mine = (d.kind, d.date or d.value)
        if mine[1] is None:
            return None
        return candidates.first_dated(group, mine)
    if d.vague or d.comparable is None:
        return None
    # a bare count may be an amount read without its currency ("a 20,000 pound fine" for "£20,000")
    kinds = {(d.kind, d.unit)} | ({("money", u) for u in CURRENCY_NAMES} if d.kind == "count" else set())
    groups = {group} | ({KIND_GROUPS["money"]} if d.kind == "count" else set())
    return next(
        (
            p
            for g in sorted(groups)
            for p in candidates.near_value(g, d.comparable, d.comparable)
            if p.sentence is not None
            and p is not besides
            and not p.figure.vague
            and any(p.figure.kind == k and same_currency(p.figure.unit, u) for k, u in kinds)
            and p.figure.comparable == d.comparable
        ),
        None,
    )


def _rounds_another(d: Figure, paired, candidates: CandidateIndex, name: str):
    """Another of the primary's figures that ``d``, a rounded or hedged figure, rounds as it is written, or None.

    Why: "nearly half of households in fuel poverty have a disabled member" rounds the
    primary's "among households in fuel poverty, 45% have someone with a disability"; paired
    with the primary's "28% of households are in fuel poverty" (the words around both name
    households) it reads as changed, but the pairing, not the outlet, is most likely wrong.
    Only a figure the outlet rounded, hedged or gave in words ("nearly half", "about 3,000",
    "one in four", read as "about one in four" here) whose value
    differs from the paired figure's is looked for, and a figure written with fewer digits
    than another primary figure it rounds to its last digit ("fertility is at 1.5" for the
    national 1.49, paired with Wales's 1.44): any other exact figure that differs has no
    other figure to round, and a hedge dropped from the paired figure is that figure's.
    """
    if d.comparable is None:
        return None
    if not (d.vague or d.qualifier or d.kind == "ratio"):
        low, high = sorted((d.comparable * 0.7, d.comparable * 1.3))
        near = candidates.near_value(KIND_GROUPS[d.kind], low, high)
        return next((p for p in near if p is not paired and p.sentence and _rounds_to_digit(d, p.figure)), None)
    if paired is not None and values_agree(d, paired.figure):
        return None  # the value is the paired figure's and only its wording is in question ("millions" for "if not millions")
    if d.kind == "ratio" and d.hedge is None:
        d = replace(d, hedge="approx", qualifier="about")  # "one in four" for 24% is how a share is told in words
    low, high = sorted((d.comparable * 0.7, d.comparable * 1.3))
    near = [
        p
        for p in candidates.near_value(KIND_GROUPS[d.kind], low, high)
        if p is not paired and p.sentence is not None and p.figure.comparable is not None
    ]
    near.sort(key=lambda p: abs(p.figure.comparable - d.comparable))  # the nearest value first
    return next((p for p in near if verdict(d, p, name)[0] in ("match", "rounded")), None)


def _rounds_to_digit(d: Figure, p: Figure) -> bool:
    """Is ``d``, exact as written, the primary figure ``p`` in the same unit rounded to ``d``'s last digit ("1.5" for 1.49)?"""
    return not (d.vague or d.qualifier) and d.unit == p.unit and rounded_to_its_digit(d, p)


def _absent(
    d: Figure, q: Quantity, context: Context, name: str, candidates: CandidateIndex, given=None, rounds=None
) -> str:
    """Why the figure is not in the primary, in words that accuse nobody (the lead to check comes after).

    When the primary gives the very same number (or date), ``given``, but not clearly for the
    same thing, it says so: "gives no figure like “£20,000”" would be false; so does a number
    the outlet's rounds to its last digit, ``rounds`` ("1.5" for "1.49"). And when it
    counts the same thing with another value ("thousands of deaths" for the outlet's "tens of
    thousands" of deaths), it is said to give no figure *like* the outlet's: "gives no figure
    for the deaths" would be false too.
    """
    if given is not None:
        what = "year" if d.kind == "year" else {"date": "date", "time": "time"}.get(KIND_GROUPS[d.kind], "number")
        theirs = quoted(given.figure.text)
        gives = (
            f"{theirs} too" if theirs.lower() == quoted(d.text).lower() else f"{theirs}, the same {what} as {shown(d)}"
        )
        return (
            # why: a learner read "gives … too" beside the badge "not in the primary" as a contradiction; "cannot check"
            # says what the badge means here (see views.figures.EXPLAIN)
            f"{_upper(name)} gives {gives}, but the words around the two figures do not show for sure that they are about "
            "the same thing, so the engine cannot check it and does not call it a match."
        )
    if rounds is not None:
        return (
            f"{_upper(name)} gives {quoted(rounds.figure.text)}, which rounds to {shown(d)}, but the words around the "
            "two figures do not show for sure that they are about the same thing, so the engine cannot check it and "
            "does not call it rounded."
        )
    what = describe_retold(q, d)
    thing = _THING_WORDS.get(KIND_GROUPS[d.kind], "figure")  # "no date like “late 2021”", not "no figure like"
    if context.label == "added":
        # why: "does not retell any of its sentences" was false whenever the sentence matching missed a paraphrase,
        # and "the outlet may have added it" read as "made it up": say what was found (no close sentence) and where
        # to look, the source the sentence credits when it credits one
        # why: "gives no figure like" was read as a fact about the text, false whenever the release has the figure
        # rounded, changed or worded otherwise: what the engine found is what can be said for sure
        found = (
            # why: "found no sentence there that says what this one says" read as a fact about the text, false
            # whenever the sentence matching missed a paraphrase: what the engine could not do is what is sure
            f"The engine could not match {shown(d)} to any {thing} given in {text_of(name)}, and could not match this "
            "sentence to any sentence there either."
        )
        credit = credited_to(_clause(context.sentence, d))  # "…, according to X, …; and £1,277 …" credits X's part only
        if credit and _names_only(credit, context.own):
            # "The Agency's annual numbers say": the primary itself, so "look for it in that source" would send the
            # reader back to the text that has just been searched
            return (
                f"{found} The outlet says it comes from {name} (“{credit}”), but this text does not give it: "
                f"it may come from another of {possessive(name)} publications."
            )
        if credit:
            return f"{found} The outlet gives it as what someone said (“{credit}”): look for it in that source."
        return (
            f"{found} It may come from somewhere else (the outlet's own reporting or another source): find out where."
        )
    if what and (_counts_it(q, d, candidates) or any(s in candidates.idf for s in figure_stems(what))):
        # why: when the primary speaks of the thing at all ("population"), "gives no figure for the population"
        # would be read as false; only the outlet's number is missing
        things = "lengths of time" if thing == "length of time" else f"{thing}s"
        return f"The engine could not match {quoted(d.text)} to {possessive(name)} {things} for the {what}; check where the outlet got it."
    if what:
        return f"The engine found no {thing} for the {what} in {text_of(name)}; check where the outlet got {shown(d)}."
    return (
        f"The engine could not match {shown(d)} to any {thing} given in {text_of(name)}; check where the outlet got it."
    )


# What to call a retold figure that is not a number of things: a date, a length of time, a rank, an age
_THING_WORDS = {"date": "date", "period": "length of time", "time": "time", "rank": "rank", "age": "age"}


def text_of(name: str) -> str:
    """ "the BLS's text": what the learner has of the primary, which may be its opening or a copy, not all it published."""
    return f"{possessive(name)} text"


# Verbs that give a claim to someone beyond the attribution verbs of data/attribution_verbs.csv (which the sentence
# matching also sets aside): a credit may warn, claim, estimate or argue without the claim being set aside.
_MORE_CREDIT_VERBS = ("warns", "warn", "warned", "claims", "claim", "claimed", "estimates", "estimate", "estimated",
                      "argues", "argue", "argued", "went on", "goes on")  # fmt: skip


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern:
    """A verb of saying and the words before it in its clause: "The NAO said", "Utility groups warn", "according to …"."""
    verbs = sorted({*attribution_verbs(), *_MORE_CREDIT_VERBS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return regex(
        # a comma between digits ("2,700") starts no clause; "according to" keeps its source whole, up to eight words
        rf"(?:^|(?:,(?!\d)|[;:(—–])\s*|\.\s+)((?:[\w'’.-]+\s+){{0,6}}?(?:{alternatives}"
        rf"|according\s+to\s+(?:[\w'’.-]+(?:\s+(?=[\w'’.-]))?){{1,8}}))\b",
        re.IGNORECASE,
    )


def _names_only(credit: str, own: frozenset[str]) -> bool:
    """Does ``credit`` ("The Agency's annual numbers say") name the primary and nobody else (``own``: its name's words)?"""
    names = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+", credit)} - STOP_WORDS - {"according"}
    return bool(names) and names <= own


def credited_to(sentence: str) -> str:
    """Who the sentence gives its claim to, as written ("The NAO said", "according to the agency"); "" when nobody.

    Only a subject of a few words counts, so a long clause is not quoted as a name.
    """
    for m in _credit_pattern().finditer(sentence):
        words = m.group(1).split()
        while words and words[0].lower() in _LINKS:
            words = words[1:]  # "but the Government estimates": the Government
        if words and words[0].lower().startswith("according"):
            cut = re.match(r"\s*[\w'’]", sentence[m.end() :]) is not None  # the source goes on past eight words
            return " ".join(words) + (" …" if cut else "")
        if len(words) >= 2 and words[-2].lower() in _PASSIVE:
            continue  # "cases have been reported": nobody is said to have reported them
        if (
            words
            and words[-1].lower().startswith("claim")
            and (_CLAIMED_AMOUNT.match(sentence, m.end()) or _CLAIMED_LIVES.match(sentence, m.end()))
        ):
            # "federal pollies claimed roughly A$62m in expenses", "road carnage claimed nearly 4,800 lives": money
            # claimed or lives taken, not a claim made
            continue
        if any(any(c.isdigit() for c in w) and not _YEAR_WORD.fullmatch(w) for w in words[:-1]):
            continue  # "Around 27k people found a place": those counted, not a source ("An October 2020 study found")
        if words[-1].lower().startswith("estimat") and len(words) >= 2 and words[-2].lower() in ("an", "a", "the"):
            continue  # "put an estimated 30,000 people out of work": a hedge on the figure, not a credit
        if any(w.lower() not in _AUXILIARIES and w.lower() not in _NO_SOURCE for w in words[:-1]):
            return " ".join(words)  # "has said" or "maybe explains" alone names nobody
    return ""


_CLAIMED_AMOUNT = regex(
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+under)\s+)?(?:[A-Z]{1,3})?[£$€₹]\s?\d",
    re.IGNORECASE,
)
_CLAIMED_LIVES = regex(
    r"\s+(?:the\s+lives\s+of\b|(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|at\s+least)\s+)?"
    r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:more\s+)?(?:lives|victims)\b)",
    re.IGNORECASE,
)
_YEAR_WORD = regex(r"(?:19|20)\d\d[,']?s?")
_LINKS = frozenset("but and while as which that who so yet".split())
_PASSIVE = frozenset("been be being was were is are".split())
_AUXILIARIES = frozenset("has have had is was were are be been also previously earlier once already it".split())
_NO_SOURCE = frozenset("maybe perhaps probably possibly surely which that this what so".split())  # words, not sources


def _counts_it(q: Quantity, d: Figure, candidates: CandidateIndex) -> bool:
    """Does any of the primary's figures of ``d``'s kind count what ``d`` counts (:func:`what_agrees`)?"""
    return any(p.sentence is not None and what_agrees(q, p.quantity) for p in candidates.in_group(KIND_GROUPS[d.kind]))


# Kinds whose units differ in size only ("parts per billion" and "per trillion", "micrometres" and "nanometres"); not a
# period ("a decade" is no year swapped) nor a share ("0.4%" and "0.4 percentage points" differ in kind, not size).
_SCALED_UNITS = frozenset({"concentration", "size"})


def _rank_in_a_compound(d: Figure, candidates: CandidateIndex) -> str | None:
    """The primary's word that joins ``d``'s ordinal to a noun with a hyphen ("second-dose"), or None.

    An ordinal written into a compound is no figure for the engine ("second-dose coverage"), so a
    retold "second dose" would otherwise be compared with the primary's "first dose" only.
    """
    word = d.text.strip().lower()
    if not word.isalpha():
        return None
    pattern = re.compile(rf"\b{re.escape(word)}-[a-z]+", re.IGNORECASE)
    sentences = {p.sentence.index: p.sentence for p in candidates.figures if p.sentence is not None}
    for sentence in sentences.values():  # the primary's sentences that hold a figure: where a rank is compared
        found = pattern.search(sentence.text)
        if found:
            return found.group(0)
    return None


def _unit_slip(d: Figure, p: Figure) -> str | None:
    """In words, when ``d`` has the lead's very number in a unit of another size ("4 parts per billion" for "4.0
    parts per trillion"); else None. A unit swapped is a changed figure a reader can check, never said for sure here:
    the words around the two may not show that they count the same thing."""
    if d.kind not in _SCALED_UNITS or d.kind != p.kind or d.unit == p.unit or d.value is None or d.value != p.value:
        return None
    if not d.comparable or not p.comparable:
        return None
    times = d.comparable / p.comparable
    if not (times >= 10 or times <= 0.1) or not math.isclose(math.log10(times), round(math.log10(times))):
        return None
    size = f"{times:,.0f} times more" if times > 1 else f"{1 / times:,.0f} times less"
    return (
        f"Look at the units: {quoted(d.text)} is the lead's number in another unit, so it is {size}. "
        "If both are about the same thing, the outlet changed the figure by swapping the unit."
    )


def _lead_words(
    hit: Found, name: str, same_number: bool = False, converted: bool = False, finer: bool = False
) -> str | None:
    """The lead to check in words ("A lead to check: ... But ..."), or None when the match found no lead.

    ``finer``: the retold figure is a more exact value inside the lead's limit (see
    :func:`newslit.analysis.figures.match.finer_than_limit`).
    """
    if hit.relation != "lead":
        return None
    why = hit.why_not + tuple(r for r in hit.doubts if r not in hit.why_not)  # the quantities', then the sentences'
    lead = describe(hit.primary.quantity, hit.primary.figure, name)
    if finer:
        return (
            f"A lead to check: {lead.rstrip('.')}. That is only a limit; the outlet's figure is more exact, "
            "so someone else counted it (perhaps the full report): find out who."
        )
    if same_number:  # the same number: only what it counts is in doubt, and a reader can judge that
        differ = [w for w in why[:2] if not w.startswith("it counts something else")]  # said already
        also = f"; what looks different: {_two_reasons(differ)}" if differ else ""
        return f"A lead to check: {lead.rstrip('.')}. Read both sentences and decide whether they count the same thing{also}."
    if converted and len(hit.why_not) == 1:  # only the currency differs: said before the lead
        return f"A lead to check: {lead.rstrip('.')}."
    if len(why) == 1 and why[0].startswith(_SAID_WHOLE):
        reason = why[0]
    elif converted:  # converted, it may yet be the same amount
        reason = f"it may not be the same thing: {_two_reasons(why)}"
    elif why and all(w.startswith("it may") for w in why[:2]):
        reason = _two_reasons(why)  # a doubt, not a difference: "not the same quantity" would be too sure
    elif why:
        # "may": the reasons are read from the words around the two figures, and a reader can judge them better
        reason = f"it may not be the same quantity: {_two_reasons(why)}"
    else:
        reason = "the words around the two figures do not show that they count the same thing"
    return f"A lead to check: {lead.rstrip('.')}. But {reason}."


def _two_reasons(why) -> str:
    """The first two reasons as one phrase: "the outlet's figure is a forecast; also, it is about a different period (…)".

    Why "also": a learner read two reasons joined by a bare semicolon as one reason that did not parse.
    """
    return "; also, ".join(why[:2])


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def figure_records(case: Case, *, provenance=None, key: list[dict] | None = None) -> list[dict]:
    """Every figure in every retelling, checked against the primary.

    Parameters
    ----------
    case : Case
    provenance : list of dict, optional
        Records of :func:`newslit.analysis.provenance.provenance_records`, if already computed;
        computed here otherwise.
    key : list of dict, optional
        Rows of the answer key (:func:`newslit.case.key.read_rows`); by default ``key/figures.csv`` of the
        case if there is one. Only used to fill ``key_verdict``.

    Returns
    -------
    list of dict
        One record per figure, in article and sentence order. Fields: ``article``,
        ``outlet``, ``index``, ``role``, ``sentence``, ``text`` (the figure as written),
        ``start``, ``end`` (its offsets in the article's file, or null), ``value``,
        ``kind``, ``unit``, ``noun``, ``qualifier``, ``date``, ``quantity`` (what the
        figure counts, in words, or null), ``primary_text``, ``primary_sentence``,
        ``primary_index`` (nulls when not in the primary), ``source`` (who is counting the
        primary's figure), ``verdict``, ``explanation`` (why, in words; for
        ``not_in_primary`` it ends with ``lead_explanation`` when there is a lead),
        ``lead_text``, ``lead_sentence``, ``lead_index`` (the primary figure worth
        checking first when the figure is not in the primary, or nulls),
        ``lead_explanation`` (that lead in words: "A lead to check: ... But ...", or null),
        ``alignment`` (the sentence's provenance label, or null), ``key_verdict`` and
        ``key_explanation`` (from the key, or null).

    Notes
    -----
    A case with only a primary gives []. A retelling with no figures adds no records.
    """
    # The whole engine runs with the cycle collector paused: its indexes and records are
    # plain data with no cycles, and a collection would only rescan them.
    with paused_gc():
        idf = primary_idf(case)
        candidates = index_candidates(
            primary_figures(case), idf, primary_scope(case), primary_places(case), case.primary.sentences
        )
        aligned = provenance_by_sentence(case, provenance)
        seen: dict = {}
        records = [
            record
            for records_of_one in map_in_order(
                lambda article: article_figures(
                    case, article, provenance=aligned, candidates=candidates, idf=idf, seen=seen
                ),
                case.derivatives,
            )
            for record in records_of_one
        ]
        rows = read_rows(case, KEY_FILE) if key is None else key
        if rows:
            attach_key(records, rows)
    return records
