"""Word-level changes between a primary sentence and its retelling.

Used on ``reworded`` sentences: which words the outlet changed ("purportedly" ->
"allegedly"), dropped or inserted. Words are compared by stem (:mod:`newslit.text.tokens`), so
"account" / "accounts" is not a change; the words reported are the words as written.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from newslit.text.compiled import regex
from newslit.text.tokens import stem

_WORD = regex(r"[\w’'-]+")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m[0], *m.span()) for m in _WORD.finditer(text)]  # m.span(): one call, not two


@lru_cache(maxsize=65536)  # a case uses a few thousand distinct words, each met many times
def _key(word: str) -> str:
    return stem(word.lower().replace("’", "'").removesuffix("'s"))


@lru_cache(maxsize=4096)  # the primary's sentences: each is compared with many retellings
def _keyed(text: str) -> tuple[list[tuple[str, int, int]], list[str]]:
    words = _words(text)
    return words, [_key(w) for w, _, _ in words]


def word_changes(old: str, new: str) -> list[dict]:
    """The changes that turn ``old`` (the primary's words) into ``new`` (the retelling's).

    Parameters
    ----------
    old, new : str
        Two sentences. Either may be empty.

    Returns
    -------
    list of dict
        In the order of ``new``. Fields: ``op`` (``replace`` | ``delete`` | ``insert``),
        ``old`` and ``new`` (the words as written, "" when none), ``new_start`` and
        ``new_end`` (character offsets of ``new`` in the retold sentence; for a deletion,
        the empty span where the words were dropped), ``inside`` (True when words both
        sentences share come just before and just after: a swap within aligned wording,
        not a clause at either end rewritten).

    Notes
    -----
    Two identical sentences give []. Difference in case, punctuation or word form only
    ("Accounts" / "account") is not a change. Reordered clauses show as a deletion plus an
    insertion: the alignment keeps the order of words.
    """
    a, a_keys = _keyed(old)
    # the retelling's words as matches: keyed without a Python loop, located only where changed
    b = list(_WORD.finditer(new))
    changes = []
    codes = SequenceMatcher(None, a_keys, list(map(_key, map(re.Match.group, b))), autojunk=False).get_opcodes()
    for number, (op, i1, i2, j1, j2) in enumerate(codes):
        if op == "equal":
            continue
        inside = 0 < number < len(codes) - 1 and codes[number - 1][0] == codes[number + 1][0] == "equal"
        old_text = old[a[i1][1] : a[i2 - 1][2]] if i2 > i1 else ""
        if j2 > j1:
            start, end = b[j1].start(), b[j2 - 1].end()
        else:
            start = end = b[j1 - 1].end() if j1 else 0
        changes.append(
            {"op": op, "old": old_text, "new": new[start:end], "new_start": start, "new_end": end, "inside": inside}
        )
    return changes


def kept_share(old: str, new: str) -> float:
    """The share of the two sentences' words that stand, in order, in both (compared by stem).

    Counted against the longer of the two, so a short retelling of a long sentence and a
    long retelling of a short one both score low. Low for a free paraphrase (the same point
    in mostly new words), where pairing the words that differ would set side by side words
    that do not correspond. 0 when either sentence has no words.
    """
    a_keys = _keyed(old)[1]
    b_keys = [_key(w) for w, _, _ in _words(new)]
    if not a_keys or not b_keys:
        return 0.0
    matcher = SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(a_keys), len(b_keys))
