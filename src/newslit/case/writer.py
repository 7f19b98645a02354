"""Write a case folder from articles held in memory (the notebook's form uses this).

Writing is all or nothing: the folder is built beside its destination, validated with
:func:`newslit.load_case`, and only then moved into place. An existing folder is never
overwritten.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from newslit.case.errors import CaseError, Problem

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


@dataclass
class NewArticle:
    """An article to write into a new case. Only ``outlet`` and ``text`` are required."""

    outlet: str
    text: str
    headline: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    language: str = "en"
    translated_from: str | None = None
    kind: str | None = None
    id: str | None = None


def toml_string(value: str) -> str:
    """A TOML basic string for ``value`` (JSON's escapes are all valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


def slugify(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A valid, unused article id from ``name``: ``"The Daily Yell!"`` → ``"the-daily-yell"``.

    Empty or symbol-only names give ``"article"``; a taken id gets ``-2``, ``-3``, ...
    """
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40].strip("-") or "article"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def parse_date(text: str) -> dt.date | None:
    """Find a date in a date line: ``2023-06-07``, ``June 7, 2023``, ``14 March 2025``.

    Returns None when there is none, or when it is not a real date (``2023-02-30``).
    """
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    try:
        if iso:
            return dt.date(*map(int, iso.groups()))
        us = re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", text)
        if us and us.group(1).lower() in _MONTHS:
            return dt.date(int(us.group(3)), _MONTHS[us.group(1).lower()], int(us.group(2)))
        eu = re.search(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b", text)
        if eu and eu.group(2).lower() in _MONTHS:
            return dt.date(int(eu.group(3)), _MONTHS[eu.group(2).lower()], int(eu.group(1)))
    except ValueError:
        return None
    return None


def render_case_toml(title: str, question: str, primary: str, entries: list[dict], *, guide: bool = False) -> str:
    """The text of a ``case.toml``.

    Parameters
    ----------
    entries : list of dict
        One dict per article with the keys of ``[[article]]`` (None values are left out).
    guide : bool
        Add comments that explain each key to a teacher filling the file in by hand.
    """
    lines = []
    if guide:
        lines += [
            "# A newslit case. Fill in what you know, leave out what you do not (never guess),",
            "# then run `newslit check` on this folder until it says ok.",
            "",
        ]
    lines += ["[case]", f"title = {toml_string(title)}", f"question = {toml_string(question)}"]
    lines.append(
        f"primary = {toml_string(primary)}" + ("  # the id of the original report the others retold" if guide else "")
    )
    comments = {
        "outlet": "who published it",
        "headline": "the headline as published",
        "byline": "the author(s)",
        "published": "a date without quotes: 2024-05-31",
        "translated_from": "the original's language, if this is a translation",
        "kind": "investigation | wire | news | blog | opinion | press-release | report",
    }
    for entry in entries:
        lines += ["", "[[article]]"]
        for key in (
            "id",
            "file",
            "outlet",
            "headline",
            "byline",
            "published",
            "language",
            "translated_from",
            "kind",
            "notes",
        ):
            value = entry.get(key)
            comment = f"  # {comments[key]}" if guide and key in comments else ""
            if value is None:
                if guide and key in ("headline", "byline", "published", "kind"):
                    lines.append(f"# {key} = ...{comment}")
                continue
            rendered = value.isoformat() if isinstance(value, dt.date) else toml_string(str(value))
            lines.append(f"{key} = {rendered}{comment}")
    return "\n".join(lines) + "\n"


def write_case(folder: str | Path, *, title: str, question: str, articles: list[NewArticle], primary: int = 0) -> Path:
    """Write a new case folder and check it.

    Parameters
    ----------
    folder : str or Path
        Where the case goes; it must not exist yet (or be an empty folder).
    title, question : str
        The case's title and the question learners answer.
    articles : list of NewArticle
        At least one; texts are written as given, as UTF-8.
    primary : int
        Index in ``articles`` of the primary (original) report.

    Returns
    -------
    Path
        The case folder.

    Raises
    ------
    CaseError
        When the folder exists and is not empty, or when the written case does not pass
        :func:`newslit.load_case` (the messages say which article and what to fix). Nothing
        is left behind in either case.
    """
    from newslit.case.load import load_case

    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise CaseError(
            [
                Problem(
                    str(folder),
                    "this folder already exists and is not empty",
                    "choose a new folder name, or move the old one away",
                )
            ]
        )
    problems = []
    if not title.strip():
        problems.append(Problem(str(folder), "the case has no title", "type a short title"))
    if not question.strip():
        problems.append(Problem(str(folder), "the case has no question", "type the question learners should answer"))
    if not articles:
        problems.append(
            Problem(str(folder), "the case has no articles", "add the primary report and at least one retelling")
        )
    for number, article in enumerate(articles, start=1):
        if not article.outlet.strip():
            problems.append(Problem(f"article {number}", "no outlet", "type who published it"))
        if not article.text.strip():
            problems.append(Problem(f"article {number}", "no text", "paste or upload the article's text"))
    if not 0 <= primary < max(len(articles), 1):
        problems.append(Problem(str(folder), "no primary article chosen", "mark which article is the original report"))
    if problems:
        raise CaseError(problems)

    taken: set[str] = set()
    entries = []
    for article in articles:
        article_id = article.id or slugify(article.outlet, taken)
        taken.add(article_id)
        entries.append(
            {
                "id": article_id,
                "file": f"{article_id}.txt",
                "outlet": article.outlet.strip(),
                "headline": (article.headline or "").strip() or None,
                "byline": (article.byline or "").strip() or None,
                "published": article.published,
                "language": article.language or "en",
                "translated_from": article.translated_from or None,
                "kind": article.kind or None,
            }
        )
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for entry, article in zip(entries, articles):
            (staging / entry["file"]).write_text(article.text, encoding="utf-8")
        toml = render_case_toml(title.strip(), question.strip(), entries[primary]["id"], entries)
        (staging / "case.toml").write_text(toml, encoding="utf-8")
        try:
            load_case(staging)
        except CaseError as exc:
            raise CaseError(
                [Problem(p.file.replace(staging.name, folder.name), p.what, p.fix, p.line) for p in exc.problems]
            ) from None
        if folder.exists():
            folder.rmdir()
        staging.rename(folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return folder
