"""One layout or style model per look, shared by every widget of the kernel that has that look.

Each ``Layout`` or style an ipywidget is made with is a model of its own: the kernel sends
the notebook page its full state when it is made, and the page keeps it. A lesson has
hundreds of widgets with a handful of looks (a tag menu, an exercise's text, a radio
group), so one model per look, made once, saves the kernel and the page hundreds of models.

Only looks no code changes later are shared: a widget whose layout is changed after it is
made (a button's width, a box shown and hidden) gets a layout of its own.

Widgets built without a page (:func:`unshown_looks`: a teacher guide reading every lesson's
exercises, a demonstration class) share looks too, among themselves only.
"""

from __future__ import annotations

import contextlib

import ipywidgets as widgets
from comm import DummyComm
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle, TextStyle

_KINDS = {
    "layout": widgets.Layout,
    "description": DescriptionStyle,
    "html": HTMLStyle,
    "text": TextStyle,
    "button": widgets.ButtonStyle,
}
_MADE: dict[tuple, widgets.Widget] = {}
_UNSHOWN: dict[tuple, widgets.Widget] = {}  # looks made while building unshown: never given to a shown widget
_BUILDING_UNSHOWN = [0]  # how many unshown_looks() blocks are open


def look(kind: str, **traits) -> widgets.Widget:
    """The shared ``kind`` model ("layout"; a "description", "html" or "text" style) with these ``traits``.

    Made on first use and kept for the kernel's life. A model made while widgets are built
    without a page (a teacher guide counting exercises, see ``lessons.plan.unshown_widgets``)
    is not kept for the page: a widget shown later must not point to a model the page never
    received. Inside :func:`unshown_looks` such models are shared among the unshown widgets.
    """
    key = (kind, tuple(sorted(traits.items())))
    made = _MADE.get(key)
    if made is not None and _on_page(made):
        return made
    if _BUILDING_UNSHOWN[0] and key in _UNSHOWN:
        return _UNSHOWN[key]
    made = _KINDS[kind](**traits)
    if _on_page(made):
        _MADE[key] = made
    elif _BUILDING_UNSHOWN[0]:
        _UNSHOWN[key] = made
    return made


@contextlib.contextmanager
def unshown_looks():
    """While open, widgets built without a page share their looks (half the models a teacher guide builds).

    Only for widgets that are never shown (``lessons.plan.unshown_widgets`` opens it): a look
    made here has no connection to the page.
    """
    _BUILDING_UNSHOWN[0] += 1
    try:
        yield
    finally:
        _BUILDING_UNSHOWN[0] -= 1


def _on_page(model: widgets.Widget) -> bool:
    """True if the model was announced to the page (a real connection, still open)."""
    comm = getattr(model, "comm", None)
    return comm is not None and not isinstance(comm, DummyComm)


def text_widget(html: str = "") -> widgets.HTML:
    """An HTML widget with the plain look (no layout or style of its own).

    Views that redraw on a change (the outlet reader, the search box, the cue box) set its
    ``value`` instead of drawing into an ``Output`` widget: nbclient (the notebook tests,
    nbconvert) mimics an ``Output`` widget with a message on the socket where it waits for
    the cell's reply, and now and then saw that reply only at its cell timeout
    (jupyter/nbclient#312; see :meth:`newslit.views.classroom.ClassBoard.show`).
    """
    return widgets.HTML(html, layout=look("layout"), style=look("html"))


def button_widget(description: str, *, fit: bool = False, **traits) -> widgets.Button:
    """A button with shared looks: as wide as its words with ``fit``, else ipywidgets' usual width.

    Each button otherwise brings a layout and a style model of its own (and a message
    more for a width set after it is made): three models where one does. No code changes
    a button's layout or style once it is made (``button_style`` is the button's own).
    """
    layout = look("layout", width="max-content") if fit else look("layout")
    return widgets.Button(description=description, layout=layout, style=look("button"), **traits)
