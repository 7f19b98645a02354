"""The teacher guide's views: every lesson's goals from its header card, every question and every answer key.

The guide shows all keys at once (learners see a key only after they answer). Everything
is read from the notebooks, the question files (``lessons/questions/*.toml``) and the
case's ``key/`` folder, so the guide never disagrees with what learners are told.
"""

from __future__ import annotations

import json
import re
import string
from html import escape
from pathlib import Path

from newslit.case.bundled import bundled
from newslit.case.key import read_rows
from newslit.case.model import Case
from newslit.lessons.questions import Question, QuestionError, lesson_questions
from newslit.text.masking import mask
from newslit.views.text import Shown, html_table, safe_text


def notebooks_dir() -> Path:
    """The lessons that come with this newslit: the package's copy, or the repository's ``notebooks/``."""
    return bundled("notebooks")


def header_card(path: Path) -> dict[str, str]:
    """The rows of a lesson's header card (``{"Time": "45 minutes", ...}``), from its first cell."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    first = "".join(cells[0]["source"]) if cells else ""
    rows = re.findall(r"^\|\s*\*\*(.+?)\*\*\s*\|\s*(.+?)\s*\|\s*$", first, re.MULTILINE)
    title = next((line[2:] for line in first.splitlines() if line.startswith("# ")), path.stem)
    return {"title": title, **dict(rows)}


def lessons_view(folder: Path | None = None) -> Shown:
    """Each lesson notebook's title, time and goals, read from its header card."""
    folder = folder or notebooks_dir()
    rows, lines = [], []
    for path in sorted(folder.glob("0*.ipynb")):
        card = header_card(path)
        goals = card.get("You will", "")
        rows.append(
            [
                escape(path.name),
                escape(card["title"]),
                escape(card.get("Time", "?")),
                escape(goals).replace("&lt;br&gt;", "<br>"),
            ]
        )
        lines.append(f"{path.name}: {card['title']} ({card.get('Time', '?')})\n  {goals.replace('<br>', ' ')}")
    return Shown(
        html_table(["Notebook", "Title", "Time", "Goals"], rows, "The lessons, from their header cards"),
        "\n".join(lines),
    )


def key_files(case: Case) -> list[Path]:
    """The case's key files (CSV), sorted by name; [] if it has no key."""
    return sorted(case.key_dir.glob("*.csv")) if case.key_dir.is_dir() else []


def key_table(case: Case, name: str, columns: list[str] | None = None) -> Shown:
    """One key file as a table (article text masked and escaped). ``columns`` picks and orders columns.

    Lines starting with ``#`` are comments and are skipped.
    """
    rows = read_rows(case, name)
    columns = columns or (list(rows[0]) if rows else [])
    table = [[safe_text(row.get(c) or "") for c in columns] for row in rows]
    text = "\n".join(" | ".join(mask(row.get(c) or "") for c in columns) for row in rows)
    return Shown(html_table(columns, table, f"key/{name}: {len(rows)} rows"), f"key/{name}\n{text}")


def key_files_view(case: Case) -> Shown:
    """Every key file of the case with its number of rows (comment lines and the header not counted)."""
    rows, lines = [], []
    for path in key_files(case):
        count = len(read_rows(case, path.name))
        rows.append([escape(path.name), str(count)])
        lines.append(f"{path.name}: {count} rows")
    return Shown(html_table(["Key file", "Rows"], rows, "The case's answer key"), "\n".join(lines) or "No key files.")


# ---- every lesson's questions, from the same files the exercises are built from ----------


def _own_values(question: Question, case: Case | None) -> dict[str, str]:
    """The names a guide can fill without running the lesson: the passage, and the quote if a case is given."""
    own = {"passage": question.passage} if question.passage else {}
    if case is not None and question.quote:
        from newslit.analysis.accountability import find_sentence

        try:
            own["quote"] = mask(find_sentence(case, case.primary.id, question.quote).text)
        except LookupError:
            pass
    return own


def _preview(question: Question, text: str, own: dict[str, str]) -> str:
    """``text`` with the names in ``own`` filled in; names the case fills when the lesson runs stay in braces."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(text):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is not None:
            parts.append(own[name] if name in own else "{" + name + "}")
    return "".join(parts).replace("{{", "{").replace("}}", "}")


def _item_answers(question: Question) -> dict[str, dict]:
    """Each item's answer and why: the file's, or the framing engine's where the file leaves it to the engine."""
    if question.cue_labels:
        from newslit.lessons.framing import engine_truth

        return engine_truth(question)
    return {i.text: {"label": i.answer or "", "why": i.why} for i in question.items}


def _choices(question: Question, own: dict[str, str]) -> tuple[list[str], list[str]]:
    """The options or items of a question with their answers and reasons: (HTML lines, text lines)."""
    html, text = [], []
    if question.kind == "choice":
        for option in question.options:
            mark = "✓ " if option.text == question.answer else "• "
            why = f" <small>({safe_text(_preview(question, option.why, own))})</small>" if option.why else ""
            html.append(f"{mark}{safe_text(option.text)}{why}")
            text.append(f"  {mark}{mask(option.text)}" + (f" ({mask(option.why)})" if option.why else ""))
    elif question.kind == "tags":
        for item, answer in _item_answers(question).items():
            html.append(
                f"{safe_text(item)} → <b>{escape(answer['label'])}</b> <small>{safe_text(answer['why'])}</small>"
            )
            text.append(f"  • {mask(item)} → {answer['label']}. {mask(answer['why'])}")
        if question.labels:
            html.append(f"<i>labels:</i> {escape(', '.join(question.labels))}")
            text.append(f"  labels: {', '.join(question.labels)}")
    if question.computed:
        html.append(f"<i>{safe_text(question.computed)}</i>")
        text.append(f"  (computed) {mask(question.computed)}")
    return html, text


def _answer(question: Question, own: dict[str, str]) -> tuple[str, str]:
    """What a teacher reads as the answer: the explanation (the right option is ticked), the model answer, or the feedback."""
    parts = []
    if question.explanation:
        parts.append(("Why", _preview(question, question.explanation, own)))
    if question.model_answer:
        parts.append(("Model answer", question.model_answer))
    if question.computed and question.kind == "choice":
        parts += [
            (f"Feedback ({name})", question.feedback[name])
            for name in ("right", "wrong", "chosen")
            if name in question.feedback
        ]
    if not parts and question.kind == "free_text":
        parts.append(("Model answer", "none: an open answer, saved for the learner"))
    html = "<br>".join(f"<b>{escape(label)}:</b> {safe_text(value)}" for label, value in parts)
    text = "\n".join(f"  {label}: {mask(value)}" for label, value in parts)
    return html, text


def questions_view(lesson: str, case: Case | None = None) -> Shown | QuestionError:
    """Every question of ``lesson`` ("00" … "04") with its options, answer and reasoning, from its file.

    The exercises learners answer are built from the same file, so the two cannot drift
    apart. Words in braces, such as {outlet}, are filled in from the case when the lesson
    runs; given ``case``, the WSJ sentences the questions quote are filled in here too. A
    file with mistakes shows its problems instead.
    """
    try:
        questions = lesson_questions(lesson)
    except QuestionError as error:
        return error
    count = f"{len(questions)} question{'s' if len(questions) != 1 else ''}"
    rows, lines = [], [f"{questions.title}: {count} ({questions.file})"]
    needs_seed = []
    for question in questions:
        own = _own_values(question, case)
        if case is not None and question.quote and "quote" not in own:
            needs_seed.append(question.id)
        tag = f"{escape(question.id)}<br><small>{escape(question.kind)}" + (
            f", skill: {escape(question.skill)}" if question.skill else ""
        )
        options_html, options_text = _choices(question, own)
        answer_html, answer_text = _answer(question, own)
        prompt = _preview(question, question.prompt, own)
        rows.append([tag + "</small>", safe_text(prompt).replace("\n", "<br>"), "<br>".join(options_html), answer_html])
        lines += [f"{question.id} ({question.kind}): {mask(prompt)}", *options_text, *[answer_text] * bool(answer_text)]
    caption = f"{questions.title}: {count}, from {questions.file}"
    if needs_seed:
        # On a teacher's own case these questions cannot be asked: say so rather than show an empty quote.
        note = (
            f"{len(needs_seed)} of lesson {lesson}'s {len(questions)} questions quote the workbook's own case "
            f"({', '.join(needs_seed)}): on this case the lesson says so instead of asking them. "
            "Run the teacher guide on the bundled case to see them with their quotes."
        )
        caption += ". " + note
        lines.insert(1, note)
    return Shown(
        html_table(["Exercise", "Question", "Options and answers", "Answer and why"], rows, caption), "\n".join(lines)
    )
