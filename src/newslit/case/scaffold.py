"""``newslit new``: turn a folder of .txt articles into a case with a commented case.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from newslit.case.article_text import read_article_text
from newslit.case.cleaning import clean
from newslit.case.errors import CaseError, Problem
from newslit.case.writer import parse_date, render_case_toml, slugify


def guess_metadata(text: str) -> dict:
    """Headline, byline and date found on the page itself, or None for each.

    Only what the text shows is used: the first heading before the body, a "By ..." line,
    a date line. Nothing is guessed beyond that.
    """
    cleaned = clean(text)
    headline = next((text[b.start : b.end] for b in cleaned.blocks if b.role == "headline"), None)
    byline = date = None
    for removed in cleaned.removed:
        if removed.kind == "byline" and byline is None:
            after = removed.text.split("By", 1)[-1] if "By" in removed.text else removed.text
            byline = after.replace("[", "").replace("](#)", "").strip(" ,") or None
        if removed.kind in ("byline", "dateline") and date is None:
            date = parse_date(removed.text)
    return {"headline": headline, "byline": byline, "published": date}


def scaffold_case(case_dir: str | Path, source: str | Path | None = None) -> Path:
    """Create ``case_dir/case.toml`` listing every .txt file in ``case_dir``.

    Parameters
    ----------
    case_dir : str or Path
        The case folder; created if missing. An existing case.toml is never overwritten.
    source : str or Path, optional
        A folder of .txt files to copy into ``case_dir`` first (files already there with
        the same name are kept, not overwritten).

    Returns
    -------
    Path
        The new case.toml. The case is valid as written (``newslit check`` passes); the
        comments say what to fill in: outlets, the primary, dates.

    Raises
    ------
    CaseError
        If case.toml exists, there are no .txt files, or a file is not readable text.
    """
    case_dir = Path(case_dir)
    toml_path = case_dir / "case.toml"
    if toml_path.exists():
        raise CaseError(
            [Problem(str(toml_path), "a case.toml is already there", "edit it, or move it away to scaffold again")]
        )
    if source is not None:
        source = Path(source)
        if not source.is_dir():
            raise CaseError([Problem(str(source), "no such folder", "give the folder that holds your .txt articles")])
        case_dir.mkdir(parents=True, exist_ok=True)
        for text_file in sorted(source.glob("*.txt")):
            if not (case_dir / text_file.name).exists():
                shutil.copy2(text_file, case_dir / text_file.name)
    files = sorted(case_dir.glob("*.txt")) if case_dir.is_dir() else []
    if not files:
        raise CaseError(
            [
                Problem(
                    str(case_dir),
                    "no .txt files here",
                    "save each article as a UTF-8 .txt file in this folder, or use --from FOLDER",
                )
            ]
        )
    entries, problems, taken = [], [], set()
    for path in files:
        text, found = read_article_text(path, f"{case_dir.name}/{path.name}")
        problems.extend(found)
        if text is None:
            continue
        article_id = slugify(path.stem, taken)
        taken.add(article_id)
        entries.append(
            {"id": article_id, "file": path.name, "outlet": path.stem, "language": "en", **guess_metadata(text)}
        )
    if problems:
        raise CaseError(problems)
    title = f"{case_dir.name} (give the case a title)"
    question = "What did each outlet keep, change and add when it retold the primary report?"
    toml_path.write_text(render_case_toml(title, question, entries[0]["id"], entries, guide=True), encoding="utf-8")
    return toml_path
