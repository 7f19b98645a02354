"""Shared widget looks (``newslit.views.looks``): one model per look on the page, never one the page lacks."""

from __future__ import annotations

import pytest

ipywidgets = pytest.importorskip("ipywidgets")


class PageComm:
    """A connection to a notebook page, as a kernel gives one: it keeps what it was sent."""

    def __init__(self, *args, **kwargs):
        self.comm_id = kwargs.get("comm_id") or str(id(self))
        self.kernel = object()

    def send(self, *args, **kwargs):
        pass

    def on_msg(self, callback):
        pass

    def on_close(self, callback):
        pass

    def close(self, *args, **kwargs):
        pass

    def handle_msg(self, *args, **kwargs):
        pass


@pytest.fixture
def on_a_page(monkeypatch):
    """Widgets made in this test are announced to a page, as in a running notebook."""
    from ipywidgets import comm as widget_comm
    from ipywidgets.widgets.widget import _instances

    from newslit.views import looks

    monkeypatch.setattr(widget_comm, "create_comm", PageComm)
    monkeypatch.setattr(looks, "_MADE", {})
    yield
    for widget in list(_instances.values()):  # nothing left to close when Python exits
        if isinstance(widget.comm, PageComm):
            widget.close()


def test_every_tag_menu_of_a_lesson_shares_one_layout_on_the_page(on_a_page, tmp_path):
    from newslit.learners.answers import AnswerStore
    from newslit.views.exercises import tags

    store = AnswerStore(tmp_path / "answers", "learner")
    first = tags("t.one", "Tag them", ["a sentence", "another"], ["loaded", "neutral"], store=store)
    second = tags("t.two", "Tag them", ["a third one"], ["loaded", "neutral"], store=store)
    menus = [*first._menus.values(), *second._menus.values()]
    assert len({id(m.layout) for m in menus}) == 1
    assert len({id(m.style) for m in menus}) == 1


def test_a_look_made_while_widgets_are_built_unshown_is_not_kept_for_the_page(on_a_page):
    from newslit.lessons.plan import unshown_widgets
    from newslit.views.looks import look

    with unshown_widgets():
        unseen = look("layout", width="61%")
    shown = look("layout", width="61%")
    assert shown is not unseen
    assert isinstance(shown.comm, PageComm)
    assert look("layout", width="61%") is shown


def test_widgets_built_unshown_share_their_looks_among_themselves(on_a_page):
    from newslit.lessons.plan import unshown_widgets
    from newslit.views.looks import look

    with unshown_widgets():
        first, second = look("layout", width="62%"), look("layout", width="62%")
    assert first is second
    assert look("layout", width="62%") is not first
