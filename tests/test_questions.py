"""Lesson questions as data: the files load, the lessons build every exercise from them, nothing is left in Python."""

from __future__ import annotations

import ast
import json
import re

import pytest

from newslit.analysis.coverage import fact_coverage
from newslit.analysis.framing.records import attribution_rates, framing_records
from newslit.analysis.provenance import provenance_records
from newslit.lessons import accountability, build, compare, framing, start, teacher_guide, verify
from newslit.lessons.questions import QUESTIONS_DIR, QuestionError, all_question_sets, lesson_questions, load
from newslit.text.masking import mask

from conftest import REPO

PACKAGE = REPO / "src" / "newslit"
FIXTURES = REPO / "tests" / "questions"
LESSON_FILES = ["00", "01", "02", "03", "04"]
CHECK_FILES = ["check_a", "check_b"]  # the skills check's two forms

# Question-like text that is not a lesson question: a chart's title and the case form's example.
NOT_QUESTIONS = {
    "How much of each retelling comes from {}?": "views/provenance.py: a chart title",
    "What did each outlet keep, change and add?": "views/case_form.py: an example for the case's question field",
    "Are the two forms equally hard?": "views/skills_results.py: a chart title",
}
# How feedback used to start before the ✓ Right / ✗ Not quite mark was added by the widget.
OPENER = re.compile(r"^(Right|Yes|Correct|Wrong|Not quite|Not this one|No)\s*[.:!—–-]")
# The calls that show a learner a question or its feedback.
ASKING = {"Feedback", "choice", "tags", "free_text"}

# Every id learners' answers are saved under on the seed case (the answers store keys on them).
SAVED_IDS = [
    "00.primary",
    "00.translations",
    "00.restart",
    "01.predict-closest",
    "01.pick-added-dcnf",
    "01.dropped-dcnf",
    "01.why-it-matters",
    "01.send-a-friend",
    "02.predict-loaded",
    "02.predict-doubt",
    "02.headline",
    "02.claimed",
    "02.insurrection",
    "02.first-platform",
    "02.primary-doubt",
    "02.loaded-or-not",
    "02.transfer",
    "02.hunt-sample-dcnf",
    "02.hunt-dcnf",
    "02.rewrite",
    "03-predict-changed",
    "03-verdict-lifesite-15-almost 500,000",
    "03-verdict-blog-nl-29-millions",
    "03-who-counts",
    "04.predict-test-accounts",
    "04.backup-accounts",
    "04.unanswered-reports",
    "04.evidence-board",
    "04.evidence-board-more",
    "04.strongest-evidence",
    "04.reasoning",
    "04.stakeholders",
    "04.stakeholders-more",
    "04.rules",
    "04.guardrail-feature",
    "04.guardrail-change",
    "04.guardrail-costs",
    "04.journal",
]


# ---- scanning the code ----------------------------------------------------------------------


def _docstrings(tree) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _text(node) -> str | None:
    """A string literal's text; an f-string's with {} for each value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _name(func) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def question_text_in_python(source: str, where: str) -> list[str]:
    """Question text, options or feedback written in Python in ``source``."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    inside_fstring = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    found = []
    for node in ast.walk(tree):
        text = _text(node)
        if text is None or id(node) in skip or id(node) in inside_fstring:
            continue
        stripped = text.strip()
        if stripped.endswith("?") and len(stripped.split()) > 4 and stripped not in NOT_QUESTIONS:
            found.append(f"{where}:{node.lineno}: a question: {stripped[:70]!r}")
        if OPENER.match(stripped):
            found.append(f"{where}:{node.lineno}: a feedback opener: {stripped[:70]!r}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in ASKING:
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                for inner in ast.walk(argument):
                    text = _text(inner)
                    if text is not None and len(text.split()) > 2:
                        found.append(f"{where}:{node.lineno}: words given to {_name(node.func)}(): {text[:70]!r}")
    return found


def python_files():
    for folder in ("lessons", "views"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            # The widgets themselves (the exercises, their feedback, the skills check's panel): their own labels and marks.
            if path.relative_to(PACKAGE).as_posix() not in (
                "views/exercises.py",
                "views/feedback.py",
                "views/skills_check.py",
            ):
                yield path


def test_no_question_option_or_explanation_is_written_in_python():
    found = [
        problem
        for path in python_files()
        for problem in question_text_in_python(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        'PROMPT = "Which outlet do you expect to stay closest to the WSJ?"',
        'def check(c):\n    return Feedback(True, f"Right: {c} never retells it.")',
        'QUESTIONS = {"02.x": ("Pick one.", ["a", "b"], 0, "Yes. Because the key says so.")}',
        'ex.free_text("04.j", "Your journal: write it down", model_answer="A model answer here")',
    ],
    ids=["a question", "an opener", "a feedback literal", "words given to free_text"],
)
def test_the_scan_finds_question_text_in_python(source):
    assert question_text_in_python(source, "old.py")


def _asked_ids() -> set[str]:
    """Ids the code asks for (``ask("...")``) and the notebooks name (``lesson.question("...")``)."""
    asked = set()
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) == "ask" and node.args:
                text = _text(node.args[0])
                if text is not None:
                    asked.add(text)
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "FIXED" for t in node.targets):
                asked |= {_text(e) for e in node.value.elts}
    for path in sorted((REPO / "notebooks").rglob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                asked |= set(re.findall(r"\.question\(\"([^\"]+)\"\)", "".join(cell["source"])))
    return asked


def test_every_question_the_lessons_ask_is_in_the_files_and_every_question_is_asked():
    # The skills check asks every question of its two forms, in order (tests/test_skills_check.py).
    in_files = {q.id for questions in all_question_sets() if questions.name in LESSON_FILES for q in questions}
    asked = _asked_ids()
    assert asked - in_files == set(), "asked for, but not in lessons/questions/*.toml"
    assert in_files - asked == set(), "in lessons/questions/*.toml, but no lesson asks it"


def test_the_fixed_questions_of_lesson_02_are_each_asked_in_its_notebook():
    notebook = (REPO / "notebooks" / "02_editorial_framing.ipynb").read_text(encoding="utf-8")
    assert all(f'lesson.question(\\"{qid}\\")' in notebook for qid in framing.FIXED)


# ---- the files ------------------------------------------------------------------------------


def test_every_lesson_has_its_question_file_and_each_loads():
    sets = {s.name: s for s in all_question_sets()}
    assert sorted(sets) == LESSON_FILES + CHECK_FILES
    counts = {"00": 3, "01": 5, "02": 12, "03": 3, "04": 14, "check_a": 12, "check_b": 12}
    assert {name: len(s) for name, s in sets.items()} == counts
    assert all(q.prompt for s in sets.values() for q in s)


def test_the_data_card_lists_every_file_with_its_count():
    card = (QUESTIONS_DIR / "README.md").read_text(encoding="utf-8")
    for questions in all_question_sets():
        assert re.search(rf"`{questions.name}\.toml` \| .* \| {len(questions)}\b", card), questions.name


def test_a_file_with_mistakes_lists_every_one_with_its_question_and_fix():
    with pytest.raises(QuestionError) as raised:
        load(FIXTURES / "mistakes.toml")
    problems = [str(p) for p in raised.value.problems]
    text = "\n".join(problems)
    assert all(p.startswith("error: tests/questions/mistakes.toml") for p in problems)
    assert "unknown table or field “colour”" in text
    assert "question m.answer: its answer “The secnd one” is not one of its options" in text
    assert "did you mean “The second one”?" in text
    assert "question m.answer: this id is used twice" in text
    assert "question m.kind: its kind is 'tag'" in text and "did you mean “tags”?" in text
    assert "question m.field: unknown field “model_anwser”" in text and "did you mean “model_answer”?" in text
    assert "question m.brace: its prompt has a { or } without its pair" in text
    assert "question m.passage: item “The club claimed” is not in its passage" in text
    assert re.search(r"mistakes\.toml:1\d: question m\.answer: its answer", text), "the line of the question"


def test_a_file_that_is_not_toml_says_which_line(tmp_path):
    path = tmp_path / "02.toml"
    path.write_text('[[question]]\nid = "02.x"\nprompt = "unclosed\n', encoding="utf-8")
    with pytest.raises(QuestionError) as raised:
        load(path)
    (problem,) = raised.value.problems
    assert problem.line == 3 and "not valid TOML" in problem.what and "quotes" in problem.fix


def test_a_misspelt_name_in_a_template_names_the_names_the_question_knows(tmp_path):
    text = (QUESTIONS_DIR / "00.toml").read_text(encoding="utf-8").replace("{primary} did", "{primay} did")
    (tmp_path / "00.toml").write_text(text, encoding="utf-8")
    question = lesson_questions("00", tmp_path)["00.primary"]
    with pytest.raises(QuestionError) as raised:
        build.choice(question, ["A", "B"], judge=lambda c: (c == "A", {}), primary="A")
    message = str(raised.value)
    assert "uses {primay}, a name this question cannot fill" in message and "{primary}" in message


def test_a_broken_file_shows_a_box_in_the_lesson_not_a_traceback(seed_case, tmp_path, monkeypatch):
    import newslit.lessons.questions as questions

    (tmp_path / "00.toml").write_text('[[question]]\nid = "00.primary"\nkind = "choise"\nprompt = "?"\n')
    monkeypatch.setattr(questions, "QUESTIONS_DIR", tmp_path)
    shown = start.which_is_primary(seed_case)
    assert isinstance(shown, QuestionError)
    html = shown._repr_html_()
    assert "could not be built" in html and "00.toml" in html and "did you mean “choice”?" in html


def test_another_file_in_the_same_format_builds_a_skills_check(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    check = load(FIXTURES / "skills_check.toml")
    assert {q.kind for q in check} == {"choice", "tags", "free_text"} and all(q.skill for q in check)
    doubt, cues, rewrite = check
    wrong = build.choice(doubt).answer("It reports the club's words and nothing more")
    assert wrong.correct is False and wrong.message.startswith("That is what “said” would do. The best answer is")
    tags = build.tags(cues)
    assert tags.answer({"The mayor claimed": "doubt word", "a shocking speech": "loaded word"}) is None  # one left
    feedback = tags.submit()
    assert feedback.correct is False and "2 of 3" in feedback.message and "arm's length" in feedback.message
    assert "according to its own accounts" in build.free_text(rewrite).answer("The council spent a lot.").message


# ---- the lessons, built from the files on the seed case ---------------------------------------


@pytest.fixture(scope="module")
def exercises(seed_case, tmp_path_factory):
    import os

    saved = os.environ.get("NEWSLIT_ANSWERS_DIR")
    os.environ["NEWSLIT_ANSWERS_DIR"] = str(tmp_path_factory.mktemp("answers"))
    case = seed_case
    provenance = provenance_records(case)
    figures = verify.load()[1]
    records = framing_records(case)
    built = [
        start.which_is_primary(case),
        start.translations(case),
        start.restart_question(),
        compare.predict_closest(case, provenance),
        compare.pick_added(case, provenance, "dcnf"),
        compare.dropped_fact(case, fact_coverage(case, provenance), "dcnf"),
        compare.why_it_matters(case, fact_coverage(case, provenance), "dcnf"),
        compare.send_a_friend(case),
        framing.predict_loaded(case, records),
        framing.predict_doubt(attribution_rates(case)),
        *[framing.question(qid) for qid in framing.FIXED],
        framing.loaded_or_not(),
        framing.transfer_exercise(),
        framing.aside_hunt_sample(case, records, "dcnf"),
        framing.aside_hunt(case, records, "dcnf").exercise,  # built when opened: the exercise inside
        framing.rewrite_exercise(),
        verify.predict_changed(case, figures),
        verify.verdict_exercise(case, figures, "lifesite: almost 500,000"),
        verify.verdict_exercise(case, figures, "blog-nl: millions"),
        verify.who_counts_exercise(),
        accountability.predict_test_accounts(case),
        accountability.backup_accounts_question(case),
        accountability.reports_question(case),
        accountability.evidence_board(case),
        accountability.evidence_board(case, more=True),
        accountability.strongest_evidence(case),
        accountability.reasoning_exercise(),
        accountability.stakeholders_exercise(case),
        accountability.stakeholders_exercise(case, more=True),
        accountability.rules_question(),
        accountability.guardrail_feature(case),
        accountability.guardrail_change(),
        accountability.guardrail_costs(),
        accountability.journal(),
    ]
    yield built
    if saved is None:
        os.environ.pop("NEWSLIT_ANSWERS_DIR", None)
    else:
        os.environ["NEWSLIT_ANSWERS_DIR"] = saved


def test_every_exercise_is_built_and_saved_under_the_id_it_always_had(exercises):
    assert [getattr(e, "exercise_id", repr(e)) for e in exercises] == SAVED_IDS


# Questions where more than one option can be right, each with why (their computed text says so).
SEVERAL_RIGHT = {
    "03-predict-changed": "right is any outlet with a figure the key calls changed: the blog and the Daily Caller",
}


def test_every_option_gets_feedback_that_agrees_with_its_mark(exercises):
    for exercise in exercises:
        if exercise.kind != "choice":
            continue
        results = [exercise.check(option) for option in exercise.options]
        marks = [r.correct for r in results]
        several = exercise.exercise_id in SEVERAL_RIGHT and marks.count(True) >= 1
        assert marks == [None] * len(marks) or marks.count(True) == 1 or several, exercise.exercise_id
        for feedback in results:
            text = feedback.text()
            assert not OPENER.match(feedback.message), f"{exercise.exercise_id}: the mark is said twice: {text[:60]}"
            assert "{" not in feedback.message and feedback.message.strip(), exercise.exercise_id
            if feedback.correct is True:
                assert "best answer is" not in text and "It is “" not in text, exercise.exercise_id
            if feedback.correct is False:
                assert "You predicted it" not in text and "never says this" not in text, exercise.exercise_id


def test_every_tagging_exercise_is_right_with_its_own_answers_and_explains_a_wrong_one(exercises, seed_case):
    for exercise in (e for e in exercises if e.kind == "tags"):
        truth = _truth_of(exercise, seed_case)
        assert set(truth.values()) <= set(exercise.labels), exercise.exercise_id
        assert exercise.check(truth).correct is True, exercise.exercise_id
        first = exercise.items[0]
        other = next(label for label in exercise.labels if label != truth[first])
        wrong = exercise.check({**truth, first: other})
        assert wrong.correct is False and f"{len(truth) - 1} of {len(truth)}" in wrong.message
        assert "{" not in wrong.message and len(wrong.message.splitlines()) == 2, exercise.exercise_id


def _truth_of(exercise, case) -> dict[str, str]:
    from newslit.analysis import accountability as acc

    if exercise.exercise_id.startswith("04.evidence-board"):
        from newslit.lessons import accountability as lesson

        more = exercise.exercise_id.endswith("-more")
        return {item: r["category"] for item, r in lesson.evidence_key(case, more).items()}
    if exercise.exercise_id.startswith("04.stakeholders"):
        rows = acc.stakeholder_actions(case)
        return {r["action"]: r["stakeholder"] for r in rows if r["action"] in exercise.items}
    if exercise.exercise_id.startswith("02.hunt-"):
        records = framing_records(case)
        truth = framing.hunt_truth(case, records, "dcnf")
        return {item: truth[item][0] for item in exercise.items}
    if exercise.exercise_id == "00.translations":
        return {
            "Dutch blog post": "translated into English",
            "AFP": "translated into English",
            "LifeSiteNews": "written in English",
            "Daily Caller News Foundation": "written in English",
        }
    question = lesson_questions("02")[exercise.exercise_id]
    return {item: row["label"] for item, row in framing.engine_truth(question).items()}


def test_no_key_explanation_says_another_label_is_also_right(seed_case):
    from newslit.case.key import read_rows

    kinds = "politicised|context|advocacy|editorial"
    for row in read_rows(seed_case, "framing.csv"):
        said = re.search(rf"\b(?:is|it is|also) (?:also )?({kinds})\b", row["explanation"], re.IGNORECASE)
        assert not said or said.group(1) == row["kind"], f"{row['sentence']}: {row['explanation']}"


# ---- the teacher guide reads the same files ---------------------------------------------------


@pytest.mark.parametrize("lesson", LESSON_FILES)
def test_the_teacher_guide_shows_every_question_and_its_answer_from_the_file(lesson, seed_case):
    shown = teacher_guide.questions_view(lesson, seed_case)
    questions = lesson_questions(lesson)
    for question in questions:
        assert question.id in shown.text
        assert mask(question.prompt.split("{")[0][:40]) in shown.text
        if question.answer:
            assert f"✓ {mask(question.answer)}" in shown.text
        if question.model_answer:
            assert mask(question.model_answer) in shown.text
    assert shown.text.count("✓") == sum(1 for q in questions if q.answer), "one tick per question, on its answer"


def test_the_teacher_guide_fills_in_the_wsj_sentence_a_question_quotes(seed_case):
    shown = teacher_guide.questions_view("04", seed_case).text
    assert "{quote}" not in shown and "generally levied on accounts, not users or devices" in shown


def test_the_teacher_guide_shows_the_engines_answer_to_the_tags_it_checks():
    shown = teacher_guide.questions_view("02").text
    assert "a staggering 40% → loaded word" in shown and "according to a survey → neutral" in shown


def test_the_asides_hunt_on_another_case_says_so_in_words(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    case, records = framing.load(REPO / "tests" / "cases" / "sleep-study")
    shown = framing.aside_hunt(case, records, "dcnf")
    assert "written for the workbook's own case" in shown.text and "“dcnf”" in shown.text


# ---- no answer given away by its length or its place ------------------------------------------


def _right_options(exercises):
    for exercise in exercises:
        if getattr(exercise, "kind", None) != "choice" or not exercise.check:
            continue
        right = [i for i, option in enumerate(exercise.options) if exercise.check(option).correct]
        if len(right) == 1:
            yield exercise, right[0]


def test_no_right_option_is_the_longest(exercises, seed_case):
    outlets = {a.outlet for a in seed_case.articles} | {a.outlet.split(" (")[0] for a in seed_case.articles}
    longest = [
        exercise.exercise_id
        for exercise, right in _right_options(exercises)
        # Options that are the outlets' names (a prediction) are names, not answers written to be chosen.
        if not set(exercise.options) <= outlets
        and len(exercise.options[right]) > max(len(o) for i, o in enumerate(exercise.options) if i != right)
    ]
    assert longest == [], "the right option is visibly the longest"


def test_right_options_do_not_sit_in_one_place(exercises):
    from collections import Counter

    by_lesson: dict[str, list[int]] = {}
    for exercise, right in _right_options(exercises):
        by_lesson.setdefault(exercise.exercise_id[:2], []).append(right)
    for lesson, places in by_lesson.items():
        if len(places) >= 3:
            assert Counter(places).most_common(1)[0][1] <= len(places) / 2, (lesson, places)


def test_wrong_answer_feedback_gives_away_no_other_exercise(exercises):
    """A wrong answer's feedback never states the right answer (written in a question file) of another exercise."""
    written = {q.id for questions in all_question_sets() for q in questions if q.answer}
    answers = {e.exercise_id: e.options[right] for e, right in _right_options(exercises) if e.exercise_id in written}
    for exercise in exercises:
        if getattr(exercise, "kind", None) != "choice" or not exercise.check:
            continue
        for option in exercise.options:
            message = exercise.check(option).message
            for other, answer in answers.items():
                if other != exercise.exercise_id and other[:2] == exercise.exercise_id[:2] and len(answer) > 20:
                    assert answer not in message, (exercise.exercise_id, other)
    lesson_03 = {e.exercise_id: e for e in exercises if e.exercise_id.startswith("03")}
    prediction = lesson_03["03-predict-changed"]
    for option in prediction.options:
        assert "millions" not in prediction.check(option).message, "the prediction names the figure asked next"
