"""``newslit new``: turn a folder of .txt articles into a case with a commented case.toml."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from newslit.case.article_text import read_article_text, special_file_kind
from newslit.case.cleaning import clean
from newslit.case.errors import CaseError, Problem, os_problem
from newslit.case.load import load_case
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
        If case.toml exists, ``case_dir`` is a file or cannot be written to, there are no
        .txt files, or a .txt entry is not readable text (a folder, a named pipe, a binary
        or UTF-16 file, ...). Messages name each file where the teacher can fix it: in
        ``source`` for a file copied from there.

    Notes
    -----
    All or nothing: the case is built in a hidden folder beside ``case_dir``, checked
    with :func:`newslit.load_case`, and only then moved into place. A run that fails
    leaves ``case_dir`` exactly as it was, so fixing a file in ``source`` and running
    again works.
    """
    case_dir = Path(case_dir)
    source = Path(source) if source is not None else None
    chosen = _articles_to_use(case_dir, source)
    try:
        place = case_dir.resolve()  # "." has no name of its own: build beside the real folder
        place.parent.mkdir(parents=True, exist_ok=True)
        staging = place.parent / f".{place.name}-new-{secrets.token_hex(4)}"
        staging.mkdir()  # not mkdtemp: the case folder gets the usual permissions, not 0700
    except OSError as error:
        reason = os_problem(str(case_dir.parent), error).what
        raise CaseError(
            [
                Problem(
                    str(case_dir),
                    f"cannot create the case folder here ({reason})",
                    "choose a folder you can write to, or ask for write permission",
                )
            ]
        ) from None
    try:
        for name, (path, _) in chosen.items():
            shutil.copyfile(path, staging / name)
        toml_text = _render(case_dir, staging, chosen)
        (staging / "case.toml").write_text(toml_text, encoding="utf-8")
        try:
            load_case(staging)
        except CaseError as exc:
            raise CaseError(
                [replace(p, file=_origin(p.file, staging, case_dir, chosen)) for p in exc.problems]
            ) from None
        return _move_into_place(staging, case_dir, [n for n, (_, copied) in chosen.items() if copied])
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _articles_to_use(case_dir: Path, source: Path | None) -> dict[str, tuple[Path, bool]]:
    """``{file name: (path, copied from source)}`` of the .txt files that make the case.

    Raises CaseError for every problem found before anything is written: case.toml
    already there, ``case_dir`` a file or not writable, ``source`` missing, a .txt entry
    that is not a regular file, no .txt file at all.
    """
    problems = []
    if case_dir.exists() and not case_dir.is_dir():
        problems.append(Problem(str(case_dir), "this is a file, not a folder", "give a new folder name for the case"))
    elif (case_dir / "case.toml").exists():
        problems.append(
            Problem(
                str(case_dir / "case.toml"),
                "a case.toml is already there",
                "edit it, or move it away to scaffold again",
            )
        )
    elif case_dir.is_dir():
        problems.extend(_writable(case_dir))
    if source is not None and not source.is_dir():
        problems.append(Problem(str(source), "no such folder", "give the folder that holds your .txt articles"))
    if problems:
        raise CaseError(problems)
    chosen: dict[str, tuple[Path, bool]] = {}
    for folder, copied in ((case_dir, False), (source, True)):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            kind = special_file_kind(path.stat().st_mode) if path.exists() else "a broken link"
            if kind:
                problems.append(
                    Problem(
                        str(path),
                        f"this is {kind}, not a text file",
                        "move it out of the folder, or rename it so its name does not end in .txt",
                    )
                )
            elif path.name not in chosen:  # a file already in case_dir is kept, never overwritten
                chosen[path.name] = (path, copied)
    if problems:
        raise CaseError(problems)
    if not chosen:
        raise CaseError(
            [
                Problem(
                    str(case_dir),
                    "no .txt files here",
                    "save each article as a UTF-8 .txt file in this folder, or use --from FOLDER",
                )
            ]
        )
    return chosen


def _writable(folder: Path) -> list[Problem]:
    """[] when a file can be created in ``folder``, else the problem (tried for real: permissions lie to root)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        reason = os_problem(str(folder), error).what
        return [
            Problem(
                str(folder),
                f"cannot write in this folder ({reason})",
                "choose a folder you can write to, or ask for write permission",
            )
        ]
    return []


def _render(case_dir: Path, staging: Path, chosen: dict[str, tuple[Path, bool]]) -> str:
    entries, problems, taken = [], [], set()
    for name, (path, _) in chosen.items():
        text, found = read_article_text(staging / name, str(path))
        problems.extend(found)
        if text is None:
            continue
        article_id = slugify(Path(name).stem, taken)
        taken.add(article_id)
        entries.append(
            {"id": article_id, "file": name, "outlet": Path(name).stem, "language": "en", **guess_metadata(text)}
        )
    if problems:
        raise CaseError(problems)
    title = f"{case_dir.name} (give the case a title)"
    question = "What did each outlet keep, change and add when it retold the primary report?"
    return render_case_toml(title, question, entries[0]["id"], entries, guide=True)


def _origin(shown: str, staging: Path, case_dir: Path, chosen: dict[str, tuple[Path, bool]]) -> str:
    """A file named in a message about the staging folder, named where the teacher finds it."""
    name = Path(shown).name
    if name in chosen:
        return str(chosen[name][0])
    return str(case_dir) + shown.removeprefix(staging.name) if shown.startswith(staging.name) else shown


def _move_into_place(staging: Path, case_dir: Path, copied: list[str]) -> Path:
    """Move the checked case into ``case_dir``: the whole folder if there is none, else the new files, case.toml last."""
    if not case_dir.exists() or (case_dir.is_dir() and not any(case_dir.iterdir())):
        if case_dir.exists():
            case_dir.rmdir()
        staging.rename(case_dir)
        return case_dir / "case.toml"
    for name in copied:
        os.replace(staging / name, case_dir / name)
    os.replace(staging / "case.toml", case_dir / "case.toml")
    return case_dir / "case.toml"
