"""Every notebook runs top to bottom headless, with no network, and is committed clean."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import REPO

NOTEBOOKS = sorted(p for p in (REPO / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def test_there_are_notebooks():
    assert any(p.name == "00_start_here.ipynb" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_notebook_is_committed_without_outputs_or_widget_state(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, (
                "run `make strip` or clear outputs"
            )
    assert "widgets" not in notebook.get("metadata", {})


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_no_code_cell_is_longer_than_five_lines(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] == "code":
            assert len("".join(cell["source"]).splitlines()) <= 5, (
                f"cell {index}: move the logic into src/newslit/lessons/"
            )


LESSONS = [p for p in NOTEBOOKS if p.parent.name == "notebooks"]
HEADER_ROWS = ["For", "Level", "Time", "You will", "Before", "Data", "Content note"]


def header_rows(path: Path) -> list[str]:
    """The row names of a lesson's header card (the table in its first cell), in order."""
    first = "".join(json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"])
    return re.findall(r"^\|\s*\*\*(.+?)\*\*\s*\|", first, re.MULTILINE)


def test_every_lesson_header_card_has_the_same_rows_in_the_same_order():
    assert [p.name[:2] for p in LESSONS] == ["00", "01", "02", "03", "04", "05", "06"]
    assert {p.name: header_rows(p) for p in LESSONS} == {p.name: HEADER_ROWS for p in LESSONS}


def test_the_teacher_guide_shows_every_lessons_goals():
    from newslit.lessons.teacher_guide import lessons_view

    shown = lessons_view(REPO / "notebooks").text.split("\n")
    goals = {line.split(":")[0]: shown[i + 1].strip() for i, line in enumerate(shown) if line.startswith("0")}
    assert sorted(goals) == [p.name for p in LESSONS]
    assert all(text.startswith("1. ") for text in goals.values()), goals


def run_notebook(path: Path, tmp_path: Path, env: dict[str, str] | None = None):
    """Execute ``path`` in a fresh kernel; return the executed notebook."""
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    saved = dict(os.environ)
    os.environ.update(
        {"NEWSLIT_ANSWERS_DIR": str(tmp_path / "answers"), "NEWSLIT_LEARNER": "test-learner", **(env or {})}
    )
    try:
        client = nbclient.NotebookClient(
            notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        )
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return notebook


def error_outputs(notebook) -> list[str]:
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"{output['ename']}: {output['evalue']}")
            elif output.get("name") == "stderr" and (
                "Traceback" in output.get("text", "") or "Error" in output.get("text", "")
            ):
                found.append(output["text"][:300])
            elif "could not be built" in output.get("data", {}).get("text/plain", ""):
                found.append(output["data"]["text/plain"][:300])  # a question file that needs a fix
    return found


def answer_every_exercise_wrongly(path: Path, answers: Path) -> int:
    """Save a wrong answer to every exercise of the lesson at ``path``, so that running it shows every feedback.

    The answers go where :func:`run_notebook` points the notebook (learner "test-learner").
    Returns how many were saved (0 for a notebook that is not lesson 00-04).
    """
    from newslit.learners.answers import AnswerStore
    from newslit.lessons import plan

    lesson = path.name[:2]
    if path.parent.name != "notebooks" or lesson not in plan.LESSONS:
        return 0
    store = AnswerStore(answers, "test-learner")
    saved = 0
    for _, _, widget, _, _ in plan.exercises(lesson, widgets=True):
        kind = getattr(widget, "kind", None)
        if kind == "choice":
            wrong = [o for o in widget.options if not (widget.check and widget.check(o).correct)]
            value = (wrong or widget.options)[0]
        elif kind == "tags":
            value = {
                item: next(label for label in widget.labels if label != widget.key[item][0]) for item in widget.items
            }
        elif kind == "free_text":
            value = "An answer typed in a test."
        else:
            continue
        widget.store = store
        widget.answer(value)
        saved += 1
    return saved


def folded_as_shown() -> list[str]:
    """The seed case's folded sentences, as a view would show them (masked)."""
    from newslit import load_case
    from newslit.case.key import folded_sentences
    from newslit.text.masking import mask

    return [mask(text) for text, _ in folded_sentences(load_case())]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_notebook_runs_top_to_bottom_without_errors_and_reads_well(path, tmp_path):
    """Every notebook runs, every exercise showing the feedback to a wrong answer, and nothing reads badly.

    Reads badly: an outlet id or a code-style (snake_case) name shown as text, a feedback
    opener said twice ("Right. Right"), "sentence 0", "1 sentences", or a sentence the case
    folds (key/folded.csv) shown unfolded, in an output, a widget or a text version.
    """
    from notebook_text import reader_problems

    answer_every_exercise_wrongly(path, tmp_path / "answers")
    executed = run_notebook(path, tmp_path)
    assert error_outputs(executed) == []
    assert reader_problems(executed, folded_as_shown()) == []
