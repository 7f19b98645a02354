"""A small count told with the names it counts: "two of the chemicals — PFOA or PFOS".

A retelling that counts a few things and names them right after the count ("Two types of
those substances, PFOA and PFOS, will be limited …") gives a count a reader can check by
counting the names. When the primary names every one of them in one of its sentences, the
count is the primary's, even where the primary never prints the number: the EPA's rule sets
a limit "for PFOA and PFOS", and two is how many it names.

Only names count (a capital letter or a digit in each: "PFOA", "HFPO-DA", "Latvia",
"Rutgers University"), never common words ("cancer, asthma and diabetes" could be any
illnesses the primary lists in other words), and only when there are exactly as many as the
count says. Nothing here can accuse: a count that disagrees with its own list, or a list the
primary does not name, is left to the rest of the engine.
"""

from __future__ import annotations

import re

from newslit.case.model import Sentence
from newslit.text.compiled import regex
from newslit.text.numbers import Figure

FEWEST, MOST = 2, 12
"""The counts read this way: a list of more than a dozen names is rarely written out in a news sentence."""

# One name: up to three words, each starting with a capital letter or a digit ("PFOA", "HFPO-DA", "Rutgers University").
_NAME = r"[A-Z0-9][\w’'.-]*(?:\s+[A-Z0-9][\w’'.-]*){0,2}"
# After the count: a few lower-case words ("of the chemicals", "types of those substances"), then a comma, a colon, a
# bracket or a dash, then the names joined by commas, "and" or "or".
_LISTED = regex(
    rf"(?:\s+[a-z]+){{0,4}}?\s*(?:[,:(]|\s[—–-])\s*((?:{_NAME})(?:\s*,\s*(?:{_NAME}))*(?:,?\s+(?:and|or)\s+(?:{_NAME})))"
    r"(?![\w’'-]|\s+[A-Z0-9])"
)
_JOINS = regex(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def listed_names(text: str, figure: Figure) -> list[str]:
    """The names a count is followed by, when there are exactly as many as it says, else [].

    Examples
    --------
    "two of the chemicals — PFOA or PFOS" gives ["PFOA", "PFOS"]; "three states, Ohio and
    Iowa" gives [] (two names for a count of three); "two of the chemicals, which" gives [].
    """
    if figure.kind != "count" or figure.hedge not in (None, "exact") or figure.value is None:
        return []
    if not (FEWEST <= figure.value <= MOST) or figure.value != int(figure.value):
        return []
    found = _LISTED.match(text, figure.end)
    if found is None:
        return []
    names = [n for n in _JOINS.split(found.group(1)) if n]
    return names if len(names) == int(figure.value) else []


def naming_sentence(names: list[str], sentences) -> tuple[Sentence, int, int] | None:
    """The sentence of ``sentences`` that names every one of ``names`` as a whole word, and where in it the first name
    starts and the last ends.

    Of several, the one that names them closest together ("MCLGs for PFOA and PFOS at zero"
    rather than a list of six that holds both), then the first. None when no sentence names
    them all.
    """
    patterns = [re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])") for n in names]
    best, best_span = None, None
    for sentence in sentences:
        found = [p.search(sentence.text) for p in patterns]
        if not all(found):
            continue
        start, end = min(m.start() for m in found), max(m.end() for m in found)
        if best_span is None or end - start < best_span:
            best, best_span = (sentence, start, end), end - start
    return best
