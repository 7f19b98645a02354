"""How much a word tells: inverse document frequency over a set of sentences."""

from __future__ import annotations

import math
from collections.abc import Iterable


def idf(documents: Iterable[Iterable[str]], *, smooth: bool = False) -> dict[str, float]:
    """Inverse document frequency of every word of ``documents``.

    Parameters
    ----------
    documents : iterable of iterables of str
        Each document's words (a word counted once per document).
    smooth : bool
        ``False``: ``log(N / df)``, so a word in every document weighs 0. ``True``:
        ``log(1 + N / df)``, so every word weighs more than 0.

    Returns
    -------
    dict
        word -> weight, for the words that occur; N is the number of documents (1 when
        there are none, so an empty input gives ``{}``).
    """
    df: dict[str, int] = {}
    n = 0
    for words in documents:
        n += 1
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    n = n or 1
    if smooth:
        return {w: math.log(1 + n / d) for w, d in df.items()}
    return {w: math.log(n / d) for w, d in df.items()}
