"""The "Hand in my answers" button as a learner presses it, on a hub and off one."""

from __future__ import annotations

import base64
import json
import re

import ipywidgets as widgets
import pytest

from newslit.learners.answers import AnswerStore
from newslit.views.exercises import learner_name
from newslit.views.handin import hand_in_button


@pytest.fixture(autouse=True)
def no_hub(monkeypatch):
    for name in ("JUPYTERHUB_USER", "NEWSLIT_LEARNER", "NEWSLIT_CLASS_DIR", "NEWSLIT_ANSWERS_DIR"):
        monkeypatch.delenv(name, raising=False)


def parts(panel):
    """The panel's name box (or None), button, status and link widgets."""
    boxes = [c for c in panel.children if isinstance(c, widgets.Text)]
    button = next(c for c in panel.children if isinstance(c, widgets.Button))
    status, link = panel.children[-2], panel.children[-1]
    return (boxes[0] if boxes else None), button, status, link


def test_on_a_hub_the_button_hands_in_to_the_class_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "ana")
    monkeypatch.setenv("NEWSLIT_CLASS_DIR", str(tmp_path / "class"))
    (tmp_path / "class").mkdir()
    store = AnswerStore(tmp_path / "answers")
    store.save("00.primary", "WSJ", kind="choice", correct=True, checked=True)
    box, button, status, link = parts(hand_in_button(store))
    assert box is None, "no name box on a hub"
    button.click()
    assert "Handed in at" in status.value and "1 answer from lesson 00, as ana.json" in status.value
    assert link.value == "" and (tmp_path / "class" / "ana.json").is_file()
    assert "Last time: Handed in at" in parts(hand_in_button(store))[2].value, "the receipt is shown again on re-run"


def test_without_a_hub_the_button_asks_a_name_then_offers_a_download(tmp_path):
    store = AnswerStore(tmp_path / "answers")
    store.save("01.closest", "AFP", kind="choice", correct=False, checked=True)
    box, button, status, link = parts(hand_in_button(store))
    button.click()
    assert "Type your name first" in status.value and link.value == ""
    box.value = "Sam"
    button.click()
    href = re.search(r'href="data:application/json;base64,([^"]+)"', link.value).group(1)
    handed = json.loads(base64.b64decode(href))
    assert handed["learner"] == "Sam" and handed["answers"]["01.closest"]["value"] == "AFP"
    assert 'download="sam-answers.json"' in link.value and "is ready" in status.value


def test_on_a_hub_there_is_no_name_box(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "bo")
    panel = learner_name(AnswerStore(tmp_path))
    assert not [c for c in panel.children if isinstance(c, widgets.Text)]
    assert "You are signed in as bo" in repr(panel)
    assert [c for c in learner_name(AnswerStore(tmp_path / "x", "x")).children if isinstance(c, widgets.Text)] == [], (
        "still on the hub"
    )
    monkeypatch.delenv("JUPYTERHUB_USER")
    assert [c for c in learner_name(AnswerStore(tmp_path)).children if isinstance(c, widgets.Text)], "a box off the hub"
