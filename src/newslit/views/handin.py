"""The "Hand in" button at the end of every lesson (:mod:`newslit.learners.handin` does the work).

With a class folder (``NEWSLIT_CLASS_DIR``, set by the hub) the button copies the learner's
answers there and shows the receipt. Without one (Binder, a laptop) it writes a file named
after the learner and offers it as a download link (a ``data:`` URL, so it works wherever
the page is: JupyterLab, Voila, Binder), for the learner to give to the teacher. Off a hub a
learner who has not typed a name gets a name box first: the file must say whose it is.
"""

from __future__ import annotations

import base64
from html import escape

import ipywidgets as widgets

from newslit.learners.answers import AnswerStore, hub_user
from newslit.learners.handin import HandInError, class_dir, download_copy, hand_in, last_receipt, learner_name
from newslit.views.exercises import Panel, _status_html, shown_path
from newslit.views.looks import button_widget, text_widget


def download_link(file_name: str, content: bytes) -> str:
    """An HTML link that downloads ``content`` as ``file_name`` (a base64 ``data:`` URL)."""
    data = base64.b64encode(content).decode("ascii")
    return (
        f'<a download="{escape(file_name)}" href="data:application/json;base64,{data}" '
        f'class="newslit-download" style="font-weight:bold">Download {escape(file_name)}</a>'
    )


def _intro(folder) -> str:
    if folder is not None:
        return (
            "When you have answered, press the button: a copy of all your answers goes to your teacher. "
            "You can hand in again at the end of every lesson; each time it replaces your own copy, and nobody "
            "else's. Other learners cannot see what you hand in."
        )
    return (
        "When you have answered, press the button: it makes a file of all your answers, named after you, to "
        "download and give to your teacher (upload it, or save it where your teacher says). Do it at the end "
        "of every lesson: on an online service that forgets your work when you close it (such as Binder), "
        "this file is the only copy."
    )


def hand_in_button(store: AnswerStore | None = None) -> Panel:
    """The hand-in panel: a short explanation, a name box where one is needed, the button and the receipt."""
    store = store or AnswerStore()
    folder = class_dir()
    status = text_widget()
    link = text_widget()
    button = button_widget("Hand in my answers", fit=True, button_style="primary", icon="paper-plane")
    children: list[widgets.Widget] = [text_widget(f"<p><b>Hand in.</b> {escape(_intro(folder))}</p>")]
    name_box = None
    if not hub_user() and not learner_name(store):
        name_box = widgets.Text(
            placeholder="a first name or a nickname your teacher knows",
            description="Your name",
            continuous_update=False,
            layout=widgets.Layout(width="32em", max_width="100%"),  # the default width cut the placeholder short
        )
        children.append(name_box)
    previous = last_receipt(store)
    if previous is not None:
        status.value = _status_html("Last time: " + previous.text())

    def press(_):
        if name_box is not None and name_box.value.strip():
            store.set_learner_name(name_box.value)
        try:
            if folder is not None:
                receipt = hand_in(store, folder)
                link.value = ""
            else:
                path, content, receipt = download_copy(store)
                link.value = f"<p>{download_link(path.name, content)} and give it to your teacher.</p>"
        except HandInError as error:
            status.value = _status_html(str(error))
            return
        status.value = _status_html(receipt.text())

    button.on_click(press)
    children += [button, status, link]
    where = f"the class folder {folder}" if folder is not None else "a file to download, named after you"
    text = (
        f"Hand in: {_intro(folder)}\n"
        f"Without the button, in a terminal: newslit hand-in (it writes to {where}). Your answers are in {shown_path(store.path)}."
    )
    return Panel(children, text)
