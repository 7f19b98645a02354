"""Every lesson in a real JupyterLab: run all, see no error, every widget and chart drawn."""

from __future__ import annotations

import pytest

from . import labpage
from .conftest import LESSONS, REPO

pytestmark = pytest.mark.browser


def lesson_id(path):
    return path.stem


def test_there_are_lessons_to_open():
    assert LESSONS, "no notebooks/0*.ipynb found"


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_lesson_runs_in_the_browser_without_errors(page, lab, lesson, screenshot_dir):
    labpage.open_notebook(page, lab, lesson.relative_to(REPO).as_posix())
    labpage.run_all(page)

    found = labpage.problems(page)
    shots = labpage.screenshots(page, screenshot_dir)
    seen = labpage.summary(page)

    assert found == [], labpage.dump(found)
    assert seen["executed"] == seen["code_cells"], seen
    assert page.console_errors == []
    assert page.blocked == [], "the lesson tried to reach the network"
    assert shots
