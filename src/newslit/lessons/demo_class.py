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


def lesson_exercises(case: Case) -> list[tuple[object, object]]:
    """Lesson 04's exercises, built once, each with how a simulated learner picks an answer.

    Returns (widget, pick) pairs; ``pick(widget, rng, skill)`` gives the learner's answer.
    An exercise that could not be built (a question file to fix) shows its problem
    instead and is left out.
    """
    from newslit.lessons import accountability as lesson
    from newslit.text.masking import mask

    board = {mask(r["statement"]): r["category"] for r in acc.evidence_board(case)}
    truth = {r["action"]: r["stakeholder"] for r in acc.stakeholder_actions(case)}

    def choice(w, rng, skill):
        return _pick_choice(w, rng, skill)

    built = [
        (make(case), choice)
        for make in (lesson.predict_test_accounts, lesson.backup_accounts_question, lesson.reports_question)
    ]
    built.append((lesson.evidence_board(case), lambda w, rng, skill: _pick_tags(w.items, board, w.labels, rng, skill)))
    built.append(
        (lesson.stakeholders_exercise(case), lambda w, rng, skill: _pick_tags(w.items, truth, w.labels, rng, skill))
    )
    built.append((lesson.rules_question(), choice))
    built.append((lesson.guardrail_change(), lambda w, rng, skill: rng.choice(GUARDRAILS)))
    return [(w, pick) for w, pick in built if hasattr(w, "answer")]


def simulate_learner(
    exercises: list[tuple[object, object]], store: AnswerStore, rng: random.Random, skill: float
) -> None:
    """Answer every exercise of :func:`lesson_exercises` as one simulated learner, into ``store``.

    The widgets are shared between learners (building them is most of the cost); each
    answer is saved in this learner's store. An empty free-text answer is skipped, as a
    learner who wrote nothing saves nothing.
    """
    for widget, pick in exercises:
        value = pick(widget, rng, skill)
        if value == "":
            continue
        widget.store = store
        widget.answer(value)


def simulate_class(case: Case, folder: str | Path, learners: int = 12, seed: int = 4, problems: bool = True) -> Path:
    """Write ``learners`` simulated learners' exported files into ``folder``; return it.

    With ``problems``, also writes one file that is not valid JSON and one exported twice
    under another file name, so the summary's problem report has something to show.
    """
    folder = Path(folder)
    work = folder / ".answers"
    rng = random.Random(seed)
    with _as_learner(AnswerStore(work, "simulated")):
        exercises = lesson_exercises(case)
    for name in NAMES[:learners]:
        store = AnswerStore(work, name)
        store.set_learner_name(f"{name} (simulated)")
        simulate_learner(exercises, store, rng, skill=rng.uniform(0.35, 0.95))
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
