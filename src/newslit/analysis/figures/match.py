"""Finding the primary figure a retold figure retells: same kind, comparable scale, and the closest words."""

from __future__ import annotations

from dataclasses import dataclass, field

from newslit.analysis.figures.compare import KIND_GROUPS, values_agree
from newslit.analysis.figures.index import CandidateIndex, similarity
from newslit.analysis.figures.primary import PrimaryFigure
from newslit.text.numbers import Figure
from newslit.text.tokens import stem


def _plausible(d: Figure, context: Context, index: CandidateIndex) -> list:
    """The primary figures :func:`best_match` needs to look at for ``d``, in the primary's order."""
    group = KIND_GROUPS[d.kind]
    sentences = set(context.sims) | set(context.aligned) | ({context.nearest} if context.nearest is not None else set())
    found = {id(p): p for i in sentences for p in index.by_sentence.get((group, i), ())}
    if d.noun:
        mine = stem(d.noun)
        for noun, figures in index.by_noun.get(group, {}).items():
            if noun == mine or noun.startswith(mine) or mine.startswith(noun):
                found.update((id(p), p) for p in figures)
    found.update((id(p), p) for p in index.undated.get(group, ()))
    return sorted(found.values(), key=lambda p: index.order[id(p)])


@dataclass(frozen=True)
class Context:
    """What the matcher knows about the retelling's sentence."""

    stems: frozenset[str]
    aligned: frozenset[int]  # primary sentence numbers the provenance engine aligned it with
    nearest: int | None
    label: str | None
    near: dict = field(default_factory=dict)  # figure start -> stems of the words around it
    sims: dict = field(default_factory=dict)  # primary sentence number -> similarity, when above 0


def _nouns_agree(d: Figure, p: Figure) -> bool | None:
    """True/False when both figures name what they count; None when one does not."""
    if not d.noun or not p.noun:
        return None
    return (
        stem(d.noun) == stem(p.noun) or stem(d.noun).startswith(stem(p.noun)) or stem(p.noun).startswith(stem(d.noun))
    )


def _same_scale(d: Figure, p: Figure) -> bool:
    """Within a factor of ten: a retelling that changes a figure rarely changes its order of size."""
    a, b = d.comparable, p.comparable
    if a is None or b is None or KIND_GROUPS[d.kind] in ("date", "time", "rank"):
        return KIND_GROUPS[d.kind] == "rank"
    a, b = abs(a), abs(b)
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= 10


def best_match(d: Figure, context: Context, index: CandidateIndex) -> PrimaryFigure | None:
    """The primary figure ``d`` retells, or None when the primary has no such figure.

    Notes
    -----
    A candidate must be of a comparable kind (a percentage may retell a ratio, a date a
    year). Its score adds up how much of the retelling's sentence is in the candidate's
    sentence, whether the alignment put the two sentences together, whether the counted
    nouns agree, and whether the values agree. A candidate whose value agrees is taken
    when the words around it agree too; one whose value differs only when the sentence is
    clearly a retelling of the candidate's (then the verdict is ``changed``). The same
    number counting something else is not a match.
    """
    best, best_score = None, 0.0
    for p in _plausible(d, context, index):
        f = p.figure
        if KIND_GROUPS[d.kind] != KIND_GROUPS[f.kind]:
            continue
        agree = values_agree(d, f)
        nouns = _nouns_agree(d, f)
        if p.sentence is None:  # the publication date: only for a date that agrees
            if agree:
                score = 0.35
                if score > best_score:
                    best, best_score = p, score
            continue
        sim = context.sims.get(p.sentence.index, 0.0)
        aligned = p.sentence.index in context.aligned
        nearest = p.sentence.index == context.nearest
        if agree:
            if f.kind == "year" and d.kind == "date" and not aligned:
                continue  # "Oct. 2022" does not retell "In 2022" unless the sentences are the same
            ok = aligned or nouns or sim >= 0.3 or (nearest and sim >= 0.15)
            if nouns is False and not aligned:
                ok = False
            if KIND_GROUPS[d.kind] == "time" and not (aligned and sim >= 0.3):
                ok = ok and sim >= 0.5
        else:
            ok = nouns is not False and _same_scale(d, f)
            local = similarity(context.near.get(d.start, frozenset()), p.near, index.idf) if ok and sim else 0.0
            ok = ok and (
                (aligned and sim >= 0.25)
                or (nearest and sim >= 0.3)
                or max(sim, local) >= 0.45
                or (nouns is True and max(sim, local) >= 0.1)
            )
        if not ok:
            continue
        score = sim + 0.3 * aligned + 0.15 * nearest + 0.25 * bool(nouns) + 0.4 * agree
        if score > best_score:
            best, best_score = p, score
    return best
