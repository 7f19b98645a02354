"""One evaluation of the three engines against the hand keys, rules frozen: ``make eval``.

For every case with a ``key/`` folder (the seeds, each development case under
``tests/cases/``, and the frozen validation cases named in ``tests/cases/VALIDATION``, one
name a line, each marked "(validation)" after the development cases) it prints:

- ``prov``: provenance accuracy, the share of the key's sentences (``key/provenance.csv``)
  given the key's label (``copied/reworded`` accepts either);
- ``found``: the share of the key's figures (``key/figures.csv``) the engine found;
- ``verdicts``: the share of the key's figures found *and* given the key's verdict (a
  figure the engine missed counts as wrong);
- ``accus.``: accusation precision, the share of the engine's accusations the key agrees
  with: every figure it calls ``changed`` or ``rounded`` (the key must give the same
  verdict; a figure the key does not list counts as a disagreement) and every sentence it
  flags ``politicised`` (the key must say ``politicised``);
- ``pol.rec`` and ``pol.prec``: politicised recall (the key's politicised sentences the
  engine flags) and precision.

Floors per case live in ``bench/eval_floors.csv``; ``tests/test_eval.py`` fails when a case
drops below one. Usage::

    python bench/eval.py                 # every case, the validation cases last, each marked
    python bench/eval.py --dev           # leave every validation case out (while writing rules)
    python bench/eval.py --errors CASE   # list every disagreement on one case
    python bench/eval.py --json FILE     # also write the numbers as JSON
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CASES = REPO / "tests" / "cases"
FLOORS = BENCH / "eval_floors.csv"
METRICS = ("prov", "found", "verdicts", "accus", "pol_rec", "pol_prec")
ACCUSING = ("changed", "rounded")


def validation_names() -> list[str]:
    """The frozen validation cases' folder names, one a line of ``tests/cases/VALIDATION``; [] if there is none."""
    path = CASES / "VALIDATION"
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def case_folders(dev_only: bool = False) -> list[tuple[str, Path]]:
    """(name, folder) of every case with a key: the seeds, the development cases, the validation cases last."""
    validation = validation_names()
    found = [("seeds", REPO / "seeds")]
    for folder in sorted(CASES.iterdir()):
        if folder.is_dir() and (folder / "key").is_dir() and folder.name not in validation:
            found.append((folder.name, folder))
    if not dev_only:
        found.extend((name, CASES / name) for name in validation if (CASES / name / "key").is_dir())
    return found


def _share(agree: int, total: int) -> float | None:
    return agree / total if total else None


def evaluate(folder: Path) -> dict:
    """Run the engines on one case and compare them with its key (see the module docstring)."""
    from newslit import load_case
    from newslit.analysis.figures.key import KEY_FILE as FIGURES_KEY
    from newslit.analysis.figures.key import attach_key
    from newslit.analysis.figures.records import figure_records
    from newslit.analysis.framing.asides import ASIDES
    from newslit.analysis.framing.records import framing_records
    from newslit.analysis.provenance import provenance_records
    from newslit.case.key import find_record, key_text, read_rows

    case = load_case(folder)
    provenance = provenance_records(case)
    errors: list[str] = []

    # provenance
    by_index = {(r["article"], r["index"]): r for r in provenance}
    prov_pairs = []
    for row in read_rows(case, "provenance.csv"):
        record = by_index.get((row["article"], int(row["index"])))
        if (
            record
            and row.get("sentence_starts")
            and not key_text(record["sentence"]).startswith(key_text(row["sentence_starts"]))
        ):
            record = find_record(provenance, row["article"], row["sentence_starts"])
        engine = record["label"] if record else None
        ok = engine in row["label"].split("/")
        prov_pairs.append(ok)
        if not ok:
            errors.append(
                f"provenance {row['article']}#{row['index']}: engine {engine}, key {row['label']}: "
                f"{row.get('sentence_starts', '')}"
            )

    # figures
    figures = figure_records(case, provenance=provenance, key=[])
    key_rows = read_rows(case, FIGURES_KEY)
    unused = attach_key(figures, key_rows)
    found = len(key_rows) - len(unused)
    right = sum(1 for r in figures if r["key_verdict"] and r["verdict"] == r["key_verdict"])
    for r in figures:
        if r["key_verdict"] and r["verdict"] != r["key_verdict"]:
            errors.append(
                f"figure {r['article']} {r['text']!r}: engine {r['verdict']} ({r['primary_text']}), key "
                f"{r['key_verdict']}: {r['explanation']}"
            )
        elif not r["key_verdict"] and r["verdict"] in ACCUSING:
            errors.append(f"figure {r['article']} {r['text']!r}: engine {r['verdict']}, not in the key")
    for row in unused:
        errors.append(f"figure {row['article']} {row['text']!r}: not found (key {row['key_verdict']})")
    accusations = [r["verdict"] == r["key_verdict"] for r in figures if r["verdict"] in ACCUSING]

    # asides
    framing = framing_records(case, provenance=provenance)
    aside_rows = [row for row in read_rows(case, "framing.csv") if row.get("kind") in ASIDES]
    key_class = {}
    for row in aside_rows:
        record = find_record(framing, row["article"], row["sentence"])
        if record is None:
            errors.append(f"aside key row not found: {row['article']} {row['sentence']!r}")
            continue
        where = (record["article"], record["index"])
        # a sentence with two asides (a politicised phrase and a context one) carries a politicised aside
        if key_class.get(where) != "politicised":
            key_class[where] = row["kind"]
    flagged = [r for r in framing if r["aside"] == "politicised"]
    flag_ok = [key_class.get((r["article"], r["index"])) == "politicised" for r in flagged]
    wanted = [k for k, v in key_class.items() if v == "politicised"]
    flagged_keys = {(r["article"], r["index"]) for r in flagged}
    for r in flagged:
        if key_class.get((r["article"], r["index"])) != "politicised":
            errors.append(
                f"aside {r['article']}#{r['index']}: engine politicised, key "
                f"{key_class.get((r['article'], r['index']))}: {r['sentence'][:70]}"
            )
    by_key = {(r["article"], r["index"]): r for r in framing}
    for k in wanted:
        if k not in flagged_keys:
            errors.append(
                f"aside {k[0]}#{k[1]}: engine {by_key[k]['aside']}, key politicised: {by_key[k]['sentence'][:70]}"
            )
    accusations += flag_ok
    return {
        "prov": _share(sum(prov_pairs), len(prov_pairs)),
        "prov_n": len(prov_pairs),
        "found": _share(found, len(key_rows)),
        "verdicts": _share(right, len(key_rows)),
        "figures_n": len(key_rows),
        "accus": _share(sum(accusations), len(accusations)),
        "accus_n": len(accusations),
        "pol_rec": _share(sum(k in flagged_keys for k in wanted), len(wanted)),
        "pol_prec": _share(sum(flag_ok), len(flag_ok)),
        "pol_n": len(wanted),
        "errors": errors,
    }


def read_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    """case -> metric -> floor, from ``bench/eval_floors.csv`` (columns case, metric, floor, note)."""
    floors: dict[str, dict[str, float]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            floors.setdefault(row["case"], {})[row["metric"]] = float(row["floor"])
    return floors


def _cell(value: float | None, n: int | None = None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" + (f" ({n})" if n is not None else "")


def table(results: dict[str, dict], validation: str | list[str] | None) -> str:
    """The numbers, one case a line; the ``validation`` cases (a name or a list) after the others, each marked."""
    frozen = [validation] if isinstance(validation, str) else list(validation or [])
    head = f"{'case':<28} {'prov':>10} {'found':>10} {'verdicts':>10} {'accus.':>10} {'pol.rec':>10} {'pol.prec':>8}"
    lines = [head, "-" * len(head)]
    ordered = [n for n in results if n not in frozen] + [n for n in results if n in frozen]
    for name in ordered:
        r = results[name]
        if name in frozen and name == next(n for n in ordered if n in frozen):
            lines.append("-" * len(head) + "  validation (frozen rules), reported once")
        shown = f"{name} (validation)" if name in frozen else name
        lines.append(
            f"{shown:<28} {_cell(r['prov'], r['prov_n']):>10} {_cell(r['found']):>10} "
            f"{_cell(r['verdicts'], r['figures_n']):>10} {_cell(r['accus'], r['accus_n']):>10} "
            f"{_cell(r['pol_rec'], r['pol_n']):>10} {_cell(r['pol_prec']):>8}"
        )
    lines.append(
        "targets: prov >= 0.85, verdicts >= 0.85, accus. >= 0.95, pol.rec and pol.prec >= 0.80 (n in brackets)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true", help="leave the validation case out")
    parser.add_argument("--errors", metavar="CASE", help="list every disagreement with the key on one case")
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    cases = case_folders(dev_only=args.dev)
    if args.errors:
        cases = [(n, f) for n, f in cases if n == args.errors]
        if not cases:
            print(f"no case {args.errors!r} with a key", file=sys.stderr)
            return 2
    results = {name: evaluate(folder) for name, folder in cases}
    print(table(results, validation_names()))
    if args.errors:
        print("\n".join(results[args.errors]["errors"]) or "no disagreement")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
