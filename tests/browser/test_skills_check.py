"""The skills check in a real JupyterLab: before (lesson 00), after (notebook 06), the learner's chart, a restart."""

from __future__ import annotations

import json
import re

import pytest

from newslit.learners.answers import file_stem

from . import labpage, learner
from .test_exercises import use_learner

pytestmark = pytest.mark.browser

LEARNER = "check-browser"
VERDICTS = r"✓ Right\.|✗ Not quite\."


def open_as_learner(page, lab, notebook: str) -> None:
    labpage.open_notebook(page, lab, notebook)
    use_learner(page, LEARNER)
    labpage.run_all(page)
    assert labpage.problems(page) == []


def saved(lab) -> dict:
    (path,) = [p for p in lab.answers.glob("*.json") if p.stem == file_stem(LEARNER)]
    return json.loads(path.read_text(encoding="utf-8"))["answers"]


def test_a_learner_works_both_checks_sees_their_chart_and_finds_everything_after_a_restart(page, lab, screenshot_dir):
    # Before the lessons: twelve answers, no verdict, locked once finished.
    open_as_learner(page, lab, "notebooks/00_start_here.ipynb")
    before = learner.cell_showing(page, "before_check()")
    chosen_before = learner.answer_check(page, before, lambda number, labels: number % len(labels))
    text = learner.cell_text(page, before)
    assert not re.search(VERDICTS, text) and "The answer is" not in text, "no feedback before the lessons"
    learner.press(page, before, "I have finished")
    learner.wait_for_cell_text(page, before, "Finished and saved")
    assert all(learner.radios_disabled(page, before))
    labpage.screenshots(page, screenshot_dir / "before", limit=8)
    answers = saved(lab)
    assert answers["before.check"]["value"]["finished"] is True
    assert sum(key.startswith("before.check-") for key in answers) == 12
    assert all(entry["correct"] is None for key, entry in answers.items() if key.startswith("before.check-"))

    # After the lessons (notebook 06): the other form, then every answer and why, and the chart.
    open_as_learner(page, lab, "notebooks/06_check_yourself.ipynb")
    after = learner.cell_showing(page, "after_check()")
    results = learner.cell_showing(page, "my_results()")
    assert "when you finish the check after the lessons" in learner.cell_text(page, results)
    assert learner.images_in_cell(page, results) == 0
    learner.answer_check(page, after, lambda number, labels: (number + 1) % len(labels))
    learner.press(page, after, "show me the answers")
    shown = learner.wait_for_cell_text(page, after, r"Finished and saved: \d+ of 12 right")
    assert len(re.findall(VERDICTS, shown)) == 12, "every question says right or not"
    assert shown.count("The answer is") == 12 - shown.count("✓ Right."), "and the answer where it was not right"
    learner.wait_for_cell_text(page, results, "Questions right per skill, before the lessons")
    assert learner.images_in_cell(page, results) == 1, "the learner's chart is drawn"
    chart_text = learner.cell_text(page, results)
    assert re.search(r"All: \d+ of 12 → \d+ of 12\.", chart_text)
    labpage.screenshots(page, screenshot_dir / "after", limit=12)
    answers = saved(lab)
    assert answers["after.check"]["value"]["form"] != answers["before.check"]["value"]["form"]
    assert sum(key.startswith("after.check-") for key in answers) == 12

    # A restart: both checks come back, locked, and the chart with the same numbers.
    state = learner.widget_state(page, after)
    labpage.restart_kernel(page)
    use_learner(page, LEARNER)
    labpage.run_all(page)
    assert labpage.problems(page) == []
    back = learner.cell_text(page, after)
    assert back.count("Your saved answer is back.") == 12 and len(re.findall(VERDICTS, back)) == 12
    assert learner.widget_state(page, after) == state and all(learner.radios_disabled(page, after))
    assert learner.images_in_cell(page, results) == 1
    assert learner.cell_text(page, results) == chart_text
    labpage.screenshots(page, screenshot_dir / "after-restart", limit=12)

    open_as_learner(page, lab, "notebooks/00_start_here.ipynb")
    before = learner.cell_showing(page, "before_check()")
    assert learner.widget_state(page, before)["radios"] == chosen_before
    assert all(learner.radios_disabled(page, before)) and "Finished and saved" in learner.cell_text(page, before)
    assert not re.search(VERDICTS, learner.cell_text(page, before))
    assert page.console_errors == [] and page.blocked == []
