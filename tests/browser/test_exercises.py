"""Each lesson's exercises worked as a learner would, answers back after a kernel restart.

Also measures, in the browser, the time from each interaction to the updated view and
records it in ``bench/browser_latency.json`` (reported by the benchmark; nothing here
asserts a time).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics

import pytest

from . import labpage, learner
from .conftest import LESSONS, REPO

pytestmark = pytest.mark.browser

LATENCY_FILE = REPO / "bench" / "browser_latency.json"
SAVED_BACK = "Your saved answer is back."


def use_learner(page, name: str) -> None:
    """Give this test its own answers file (the kernel reads NEWSLIT_LEARNER when saving)."""
    labpage.kernel_execute(page, f"import os; os.environ['NEWSLIT_LEARNER'] = {name!r}")


def record_latency(lesson: str, interactions: list[learner.Interaction], browser_version: str) -> None:
    """Replace this lesson's measurements in the latency file, keeping the other lessons'."""
    data = json.loads(LATENCY_FILE.read_text(encoding="utf-8")) if LATENCY_FILE.exists() else {}
    lessons = data.get("lessons", {})
    lessons[lesson] = [
        {"cell": i.cell, "view": i.view, "interaction": i.action, "ms": i.ms, "exercise": i.is_exercise}
        for i in interactions
    ]
    every = [row["ms"] for rows in lessons.values() for row in rows if row["ms"] is not None]
    data = {
        "what": "time from a learner's input event to the first frame showing the kernel's answer, "
        "measured in headless chromium through JupyterLab (tests/browser/test_exercises.py)",
        "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "browser": browser_version,
        "summary": {
            "interactions": len(every),
            "median_ms": round(statistics.median(every), 1) if every else None,
            "max_ms": max(every) if every else None,
            "under_100_ms": sum(1 for ms in every if ms < 100),
        },
        "lessons": dict(sorted(lessons.items())),
    }
    LATENCY_FILE.parent.mkdir(exist_ok=True)
    LATENCY_FILE.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_learner_works_every_exercise_and_finds_answers_after_restart(page, lab, lesson, screenshot_dir, browser):
    relative = lesson.relative_to(REPO).as_posix()
    name = "learner-" + re.sub(r"[^a-z0-9]+", "-", lesson.stem.lower())
    labpage.open_notebook(page, lab, relative)
    use_learner(page, name)
    labpage.run_all(page)
    assert labpage.problems(page) == []

    done = learner.work_notebook(page)
    record_latency(lesson.stem, done, browser.version)
    labpage.screenshots(page, screenshot_dir / "answered")

    # Exercises (newslit.views.exercises) say "Saved." once answered; their controls hold the answer.
    exercises = [i for i in done if i.is_exercise and any(i.state.values())]
    for interaction in exercises:
        assert interaction.ms is not None, f"no visible answer to {interaction.action} in cell {interaction.cell}"
        if interaction.action.startswith("choose") or "Check" in interaction.action:
            assert re.search(r"✓ Right\.|✗ Not quite\.|◑ (Mostly|Partly) right\.|• Saved\.", interaction.text_after), (
                interaction
            )
    answered = {i.cell: i.state for i in exercises}

    labpage.restart_kernel(page)
    use_learner(page, name)
    labpage.run_all(page)
    assert labpage.problems(page) == []
    labpage.screenshots(page, screenshot_dir / "after-restart")
    for cell, state in answered.items():
        assert SAVED_BACK in learner.cell_text(page, cell), f"cell {cell}: the saved answer did not come back"
        assert learner.widget_state(page, cell) == state, f"cell {cell}"
    if answered:
        assert list(lab.answers.glob("*.json")), "no answers file was written"
