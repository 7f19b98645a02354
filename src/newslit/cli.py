"""The ``newslit`` command: validate a case and run the analyses from a terminal.

Every analysis is a function of the package returning a list of records (dicts); the
command prints them as JSON (``--json``) or as a readable table.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
from pathlib import Path

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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    body = ",\n".join(json.dumps(finite(r), ensure_ascii=False, default=str, allow_nan=False) for r in records)
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
