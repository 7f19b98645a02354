"""The teacher guide's views: every lesson's goals, timing and plan, every question and every answer key.

The guide shows all keys at once (learners see a key only after they answer). Everything
is read from the notebooks, the question files (``lessons/questions/*.toml``) and the
case's ``key/`` folder, so the guide never disagrees with what learners are told. The
timings and the plans follow each notebook's own sections (:mod:`newslit.lessons.plan`), with
what to watch for in each section read from ``lessons/questions/watch_for.csv``, a file a
teacher may edit (its data card is the README beside it);
the answer tables are in :mod:`newslit.lessons.answer_table`, the readable keys in
:mod:`newslit.lessons.key_view`.
"""

from __future__ import annotations

import csv
import json
import re
import string
from html import escape
from pathlib import Path

from newslit.case.bundled import bundled
from newslit.case.errors import Problem
from newslit.case.key import read_rows
from newslit.case.model import Case
from newslit.lessons.questions import QUESTIONS_DIR, Question, QuestionError, _shown, lesson_questions
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
    note = _seed_only_note(lesson, len(questions), needs_seed)
    if note:
        caption += ". " + note
        lines.insert(1, note)
    return Shown(
        html_table(["Exercise", "Question", "Options and answers", "Answer and why"], rows, caption), "\n".join(lines)
    )


def seed_only_note(lesson: str, case: Case) -> str:
    """On a case other than the workbook's own: which of ``lesson``'s questions quote the seed case ("" if none)."""
    try:
        questions = lesson_questions(lesson)
    except QuestionError:
        return ""
    needs_seed = [q.id for q in questions if q.quote and "quote" not in _own_values(q, case)]
    return _seed_only_note(lesson, len(questions), needs_seed)


def _seed_only_note(lesson: str, total: int, needs_seed: list[str]) -> str:
    # On a teacher's own case these questions cannot be asked: say so rather than show an empty quote.
    if not needs_seed:
        return ""
    return (
        f"{len(needs_seed)} of lesson {lesson}'s {total} questions quote the workbook's own case "
        f"({', '.join(needs_seed)}): on this case the lesson says so instead of asking them. "
        "Run the teacher guide on the bundled case to see them with their quotes."
    )


# ---- timing and plans, from the notebooks themselves ----------------------------------------


def timing_view() -> Shown:
    """Each lesson's core path: required actions and estimated minutes; and its "Going further" (homework)."""
    from newslit.lessons import plan

    rows, lines = [], []
    for lesson in plan.LESSONS:
        found = plan.timing(lesson)
        core, further = found["core"], found["further"]
        rows.append(
            [
                escape(lesson),
                str(core["actions"]),
                f"{core['runs']} cells, {core['choices']} choices, {core['tags']} tags, {core['typed']} typed",
                str(core["talk"]),
                str(core["words"]),
                f"<b>{core['minutes']} min</b>",
                _further(further),
            ]
        )
        lines.append(
            f"{lesson}: {core['actions']} required actions ({core['runs']} cells to run, {core['choices']} choices, "
            f"{core['tags']} items to tag, {core['typed']} typed), {core['talk']} talk prompts, "
            f"{core['words']} words to read: about {core['minutes']} minutes. Going further: about "
            f"{further['minutes']} minutes."
        )
    headers = [
        "Lesson",
        "Required actions",
        "Of which",
        "Talk prompts",
        "Words to read",
        "Core path",
        "Going further (homework)",
    ]
    return Shown(html_table(headers, rows, "How long each lesson takes (estimated)"), "\n".join(lines))


def _further(part: dict) -> str:
    if not part["minutes"]:
        return "—"
    actions = part["actions"] - part["runs"]
    done = f"{actions} answer" + ("s" if actions != 1 else "") if actions else "reading and talk"
    return f"{part['minutes']} min ({done})"


# ---- what to watch for: a data file a teacher may edit ----------------------------------------

WATCH_FILE = QUESTIONS_DIR / "watch_for.csv"
WATCH_COLUMNS = ("lesson", "section", "watch_for")


def watch_notes(path: Path | None = None) -> tuple[dict[tuple[str, str], str], list[Problem]]:
    """What to watch for, from ``watch_for.csv`` beside the question files: ``{(lesson, heading start): note}``.

    Lines starting with ``#`` are comments. A row that cannot be used (a lesson that is not
    two digits, an empty section or note, a section given twice) is left out and named in
    the problems returned, with its line and how to fix it; a missing or unreadable file
    gives no notes and one problem. Nothing is raised.
    """
    path = Path(path or WATCH_FILE)
    shown = _shown(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        why = "it is not UTF-8 text" if isinstance(error, UnicodeDecodeError) else "it cannot be read"
        fix = "save it as CSV, UTF-8" if isinstance(error, UnicodeDecodeError) else "restore it from the workbook"
        return {}, [Problem(shown, f"the notes of what to watch for are missing: {why}", fix)]
    numbered = [(number, line) for number, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    rows = list(csv.reader([line for _, line in numbered]))
    if not rows or tuple(c.strip() for c in rows[0]) != WATCH_COLUMNS:
        where = numbered[0][0] if numbered else None
        fix = "the first line that is not a comment must be: " + ",".join(WATCH_COLUMNS)
        return {}, [Problem(shown, "the header row is not as expected", fix, where)]
    notes, problems = {}, []
    for (number, _), row in zip(numbered[1:], rows[1:]):
        lesson, section, note = ([c.strip() for c in row] + ["", "", ""])[:3]
        if len(row) > 3:
            problems.append(
                Problem(
                    shown, "this row has more than three columns", "put a note with a comma in double quotes", number
                )
            )
        elif not re.fullmatch(r"\d\d", lesson):
            problems.append(Problem(shown, f"the lesson {lesson!r} is not two digits", 'write it as in "02"', number))
        elif not section or not note:
            problems.append(
                Problem(shown, "the section or the note is empty", "fill in both, or delete the row", number)
            )
        elif (lesson, section) in notes:
            problems.append(
                Problem(shown, f"lesson {lesson}'s section {section!r} is given twice", "keep one row", number)
            )
        else:
            notes[(lesson, section)] = note
    return notes, problems


def plan_view(lesson: str) -> Shown:
    """The plan of ``lesson``: its own sections in order, with minutes, the exercises in each and what to watch for."""
    from newslit.lessons import plan

    notes, problems = watch_notes()
    rows, lines, start = [], [], 0.0
    for section in plan.sections(lesson):
        if not section["core"]:
            continue
        end = start + section["minutes"]
        did = [
            count
            for count in (
                f"{section['choices']} choice" + ("s" if section["choices"] != 1 else "") if section["choices"] else "",
                f"{section['tags']} tags" if section["tags"] else "",
                f"{section['typed']} typed answer" + ("s" if section["typed"] != 1 else "") if section["typed"] else "",
                f"{section['talk']} talk prompt" + ("s" if section["talk"] != 1 else "") if section["talk"] else "",
            )
            if count
        ]
        watch = next(
            (note for (name, head), note in notes.items() if name == lesson and section["title"].startswith(head)), ""
        )
        span = f"{round(start)}-{round(end)}"
        rows.append([span, escape(section["title"]), escape(", ".join(did)), escape(watch)])
        lines.append(
            f"{span} min: {section['title']}"
            + (f" ({', '.join(did)})" if did else "")
            + (f". Watch for: {watch}" if watch else "")
        )
        start = end
    further = next((s for s in plan.sections(lesson) if not s["core"]), None)
    if further and further["minutes"] >= 1:
        note = notes.get((lesson, "Going further"), "homework, or for those who finish early")
        rows.append(["homework", "Going further", f"about {round(further['minutes'])} min", escape(note)])
        lines.append(f"homework: Going further, about {round(further['minutes'])} min. {note}")
    caption = f"Lesson {lesson}: the plan"
    if problems:  # the plan still shows; the notes that could not be read are named with how to fix them
        caption += ". Some notes of what to watch for were left out: " + "; ".join(map(str, problems))
        lines.append(caption.split(". ", 1)[1])
    return Shown(
        html_table(["Minutes", "Section (as in the notebook)", "Exercises", "Watch for"], rows, caption),
        "\n".join(lines),
    )
