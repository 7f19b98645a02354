"""Framing cues in one sentence: loaded words, doubt verbs, scare quotes, reframed wording.

Pure functions on sentence text. The word lists are data (``data/framing_terms.csv``,
described in ``data/README.md``); :func:`load_terms` reads them once and a teacher can
extend them from a notebook.

A cue is a dict (JSON-ready, so the ``newslit framing --json`` command can print it)::

    {"kind": "loaded" | "doubt_verb" | "scare_quote" | "reframed",
     "text": the words as written, "start": ..., "end": ... (offsets in the sentence),
     "explanation": a sentence a 15-year-old understands,
     "rule": which rule found it, "guess": True when the rule guesses,
     "quoted": True when the words sit inside someone else's quotation}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newslit.case.model import count_words
from newslit.text.compiled import regex
from newslit.text.lexicon import DATA_DIR, Lexicon, Match, Term, read_terms, rows_to_terms

TERMS_FILE = DATA_DIR / "framing_terms.csv"
TERM_KINDS = ("loaded", "doubt_verb", "neutral_verb", "hedge", "ignore", "quote_marker")
CUE_KINDS = ("loaded", "doubt_verb", "scare_quote", "reframed")
ATTRIBUTION_KINDS = ("neutral_verb", "doubt_verb", "quote_marker")
SHORT_QUOTE_WORDS = 4  # a quotation of up to this many words can be a scare quote

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPENERS = " \t\n([{—–-/“‘\"'"
_NOT_WORD = regex(r"[^\w\s]+")
_QUOTE_MARKS = regex("[“”„«»\"‘’']")


@lru_cache(maxsize=1)
def _bundled_terms() -> Lexicon:
    return Lexicon(read_terms(TERMS_FILE, required=("term", "kind", "explanation"), kinds=TERM_KINDS))


def load_terms(extra=None) -> Lexicon:
    """The framing word list, compiled, optionally extended.

    Parameters
    ----------
    extra : list of dict, DataFrame, path to a CSV file, or None
        More rows with the columns of ``framing_terms.csv`` (``term``, ``kind``,
        ``explanation``, ``example``). A row whose term is already listed replaces it.
        Kinds: loaded, doubt_verb, neutral_verb, hedge, ignore, quote_marker.

    Returns
    -------
    Lexicon
        Compiled once; the bundled list is cached, so calling this without ``extra`` is free.

    Raises
    ------
    newslit.text.lexicon.TermListError
        A row without a term, with an unknown kind, or a bad ``re:`` pattern.

    Examples
    --------
    >>> terms = load_terms(extra=[{"term": "slammed", "kind": "loaded", "explanation": "Sounds like a fight."}])
    >>> [m.matched for m in terms.find("The coach slammed the referee.")]
    ['slammed']
    """
    base = _bundled_terms()
    if extra is None:
        return base
    if isinstance(extra, str | bytes) or hasattr(extra, "is_file"):
        rows = read_terms(extra, required=("term", "kind"), kinds=TERM_KINDS)
    else:
        rows = rows_to_terms(extra, kinds=TERM_KINDS, source="extra terms")
    return Lexicon([*base.terms, *rows])


@dataclass(frozen=True)
class Quote:
    """A passage in quotation marks: ``text[start:end]`` includes the marks."""

    start: int
    end: int
    nested: bool = False  # inside a longer quotation

    def inner(self, text: str) -> str:
        """The quoted words without the marks and the punctuation at their ends."""
        return text[self.start + 1 : self.end - 1].strip(" ,.;:!?")


def quote_spans(text: str) -> list[Quote]:
    """Every passage in quotation marks in ``text``, outer ones and nested ones.

    Curly and straight marks are paired together (extracted text mixes them); an
    apostrophe inside a word ("doesn’t") is not a quotation mark. An unclosed mark is
    ignored. An empty text gives an empty list.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # ("d" or "s", position of the opening mark)
    for found in _QUOTE_MARKS.finditer(text):  # only the marks: a sentence has few
        i, char = found.start(), found.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        double_open = any(kind == "d" for kind, _ in stack)
        if char in _OPEN_DOUBLE:
            stack.append(("d", i))
        elif char in _CLOSE_DOUBLE or char == '"':
            closes = double_open and (char != '"' or before not in _OPENERS or after.isspace())
            if closes:
                while stack:
                    kind, start = stack.pop()
                    if kind == "d":
                        spans.append((start, i + 1))
                        break
            elif char == '"' and before in _OPENERS and not after.isspace():
                stack.append(("d", i))
        elif char == "‘" and not before.isalnum() or char == "'" and before in _OPENERS and after.isalnum():
            stack.append(("s", i))
        elif char in "’'" and stack and stack[-1][0] == "s" and not after.isalnum():
            spans.append((stack.pop()[1], i + 1))
    spans.sort()
    quotes = []
    for start, end in spans:
        nested = any(s < start and end <= e for s, e in spans)
        quotes.append(Quote(start, end, nested))
    return quotes


def _inside(position: int, quotes: list[Quote]) -> bool:
    return any(q.start < position < q.end for q in quotes)


def _words(text: str) -> str:
    """Lower-case words only, single-spaced: for comparing a quotation with the primary."""
    return " ".join(_NOT_WORD.sub(" ", text.lower().replace("’", "'")).split())


def term_cues(
    text: str, terms: Lexicon | None = None, quotes: list[Quote] | None = None, matches: list[Match] | None = None
) -> list[dict]:
    """``loaded`` and ``doubt_verb`` cues: listed words found in ``text``.

    A word inside a quotation is still a cue (``quoted: True``): the explanation then says
    that the words are the speaker's, not the outlet's. ``quotes`` and ``matches`` (all
    of ``terms`` found in ``text``) may be passed in when already computed.
    """
    terms = terms or load_terms()
    quotes = quote_spans(text) if quotes is None else quotes
    matches = terms.find(text) if matches is None else matches
    cues = []
    for match in (m for m in matches if m.kind in ("loaded", "doubt_verb")):
        quoted = _inside(match.start, quotes)
        explanation = match.term.explanation
        if quoted:
            explanation += " Here it is inside a quotation: the speaker's word, not the outlet's."
        cues.append(_cue(match.kind, match, explanation, rule=f"listed {match.kind.replace('_', ' ')}", quoted=quoted))
    return cues


def _cue(kind: str, match: Match, explanation: str, *, rule: str, quoted: bool = False, guess: bool = False) -> dict:
    return {
        "kind": kind,
        "text": match.matched,
        "start": match.start,
        "end": match.end,
        "explanation": explanation,
        "rule": rule,
        "guess": guess,
        "quoted": quoted,
        "term": match.term.term,
    }


def scare_quote_cues(
    text: str,
    terms: Lexicon | None = None,
    *,
    quotes: list[Quote] | None = None,
    matches: list[Match] | None = None,
    primary_quoted: str | None = None,
    primary_words: str | None = None,
) -> list[dict]:
    """``scare_quote`` cues: quotation marks around a word or short phrase nobody is named as saying.

    Parameters
    ----------
    text : str
        One sentence.
    terms : Lexicon, optional
        The framing word list (its doubt verbs, neutral verbs and quote markers are used).
    primary_quoted : str, optional
        For a retelling: every passage the primary puts in quotation marks, as lower-case
        words (see :func:`primary_context`). A short quote the primary also quotes was
        copied with its marks and is not flagged.
    primary_words : str, optional
        The primary's whole text as lower-case words, to say whether the primary uses the
        quoted words at all.

    Notes
    -----
    Two rules, tried on every quotation of at most four words that is not inside a longer
    quotation:

    1. *distancing word* (sure): the quote comes right after a doubt word ("the alleged
       “insurrection”", "so-called 'experts'");
    2. *nobody named* (a guess): no word in the sentence attributes it (no "said",
       "according to", "called", "the term", "hashtags such as", ...). Such quotes can
       also mark someone else's jargon ("menus"), so the explanation asks which.
    """
    terms = terms or load_terms()
    quotes = quote_spans(text) if quotes is None else quotes
    if not quotes:
        return []
    matches = terms.find(text) if matches is None else matches
    marks = [m for m in matches if m.kind in ATTRIBUTION_KINDS]
    cues = []
    for quote in quotes:
        inner = quote.inner(text)
        if quote.nested or not inner or count_words(inner) > SHORT_QUOTE_WORDS or not re.search(r"[^\W\d_]", inner):
            continue
        if inner.startswith(("#", "@")):
            continue
        match = Match(_SCARE_TERM, quote.start, quote.end, text[quote.start : quote.end])
        before = text[: quote.start]
        distancing = [m for m in marks if m.kind == "doubt_verb" and m.end <= quote.start and _near(before[m.end :])]
        where = _primary_note(inner, primary_quoted, primary_words)
        if distancing:
            word = distancing[-1].matched
            explanation = (
                f'Quotation marks around "{inner}" right after "{word}": the writer holds the word at arm\'s '
                f"length. It hints that the word is wrong or overblown, without saying why.{where}"
            )
            cues.append(_cue("scare_quote", match, explanation, rule="distancing word before the quote"))
            continue
        attributed = [m for m in marks if not (quote.start <= m.start < quote.end)]
        if attributed:
            continue
        if primary_quoted is not None and _contains(primary_quoted, _words(inner)):
            continue  # copied with the primary's own quotation marks
        explanation = (
            f'Quotation marks around "{inner}", but nobody in the sentence is named as saying it. Writers do this '
            'to show a word is someone else\'s term, or to cast doubt on it (like "so-called"). '
            f"Ask which it is here.{where}"
        )
        cues.append(_cue("scare_quote", match, explanation, rule="short quote nobody is named as saying", guess=True))
    return cues


def _near(between: str) -> bool:
    """At most one short word (an article, say) between a doubt word and a quote."""
    return count_words(between) <= 1 and len(between) <= 12


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def _primary_note(inner: str, primary_quoted: str | None, primary_words: str | None) -> str:
    if primary_words is None:
        return ""
    words = _words(inner)
    if not _contains(primary_words, words):
        return " The primary never uses these words: the outlet did not take them from there."
    if primary_quoted is not None and not _contains(primary_quoted, words):
        return " The primary uses these words without quotation marks: the marks are this outlet's."
    return ""


def primary_context(primary_texts) -> tuple[str, str]:
    """``(primary_quoted, primary_words)`` for :func:`scare_quote_cues`, computed once per case.

    ``primary_texts`` is the primary's sentences (an iterable of strings).
    """
    texts = list(primary_texts)
    quoted = " | ".join(_words(t[q.start : q.end]) for t in texts for q in quote_spans(t))
    return quoted, " | ".join(_words(t) for t in texts)


def attribution_counts(text: str, terms: Lexicon | None = None) -> dict[str, int]:
    """How many doubt verbs and neutral attribution verbs ``text`` uses in its own voice.

    Words inside quotation marks are the speaker's, so they are not counted.

    Returns
    -------
    dict
        ``{"doubt_verb": n, "neutral_verb": n}``; zeros for an empty text.
    """
    terms = terms or load_terms()
    quotes = quote_spans(text)
    counts = {"doubt_verb": 0, "neutral_verb": 0}
    for match in terms.find(text, kinds=tuple(counts)):
        if not _inside(match.start, quotes):
            counts[match.kind] += 1
    return counts


# ---- reframed wording ------------------------------------------------------------------

_FRAME_KINDS = ("doubt_verb", "hedge", "neutral_verb", "loaded")


@dataclass(frozen=True)
class Change:
    """One word-level change from a primary sentence to a retelling of it.

    ``old`` is the primary's words ("" for an insertion), ``new`` the retelling's ("" for a
    deletion); ``start``/``end`` locate ``new`` in the retelling (for a deletion, the place
    where the words were dropped).
    """

    old: str
    new: str
    start: int
    end: int


def reframed_cues(primary_text: str, text: str, changes=None, terms: Lexicon | None = None) -> list[dict]:
    """``reframed`` cues: changes from the primary's wording that shift the meaning.

    Parameters
    ----------
    primary_text : str
        The primary sentence this one retells (copied or reworded).
    text : str
        The retelling.
    changes : list of Change, optional
        The word-level changes between the two (from the provenance engine). Without
        them, the two sentences' framing words are compared as sets, which finds the same
        shifts but cannot always say which words replaced which.

    Returns
    -------
    list of dict
        One cue per shift. A shift is: a doubt word added ("said" → "claimed"); a doubt
        word swapped for another ("purportedly" → "allegedly"); a hedge or doubt word of
        the primary dropped ("accounts purportedly run by children" → "accounts posing as
        minors"); a loaded word added or dropped in a replaced phrase. Empty when either
        text is empty.
    """
    if not primary_text or not text:
        return []
    terms = terms or load_terms()
    if changes is not None:
        cues = []
        for change in changes:
            cue = _shift(change, terms)
            if cue:
                cues.append(cue)
        return cues
    return _reframed_by_sets(primary_text, text, terms)


def _kinds_in(words: str, terms: Lexicon) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for match in terms.find(words, kinds=_FRAME_KINDS):
        found.setdefault(match.kind, []).append(match.matched)
    return found


def _shift(change: Change, terms: Lexicon) -> dict | None:
    old, new = _kinds_in(change.old, terms), _kinds_in(change.new, terms)
    if not old and not new:
        return None  # no framing word on either side (most changes): nothing shifts
    old_doubt = old.get("doubt_verb", []) + old.get("hedge", [])
    new_doubt = new.get("doubt_verb", [])
    arrow = f'"{change.old or "…"}" → "{change.new or "(dropped)"}"'
    match = Match(_REFRAMED_TERM, change.start, change.end, change.new)
    if new_doubt and {w.lower() for w in new_doubt} != {w.lower() for w in old.get("doubt_verb", [])}:
        if old_doubt:
            why = (
                f"The primary's doubt word is swapped: {arrow}. The two do not mean the same: "
                f'"{new_doubt[0]}" casts a different doubt from "{old_doubt[0]}".'
            )
        else:
            why = (
                f"Doubt added: {arrow}. The primary reported the words plainly; this version hints they may not be "
                "true. Who is being doubted?"
            )
        return _cue("reframed", match, why, rule="doubt word added or swapped")
    if old_doubt and not new_doubt and not new.get("hedge"):
        why = (
            f'The primary\'s caution is gone: {arrow}. The primary said "{old_doubt[0]}" because it could not be '
            "sure; this version states something different, or more certain."
        )
        return _cue("reframed", match, why, rule="hedge or doubt word dropped")
    if new.get("loaded") and change.old and not old.get("loaded"):
        why = f'A plain word became a loaded one: {arrow}. "{new["loaded"][0]}" adds feeling the primary did not.'
        return _cue("reframed", match, why, rule="loaded word in a replaced phrase")
    if old.get("loaded") and change.new and not new.get("loaded"):
        why = f"The primary's loaded word is toned down: {arrow}. Compare how strong each version sounds."
        return _cue("reframed", match, why, rule="loaded word replaced by a plainer one")
    return None


def _reframed_by_sets(primary_text: str, text: str, terms: Lexicon) -> list[dict]:
    old = {m.term.term: m for m in terms.find(primary_text, kinds=_FRAME_KINDS)}
    new = {m.term.term: m for m in terms.find(text, kinds=_FRAME_KINDS)}
    cues = []
    old_plain = [
        m.matched for k, m in old.items() if m.kind in ("neutral_verb", "hedge", "doubt_verb") and k not in new
    ]
    for key, match in new.items():
        if match.kind != "doubt_verb" or key in old:
            continue
        was = f' where the primary has "{old_plain[0]}"' if old_plain else ""
        why = (
            f'Doubt added: "{match.matched}"{was}. The primary did not use this doubt word; this version hints the '
            "words may not be true. Who is being doubted?"
        )
        cues.append(_cue("reframed", match, why, rule="doubt word added or swapped"))
    if not any(m.kind in ("doubt_verb", "hedge") for m in new.values()):
        for key, match in old.items():
            if match.kind in ("doubt_verb", "hedge") and key not in new:
                spot = Match(_REFRAMED_TERM, 0, 0, "")
                why = (
                    f'The primary\'s caution is gone: its sentence says "{match.matched}", this one has no such word. '
                    "It states as certain what the primary could not be sure of."
                )
                cues.append(_cue("reframed", spot, why, rule="hedge or doubt word dropped"))
                break
    return cues


def sentence_cues(
    text: str,
    terms: Lexicon | None = None,
    *,
    primary_text: str | None = None,
    changes=None,
    primary_quoted: str | None = None,
    primary_words: str | None = None,
    quotes: list[Quote] | None = None,
    matches: list[Match] | None = None,
) -> list[dict]:
    """Every cue in one sentence, in reading order.

    ``primary_text`` (the primary sentence it retells, if any) turns on the ``reframed``
    rule; ``primary_quoted``/``primary_words`` refine the scare-quote rule (see
    :func:`scare_quote_cues`). ``quotes`` (:func:`quote_spans`) and ``matches`` (all of
    ``terms`` found in the sentence) may be passed in when already computed. An empty
    sentence gives an empty list.
    """
    if not text:
        return []
    terms = terms or load_terms()
    quotes = quote_spans(text) if quotes is None else quotes
    matches = terms.find(text) if matches is None else matches
    cues = term_cues(text, terms, quotes, matches)
    cues += scare_quote_cues(
        text, terms, quotes=quotes, matches=matches, primary_quoted=primary_quoted, primary_words=primary_words
    )
    if primary_text:
        cues += reframed_cues(primary_text, text, changes, terms)
    cues.sort(key=lambda c: (c["start"], c["end"], CUE_KINDS.index(c["kind"])))
    return cues


_SCARE_TERM = Term("(quotation marks)", "scare_quote", {})
_REFRAMED_TERM = Term("(changed wording)", "reframed", {})
