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

from newslit.analysis.figures.compare import shown, verdict
from newslit.analysis.figures.index import CandidateIndex, index_candidates, primary_idf, sentence_similarities
from newslit.analysis.figures.key import KEY_FILE, attach_key
from newslit.analysis.figures.match import Context, best_match
from newslit.analysis.figures.primary import figure_stems, primary_figures, window
from newslit.analysis.memory import paused_gc
from newslit.analysis.provenance import by_sentence as provenance_by_sentence
from newslit.case.key import read_rows
from newslit.case.model import Article, Case, Sentence, sentence_fields
from newslit.text.numbers import Figure, find_figures


def _context(sentence: Sentence, record: dict | None) -> Context:
    aligned = frozenset(record.get("primary_index") or []) if record else frozenset()
    nearest = record.get("nearest_index") if record else None
    return Context(figure_stems(sentence.text), aligned, nearest, record.get("label") if record else None)


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
    context.near.update({d.start: figure_stems(window(text, d.start, d.end)) for d in figures})
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
    idf = idf if idf is not None else primary_idf(case)
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
        return f"{_upper(name)} gives no figure like {shown(d)}: the whole sentence is the outlet's own addition."
    return f"{_upper(name)} gives no figure like {shown(d)}; check where the outlet got it."


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
        ``kind``, ``unit``, ``noun``, ``qualifier``, ``date``, ``primary_text``,
        ``primary_sentence``, ``primary_index`` (nulls when not in the primary),
        ``source`` (who is counting the primary's figure), ``verdict``, ``explanation``,
        ``alignment`` (the sentence's provenance label, or null), ``key_verdict`` and
        ``key_explanation`` (from the key, or null).

    Notes
    -----
    A case with only a primary gives []. A retelling with no figures adds no records.
    """
    idf = primary_idf(case)
    candidates = index_candidates(primary_figures(case), idf)
    aligned = provenance_by_sentence(case, provenance)
    records, seen = [], {}
    with paused_gc():
        for article in case.derivatives:
            records.extend(
                article_figures(case, article, provenance=aligned, candidates=candidates, idf=idf, seen=seen)
            )
    rows = read_rows(case, KEY_FILE) if key is None else key
    if rows:
        attach_key(records, rows)
    return records
