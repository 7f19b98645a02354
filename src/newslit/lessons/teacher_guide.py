"""The teacher guide's views: every lesson's goals from its header card, and every answer key.

The guide shows all keys at once (learners see a key only after they answer). Everything
is read from the notebooks and the case's ``key/`` folder, so the guide never disagrees
with them.
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

from newslit.case.bundled import bundled
from newslit.case.key import read_rows
from newslit.case.model import Case
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


def question_answers(questions: dict) -> Shown:
    """A lesson's multiple-choice questions (``{id: (prompt, options, right, why)}``) with the answer and reasoning."""
    rows, lines = [], []
    for exercise, (prompt, options, right, why) in questions.items():
        rows.append([escape(exercise), safe_text(prompt), safe_text(options[right]), safe_text(why)])
        lines.append(f"{exercise}: {mask(prompt)}\n  Answer: {mask(options[right])}\n  Why: {mask(why)}")
    return Shown(html_table(["Exercise", "Question", "Answer", "Why"], rows, "Questions and answers"), "\n".join(lines))


def lesson_04_answers(case: Case) -> Shown:
    """Lesson 04's checked questions with their answers, found by asking each question's own check."""
    from newslit.lessons import accountability as lesson

    made = [
        lesson.predict_test_accounts(case),
        lesson.backup_accounts_question(case),
        lesson.reports_question(case),
        lesson.strongest_evidence(case),
        lesson.rules_question(),
    ]
    rows, lines = [], []
    for widget in made:
        right = next(o for o in widget.options if widget.check(o).correct)
        why = widget.check(right).message.removeprefix("Yes. ")
        rows.append([escape(widget.exercise_id), safe_text(widget.prompt), safe_text(right), safe_text(why)])
        lines.append(f"{widget.exercise_id}: {mask(widget.prompt)}\n  Answer: {mask(right)}\n  Why: {mask(why)}")
    return Shown(
        html_table(["Exercise", "Question", "Answer", "Why"], rows, "Lesson 04: questions and answers"),
        "\n".join(lines),
    )
