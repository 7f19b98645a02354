"""One answer table per lesson for the teacher: each question as learners read it, the right answer, and why.

The exercises are built exactly as the lesson's notebook builds them (:mod:`newslit.lessons.plan`),
on the case loaded, so the table shows the options, the sentences and the answers learners
meet, filled in, never a template. The right answer is the one the exercise's own check
accepts; the "why" is the feedback a learner reads when they give it. Nothing is saved to
anyone's answers file.
"""

from __future__ import annotations

from html import escape

from newslit.lessons import plan
from newslit.lessons.teacher_guide import seed_only_note
from newslit.views.text import Shown, html_table, plain, safe_text

SHORT = 110  # characters of a tagged item shown in the answer column


def _short(text: str) -> str:
    return text if len(text) <= SHORT else text[:SHORT].rstrip() + "…"


def _choice_row(widget, note: str) -> tuple[str, str]:
    results = {option: widget.check(option) for option in widget.options} if widget.check else {}
    right = [option for option, feedback in results.items() if feedback.correct]
    if right:
        return right[0], results[right[0]].message + (f" {note}" if note else "")
    first = widget.options[0] if widget.options else ""
    said = results[first].message if first in results else ""
    return "No single right answer (a prediction or an opinion).", (note or said)


def rows(lesson: str) -> list[dict]:
    """Every exercise of ``lesson``: ``question``, ``answer``, ``why``, ``kind``, ``core`` (False under "Going further").

    For a tagging exercise ``answer`` is a list of ``(item, label)`` and ``why`` a list of
    the key's reasons, in the items' order; otherwise both are text.
    """
    found = []
    for _, step, widget, core, data in plan.exercises(lesson):
        note = step.note(data) if step.note else ""
        kind = getattr(widget, "kind", None)
        row = {"question": getattr(widget, "prompt", ""), "kind": kind, "core": core}
        if kind == "choice":
            row["answer"], row["why"] = _choice_row(widget, note)
            row["options"] = list(widget.options)
        elif kind == "tags":
            key = getattr(widget, "key", {})
            row["answer"] = [(item, key.get(item, ("?", ""))[0]) for item in widget.items]
            row["why"] = [key.get(item, ("?", ""))[1] for item in widget.items]
        elif kind == "free_text":
            row["answer"] = "A typed answer: no single right answer."
            row["why"] = (
                f"Model answer, shown to the learner after theirs: {widget.model_answer}"
                if widget.model_answer
                else "No model answer: a journal, read by the learner (and by you, if they hand it in)."
            )
        else:  # a question file that needs a fix: the box the notebook shows
            row.update(kind="problem", answer="", why=str(widget))
        found.append(row)
    return found


def _cells(row: dict, number: int) -> tuple[list[str], str]:
    where = "" if row["core"] else "<i>Going further (homework)</i><br>"
    question = where + safe_text(row["question"]).replace("\n", "<br>")
    text_where = "" if row["core"] else "[Going further] "
    if row["kind"] == "choice":
        options = "".join(f"<li>{safe_text(o)}</li>" for o in row["options"])
        question += f"<ul style='margin:.3em 0'>{options}</ul>"
    if row["kind"] == "tags":
        answer = (
            "<ol style='margin:0;padding-left:1.4em'>"
            + "".join(f"<li>{safe_text(_short(item))} → <b>{escape(label)}</b></li>" for item, label in row["answer"])
            + "</ol>"
        )
        reasons = [(n, why) for n, why in enumerate(row["why"], 1) if why]
        why = "<br>".join(f"{n}. {safe_text(reason)}" for n, reason in reasons)
        text = (
            f"{number}. {text_where}{plain(row['question'])}\n"
            + "\n".join(f"   {n}. {plain(_short(item))} → {label}" for n, (item, label) in enumerate(row["answer"], 1))
            + "\n"
            + "\n".join(f"   why {n}: {plain(reason)}" for n, reason in reasons)
        )
    else:
        answer = f"<b>{safe_text(row['answer'])}</b>"
        why = safe_text(row["why"]).replace("\n", "<br>")
        text = f"{number}. {text_where}{plain(row['question'])}\n   Answer: {plain(row['answer'])}\n   Why: {plain(row['why'])}"
    return [str(number), question, answer, why], text


def answer_table(lesson: str) -> Shown:
    """The answer table of ``lesson`` ("00" … "04"): question, right answer, why, in the lesson's order."""
    found = rows(lesson)
    table, lines = [], []
    for number, row in enumerate(found, 1):
        cells, text = _cells(row, number)
        table.append(cells)
        lines.append(text)
    in_class = sum(1 for row in found if row["core"])
    caption = f"Lesson {lesson}: {in_class} questions in class" + (
        f", {len(found) - in_class} more under Going further" if len(found) > in_class else ""
    )
    note = seed_only_note(lesson, plan.shared_case()[0])  # the case the lessons run on, as plan.exercises loads it
    if note:
        caption += ". " + note
    return Shown(
        html_table(["#", "Question (as learners read it)", "Right answer", "Why"], table, caption),
        caption + "\n" + "\n".join(lines),
    )
