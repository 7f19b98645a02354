"""Separate an article's own text from what surrounds it on the page.

Files are kept exactly as they came; cleaning never edits them. It finds the blocks
(lines) that are the article's text and the ones that are not (mastheads, photo captions
and credits, bylines, tag lists, comment forms, syndication notices, "Advertisement" and
share-button lines), the inline markup inside kept text (``[text](#)`` links, an outlet's
"(Name) — " dateline), and paragraphs split by a page break. Every change is recorded with
its offsets in the original file, so any cleaned character maps back to the file.

The rules are about page furniture in general, not about any one outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslit.text.compiled import regex

REMOVAL_REASONS = {
    "masthead": "the publication's name printed above the article",
    "credit": "a photo or image credit",
    "caption": "a photo caption (it sits just above a photo credit)",
    "byline": "the byline or date line (the writer and date are listed in the articles table)",
    "dateline": "a date line or an outlet's name before the first sentence",
    "tags": "a list of topic tags under the article",
    "boilerplate": "page furniture: share buttons, newsletter boxes, contact lines, licence notes",
    "comments": "the comment form and anything after it",
    "link_markup": "link markup around words ([words](link)); the words are kept",
    "page_break": "a paragraph split by a page break, joined again",
    "byte_order_mark": "an invisible byte-order mark at the start of the file",
}

# Lines that are page furniture wherever they appear. Each pattern is matched against
# the whole stripped line, case-insensitively.
_BOILERPLATE = [
    r"advertisement",
    r"(story continues|article continues) below( advertisement)?",
    r"(share|tweet|email|print|copy link|save)( (this|the) (article|story|page))?( on \w+)?",
    r"(share|follow us)( on)?(:|\s+)((facebook|twitter|x|linkedin|whatsapp|email|reddit|instagram)[,\s|]*)+",
    r"(sign up|subscribe)\b.*",
    r".*\bnewsletter\b.{0,80}",
    r"(read more|related|recommended|see also|more on this story|most popular)\b.{0,120}",
    r"write to .{0,80}@.{0,200}",
    r"(this|the) (story|article) (was )?originally (was )?published (by|on|in) .{0,120}",
    r"content created by .{0,200}available without charge.*",
    r".*\bfor licensing opportunities\b.*",
    r"(copyright|©|\(c\)).{0,160}",
    r".*\ball rights reserved\.?",
    r"skip to (main )?content",
    r"(home|menu|search)(\s*[|›>/»]\s*[\w &-]+)+",
    r"(click|tap) here.{0,120}",
    r"(photo|image|video)s?:?\s*(getty|reuters|ap|afp|shutterstock).{0,80}",
]
_BOILERPLATE_RE = regex("(?:" + "|".join(f"(?:{p})" for p in _BOILERPLATE) + r")\Z", re.I)
_COMMENTS_RE = regex(r"(leave a (reply|comment)|post a comment|add a comment|\d+ comments?|comments?)\s*:?\Z", re.I)
_CREDIT_RE = regex(r"(photo(graph)?|image|credit|illustration|video|source)s?\s*:\s*\S.*\Z", re.I)
_BYLINE_RE = regex(r"((?i:date)\s+\S+\s+)?[Bb]y\s+[A-Z\[][^.!?]{0,120}\Z")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE_RE = regex(
    rf"((date|published|updated|posted)\s*:?\s*|[A-Z][\w .'-]{{0,60}},\s*)?"
    rf"(\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
    rf"([\s,]+(at\s+)?\d{{1,2}}[:.]\d{{2}}\s*([ap]\.?m\.?)?\s*[A-Z]{{0,4}})?\Z",
    re.I,
)
_BULLET_RE = regex(r"[•·▪◦\-*–]\s+\S")
_LINK_RE = regex(r"\[([^\[\]\n]+)\]\(([^()\s]*)\)")
_LEAD_DATELINE_RE = regex(r"(?:[A-Z][A-Z .,'-]{1,40}\s)?\([A-Z][\w .&'-]{1,40}\)\s*[—–-]{1,2}\s*")
_TERMINAL = ".!?…。！？"
_CLOSERS = "\"'”’»)]*」』）》〉"


@dataclass(frozen=True)
class Edit:
    """Characters ``start:end`` of the file are replaced by ``replacement`` for analysis."""

    start: int
    end: int
    replacement: str
    kind: str


@dataclass(frozen=True)
class Removal:
    """A block of the file kept out of the analysed text, and why."""

    start: int
    end: int
    kind: str
    text: str

    @property
    def reason(self) -> str:
        return REMOVAL_REASONS[self.kind]


@dataclass(frozen=True)
class Block:
    """A paragraph of kept text: ``start:end`` in the file, with a role.

    ``role`` is ``headline``, ``dek`` (the line under the headline), ``subhead`` (a
    heading inside the article) or ``body``.
    """

    start: int
    end: int
    role: str
    paragraph: int


@dataclass(frozen=True)
class CleanedText:
    """The result of :func:`clean`: kept blocks, removed blocks and inline edits."""

    raw: str
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...]
    edits: tuple[Edit, ...]

    def text_of(self, start: int, end: int) -> tuple[str, list[int]]:
        """The cleaned text of file span ``start:end`` and, per character, its file offset.

        Inserted characters (the space that joins a page break) map to the start of the
        span they replace.
        """
        return apply_edits(self.raw, start, end, self.edits)


def apply_edits(raw: str, start: int, end: int, edits) -> tuple[str, list[int]]:
    """Apply the ``edits`` that fall inside ``raw[start:end]``; return text and origin map."""
    out: list[str] = []
    origin: list[int] = []
    position = start
    for edit in edits:
        if edit.end <= start or edit.start >= end:
            continue
        edit_start, edit_end = max(edit.start, start), min(edit.end, end)
        out.append(raw[position:edit_start])
        origin.extend(range(position, edit_start))
        out.append(edit.replacement)
        origin.extend([edit_start] * len(edit.replacement))
        position = edit_end
    out.append(raw[position:end])
    origin.extend(range(position, end))
    return "".join(out), origin


_BULLETS = "•·▪‣◦*-–"


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ")[-1:] in _TERMINAL


def _continues(raw: str, start: int, end: int, next_start: int) -> bool:
    """Does the kept line at ``next_start`` go on with the sentence of the line ``start:end``?

    Yes when that line ends no sentence and the next starts in lower case (a page break); and,
    with only a line break between them (a page that keeps its printed lines), when the next
    starts with a number or a currency sign ("… household spending in late" / "2024 will
    persist.") or the line ends with a word no sentence or heading ends on ("… legal action with
    the" / "Fair Work Commission against Qantas.").
    """
    line = raw[start:end]
    if _ends_sentence(line):
        return False
    if raw[next_start].islower():
        return True
    if raw[end:next_start].count("\n") != 1:
        return False  # a blank line between: two paragraphs
    words = line.split()
    if len(words) < _BODY_WORDS:
        return False  # a short line is a heading or a byline ("By", "Paul Wiseman"), kept apart
    return raw[next_start] in _GOES_ON or words[-1].lower() in _NEVER_LAST


_GOES_ON = frozenset("0123456789$€£₹")
_BODY_WORDS = 8  # a printed line of body text; headings, bylines and datelines are shorter
_NEVER_LAST = frozenset("the a an of to with and or for in on at by from as than that".split())


_LABELLED_FIGURE = regex(r"^\W*[A-Z][A-Z .&'-]{0,30}:\s*[$€£₹]?\d[\d,.]*\s*%?\s*$")


def _classify_line(text: str) -> str | None:
    if _COMMENTS_RE.match(text):
        return "comments"
    if _BOILERPLATE_RE.match(text) or "[email protected]" in text:
        return "boilerplate"
    if _CREDIT_RE.match(text):
        return "credit"
    # All capitals: a capital and no small letter (scripts without capitals, as Chinese, never are).
    # Most lines show both within their first few letters, so both scans stop early.
    if any(c.isupper() for c in text) and not any(c.islower() for c in text):
        if _LABELLED_FIGURE.match(text):
            return None  # "UK: 386,960", a list's line of a name and its figure: the article's own data
        return "credit" if "/" in text else "masthead" if len(text.split()) <= 8 else None
    if _DATELINE_RE.match(text):
        return "dateline"
    if _BYLINE_RE.match(text) and len(text.split()) <= 16:
        return "byline"
    return None


def clean(raw: str) -> CleanedText:
    """Find the article's own text in ``raw``.

    Parameters
    ----------
    raw : str
        The file's text, exactly as read.

    Returns
    -------
    CleanedText
        Kept blocks in file order, removed blocks with their reason, inline edits.

    Notes
    -----
    - A line is a block; blank lines only separate.
    - A line just before a photo credit is a caption.
    - Three or more short bullet lines in a row are a tag list.
    - A comment form ("Leave a Reply") removes everything after it.
    - A kept line that does not end a sentence, followed (after any removed blocks) by a
      kept line starting in lower case, is one paragraph split by a page break; so is a
      line of body text (eight words or more) that ends on a small word ("with the") or is
      followed, after a single line break, by a line starting with a number or a currency
      sign: a page that keeps a statement's printed lines ("… spending in late" / "2024 will
      persist.").
    - Short lines without end punctuation are headings: before the first paragraph of
      body text the first is the headline and the others the dek; later ones subheads.
      A bulleted line of more than five words is body text even without end punctuation.
    - An empty string gives no blocks.
    """
    edits: list[Edit] = []
    if raw.startswith("\ufeff"):
        edits.append(Edit(0, 1, "", "byte_order_mark"))
    lines: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", raw):
        text = match.group()
        stripped = text.strip().lstrip("\ufeff").strip()
        if stripped:
            start = match.start() + text.index(stripped)
            lines.append((start, start + len(stripped)))

    kinds = [_classify_line(raw[s:e]) for s, e in lines]
    for i, kind in enumerate(kinds):
        if kind == "comments":
            kinds[i:] = ["comments"] * (len(kinds) - i)
            break
    _mark_tag_lists(raw, lines, kinds)
    for i in range(len(lines) - 1):
        if kinds[i] is None and kinds[i + 1] == "credit":
            kinds[i] = "caption"

    removed = tuple(Removal(s, e, k, raw[s:e]) for (s, e), k in zip(lines, kinds) if k is not None)
    kept = [(s, e) for (s, e), k in zip(lines, kinds) if k is None]

    merged: list[list[int]] = []
    for start, end in kept:
        if merged and _continues(raw, merged[-1][0], merged[-1][1], start):
            edits.append(Edit(merged[-1][1], start, " ", "page_break"))
            merged[-1][1] = end
        else:
            merged.append([start, end])

    blocks: list[Block] = []
    body_started = False
    for paragraph, (start, end) in enumerate(merged):
        text = raw[start:end]
        for link in _LINK_RE.finditer(text):
            edits.append(Edit(start + link.start(), start + link.start() + 1, "", "link_markup"))
            edits.append(Edit(start + link.end(1), start + link.end(), "", "link_markup"))
        lead = _LEAD_DATELINE_RE.match(text)
        if lead and not body_started or lead and paragraph == 0:
            edits.append(Edit(start, start + lead.end(), "", "dateline"))
        words = len(text.split())
        # A bulleted line of several words is a statement in a list ("• 2023 had a global-average
        # temperature of 14.98°C"), not a heading, even with no full stop.
        listed = text.lstrip()[:1] in _BULLETS and words > 5
        is_heading = not _ends_sentence(text) and not text[0].islower() and not listed
        if is_heading and not body_started and words <= 30:
            role = "headline" if not blocks else "dek"
        elif is_heading and body_started and words <= 12:
            role = "subhead"
        else:
            role = "body"
            body_started = True
        blocks.append(Block(start, end, role, paragraph))
    return CleanedText(raw, tuple(blocks), removed, tuple(sorted(edits, key=lambda e: e.start)))


def _mark_tag_lists(raw: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
    run: list[int] = []
    for i, (start, end) in enumerate(lines + [(0, 0)]):
        text = raw[start:end]
        short_bullet = (
            i < len(lines)
            and kinds[i] is None
            and _BULLET_RE.match(text)
            and len(text.split()) <= 5
            and not _ends_sentence(text)
        )
        if short_bullet:
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                kinds[j] = "tags"
        run = []
