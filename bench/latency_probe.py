"""Run inside a Jupyter kernel: time every interactive view of every lesson.

``bench/run.py`` executes this file in a fresh kernel (with nbclient). It runs each
lesson's code cells in the kernel, keeps every widget a cell returns, finds the controls
in it that react (a value observer or a click handler), and changes each control many
times: a new option, a new text, a new number, a click. The time of one change is from
setting the value (or clicking) to the callbacks being done, which includes writing the
view's new output (the display messages are handed to the kernel's output socket).

Settings come from the environment: ``BENCH_NOTEBOOKS`` (paths, ``os.pathsep``
separated), ``BENCH_CHANGES`` (changes per control), ``BENCH_OUT`` (where the JSON goes),
``BENCH_WORKDIR`` (the working folder the lessons run in, so that anything a view writes
lands in a temporary folder).
"""

from __future__ import annotations

import ast
import json
import os
import time
from itertools import cycle

import ipywidgets as widgets
import nbformat
from IPython import get_ipython

from newslit.views.exercises import Later

TEXTS = [
    "490,000",
    "accounts",
    "millions",
    "The company claimed the so-called network was a vast problem.",
    "Researchers found 405 sellers, the report said.",
    "",
]
NUMBERS = [128, 405, 3, 1000, 27.5, 0]
GROWING = ("add",)  # buttons that add to the view each time: fewer clicks, so the view stays a plausible size


def _run_cell(ip, source: str):
    """Run a cell; return the value of its last expression (what Jupyter would show), or None."""
    tree = ast.parse(source)
    last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    body = source if last is None else "\n".join(source.splitlines()[: last.lineno - 1])
    if body.strip():
        result = ip.run_cell(body, store_history=False)
        if not result.success:
            raise RuntimeError(f"cell failed: {source[:80]!r}: {result.error_in_exec or result.error_before_exec}")
    if last is None:
        return None
    return ip.ev(ast.get_source_segment(source, last.value))


def _walk(widget, seen):
    if not isinstance(widget, widgets.Widget) or widget.model_id in seen:
        return
    seen.add(widget.model_id)
    yield widget
    walked = tuple(getattr(widget, "children", ()) or ())
    for child in walked:
        yield from _walk(child, seen)
    if isinstance(widget, Later):  # an exercise built when its button is pressed (clicked above): its controls too
        for child in widget.children:
            yield from _walk(child, seen)


def _observers(widget) -> int:
    notifiers = getattr(widget, "_trait_notifiers", {}).get("value", {})
    return len(notifiers.get("change", [])) + len(notifiers.get("All", []))


def _changes(widget, count: int):
    """(kind, description, a function that makes one change) for a control that reacts, else None."""
    label = (getattr(widget, "description", "") or "").strip()
    if isinstance(widget, widgets.Button):
        if not widget._click_handlers.callbacks:
            return None
        return "button", label, widget.click
    if isinstance(widget, widgets.FileUpload | widgets.DatePicker) or not _observers(widget):
        return None
    if isinstance(widget, widgets.widget_selection._Selection):
        values = [v for _, v in widget._options_full] if hasattr(widget, "_options_full") else list(widget.options)
        if not values:
            return None
        order = cycle(values)

        def choose():
            value = next(order)
            if value == widget.value:
                value = next(order)
            widget.value = value

        return type(widget).__name__.lower(), label, choose
    if isinstance(widget, widgets.Text | widgets.Textarea):
        texts = cycle(TEXTS)
        return type(widget).__name__.lower(), label, lambda: setattr(widget, "value", next(texts))
    if isinstance(widget, widgets.FloatText | widgets.IntText | widgets.BoundedFloatText | widgets.BoundedIntText):
        numbers = cycle(NUMBERS)
        return type(widget).__name__.lower(), label, lambda: setattr(widget, "value", next(numbers))
    return None


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    at = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[at]


def probe_notebook(ip, path: str, count: int) -> list[dict]:
    """Every reacting control of every widget the notebook's cells return, with its latencies (ms)."""
    notebook = nbformat.read(path, as_version=4)
    rows = []
    for number, cell in enumerate(notebook.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        shown = _run_cell(ip, cell.source)
        if not isinstance(shown, widgets.Widget):
            continue
        view = cell.source.strip().splitlines()[-1][:70]
        for widget in _walk(shown, set()):
            found = _changes(widget, count)
            if found is None:
                continue
            kind, label, change = found
            clicks = max(3, count // 4) if kind == "button" and label.lower().startswith(GROWING) else count
            times = []
            for _ in range(clicks):
                start = time.perf_counter()
                change()
                times.append((time.perf_counter() - start) * 1000)
            rows.append(
                {
                    "notebook": os.path.basename(path),
                    "cell": number,
                    "view": view,
                    "control": f"{kind} {label!r}" if label else kind,
                    "changes": len(times),
                    "p50_ms": round(_percentile(times, 0.5), 2),
                    "p95_ms": round(_percentile(times, 0.95), 2),
                    "max_ms": round(max(times), 2),
                }
            )
    return rows


def main() -> None:
    ip = get_ipython()
    count = int(os.environ.get("BENCH_CHANGES", "40"))
    rows = []
    home = os.environ.get("BENCH_WORKDIR") or os.getcwd()
    for path in os.environ["BENCH_NOTEBOOKS"].split(os.pathsep):
        os.chdir(home)  # lessons write (answers, a new case) relative to here: a temporary folder
        rows.extend(probe_notebook(ip, path, count))
    with open(os.environ["BENCH_OUT"], "w", encoding="utf-8") as handle:
        json.dump(rows, handle, indent=1)


main()
