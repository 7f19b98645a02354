"""Fold sentences that describe the abuse in words: shown only after "show this sentence".

Masking (:mod:`newslit.text.masking`) hides explicit words; some sentences are hard to read
even masked, because they describe the abuse itself (what was sold, self-harm, a sexual
message). A case lists them in its answer key, ``key/folded.csv`` (the article, the
sentence's opening words, and a one-line note of what it describes). When the case is
loaded, :func:`register` records those sentences here, and every view asks
:func:`spans` where they are in the text it is about to show: a whole sentence, a sentence
cut short ("…"), or a sentence quoted inside a longer feedback text. The views then show
the note and a "show this sentence" control instead (:mod:`newslit.views.text`); a text
version shows the note in brackets (:func:`fold_text`).

A teacher unfolds everything with ``NEWSLIT_SHOW_EXPLICIT=1``, the same setting that
unmasks explicit words. Folding changes only what is shown: the engines, the answer keys,
saved answers and ``--json`` output see every sentence as published.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newslit.text.masking import explicit_shown, mask

# A quotation of a folded sentence is recognised by this many of its first characters
# (or the whole sentence, if shorter): enough to be unique, short enough to catch a
# sentence cut to 90 characters in a feedback line.
PREFIX = 30


@dataclass(frozen=True)
class Fold:
    """One folded sentence: its text as published, and what it describes (to follow "it")."""

    text: str
    note: str


_FOLDS: dict[str, Fold] = {}
# (head, variant, note) for every way a registered fold can be shown: worked out once after
# each register(), since every view asks spans() of every text it shows (the teacher guide
# asks it thousands of times, about a tenth of its views' time when worked out each time).
_HEADS: list[tuple[str, str, str]] = []


def register(folds) -> None:
    """Remember ``folds`` (:class:`Fold` objects) for every view from now on.

    Called by :func:`newslit.case.load.load_case`. Folds of every case loaded in this
    session are kept, so a view of an earlier case never unfolds when another case loads.
    """
    for fold in folds:
        if fold.text.strip():
            _FOLDS[fold.text] = fold
    _HEADS.clear()


def registered() -> list[Fold]:
    """Every folded sentence registered so far, in the order registered."""
    return list(_FOLDS.values())


def folding() -> bool:
    """True unless a teacher set ``NEWSLIT_SHOW_EXPLICIT=1`` (which shows every sentence)."""
    return not explicit_shown()


def _variants(fold: Fold) -> set[str]:
    return {fold.text, _masked(fold.text)}


def _heads() -> list[tuple[str, str, str]]:
    """``(head, variant, note)`` for each registered fold as published and as masked; ``head`` opens ``variant``."""
    if not _HEADS:
        for fold in _FOLDS.values():
            for variant in sorted(_variants(fold)):
                _HEADS.append((variant[: min(PREFIX, len(variant))], variant, fold.note))
    return _HEADS


@lru_cache(maxsize=1024)
def _masked(text: str) -> str:
    # Every view asks spans() of every text it shows: masking each folded sentence again each
    # time was most of the teacher guide's time. The word list is read once a session anyway.
    return mask(text, show_explicit=False)


def spans(text: str) -> list[tuple[int, int, str]]:
    """Where folded sentences are in ``text``: ``(start, end, note)``, in order, not overlapping.

    A span runs from the sentence's first characters for as long as ``text`` goes on
    quoting it, so a sentence cut short with "…" folds only the part shown. Empty when
    folding is off or nothing in ``text`` is folded.
    """
    if not text or not _FOLDS or not folding():
        return []
    found = []
    for head, variant, note in _heads():
        start = text.find(head)
        while start != -1:
            length = len(head)
            while length < len(variant) and start + length < len(text) and text[start + length] == variant[length]:
                length += 1
            found.append((start, start + length, note))
            start = text.find(head, start + length)
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, note in found:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end, merged[-1][2])
            continue
        merged.append((start, end, note))
    return merged


def note_line(note: str) -> str:
    """The one line a reader sees in place of a folded sentence."""
    return f"[Folded sentence: it {note}.]"


def fold_text(text: str) -> str:
    """``text`` with every folded sentence replaced by its note in brackets (for text versions)."""
    found = spans(text)
    if not found:
        return text
    out, position = [], 0
    for start, end, note in found:
        out.append(text[position:start])
        out.append(note_line(note))
        position = end
    out.append(text[position:])
    return "".join(out)


def is_folded(text: str) -> bool:
    """True if ``text`` shows (part of) a folded sentence."""
    return bool(spans(text))
