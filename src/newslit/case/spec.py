"""Read and validate ``case.toml``: the description of a case folder.

The format is documented in the README ("Use it for another story"). Every problem is
collected, so a teacher fixes a hand-made file in one pass instead of one error at a time.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from newslit.case.errors import CaseError, Problem, display_path, os_problem
from newslit.text.compiled import regex

CASE_KEYS = {
    "title": "a short title for the case",
    "question": "the question learners answer",
    "primary": "the id of the primary article",
    "description": "optional longer description",
}
REQUIRED_CASE_KEYS = ("title", "question", "primary")

ARTICLE_KEYS = {
    "id": "short slug, unique in the case: a-z, 0-9 and -",
    "file": "path of the text file, relative to the case folder",
    "outlet": "who published it",
    "headline": "the headline as published",
    "byline": "the author(s)",
    "published": "publication date, e.g. 2023-06-07 (no quotes)",
    "language": "language code of this text, e.g. en",
    "translated_from": "language code of the original, if this is a translation",
    "kind": "investigation, wire, news, blog, opinion, ...",
    "notes": "anything a reader should know about this text",
    "sha256": "checksum of the file; newslit refuses a file that no longer matches",
}
REQUIRED_ARTICLE_KEYS = ("id", "file", "outlet")
KNOWN_KINDS = ("investigation", "wire", "news", "blog", "opinion", "press-release", "report")
ID_PATTERN = regex(r"[a-z0-9][a-z0-9-]*\Z")
LANGUAGE_PATTERN = regex(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")


@dataclass(frozen=True)
class ArticleSpec:
    """One ``[[article]]`` entry, validated; the text is not read yet."""

    id: str
    file: str
    path: Path
    outlet: str
    headline: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    language: str = "en"
    translated_from: str | None = None
    kind: str | None = None
    notes: str | None = None
    sha256: str | None = None
    line: int | None = None  # line of its [[article]] header in case.toml


@dataclass(frozen=True)
class CaseSpec:
    """The validated contents of ``case.toml``."""

    folder: Path
    title: str
    question: str
    primary: str
    description: str | None
    articles: tuple[ArticleSpec, ...]


def _key_lines(text: str) -> dict[tuple[str, int, str], int]:
    """Map (table, index, key) to the 1-based line where the key is set.

    ``table`` is ``"case"``, ``"article"`` or ``""`` (top level); ``index`` counts
    ``[[article]]`` headers from 0. A table header is recorded with key ``""``.
    """
    lines: dict[tuple[str, int, str], int] = {}
    table, counts = "", {"": 0}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?", stripped)
        if header:
            table = header.group(1)
            counts[table] = counts.get(table, -1) + 1
            lines.setdefault((table, counts[table], ""), number)
            continue
        key = re.match(r"([A-Za-z0-9_-]+)\s*=", stripped)
        if key:
            lines.setdefault((table, counts.get(table, 0), key.group(1)), number)
    return lines


def _near_miss(key: str, known: dict[str, str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if close:
        return f'did you mean "{close[0]}"? Known keys: {", ".join(known)}'
    return f"remove it or use one of: {', '.join(known)}"


def read_case_file(folder: Path) -> CaseSpec:
    """Parse and validate ``folder/case.toml``.

    Parameters
    ----------
    folder : Path
        The case folder.

    Returns
    -------
    CaseSpec

    Raises
    ------
    CaseError
        With every problem found: no case.toml, malformed TOML, unknown or missing keys,
        bad ids, duplicate ids, a primary that names no article, bad dates, files outside
        the folder. The article files themselves are checked by :mod:`newslit.case.article_text`.
    """
    folder = Path(folder)
    where = display_path(folder / "case.toml", folder)
    if not folder.exists() and folder.is_symlink():
        raise CaseError([Problem(str(folder), _BROKEN_LINK, "point the link at the case folder, or use its real path")])
    if not folder.exists():
        raise CaseError([Problem(str(folder), "no such folder", "check the path of the case folder")])
    if not folder.is_dir():
        raise CaseError(
            [Problem(str(folder), "this is a file, not a case folder", "give the folder that holds case.toml")]
        )
    toml_path = folder / "case.toml"
    if not toml_path.exists() and toml_path.is_symlink():
        raise CaseError(
            [Problem(where, f"case.toml is {_BROKEN_LINK}", "replace the link with the case.toml file itself")]
        )
    if toml_path.exists() and not toml_path.is_file():
        raise CaseError([Problem(where, "case.toml is not a file", "replace it with the case's case.toml text file")])
    if not toml_path.is_file():
        raise CaseError(
            [
                Problem(
                    where,
                    "no case.toml in this folder",
                    "create one (run `newslit new FOLDER` to scaffold it) or point at the right folder",
                )
            ]
        )
    try:
        text = toml_path.read_text(encoding="utf-8").removeprefix("\ufeff")  # Notepad's byte-order mark
    except OSError as error:
        raise CaseError([os_problem(where, error)]) from None
    except UnicodeDecodeError as exc:
        line = toml_path.read_bytes()[: exc.start].count(b"\n") + 1
        raise CaseError(
            [
                Problem(
                    where,
                    f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at byte {exc.start})",
                    "save the file as UTF-8",
                    line,
                )
            ]
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CaseError([_toml_problem(where, str(exc))]) from None
    except RecursionError:
        raise CaseError(
            [
                Problem(
                    where,
                    "brackets nested too deeply (lists or tables inside each other, hundreds of levels down)",
                    "a case.toml needs no nesting: keep [case] and [[article]] tables of key = value lines",
                )
            ]
        ) from None
    return _validate(folder, where, text, data)


def _toml_problem(where: str, message: str) -> Problem:
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    line = int(match.group(1)) if match else None
    what = re.sub(r"\s*\(at line \d+, column \d+\)", "", message).strip()
    if (
        "Cannot declare ('case',) twice" in message
        or "Cannot overwrite a value (at line" in message
        and "case" in message
    ):
        return Problem(where, "more than one [case] table", "keep a single [case] table at the top", line)
    if "Cannot declare" in message and "twice" in message:
        return Problem(
            where, f"malformed TOML: {what}", "each [table] may appear once; use [[article]] for articles", line
        )
    hint = "check quotes, brackets and `key = value` on this line (dates go without quotes: 2023-06-07)"
    return Problem(where, f"malformed TOML: {what}", hint, line)


def _validate(folder: Path, where: str, text: str, data: dict) -> CaseSpec:
    problems: list[Problem] = []
    lines = _key_lines(text)

    def add(what: str, fix: str, line: int | None = None) -> None:
        problems.append(Problem(where, what, fix, line))

    for key in data:
        if key not in ("case", "article"):
            close = difflib.get_close_matches(key, ["case", "article"], n=1, cutoff=0.6)
            fix = f'did you mean "[{close[0]}]"?' if close else "use [case] and [[article]] tables only"
            add(f'unknown top-level key "{key}"', fix, lines.get(("", 0, key)) or lines.get((key, 0, "")))

    case = data.get("case")
    if case is None:
        add("no [case] table", 'add [case] with title, question and primary = "<article id>"', 1)
        case = {}
    elif isinstance(case, list):
        add("more than one [case] table", "keep a single [case] table", lines.get(("case", 1, "")))
        case = case[0] if case and isinstance(case[0], dict) else {}
    elif not isinstance(case, dict):
        add("[case] must be a table", 'write it as a [case] header followed by key = "value" lines', 1)
        case = {}

    for key in case:
        if key not in CASE_KEYS:
            add(f'unknown key "{key}" in [case]', _near_miss(key, CASE_KEYS), lines.get(("case", 0, key)))
    for key in REQUIRED_CASE_KEYS:
        if key not in case and data.get("case") is not None:
            add(f'[case] has no "{key}"', f"add {key} = ... ({CASE_KEYS[key]})", lines.get(("case", 0, "")))
    for key in ("title", "question", "primary", "description"):
        if key in case and (not isinstance(case[key], str) or not case[key].strip()):
            add(f'"{key}" in [case] must be non-empty text', f'write {key} = "..."', lines.get(("case", 0, key)))

    raw_articles = data.get("article", [])
    if isinstance(raw_articles, dict):
        add(
            "[article] must be written [[article]] (double brackets)",
            "write each article as [[article]]",
            lines.get(("article", 0, "")),
        )
        raw_articles = [raw_articles]
    if not raw_articles:
        add("no articles", "add one [[article]] table per text file", None)

    articles: list[ArticleSpec] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, str] = {}
    root = folder.resolve()
    for index, entry in enumerate(raw_articles):
        header_line = lines.get(("article", index, ""))

        def line_of(key: str, index: int = index, header_line: int | None = header_line) -> int | None:
            return lines.get(("article", index, key), header_line)

        label = f"article #{index + 1}"
        if not isinstance(entry, dict):
            add(f"{label} is not a table", "write it as [[article]] followed by key = value lines", header_line)
            continue
        bad = False
        for key in entry:
            if key not in ARTICLE_KEYS:
                add(f'unknown key "{key}" in {label}', _near_miss(key, ARTICLE_KEYS), line_of(key))
        for key in REQUIRED_ARTICLE_KEYS:
            if key not in entry:
                add(f'{label} has no "{key}"', f"add {key} = ... ({ARTICLE_KEYS[key]})", header_line)
                bad = True
        for key in (
            "id",
            "file",
            "outlet",
            "headline",
            "byline",
            "language",
            "translated_from",
            "kind",
            "notes",
            "sha256",
        ):
            if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
                add(f'"{key}" of {label} must be non-empty text', f'write {key} = "..."', line_of(key))
                bad = True
        if bad:
            continue
        article_id = entry["id"]
        label = f'article "{article_id}"'
        if not ID_PATTERN.match(article_id):
            suggestion = re.sub(r"[^a-z0-9-]+", "-", article_id.lower()).strip("-") or "article-1"
            add(f'bad id "{article_id}"', f'use lower-case letters, digits and -, e.g. "{suggestion}"', line_of("id"))
        if article_id in seen_ids:
            add(
                f'duplicate id "{article_id}" (also on line {seen_ids[article_id]})',
                "give every article its own id",
                line_of("id"),
            )
        seen_ids.setdefault(article_id, line_of("id") or 0)

        file_name = entry["file"]
        bad_name = _bad_file_name(file_name)
        if bad_name:
            add(f'file "{_shown(file_name)}" of {label}: {bad_name[0]}', bad_name[1], line_of("file"))
            continue
        try:
            path = (folder / file_name).resolve()
        except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError for a symbolic link loop
            add(
                f'file "{file_name}" of {label} is a symbolic link that loops back on itself',
                "point the link at the real text file, or copy the text itself into the case folder",
                line_of("file"),
            )
            continue
        if Path(file_name).is_absolute() or not path.is_relative_to(root):
            add(
                f'file "{file_name}" of {label} is outside the case folder',
                "copy the text into the case folder and give its path relative to it",
                line_of("file"),
            )
        elif file_name in seen_files:
            add(
                f'file "{file_name}" is used by two articles ({seen_files[file_name]} and {article_id})',
                "each article needs its own text file",
                line_of("file"),
            )
        seen_files.setdefault(file_name, article_id)

        published = entry.get("published")
        if published is not None:
            published = _check_date(published, label, line_of("published"), add)

        for key in ("language", "translated_from"):
            if isinstance(entry.get(key), str) and not LANGUAGE_PATTERN.match(entry[key]):
                add(
                    f'{key} "{entry[key]}" of {label} is not a language code',
                    'use a code such as "en", "fr" or "nl"',
                    line_of(key),
                )
        sha = entry.get("sha256")
        if isinstance(sha, str) and not re.fullmatch(r"[0-9a-fA-F]{64}", sha):
            add(
                f"sha256 of {label} is not 64 hex digits",
                "run `sha256sum FILE` and paste the first column, or remove the line",
                line_of("sha256"),
            )

        articles.append(
            ArticleSpec(
                id=article_id,
                file=file_name,
                path=path,
                outlet=entry["outlet"].strip(),
                headline=entry.get("headline"),
                byline=entry.get("byline"),
                published=published if isinstance(published, dt.date) else None,
                language=entry.get("language", "en"),
                translated_from=entry.get("translated_from"),
                kind=entry.get("kind"),
                notes=entry.get("notes"),
                sha256=sha,
                line=header_line,
            )
        )

    primary = case.get("primary")
    if isinstance(primary, str) and primary.strip() and raw_articles and primary not in seen_ids:
        ids = ", ".join(seen_ids) or "none"
        close = difflib.get_close_matches(primary, list(seen_ids), n=1)
        fix = f'did you mean "{close[0]}"?' if close else f"set primary to one of the article ids ({ids})"
        add(f'primary "{primary}" names no article', fix, lines.get(("case", 0, "primary")))

    if problems:
        raise CaseError(problems)
    return CaseSpec(
        folder=folder,
        title=case["title"].strip(),
        question=case["question"].strip(),
        primary=primary,
        description=case.get("description"),
        articles=tuple(articles),
    )


_BROKEN_LINK = "a symbolic link that points nowhere (or back to itself)"
MAX_NAME_BYTES = 255  # the longest file name most file systems allow


def _shown(file_name: str, limit: int = 60) -> str:
    """A file name as a message shows it: control characters as escapes, a long name shortened."""
    text = file_name.encode("unicode_escape").decode("ascii") if not file_name.isprintable() else file_name
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bad_file_name(file_name: str) -> tuple[str, str] | None:
    """(what, fix) when ``file_name`` cannot name a file on disk (a control character, too long), else None."""
    if any(ord(c) < 32 or ord(c) == 127 for c in file_name):
        return "the name has an invisible control character in it", "type the file name again, letters only"
    parts = [p for p in Path(file_name).parts if p not in ("/", "")]
    longest = max((len(p.encode("utf-8")) for p in parts), default=0)
    if longest > MAX_NAME_BYTES:
        return (
            f"the name is {longest} bytes long, over the {MAX_NAME_BYTES}-byte limit of file names",
            "rename the file to something shorter and use that name here",
        )
    return None


def _check_date(value, label, line, add):
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            dt.date.fromisoformat(value.strip())
        except ValueError:
            add(
                f'published "{value}" of {label} is not a date',
                "write it as YYYY-MM-DD without quotes, e.g. published = 2023-06-07",
                line,
            )
        else:
            add(f"published of {label} is text, not a date", f"remove the quotes: published = {value.strip()}", line)
        return None
    add(
        f"published of {label} is not a date",
        "write it as YYYY-MM-DD without quotes, e.g. published = 2023-06-07",
        line,
    )
    return None
