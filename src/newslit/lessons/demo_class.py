"""A folder of generated learner files, so a teacher can try the class summary before a class.

The learners are simulated, not real people, and the summary says so. Each one answers
lesson 04's exercises through the real exercise widgets (so the files are exactly what a
learner's export looks like): right with a probability that depends on an invented
"skill", otherwise a wrong option or label picked at random, from a seeded generator.

Each one also takes the skills check before the lessons and (all but the last) after
them, saved as the check's panel saves it, so each gets form A or B first by their name. The
growth is invented too: a learner's chance of a right answer rises by 5 to 35 points
after the lessons, a little more for framing and figures (the lessons' longest parts).
"""

from __future__ import annotations

import contextlib
import os
import random
from pathlib import Path

from newslit.analysis import accountability as acc
from newslit.case.model import Case
from newslit.learners.answers import AnswerStore, export, throwaway_files

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

    board = {item: row["category"] for item, row in lesson.evidence_key(case).items()}
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


# Invented: how much easier (+) or harder (-) each skill is than a learner's general level.
CHECK_OFFSETS = {
    "before": {"source": 0.1, "framing": -0.05, "figures": -0.1, "responsibility": 0.0},
    "after": {"source": 0.1, "framing": 0.05, "figures": 0.05, "responsibility": 0.0},
}


def _check_answer(question, level: float, offsets: dict[str, float], rng: random.Random) -> str:
    """The option a simulated learner of ``level`` picks: the right one by chance, else a wrong one."""
    chance = min(0.97, max(0.05, level + offsets.get(question.skill, 0.0)))
    wrong = [o for o in question.option_texts if o != question.answer]
    return question.answer if rng.random() < chance else rng.choice(wrong)


def simulate_checks(store: AnswerStore, rng: random.Random, *, after: bool = True) -> None:
    """Take the skills check before the lessons and, with ``after``, after them, as one simulated learner.

    The form follows the learner's name, as in the lessons; the answers are saved as the
    check's panel saves them (:func:`newslit.lessons.skills_check.save_check`).
    """
    from newslit.lessons import skills_check
    from newslit.lessons.questions import QuestionError

    level = rng.uniform(0.3, 0.65)
    after_level = level + rng.uniform(0.05, 0.35)
    try:
        skills_check.save_check(store, "before", lambda q: _check_answer(q, level, CHECK_OFFSETS["before"], rng))
        if after:
            skills_check.save_check(
                store, "after", lambda q: _check_answer(q, after_level, CHECK_OFFSETS["after"], rng)
            )
    except QuestionError:  # a check file to fix: the class summary shows the problem itself
        return


def simulate_class(case: Case, folder: str | Path, learners: int = 12, seed: int = 4, problems: bool = True) -> Path:
    """Write ``learners`` simulated learners' exported files into ``folder``; return it.

    Every learner takes the skills check before the lessons, and all but the last after
    them too (so the summary shows a learner with only one check). With ``problems``, also
    writes one file that is not valid JSON and one exported twice under another file name,
    so the summary's problem report has something to show.
    """
    folder = Path(folder)
    work = folder / ".answers"
    rng = random.Random(seed)
    from newslit.lessons.plan import unshown_widgets

    with _as_learner(AnswerStore(work, "simulated")), unshown_widgets():
        exercises = lesson_exercises(case)
    names = NAMES[:learners]
    # Generated files that nobody would miss after a crash: not waited onto the disk one by one.
    with throwaway_files():
        for name in names:
            store = AnswerStore(work, name)
            with store.batch():  # one write per simulated learner: nobody's own answers are at stake here
                store.set_learner_name(f"{name} (simulated)")
                simulate_learner(exercises, store, rng, skill=rng.uniform(0.35, 0.95))
                # Its own generator, so lesson 04's simulated answers stay what they were.
                simulate_checks(store, random.Random(f"{seed}:check:{name}"), after=name != names[-1])
            export(store, folder, summaries=False)
    if problems and learners:
        first = folder / f"{AnswerStore(work, NAMES[0]).id}-answers.json"
        (folder / "copy-of-ada.json").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
        (folder / "broken.json").write_text('{"format": "newslit-answers", "answers": {', encoding="utf-8")
    return folder
