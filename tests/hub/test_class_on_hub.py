"""A class on a real JupyterHub, through the browser: three learners and a teacher.

Each learner follows the hand-out link (log in, nbgitpuller copies the workbook into their
home, lesson 00 opens), answers in lessons 00 and 01 (a choice each, and a typed answer
carrying a word only they know), and presses "Hand in my answers". The teacher follows
the link to the class summary and sees three learners and their answers; no learner's
answers appear in another's files.
"""

from __future__ import annotations

import json
import re
import stat
import time

import pytest
from browser import labpage
from browser.conftest import REPO, SCREENSHOTS, VIEWPORT

from newslit.learners.answers import file_stem
from newslit.learners.handin import FILE_MODE
from newslit.learners.hub import pull_link

from .hubserver import make_workbook_repo

pytestmark = [pytest.mark.browser, pytest.mark.hub]

LEARNERS = {"ana": 0, "bo": 1, "chen": 2}  # each picks a different option
FEEDBACK = r"(✓ Right\.|✗ Not quite\.|◑ (?:Mostly|Partly) right\.)"


def marker(user: str) -> str:
    """A typed answer only ``user`` gives, to find wherever it lands."""
    return f"Only {user} wrote this: {user}-{sum(map(ord, user)) * 7919}"


def log_in_through(page, link: str, user: str) -> None:
    """Follow the hand-out link as ``user``: log in, wait for the spawn and the pull, then the notebook."""
    page.goto(link)
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill("any password: the test hub takes any")
    page.locator("#login_submit").click()
    page.wait_for_url(re.compile(r".*/lab/tree/newslit/notebooks/.*\.ipynb.*"), timeout=180_000)
    page.wait_for_function(labpage._OPENED, timeout=120_000, polling=250)


def cell_with(page, needle: str):
    """The code cell of the open notebook whose source contains ``needle``."""
    index = page.evaluate(
        """(needle) => {
          const cells = window.jupyterapp.shell.currentWidget.content.widgets;
          const index = cells.findIndex(c => c.model.type === 'code' && c.model.sharedModel.getSource().includes(needle));
          if (index >= 0) { cells[index].node.dataset.hubCell = needle; cells[index].node.scrollIntoView(); }
          return index;
        }""",
        needle,
    )
    assert index >= 0, f"no cell with {needle!r}"
    return page.locator(f'.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell[data-hub-cell="{needle}"]')


def choose(page, needle: str, option: int) -> None:
    cell = cell_with(page, needle)
    cell.locator(".widget-radio-box label").nth(option).click()
    cell.get_by_text(re.compile(FEEDBACK)).first.wait_for(timeout=30_000)


def type_answer(page, needle: str, text: str) -> None:
    cell = cell_with(page, needle)
    cell.locator(".widget-textarea textarea").fill(text)
    cell.locator("button", has_text="Save").click()
    cell.get_by_text("A model answer").first.wait_for(timeout=30_000)


def hand_in(page) -> str:
    cell = cell_with(page, "hand_in_button()")
    cell.locator("button", has_text="Hand in my answers").click()
    receipt = cell.get_by_text(re.compile(r"^Handed in at"))  # not "Last time: Handed in at ..."
    receipt.wait_for(timeout=30_000)
    return receipt.inner_text()


def open_lesson(page, hub, user: str, notebook: str) -> None:
    page.goto(f"{hub.url}/user/{user}/lab/tree/newslit/notebooks/{notebook}?reset")
    page.wait_for_function(labpage._OPENED, timeout=120_000, polling=250)


def run_all(page) -> None:
    labpage.run_all(page, timeout=300_000)
    assert labpage.problems(page) == []


def test_three_learners_hand_in_and_the_teacher_sees_the_class(hub, browser, tmp_path):
    started = time.monotonic()
    repo = make_workbook_repo(REPO, tmp_path / "workbook")
    link = pull_link(hub.url, repo)
    shots = SCREENSHOTS / "hub"
    shots.mkdir(parents=True, exist_ok=True)
    receipts = {}
    for user, option in LEARNERS.items():
        context = browser.new_context(viewport=VIEWPORT)
        context.set_default_timeout(60_000)
        page = context.new_page()
        log_in_through(page, link, user)
        assert (hub.homes / user / "newslit" / "notebooks" / "00_start_here.ipynb").is_file(), "the link pulled"
        run_all(page)
        assert f"You are signed in as {user}" in cell_with(page, "learner_name()").inner_text(), "no name box on a hub"
        choose(page, "which_is_primary", option)
        hand_in(page)
        open_lesson(page, hub, user, "01_compare_outlets.ipynb")
        run_all(page)
        choose(page, "predict_closest", option)
        type_answer(page, "why_it_matters", marker(user))
        receipts[user] = hand_in(page)
        page.screenshot(path=str(shots / f"{user}-handed-in.png"))
        context.close()

    # Each learner's hand-in holds their answers and nobody else's; learners' files are not theirs to read.
    assert sorted(p.name for p in hub.class_dir.iterdir()) == ["ana.json", "bo.json", "chen.json"]
    for user in LEARNERS:
        assert "from lessons 00 and 01, as " + user + ".json" in receipts[user]
        path = hub.class_dir / f"{user}.json"
        assert stat.S_IMODE(path.stat().st_mode) == FILE_MODE
        handed = json.loads(path.read_text(encoding="utf-8"))
        assert handed["learner"] == user and handed["handed_in"]["lessons"] == ["00", "01"]
        text = path.read_text(encoding="utf-8")
        assert marker(user) in text and not [other for other in LEARNERS if other != user and marker(other) in text]
        answers = hub.homes / user / "newslit" / "notebooks" / "answers"
        assert sorted(p.name for p in answers.glob("*.json")) == [f"{file_stem(user)}.json"], (
            "one answers file, the learner's own"
        )

    # The teacher follows the link to the class summary and sees the class.
    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    context.set_default_timeout(60_000)
    page = context.new_page()
    log_in_through(page, pull_link(hub.url, repo, open_path="notebooks/teacher/class_summary.ipynb"), "teacher")
    run_all(page)
    shown = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").inner_text()
    assert "3 learners have handed in" in shown
    for user in LEARNERS:
        assert marker(user) in shown, f"{user}'s typed answer is in the summary"
        assert re.search(rf"{user}\s+{user}\.json", shown), f"{user} is listed with their hand-in"
    # Questions by their text, as the teacher reads them (01.predict-closest, 00.primary).
    assert "Before you look: which outlet do you expect" in shown
    assert "Which of these did the original reporting" in shown
    cell_with(page, "board.refresh_button()").locator("button", has_text="Refresh").click()
    cell_with(page, "board.refresh_button()").get_by_text("3 learners.").wait_for()
    labpage.screenshots(page, shots / "teacher-summary", limit=6, height=1400)
    context.close()
    print(f"\nhub class test: {time.monotonic() - started:.0f} s for 3 learners and a teacher")
