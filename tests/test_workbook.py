"""A learner's own copy of the lessons, and finding the case and lessons from any folder.

``tests/test_install.py`` does the same from a built wheel; these run on the checkout, fast.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newslit
from newslit.case.bundled import bundled
from newslit.case.load import default_case_dir
from newslit.cli import main
from newslit.learners.workbook import (
    MANIFEST,
    WorkbookError,
    describe,
    lab_command,
    lesson_files,
    make_workbook,
)

from conftest import REPO, SEEDS

LESSONS = sorted(f"notebooks/{p.name}" for p in (REPO / "notebooks").glob("0*.ipynb"))
CASE = sorted(f"seeds/{p.relative_to(SEEDS)}" for p in SEEDS.rglob("*") if p.is_file())


@pytest.fixture
def release(tmp_path):
    """A copy of the lessons and the case standing in for a release's (so a test can 'release' a new version)."""
    folder = tmp_path / "release"
    skip = shutil.ignore_patterns("answers", ".ipynb_checkpoints")
    shutil.copytree(REPO / "notebooks", folder / "notebooks", ignore=skip)
    shutil.copytree(SEEDS, folder / "seeds", ignore=skip)
    return folder


def make(folder, release, teacher=False):
    return make_workbook(folder, teacher=teacher, notebooks=release / "notebooks", seeds=release / "seeds")


def edit_cell(path, text):
    """Change the first cell's text, as a learner typing a note would."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"][0]["source"] = text
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")


def test_a_new_workbook_gets_every_lesson_stamped_with_the_release_and_the_case(tmp_path, release):
    me = tmp_path / "me"
    report = make(me, release)
    assert report.added == LESSONS + CASE and not (me / "notebooks" / "teacher").exists()
    copied = json.loads((me / LESSONS[0]).read_text(encoding="utf-8"))
    original = json.loads((release / LESSONS[0]).read_text(encoding="utf-8"))
    assert copied["metadata"]["newslit"] == {"version": newslit.__version__}
    assert copied["cells"] == original["cells"]
    assert all((me / name).read_bytes() == (release / name).read_bytes() for name in CASE)
    assert "Added: 00_start_here.ipynb" in describe(report) and f"the case in seeds/ ({len(CASE)} files)" in describe(
        report
    )


def test_a_lesson_run_from_the_workbook_finds_its_case_and_keeps_answers_beside_it(tmp_path, release, monkeypatch):
    from newslit.learners.answers import AnswerStore

    me = tmp_path / "me"
    make(me, release)
    monkeypatch.delenv("NEWSLIT_CASE", raising=False)
    monkeypatch.delenv("NEWSLIT_ANSWERS_DIR", raising=False)
    monkeypatch.chdir(me / "notebooks")  # where JupyterLab runs a lesson's kernel
    assert default_case_dir() == me / "seeds"
    assert AnswerStore().folder == me / "notebooks" / "answers"


def test_teacher_notebooks_come_only_when_asked(tmp_path, release):
    assert "notebooks/teacher/teacher_guide.ipynb" in make(tmp_path / "t", release, teacher=True).added
    assert not (tmp_path / "me").exists() and "teacher/teacher_guide.ipynb" not in lesson_files(release / "notebooks")


def test_a_second_run_changes_nothing(tmp_path, release):
    make(tmp_path / "me", release)
    before = {p: p.read_bytes() for p in (tmp_path / "me").rglob("*") if p.is_file()}
    report = make(tmp_path / "me", release)
    assert report.current == LESSONS + CASE and not (report.added or report.updated or report.kept)
    assert before == {p: p.read_bytes() for p in (tmp_path / "me").rglob("*") if p.is_file()}


def test_a_new_release_updates_untouched_files_and_never_a_learners_work(tmp_path, release):
    me, lesson_01, lesson_02 = (
        tmp_path / "me",
        "notebooks/01_compare_outlets.ipynb",
        "notebooks/02_editorial_framing.ipynb",
    )
    make(me, release)
    edit_cell(me / lesson_01, "My notes on lesson 01")
    answers = me / "notebooks" / "answers" / "my-answers.json"
    answers.parent.mkdir()
    answers.write_text('{"answers": {"x": {"value": 1}}}', encoding="utf-8")
    (me / "my_cases" / "mine").mkdir(parents=True)
    (me / "notebooks" / "my_own.ipynb").write_text("{}", encoding="utf-8")
    for name in (lesson_01, lesson_02):  # the next release changes two lessons and a key file
        edit_cell(release / name, f"# {name}, new edition")
    (release / "seeds" / "key" / "facts.csv").write_text("fact,source\n", encoding="utf-8")
    report = make(me, release)
    assert report.updated == [lesson_02, "seeds/key/facts.csv"]
    assert report.kept_newer == [lesson_01]
    assert json.loads((me / lesson_01).read_text())["cells"][0]["source"] == "My notes on lesson 01"
    assert "new edition" in json.loads((me / lesson_02).read_text())["cells"][0]["source"]
    assert (me / "seeds" / "key" / "facts.csv").read_text() == "fact,source\n"
    assert answers.read_text() == '{"answers": {"x": {"value": 1}}}'
    assert (me / "notebooks" / "my_own.ipynb").read_text() == "{}" and (me / "my_cases" / "mine").is_dir()
    text = describe(report)
    assert "Updated to this version (you had not changed them): 02_editorial_framing.ipynb, seeds/key/facts.csv" in text
    assert "Kept as you left them, although" in text and "01_compare_outlets-mine.ipynb" in text
    assert "Your answers (1 file in notebooks/answers/) are left as they are" in text
    again = make(me, release)  # still the learner's on the next run
    assert again.kept_newer == [lesson_01]


def test_a_lesson_run_and_saved_is_kept_and_not_called_outdated(tmp_path, release):
    me = tmp_path / "me"
    make(me, release)
    notebook = json.loads((me / LESSONS[0]).read_text(encoding="utf-8"))
    notebook["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "Hello!\n"}]
    (me / LESSONS[0]).write_text(json.dumps(notebook), encoding="utf-8")
    report = make(me, release)
    assert report.kept == [LESSONS[0]] and report.kept_newer == []
    assert "Hello!" in (me / LESSONS[0]).read_text(encoding="utf-8")


def test_lessons_copied_by_hand_without_the_record_are_kept(tmp_path, release):
    me = tmp_path / "me"
    make(me, release)
    (me / MANIFEST).unlink()
    edit_cell(me / LESSONS[1], "mine")
    report = make(me, release)
    assert report.kept_newer == [LESSONS[1]]
    assert report.current == [n for n in LESSONS + CASE if n != LESSONS[1]]


def test_a_file_where_the_folder_should_be_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "me").write_text("not a folder", encoding="utf-8")
    assert main(["workbook", str(tmp_path / "me")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "is a file, not a folder" in err and "Traceback" not in err


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path, monkeypatch, capsys):
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)  # as in a folder of someone else's (root may write anywhere)
    with pytest.raises(WorkbookError, match="cannot write here \\(Permission denied\\)"):
        make_workbook(tmp_path / "elsewhere")
    assert main(["workbook", str(tmp_path / "elsewhere")]) == 2
    assert "choose a folder of your own" in capsys.readouterr().err


def test_the_command_says_what_it_did(tmp_path, capsys):
    assert main(["workbook", str(tmp_path / "me")]) == 0
    out = capsys.readouterr().out
    assert "Added: 00_start_here.ipynb" in out and f"newslit lab {tmp_path / 'me'}" in out
    assert (tmp_path / "me" / "seeds" / "case.toml").is_file()


def test_the_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exit_code:
        main(["--version"])
    assert exit_code.value.code == 0 and capsys.readouterr().out.strip() == f"newslit {newslit.__version__}"


@pytest.mark.parametrize("command", ["workbook", "lab"])
def test_the_new_subcommands_have_help(command):
    result = subprocess.run([sys.executable, "-m", "newslit.cli", command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "usage: newslit" in result.stdout


def test_lab_opens_the_first_lesson_without_a_browser_where_there_is_no_screen(tmp_path, release):
    make(tmp_path / "me", release)
    command = lab_command(tmp_path / "me", display=False, as_root=False)
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={tmp_path / 'me'}" in command and "notebooks/00_start_here.ipynb" in command
    assert "--no-browser" in command and "--allow-root" not in command
    assert "--no-browser" not in lab_command(tmp_path / "me", display=True, as_root=False)


# ---- finding the case and the lessons -------------------------------------------------------


def test_the_case_is_found_in_the_environment_then_above_the_working_folder_then_in_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_CASE", str(tmp_path / "mine"))
    assert default_case_dir() == tmp_path / "mine"
    monkeypatch.delenv("NEWSLIT_CASE")
    own = tmp_path / "course"
    shutil.copytree(SEEDS, own / "seeds")
    (own / "notebooks").mkdir()
    monkeypatch.chdir(own / "notebooks")
    assert default_case_dir() == own / "seeds"
    monkeypatch.chdir(tmp_path)
    assert default_case_dir() == bundled("seeds")
    assert newslit.load_case().title == newslit.load_case(SEEDS).title


def test_in_a_checkout_the_bundled_case_and_lessons_are_the_repositorys_own():
    # An editable install (make setup) has no copy in the package: it reads the top-level folders
    # (a stale built copy in src/newslit/bundled/ would hide edits to them).
    assert bundled("seeds") == SEEDS and bundled("notebooks") == REPO / "notebooks"
