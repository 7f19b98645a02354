"""Hand out with nbgitpuller (the real one, from the package index): pulling again never loses an answer."""

from __future__ import annotations

import json
import shutil
import subprocess
from urllib.parse import parse_qs, urlsplit

import pytest

from newslit.learners.answers import AnswerStore
from newslit.learners.hub import pull_link

from conftest import REPO

nbgitpuller_pull = pytest.importorskip("nbgitpuller.pull", reason="nbgitpuller is in the test extra")


def git(folder, *args):
    return subprocess.run(
        ["git", "-c", "user.name=Teacher", "-c", "user.email=teacher@school.invalid", *args],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pull(url, home):
    """What the link does on a learner's server: nbgitpuller's own pull (clone, or merge keeping the learner's)."""
    return list(nbgitpuller_pull.GitPuller(url, str(home / "newslit"), branch="main").pull())


def edit_markdown(path, index, text):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"][index]["source"] = text
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.fixture
def upstream(tmp_path):
    """The teacher's repository: the workbook's notebooks and .gitignore, on branch main."""
    folder = tmp_path / "upstream"
    shutil.copytree(REPO / "notebooks", folder / "notebooks", ignore=shutil.ignore_patterns("answers", ".ipynb_*"))
    shutil.copy(REPO / ".gitignore", folder / ".gitignore")
    git(tmp_path, "init", "-q", "-b", "main", str(folder))
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "the workbook")
    return folder


def test_a_second_pull_after_answering_loses_nothing(tmp_path, upstream):
    home = tmp_path / "home-ana"
    url = upstream.as_uri()
    pull(url, home)
    workbook = home / "newslit"
    assert (workbook / "notebooks" / "00_start_here.ipynb").is_file()

    # The learner answers (where the lessons save on a hub: beside the notebooks), hands in a
    # download copy, and writes a note of their own into lesson 01.
    store = AnswerStore(workbook / "notebooks" / "answers", "ana")
    store.save("00.primary", "The Wall Street Journal", kind="choice", correct=True, checked=True)
    store.save("01.why", "It leaves out who counted.", kind="free_text", checked=True)
    answers_before = store.path.read_bytes()
    lesson_01 = workbook / "notebooks" / "01_compare_outlets.ipynb"
    edit_markdown(lesson_01, 1, "My note: compare the AFP first.")

    # The teacher changes lesson 00 and another cell of lesson 01, upstream.
    edit_markdown(upstream / "notebooks" / "00_start_here.ipynb", 1, "A new introduction from the teacher.")
    edit_markdown(upstream / "notebooks" / "01_compare_outlets.ipynb", 3, "The teacher's new reading.")
    git(upstream, "commit", "-q", "-am", "teacher: new introduction")

    pull(url, home)

    assert store.path.read_bytes() == answers_before, "the answers file is untouched"
    assert store.answers()["01.why"]["value"] == "It leaves out who counted."
    assert git(workbook, "ls-files", "notebooks/answers") == "", "answers never live in a tracked file"
    assert "A new introduction from the teacher." in (workbook / "notebooks" / "00_start_here.ipynb").read_text()
    lesson = lesson_01.read_text(encoding="utf-8")
    assert "My note: compare the AFP first." in lesson and "The teacher's new reading." in lesson


def test_the_link_sends_learners_through_the_hub_to_lesson_00():
    link = pull_link("https://hub.school.example/hub/", "https://git.school.example/newslit.git", "spring")
    parts = urlsplit(link)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://hub.school.example/hub/user-redirect/git-pull"
    assert parse_qs(parts.query) == {
        "repo": ["https://git.school.example/newslit.git"],
        "branch": ["spring"],
        "targetpath": ["newslit"],
        "urlpath": ["lab/tree/newslit/notebooks/00_start_here.ipynb"],
    }


@pytest.mark.parametrize(("hub", "words"), [("hub.school.example", "not a hub address"), ("ftp://x", "not a hub")])
def test_a_wrong_hub_address_says_how_to_fix_it(hub, words):
    with pytest.raises(ValueError, match=words):
        pull_link(hub, "https://git.school.example/newslit.git")
