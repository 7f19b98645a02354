"""Every notebook runs top to bottom headless, with no network, and is committed clean."""

from __future__ import annotations

import json
import os
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
def test_no_code_cell_is_longer_than_fifteen_lines(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] == "code":
            assert len("".join(cell["source"]).splitlines()) <= 15, f"cell {index}: move the logic into src/newslit/"


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
    return found


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_notebook_runs_top_to_bottom_without_errors(path, tmp_path):
    executed = run_notebook(path, tmp_path)
    assert error_outputs(executed) == []
