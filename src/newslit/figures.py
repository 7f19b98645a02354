"""Check every figure in every retelling against the primary: match, rounded, changed or not there.

:func:`figure_records` is the engine behind lesson 03 and ``newslit figures``. For each
figure a retelling prints (found by :mod:`newslit.numbers`) it looks for the primary's
figure it retells, by kind, value and the words around it (what is counted, the rest of
the sentence, and the sentence alignment of :mod:`newslit.provenance` when that is
installed), and gives a verdict with a plain-language explanation:

- ``match``: the same figure, counting the same thing;
- ``rounded``: rounded, hedged or written another way, and still true ("almost 500,000"
  for 490,000; "thousands" for 2,400; "20%" for "one in five");
- ``changed``: a different amount, or the same words with the meaning changed: a hedge
  dropped ("if not millions" retold as "millions"), a bound turned into a fact;
- ``not_in_primary``: the primary has no such figure (or only the same number counting
  something else).

:func:`primary_ledger` says who is counting each of the primary's figures, and
:func:`arithmetic_checks` works out the sums a careful reader can check. Nothing here
reads the answer key to decide: :func:`read_key` is only used to put ``key_verdict``
beside the engine's ``verdict``.
"""

from __future__ import annotations

import gc
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from newslit.answer_key import read_rows
from newslit.case import Article, Case, Sentence, sentence_fields, short_outlet
from newslit.numbers import VAGUE, Figure, date_figure, date_parts, find_figures
from newslit.provenance import by_sentence as provenance_by_sentence
from newslit.tokens import content_stems, stem

VERDICTS = ("match", "rounded", "changed", "not_in_primary")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty hundred hundreds thousand "
    "thousands million millions billion billions percent few several handful single dozen".split()
)

# Who is counting: the first rule whose pattern is in the sentence names the source. A case
# about another story adds its own rules; the generic ones (spokesperson, researchers,
# "according to ...") work on any text.
SOURCE_RULES: list[tuple[str, str]] = [
    ("NCMEC's data", r"\bthe center\b|\bNCMEC\b|National Center for Missing"),
    ("Meta employees' estimate", r"\b(?:employees|staffers)\b[^.]*\bestimate"),
    (
        "the researchers' count",
        r"\b(?:researchers?|Stanford|UMass|Observatory|Rescue Lab|academics|Maltego|the team|study|authors)\b",
    ),
    (
        "Meta's own statement",
        r"\b(?:Meta|Instagram|the company|the platform|[Ss]pokes(?:man|woman|person))\b[^.]{0,60}?"
        r"\b(?:said|says|show|acknowledged|stated|claimed)\b|\bsaid (?:Meta|the company)\b",
    ),
    ("the company's own statement", r"\b(?:company|firm)\b[^.]{0,40}\b(?:said|says)\b"),
]


# ---- text similarity -------------------------------------------------------------------------


_MONTH_STEMS = {m[:3]: m for m in ("january", "february", "march", "april", "june", "july", "august", "september",
                                    "october", "november", "december")}  # fmt: skip


def _stems(text: str) -> frozenset[str]:
    """Content stems, numbers and number words left out, month abbreviations spelled out."""
    return frozenset(
        _MONTH_STEMS.get(s, s) for s in content_stems(text) if not s[0].isdigit() and s not in _NUMBER_WORDS
    )


def window(text: str, start: int, end: int, words: int = 6) -> str:
    """The figure at ``start:end`` with up to ``words`` words either side."""
    before = text[:start].split()[-words:]
    after = text[end:].split()[:words]
    return " ".join([*before, text[start:end], *after])


@dataclass(frozen=True)
class PrimaryFigure:
    """A figure of the primary, with the sentence it stands in and who is counting."""

    figure: Figure
    sentence: Sentence | None  # None for the publication date from case.toml
    source: str
    stems: frozenset[str]
    near: frozenset[str] = frozenset()


def figure_source(sentence: str, outlet: str = "the primary") -> str:
    """Who is counting, for a figure in ``sentence`` of the primary.

    Returns the first matching label of :data:`SOURCE_RULES`; else the source an
    "according to ..." names; else, when someone "said" it, "someone {outlet} quotes";
    else "{outlet}'s own reporting".
    """
    for label, pattern in SOURCE_RULES:
        if re.search(pattern, sentence):
            return label
    according = re.search(r"\b[Aa]ccording to (?:the )?([^,.;]+)", sentence)
    if according:
        return according.group(1).strip()
    if re.search(r"\b(?:said|says|told)\b", sentence):
        return f"someone {outlet} quotes"
    return f"{outlet}'s own reporting"


def primary_figures(case: Case) -> list[PrimaryFigure]:
    """Every figure of the primary (headings included), plus its publication date if known."""
    primary = case.primary
    found = []
    for sentence in primary.sentences:
        source = figure_source(sentence.text, short_outlet(primary.outlet))
        stems = _stems(sentence.text)
        found.extend(
            PrimaryFigure(f, sentence, source, stems, _stems(window(sentence.text, f.start, f.end)))
            for f in find_figures(sentence.text)
        )
    if primary.published:
        found.append(
            PrimaryFigure(
                date_figure(primary.published, primary.published.strftime("%-d %B %Y")),
                None,
                f"{short_outlet(primary.outlet)}'s publication date",
                frozenset(),
            )
        )
    return found


def _idf(case: Case) -> dict[str, float]:
    sentences = [_stems(s.text) for s in case.primary.sentences]
    df: dict[str, int] = {}
    for stems in sentences:
        for s in stems:
            df[s] = df.get(s, 0) + 1
    n = len(sentences) or 1
    return {s: math.log(1 + n / d) for s, d in df.items()}


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
        group = _GROUPS[p.figure.kind]
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


def _plausible(d: Figure, context: Context, index: CandidateIndex) -> list:
    """The primary figures :func:`best_match` needs to look at for ``d``, in the primary's order."""
    group = _GROUPS[d.kind]
    sentences = set(context.sims) | set(context.aligned) | ({context.nearest} if context.nearest is not None else set())
    found = {id(p): p for i in sentences for p in index.by_sentence.get((group, i), ())}
    if d.noun:
        mine = stem(d.noun)
        for noun, figures in index.by_noun.get(group, {}).items():
            if noun == mine or noun.startswith(mine) or mine.startswith(noun):
                found.update((id(p), p) for p in figures)
    found.update((id(p), p) for p in index.undated.get(group, ()))
    return sorted(found.values(), key=lambda p: index.order[id(p)])


# ---- comparing two figures -------------------------------------------------------------------

_GROUPS = {"count": "n", "percent": "share", "ratio": "share", "money": "money", "period": "period",
           "date": "date", "year": "date", "age": "age", "rank": "rank", "time": "time"}  # fmt: skip


def _interval(f: Figure) -> tuple[float, float]:
    """The values ``f`` allows, on its comparable scale, its hedge taken into account."""
    v = f.comparable
    if f.vague:
        scale = (f.comparable / f.value) if f.value else 1.0
        return f.low * scale, f.high * scale
    hedge = f.hedge
    if hedge == "approx":
        return 0.85 * v, 1.15 * v
    if hedge == "below":
        return 0.9 * v, v
    if hedge in ("above", "min"):
        return v, 1.5 * v
    if hedge in ("under", "max"):
        return 0.0, v
    if hedge == "alternative":
        return v, v * 999
    return v, v


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _dates_agree(d: Figure, p: Figure) -> bool:
    dy, dm, dd, dw = date_parts(d)
    py, pm, pd, pw = date_parts(p)
    if dw and pw and dw != pw:
        return False
    d_weekday_only = dw and not (dy or dm or dd)
    p_weekday_only = pw and not (py or pm or pd)
    if (d_weekday_only and not pw) or (p_weekday_only and not dw):
        return False
    if d_weekday_only or p_weekday_only:
        return dw == pw
    pairs = [(dy, py), (dm, pm), (dd, pd)]
    if not any(a is not None and b is not None for a, b in pairs) and not (dw and pw):
        return False
    return all(a is None or b is None or a == b for a, b in pairs)


def values_agree(d: Figure, p: Figure) -> bool:
    """Could ``d`` be a retelling of ``p`` that is still true (same value, rounded or hedged)?"""
    if _GROUPS[d.kind] != _GROUPS[p.kind]:
        return False
    if _GROUPS[d.kind] == "date":
        return _dates_agree(d, p)
    if d.comparable is None or p.comparable is None:
        return False
    if d.change and p.change and d.change != p.change:
        return False
    d_low, d_high = _interval(d)
    p_low, p_high = _interval(p) if p.vague or p.hedge == "alternative" else (p.comparable, p.comparable)
    if d_low <= p_high and p_low <= d_high:
        return True
    return _rounded_form(d, p)


def _rounded_form(d: Figure, p: Figure) -> bool:
    """``d`` is ``p`` rounded to fewer significant digits (500,000 for 490,000; 32 million for 31.9)."""
    if d.vague or p.vague or not p.comparable:
        return False
    close = abs(d.comparable - p.comparable) / abs(p.comparable) <= 0.05
    return close and _significant(d.value) < _significant(p.value)


def _significant(value: float) -> int:
    digits = f"{abs(value):.6g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def _shown(f: Figure) -> str:
    return f'"{f.text}"' + (f" {f.noun}" if f.noun and f.noun not in f.text else "")


def verdict(d: Figure, p: PrimaryFigure, primary_name: str = "the primary") -> tuple[str, str]:
    """The verdict and its explanation for ``d``, retelling the primary figure ``p``.

    Parameters
    ----------
    d : Figure
        The retelling's figure.
    p : PrimaryFigure
        The primary's figure it retells (found by :func:`best_match`).
    primary_name : str
        What to call the primary in the explanation ("the WSJ").

    Returns
    -------
    (str, str)
        One of :data:`VERDICTS` but ``not_in_primary``, and a sentence saying why.
    """
    f = p.figure
    who = f" ({p.source})" if p.sentence is not None else ""
    ours, theirs = _shown(d), _shown(f)
    if _GROUPS[d.kind] == "date":
        if _dates_agree(d, f):
            if p.sentence is None:
                return "match", f"{ours} is {primary_name}'s own publication date, {f.text}."
            what = "year" if d.kind == "year" else "date"
            return "match", f"The same {what} as {primary_name}'s {theirs}."
        return "changed", f"{primary_name} gives {theirs}; {ours} is a different date."
    if f.hedge == "alternative" and d.hedge != "alternative":
        return "changed", (
            f"{primary_name} gives {f.text.removeprefix('if not ')!r} only as the upper end of an estimate"
            f"{who}: “{_clip(p.sentence.text if p.sentence else f.text)}”. Stated flatly, {ours} turns a guess into a fact."
        )
    if not values_agree(d, f):
        return "changed", f"{primary_name} says {theirs}{who}; {ours} is a different amount."
    if d.kind != f.kind and d.comparable is not None and _same(d.comparable, f.comparable):
        return "rounded", f"The same amount written another way: {primary_name}'s {theirs} is {ours}."
    if _same(d.comparable, f.comparable) and (d.hedge or None) == (f.hedge or None) and d.vague == f.vague:
        return "match", f"The same figure as {primary_name}: {theirs}{who}."
    if d.vague and f.vague:
        return "match", f"The same rough amount: {ours} and {primary_name}'s {theirs}{who}."
    if f.hedge in ("under", "max", "above", "min") and d.hedge not in ("under", "max", "above", "min"):
        return (
            "changed",
            f"{primary_name} gives {theirs} as a limit{who}; {ours} drops the limit and states an exact figure.",
        )
    if _same(d.comparable, f.comparable) and d.hedge in (None, "exact") and f.hedge == "approx":
        return "match", f"The same figure as {primary_name} ({theirs}{who}), without its “about”."
    if d.vague:
        return "rounded", f"{ours} is a vaguer way to say {primary_name}'s {theirs}{who}, and still true."
    if _same(d.comparable, f.comparable):
        return "rounded", f"{primary_name} says {theirs}{who}; {ours} adds a hedge, and is still true."
    return "rounded", f"{ours} rounds {primary_name}'s {theirs}{who}, and is still true."


def _clip(text: str, size: int = 160) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


# ---- finding the primary's figure ------------------------------------------------------------


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
    if a is None or b is None or _GROUPS[d.kind] in ("date", "time", "rank"):
        return _GROUPS[d.kind] == "rank"
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
        if _GROUPS[d.kind] != _GROUPS[f.kind]:
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
            if _GROUPS[d.kind] == "time" and not (aligned and sim >= 0.3):
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


# ---- records ---------------------------------------------------------------------------------


def _context(sentence: Sentence, record: dict | None) -> Context:
    aligned = frozenset(record.get("primary_index") or []) if record else frozenset()
    nearest = record.get("nearest_index") if record else None
    return Context(_stems(sentence.text), aligned, nearest, record.get("label") if record else None)


def _file_span(article: Article, sentence: Sentence, figure: Figure) -> tuple[int | None, int | None]:
    """Offsets of ``figure`` in the article's file; None when cleaning changed the words."""
    raw = article.raw
    where = raw.find(figure.text, sentence.start, sentence.end + 1)
    return (where, where + len(figure.text)) if where >= 0 else (None, None)


def primary_name(case: Case) -> str:
    """What to call the primary in explanations: its id in capitals when short ("the WSJ")."""
    pid = case.primary.id
    return f"the {pid.upper()}" if len(pid) <= 5 and pid.isalpha() else f"the {pid.replace('-', ' ')}"


def _match_sentence(text: str, figures, context: Context, candidates: CandidateIndex, name: str) -> list[tuple]:
    """(figure, primary figure or None, verdict, explanation) for every figure of one sentence."""
    context.near.update({d.start: _stems(window(text, d.start, d.end)) for d in figures})
    context.sims.update(sentence_similarities(context.stems, candidates))
    found = []
    for d in figures:
        p = best_match(d, context, candidates)
        word, why = ("not_in_primary", _absent(d, context, name)) if p is None else verdict(d, p, name)
        found.append((d, p, word, why))
    return found


def article_figures(
    case: Case, article: Article, *, provenance=None, candidates=None, idf=None, seen: dict | None = None
) -> list[dict]:
    """The figure records of one retelling (see :func:`figure_records`); ``seen`` is shared across articles."""
    idf = idf if idf is not None else _idf(case)
    candidates = candidates if candidates is not None else primary_figures(case)
    if not isinstance(candidates, CandidateIndex):
        candidates = index_candidates(candidates, idf)
    aligned = provenance if isinstance(provenance, dict) else provenance_by_sentence(case, provenance)
    name = primary_name(case)
    seen = {} if seen is None else seen
    records = []
    for sentence in article.sentences:
        figures = seen.get(sentence.text)
        if figures is None:  # the same sentence in syndicated copies is read once per run
            figures = seen[sentence.text] = tuple(find_figures(sentence.text))
        if not figures:
            continue
        record = aligned.get((article.id, sentence.start, sentence.end))
        context = _context(sentence, record)
        # The same sentence aligned the same way (syndicated copies) is matched once.
        key = (sentence.text, context.aligned, context.nearest, context.label)
        if key not in seen:
            seen[key] = _match_sentence(sentence.text, figures, context, candidates, name)
        for d, p, word, why in seen[key]:
            start, end = _file_span(article, sentence, d)
            records.append(
                {
                    **sentence_fields(article, sentence),
                    "text": d.text,
                    "start": start,
                    "end": end,
                    "value": d.value,
                    "kind": d.kind,
                    "unit": d.unit,
                    "noun": d.noun,
                    "qualifier": d.qualifier,
                    "date": d.date,
                    "primary_text": p.figure.text if p else None,
                    "primary_sentence": (p.sentence.text if p.sentence else None) if p else None,
                    "primary_index": (p.sentence.index if p.sentence else None) if p else None,
                    "source": p.source if p else None,
                    "verdict": word,
                    "explanation": why,
                    "alignment": context.label,
                    "key_verdict": None,
                    "key_explanation": None,
                }
            )
    return records


def _absent(d: Figure, context: Context, name: str) -> str:
    if context.label == "added":
        return f"{_upper(name)} gives no figure like {_shown(d)}: the whole sentence is the outlet's own addition."
    return f"{_upper(name)} gives no figure like {_shown(d)}; check where the outlet got it."


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def figure_records(case: Case, *, provenance=None, key: list[dict] | None = None) -> list[dict]:
    """Every figure in every retelling, checked against the primary.

    Parameters
    ----------
    case : Case
    provenance : list of dict, optional
        Records of :func:`newslit.provenance.provenance_records`, if already computed; by
        default they are computed when the provenance engine is installed, and the
        matcher does without them otherwise.
    key : list of dict, optional
        Rows of the answer key (:func:`read_key`); by default ``key/figures.csv`` of the
        case if there is one. Only used to fill ``key_verdict``.

    Returns
    -------
    list of dict
        One record per figure, in article and sentence order. Fields: ``article``,
        ``outlet``, ``index``, ``role``, ``sentence``, ``text`` (the figure as written),
        ``start``, ``end`` (its offsets in the article's file, or null), ``value``,
        ``kind``, ``unit``, ``noun``, ``qualifier``, ``date``, ``primary_text``,
        ``primary_sentence``, ``primary_index`` (nulls when not in the primary),
        ``source`` (who is counting the primary's figure), ``verdict``, ``explanation``,
        ``alignment`` (the sentence's provenance label, or null), ``key_verdict`` and
        ``key_explanation`` (from the key, or null).

    Notes
    -----
    A case with only a primary gives []. A retelling with no figures adds no records.
    """
    idf = _idf(case)
    candidates = index_candidates(primary_figures(case), idf)
    aligned = provenance_by_sentence(case, provenance)
    records, seen = [], {}
    # The records are plain dicts with no cycles: pausing the cycle collector keeps it from
    # rescanning an ever-growing list, which made 10,000 articles cost 19x 1,000 instead of 10x.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for article in case.derivatives:
            records.extend(
                article_figures(case, article, provenance=aligned, candidates=candidates, idf=idf, seen=seen)
            )
    finally:
        if collecting:
            gc.enable()
    rows = read_key(case) if key is None else key
    if rows:
        attach_key(records, rows)
    return records


# ---- the answer key --------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", text.replace('"', "")).strip().lower()


def read_key(case: Case) -> list[dict]:
    """Rows of ``key/figures.csv`` (article, sentence, text, key_verdict, primary_text, explanation); [] if none."""
    return read_rows(case, "figures.csv")


def key_matches(record: dict, row: dict) -> bool:
    """Does the key ``row`` describe the figure ``record``? Same article, sentence opening and figure words."""
    if row["article"] != record["article"] or not _norm(record["sentence"]).startswith(_norm(row["sentence"])):
        return False
    mine, theirs = _norm(record["text"]), _norm(row["text"])
    return mine == theirs or mine.endswith(" " + theirs) or theirs.endswith(" " + mine)


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


def agreement(records: list[dict]) -> dict:
    """How often the engine's verdict agrees with the key, over the figures the key has.

    Returns ``{"figures": n, "agree": k, "accuracy": k / n (0.0 when n is 0), "disagree": [records]}``.
    """
    keyed = [r for r in records if r.get("key_verdict")]
    agree = [r for r in keyed if r["verdict"] == r["key_verdict"]]
    return {
        "figures": len(keyed),
        "agree": len(agree),
        "accuracy": len(agree) / len(keyed) if keyed else 0.0,
        "disagree": [r for r in keyed if r["verdict"] != r["key_verdict"]],
    }


def verdict_counts(records: list[dict]) -> dict[str, dict[str, int]]:
    """Per article: how many of its figures got each verdict, in :data:`VERDICTS` order."""
    counts: dict[str, dict[str, int]] = {}
    for r in records:
        counts.setdefault(r["article"], dict.fromkeys(VERDICTS, 0))[r["verdict"]] += 1
    return counts


# ---- who is counting -------------------------------------------------------------------------


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


# ---- arithmetic a reader can check -----------------------------------------------------------


def check_share(part: float, whole: float, claim: str | None = None) -> dict:
    """Is ``part`` out of ``whole`` what ``claim`` says ("less than a third", "about half")?

    Returns ``{"part", "whole", "share" (0-1), "percent", "claim", "claim_value" (0-1 or None),
    "holds" (bool or None when there is no claim or it cannot be read), "working"}``.
    Raises ValueError when ``whole`` is 0.
    """
    if not whole:
        raise ValueError("the whole must not be 0")
    share = part / whole
    claim_value, holds = None, None
    if claim:
        found = find_figures(claim)
        figure = next((f for f in found if f.kind in ("ratio", "percent")), None)
        if figure is not None:
            claim_value = figure.comparable
            low, high = _interval(figure)
            if figure.hedge in ("under", "max"):
                holds = share < claim_value
            elif figure.hedge in ("above", "min"):
                holds = share > claim_value
            else:
                holds = low - 0.005 <= share <= high + 0.005
    working = f"{part:,.0f} ÷ {whole:,.0f} = {share:.3f} = {100 * share:.1f}%"
    if claim_value is not None:
        working += f"; “{claim}” means {'under ' if holds is not None else ''}{100 * claim_value:.1f}%"
    return {
        "part": part,
        "whole": whole,
        "share": share,
        "percent": 100 * share,
        "claim": claim,
        "claim_value": claim_value,
        "holds": holds,
        "working": working,
    }


def implied_earlier(now: float, change_percent: float) -> dict:
    """What an "up N% from earlier" claim implies the earlier figure was: ``now / (1 + N/100)``.

    Returns ``{"now", "change_percent", "earlier", "working"}``. Raises ValueError for a
    change of -100% or less (there is no earlier figure that fell to ``now``).
    """
    if change_percent <= -100:
        raise ValueError("a change of -100% or less has no earlier figure")
    earlier = now / (1 + change_percent / 100)
    return {
        "now": now,
        "change_percent": change_percent,
        "earlier": earlier,
        "working": f"{now:,.0f} ÷ {1 + change_percent / 100:.2f} = {earlier:,.0f}",
    }


def one_in(n: float) -> dict:
    """ "One in ``n``" as a share and a percentage: one in 10,000 is 0.01%. Raises ValueError for n <= 0."""
    if n <= 0:
        raise ValueError("n must be positive")
    return {"n": n, "share": 1 / n, "percent": 100 / n, "working": f"1 ÷ {n:,.0f} = {100 / n:.4g}%"}


def arithmetic_checks(case: Case) -> list[dict]:
    """The sums a careful reader can do with the primary's own figures.

    Finds, in the primary: a proportion stated next to a count ("128 accounts ..., less
    than a third the number they found on Instagram", checked against the largest count
    of the same source and noun family elsewhere); a change in per cent next to a count
    ("31.9 million ... up 47% from two years earlier": the earlier figure it implies); a
    share and a count of the same thing ("85% of the reports ..., including some 5
    million from Instagram"); and "one in N" as a percentage.

    Returns
    -------
    list of dict
        ``kind`` (share | implied | part_of_share | one_in), ``claim`` (the words checked),
        ``sentence``, ``working``, ``result`` (a sentence), ``holds`` (bool or None).
    """
    ledger = primary_figures(case)
    checks = []
    counts = [p for p in ledger if p.sentence is not None and p.figure.kind == "count" and not p.figure.vague]
    for p in ledger:
        f, s = p.figure, p.sentence
        if s is None:
            continue
        same = [q for q in counts if q.sentence is s]
        if f.kind == "ratio" and f.hedge and f.value not in (None,) and f.value > 0.001 and same:
            part = same[0]
            wholes = [
                q for q in counts if q.sentence is not s and q.figure.value > part.figure.value and q.source == p.source
            ]
            if wholes:
                whole = max(wholes, key=lambda q: len(q.stems & s_stems(s)))
                result = check_share(part.figure.value, whole.figure.value, f.text)
                checks.append(_check("share", f.text, s, result["working"], result["holds"], whole.sentence.text))
        elif f.kind == "ratio" and f.value and re.search(r"\bin\b", f.text):
            result = one_in(1 / f.value)
            checks.append(_check("one_in", f.text, s, result["working"], None))
        elif f.kind == "percent" and f.change == "up" and same:
            base = max(same, key=lambda q: q.figure.value)
            result = implied_earlier(base.figure.value, f.value)
            checks.append(_check("implied", f"{base.figure.text} … {f.text}", s, result["working"], None))
        elif f.kind == "percent" and f.change is None and same:
            part = max(same, key=lambda q: q.figure.value)
            earlier = [q for q in counts if q.sentence.index < s.index and q.figure.noun == part.figure.noun]
            if earlier:
                whole = earlier[-1].figure.value
                share_whole = whole * f.value / 100
                result = check_share(part.figure.value, share_whole)
                working = f"{f.text} of {whole:,.0f} = {share_whole:,.0f}; " + result["working"]
                checks.append(_check("part_of_share", f"{f.text} … {part.figure.text}", s, working, None))
    return checks


@lru_cache(maxsize=4096)
def s_stems(sentence: Sentence) -> frozenset[str]:
    return _stems(sentence.text)


def _check(kind, claim, sentence, working, holds, other=None) -> dict:
    result = {True: "The claim holds.", False: "The claim does not hold.", None: "Work it out, then judge."}[holds]
    return {
        "kind": kind,
        "claim": claim,
        "sentence": sentence.text,
        "other_sentence": other,
        "working": working,
        "result": result,
        "holds": holds,
    }


__all__ = [
    "SOURCE_RULES",
    "VAGUE",
    "VERDICTS",
    "agreement",
    "arithmetic_checks",
    "attach_key",
    "best_match",
    "check_share",
    "figure_records",
    "figure_source",
    "implied_earlier",
    "key_matches",
    "one_in",
    "primary_figures",
    "primary_ledger",
    "read_key",
    "values_agree",
    "verdict",
    "verdict_counts",
]
