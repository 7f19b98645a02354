"""Notebook 05 on cases that are not the seed story: the test case, one made with the form, one made with `newslit new`."""

from __future__ import annotations

import shutil

import pytest
from test_making_a_case import PASTED_PAGE
from test_notebooks import error_outputs, run_notebook

from newslit import load_case
from newslit.cli import main

from conftest import REPO

NOTEBOOK = REPO / "notebooks" / "05_explore_your_own_case.ipynb"
SLEEP = REPO / "tests" / "cases" / "sleep-study"
SEED_WORDS = ("Instagram", "Wall Street Journal", "pedophile", "Meta")


def shown_text(notebook) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            data = output.get("data", {})
            parts.append(data.get("text/plain", "") + data.get("text/html", ""))
    return "\n".join(parts)


def run_on(folder, tmp_path):
    executed = run_notebook(NOTEBOOK, tmp_path, env={"NEWSLIT_CASE": str(folder)})
    assert error_outputs(executed) == []
    return shown_text(executed)


@pytest.mark.notebook
def test_the_explore_notebook_runs_on_the_test_case_and_never_mentions_the_seed_story(tmp_path):
    text = run_on(SLEEP, tmp_path)
    assert load_case(SLEEP).title in text
    assert "% reworded" in text and "Riverton" in text
    for word in SEED_WORDS:
        assert word not in text, word


@pytest.mark.notebook
def test_a_case_made_with_the_form_runs_through_the_notebook(tmp_path):
    from newslit.views.case_form import case_form

    form = case_form(tmp_path / "made")
    title, question, holder, add, _style, primary, save, result = form.children
    title.value = "Library hours"
    question.value = "What did each outlet keep from the council's notice?"
    form.panels[0]["outlet"].value = "Town Courier"
    form.panels[0]["text"].value = PASTED_PAGE
    form.panels[1]["outlet"].value = "Radio One"
    form.panels[1][
        "text"
    ].value = "The council will close the library on Sundays to save $40,000 a year. Locals are angry."
    primary.index = 0
    save.click()
    assert form.saved is not None, result.value
    assert main(["check", str(form.saved)]) == 0
    assert "Library hours" in run_on(form.saved, tmp_path)


@pytest.mark.notebook
def test_a_case_made_with_newslit_new_runs_through_the_notebook(tmp_path):
    source = tmp_path / "texts"
    source.mkdir()
    for article in load_case(SLEEP).articles:
        shutil.copy(SLEEP / article.file, source / article.file)
    assert main(["new", str(tmp_path / "scaffolded"), "--from", str(source)]) == 0
    assert main(["check", str(tmp_path / "scaffolded")]) == 0
    text = run_on(tmp_path / "scaffolded", tmp_path)
    assert "Share of sentences by label" in text and "figure" in text
