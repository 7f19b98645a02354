"""Word lists a teacher can edit: read them from CSV and find their terms in text fast.

A term list is a CSV file with at least the columns ``term`` and ``kind`` (more columns
are kept as they are). Every list is compiled once into a single regular expression, so
finding all of its terms in a sentence costs one pass over the sentence, however long
the list is.

How a term is written
---------------------
- Plain words or phrases match whole words, ignoring case: ``vast`` finds "Vast" but not
  "vastly". In a phrase, a space or a hyphen matches any run of spaces and hyphens
  ("thinly veiled" finds "thinly-veiled"); ``'`` matches a straight or curly apostrophe.
- ``*`` stands for any word ending: ``censor*`` finds "censor", "censored", "censorship".
- ``re:`` starts a regular expression, for people who know them:
  ``re:(?:19|20)\\d\\d`` finds a year. Use ``(?:...)`` for groups. A ``re:`` term is tried
  only where no plain or ``*`` term matches at the same place: ``re:lawmakers (?:passed|voted)``
  never fires beside ``lawmaker*``, so write such a phrase as plain terms ("lawmakers passed").
- A ``re:`` term that holds ``(?-i:...)`` heeds capitals inside it: ``re:(?-i:PASOK)`` finds
  "PASOK" but not "pasok", and ``re:(?-i:New Democracy)`` finds the party, not "a new
  democracy". Such a term is looked for in the text as written; where it overlaps a match
  of another term, the longer match wins.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newslit.text.compiled import regex

DATA_DIR = Path(__file__).resolve().parents[1] / "data"  # the package's data/ folder, beside text/
# Between a phrase's words: one or more spaces, hyphens and dashes, as [\s\-‐‑–]+ would say.
# Written as runs of spaces and hyphens or single dashes because a class mixing them is
# compiled into a 64 KB table (its dashes lie beyond Latin-1 and apart from the hyphen),
# about 0.15 ms each of the hundreds of times the term lists use it: a third of compiling
# them. Each run is taken whole (++): no character a term can have next is a space or a
# dash, so giving one back could never help a match, and it keeps the scan linear.
_SEPARATOR = r"(?:[\s\-]++|[‐‑–])+"
_APOSTROPHE = "['’]"
_WILDCARD = r"\w*"
_NORMALISE_SEPARATORS = regex(r"[\s\-‐‑–]+")


class TermListError(ValueError):
    """A term list (CSV or extra rows) that cannot be used, with every problem found.

    The message reads ``error: <file>:<line>: <what is wrong> — <how to fix it>``, one line
    per problem, like the errors for a bad case.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Term:
    """One row of a term list.

    ``term`` is written as in the file; ``kind`` says what it signals; ``columns`` holds
    every column of the row (explanation, example, and any others), as text.
    """

    term: str
    kind: str
    columns: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def get(self, column: str, default: str = "") -> str:
        return self.columns.get(column, default) or default

    @property
    def explanation(self) -> str:
        return self.get("explanation")


@dataclass(frozen=True)
class Match:
    """A term found in a text: ``text[start:end] == matched``."""

    term: Term
    start: int
    end: int
    matched: str

    @property
    def kind(self) -> str:
        return self.term.kind


def normalise(text: str) -> str:
    """Lower case, curly apostrophes straightened, runs of spaces and hyphens made one space."""
    return _NORMALISE_SEPARATORS.sub(" ", text.lower().replace("’", "'")).strip()


def _piece(term: str) -> str:
    """The regular expression for one plain or wildcard term (not ``re:``)."""
    out = []
    for char in normalise(term):
        if char == " ":
            out.append(_SEPARATOR)
        elif char == "'":
            out.append(_APOSTROPHE)
        elif char == "*":
            out.append(_WILDCARD)
        else:
            out.append(re.escape(char))
    return "".join(out)


def _trie_pattern(keys: Iterable[str]) -> str:
    """One regular expression matching every key, factored by shared prefixes.

    A factored pattern is what keeps a long list fast: at each position the engine
    follows one branch per letter instead of trying every term in turn. Where a key ends
    and a longer one continues ("vast", "vast majority"), the longer one is tried first.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = []
        for char in sorted(k for k in node if k):
            token = {" ": _SEPARATOR, "'": _APOSTROPHE, "*": _WILDCARD}.get(char, re.escape(char))
            branches.append(token + render(node[char]))
        # the wildcard eats any word ending: try it after the literal letters
        branches.sort(key=lambda b: b.startswith(_WILDCARD))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)


def _whole_words(alternatives: list[str]) -> str:
    """One pattern finding any of ``alternatives`` as whole words (not inside a word, a hashtag or a handle)."""
    pattern = "|".join(alternatives) or r"(?!x)x"
    return rf"(?<![\w#@])(?:{pattern})(?!\w)"


# An escape that stands for no particular letter (\d, \S, \b, \A, \.): its letter says nothing about case.
_CASELESS_ESCAPE = regex(r"\\[dDsSwWbBAZntrfv]|\\[^\w]")


def _lower_case_only(source: str) -> bool:
    r"""Does the ``re:`` term ``source`` match lower-cased text just as it matches any text ignoring case?

    True when, once its caseless escapes are set aside, it names no capital letter, no
    character by code (``\x41``, ``\N{...}``) and never turns case back on (``(?-i``):
    then every text it matches ignoring case, lower-cased, is matched without ignoring case.
    """
    bare = _CASELESS_ESCAPE.sub("", source)
    return "\\" not in bare and "(?-" not in bare and not any(char.isupper() for char in bare)


@functools.cache  # a term list's patterns, each compiled once per process, when first needed
def _term_pattern(source: str) -> re.Pattern:
    """One term's pattern (a wildcard term's, or a ``re:`` term's), case-insensitive."""
    return regex(source, re.IGNORECASE)


@functools.lru_cache(maxsize=64)  # the engines ask for a few fixed tuples of kinds, again and again
def _kind_set(kinds: tuple[str, ...]) -> frozenset[str]:
    return frozenset(kinds)


FOUND_TEXTS = 50_000
"""How many texts a :class:`Lexicon` remembers what it found in: every sentence of a case of
1,000 retellings, read by all three engines, is scanned once."""


class Lexicon:
    """A compiled term list: find every term in a text with one regular-expression pass.

    Parameters
    ----------
    terms : iterable of Term
        Later rows replace earlier rows with the same term (so a teacher's extra rows win).

    Notes
    -----
    Matching is case-insensitive and whole-word; where two plain or ``*`` terms could match at
    the same place, the longer wins ("vast majority" before "vast"); a ``re:`` term is tried
    only where none of them matches there (one pattern: the terms' alternatives, then the
    regular expressions). Compile once and reuse: the constructor does all the work,
    :meth:`find` only scans.
    """

    def __init__(self, terms: Iterable[Term]):
        by_key: dict[str, Term] = {}
        for term in terms:
            by_key[term.term if term.term.startswith("re:") else normalise(term.term)] = term
        self.terms: tuple[Term, ...] = tuple(by_key.values())
        self._exact = {k: t for k, t in by_key.items() if "*" not in k and not k.startswith("re:")}
        wild = [(k, t) for k, t in by_key.items() if "*" in k and not k.startswith("re:")]
        wild.sort(key=lambda kt: -len(kt[0]))
        # The patterns of single terms are needed only to tell which term a match belongs to
        # (:meth:`lookup`), for a match that is not an exact term: they are compiled then
        # (:func:`_term_pattern`), not here, where compiling them all was a fifth of the time.
        self._wild: dict[str, list] = {}  # literal start of a wildcard term -> its (pattern source, term)s
        for k, t in wild:
            self._wild.setdefault(k.split("*")[0], []).append((_piece(k), t))
        self._wild_lengths = sorted({len(prefix) for prefix in self._wild}, reverse=True)
        self._looked_up: dict[str, Term | None] = {}
        self._found: dict[str, tuple[Match, ...]] = {}  # text -> every term find() found in it
        self._regex_terms = [(k[3:], t) for k, t in by_key.items() if k.startswith("re:")]
        plain = [k for k in by_key if not k.startswith("re:")]
        trie = [_trie_pattern(plain)] if plain else []
        regexes = [k[3:] for k in by_key if k.startswith("re:")]
        self._source = _whole_words([*trie, *(f"(?i:{r})" for r in regexes)])
        # A term that heeds capitals ("(?-i:PASOK)") can never match lower-cased text: it is
        # looked for in the text as written, by a pattern of its own (see :meth:`_scan`).
        cased = [r for r in regexes if "(?-i" in r]
        regexes = [r for r in regexes if "(?-i" not in r]
        self._cased_pattern = regex(_whole_words(cased)) if cased else None
        # Run on lower-cased text without IGNORECASE: twice as fast (see :meth:`_scan`). A
        # ``re:`` term that names no capital letter needs no IGNORECASE there either, and
        # without it the engine skips the term at once where its first letter is not there
        # (a third of the time of scanning a sentence with the aside topics).
        self._lower_pattern = regex(
            _whole_words([*trie, *(r if _lower_case_only(r) else f"(?i:{r})" for r in regexes)])
        )

    @functools.cached_property
    def pattern(self) -> re.Pattern:
        """Every term as one case-insensitive pattern.

        Compiled on first use: :meth:`find` needs it only for a text whose lower-casing
        moves offsets (such as one with "İ"), and compiling it costs as much as the
        lower-case one (about 30 ms for the workbook's word lists), paid by every notebook.
        """
        return regex(self._source, re.IGNORECASE)

    def __len__(self) -> int:
        return len(self.terms)

    def __bool__(self) -> bool:  # an empty lexicon is still a lexicon (``terms or default`` must not swap it)
        return True

    def __iter__(self):
        return iter(self.terms)

    def __repr__(self) -> str:
        kinds = sorted({t.kind for t in self.terms})
        return f"<Lexicon: {len(self.terms)} terms; kinds: {', '.join(kinds)}>"

    def of_kind(self, *kinds: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.kind in kinds)

    def lookup(self, matched: str) -> Term | None:
        """The term a matched piece of text belongs to (exact terms first, then ``*``, then ``re:``)."""
        if matched in self._looked_up:
            return self._looked_up[matched]
        if len(self._looked_up) > 100_000:  # texts repeat their words: keep the memo, but bounded
            self._looked_up.clear()
        self._looked_up[matched] = found = self._lookup(matched)
        return found

    def _lookup(self, matched: str) -> Term | None:
        key = normalise(matched)
        if key in self._exact:
            return self._exact[key]
        for length in self._wild_lengths:
            for source, term in self._wild.get(key[:length], ()):
                compiled = _term_pattern(source)
                if compiled.fullmatch(matched) or compiled.fullmatch(key):
                    return term
        for source, term in self._regex_terms:
            if _term_pattern(source).fullmatch(matched):
                return term
        return None

    def find(self, text: str, kinds: Iterable[str] | None = None) -> list[Match]:
        """Every term in ``text`` (left to right, not overlapping), optionally only ``kinds``.

        An empty text gives an empty list. The engines read one sentence with one list
        several times, for different kinds (provenance, then framing, then figures; a
        changed phrase in many retellings): every term found in it is kept, up to
        :data:`FOUND_TEXTS` texts, and a fresh list of those of ``kinds`` returned each time.
        """
        found = self._found.get(text)
        if found is None:
            if len(self._found) > FOUND_TEXTS:  # bounded: a case of 10,000 articles must not keep every sentence
                self._found.clear()
            found = self._found[text] = tuple(self._scan(text))
        if kinds is None or not found:  # most texts hold no term: nothing to filter
            return list(found)
        wanted = _kind_set(kinds) if isinstance(kinds, tuple) else frozenset(kinds)
        return [m for m in found if m.term.kind in wanted]

    def _scan(self, text: str) -> list[Match]:
        found = []
        lowered = text.lower()
        if len(lowered) == len(text):  # lower-casing kept every offset (true unless e.g. "İ")
            matches = self._lower_pattern.finditer(lowered)
        else:
            matches = self.pattern.finditer(text)  # the cased terms are in this one: nothing more to scan
            return self._matches(text, matches)
        found = self._matches(text, matches)
        if self._cased_pattern is not None:
            for m in self._matches(text, self._cased_pattern.finditer(text)):
                found = _merged(m, found)
        return found

    def _matches(self, text: str, matches) -> list[Match]:
        found = []
        for m in matches:
            matched = text[m.start() : m.end()]
            term = self.lookup(matched)
            if term is not None:
                found.append(Match(term, m.start(), m.end(), matched))
        return found

    def extended(self, extra) -> Lexicon:
        """A new lexicon: these terms plus ``extra`` (see :func:`rows_to_terms`)."""
        return Lexicon([*self.terms, *rows_to_terms(extra, kinds=None, source="extra terms")])


def _merged(match: Match, found: list[Match]) -> list[Match]:
    """``found`` with ``match`` in its place, where it overlaps nothing or takes in all it overlaps, longer.

    As between plain terms, the longer match wins: "Congress leader" (a term that heeds capitals)
    over "Congress" (``congress*``), but "PAN card" over "PAN".
    """
    overlapping = [o for o in found if match.start < o.end and o.start < match.end]
    if overlapping and not all(
        match.start <= o.start and o.end <= match.end and o.end - o.start < match.end - match.start for o in overlapping
    ):
        return found
    return sorted([o for o in found if o not in overlapping] + [match], key=lambda m: m.start)


def read_terms(
    path: Path, *, required: tuple[str, ...], kinds: Iterable[str] | None, kind_column: str = "kind"
) -> list[Term]:
    """Read a term list from a CSV file.

    Raises
    ------
    TermListError
        Missing file or column, empty term, unknown kind, or a ``re:`` term that is not a
        valid regular expression; every problem with its line number.
    """
    path = Path(path)
    if not path.is_file():
        raise TermListError([f"error: {path}: no such file — check the path, or copy the bundled list from {DATA_DIR}"])
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
        header = rows[0].keys() if rows else []
    missing = [c for c in required if c not in header]
    if missing:
        raise TermListError(
            [
                f"error: {path}:1: missing column(s) {', '.join(missing)} — the first line must name: {', '.join(required)}"
            ]
        )
    return rows_to_terms(rows, kinds=kinds, source=str(path), first_line=2, kind_column=kind_column)


def rows_to_terms(
    rows, *, kinds: Iterable[str] | None, source: str, first_line: int = 1, kind_column: str = "kind"
) -> list[Term]:
    """Turn rows (dicts, a pandas DataFrame, or ``(term, kind, explanation)`` tuples) into terms.

    A row's columns are kept as text. ``kinds``, when given, is the set of allowed kinds;
    ``kind_column`` names the column that holds the kind.
    """
    if rows is None:
        return []
    if hasattr(rows, "to_dict"):  # a pandas DataFrame
        rows = rows.to_dict("records")
    if isinstance(rows, Mapping):
        rows = [rows]
    allowed = None if kinds is None else set(kinds)
    terms, problems = [], []
    for number, row in enumerate(rows, start=first_line):
        if not isinstance(row, Mapping):
            row = dict(zip(("term", kind_column, "explanation", "example"), row))
        columns = {str(k).strip(): ("" if v is None else str(v)).strip() for k, v in row.items() if k is not None}
        term, kind = columns.get("term", ""), columns.get(kind_column, "")
        where = f"{source}:{number}"
        if not term:
            problems.append(f"error: {where}: empty term — write the word or phrase in the first column")
            continue
        if not kind:
            problems.append(f'error: {where}: "{term}" has no {kind_column} — fill in that column')
            continue
        if allowed is not None and kind not in allowed:
            near = ", ".join(sorted(allowed))
            problems.append(f'error: {where}: unknown kind "{kind}" for "{term}" — use one of: {near}')
            continue
        if term.startswith("re:"):
            try:
                regex(term[3:])
            except re.error as exc:
                problems.append(
                    f'error: {where}: "{term}" is not a valid regular expression ({exc}) — fix it or drop "re:"'
                )
                continue
        terms.append(Term(term, kind, columns))
    if problems:
        raise TermListError(problems)
    return terms
