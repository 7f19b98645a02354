"""The class summary's Refresh button: hand-ins that arrive after the notebook ran appear when pressed."""

from __future__ import annotations

import pytest

from newslit.learners.answers import AnswerStore
from newslit.learners.handin import hand_in
from newslit.views.classroom import ClassBoard, handed_in_view


@pytest.fixture(autouse=True)
def no_hub(monkeypatch):
    for name in ("JUPYTERHUB_USER", "NEWSLIT_LEARNER", "NEWSLIT_CLASS_DIR", "NEWSLIT_ANSWERS_DIR"):
        monkeypatch.delenv(name, raising=False)


def hand_in_as(tmp_path, name):
    store = AnswerStore(tmp_path / f"home-{name}", name)
    store.set_learner_name(name)
    store.save("01.closest", name, kind="choice", checked=True)
    hand_in(store, tmp_path / "class")


def test_refresh_reads_the_hand_ins_that_arrived_since(tmp_path, monkeypatch, capsys):
    (tmp_path / "class").mkdir()
    monkeypatch.setenv("NEWSLIT_CLASS_DIR", str(tmp_path / "class"))
    hand_in_as(tmp_path, "Ana")
    board = ClassBoard()
    panel = board.refresh_button()
    shown = board.show(handed_in_view)
    assert [r["learner"] for r in board.found.learners] == ["Ana"] and not board.demo
    hand_in_as(tmp_path, "Bo")
    capsys.readouterr()
    panel.children[0].click()  # Refresh (the status is beside it)
    assert [r["learner"] for r in board.found.learners] == ["Ana", "Bo"]
    assert "2 learners." in panel.children[1].value
    # Outside a kernel an Output widget passes its display through: the section was drawn again.
    assert "Bo: 1 answer," in capsys.readouterr().out and shown is not None


def test_without_a_folder_the_board_shows_a_demonstration_class(seed_case, monkeypatch):
    board = ClassBoard()
    assert board.demo and len(board.found.learners) == 12
    assert "demonstration class of simulated learners" in board.where()
