"""The ``newslit`` command: validate a case and run the analyses from a terminal.

Every analysis is a function of the package returning a list of records (dicts); the
command prints them as JSON (``--json``) or as a readable table. Explicit terms are masked
in everything it prints, unless ``NEWSLIT_SHOW_EXPLICIT=1``; no error reaches the user as
a traceback (:func:`main`).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import json
import math
import os
import sys
from pathlib import Path

from newslit import __version__
from newslit.case.errors import CaseError, Problem, os_problem
from newslit.case.load import default_case_dir, load_case
from newslit.learners import commands as class_commands
from newslit.text.masking import mask

# command -> (module, function, columns shown in the table, help)
ANALYSES = {
    "provenance": (
        "newslit.analysis.provenance",
        "provenance_records",
        ["article", "label", "score", "sentence"],
        "every derivative sentence aligned to the primary: copied, reworded or added",
    ),
    "figures": (
        "newslit.analysis.figures.records",
        "figure_records",
        ["article", "text", "verdict", "primary_text"],
        "every figure in every derivative, checked against the primary",
    ),
    "framing": (
        "newslit.analysis.framing.records",
        "framing_records",
        ["article", "aside", "cues", "sentence"],
        "framing cues (loaded words, doubt verbs, scare quotes) and added asides, per sentence",
    ),
}


def _case_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "case",
        nargs="?",
        type=Path,
        help="the case folder (default: the bundled seeds/, or $NEWSLIT_CASE)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newslit",
        description="Compare how news outlets retold a primary report. Exit codes: 0 ok, 2 bad case or usage.",
    )
    parser.add_argument("--version", action="version", version=f"newslit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    check = commands.add_parser(
        "check",
        help="validate a case and print a short summary",
        description="Validate a case folder: exit 0 and a summary, or exit 2 and every problem found.",
    )
    _case_argument(check)
    for name, (_, _, _, text) in ANALYSES.items():
        sub = commands.add_parser(name, help=text, description=f"Print {text}.")
        _case_argument(sub)
        sub.add_argument("--json", action="store_true", help="print a JSON list of records instead of a table")
    new = commands.add_parser(
        "new",
        help="scaffold a case folder from a folder of .txt files",
        description="Create CASE_DIR with a commented case.toml listing every .txt file in it (or copied from --from).",
    )
    new.add_argument("case_dir", type=Path, help="the case folder to create or fill")
    new.add_argument("--from", dest="source", type=Path, help="a folder of .txt articles to copy in")
    class_commands.add_commands(commands)
    workbook = commands.add_parser(
        "workbook",
        help="copy the lessons and the case into a folder of your own (never overwrites your work)",
        description="Copy the lessons (DIR/notebooks) and the case (DIR/seeds) into DIR. "
        "A file you have changed and your answers are never overwritten.",
    )
    workbook.add_argument("dir", metavar="DIR", type=Path, help="your workbook folder, for example ~/newslit")
    workbook.add_argument("--teacher", action="store_true", help="also copy the teacher guide and class summary")
    lab = commands.add_parser(
        "lab",
        help="copy the lessons into DIR (default ~/newslit) if needed and open JupyterLab there",
        description="Make or update the workbook in DIR (as `newslit workbook` does), then start JupyterLab there.",
    )
    lab.add_argument(
        "dir",
        metavar="DIR",
        type=Path,
        nargs="?",
        default=Path("~/newslit"),
        help="your workbook folder (default: ~/newslit)",
    )
    lab.add_argument("--teacher", action="store_true", help="also copy the teacher guide and class summary")
    return parser


def run_workbook(args) -> int:
    """``newslit workbook DIR`` and ``newslit lab [DIR]``: copy the lessons, then (lab) start JupyterLab there."""
    import os
    import subprocess

    from newslit.learners.workbook import WorkbookError, describe, lab_command, make_workbook

    try:
        report = make_workbook(args.dir, teacher=args.teacher)
    except WorkbookError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(describe(report, f"newslit {args.command}"))
    if args.command == "workbook":
        print(f"Open it with: newslit lab {args.dir}")
        return 0
    command = lab_command(report.folder)
    if "--allow-root" in command:
        print("You are running as root (as in a container), so JupyterLab is started with --allow-root.")
    if "--no-browser" in command:
        print("No screen here: open the address JupyterLab prints below in a browser.")
    print("Starting JupyterLab (stop it with Ctrl+C, twice)…", flush=True)
    os.chdir(report.folder)
    if os.name == "posix":  # JupyterLab takes this process over, so Ctrl+C and its signals reach it directly
        os.execv(command[0], command)
    return subprocess.call(command)  # pragma: no cover - Windows


def main(argv: list[str] | None = None) -> int:
    """Run the ``newslit`` command; returns the exit code (0 ok, 2 a bad case or usage).

    Never a traceback: a problem with a case is printed as ``error: <file>: what — how to
    fix``; anything the system refuses on the way (a file that cannot be read or written,
    a full disk, text the terminal cannot show, nesting too deep) becomes one such line
    too. When the reader of the output goes away (``newslit provenance --json | head -1``)
    the command stops quietly with 0. Every output is masked (:func:`masked`).
    """
    args = None
    try:
        args = build_parser().parse_args(argv)  # usage errors exit 2 with argparse's message
        code = run(args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the try, not at exit
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        _say("error: newslit: stopped (Ctrl-C) — run the command again when you are ready")
        return 130
    except Exception as error:  # the last resort: one line, never a traceback
        _say(str(unexpected_problem(error, _named_path(args))))
        return 2


def run(args: argparse.Namespace) -> int:
    """Do what the parsed command line asks; errors a user can fix are raised as :class:`CaseError`."""
    if args.command in class_commands.COMMANDS:
        return class_commands.run(args)
    if args.command in ("workbook", "lab"):
        return run_workbook(args)
    if args.command == "new":
        from newslit.case.scaffold import scaffold_case

        try:
            path = scaffold_case(args.case_dir, args.source)
        except CaseError as exc:
            _say(str(exc))
            return 2
        _print(
            f"wrote {path}: fill in the outlets and headlines, set primary, then run `newslit check {args.case_dir}`"
        )
        return 0
    folder = args.case or default_case_dir()
    try:
        case = load_case(folder)
    except CaseError as exc:
        _say(str(exc))
        return 2
    from newslit.analysis import readiness

    if args.command == "check":
        _print(summary(case))
        for warning in readiness.case_warnings(case):
            _say(str(warning))
        return 0
    slow = readiness.size_warning(case)
    if slow:
        _say(str(slow))
    module, function, columns, _ = ANALYSES[args.command]
    records = masked(getattr(importlib.import_module(module), function)(case))
    if args.json:
        print(to_json_lines(records))  # already masked string by string: the JSON text itself is left alone
    else:
        _print(table(records, columns))
    return 0


def masked(value):
    """``value`` with every string in it masked (:func:`newslit.text.masking.mask`), keys and numbers untouched.

    Masking keeps each string's length, so the ``start``/``end`` offsets beside a sentence
    stay true. ``NEWSLIT_SHOW_EXPLICIT=1`` leaves everything as it is.
    """
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [masked(item) for item in value]
    return value


def _print(text: str) -> None:
    print(mask(text))


def _say(text: str) -> None:
    print(mask(text), file=sys.stderr)


def _quiet_stdout() -> None:
    """After a closed pipe: send what is left to /dev/null, so Python's own flush at exit says nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _named_path(args: argparse.Namespace | None) -> str:
    """The path the command line names, for a message: the case folder or the new case's folder."""
    if args is None:
        return "newslit"
    if args.command == "new":
        return str(args.case_dir)
    return str(args.case or default_case_dir())


def unexpected_problem(error: BaseException, where: str) -> Problem:
    """One plain line for an error no check caught: what happened and what to do.

    ``where`` names the file or folder the command was working on; an ``OSError`` names
    its own file where it has one.
    """
    if isinstance(error, UnicodeEncodeError):
        encoding = getattr(sys.stdout, "encoding", "") or "unknown"
        return Problem(
            "<output>",
            f"the terminal cannot show some characters (it uses the {encoding} encoding)",
            "use a UTF-8 terminal, or set PYTHONIOENCODING=utf-8",
        )
    if isinstance(error, OSError):
        return os_problem(str(error.filename or where), error)
    if isinstance(error, RuntimeError) and "Symlink loop" in str(error):  # Python 3.11's Path.resolve
        return os_problem(where, OSError(errno.ELOOP, "Symlink loop"))
    if isinstance(error, UnicodeError):
        return Problem(where, "text that is not valid UTF-8", "save every file of the case as UTF-8 text")
    if isinstance(error, RecursionError):
        return Problem(where, "something nested too deeply to read", "simplify the file: a case needs no nesting")
    if isinstance(error, MemoryError):
        return Problem(where, "not enough memory for this case", "close other programs, or make the texts shorter")
    return Problem(
        where,
        f"newslit stopped unexpectedly ({type(error).__name__}: {str(error)[:200]})",
        "please report this with the command you ran; your files were not changed",
    )


def summary(case) -> str:
    """A few lines describing a valid case: articles, sentences, words."""
    lines = [f"ok: {case.title}", f"   {case.question}"]
    for article in case.articles:
        role = "primary" if article.id == case.primary.id else "retelling"
        date = article.published.isoformat() if article.published else "date unknown"
        lines.append(
            f"   {article.id:<12} {role:<9} {len(article.body):>4} sentences {article.words:>6} words  {date:<12} {article.outlet}"
        )
    total = sum(len(a.body) for a in case.articles)
    words = sum(a.words for a in case.articles)
    lines.append(f"   {len(case.articles)} articles, {total} sentences, {words} words")
    return "\n".join(lines)


def finite(value):
    """``value`` with every float that is not finite (inf, -inf, nan) replaced by None, at any depth."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def to_json_lines(records: list[dict]) -> str:
    """A JSON list with one record per line: strict JSON (never ``Infinity`` or ``NaN``) that diffs and greps well."""
    if not records:
        return "[]"
    body = ",\n".join(
        json.dumps(finite(r), ensure_ascii=False, default=lambda o: mask(str(o)), allow_nan=False) for r in records
    )
    return f"[\n{body}\n]"


def table(records: list[dict], columns: list[str], width: int = 70) -> str:
    """A plain-text table of ``columns`` from ``records``; long cells are shortened."""
    if not records:
        return "(no records)"

    def cell(value) -> str:
        if isinstance(value, list):
            value = ", ".join(str(v.get("text", v)) if isinstance(v, dict) else str(v) for v in value)
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    rows = [[cell(r.get(c)) for c in columns] for r in records]
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(columns)]
    out = ["  ".join(c.ljust(w) for c, w in zip(columns, widths))]
    out.append("  ".join("-" * w for w in widths))
    out.extend("  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in rows)
    return "\n".join(line.rstrip() for line in out)


if __name__ == "__main__":
    sys.exit(main())
