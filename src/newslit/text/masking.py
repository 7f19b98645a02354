"""Mask explicit terms (abusive hashtags, account names, slurs) in what learners see.

Masking keeps the length of the text (each masked letter becomes •), so character
offsets stay valid. It is on by default; a teacher turns it off explicitly with the
environment variable ``NEWSLIT_SHOW_EXPLICIT=1`` (see the teacher guide).
"""

from __future__ import annotations

import csv
import os
import re
from functools import lru_cache

from newslit.text.compiled import regex
from newslit.text.lexicon import DATA_DIR

TERMS_FILE = DATA_DIR / "explicit_terms.csv"
SHOW_EXPLICIT_ENV = "NEWSLIT_SHOW_EXPLICIT"
MASK_CHAR = "•"
# Any hashtag built on these stems is masked too, so a teacher's own case is covered
# without listing every variant.
_HASHTAG_STEMS = r"pedo|preteen|teen\s*sex|nsfw|incest|cp\b|loli|jailbait|underage"


def explicit_shown() -> bool:
    """True only when a teacher has set ``NEWSLIT_SHOW_EXPLICIT=1``."""
    return os.environ.get(SHOW_EXPLICIT_ENV, "").strip() == "1"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    with TERMS_FILE.open(encoding="utf-8") as handle:
        terms = sorted(
            {row["term"].strip() for row in csv.DictReader(handle) if row["term"].strip()}, key=len, reverse=True
        )
    # A short capitalised abbreviation ("CP") is matched in capitals only: "cp" is a word too.
    listed = "|".join(f"(?-i:{re.escape(t)})" if _abbreviation(t) else re.escape(t) for t in terms)
    return regex(rf"(?<![\w#])(?:{listed})(?!\w)|#\w*(?:{_HASHTAG_STEMS})\w*", re.IGNORECASE)


def _abbreviation(term: str) -> bool:
    """True for a term of two or three capitals ("CP"), matched in capitals only."""
    return 2 <= len(term) <= 3 and term.isalpha() and term.isupper()


def mask_term(term: str) -> str:
    """Keep the first letter (and a leading #), replace every other letter or digit.

    >>> mask_term("#example")
    '#e••••••'
    """
    keep = 2 if term.startswith("#") else 1
    return term[:keep] + "".join(MASK_CHAR if c.isalnum() else c for c in term[keep:])


def mask(text: str, show_explicit: bool | None = None) -> str:
    """Return ``text`` with explicit terms masked, unless explicit terms are shown.

    Parameters
    ----------
    text : str
        Any text; an empty string gives an empty string.
    show_explicit : bool, optional
        Overrides the teacher setting (:func:`explicit_shown`).

    Notes
    -----
    The result has the same length as ``text``. Matching ignores case and whole words
    only ("slut" masks "slut" but not "slutter"); a listed abbreviation of two or three
    capitals ("CP") is masked in capitals only, so "CPU" and "cp" stay; hashtags
    containing a listed stem are masked whatever follows.
    """
    if show_explicit is None:
        show_explicit = explicit_shown()
    if show_explicit or not text:
        return text
    return _pattern().sub(lambda m: mask_term(m.group()), text)
