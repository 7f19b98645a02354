"""The skills check before and after the lessons: which form a learner gets, and the results.

The check has two parallel forms, A and B (``lessons/questions/check_a.toml`` and
``check_b.toml``; question n of A tests what question n of B tests). Lesson 00 opens with
one form ("before"), notebook 06 asks the other ("after").

- **Which form first.** Half of a class should meet A first and half B first, so that a
  harder form does not pass for a change in skill. :func:`first_form` decides from a
  SHA-256 hash of the learner's name (not Python's ``hash()``, which changes from one
  process to the next), so the same name always gets the same form. Once a learner has
  answered a question of a check, its form is kept in their answers file
  (:func:`state_id`); the other check then takes the other form, whatever the name.
- **Kept with the answers.** Each answer is saved in the learner's answers file
  (:class:`~newslit.learners.answers.AnswerStore`), under ``before.check-a.01`` and the
  like, with the same safe writes, restore, damage repair and hand-in as every exercise.
  A "before" answer is saved with no verdict (``correct`` is None): the check gives no
  feedback, and the file does not give it either. Verdicts are worked out here, from the
  forms' key (:class:`KeyItem`), when the results are shown.

This module reads answers and keys as plain data: it imports no widget, chart or lesson.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from newslit.learners.answers import DEFAULT_LEARNER

PHASES = ("before", "after")
FORMS = ("a", "b")
# An item nearly everyone gets right before the lessons is too easy to show growth; one
# nearly everyone gets wrong may be unclear. Judged only with enough learners.
EASY, HARD, FEWEST = 0.9, 0.2, 4


@dataclass(frozen=True)
class KeyItem:
    """One question of a form, as the results need it: its id, form, place, skill and right answer."""

    id: str
    form: str
    number: int
    skill: str
    answer: str


def entry_id(phase: str, question_id: str) -> str:
    """The id an answer to ``question_id`` is saved under in ``phase``: ``before.check-a.01``."""
    return f"{phase}.{question_id}"


def state_id(phase: str) -> str:
    """The id of the entry that records a check's form and whether it is finished: ``before.check``."""
    return f"{phase}.check"


def is_check_entry(exercise_id: str) -> bool:
    """True for the entries of the skills check (answers and state), which have their own summary."""
    return exercise_id.startswith(tuple(f"{phase}." for phase in PHASES))


def other_form(form: str) -> str:
    """``"b"`` for ``"a"`` and ``"a"`` for ``"b"``."""
    return FORMS[1 - FORMS.index(form)]


def other_phase(phase: str) -> str:
    """``"after"`` for ``"before"`` and back."""
    return PHASES[1 - PHASES.index(phase)]


def first_form(name: str) -> str:
    """The form a learner called ``name`` takes first: ``"a"`` or ``"b"``, the same on every computer.

    The name is compared without case and surrounding spaces ("Sam " and "sam" get the
    same form). The last byte of its SHA-256 digest decides: even gives A, odd gives B,
    which splits any large set of names about half and half.
    """
    digest = hashlib.sha256(name.strip().casefold().encode("utf-8")).digest()
    return FORMS[digest[-1] % 2]


def name_for_form(learner_id: str, display_name: str = "") -> str:
    """The name that decides the form: the learner's file name, or their typed name if the file has none.

    On a JupyterHub each learner has a file of their own (``NEWSLIT_LEARNER``); on a
    shared or personal computer every file is called ``my-answers``, and the name the
    learner types is the only thing that tells them apart.
    """
    if learner_id == DEFAULT_LEARNER and display_name.strip():
        return display_name
    return learner_id


def phase_state(answers: dict, phase: str) -> dict:
    """The saved form and finish of a check: ``{"form": "a" or None, "finished": bool}``."""
    entry = answers.get(state_id(phase)) or {}
    value = entry.get("value") if isinstance(entry.get("value"), dict) else {}
    form = value.get("form") if value.get("form") in FORMS else None
    return {"form": form, "finished": bool(value.get("finished")) and form is not None}


def form_for(answers: dict, phase: str, name: str) -> str:
    """The form of ``phase`` for a learner with these saved ``answers``.

    The form saved for this phase wins; else the other form than the other phase's; else
    :func:`first_form` of ``name`` before the lessons, and the other one after.
    """
    own = phase_state(answers, phase)["form"]
    if own:
        return own
    other = phase_state(answers, other_phase(phase))["form"]
    if other:
        return other_form(other)
    first = first_form(name)
    return first if phase == "before" else other_form(first)


def given_answer(entry: dict | None):
    """The answer that counts: the first one checked (before any feedback was seen), else the latest."""
    if not entry:
        return None
    first = entry.get("first_checked")
    if isinstance(first, dict) and "value" in first:
        return first["value"]
    return entry.get("value")


# ---- one learner's results ------------------------------------------------------------------


@dataclass
class PhaseResult:
    """One learner's result on one check: per question right or not, and per skill."""

    phase: str
    form: str
    finished: bool
    right: dict[str, bool] = field(default_factory=dict)  # question id -> right (unanswered: False)
    answered: int = 0
    by_skill: dict[str, tuple[int, int]] = field(default_factory=dict)  # skill -> (right, total)

    @property
    def score(self) -> tuple[int, int]:
        """(right, total) over the whole form."""
        return sum(self.right.values()), len(self.right)


def phase_result(answers: dict, phase: str, key: list[KeyItem]) -> PhaseResult | None:
    """The result of ``phase`` from a learner's saved answers, or None if they never started it.

    Every question of the form counts; one left unanswered counts as not right.
    """
    state = phase_state(answers, phase)
    if state["form"] is None:
        return None
    items = [item for item in key if item.form == state["form"]]
    result = PhaseResult(phase, state["form"], state["finished"])
    tally: dict[str, list[int]] = {}
    for item in sorted(items, key=lambda i: i.number):
        given = given_answer(answers.get(entry_id(phase, item.id)))
        result.answered += given is not None
        result.right[item.id] = given == item.answer
        counts = tally.setdefault(item.skill, [0, 0])
        counts[0] += result.right[item.id]
        counts[1] += 1
    result.by_skill = {skill: (right, total) for skill, (right, total) in tally.items()}
    return result


def learner_results(answers: dict, key: list[KeyItem]) -> dict[str, PhaseResult | None]:
    """``{"before": PhaseResult or None, "after": ...}`` for one learner's saved answers."""
    return {phase: phase_result(answers, phase, key) for phase in PHASES}


# ---- a class's results ------------------------------------------------------------------------


@dataclass
class ClassCheck:
    """A class's skills check, summed up (see :func:`class_check` for what each part holds)."""

    paired: list[str] = field(default_factory=list)
    only_before: list[str] = field(default_factory=list)
    only_after: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    first_forms: dict[str, int] = field(default_factory=dict)
    skills: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    forms: list[dict] = field(default_factory=list)
    flags: list[dict] = field(default_factory=list)


def _share(right: int, total: int) -> float | None:
    return right / total if total else None


def class_check(learners: list[dict], key: list[KeyItem], skills: list[str] | None = None) -> ClassCheck:
    """Sum up the skills check of a class (``learners`` as :func:`~newslit.learners.classroom.read_class` gives them).

    Only **finished** checks count. The parts:

    - ``paired``, ``only_before``, ``only_after``, ``unfinished``: learners' names by what
      they did (``unfinished``: started a check and did not finish it).
    - ``first_forms``: how many paired learners took A first and B first.
    - ``skills``: per skill (in ``skills`` order), over the paired learners only:
      ``right_before``, ``right_after``, ``total`` (questions asked per check, summed over
      learners), ``share_before``, ``share_after``, ``learners``.
    - ``items``: per question number (question n of A and of B), paired learners only:
      ``number``, ``skill``, ``right_before``, ``right_after``, ``learners``, shares.
    - ``forms``: per form, every finished check: ``learners_before``, ``share_before``,
      ``learners_after``, ``share_after``, and ``share`` (both checks together).
    - ``flags``: questions nearly everyone got right (``easy``, at least 90%) or wrong
      (``hard``, at most 20%) before the lessons, among at least 4 learners who took
      that form first: ``id``, ``form``, ``number``, ``skill``, ``right``, ``learners``, ``kind``.
    """
    found = ClassCheck(first_forms={form: 0 for form in FORMS})
    by_number = {}
    for item in key:
        by_number.setdefault(item.number, item.skill)
    skill_order = list(skills or dict.fromkeys(item.skill for item in sorted(key, key=lambda i: i.number)))
    skill_sums = {skill: [0, 0, 0, 0] for skill in skill_order}  # right before, right after, total, learners
    item_sums = {number: [0, 0, 0] for number in sorted(by_number)}  # right before, right after, learners
    form_sums = {(form, phase): [0, 0, 0] for form in FORMS for phase in PHASES}  # right, total, learners
    before_by_item: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    numbers = {item.id: item.number for item in key}
    for learner in learners:
        results = learner_results(learner["answers"], key)
        done = {phase: r for phase, r in results.items() if r is not None and r.finished}
        if any(r is not None and not r.finished for r in results.values()):
            found.unfinished.append(learner["learner"])
        for phase, result in done.items():
            right, total = result.score
            sums = form_sums[(result.form, phase)]
            sums[0] += right
            sums[1] += total
            sums[2] += 1
            if phase == "before":
                for question_id, correct in result.right.items():
                    before_by_item[question_id][0] += correct
                    before_by_item[question_id][1] += 1
        if len(done) < 2:
            if "before" in done:
                found.only_before.append(learner["learner"])
            elif "after" in done:
                found.only_after.append(learner["learner"])
            continue
        before, after = done["before"], done["after"]
        found.paired.append(learner["learner"])
        found.first_forms[before.form] += 1
        for skill in skill_order:
            sums = skill_sums[skill]
            right_before, total = before.by_skill.get(skill, (0, 0))
            right_after, _ = after.by_skill.get(skill, (0, 0))
            sums[0] += right_before
            sums[1] += right_after
            sums[2] += total
            sums[3] += 1
        after_by_number = {numbers[q]: ok for q, ok in after.right.items()}
        for question_id, correct in before.right.items():
            sums = item_sums[numbers[question_id]]
            sums[0] += correct
            sums[1] += after_by_number.get(numbers[question_id], False)
            sums[2] += 1
    for skill, (right_before, right_after, total, count) in skill_sums.items():
        found.skills.append(
            {
                "skill": skill,
                "right_before": right_before,
                "right_after": right_after,
                "total": total,
                "learners": count,
                "share_before": _share(right_before, total),
                "share_after": _share(right_after, total),
            }
        )
    for number, (right_before, right_after, count) in item_sums.items():
        found.items.append(
            {
                "number": number,
                "skill": by_number[number],
                "right_before": right_before,
                "right_after": right_after,
                "learners": count,
                "share_before": _share(right_before, count),
                "share_after": _share(right_after, count),
            }
        )
    for form in FORMS:
        before, after = form_sums[(form, "before")], form_sums[(form, "after")]
        found.forms.append(
            {
                "form": form,
                "learners_before": before[2],
                "share_before": _share(before[0], before[1]),
                "learners_after": after[2],
                "share_after": _share(after[0], after[1]),
                "share": _share(before[0] + after[0], before[1] + after[1]),
            }
        )
    for item in sorted(key, key=lambda i: (i.form, i.number)):
        right, count = before_by_item.get(item.id, (0, 0))
        share = _share(right, count)
        if count < FEWEST or share is None or HARD < share < EASY:
            continue
        found.flags.append(
            {
                "id": item.id,
                "form": item.form,
                "number": item.number,
                "skill": item.skill,
                "right": right,
                "learners": count,
                "kind": "easy" if share >= EASY else "hard",
            }
        )
    return found
