"""Split a paragraph into sentences, keeping each sentence's character span."""

from __future__ import annotations

import re

from newslit.text.compiled import regex

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gov sen rep gen col lt sgt capt rev messrs
    jan feb mar apr jun jul aug sep sept oct nov dec calif fla mass conn ariz
    inc co corp ltd llc dept univ no nos vs v etc approx est fig figs vol pp
    e.g i.e a.m p.m u.s u.k u.n e.u d.c""".split()
)

_BOUNDARY = regex(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])"
    # Chinese and Japanese full stops end a sentence wherever they are: no space follows them.
    r"|[。！？]+[」』”’）》〉]*(?=\s*\S)"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` span of each sentence in ``text``.

    Parameters
    ----------
    text : str
        One paragraph of cleaned text.

    Returns
    -------
    list of (int, int)
        Spans cover the sentences without surrounding white space; empty for an empty or
        all-white-space string.

    Notes
    -----
    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets)
    followed by white space and a capital letter, a digit or an opening quote, and at a
    Chinese or Japanese full stop ``。``, ``！`` or ``？`` (with any closing marks) followed
    by more text, with or without a space. No split
    after common abbreviations ("Jan.", "U.S.", "Dr."), a single initial ("J. Smith", but a
    unit after a number ends a sentence: "hit 40C. Roads melted.") or
    initials ("E.J. Antoni", "T.H. Chan"), nor after a legal text's "Art.", "Sec." or "para."
    before a number ("Art. 65(1)"), nor inside a quotation: a quote of two sentences stays one sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    quoted = _inside_quotes(text)
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        if quoted[match.end() - 1]:
            continue
        _append(text, start, match.end(), spans)
        start = match.end()
    _append(text, start, len(text), spans)
    return spans


def _inside_quotes(text: str) -> list[bool]:
    """Per character: is it inside a double-quoted passage (after its closing mark)?

    Curly and straight quotes are tracked together, because extracted text mixes them
    (an opening ``"`` closed by ``”``).
    """
    if '"' not in text and "“" not in text:  # no quotation opens: most paragraphs, read without the loop
        return [False] * len(text)
    inside, depth = [], 0
    for char in text:
        if char == "“" or (char == '"' and depth == 0):
            depth += 1
        elif char in '”"' and depth > 0:
            depth -= 1
        inside.append(depth > 0)
    return inside


# Abbreviations of a legal text's parts, abbreviations only before a number ("Art. 65(1)", "Sec. 301", "para. 4"):
# "modern art. The museum" still ends a sentence.
NUMBERED_ABBREVIATIONS = frozenset("art arts sec secs para paras ch chap cl".split())


# "wrote on X.", "posted via X.": the social network, not an initial
_NOT_AN_INITIAL = re.compile(r"\b(?:on|via)\s+X$")


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[:dot])
    if not word:
        return False
    token = word.group(1).lower()
    if token in NUMBERED_ABBREVIATIONS:
        return re.match(r"\.\s+\(?\d", text[dot:]) is not None
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token) and word.group(1).isupper():
        return True  # initials with their dots: "E.J. Antoni", "the Harvard T.H. Chan School"
    if len(token) == 1 and text[dot - 1].isupper():
        # an initial ("J. Smith") stands alone; a unit after a number ends a sentence ("a record 40C. Roads melted.")
        if _NOT_AN_INITIAL.search(text, max(0, dot - 8), dot):
            return False  # "the minister wrote on X. “We will …”": the social network X, not an initial
        return dot < 2 or not text[dot - 2].isalnum()
    return token in ABBREVIATIONS


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + piece.index(stripped)
        spans.append((offset, offset + len(stripped)))
