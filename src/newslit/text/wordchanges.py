"""Word-level changes between a primary sentence and its retelling.

Used on ``reworded`` sentences: which words the outlet changed ("purportedly" ->
"allegedly"), dropped or inserted. Words are compared by stem (:mod:`newslit.text.tokens`), so
"account" / "accounts" is not a change; the words reported are the words as written.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from newslit.text.tokens import stem

_WORD = re.compile(r"[\w’'-]+")


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
    codes = _opcodes(a_keys, list(map(_key, map(re.Match.group, b))))
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


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """``SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``, the same list, sooner.

    Word keys have no junk and, with ``autojunk=False``, no popular words, so difflib's junk
    checks and its objects can be left out; the blocks are found as difflib finds them: the
    longest matching block, the earliest in ``a`` then in ``b`` among the longest, then the
    same again on either side of it.
    """
    b2j: dict[str, list[int]] = {}
    for j, key in enumerate(b):
        b2j.setdefault(key, []).append(j)
    blocks = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        i, j, k = found = _longest_match(a, b2j, alo, ahi, blo, bhi)
        if k:
            blocks.append(found)
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    blocks.sort()
    codes = []
    i = j = 0
    for ai, bj, size in [*_joined(blocks), (len(a), len(b), 0)]:
        tag = "replace" if i < ai and j < bj else "delete" if i < ai else "insert" if j < bj else ""
        if tag:
            codes.append((tag, i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            codes.append(("equal", ai, i, bj, j))
    return codes


def _longest_match(a: list[str], b2j: dict[str, list[int]], alo: int, ahi: int, blo: int, bhi: int):
    """``(i, j, k)``: the longest ``a[i:i+k] == b[j:j+k]`` in the ranges, earliest in ``a``, then in ``b``.

    ``(alo, blo, 0)`` when nothing matches. ``k`` is the length of the match ending at each
    pair, built from the one before; with no junk, such a match cannot grow at either end.
    """
    besti, bestj, bestsize = alo, blo, 0
    ending: dict[int, int] = {}  # j -> length of the match ending at a[i - 1], b[j]
    for i in range(alo, ahi):
        ending_get, ending = ending.get, {}
        for j in b2j.get(a[i], ()):
            if j < blo:
                continue
            if j >= bhi:
                break
            k = ending[j] = ending_get(j - 1, 0) + 1
            if k > bestsize:
                besti, bestj, bestsize = i - k + 1, j - k + 1, k
    return besti, bestj, bestsize


def _joined(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Sorted matching blocks with each run of adjacent ones joined into one."""
    joined = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                joined.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        joined.append((i1, j1, k1))
    return joined


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
