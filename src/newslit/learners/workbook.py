"""A learner's own copy of the lessons (``newslit workbook DIR``), and JupyterLab opened on it.

The workbook has the repository's shape without the code, so every path the lessons
mention holds: ``DIR/notebooks/`` (the lessons; ``teacher/`` on request) and
``DIR/seeds/`` (the case: articles, ``case.toml``, ``key/``, data card), copied from
the ones that come with newslit (:func:`newslit.case.bundled.bundled`). The lessons run
in ``DIR/notebooks/``, so ``load_case()`` finds ``DIR/seeds/`` above them, answers go
to ``DIR/notebooks/answers/`` and a case made in lesson 05 to ``DIR/my_cases/``.

Each copied notebook says in its metadata which newslit made it (``"newslit":
{"version": ...}``). A hidden ``.newslit-workbook.json`` remembers, for each file, the
release that copied it, a hash of the file as it came and a hash as written, so a later
run can tell:

- a file the learner never changed: updated to this release's version;
- a file the learner has changed (a lesson edited, or run and saved): never
  overwritten; the message says whether this release's version differs and how to get it;
- answers, cases and every other file in the folder: never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from newslit import __version__
from newslit.case.bundled import bundled

MANIFEST = ".newslit-workbook.json"
FORMAT = "newslit-workbook"
START = "notebooks/00_start_here.ipynb"
ANSWERS = "notebooks/answers"


class WorkbookError(RuntimeError):
    """The workbook could not be made; the message says where, what and how to fix it."""


@dataclass
class WorkbookReport:
    """What :func:`make_workbook` did, file by file (paths relative to the workbook folder)."""

    folder: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the learner's work; this release's file is the same
    kept_newer: list[str] = field(default_factory=list)  # the learner's work; this release's file differs
    answers: int = 0  # answers files found in notebooks/answers/, left alone


def lesson_files(notebooks: Path, teacher: bool = False) -> list[str]:
    """The lessons in ``notebooks`` (``0*.ipynb``), and with ``teacher`` the ``teacher/`` notebooks, as relative paths."""
    found = sorted(p.name for p in notebooks.glob("0*.ipynb"))
    if teacher:
        found += sorted(f"teacher/{p.name}" for p in (notebooks / "teacher").glob("*.ipynb"))
    return found


def case_files(seeds: Path) -> list[str]:
    """Every file of the case folder ``seeds``, as relative paths (hidden files and caches left out)."""
    return sorted(
        str(p.relative_to(seeds))
        for p in seeds.rglob("*")
        if p.is_file() and not any(part.startswith((".", "__")) for part in p.relative_to(seeds).parts)
    )


def stamped(text: str, version: str = __version__) -> str:
    """A notebook's text with ``metadata.newslit.version`` set: the release that made this copy."""
    notebook = json.loads(text)
    notebook.setdefault("metadata", {})["newslit"] = {"version": version}
    return json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def cell_sources(text: str) -> list[str] | None:
    """The text of every cell, in order (outputs and metadata left out); None for a file that is not a notebook."""
    try:
        return ["".join(cell.get("source", "")) for cell in json.loads(text)["cells"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def digest(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex."""
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict:
    """The folder's record of what was copied; empty when missing or unreadable (then every file counts as the learner's)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return {k: v for k, v in files.items() if isinstance(v, dict)} if isinstance(files, dict) else {}


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.newslit-tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def make_workbook(
    folder: str | Path, teacher: bool = False, notebooks: Path | None = None, seeds: Path | None = None
) -> WorkbookReport:
    """Copy the lessons and the case into ``folder`` (created if needed), never overwriting a learner's work.

    Parameters
    ----------
    folder : path
        The learner's workbook folder.
    teacher : bool
        Also copy the teacher notebooks (into ``notebooks/teacher/``).
    notebooks, seeds : Path, optional
        Where the lessons and the case come from; default: the ones that come with newslit.

    Returns
    -------
    WorkbookReport

    Raises
    ------
    WorkbookError
        The folder is a file or cannot be written, or this installation has no lessons.
    """
    folder = Path(folder).expanduser()
    notebooks, seeds = notebooks or bundled("notebooks"), seeds or bundled("seeds")
    sources = {f"notebooks/{name}": notebooks / name for name in lesson_files(notebooks, teacher)}
    sources.update({f"seeds/{name}": seeds / name for name in (case_files(seeds) if seeds.is_dir() else [])})
    if START not in sources or "seeds/case.toml" not in sources:
        raise WorkbookError(
            f"{notebooks.parent}: the lessons or the case are missing from this installation of newslit — reinstall it"
        )
    if folder.exists() and not folder.is_dir():
        raise WorkbookError(f"{folder}: this is a file, not a folder — choose a folder for the workbook")
    try:
        return _copy(folder, sources)
    except OSError as error:
        raise WorkbookError(
            f"{folder}: cannot write here ({error.strerror or error}) — choose a folder of your own, such as ~/newslit"
        ) from error


def _copy(folder: Path, sources: dict[str, Path]) -> WorkbookReport:
    folder.mkdir(parents=True, exist_ok=True)
    report = WorkbookReport(folder.resolve())
    known = read_manifest(folder)
    record = dict(known)
    for name, source in sources.items():
        original = source.read_bytes()
        data = stamped(original.decode("utf-8")).encode("utf-8") if name.endswith(".ipynb") else original
        entry = {"newslit": __version__, "source": digest(original), "written": digest(data)}
        target = folder / name
        if not target.exists():
            _write(target, data)
            report.added.append(name)
        elif target.read_bytes() == data:
            report.current.append(name)
        elif name in known and digest(target.read_bytes()) == known[name].get("written"):
            _write(target, data)
            report.updated.append(name)
        else:
            if name in known:
                differs = known[name].get("source") != entry["source"]
            elif name.endswith(".ipynb"):  # not copied by this command (or the record is lost): compare the cells
                differs = cell_sources(target.read_text(encoding="utf-8", errors="replace")) != cell_sources(
                    original.decode("utf-8")
                )
            else:
                differs = True
            (report.kept_newer if differs else report.kept).append(name)
            continue  # the learner's file: its old record stays, so it still counts as theirs next time
        record[name] = entry
    manifest = {"format": FORMAT, "version": 1, "newslit": __version__, "files": record}
    _write(folder / MANIFEST, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    answers = folder / ANSWERS
    report.answers = len(list(answers.glob("*.json"))) if answers.is_dir() else 0
    return report


def _names(paths: list[str]) -> str:
    """``paths`` for a sentence: lessons by name, the case's files counted when there are many."""
    case = [p for p in paths if p.startswith("seeds/")]
    shown = [p.removeprefix("notebooks/") for p in paths if not p.startswith("seeds/")]
    if len(case) > 3:
        shown.append(f"the case in seeds/ ({len(case)} files)")
    else:
        shown += case
    return ", ".join(shown)


def describe(report: WorkbookReport, command: str = "newslit workbook") -> str:
    """What was copied, updated and kept, in plain words, one line per kind."""
    lines = [f"Your workbook: {report.folder} (from newslit {__version__})"]
    if report.added:
        lines.append(f"  Added: {_names(report.added)}.")
    if report.updated:
        lines.append(f"  Updated to this version (you had not changed them): {_names(report.updated)}.")
    if report.current:
        lines.append(f"  Already up to date: {_names(report.current)}.")
    if report.kept:
        lines.append(f"  Kept as you left them (you have worked in them): {_names(report.kept)}.")
    if report.kept_newer:
        example = Path(report.kept_newer[0])
        lines.append(
            f"  Kept as you left them, although newslit {__version__} has a different version: "
            f"{_names(report.kept_newer)}. To get this version, rename yours "
            f"(for example {example.name} to {example.stem}-mine{example.suffix}) and run `{command} {report.folder}` again."
        )
    if report.answers:
        lines.append(
            f"  Your answers ({report.answers} file{'s' if report.answers != 1 else ''} in {ANSWERS}/) are left as they are."
        )
    if report.kept or report.kept_newer or report.updated or report.current:
        lines.append("  Nothing you changed was overwritten.")
    lines.append(f"  The lessons are in {report.folder / 'notebooks'}; start with 00_start_here.ipynb.")
    return "\n".join(lines)


def has_display() -> bool:
    """Whether a browser can be shown here (a desktop session, macOS or Windows)."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("darwin", "win32")


def running_as_root() -> bool:
    """Whether this process runs as root (usual in containers; JupyterLab refuses to start then unless told)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(folder: Path, display: bool | None = None, as_root: bool | None = None) -> list[str]:
    """The command that starts JupyterLab on the workbook ``folder`` (run from inside it), at the first lesson.

    ``--no-browser`` is added when there is no screen to show a browser on, and
    ``--allow-root`` when running as root (a container), as ``newslit lab`` then says.
    """
    display = has_display() if display is None else display
    as_root = running_as_root() if as_root is None else as_root
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}"]
    if (folder / START).is_file():
        command.append(START)
    if not display:
        command.append("--no-browser")
    if as_root:
        command.append("--allow-root")
    return command
