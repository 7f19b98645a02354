"""Citations in a case's answer key and question files: where a fact or a quotation comes from.

A key row that states a fact names its source in a ``source`` column (a question names it
in a ``source`` field). A source is one citation or several, separated by ``;``:

``003_8f625a04012adfeb.txt:51``
    line 51 of an article file of the case folder (``21-23`` for lines 21 to 23);
``case-facts.md, Accountability context: "filed 8 March 2023"``
    words from a section (a ``##`` heading) of a notes file of the case folder.

:func:`parse` reads a source, :func:`cited_text` finds the text it points at (and says
in words when there is none), and :func:`quotations` with :func:`is_quoted_in` check that
a quotation is word for word in it: curly and straight quotes, capitals and spaces are
ignored (:func:`newslit.case.key.key_text`), a masked word (``#p••••``) stands for any
word with the same first letters, and an ellipsis (``…`` or ``...``) for left-out words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newslit.case.key import key_text
from newslit.text.compiled import regex

__all__ = ["Citation", "cited_text", "in_words", "is_quoted_in", "parse", "quotations"]

_LINE = regex(r"^(?P<file>[^\s:;]+\.txt):(?P<first>\d+)(?:-(?P<last>\d+))?$")
_NOTE = regex(r'^(?P<file>[^\s:;,]+\.md),\s*(?P<section>[^:"]+?)\s*:\s*"(?P<words>[^"]+)"$')
_QUOTED = regex(r"“([^”]*)”|\"([^\"]*)\"")
_ELLIPSIS = regex(r"\s*(?:…|\.\.\.)\s*")
_MASKED = regex(r"(\S*?)•+")
_LINK = regex(r"\[([^\]]*)\]\(#\)")


@dataclass(frozen=True)
class Citation:
    """One citation: lines of an article file, or words from a section of a notes file."""

    written: str
    file: str
    lines: tuple[int, int] | None = None
    section: str | None = None
    words: str | None = None


def parse(source: str) -> list[Citation]:
    """The citations in ``source`` (separated by ``;`` outside quotation marks).

    Raises
    ------
    ValueError
        For a piece that is neither ``file.txt:line`` nor ``file.md, Section: "words"``,
        with the piece and the two forms.
    """
    pieces = [p.strip() for p in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', source) if p.strip()]
    found = []
    for piece in pieces:
        line, note = _LINE.match(piece), _NOTE.match(piece)
        if line:
            first = int(line["first"])
            found.append(Citation(piece, line["file"], (first, int(line["last"] or first))))
        elif note:
            found.append(Citation(piece, note["file"], section=note["section"].strip(), words=note["words"]))
        else:
            raise ValueError(
                f'cannot read the citation "{piece}": write file.txt:LINE (an article file and line) '
                'or file.md, Section: "words from that section"'
            )
    return found


def _section(text: str, heading: str) -> str | None:
    """The text under the ``##`` heading ``heading`` (up to the next ``##``), or None."""
    parts = re.split(r"^##\s+(.+?)\s*$", text, flags=re.MULTILINE)
    for name, body in zip(parts[1::2], parts[2::2]):
        if name.strip().lower() == heading.strip().lower():
            return body
    return None


def cited_text(folder: Path, citation: Citation) -> str:
    """The text ``citation`` points at in the case folder ``folder``.

    Raises
    ------
    LookupError
        When the file, the line or the section does not exist, a cited line is empty, or
        the cited words are not in their section; the message says which.
    """
    path = Path(folder) / citation.file
    if not path.is_file():
        raise LookupError(f"{citation.written}: there is no file {citation.file} in {folder}")
    text = path.read_text(encoding="utf-8")
    if citation.lines:
        first, last = citation.lines
        lines = text.splitlines()
        if not 1 <= first <= last <= len(lines):
            raise LookupError(f"{citation.written}: {citation.file} has lines 1 to {len(lines)}")
        cited = "\n".join(lines[first - 1 : last])
        if not cited.strip():
            raise LookupError(f"{citation.written}: that line is empty")
        return cited
    body = _section(text, citation.section or "")
    if body is None:
        raise LookupError(f'{citation.written}: {citation.file} has no section "## {citation.section}"')
    if not is_quoted_in(citation.words or "", body):
        raise LookupError(f'{citation.written}: the words "{citation.words}" are not in that section')
    return body


def quotations(text: str) -> list[str]:
    """The quotations in ``text``: what stands between straight or curly double quotes."""
    return [a or b for a, b in _QUOTED.findall(text) if (a or b).strip()]


def _pattern(part: str) -> str:
    """A regular expression for one piece of a quotation, masked words matching any word."""
    out, last = [], 0
    for match in _MASKED.finditer(part):
        out.append(re.escape(part[last : match.start()]) + re.escape(match[1]) + r"\w*")
        last = match.end()
    return "".join(out) + re.escape(part[last:])


def is_quoted_in(quote: str, text: str) -> bool:
    """Is ``quote`` word for word in ``text``?

    Quotation marks, capitals and spaces are ignored, and so is the quotation's last
    punctuation mark (a quotation may end with a full stop where the text goes on); ``…``
    stands for left-out words, a masked word for any word with the same first letters, and
    a link written ``[text](#)`` in ``text`` reads as its text.
    """
    parts = [key_text(p) for p in _ELLIPSIS.split(quote.strip())]
    parts[-1] = parts[-1].rstrip(".,;:!?")
    pattern = r".*?".join(_pattern(p) for p in parts if p)
    if not pattern:
        return False
    pattern = (r"(?<!\w)" if pattern[0].isalnum() else "") + pattern + (r"(?!\w)" if parts[-1][-1:].isalnum() else "")
    return bool(pattern) and re.search(pattern, key_text(_LINK.sub(r"\1", text)), flags=re.DOTALL) is not None


def in_words(source: str, names: dict[str, str]) -> str:
    """``source`` as a reader names it: an article file by ``names[file]`` (its outlet) and line.

    ``"003_….txt:15"`` becomes ``"The Wall Street Journal, line 15"``; a notes entry is
    shown as written. A source that is not in citation form is returned unchanged.
    """
    try:
        found = parse(source)
    except ValueError:
        return source
    shown = []
    for citation in found:
        if citation.lines:
            first, last = citation.lines
            where = f"line {first}" if first == last else f"lines {first}-{last}"
            shown.append(f"{names.get(citation.file, citation.file)}, {where}")
        else:
            shown.append(citation.written)
    return "; ".join(shown)
