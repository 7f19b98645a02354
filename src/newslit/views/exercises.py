"""Exercise widgets: choose, tag, type. Answers are saved at once and come back on re-run.

The API every lesson uses::

    Feedback(correct, message)                                  # what a check returns
    choice(exercise_id, prompt, options, *, check=None)         # one of several options
    tags(exercise_id, prompt, items, labels, *, check=None)     # a label per item; value {item: label}
    free_text(exercise_id, prompt, *, model_answer=None, check=None)

``check(value)`` returns a :class:`Feedback` (a plain string or bool is accepted too). The
key is only consulted once the learner has answered, so the answer is never shown first.

Each exercise is an ipywidgets box whose controls work from the keyboard (radio buttons,
drop-down lists, a text box, buttons: Tab to move, arrows or letters to choose, Enter or
Space to press). It saves to the learner's answers file (:mod:`newslit.learners.answers`) the
moment an answer is given, and a re-run, "Run All" or a kernel restart shows the saved
answer and its feedback again. Without a widget front end (an HTML export, a printed
handout, a screen reader reading the text output) the exercise shows as text: the prompt,
the options or items, the saved answer and the feedback; ``print(widget)`` gives the same.

Article text in prompts, options and items is masked, escaped and, where the case's key
says a sentence describes the abuse in words, folded (:mod:`newslit.views.text`).
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

import ipywidgets as widgets

from newslit.learners.answers import AnswersNotKept, AnswerStore, changed_question_notice, export, hub_user
from newslit.views.feedback import Feedback, as_feedback
from newslit.views.looks import button_widget, look, text_widget
from newslit.views.text import block, plain, safe_text

__all__ = [
    "Feedback",
    "Panel",
    "choice",
    "tags",
    "free_text",
    "later",
    "first_exercise",
    "learner_name",
    "my_answers",
]

# After a kernel restart (or on reopening a notebook) the widgets still show but nothing
# answers them: the first widget of every lesson says so, in words, all the time.
RESTART_NOTE = (
    "Nothing happens when you answer? The notebook has to run again (after a restart, or when "
    "you reopen it): menu Run → Run All Cells. Your saved answers come back."
)


def restart_note_html() -> str:
    """The restart note as a small line under a lesson's first widget.

    It starts with a word, not an "ⓘ" sign: many computers (this project's own test
    machine among them) have no font with that sign, and show an empty box instead.
    """
    return (
        '<div class="nl-restart-note" style="font-size:85%;color:var(--jp-ui-font-color2,#555);'
        f'margin-top:4px"><b>Tip:</b> {escape(RESTART_NOTE)}</div>'
    )


def _prompt_html(prompt: str) -> str:
    paragraphs = [p for p in prompt.split("\n\n") if p.strip()]
    return block("".join(f"<p>{safe_text(p).replace(chr(10), '<br>')}</p>" for p in paragraphs))


def _status_html(text: str) -> str:
    return (
        f'<div role="status" style="color:var(--jp-ui-font-color1,#333);font-size:90%">{escape(text)}</div>'
        if text
        else ""
    )


def _fits(saved, shown) -> bool:
    """Whether the controls show all of a saved answer (a question changed since may have dropped an option)."""
    if isinstance(saved, dict):
        return isinstance(shown, dict) and all(shown.get(k) == v for k, v in saved.items() if v is not None)
    return saved in (None, "") or saved == shown


class Exercise(widgets.VBox):
    """The common part of every exercise: prompt, saving, restoring, feedback, text fallback."""

    kind = "exercise"

    def __init__(self, exercise_id: str, prompt: str, check=None, store: AnswerStore | None = None):
        super().__init__(layout=look("layout", width="100%", max_width="900px"))
        self.exercise_id = exercise_id
        self.prompt = prompt
        self.check = check
        self.store = store or AnswerStore()
        self.feedback: Feedback | None = None
        self._restoring = False
        self._prompt = self._text(_prompt_html(prompt))
        self._status = self._text()
        self._feedback = self._text()

    def _text(self, html: str = "") -> widgets.HTML:
        """A text of this exercise (prompt, status, feedback, a style sheet): HTML with the shared plain look."""
        return text_widget(html)

    # -- subclasses provide the controls and how to read and write their value ----------
    def _controls(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def _get(self):
        raise NotImplementedError

    def _set(self, value) -> None:
        raise NotImplementedError

    def _describe(self) -> list[str]:
        return []

    # -- shared behaviour ---------------------------------------------------------------
    def _build(self) -> None:
        self.children = [self._prompt, *self._controls(), self._status, self._feedback]
        entry = self.store.get(self.exercise_id)
        notices = list(self.store.notices)
        if entry is not None:
            self._restoring = True
            try:
                self._set(entry.get("value"))
            finally:
                self._restoring = False
            if not _fits(entry.get("value"), self._get()):
                notices.append(changed_question_notice(entry))
            else:
                if entry.get("checked"):
                    self._show(self._evaluate(self._get()))
                notices.append("Your saved answer is back.")
        self._say(" ".join(notices))

    @property
    def value(self):
        """The answer as it stands in the widget."""
        return self._get()

    @property
    def saved(self) -> dict | None:
        """The saved entry of this exercise (read from the file), or None."""
        return self.store.get(self.exercise_id)

    def answer(self, value) -> Feedback | None:
        """Give an answer as a learner would (set the controls, save, check). Returns the feedback."""
        self._restoring = True
        try:
            self._set(value)
        finally:
            self._restoring = False
        return self.submit()

    def _evaluate(self, value) -> Feedback:
        if self.check is None:
            return Feedback(None, "Your answer is kept.")
        try:
            return as_feedback(self.check(value))
        except Exception as error:  # a broken key must not lose the answer
            return Feedback(None, f"Your answer is saved, but it could not be checked ({type(error).__name__}).")

    def _save(self, checked: bool, feedback: Feedback | None = None) -> bool:
        """Save the answer; False (and the reason shown, in words) when it cannot be kept."""
        correct = feedback.correct if feedback else None
        score = feedback.score if feedback else None
        try:
            self.store.save(
                self.exercise_id,
                self._get(),
                kind=self.kind,
                prompt=self.prompt,
                correct=correct,
                checked=checked,
                score=score,
            )
        except AnswersNotKept as error:
            self._say(str(error))
            return False
        return True

    def submit(self) -> Feedback | None:
        """Save the current answer as checked and show the feedback (the feedback even when it cannot be saved)."""
        feedback = self._evaluate(self._get())
        saved = self._save(True, feedback)
        if feedback.correct is None:
            # An open answer's feedback opens with "Saved." itself: the status line would say it twice.
            feedback = replace(feedback, kept=saved)
            if saved:
                self._say("")
        elif saved:
            self._say("Saved.")
        self._show(feedback)
        return feedback

    def _show(self, feedback: Feedback) -> None:
        self.feedback = feedback
        self._feedback.value = feedback.html()

    def _say(self, text: str) -> None:
        self._status.value = _status_html(text)

    # -- the text fallback --------------------------------------------------------------
    def text(self) -> str:
        """The exercise as plain text: prompt, choices, saved answer and feedback."""
        lines = [f"Question: {plain(self.prompt)}", *self._describe()]
        entry = self.saved
        if entry is not None:
            lines.append(f"Your saved answer: {_plain(entry.get('value'))}")
        else:
            lines.append("(Not answered yet: run this notebook in Jupyter to answer.)")
        if self.store.read_only:
            lines.extend(n for n in self.store.notices if "cannot be written to" in n)
        if self.feedback is not None:
            lines.append(self.feedback.text())
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.text()

    __str__ = __repr__

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = self.text()
        bundle["text/html"] = block(f"<pre style='white-space:pre-wrap'>{escape(self.text())}</pre>")
        return bundle


def _plain(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        return "; ".join(f"{plain(str(k))} → {v or '(not tagged)'}" for k, v in value.items())
    return plain(str(value))


# ipywidgets gives each radio label one line of fixed height: a long option (a whole
# sentence) would overflow onto the next one. Let labels wrap and grow instead.
CHOICE_STYLE = (
    "<style>.nl-choice .widget-radio-box label{height:auto !important;line-height:1.35 !important;"
    "white-space:normal !important;margin:4px 0 !important;align-items:flex-start}</style>"
)


class Choice(Exercise):
    """One of several options (radio buttons): saved and checked as soon as it is chosen."""

    kind = "choice"

    def __init__(self, exercise_id, prompt, options, check=None, store=None):
        super().__init__(exercise_id, prompt, check, store)
        self.options = list(options)
        self._radio = widgets.RadioButtons(
            options=[(plain(str(o)), o) for o in self.options],
            value=None,
            description="Your answer:",  # a visible label, so a screen reader names the group
            layout=look("layout", width="auto"),
            style=look("description", description_width="initial"),
        )
        self._radio.add_class("nl-choice")
        self._radio.observe(self._changed, names="value")
        self._build()

    def _controls(self):
        return [self._text(CHOICE_STYLE), self._radio]

    def _get(self):
        return self._radio.value

    def _set(self, value):
        self._radio.value = value if value in self.options else None

    def _changed(self, change):
        if not self._restoring and change["new"] is not None:
            self.submit()

    def _describe(self):
        return [f"  {chr(97 + i)}) {plain(str(o))}" for i, o in enumerate(self.options)]


class Tags(Exercise):
    """A label for each item (one drop-down list per item). Saved at every change; checked on the button."""

    kind = "tags"

    def __init__(self, exercise_id, prompt, items, labels, check=None, store=None):
        super().__init__(exercise_id, prompt, check, store)
        self.items, self.labels = list(items), list(labels)
        self._menus = {}
        self._rows = []  # (the item's text, its menu): shown one under the other, with no box around
        self._warned = False
        for number, item in enumerate(self.items, 1):
            menu = widgets.Dropdown(
                options=self.labels,
                value=None,
                # "Tag 3:" beside the menu says what it is for; a bare "3." repeated the item's own number.
                description=f"Tag {number}:",
                tooltip=plain(item)[:200],
                layout=look("layout", width="max-content"),
                style=look("description", description_width="initial"),
            )
            menu.observe(self._changed, names="value")
            self._menus[item] = menu
            self._rows.append((self._text(block(f"<b>{number}.</b> {safe_text(item)}")), menu))
        self._button = button_widget("Check my tags", button_style="primary", icon="check")
        self._button.on_click(lambda _: self.submit())
        self._build()

    def _controls(self):
        return [*(part for row in self._rows for part in row), self._button]

    def _get(self):
        return {item: self._menus[item].value for item in self.items}

    def _set(self, value):
        value = value if isinstance(value, dict) else {}
        for item, menu in self._menus.items():
            label = value.get(item)
            menu.value = label if label in self.labels else None

    def _changed(self, change):
        if self._restoring or not self._save(False):
            return
        left = sum(1 for v in self._get().values() if v is None)
        self._say(f"Saved. {left} left to tag." if left else "Saved. All tagged: press “Check my tags”.")

    def submit(self):
        left = sum(1 for v in self._get().values() if v is None)
        if left and not self._warned:
            self._warned = True
            if not self._save(False):
                return None
            self._say(
                f"Saved. {left} item{'s are' if left > 1 else ' is'} not tagged yet: tag them, or press again to check."
            )
            return None
        return super().submit()

    def _describe(self):
        return _tag_lines(self.items, self.labels)


def _tag_lines(items, labels) -> list[str]:
    return [f"  Labels: {', '.join(labels)}", *(f"  {n}. {plain(item)}" for n, item in enumerate(items, 1))]


class Later(widgets.VBox):
    """A long tagging exercise shown as its prompt and a button; its menus are built when the button is pressed.

    Lesson 02's four whole asides hunts, under "Going further", hold about 110 menus: built
    with the notebook they made its run about 0.4 s longer, for homework most learners open
    later or never. Once opened it is the same exercise, in the same place (the button
    gives way to it): saved at once, checked on its own button. One with a saved answer is
    built at once by :func:`later`'s caller, so a re-run shows the answer and its feedback.

    :attr:`exercise` is the exercise itself (its ``items``, ``check``, ``answer`` …), built
    on first use; it shows only when opened.
    """

    def __init__(self, make, prompt: str, items, labels):
        self._make = make
        self._exercise = None
        self._text_version = "\n".join(
            [
                f"Question: {plain(prompt)}",
                *_tag_lines(items, labels),
                "(Not answered yet: run this notebook in Jupyter to answer.)",
            ]
        )
        button = button_widget(f"Start tagging ({len(items)} sentences)", fit=True, icon="tags", button_style="primary")
        button.on_click(lambda _: self.start())
        super().__init__(
            [text_widget(_prompt_html(prompt)), button], layout=look("layout", width="100%", max_width="900px")
        )

    @property
    def exercise(self) -> Exercise:
        """The exercise inside, built on first use."""
        if self._exercise is None:
            self._exercise = self._make()
        return self._exercise

    def start(self) -> Exercise:
        """Build the exercise (if not yet) and show it in place of the prompt and the button."""
        self.children = [self.exercise]
        return self.exercise

    def __repr__(self) -> str:
        return self._exercise.text() if self._exercise is not None else self._text_version

    __str__ = __repr__

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = repr(self)
        bundle["text/html"] = block(f"<pre style='white-space:pre-wrap'>{escape(repr(self))}</pre>")
        return bundle


class FreeText(Exercise):
    """A typed answer. Saved when the box loses focus and on the button; the model answer comes after."""

    kind = "free_text"

    def __init__(self, exercise_id, prompt, model_answer=None, check=None, store=None):
        super().__init__(exercise_id, prompt, check, store)
        self.model_answer = model_answer
        self._box = widgets.Textarea(
            placeholder="Type your answer here",
            continuous_update=False,
            layout=look("layout", width="100%", height="6em"),
            style=look("text"),
        )
        self._box.observe(self._changed, names="value")
        label = "Save and show the model answer" if model_answer else "Save my answer"
        self._button = button_widget(label, fit=True, button_style="primary", icon="save")
        self._button.on_click(lambda _: self.submit())
        self._build()

    def _controls(self):
        return [self._box, self._button]

    def _get(self):
        return self._box.value

    def _set(self, value):
        self._box.value = value if isinstance(value, str) else ""

    def _changed(self, change):
        if not self._restoring and self._save(self.feedback is not None):
            # Once the feedback (which opens with "Saved.") shows, a plain "Saved." would repeat it.
            self._say("Saved." if self.feedback is None else "Your change is saved.")

    def _evaluate(self, value):
        result = super()._evaluate(value) if self.check else None
        if self.model_answer is None:
            return result or Feedback(None, "Your answer is kept.")
        model = f"A model answer to compare with yours (there is more than one good answer): {self.model_answer}"
        if result is None:
            return Feedback(None, model)
        return Feedback(result.correct, f"{result.message}\n{model}")

    def submit(self):
        if not self._get().strip():
            self._say("Type your answer first: the model answer appears once yours is saved.")
            return None
        return super().submit()

    def _describe(self):
        return ["  (Write your answer in a few sentences.)"]


def choice(exercise_id: str, prompt: str, options, *, check=None, store: AnswerStore | None = None) -> Choice:
    """A multiple-choice exercise. ``check(option)`` gives the feedback; the value is the option."""
    return Choice(exercise_id, prompt, options, check, store)


def tags(exercise_id: str, prompt: str, items, labels, *, check=None, store: AnswerStore | None = None) -> Tags:
    """A tagging exercise: one label per item. The value is ``{item: label or None}``."""
    return Tags(exercise_id, prompt, items, labels, check, store)


def free_text(
    exercise_id: str, prompt: str, *, model_answer: str | None = None, check=None, store: AnswerStore | None = None
) -> FreeText:
    """A typed answer; ``model_answer`` is shown only after the learner's own answer is saved."""
    return FreeText(exercise_id, prompt, model_answer, check, store)


def later(make, prompt: str, items, labels) -> Later:
    """A tagging exercise built by ``make()`` when the learner presses its button (see :class:`Later`)."""
    return Later(make, prompt, items, labels)


def first_exercise(widget):
    """Add the restart note under ``widget``, the first one a learner touches in a lesson.

    Anything that is not an exercise (a box saying a question file needs a fix) is returned
    as it is.
    """
    if isinstance(widget, Exercise):
        widget.children = (*widget.children, text_widget(restart_note_html()))
    return widget


# ---- the learner's own panel: name, export, start over --------------------------------------


class Panel(widgets.VBox):
    """A box of controls with a text version (``repr``, a handout, a screen reader's text output)."""

    def __init__(self, children, text: str):
        super().__init__(children, layout=look("layout"))  # a panel's box is never resized or hidden
        self._text = text

    def __repr__(self) -> str:
        return self._text

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = self._text
        bundle["text/html"] = f"<pre style='white-space:pre-wrap'>{escape(self._text)}</pre>"
        return bundle


def shown_path(path) -> str:
    """``path`` as a learner finds it: from the notebook's folder when it is inside it, else in full.

    A learner sees "answers/my-answers.json (in the folder of this notebook)" in the file
    browser beside the notebook; a full temporary or home path means nothing to them.
    """
    from pathlib import Path

    path = Path(path)
    try:
        inside = path.resolve().relative_to(Path.cwd().resolve())
    except (OSError, ValueError):
        return str(path)
    return f"{inside.as_posix()} (in the folder of this notebook)"


def learner_name(store: AnswerStore | None = None) -> Panel:
    """A box for the learner's display name (optional), saved in their answers file.

    On a JupyterHub there is no box: the learner is the hub user, and the panel says so.
    """
    store = store or AnswerStore()
    if hub_user():
        text = (
            f"You are signed in as {hub_user()}. Your answers are saved under that name in your own folder "
            f"({shown_path(store.path)}); nothing else about you is saved."
        )
        return Panel([text_widget(f"<p>{escape(text)}</p>")], text)
    box = widgets.Text(
        value=store.read().get("learner", ""),
        placeholder="optional: a first name or a nickname",
        description="Your name",
        continuous_update=False,
        layout=widgets.Layout(width="32em", max_width="100%"),  # the default width cut the placeholder short
    )
    status = text_widget(_status_html(" ".join(store.notices)))

    def changed(change):
        try:
            store.set_learner_name(change["new"])
        except AnswersNotKept as error:
            status.value = _status_html(str(error))
            return
        status.value = _status_html("Saved." if change["new"].strip() else "Name cleared.")

    box.observe(changed, names="value")
    text = (
        f"Your name (optional) is kept in your answers file, {shown_path(store.path)}, with your answers. "
        "Nothing else about you is saved."
    )
    return Panel(
        [box, text_widget(f"<small>{escape(text)}</small>"), status, text_widget(restart_note_html())],
        text + "\n" + RESTART_NOTE,
    )


def my_answers(store: AnswerStore | None = None) -> Panel:
    """Export a readable copy of the learner's answers, or start over (after a confirmation).

    Handing in is the "Hand in my answers" button at the end of every lesson (:mod:`newslit.views.handin`).
    """
    store = store or AnswerStore()
    status = text_widget()
    export_button = button_widget("Export my answers", fit=True, icon="download")
    start_button = button_widget("Start over…", icon="trash")
    yes = button_widget("Yes, forget all my answers", fit=True, button_style="danger")
    no = button_widget("No, keep them")
    confirm = widgets.HBox([yes, no], layout=widgets.Layout(display="none"))

    def do_export(_):
        try:
            paths = export(store)
        except OSError as error:
            reason = f" ({error.strerror.lower()})" if error.strerror else ""
            status.value = _status_html(
                f"Could not write the export in {store.folder / 'export'}{reason}. Ask your teacher where to save it."
            )
            return
        status.value = _status_html(
            "Written: " + ", ".join(str(p) for p in paths) + ". The .md and .html files are a readable copy for you; "
            "to give your answers to your teacher, press “Hand in my answers” at the end of the lesson."
        )

    def ask(_):
        confirm.layout.display = "flex"
        status.value = _status_html("Are you sure? Every saved answer in every lesson will be forgotten.")

    def forget(_):
        confirm.layout.display = "none"
        try:
            backup = store.start_over()
        except AnswersNotKept as error:
            status.value = _status_html(str(error))
            return
        where = f" A copy of the old answers is kept as {backup.name}." if backup else ""
        status.value = _status_html("Done: re-run the lessons to start again." + where)

    def keep(_):
        confirm.layout.display = "none"
        status.value = _status_html("Nothing changed.")

    export_button.on_click(do_export)
    start_button.on_click(ask)
    yes.on_click(forget)
    no.on_click(keep)
    text = (
        f"Your answers are saved in {shown_path(store.path)}.\n"
        "To hand them in: the “Hand in my answers” button at the end of every lesson, or `newslit hand-in` in a terminal. "
        "newslit.learners.answers.export() writes a readable .md and .html copy.\nTo start over: newslit.learners.answers.AnswerStore().start_over() (a copy of the old file is kept)."
    )
    return Panel([widgets.HBox([export_button, start_button]), confirm, status], text)
