"""A folder of generated learner files, so a teacher can try the class summary before a class.

The learners are simulated, not real people, and the summary says so. Each one answers
lesson 04's exercises through the real exercise widgets (so the files are exactly what a
learner's export looks like): right with a probability that depends on an invented
"skill", otherwise a wrong option or label picked at random, from a seeded generator.
"""

from __future__ import annotations

import contextlib
import os
import random
from pathlib import Path

from newslit.analysis import accountability as acc
from newslit.case.model import Case
from newslit.learners.answers import AnswerStore, export

NAMES = ["Ada", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivo", "Jade", "Kofi", "Lena", "Milo", "Nia"]
GUARDRAILS = [
    "Stop recommending accounts to someone after one view of a reported account.",
    "Block autofill for any variant of a term that search already blocks.",
    "Penalise the person, not the account: close the backup accounts too.",
    "Answer every report about a child within a day, with a person checking.",
    "",
]


def _pick_choice(widget, rng: random.Random, skill: float) -> str:
    right = [o for o in widget.options if widget.check and widget.check(o).correct]
    wrong = [o for o in widget.options if o not in right]
    return rng.choice(right) if right and (rng.random() < skill or not wrong) else rng.choice(wrong or widget.options)


def _pick_tags(items: list[str], truth: dict[str, str], labels: list[str], rng: random.Random, skill: float) -> dict:
    return {
        item: truth[item] if rng.random() < skill else rng.choice([label for label in labels if label != truth[item]])
        for item in items
    }


@contextlib.contextmanager
def _as_learner(store: AnswerStore):
    """Point the exercises' default store at ``store`` for a while (the lessons take no store argument)."""
    saved = {k: os.environ.get(k) for k in ("NEWSLIT_ANSWERS_DIR", "NEWSLIT_LEARNER")}
    os.environ.update({"NEWSLIT_ANSWERS_DIR": str(store.folder), "NEWSLIT_LEARNER": store.learner})
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def simulate_learner(case: Case, store: AnswerStore, rng: random.Random, skill: float) -> None:
    """Answer lesson 04's exercises as one simulated learner, into ``store``."""
    with _as_learner(store):
        _answer_all(case, rng, skill)


def _answer_all(case: Case, rng: random.Random, skill: float) -> None:
    from newslit.lessons import accountability as lesson
    from newslit.text.masking import mask

    for make in (lesson.predict_test_accounts, lesson.backup_accounts_question, lesson.reports_question):
        widget = make(case)
        widget.answer(_pick_choice(widget, rng, skill))
    board = acc.evidence_board(case)
    widget = lesson.evidence_board(case)
    widget.answer(
        _pick_tags(widget.items, {mask(r["statement"]): r["category"] for r in board}, widget.labels, rng, skill)
    )
    widget = lesson.stakeholders_exercise(case)
    truth = {r["action"]: r["stakeholder"] for r in acc.stakeholder_actions(case)}
    widget.answer(_pick_tags(widget.items, truth, widget.labels, rng, skill))
    widget = lesson.rules_question()
    widget.answer(_pick_choice(widget, rng, skill))
    text = rng.choice(GUARDRAILS)
    if text:
        lesson.guardrail_change().answer(text)


def simulate_class(case: Case, folder: str | Path, learners: int = 12, seed: int = 4, problems: bool = True) -> Path:
    """Write ``learners`` simulated learners' exported files into ``folder``; return it.

    With ``problems``, also writes one file that is not valid JSON and one exported twice
    under another file name, so the summary's problem report has something to show.
    """
    folder = Path(folder)
    work = folder / ".answers"
    rng = random.Random(seed)
    for name in NAMES[:learners]:
        store = AnswerStore(work, name)
        store.set_learner_name(f"{name} (simulated)")
        simulate_learner(case, store, rng, skill=rng.uniform(0.35, 0.95))
        export(store, folder)
    for path in folder.glob("*.md"):
        path.unlink()
    for path in folder.glob("*.html"):
        path.unlink()
    if problems and learners:
        first = folder / f"{AnswerStore(work, NAMES[0]).id}-answers.json"
        (folder / "copy-of-ada.json").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
        (folder / "broken.json").write_text('{"format": "newslit-answers", "answers": {', encoding="utf-8")
    return folder
