"""The skills check before and after the lessons: the forms, who gets which, the learner's and the class's results."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from unittest import mock

import pytest

from newslit.learners import skills_check as check
from newslit.learners.answers import AnswerStore, export
from newslit.learners.classroom import exercise_results, read_class
from newslit.lessons import skills_check as lesson
from newslit.lessons.questions import QUESTIONS_DIR, QuestionError, load
from newslit.views import skills_results

from conftest import SEEDS

SKILLS = ["source", "framing", "figures", "responsibility"]


@pytest.fixture
def store(tmp_path):
    return AnswerStore(tmp_path / "answers", "sam")


def answer_all(panel, pick):
    """Answer every question of a check panel with ``pick(item)`` (an option's text)."""
    for item in panel.items:
        item.answer(pick(item))


def right_option(item):
    return next(o for o in item.options if item.check(o).correct)


def wrong_option(item):
    return next(o for o in item.options if not item.check(o).correct)


# ---- the forms ------------------------------------------------------------------------------


def test_each_skill_has_at_least_two_questions_per_form_and_every_question_an_answer_and_a_why():
    forms = lesson.forms()
    assert sorted(forms) == ["a", "b"]
    for form, questions in forms.items():
        assert list(questions.skills) == SKILLS, form
        per_skill = Counter(q.skill for q in questions)
        assert set(per_skill) == set(SKILLS) and min(per_skill.values()) >= 2, (form, per_skill)
        for question in questions:
            assert question.kind == "choice" and question.answer in question.option_texts, question.id
            assert len(question.explanation.split()) >= 8, f"{question.id}: say why the answer is right"
            for option in question.options:
                if option.text != question.answer:
                    assert option.why.strip(), f"{question.id}: say why “{option.text}” is not right"


def test_question_n_of_form_a_and_of_form_b_test_the_same_skill():
    a, b = (list(questions) for questions in lesson.forms().values())
    assert len(a) == len(b) == 12
    assert [q.skill for q in a] == [q.skill for q in b]
    assert [q.id[-2:] for q in a] == [q.id[-2:] for q in b] == [f"{n:02d}" for n in range(1, 13)]


def test_two_forms_that_are_not_parallel_are_refused_with_the_question_to_fix(tmp_path, monkeypatch):
    import newslit.lessons.questions as questions

    for name in ("check_a", "check_b"):
        (tmp_path / f"{name}.toml").write_text((QUESTIONS_DIR / f"{name}.toml").read_text(encoding="utf-8"))
    text = (tmp_path / "check_b.toml").read_text(encoding="utf-8")
    (tmp_path / "check_b.toml").write_text(text.replace('skill = "source"', 'skill = "figures"', 1))
    monkeypatch.setattr(questions, "QUESTIONS_DIR", tmp_path)
    with pytest.raises(QuestionError) as raised:
        lesson.forms()
    assert "check-b.01" in str(raised.value) and "same skill" in str(raised.value)
    shown = lesson.before_check(AnswerStore(tmp_path / "answers", "sam"))
    assert isinstance(shown, QuestionError), "a file to fix shows a box, not a traceback"


def test_a_skill_not_in_the_files_skills_table_is_named(tmp_path):
    text = (
        (QUESTIONS_DIR / "check_a.toml").read_text(encoding="utf-8").replace('skill = "figures"', 'skill = "figure"', 1)
    )
    (tmp_path / "check_a.toml").write_text(text, encoding="utf-8")
    with pytest.raises(QuestionError) as raised:
        load(tmp_path / "check_a.toml")
    assert "question check-a.08: its skill 'figure' is not in the file's [skills]" in str(raised.value)
    assert "did you mean “figures”?" in str(raised.value)


def test_the_options_do_not_give_the_answer_away_by_place_or_length():
    for form, questions in lesson.forms().items():
        places = Counter(q.option_texts.index(q.answer) for q in questions)
        assert len(places) >= 3 and max(places.values()) <= len(questions) // 3 + 1, (form, places)
        longest = 0
        for q in questions:
            others = [len(o) for o in q.option_texts if o != q.answer]
            assert len(q.answer) <= max(others) + 3, f"{q.id}: the right option is much the longest"
            longest += len(q.answer) > max(others)
        assert longest <= 2, f"form {form}: the right option is the longest in {longest} questions"
        for skill in SKILLS:
            skill_places = {q.option_texts.index(q.answer) for q in questions if q.skill == skill}
            assert len(skill_places) > 1, f"form {form}, {skill}: the right answer is always in the same place"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def test_no_question_uses_the_seed_story():
    seed_text = " ".join(
        " ".join(_words(path.read_text(encoding="utf-8", errors="replace"))) for path in sorted(SEEDS.glob("*.txt"))
    )
    for questions in lesson.forms().values():
        for q in questions:
            texts = [q.prompt, q.explanation, *q.option_texts, *(o.why for o in q.options)]
            words = _words(" ".join(texts))
            assert not {"instagram", "meta", "wsj", "journal's", "pedophile", "stanford", "umass"} & set(words), q.id
            for start in range(len(words) - 5):
                run = " ".join(words[start : start + 6])
                assert f" {run} " not in f" {seed_text} ", f"{q.id} repeats the seed articles: “{run}”"


# ---- which form first -----------------------------------------------------------------------


def test_the_form_of_a_name_is_the_same_in_every_process():
    names = ["Sam", "Ada Lovelace", "zoë", "learner-7"]
    code = f"from newslit.learners.skills_check import first_form; print([first_form(n) for n in {names!r}])"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed}
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert runs == {str([check.first_form(n) for n in names])}
    assert check.first_form("  SAM ") == check.first_form("sam")


def test_forms_are_balanced_over_many_names():
    names = [f"{first} {n}" for first in ("Ada", "Ben", "Chen", "Dara", "Eli") for n in range(400)]
    share_a = sum(check.first_form(name) == "a" for name in names) / len(names)
    assert 0.46 <= share_a <= 0.54
    hub_users = [f"student{n:03d}" for n in range(1, 31)]  # a class of 30 on a hub
    assert 10 <= sum(check.first_form(name) == "a" for name in hub_users) <= 20


def test_the_saved_form_wins_and_the_other_check_takes_the_other_form():
    name = next(n for n in (f"n{i}" for i in range(100)) if check.first_form(n) == "a")
    assert check.form_for({}, "before", name) == "a" and check.form_for({}, "after", name) == "b"
    saved = {"before.check": {"value": {"form": "b", "finished": True}}}
    assert check.form_for(saved, "before", name) == "b" and check.form_for(saved, "after", name) == "a"
    after_first = {"after.check": {"value": {"form": "a", "finished": False}}}
    assert check.form_for(after_first, "before", name) == "b"
    assert check.name_for_form("my-answers", "Sam") == "Sam" and check.name_for_form("sam-hub", "Sam") == "sam-hub"


# ---- a learner works both checks ------------------------------------------------------------


def test_the_before_check_saves_every_answer_and_shows_no_verdict(store):
    panel = lesson.before_check(store)
    assert len(panel.items) == 12 and panel.form in ("a", "b")
    answer_all(panel, wrong_option)
    shown = panel.text()
    assert "✓" not in shown and "✗" not in shown and "The answer is" not in shown
    saved = store.answers()
    entries = {k: v for k, v in saved.items() if k.startswith("before.check-")}
    assert len(entries) == 12 and all(e["correct"] is None and not e["checked"] for e in entries.values())
    assert panel.finish() is True
    assert saved_state(store, "before") == {"form": panel.form, "finished": True}
    assert all(item._radio.disabled for item in panel.items), "a finished check is locked"
    assert "after the lessons" in panel._status.value and "right" not in panel._status.value


def test_a_finished_check_no_longer_says_an_answer_can_change(store):
    # Issue 17 walkthrough: after "I have finished" every question still said "You can change it".
    panel = lesson.before_check(store)
    answer_all(panel, wrong_option)
    assert "You can change it" in panel.items[0]._feedback.value
    panel.finish()
    assert not any("can change" in item._feedback.value for item in panel.items)
    assert all("The check is finished" in item._feedback.value for item in panel.items)
    again = lesson.before_check(store)  # after a restart, the same
    assert not any("You can change it" in item._feedback.value for item in again.items)


def saved_state(store, phase):
    return check.phase_state(store.answers(), phase)


def test_finishing_with_questions_left_asks_first_then_counts_them_as_not_right(store):
    panel = lesson.after_check(store)
    panel.items[0].answer(right_option(panel.items[0]))
    assert panel.finish() is False and "11 questions are not answered yet" in panel._status.value
    assert panel.finish() is True
    assert panel.items[0].feedback.correct is True
    left_out = panel.items[1].feedback
    assert left_out.correct is False and left_out.message.startswith("You left this one out. The answer is:")
    assert lesson.results(store)["after"].score == (1, 12)


def test_after_the_lessons_the_other_form_then_every_answer_and_why(store):
    before = lesson.before_check(store)
    answer_all(before, wrong_option)
    before.finish()
    after = lesson.after_check(store)
    assert after.form == check.other_form(before.form)
    answer_all(after, right_option)
    assert all(item.feedback.correct is None for item in after.items), "no verdict while the check is worked"
    after.finish()
    questions = {f"after.{q.id}": q for q in lesson.forms()[after.form]}
    for item in after.items:
        question = questions[item.exercise_id]
        assert item.feedback.correct is True
        assert question.fill(question.explanation) in item.feedback.message, "the why comes with the answer"
    assert "12 of 12 right" in after._status.value
    results = lesson.results(store)
    assert results["before"].score == (0, 12) and results["after"].score == (12, 12)
    assert results["after"].by_skill == {
        "source": (3, 3),
        "framing": (4, 4),
        "figures": (3, 3),
        "responsibility": (2, 2),
    }


def test_a_restart_brings_both_checks_back_locked_with_their_answers(store):
    before = lesson.before_check(store)
    answer_all(before, right_option)
    before.finish()
    chosen_before = [item.value for item in before.items]
    after = lesson.after_check(store)
    answer_all(after, wrong_option)
    after.finish()
    again_before, again_after = lesson.before_check(store), lesson.after_check(store)  # a re-run, or a restart
    assert [item.value for item in again_before.items] == chosen_before
    assert all(item._radio.disabled for item in again_before.items + again_after.items)
    assert all(item.feedback is None for item in again_before.items), "still no verdict on the check before"
    assert all(item.feedback.correct is False for item in again_after.items)
    assert "Your saved answer is back." in again_after.items[0]._status.value


def test_the_check_before_closes_once_the_check_after_has_begun(store):
    after = lesson.after_check(store)
    after.items[0].answer(right_option(after.items[0]))
    before = lesson.before_check(store)
    assert before.form == check.other_form(after.form)
    assert all(item._radio.disabled for item in before.items)
    assert "closed" in before._status.value


def test_a_learner_without_a_file_of_their_own_gets_the_form_of_the_name_they_type(tmp_path):
    store = AnswerStore(tmp_path / "answers")  # my-answers.json, as on a shared computer
    name = next(n for n in (f"Pupil {i}" for i in range(100)) if check.first_form(n) != check.first_form("my-answers"))
    panel = lesson.before_check(store)
    box = panel._name_row.children[0]
    box.value = name
    assert panel.form == check.first_form(name) and store.read()["learner"] == name
    panel.items[0].answer(panel.items[0].options[0])
    other = next(n for n in (f"Other {i}" for i in range(100)) if check.first_form(n) != panel.form)
    box.value = other
    assert panel.form == check.first_form(name), "once answered, the form is kept"
    assert lesson.before_check(store).form == panel.form


def test_the_learners_chart_appears_when_the_check_after_is_finished(store):
    from newslit.views import skills_results

    drawn = []

    def chart_bundle(figure, text):
        drawn.append(figure)
        return real_bundle(figure, text)

    real_bundle = skills_results.chart_bundle
    with mock.patch("newslit.views.skills_results.chart_bundle", chart_bundle):
        results_panel = lesson.my_results(store)
        (shown,) = results_panel.children
        assert not drawn and "when you finish the check after the lessons" in shown.value
        assert "when you finish the check after the lessons" in repr(results_panel)
        before = lesson.before_check(store)
        answer_all(before, lambda item: right_option(item) if "source" in _skill(item) else wrong_option(item))
        before.finish()
        assert not drawn and "<img" not in shown.value, "no results (no feedback) after the check before the lessons"
        after = lesson.after_check(store)
        answer_all(after, right_option)
        after.finish()
    # The panel redrew itself: the chart as an image, its summary as the caption, and the same in words.
    (figure,) = drawn
    assert shown.value.count("<img") == 1 and "<figcaption" in shown.value
    assert "Sources: copied, reworded or added: 3 of 3 → 3 of 3" in shown.value
    text = repr(results_panel)
    assert "Sources: copied, reworded or added: 3 of 3 → 3 of 3" in text
    assert "Framing: words that judge: 0 of 4 → 4 of 4" in text and "All: 3 of 12 → 12 of 12." in text
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.texts]
    assert labels.count("0 of 4") == 1 and labels.count("4 of 4") == 1 and len(axes.patches) == 8


def _skill(item):
    question_id = item.exercise_id.split(".", 1)[1]
    return next(k.skill for k in lesson.key() if k.id == question_id)


# ---- kept with the answers ------------------------------------------------------------------


def test_handed_in_files_carry_both_checks_and_a_damaged_file_keeps_them(store, tmp_path):
    before = lesson.before_check(store)
    answer_all(before, right_option)
    before.finish()
    after = lesson.after_check(store)
    answer_all(after, right_option)
    after.finish()
    json_path, md_path, _ = export(store, tmp_path / "class")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert sum(k.startswith("before.check-") for k in data["answers"]) == 12
    assert sum(k.startswith("after.check-") for k in data["answers"]) == 12
    assert "Skills check after the lessons" in md_path.read_text(encoding="utf-8")
    summary = lesson.class_results(read_class(tmp_path / "class"))
    assert summary.paired == ["sam"]

    text = store.path.read_text(encoding="utf-8")
    store.path.write_text(text[: text.index('"format"')], encoding="utf-8")  # cut off after the answers
    again = lesson.before_check(store)
    assert any("damaged" in notice for notice in store.notices)
    assert list(store.folder.glob(f"{store.id}.damaged-*.json")), "the damaged file is kept"
    assert again.form == before.form and all(item._radio.disabled for item in again.items)
    results = lesson.results(store)
    assert results["before"].score == (12, 12) and results["after"].score == (12, 12)


def test_the_general_results_leave_the_check_to_its_own_summary(store, tmp_path):
    panel = lesson.before_check(store)
    answer_all(panel, right_option)
    store.save("04.rules", "x", kind="choice", correct=True, checked=True)
    export(store, tmp_path / "class")
    rows = exercise_results(read_class(tmp_path / "class").learners)
    assert [r["exercise"] for r in rows] == ["04.rules"]


# ---- the class ------------------------------------------------------------------------------


def learner_with(answers_before: dict, answers_after: dict | None, form_before: str) -> dict:
    """A learner record as read_class gives it, from ``{question number: right?}`` per check."""
    key = {(k.form, k.number): k for k in lesson.key()}
    answers = {"before.check": {"value": {"form": form_before, "finished": True}}}
    for number, right in answers_before.items():
        item = key[(form_before, number)]
        answers[f"before.{item.id}"] = {"value": item.answer if right else "no"}
    if answers_after is not None:
        form_after = check.other_form(form_before)
        answers["after.check"] = {"value": {"form": form_after, "finished": True}}
        for number, right in answers_after.items():
            item = key[(form_after, number)]
            answers[f"after.{item.id}"] = {"value": item.answer if right else "no", "first_checked": {"value": "no"}}
    return {"learner": f"L{len(answers)}", "answers": answers}


def test_the_class_summary_pairs_learners_who_did_both_and_flags_questions_everyone_got_right_or_wrong():
    everyone = {n: n == 1 for n in range(1, 13)}  # only question 1 right
    learners = [learner_with(everyone, {n: True for n in range(1, 13)}, "a") for _ in range(4)]
    learners[0]["learner"], learners[1]["learner"] = "Ada", "Ben"
    learners.append({"learner": "Solo", "answers": learner_with(everyone, None, "b")["answers"]})
    summary = check.class_check(learners, lesson.key(), SKILLS)
    assert len(summary.paired) == 4 and summary.only_before == ["Solo"] and summary.first_forms == {"a": 4, "b": 0}
    source = summary.skills[0]
    # After the lessons the "right" answers were given, but the first checked answer ("no") is what counts.
    assert (source["skill"], source["right_before"], source["right_after"], source["total"]) == ("source", 4, 0, 12)
    assert summary.items[0]["right_before"] == 4 and summary.items[1]["right_before"] == 0
    flags = {(f["id"], f["kind"]) for f in summary.flags}
    assert ("check-a.01", "easy") in flags and ("check-a.02", "hard") in flags
    assert not any(f["form"] == "b" for f in summary.flags), "form B: one learner is too few to judge"
    forms = {r["form"]: r for r in summary.forms}
    assert forms["a"]["learners_before"] == 4 and forms["b"]["learners_before"] == 1


def test_the_simulated_class_shows_growth_per_skill_and_both_forms(tmp_path, seed_case):
    from newslit.lessons.demo_class import simulate_class

    found = read_class(simulate_class(seed_case, tmp_path / "class", learners=8))
    summary = lesson.class_results(found)
    assert len(summary.paired) == 7 and len(summary.only_before) == 1
    assert summary.first_forms["a"] >= 1 and summary.first_forms["b"] >= 1, "both forms are met first"
    before = sum(r["right_before"] for r in summary.skills)
    after = sum(r["right_after"] for r in summary.skills)
    assert after > before, "the simulated learners grow"
    names = lesson.skill_names()
    text = skills_results.class_skills_summary(summary, names)
    assert all(name in text for name in names.values()) and "7 learners who did both checks" in text
    shown = []
    with mock.patch("newslit.views.skills_results.show_chart", lambda figure, text: shown.append((figure, text))):
        lesson.show_class_skills(found)
        lesson.show_class_items(found)
        lesson.show_class_forms(found)
    assert [len(figure.axes[0].patches) for figure, _ in shown] == [8, 24, 4]
    assert "form A:" in shown[2][1] and "form B:" in shown[2][1]
    assert "finished only the check before the lessons" in lesson.class_overview(found).text
    assert lesson.flags_view(found).text


def test_the_simulated_class_saves_a_check_exactly_as_a_learner_working_the_panel_does(tmp_path):
    def entries(store):
        return {k: {f: v for f, v in e.items() if f != "saved"} for k, e in store.answers().items()}

    by_hand, at_once = AnswerStore(tmp_path / "hand", "sam"), AnswerStore(tmp_path / "once", "sam")
    for phase, pick in (("before", wrong_option), ("after", right_option)):
        panel = getattr(lesson, f"{phase}_check")(by_hand)
        answer_all(panel, pick)
        panel.finish()
    chosen = {k.split(".", 1)[1]: e["value"] for k, e in by_hand.answers().items() if ".check-" in k}
    for phase in ("before", "after"):
        lesson.save_check(at_once, phase, lambda question: chosen[question.id])
    assert entries(at_once) == entries(by_hand)
