"""The ``newslit`` command: validate a case and run the analyses from a terminal.

Every analysis is a function of the package returning a list of records (dicts); the
command prints them as JSON (``--json``) or as a readable table.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from newslit import __version__
from newslit.case.errors import CaseError
from newslit.case.load import default_case_dir, load_case

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
    args = build_parser().parse_args(argv)
    if args.command in ("workbook", "lab"):
        return run_workbook(args)
    if args.command == "new":
        from newslit.case.scaffold import scaffold_case

        try:
            path = scaffold_case(args.case_dir, args.source)
        except CaseError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        print(f"wrote {path}: fill in the outlets and headlines, set primary, then run `newslit check {args.case_dir}`")
        return 0
    folder = args.case or default_case_dir()
    try:
        case = load_case(folder)
    except CaseError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.command == "check":
        print(summary(case))
        return 0
    module, function, columns, _ = ANALYSES[args.command]
    records = getattr(importlib.import_module(module), function)(case)
    if args.json:
        print(to_json_lines(records))
    else:
        print(table(records, columns))
    return 0


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


def to_json_lines(records: list[dict]) -> str:
    """A JSON list with one record per line: valid JSON that diffs and greps well."""
    if not records:
        return "[]"
    body = ",\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in records)
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
