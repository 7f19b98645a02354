"""The class summary's Refresh button: hand-ins that arrive after the notebook ran appear when pressed."""

from __future__ import annotations

import pytest

from newslit.learners.answers import AnswerStore
from newslit.learners.handin import hand_in
from newslit.views.classroom import ClassBoard, handed_in_view


@pytest.fixture(autouse=True)
def in_a_shell():
    """An IPython shell, as in a kernel: a chart view displays its image instead of printing it."""
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False
    yield InteractiveShell.instance(config=config)
    InteractiveShell.clear_instance()


@pytest.fixture(autouse=True)
def no_hub(monkeypatch):
    for name in ("JUPYTERHUB_USER", "NEWSLIT_LEARNER", "NEWSLIT_CLASS_DIR", "NEWSLIT_ANSWERS_DIR"):
        monkeypatch.delenv(name, raising=False)


def hand_in_as(tmp_path, name):
    store = AnswerStore(tmp_path / f"home-{name}", name)
    store.set_learner_name(name)
    store.save("01.closest", name, kind="choice", checked=True)
    hand_in(store, tmp_path / "class")


def board_after_ana(tmp_path, monkeypatch):
    """A class board, with its Refresh button, over a class folder where Ana has handed in."""
    (tmp_path / "class").mkdir()
    monkeypatch.setenv("NEWSLIT_CLASS_DIR", str(tmp_path / "class"))
    hand_in_as(tmp_path, "Ana")
    board = ClassBoard()
    return board, board.refresh_button()


def test_refresh_reads_the_hand_ins_that_arrived_since(tmp_path, monkeypatch):
    board, panel = board_after_ana(tmp_path, monkeypatch)
    shown = board.show(handed_in_view)
    assert [r["learner"] for r in board.found.learners] == ["Ana"] and not board.demo
    assert "1 learner have handed in" in shown.value and "bo.json" not in shown.value
    hand_in_as(tmp_path, "Bo")
    panel.children[0].click()  # Refresh (the status is beside it)
    assert [r["learner"] for r in board.found.learners] == ["Ana", "Bo"]
    assert "2 learners." in panel.children[1].value
    assert "2 learners have handed in" in shown.value and "bo.json" in shown.value  # the section was drawn again


def test_a_chart_section_shows_the_chart_as_an_image_with_its_summary_and_is_redrawn(tmp_path, monkeypatch):
    from newslit.views.classroom import show_results_chart

    board, panel = board_after_ana(tmp_path, monkeypatch)
    chart = board.show(show_results_chart)
    before = chart.value
    assert before.count("<img ") == 1 and 'alt="Chart: Results per question (1 learners)"' in before
    assert "<figcaption" in before  # the summary in words, under the image
    hand_in_as(tmp_path, "Bo")
    panel.children[0].click()
    assert "Chart: Results per question (2 learners)" in chart.value and "(1 learners)" not in chart.value


def test_without_a_folder_the_board_shows_a_demonstration_class(seed_case, monkeypatch):
    board = ClassBoard()
    assert board.demo and len(board.found.learners) == 12
    assert "demonstration class of simulated learners" in board.where()


def test_a_section_in_words_reads_as_prose_not_as_a_code_block(tmp_path, monkeypatch):
    # The hub screenshot showed "Nobody has finished both checks yet" in a monospaced block.
    board, _ = board_after_ana(tmp_path, monkeypatch)
    shown = board.show(lambda found: print("Nobody has finished both checks yet: no before-and-after results."))
    assert "<pre" not in shown.value and "white-space:pre-wrap" in shown.value
    assert "Nobody has finished both checks yet" in shown.value
