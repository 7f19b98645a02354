"""The newslit benchmark: `make bench` (full) or `make bench-quick` (under two minutes on 2 cores).

What it measures (see bench/README.md for the targets and how to read the table):

1. notebooks  every notebook run headless with nbclient, against a floor measured in the
              same run: as many fresh kernels, each only importing the libraries that
              notebook imported (ipywidgets, matplotlib, pandas, ...);
2. imports    ``import newslit`` and the first call of each engine, in a fresh process;
3. latency    every interactive view of every lesson, in a real kernel: widget value
              change -> callbacks done and output written, p50/p95 (bench/latency_probe.py);
              bench/browser_latency.json (from the browser tests) is reported beside, if there;
4. scale      synthetic cases (bench/synthetic.py) of 10 ... 10,000 retellings: time and
              peak memory of provenance + framing + figures, accuracy against the truth;
5. difflib    the usual way (difflib.SequenceMatcher over every sentence pair) against the
              provenance engine, on the 10- and 100-retelling cases, in the same run.
6. hub        a class on a hub (bench/hub.py): memory of one learner's server after every
              lesson, and 10 learners running lesson 01 at once (time to first output, p95).

Every figure is a median over repeats; every ratio is between numbers of this run.
Writes bench/results.json and prints a table. Usage::

    python bench/run.py [--quick] [--only notebooks,imports,latency,scale,difflib,hub]
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
SECTIONS = ("notebooks", "imports", "latency", "scale", "difflib", "hub")
HEAVY = ("ipywidgets", "matplotlib", "matplotlib.figure", "matplotlib.pyplot", "pandas", "numpy")
ENGINES = ("provenance", "framing", "figures")
LESSONS = sorted(str(p) for p in (REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def median(values):
    return statistics.median(values) if values else None


def versions() -> dict:
    found = {"python": platform.python_version()}
    for name in ("newslit", "ipywidgets", "ipykernel", "nbclient", "jupyter_client", "pandas", "matplotlib"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def _child(*args: str, timeout: float = 1800) -> dict:
    """Run this file as a worker in a fresh process; it prints one JSON line last."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )
    if done.returncode:
        raise RuntimeError(f"worker {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- 1. notebooks -----------------------------------------------------------------------------

_LOADED = f"import sys, json\nprint('BENCH-LOADED', json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"


def _execute(notebook, folder: Path) -> float:
    import nbclient

    start = time.perf_counter()
    nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    return time.perf_counter() - start


def _loaded(notebook) -> list[str]:
    for output in notebook.cells[-1].get("outputs", []):
        if "BENCH-LOADED" in output.get("text", ""):
            return json.loads(output["text"].split("BENCH-LOADED", 1)[1])
    return []


def compile_newslit() -> str | None:
    """Write the bytecode of the newslit the kernels will import, as pip does when it installs a package.

    The floor's libraries are imported from their bytecode; without newslit's, every kernel
    of the run (where ``PYTHONDONTWRITEBYTECODE`` is set, or the folder is read-only) would
    compile its source again, a cost no installed workbook has. Returns the package folder
    (None if newslit is not importable), found without importing it.
    """
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("newslit")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    compileall.compile_dir(folder, quiet=1)
    return str(folder)


def bench_notebooks(repeats: int) -> dict:
    """Each notebook and its floor, interleaved, ``repeats`` times; medians and their ratio."""
    import nbformat

    compiled = compile_newslit()
    paths = sorted(p for p in (REPO / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    scratch = Path(tempfile.mkdtemp(prefix="newslit-bench-nb-"))
    saved = dict(os.environ)
    os.environ.update({"NEWSLIT_ANSWERS_DIR": str(scratch / "answers"), "NEWSLIT_LEARNER": "bench"})
    rows = []
    try:
        for path in paths:
            runs, floors, imports, errors = [], [], [], []
            for _ in range(repeats):
                notebook = nbformat.read(path, as_version=4)
                notebook.cells.append(nbformat.v4.new_code_cell(_LOADED))
                runs.append(_execute(notebook, path.parent))
                errors += [o["ename"] for c in notebook.cells for o in c.get("outputs", []) if "ename" in o]
                imports = _loaded(notebook)
                wanted = [m for m in imports if not any(o.startswith(m + ".") for o in imports)]
                floor = nbformat.v4.new_notebook(
                    cells=[nbformat.v4.new_code_cell("\n".join(f"import {m}" for m in wanted) or "pass")]
                )
                floors.append(_execute(floor, path.parent))
            rows.append(
                {
                    "notebook": str(path.relative_to(REPO / "notebooks")),
                    "seconds": round(median(runs), 3),
                    "floor_seconds": round(median(floors), 3),
                    "ratio": round(median(runs) / median(floors), 2),
                    "floor_imports": imports,
                    "errors": sorted(set(errors)),
                }
            )
    finally:
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(scratch, ignore_errors=True)
    total, floor = sum(r["seconds"] for r in rows), sum(r["floor_seconds"] for r in rows)
    return {
        "repeats": repeats,
        "newslit_bytecode": compiled,
        "per_notebook": rows,
        "total_seconds": round(total, 2),
        "floor_seconds": round(floor, 2),
        "ratio": round(total / floor, 2),
        "target_ratio": 1.5,
    }


# ---- 2. imports -------------------------------------------------------------------------------


def worker_imports() -> dict:
    """In this fresh process: import newslit, load the seeds, then each engine's first call (ms)."""
    found = {}
    start = time.perf_counter()
    import newslit

    found["import_newslit_ms"] = (time.perf_counter() - start) * 1000
    found["heavy_after_import"] = [m for m in HEAVY if m in sys.modules]
    start = time.perf_counter()
    case = newslit.load_case()
    found["load_case_ms"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    from newslit.analysis.provenance import provenance_records

    records = provenance_records(case)
    found["provenance_first_call_ms"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    from newslit.analysis.framing.records import framing_records

    framing_records(case, provenance=records)
    found["framing_first_call_ms"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    try:
        from newslit.analysis.figures.records import figure_records

        figure_records(case, provenance=records)
        found["figures_first_call_ms"] = (time.perf_counter() - start) * 1000
    except Exception as error:  # the figures engine is optional here: report, do not fail
        found["figures_first_call_ms"] = None
        found["figures_error"] = f"not available: {type(error).__name__}: {error}"
    found["heavy_after_engines"] = [m for m in HEAVY if m in sys.modules]
    return found


def bench_imports(repeats: int) -> dict:
    runs = [_child("imports") for _ in range(repeats)]
    keys = [k for k in runs[0] if k.endswith("_ms")]
    result = {"repeats": repeats}
    for key in keys:
        values = [r[key] for r in runs if r.get(key) is not None]
        result[key] = round(median(values), 1) if values else None
    for key in ("heavy_after_import", "heavy_after_engines", "figures_error"):
        if key in runs[0]:
            result[key] = runs[0][key]
    return result


# ---- 3. interaction latency ---------------------------------------------------------------------


def bench_latency(changes: int) -> dict:
    import nbclient
    import nbformat

    scratch = Path(tempfile.mkdtemp(prefix="newslit-bench-latency-"))
    (scratch / "notebooks").mkdir()
    out = scratch / "latency.json"
    env = {
        "NEWSLIT_ANSWERS_DIR": str(scratch / "answers"),
        "NEWSLIT_LEARNER": "bench",
        "BENCH_NOTEBOOKS": os.pathsep.join(LESSONS),
        "BENCH_CHANGES": str(changes),
        "BENCH_OUT": str(out),
        "BENCH_WORKDIR": str(scratch / "notebooks"),
    }
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        probe = (BENCH / "latency_probe.py").read_text(encoding="utf-8")
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(probe)])
        nbclient.NotebookClient(
            notebook, timeout=1200, kernel_name="python3", resources={"metadata": {"path": str(REPO / "notebooks")}}
        ).execute()
        rows = json.loads(out.read_text(encoding="utf-8"))
    finally:
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(scratch, ignore_errors=True)
    browser = None
    browser_file = BENCH / "browser_latency.json"
    if browser_file.is_file():
        try:
            browser = json.loads(browser_file.read_text(encoding="utf-8"))
        except ValueError as error:
            browser = {"error": f"bench/browser_latency.json is not JSON: {error}"}
    worst = max(rows, key=lambda r: r["p95_ms"]) if rows else None
    return {
        "changes_per_control": changes,
        "controls": len(rows),
        "views": len({(r["notebook"], r["cell"]) for r in rows}),
        "over_target": [r for r in rows if r["p95_ms"] > 30],
        "worst": worst,
        "per_control": rows,
        "target_p95_ms": 30,
        "browser": browser if browser is not None else "bench/browser_latency.json not found (browser tests not run)",
    }


# ---- 4. scale ---------------------------------------------------------------------------------


def _rss_mb() -> float:
    """Current resident memory of this process (MB), from /proc where there is one."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def run_engines(case) -> tuple[dict, list, list, list]:
    """Provenance, framing and figures on one case: seconds per engine and their records."""
    from newslit.analysis.framing.records import framing_records
    from newslit.analysis.provenance import provenance_records

    times = {}
    start = time.perf_counter()
    records = provenance_records(case)
    times["provenance"] = time.perf_counter() - start
    start = time.perf_counter()
    framing = framing_records(case, provenance=records)
    times["framing"] = time.perf_counter() - start
    figures = None
    try:
        from newslit.analysis.figures.records import figure_records
    except Exception:  # the figures engine may not be there yet
        times["figures"] = None
    else:
        start = time.perf_counter()
        figures = figure_records(case, provenance=records)
        times["figures"] = time.perf_counter() - start
    times["total"] = sum(v for v in times.values() if v is not None)
    return times, records, framing, figures


def provenance_accuracy(records: list[dict], truth: dict, primary_texts: list[str]) -> dict:
    """Share of sentences labelled as the generator made them; retold vs added; the right source."""
    wanted = {(a, t["sentence"]): t for a, rows in truth.items() if a != "primary" for t in rows}
    primary_of = {text: i for i, text in enumerate(primary_texts)}
    exact = binary = sources = retold = unknown = 0
    for record in records:
        true = wanted.get((record["article"], record["sentence"]))
        if true is None:
            unknown += 1
            continue
        exact += record["label"] == true["label"]
        binary += (record["label"] == "added") == (true["label"] == "added")
        if true["label"] != "added":
            retold += 1
            source = primary_of.get(truth["primary"][true["primary"]])
            sources += source in record["primary_index"]
    n = len(records) - unknown
    return {
        "sentences": n,
        "not_in_truth": unknown,
        "label_accuracy": round(exact / n, 4) if n else None,
        "retold_vs_added_accuracy": round(binary / n, 4) if n else None,
        "source_accuracy": round(sources / retold, 4) if retold else None,
    }


def figure_accuracy(figures: list[dict] | None, truth: dict) -> dict | None:
    """Share of the generator's figures that the engine found and judged as the generator made them."""
    if figures is None:
        return None
    by_sentence: dict[tuple, list[dict]] = {}
    for record in figures:
        by_sentence.setdefault((record["article"], record["sentence"]), []).append(record)
    total = right = found = 0
    for article, rows in truth.items():
        if article == "primary":
            continue
        for row in rows:
            for figure in row["figures"]:
                total += 1
                digits = figure["text"].split()[-1]
                match = [r for r in by_sentence.get((article, row["sentence"]), []) if digits in (r["text"] or "")]
                found += bool(match)
                right += bool(match) and match[0]["verdict"] == figure["verdict"]
    return {
        "figures": total,
        "found": round(found / total, 4) if total else None,
        "verdict_accuracy": round(right / total, 4) if total else None,
    }


def worker_scale(folder: str, repeats: str) -> dict:
    """In this fresh process: load the case, run the engines ``repeats`` times, memory and accuracy."""
    from synthetic import read_truth

    from newslit import load_case
    from newslit.analysis.parallel import workers

    gc.collect()
    base = _rss_mb()
    start = time.perf_counter()
    case = load_case(folder)
    load_seconds = time.perf_counter() - start
    loaded = _rss_mb()
    runs = []
    for number in range(int(repeats)):
        gc.collect()
        times, records, framing, figures = run_engines(case)
        runs.append(times)
        if number == 0:
            peak = _peak_mb()
            # a large case is spread over processes forked from this one (newslit.analysis.parallel)
            children = _peak_mb(resource.RUSAGE_CHILDREN)
            truth = read_truth(folder)
            accuracy = provenance_accuracy(records, truth, [s.text for s in case.primary.sentences])
            accuracy["figures"] = figure_accuracy(figures, truth)
            counts = {"provenance": len(records), "framing": len(framing), "figures": len(figures or [])}
        del records, framing, figures
    seconds = {k: (round(median([r[k] for r in runs]), 4) if runs[0][k] is not None else None) for k in runs[0]}
    return {
        "derivatives": len(case.derivatives),
        "sentences": sum(len(a.sentences) for a in case.derivatives),
        "repeats": len(runs),
        "load_seconds": round(load_seconds, 3),
        "seconds": seconds,
        "all_totals": [round(r["total"], 4) for r in runs],
        "rss_before_load_mb": round(base, 1),
        "rss_after_load_mb": round(loaded, 1),
        "peak_rss_mb": round(peak, 1),
        "engines_peak_mb": round(peak - loaded, 1),
        "processes": workers(len(case.derivatives)),
        "other_processes_peak_mb": round(children, 1),
        "records": counts,
        "accuracy": accuracy,
    }


def make_case(root: Path, derivatives: int) -> tuple[Path, float]:
    from synthetic import write_case

    start = time.perf_counter()
    folder = write_case(root / f"case-{derivatives}", derivatives, seed=derivatives)
    return folder, time.perf_counter() - start


def bench_scale(sizes: dict[int, int], root: Path) -> dict:
    rows = []
    for size, repeats in sizes.items():
        folder, made = make_case(root, size)
        row = _child("scale", str(folder), str(repeats))
        row["generate_seconds"] = round(made, 2)
        rows.append(row)
    by = {r["derivatives"]: r for r in rows}
    result = {"per_size": rows, "targets": {"seconds_1000": 5.0, "ratio_10000_1000": 11.0}}
    if 1000 in by:
        result["seconds_1000"] = by[1000]["seconds"]["total"]
    if 1000 in by and 10000 in by:
        result["time_ratio_10000_1000"] = round(by[10000]["seconds"]["total"] / by[1000]["seconds"]["total"], 2)
        result["memory_ratio_10000_1000"] = round(
            by[10000]["engines_peak_mb"] / max(by[1000]["engines_peak_mb"], 0.1), 2
        )
    if 100 in by and 1000 in by:
        result["time_ratio_1000_100"] = round(by[1000]["seconds"]["total"] / by[100]["seconds"]["total"], 2)
        result["memory_ratio_1000_100"] = round(by[1000]["engines_peak_mb"] / max(by[100]["engines_peak_mb"], 0.1), 2)
    return result


# ---- 5. against difflib -------------------------------------------------------------------------


def best_ratios(case, articles) -> list[tuple[str, str, float, int]]:
    """The usual way: for each retold sentence, SequenceMatcher.ratio() against every primary sentence."""
    primary = [s.text for s in case.primary.sentences]
    found = []
    for article in articles:
        for sentence in article.sentences:
            scores = [difflib.SequenceMatcher(None, sentence.text, p).ratio() for p in primary]
            best = max(range(len(scores)), key=scores.__getitem__)
            found.append((article.id, sentence.text, scores[best], best))
    return found


def difflib_labels(found, copied: float, reworded: float) -> list[dict]:
    return [
        {
            "article": a,
            "sentence": s,
            "label": "copied" if r >= copied else "reworded" if r >= reworded else "added",
            "primary_index": [i] if r >= reworded else [],
        }
        for a, s, r, i in found
    ]


def tune(found, truth, primary_texts) -> tuple[float, float, dict]:
    """The thresholds that give difflib its best label accuracy on this very case (in its favour)."""
    best = None
    grid = [x / 100 for x in range(20, 100, 2)]
    for reworded in grid:
        for copied in (c for c in grid if c > reworded):
            score = provenance_accuracy(difflib_labels(found, copied, reworded), truth, primary_texts)
            key = (score["label_accuracy"], score["retold_vs_added_accuracy"])
            if best is None or key > best[0]:
                best = (key, copied, reworded, score)
    return best[1], best[2], best[3]


def worker_difflib(folder: str, sample: str, repeats: str) -> dict:
    """Provenance engine against difflib on the first ``sample`` retellings of a case (0: all)."""
    from synthetic import read_truth

    from newslit import load_case
    from newslit.analysis.provenance import provenance_records
    from newslit.case.model import Case

    case = load_case(folder)
    chosen = case.derivatives[: int(sample)] if int(sample) else case.derivatives
    keep = {case.primary.id, *(a.id for a in chosen)}
    sub = Case(case.spec, tuple(a for a in case.articles if a.id in keep))
    truth = read_truth(folder)
    primary_texts = [s.text for s in case.primary.sentences]
    engine_times, difflib_times = [], []
    for _ in range(int(repeats)):
        start = time.perf_counter()
        records = provenance_records(sub)
        engine_times.append(time.perf_counter() - start)
    for _ in range(1):  # difflib is the slow side: one run (its noise is small next to a 100x gap)
        start = time.perf_counter()
        found = best_ratios(case, chosen)
        difflib_times.append(time.perf_counter() - start)
    copied, reworded, difflib_score = tune(found, truth, primary_texts)
    engine_score = provenance_accuracy(records, truth, primary_texts)
    return {
        "derivatives": len(case.derivatives),
        "measured_on": len(chosen),
        "sentences": sum(len(a.sentences) for a in chosen),
        "pairs": sum(len(a.sentences) for a in chosen) * len(primary_texts),
        "engine_seconds": round(median(engine_times), 4),
        "difflib_seconds": round(median(difflib_times), 3),
        "speed_ratio": round(median(difflib_times) / median(engine_times), 1),
        "engine_accuracy": engine_score,
        "difflib_accuracy": difflib_score,
        "difflib_thresholds": {"copied": copied, "reworded": reworded, "tuned_on": "this case (in difflib's favour)"},
    }


def key_accuracy(records: list[dict], key: dict) -> dict:
    """Share of the seed retellings' sentences whose label the hand key accepts (``seeds/key/provenance.csv``)."""
    scored = [(r["label"], key[(r["article"], r["index"])][0]) for r in records if (r["article"], r["index"]) in key]
    right = sum(label in accepted for label, accepted in scored)
    binary = sum((label == "added") == ("added" in accepted) for label, accepted in scored)
    return {
        "sentences": len(scored),
        "label_accuracy": round(right / len(scored), 4) if scored else None,
        "retold_vs_added_accuracy": round(binary / len(scored), 4) if scored else None,
    }


def worker_seeds(repeats: str) -> dict:
    """The same comparison on the real seed case, against its hand labels."""
    from newslit import load_case
    from newslit.analysis.provenance import key_labels, provenance_records

    case = load_case()
    key = key_labels(case)
    times = []
    for _ in range(int(repeats)):
        start = time.perf_counter()
        records = provenance_records(case)
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    found = best_ratios(case, case.derivatives)
    slow = time.perf_counter() - start
    index = {(a.id, s.text): s.index for a in case.derivatives for s in a.sentences}
    best = None
    grid = [x / 100 for x in range(20, 100, 2)]
    for reworded in grid:
        for copied in (c for c in grid if c > reworded):
            labels = difflib_labels(found, copied, reworded)
            for row in labels:
                row["index"] = index[(row["article"], row["sentence"])]
            score = key_accuracy(labels, key)
            if best is None or score["label_accuracy"] > best[0]["label_accuracy"]:
                best = (score, copied, reworded)
    return {
        "sentences": len(found),
        "engine_seconds": round(median(times), 4),
        "difflib_seconds": round(slow, 3),
        "speed_ratio": round(slow / median(times), 1),
        "engine_accuracy": key_accuracy(records, key),
        "difflib_accuracy": best[0],
        "difflib_thresholds": {
            "copied": best[1],
            "reworded": best[2],
            "tuned_on": "the seed key itself (in difflib's favour)",
        },
    }


def bench_difflib(samples: dict[int, int], root: Path) -> dict:
    rows = [{"derivatives": "seeds (hand key)", "measured_on": 4, **_child("seeds", "5")}]
    for size, sample in samples.items():
        folder = root / f"case-{size}"
        if not (folder / "case.toml").is_file():
            folder, _ = make_case(root, size)
        rows.append(_child("difflib", str(folder), str(sample), "5"))
    return {"per_case": rows, "target_speed_ratio": 100}


# ---- the table ---------------------------------------------------------------------------------


def _mark(ok) -> str:
    return "" if ok is None else ("ok" if ok else "MISSED")


def _section(results: dict, name: str, add) -> dict | None:
    """The section's figures, or None (with a line saying why) when it failed."""
    found = results.get(name)
    if isinstance(found, dict) and "error" in found and len(found) == 1:
        add(f"\n{name}: FAILED: {found['error'][:300]}")
        return None
    return found


def table(results: dict) -> str:
    lines = [f"newslit bench ({results['mode']}, {results['cpu_count']} CPUs, Python {results['versions']['python']})"]
    if results.get("load_average_start"):
        lines.append(
            f"load average (1, 5, 15 min) at the start {results['load_average_start']}, "
            f"at the end {results.get('load_average_end')}: above {results['cpu_count']} the figures are noisy"
        )
    add = lines.append
    nb = _section(results, "notebooks", add)
    if nb:
        add(f"\n1. Notebooks headless: {nb['total_seconds']} s vs floor {nb['floor_seconds']} s "
            f"= {nb['ratio']}x (target <= 1.5x) {_mark(nb['ratio'] <= 1.5)}")  # fmt: skip
        for r in nb["per_notebook"]:
            errors = f"  ERRORS {r['errors']}" if r["errors"] else ""
            add(
                f"   {r['notebook']:<36} {r['seconds']:6.2f} s  floor {r['floor_seconds']:5.2f} s  {r['ratio']:5.2f}x{errors}"
            )
    im = _section(results, "imports", add)
    if im:
        add(f"\n2. Import (fresh process, ms): import newslit {im['import_newslit_ms']}, load seeds {im['load_case_ms']}, "
            f"first provenance {im['provenance_first_call_ms']}, framing {im['framing_first_call_ms']}, "
            f"figures {im.get('figures_first_call_ms') or im.get('figures_error')}")  # fmt: skip
        add(f"   heavy modules after import: {im['heavy_after_import'] or 'none'}; after the engines: "
            f"{im['heavy_after_engines'] or 'none'}")  # fmt: skip
    la = _section(results, "latency", add)
    if la:
        worst = la["worst"] or {}
        add(f"\n3. Interaction (in the kernel): {la['controls']} controls in {la['views']} views, "
            f"{la['changes_per_control']} changes each; worst p95 {worst.get('p95_ms')} ms "
            f"({worst.get('notebook')} {worst.get('view')}) (target <= 30 ms) {_mark(not la['over_target'])}")  # fmt: skip
        views: dict = {}
        for r in la["per_control"]:
            views.setdefault((r["notebook"], r["view"]), []).append(r)
        for (notebook, view), rows in views.items():
            p50 = max(r["p50_ms"] for r in rows)
            p95 = max(r["p95_ms"] for r in rows)
            add(f"   {notebook[:2]} {view[:58]:<58} p50 {p50:6.1f}  p95 {p95:6.1f} ms ({len(rows)} controls)")
        browser = la["browser"]
        if isinstance(browser, dict) and isinstance(browser.get("summary"), dict):
            b = browser["summary"]
            add(f"   beside it, in a real browser (input event -> frame, {browser.get('browser', '?')}, "
                f"{browser.get('measured', '?')}): {b.get('interactions')} interactions, median {b.get('median_ms')} ms, "
                f"max {b.get('max_ms')} ms, {b.get('under_100_ms')} under 100 ms")  # fmt: skip
        else:
            add(f"   browser: {browser if isinstance(browser, str) else json.dumps(browser)[:200]}")
    sc = _section(results, "scale", add)
    if sc:
        add("\n4. Scale (provenance + framing + figures; median s; engines' peak MB over the loaded case):")
        for r in sc["per_size"]:
            s, a = r["seconds"], r["accuracy"]
            fig = (a.get("figures") or {}).get("verdict_accuracy")
            add(f"   {r['derivatives']:>6} retellings {r['sentences']:>7} sentences  {s['total']:8.3f} s "
                f"(prov {s['provenance']:.3f} fram {s['framing']:.3f} fig {s['figures'] or 0:.3f})  "
                f"{r['engines_peak_mb']:7.1f} MB  labels {a['label_accuracy']:.3f}  retold/added "
                f"{a['retold_vs_added_accuracy']:.3f}  figures {fig}  processes {r.get('processes', 1)}")  # fmt: skip
        if "seconds_1000" in sc:
            add(f"   1,000 retellings: {sc['seconds_1000']:.2f} s (target <= 5 s) {_mark(sc['seconds_1000'] <= 5)}")
        if "time_ratio_10000_1000" in sc:
            add(f"   time(10,000)/time(1,000) = {sc['time_ratio_10000_1000']} (target <= 11) "
                f"{_mark(sc['time_ratio_10000_1000'] <= 11)}; memory ratio {sc['memory_ratio_10000_1000']}")  # fmt: skip
        if "time_ratio_1000_100" in sc:
            add(f"   time(1,000)/time(100) = {sc['time_ratio_1000_100']}; memory ratio {sc['memory_ratio_1000_100']}")
    di = _section(results, "difflib", add)
    if di:
        add("\n5. Against difflib.SequenceMatcher over all sentence pairs (provenance engine alone):")
        for r in di["per_case"]:
            e, d = r["engine_accuracy"], r["difflib_accuracy"]
            ok = r["speed_ratio"] >= 100 and e["label_accuracy"] >= d["label_accuracy"]
            add(f"   {r['derivatives']!s:>4} retellings (measured on {r['measured_on']}): engine {r['engine_seconds']:.3f} s, "
                f"difflib {r['difflib_seconds']:.1f} s = {r['speed_ratio']}x faster; labels {e['label_accuracy']:.3f} vs "
                f"{d['label_accuracy']:.3f} (retold/added {e['retold_vs_added_accuracy']:.3f} vs "
                f"{d['retold_vs_added_accuracy']:.3f}) (target >= 100x, accuracy >=) {_mark(ok)}")  # fmt: skip
    hub = _section(results, "hub", add)
    if hub:
        add(hub_table(hub))
    return "\n".join(lines)


def hub_table(hub: dict) -> str:
    """Section 6 of the table: one learner's memory, ten learners at once."""
    memory, together, alone = hub["memory"], hub["class"]["together"], hub["class"]["alone"]
    one, every = memory["one_lesson_open"], memory["all_lessons_open"]
    return "\n".join(
        [
            "\n6. A class on a hub:",
            f"   one learner's server, one lesson's kernel open: {one['pss_mb']} MB PSS ({one['rss_mb']} MB RSS) "
            f"(target < {memory['target_mb']} MB) {_mark(one['pss_mb'] < memory['target_mb'])}",
            f"   every lesson's kernel left open (00-04): {every['pss_mb']} MB PSS ({every['rss_mb']} MB RSS) "
            f"{_mark(every['pss_mb'] < memory['target_mb'])}",
            f"   10 learners run lesson 01 at once: first output p95 {together['first_output_p95_s']} s "
            f"(median {together['first_output_median_s']} s; alone {alone['first_output_median_s']} s); "
            f"whole lesson p95 {together['run_all_p95_s']} s (alone {alone['run_all_median_s']} s)",
        ]
    )


def run_section(section: str, quick: bool, root: Path, results: dict) -> None:
    """Measure one section into ``results[section]``."""
    if section == "notebooks":
        results[section] = bench_notebooks(1 if quick else 5)
    elif section == "imports":
        results[section] = bench_imports(3 if quick else 7)
    elif section == "latency":
        results[section] = bench_latency(20 if quick else 60)
    elif section == "scale":
        sizes = {10: 3, 100: 3, 1000: 1} if quick else {10: 5, 100: 5, 1000: 3, 10000: 1}
        results[section] = bench_scale(sizes, root)
    elif section == "difflib":
        results[section] = bench_difflib({10: 2, 100: 3} if quick else {10: 0, 100: 0}, root)
    elif section == "hub":
        from hub import bench_hub

        results[section] = bench_hub(learners=10)
    else:
        raise ValueError(f"unknown section {section!r}; choose from {', '.join(SECTIONS)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 10,000 case: under 2 minutes")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {SECTIONS}")
    parser.add_argument("--out", default=str(BENCH / "results.json"))
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        name, *rest = args.worker
        workers = {"imports": worker_imports, "scale": worker_scale, "difflib": worker_difflib, "seeds": worker_seeds}
        result = workers[name](*rest)
        print(json.dumps(result))
        return 0
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {unknown}; choose from {', '.join(SECTIONS)}")
    quick = args.quick
    results = {
        "mode": "quick" if quick else "full",
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "versions": versions(),
        # The machines are shared: the load at the start and the end says how far to trust the figures.
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }
    root = Path(tempfile.mkdtemp(prefix="newslit-bench-cases-"))
    started = time.perf_counter()
    try:
        for section in wanted:
            print(f"[bench] {section} ...", file=sys.stderr, flush=True)
            t = time.perf_counter()
            try:
                run_section(section, quick, root, results)
            except Exception as error:  # one broken section must not lose the others' figures
                results[section] = {"error": f"{type(error).__name__}: {error}"[:2000]}
            print(f"[bench] {section} done in {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    results["bench_seconds"] = round(time.perf_counter() - started, 1)
    results["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    Path(args.out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\n(bench took {results['bench_seconds']} s; every figure in {args.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
