"""The skills check before and after the lessons: one call per notebook cell.

Lesson 00 opens with :func:`before_check`; notebook 06 asks :func:`after_check` and shows
:func:`my_results`; the class summary shows the class's results (:func:`class_overview`
and the charts below it). The questions are data: two parallel forms,
``questions/check_a.toml`` and ``questions/check_b.toml``, with their data card. Which
form a learner meets first, and how results are counted, is in
:mod:`newslit.learners.skills_check`.
"""

from __future__ import annotations

from newslit.learners import skills_check as check
from newslit.learners.answers import AnswerStore
from newslit.learners.classroom import ClassAnswers
from newslit.lessons.questions import QuestionSet, lesson_questions, shows_problems

FILES = {"a": "check_a", "b": "check_b"}
TITLES = {
    "before": "Skills check before the lessons · form {form}",
    "after": "Skills check after the lessons · form {form}",
}


def forms() -> dict[str, QuestionSet]:
    """Both forms, read from their files and checked to be parallel.

    Raises :class:`~newslit.lessons.questions.QuestionError` when a file has a mistake, or
    when the forms differ in length, in their skills, or in the skill of question n.
    """
    found = {form: lesson_questions(name) for form, name in FILES.items()}
    a, b = found["a"], found["b"]
    first = next(iter(b))
    if len(a) != len(b):
        raise first.error(
            f"form B has {len(b)} questions and form A {len(a)}",
            "the forms are parallel: give them the same number of questions",
        )
    if a.skills != b.skills:
        raise first.error("the [skills] of the two forms differ", "copy the same [skills] table into both files")
    for number, (qa, qb) in enumerate(zip(a, b, strict=True), 1):
        if qa.skill != qb.skill or qa.kind != "choice" or qb.kind != "choice" or not (qa.answer and qb.answer):
            raise qb.error(
                f"question {number} of the two forms differ in skill, or one is not a choice with an answer",
                f'give {qa.id} and {qb.id} the same skill, kind = "choice" and an answer',
            )
    return found


def skill_names() -> dict[str, str]:
    """``{skill: what a learner reads}``, in the order the charts show them."""
    return forms()["a"].skills


def key() -> list[check.KeyItem]:
    """Every question of both forms, as the results need it (id, form, number, skill, answer)."""
    return [
        check.KeyItem(question.id, form, number, question.skill or "", question.answer or "")
        for form, questions in forms().items()
        for number, question in enumerate(questions, 1)
    ]


def _prompt(number: int, total: int, question) -> str:
    """What the learner reads over a question's options (and what is saved with the answer)."""
    return f"Question {number} of {total}\n\n{question.text()}"


def _pick_form(phase: str):
    def pick(store: AnswerStore) -> str:
        data = store.read()
        name = check.name_for_form(store.id, data.get("learner", ""))
        return check.form_for(data["answers"], phase, name)

    return pick


def _items(phase: str, store: AnswerStore):
    from newslit.views.exercises import Feedback
    from newslit.views.skills_check import CheckItem

    def make(form: str) -> list[CheckItem]:
        questions = list(forms()[form])
        items = []
        for number, question in enumerate(questions, 1):
            question.expect("choice", "answer", "why", "explanation")

            def verdict(option, question=question):
                if option is None:  # left out when the learner finished: not right
                    explanation = question.fill(question.explanation)
                    return Feedback(False, question.say("unanswered", answer=question.answer, explanation=explanation))
                return Feedback(*question.choice_feedback(option))

            prompt = _prompt(number, len(questions), question)
            items.append(CheckItem(check.entry_id(phase, question.id), prompt, question.option_texts, verdict, store))
        return items

    return make


def _panel(phase: str, store: AnswerStore | None):
    from newslit.views.skills_check import CheckPanel

    store = store or AnswerStore()
    forms()  # a file to fix shows its problems before anything is built
    return CheckPanel(
        phase,
        store,
        _pick_form(phase),
        _items(phase, store),
        lambda form: TITLES[phase].format(form=form.upper()),
    )


@shows_problems
def before_check(store: AnswerStore | None = None):
    """The check that opens lesson 00: twelve questions, saved at once, no feedback."""
    return _panel("before", store)


@shows_problems
def after_check(store: AnswerStore | None = None):
    """The check that closes the lessons (notebook 06): the other form, then every answer and why."""
    return _panel("after", store)


def save_check(store: AnswerStore, phase: str, choose) -> str:
    """Take a whole check at once and finish it, saving what the panel saves; returns the form.

    ``choose(question)`` gives the option chosen for each question (an option's text, or
    None to leave it out). The simulated class uses this: the entries are the ones a
    learner working :func:`before_check` or :func:`after_check` leaves (a test compares
    them), with one write per question instead of several.
    """
    data = store.read()
    form = check.form_for(data["answers"], phase, check.name_for_form(store.id, data.get("learner", "")))
    questions = list(forms()[form])
    reveal = phase == "after"
    for number, question in enumerate(questions, 1):
        chosen = choose(question)
        correct = (chosen == question.answer) if reveal else None
        store.save(
            check.entry_id(phase, question.id),
            chosen,
            kind="choice",
            prompt=_prompt(number, len(questions), question),
            correct=correct,
            checked=reveal,
        )
    title = TITLES[phase].format(form=form.upper())
    store.save(check.state_id(phase), {"form": form, "finished": True}, kind="check", prompt=title, checked=True)
    return form


def results(store: AnswerStore | None = None) -> dict[str, check.PhaseResult | None]:
    """The learner's results, before and after, from their answers file."""
    return check.learner_results((store or AnswerStore()).answers(), key())


@shows_problems
def my_results(store: AnswerStore | None = None):
    """The learner's chart, per skill, before and after: drawn once the check after the lessons is finished."""
    from newslit.views.skills_check import ResultsPanel
    from newslit.views.skills_results import learner_results

    store = store or AnswerStore()
    names = skill_names()
    return ResultsPanel(store, lambda: learner_results(results(store), names))


# ---- the class summary ------------------------------------------------------------------------


def class_results(found: ClassAnswers) -> check.ClassCheck:
    """The class's skills check, summed up from the files :func:`~newslit.learners.classroom.read_class` read."""
    return check.class_check(found.learners, key(), list(skill_names()))


@shows_problems
def class_overview(found: ClassAnswers):
    """Who did both checks, one, or neither finished, and which form each took first."""
    from newslit.views.skills_results import class_overview as view

    return view(class_results(found))


@shows_problems
def show_class_skills(found: ClassAnswers):
    """Per skill, the share right before and after the lessons (learners who did both), as a chart and in words."""
    from newslit.views.skills_results import show_class_skills as show

    show(class_results(found), skill_names())


@shows_problems
def show_class_items(found: ClassAnswers):
    """Per question (n of either form), the share right before and after, as a chart and in words."""
    from newslit.views.skills_results import show_class_items as show

    show(class_results(found), skill_names())


@shows_problems
def show_class_forms(found: ClassAnswers):
    """Form A against form B, before and after, as a chart and in words."""
    from newslit.views.skills_results import show_class_forms as show

    show(class_results(found))


@shows_problems
def flags_view(found: ClassAnswers):
    """The questions nearly everyone got right or wrong before the lessons."""
    from newslit.views.skills_results import flags_view as view

    prompts = {question.id: question.text() for questions in forms().values() for question in questions}
    return view(class_results(found), skill_names(), prompts)
