"""Exercise widgets built from the question files: the one place a Question becomes a widget.

Each function takes a :class:`~newslit.lessons.questions.Question` and the values its
``{names}`` need, and returns an exercise of :mod:`newslit.views.exercises` (saved at
once, restored on re-run). The lesson modules compute what depends on the case (options
picked from the key, the right answer, the numbers in the feedback) and pass it in; every
word a learner reads comes from the file.

Inside :func:`written` the same functions return a :class:`Written` instead: the
exercise's words, options, items, key and check, with no widget (the teacher guide reads
every exercise of every lesson and draws none of them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

from newslit.lessons.questions import CHOICE_NAMES, Question
from newslit.views.feedback import Feedback

# The names a tagging question's feedback can always use (see tags()).
TAG_NAMES = ("right", "total", "share", "item", "item_short", "label", "why")
SHORT = 90  # characters of an item quoted in the feedback as {item_short}


def _exercises():
    from newslit.views import exercises

    return exercises


@dataclass
class Written:
    """An exercise as written, not built: what its widget would hold, and the same check.

    ``kind`` is "choice", "tags" or "free_text", as the widget's; ``check(value)`` gives the
    :class:`~newslit.views.feedback.Feedback` a learner reads for that answer.
    """

    kind: str
    exercise_id: str
    prompt: str
    check: Callable | None = None
    options: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    key: dict[str, tuple[str, str]] = field(default_factory=dict)
    model_answer: str | None = None


_WRITING: list[bool] = []  # not empty inside written()


@contextlib.contextmanager
def written():
    """Inside, the exercise functions return a :class:`Written`, not a widget (nothing is saved or shown)."""
    _WRITING.append(True)
    try:
        yield
    finally:
        _WRITING.pop()


def first(widget):
    """Mark ``widget`` as the first exercise of its lesson: it says what to do after a restart."""
    if isinstance(widget, Written):
        return widget
    return _exercises().first_exercise(widget)


def choice(question: Question, options: list[str] | None = None, *, judge=None, names=(), **values):
    """A choice exercise: the file's options (or ``options``), with the file's feedback.

    ``judge(option)`` returns ``(correct, {name: value})``: whether the option is right
    (None for an open answer) and the values its feedback needs, which ``names`` lists.
    Without a judge, the question's own ``answer`` decides.
    """
    question.expect(*CHOICE_NAMES, *names, *values)

    def feedback(option):
        if judge is None:
            return Feedback(*question.choice_feedback(option, **values))
        correct, found = judge(option)
        return Feedback(correct, question.verdict(correct, **{**values, "choice": option, **found}))

    options = list(options if options is not None else question.option_texts)
    if _WRITING:
        return Written("choice", question.saved_as(**values), question.text(**values), feedback, options=options)
    return _exercises().choice(question.saved_as(**values), question.text(**values), options, check=feedback)


def free_text(question: Question, **values):
    """A typed answer; the file's model answer (filled in) is shown once the learner's is saved."""
    question.expect(*values)
    model = question.fill(question.model_answer, **values) if question.model_answer else None
    if _WRITING:
        return Written("free_text", question.saved_as(**values), question.text(**values), model_answer=model)
    return _exercises().free_text(question.saved_as(**values), question.text(**values), model_answer=model)


def labels_of(value, items: list[str]) -> dict[str, str | None]:
    """A tags answer as ``{item: label}``, whether the widget gives a dict or a list."""
    if isinstance(value, dict):
        return {item: value.get(item) for item in items}
    values = list(value or [])
    return {item: (values[i] if i < len(values) else None) for i, item in enumerate(items)}


def tags(
    question: Question,
    items: list[str] | None = None,
    labels: list[str] | None = None,
    truth: dict[str, dict] | None = None,
    *,
    later: bool = False,
    **values,
):
    """A tagging exercise checked against ``truth``: ``{item: {"label": ..., "why": ..., more names}}``.

    ``items``, ``labels`` and ``truth`` default to the file's items, labels and item
    answers. The feedback is the question's ``summary`` (with ``{right}``, ``{total}``,
    ``{share}``), then its ``item`` line for every item tagged differently (with ``{item}``,
    ``{item_short}``, ``{label}``, ``{why}`` and the item's other names), then
    ``all_right`` when every tag matches.

    With ``later`` (a long exercise under "Going further"), the menus are built only when
    the learner presses the exercise's button, unless an answer to it is saved already.
    """
    items = list(items if items is not None else question.item_texts)
    labels = list(labels if labels is not None else question.labels)
    if truth is None:
        truth = {i.text: {"label": i.answer, "why": i.why} for i in question.items}
    extra = {name for row in truth.values() for name in row}
    question.expect(*TAG_NAMES, *extra, *values)

    def check(value):
        answers = labels_of(value, items)
        wrong = [item for item in items if answers.get(item) != truth[item]["label"]]
        right = len(items) - len(wrong)
        share = f"{right / len(items):.0%}" if items else "0%"
        lines = [question.say("summary", right=right, total=len(items), share=share, **values)]
        for item in wrong:
            short = item if len(item) <= SHORT else item[:SHORT] + "…"
            lines.append(question.say("item", item=item, item_short=short, **{**values, **truth[item]}))
        if not wrong:
            lines.append(question.say("all_right", right=right, total=len(items), share=share, **values))
        score = right / len(items) if items else None
        return Feedback(not wrong, "\n".join(line for line in lines if line), score)

    key = {item: (truth[item]["label"], truth[item].get("why", "")) for item in items}
    if _WRITING:
        return Written(
            "tags", question.saved_as(**values), question.text(**values), check, items=items, labels=labels, key=key
        )
    exercise_id, prompt = question.saved_as(**values), question.text(**values)

    def make():
        widget = _exercises().tags(exercise_id, prompt, items, labels, check=check)
        # Tests read the key from the widget, as the teacher guide reads a Written (a stand-in without attributes is left alone).
        with contextlib.suppress(AttributeError):
            widget.key = key
        return widget

    if later and not _saved(exercise_id):
        return _exercises().later(make, prompt, items, labels)
    return make()


def _saved(exercise_id: str) -> bool:
    from newslit.learners.answers import AnswerStore

    return AnswerStore().get(exercise_id) is not None
