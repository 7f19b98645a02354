"""The skills check as a learner works it: twelve questions, a finish button, and (after) the answers.

:class:`CheckPanel` shows one form of the check (built by :mod:`newslit.lessons.skills_check`).
Every answer is saved the moment it is chosen, like any exercise, and comes back after a
re-run or a restart; the check says nothing about right or wrong while it is worked.

- **Before the lessons** the learner presses *I have finished* and gets no feedback: the
  answers are locked, and the results wait for the check after the lessons.
- **After the lessons** the same button locks the answers and shows, under every question,
  whether it was right, the answer and why; a :class:`ResultsPanel` (the learner's chart,
  before and after, per skill) redraws itself at that moment.

Before any answer is given, a learner without a file of their own (``my-answers``) can
type their name: it decides which form comes first, so the panel shows the form of the
name typed. Once a question is answered, the form is kept.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from html import escape

import ipywidgets as widgets

from newslit.learners import skills_check as check
from newslit.learners.answers import DEFAULT_LEARNER, AnswerStore
from newslit.views.exercises import Choice, Feedback, _status_html
from newslit.views.looks import button_widget, look, text_widget
from newslit.views.text import Shown, block

# Every results panel shown in this kernel, so a finished check can redraw them.
_RESULT_PANELS: weakref.WeakSet = weakref.WeakSet()

KEPT_NOTE = "Your answer is kept. You can change it until you finish the check."
FINISHED_NOTE = "Your answer is kept. The check is finished, so it can no longer change."

FINISH_LABEL = {"before": "I have finished", "after": "I have finished: show me the answers"}


class CheckItem(Choice):
    """One question of the check: saved at once, with no verdict shown until :meth:`reveal`."""

    on_answer: Callable[[], None] | None = None  # the panel's counter, told of every answer

    def submit(self) -> Feedback:
        """Save the chosen option with no verdict (the check is not marked while it is worked)."""
        self._save(False)
        feedback = Feedback(None, KEPT_NOTE)
        self._show(feedback)
        self._say("")  # the box says it is saved; the panel's own line counts the answers
        if self.on_answer is not None:
            self.on_answer()
        return feedback

    def reveal(self) -> Feedback:
        """Save the answer as checked (it becomes the one that counts) and show the verdict and why."""
        feedback = self._evaluate(self._get())
        self._save(True, feedback)
        self._show(feedback)
        return feedback

    def lock(self) -> None:
        """No more changes: the options stay visible, greyed, and no line still offers a change."""
        self._radio.disabled = True
        if self.feedback is not None and self.feedback.correct is None:
            self._show(Feedback(None, FINISHED_NOTE))


class CheckPanel(widgets.VBox):
    """One form of the skills check, with an optional name box, a finish button and a status line.

    Parameters
    ----------
    phase : "before" or "after"
    store : AnswerStore
    pick_form : callable
        ``pick_form(store)`` gives the form to show (it reads the saved answers and the name).
    make_items : callable
        ``make_items(form)`` gives the form's :class:`CheckItem` widgets, in order, with
        their saved answers restored.
    title : callable
        ``title(form)`` gives the heading over the questions.
    """

    def __init__(self, phase, store: AnswerStore, pick_form, make_items, title):
        super().__init__(layout=widgets.Layout(width="100%", max_width="900px"))
        self.phase, self.store = phase, store
        self._pick_form, self._make_items, self._title = pick_form, make_items, title
        self._heading = text_widget()
        self._name_row = self._name_box()
        self._button = button_widget(FINISH_LABEL[phase], fit=True, button_style="primary", icon="check")
        self._button.on_click(lambda _: self.finish())
        self._status = text_widget()
        self._warned = False
        self.items: list[CheckItem] = []
        self.form = ""
        self._show_form(self._pick_form(store))

    # -- building ---------------------------------------------------------------------------
    def _name_box(self) -> widgets.Widget | None:
        """A name box for a learner whose file has no name of its own, while the form can still change."""
        answers = self.store.answers()
        fixed = check.phase_state(answers, "before")["form"] or check.phase_state(answers, "after")["form"]
        if self.store.id != DEFAULT_LEARNER or fixed:
            return None
        box = widgets.Text(
            value=self.store.read().get("learner", ""),
            placeholder="your first name, or the name your teacher asks for",
            description="Your name",
            continuous_update=False,
        )
        box.observe(self._renamed, names="value")
        note = text_widget(
            "<small>Type your name first, if your teacher collects the answers: your name decides which of "
            "two versions of the check (form A or form B) you get, so the heading may change when you "
            "type it. It is kept in your answers file, and nothing else about you.</small>"
        )
        return widgets.VBox([box, note])

    def _renamed(self, change) -> None:
        self.store.set_learner_name(change["new"])
        form = self._pick_form(self.store)
        if form != self.form and not self._started():
            self._show_form(form)
        self._say("Name saved.")

    def _show_form(self, form: str) -> None:
        self.form = form
        self.items = self._make_items(form)
        for item in self.items:
            item.on_answer = self._answered
            # A line between questions (the theme's colour, so it shows in the dark theme too).
            item.layout = look(
                "layout",
                width="100%",
                max_width="900px",
                border_top="1px solid var(--jp-border-color2, #ccc)",
                padding="6px 0 0 0",
            )
        self._heading.value = block(f"<h3 style='margin:.3em 0'>{escape(self._title(form))}</h3>")
        rows = [self._heading, *([self._name_row] if self._name_row else []), *self.items]
        self.children = [*rows, self._button, self._status]
        self._restore()

    def _restore(self) -> None:
        answers = self.store.answers()
        state = check.phase_state(answers, self.phase)
        other = check.phase_state(answers, check.other_phase(self.phase))
        if state["finished"]:
            self._close()
            self._say(self._finished_text())
        elif self.phase == "before" and other["form"]:
            # The check after the lessons has begun: a "before" answer given now would not be "before".
            self._close()
            self._say("This check is closed: you have already started the check after the lessons (notebook 06).")
        else:
            answered = sum(item.value is not None for item in self.items)
            self._say(f"{answered} of {len(self.items)} answered." if answered else "")

    # -- working it -------------------------------------------------------------------------
    def _started(self) -> bool:
        return any(item.value is not None for item in self.items)

    def _answered(self) -> None:
        """The first answer fixes the form (and hides the name box); each answer updates the count."""
        if not check.phase_state(self.store.answers(), self.phase)["form"]:
            self._save_state(finished=False)
        if self._name_row is not None:
            self._name_row.layout.display = "none"
        left = sum(item.value is None for item in self.items)
        self._say(
            f"Saved. {len(self.items) - left} of {len(self.items)} answered."
            if left
            else f"Saved. All {len(self.items)} answered: press “{FINISH_LABEL[self.phase]}” when you are sure."
        )

    def _save_state(self, finished: bool) -> None:
        title = self._title(self.form)
        self.store.save(
            check.state_id(self.phase),
            {"form": self.form, "finished": finished},
            kind="check",
            prompt=title,
            checked=finished,
        )

    def finish(self) -> bool:
        """Hand the check in: lock it, and after the lessons show every answer. Returns True when done.

        With questions left unanswered, the first press only says how many; a second press
        finishes anyway (they count as not right).
        """
        if check.phase_state(self.store.answers(), self.phase)["finished"]:
            return True
        left = sum(item.value is None for item in self.items)
        if left and not self._warned:
            self._warned = True
            self._say(
                f"{left} question{'s are' if left > 1 else ' is'} not answered yet. Answer "
                f"{'them' if left > 1 else 'it'}, or press the button again to finish anyway "
                "(a question left out counts as not right)."
            )
            return False
        try:
            if self.phase == "after":
                for item in self.items:
                    item.reveal()
            self._save_state(finished=True)
        except OSError as error:  # a folder that cannot be written: say so, lose nothing
            self._say(f"Your check could not be saved ({error}). Ask your teacher; your answers so far are kept.")
            return False
        self._close()
        self._say(self._finished_text())
        for panel in list(_RESULT_PANELS):
            if panel.store.path == self.store.path:
                panel.refresh()
        return True

    def _close(self) -> None:
        for item in self.items:
            item.lock()
        self._button.disabled = True
        if self._name_row is not None:
            self._name_row.layout.display = "none"

    def _finished_text(self) -> str:
        if self.phase == "before":
            return (
                "Finished and saved. Thank you! You will see the answers, and how you did, after the "
                "lessons: in notebook 06, check yourself."
            )
        right = sum(1 for item in self.items if item.feedback is not None and item.feedback.correct)
        return (
            f"Finished and saved: {right} of {len(self.items)} right. Under each question: the answer and why. "
            "Your results, before and after, are in the next cell."
        )

    def _say(self, text: str) -> None:
        self._status.value = _status_html(text)

    # -- the text version -----------------------------------------------------------------
    def text(self) -> str:
        """The check as plain text: heading, every question with its saved answer, the status."""
        parts = [self._title(self.form), *(item.text() for item in self.items)]
        return "\n\n".join(parts)

    def __repr__(self) -> str:
        return self.text()

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = self.text()
        bundle["text/html"] = block(f"<pre style='white-space:pre-wrap'>{escape(self.text())}</pre>")
        return bundle


class ResultsPanel(widgets.VBox):
    """The learner's results, drawn by ``draw()``; redrawn when a check is finished.

    ``draw()`` returns what to show as a :class:`~newslit.views.text.Shown`: its HTML (the
    chart as an SVG image with its summary as the caption, or a sentence) goes into an HTML
    widget, not an ``Output`` widget (see :func:`newslit.views.looks.text_widget`), and its
    text is the panel's text version.
    """

    def __init__(self, store: AnswerStore, draw: Callable[[], Shown]):
        self.store, self._draw = store, draw
        self._shown = text_widget()
        super().__init__([self._shown], layout=look("layout"))
        self._text = ""
        self.refresh()
        _RESULT_PANELS.add(self)

    def refresh(self) -> None:
        """Draw the results again, from the answers file as it is now."""
        shown = self._draw()
        self._shown.value, self._text = shown.html, shown.text

    def __repr__(self) -> str:
        return self._text

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = self._text
        bundle["text/html"] = block(f"<pre style='white-space:pre-wrap'>{escape(self._text)}</pre>")
        return bundle
