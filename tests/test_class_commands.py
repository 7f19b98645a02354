"""The class commands as a teacher and a learner type them: link, folder, hand-in, class-report."""

from __future__ import annotations

import json
import stat

import pytest

from newslit.cli import main
from newslit.learners.answers import AnswerStore
from newslit.learners.handin import FOLDER_MODE

TYPED = "They sold it with #preteensex tags <script>alert(1)</script> & more."


@pytest.fixture(autouse=True)
def no_hub(monkeypatch):
    for name in (
        "JUPYTERHUB_USER",
        "NEWSLIT_LEARNER",
        "NEWSLIT_CLASS_DIR",
        "NEWSLIT_ANSWERS_DIR",
        "NEWSLIT_SHOW_EXPLICIT",
    ):
        monkeypatch.delenv(name, raising=False)


def test_class_link_prints_the_nbgitpuller_link(capsys):
    assert main(["class", "link", "https://hub.school.example", "--repo", "https://git.school.example/nl.git"]) == 0
    assert capsys.readouterr().out.startswith("https://hub.school.example/hub/user-redirect/git-pull?repo=https%3A")


def test_class_link_with_a_bad_address_exits_2_with_the_fix(capsys):
    assert main(["class", "link", "hub.school.example", "--repo", "x"]) == 2
    assert "give it whole, e.g. https://" in capsys.readouterr().err


def test_class_folder_sets_the_drop_box_mode(tmp_path, capsys):
    assert main(["class", "folder", str(tmp_path / "class")]) == 0
    assert stat.S_IMODE((tmp_path / "class").stat().st_mode) == FOLDER_MODE
    assert "cannot list the folder" in capsys.readouterr().out


def test_hand_in_on_a_hub_writes_the_hub_users_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JUPYTERHUB_USER", "ana")
    (tmp_path / "class").mkdir()
    AnswerStore(tmp_path / "answers").save("01.closest", "AFP", kind="choice", correct=True, checked=True)
    assert main(["hand-in", "--answers-dir", str(tmp_path / "answers"), "--class-dir", str(tmp_path / "class")]) == 0
    assert "1 answer from lesson 01, as ana.json" in capsys.readouterr().out
    assert json.loads((tmp_path / "class" / "ana.json").read_text())["learner"] == "ana"


def test_hand_in_with_nothing_answered_exits_2_and_says_so(tmp_path, capsys):
    assert main(["hand-in", "--answers-dir", str(tmp_path / "answers"), "--class-dir", str(tmp_path)]) == 2
    assert "no answers saved yet" in capsys.readouterr().err


def test_hand_in_off_a_hub_without_a_name_asks_for_one(tmp_path, capsys):
    AnswerStore(tmp_path / "answers").save("01.closest", "AFP", kind="choice", checked=True)
    assert main(["hand-in", "--answers-dir", str(tmp_path / "answers")]) == 2
    assert "--name NAME" in capsys.readouterr().err
    assert main(["hand-in", "--answers-dir", str(tmp_path / "answers"), "--name", "Sam"]) == 0
    assert (tmp_path / "answers" / "export" / "sam-answers.json").is_file()


def test_class_report_html_escapes_and_masks_what_learners_typed(tmp_path, capsys):
    (tmp_path / "class").mkdir()
    for user in ("ana", "bo"):
        store = AnswerStore(tmp_path / user, user)
        store.set_learner_name("Sam")  # two learners who typed the same name
        store.save("04.journal", TYPED, kind="free_text", checked=True)
        assert (
            main(
                [
                    "hand-in",
                    "--answers-dir",
                    str(tmp_path / user),
                    "--learner",
                    user,
                    "--class-dir",
                    str(tmp_path / "class"),
                ]
            )
            == 0
        )
    assert main(["class-report", str(tmp_path / "class"), "--html", str(tmp_path / "report.html")]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "preteensex" not in page
    assert "Sam (sam.json)" in page and "Sam (sam-2.json)" in page
    assert "2 learner(s)" in capsys.readouterr().out


def test_class_report_of_a_missing_folder_exits_2(tmp_path, capsys):
    assert main(["class-report", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err
