"""The teacher's class summary: a folder of learners' files in, results and agreement out."""

from __future__ import annotations

import json

import pytest

from newslit.learners import classroom
from newslit.learners.answers import AnswerStore, export
from newslit.learners.classroom import cohen_kappa, read_class


def learner_file(folder, name, answers, updated="2026-01-01T10:00:00+00:00"):
    data = {"format": "newslit-answers", "version": 1, "learner": name, "updated": updated, "answers": answers}
    path = folder / f"{name.lower()}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def choice(value, correct, first=None):
    entry = {"value": value, "kind": "choice", "correct": correct, "checked": True}
    entry["first_checked"] = first or {"value": value, "correct": correct}
    return entry


def tags(value, correct):
    return {
        "value": value,
        "kind": "tags",
        "correct": correct,
        "checked": True,
        "first_checked": {"value": value, "correct": correct},
    }


@pytest.fixture
def class_folder(tmp_path):
    board_right = {"405 sellers": "documented", "490,000 accounts": "Meta", "unacceptable": "opinion"}
    learner_file(tmp_path, "Ada", {"q": choice("B", True), "board": tags(board_right, True)})
    learner_file(
        tmp_path,
        "Ben",
        {
            "q": choice("B", True, first={"value": "C", "correct": False}),
            "board": tags({**board_right, "unacceptable": "documented"}, False),
            "guardrail": {"value": "Stop recommending after one view.", "kind": "free_text", "checked": True},
        },
    )
    learner_file(
        tmp_path, "Chen", {"q": choice("C", False), "board": tags({**board_right, "unacceptable": "documented"}, False)}
    )
    return tmp_path


def test_results_use_the_first_checked_answer_and_the_latest(class_folder):
    found = read_class(class_folder)
    assert [learner["learner"] for learner in found.learners] == ["Ada", "Ben", "Chen"]
    rows = {r["exercise"]: r for r in classroom.exercise_results(found.learners)}
    assert (rows["q"]["right_first"], rows["q"]["right_now"], rows["q"]["checked"]) == (1, 2, 3)
    assert rows["guardrail"]["share_first"] is None  # an open question has no verdict


def test_common_wrong_answers_name_the_mistake_and_who_made_it(class_folder):
    rows = classroom.common_wrong_answers(read_class(class_folder).learners)
    assert {"exercise": "q", "answer": "C", "count": 2, "learners": ["Ben", "Chen"]} in rows
    board = [r for r in rows if r["exercise"] == "board"]
    assert board == [
        {"exercise": "board", "answer": "unacceptable → documented", "count": 2, "learners": ["Ben", "Chen"]}
    ]


def test_free_text_answers_are_collected_side_by_side(class_folder):
    assert classroom.free_text_answers(read_class(class_folder).learners) == {
        "guardrail": [{"learner": "Ben", "text": "Stop recommending after one view."}]
    }


def test_malformed_and_duplicate_files_are_reported_not_fatal(class_folder):
    (class_folder / "broken.json").write_text("{not json", encoding="utf-8")
    (class_folder / "list.json").write_text("[1, 2]", encoding="utf-8")
    (class_folder / "ada.damaged-20260101-100000.json").write_text("{}", encoding="utf-8")
    (class_folder / "copy-of-ada.json").write_text((class_folder / "ada.json").read_text(), encoding="utf-8")
    found = read_class(class_folder)
    assert len(found.learners) == 3
    problems = "\n".join(found.problems)
    assert "broken.json: not valid JSON" in problems
    assert "list.json: not a newslit answers file" in problems
    assert "a backup copy" in problems
    assert (
        "copy-of-ada.json: a duplicate of ada.json" in problems
        or "ada.json: a duplicate of copy-of-ada.json" in problems
    )


def test_two_learners_who_typed_the_same_name_are_two_learners(class_folder):
    (class_folder / "ada.json").rename(class_folder / "ada-old.json")
    learner_file(class_folder, "ADA", {"q": choice("A", False)}, updated="2026-02-01T10:00:00+00:00")
    found = read_class(class_folder)
    assert len(found.learners) == 4 and not found.problems
    adas = sorted(r["learner"] for r in found.learners if r["name"].lower() == "ada")
    assert adas == ["ADA (ada.json)", "Ada (ada-old.json)"]
    wrong = classroom.common_wrong_answers(found.learners)
    assert {"exercise": "q", "answer": "A", "count": 1, "learners": ["ADA (ada.json)"]} in wrong


def test_hand_ins_in_one_folder_per_learner_are_read(tmp_path):
    from newslit.learners.handin import hand_in

    for user in ("ana", "bo"):
        (tmp_path / "class" / user).mkdir(parents=True)
        store = AnswerStore(tmp_path / user, user)
        store.set_learner_name(user.title())
        store.save("01.closest", user, kind="choice", correct=user == "ana", checked=True)
        hand_in(store, tmp_path / "class" / user)
    found = read_class(tmp_path / "class")
    assert [(r["learner"], r["file"]) for r in found.learners] == [("Ana", "ana/ana.json"), ("Bo", "bo/bo.json")]
    rows = classroom.handed_in(found.learners)
    assert [(r["lessons"], r["answers"]) for r in rows] == [(["01"], 1), (["01"], 1)] and all(
        r["handed_in"] for r in rows
    )


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path):
    found = read_class(tmp_path / "nowhere")
    assert found.learners == [] and "no such folder" in found.problems[0]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (["a", "b", "a", "b"], ["a", "b", "a", "b"], 1.0),
        (["a", "b", "a", "b"], ["a", "b", "b", "b"], 0.5),
        (["a", "a", "b", "b"], ["b", "b", "a", "a"], -1.0),
        (["a", "a"], ["a", "a"], 1.0),  # chance agreement is 1: kappa undefined, reported as agreement
        ([None, "a"], ["b", None], None),
    ],
    ids=["identical", "half-way", "opposite", "one-label", "nothing-to-compare"],
)
def test_cohen_kappa(first, second, expected):
    assert (
        cohen_kappa(first, second) == pytest.approx(expected)
        if expected is not None
        else cohen_kappa(first, second) is None
    )


def test_tag_agreement_compares_every_pair(class_folder):
    (row,) = classroom.tag_agreement(read_class(class_folder).learners)
    assert row["exercise"] == "board" and row["learners"] == 3 and row["pairs"] == 3
    assert row["kappas"][("Ben", "Chen")] == pytest.approx(1.0)
    assert row["min_kappa"] < 1.0


def test_exported_files_from_real_exercises_are_read(tmp_path, seed_case):
    from newslit.lessons.demo_class import simulate_class

    folder = simulate_class(seed_case, tmp_path / "class", learners=4)
    found = read_class(folder)
    assert len(found.learners) == 4 and len(found.problems) == 2
    assert all(name.endswith("(simulated)") for name in (r["learner"] for r in found.learners))
    exercises = {r["exercise"] for r in classroom.exercise_results(found.learners)}
    assert {"04.evidence-board", "04.stakeholders", "04.predict-test-accounts"} <= exercises


def test_an_export_is_what_the_summary_reads(tmp_path):
    store = AnswerStore(tmp_path / "answers", "sam")
    store.save("04.rules", "The Digital Services Act", kind="choice", correct=True, checked=True)
    export(store, tmp_path / "class")
    (learner,) = read_class(tmp_path / "class").learners
    assert learner["learner"] == "sam" and learner["answers"]["04.rules"]["correct"] is True


# ---- partial credit, question text and who may need help ---------------------------------------


def scored_tags(value, correct, score):
    entry = tags(value, correct)
    entry["score"] = score
    entry["first_checked"]["score"] = score
    return entry


def test_a_tagging_answer_with_one_tag_wrong_gets_partial_credit(tmp_path):
    nineteen = scored_tags({"item": "label"}, False, 0.95)
    learner_file(tmp_path, "Ada", {"02.hunt-dcnf": {**nineteen, "prompt": "Daily Caller: tag each sentence."}})
    found = read_class(tmp_path)
    (row,) = classroom.exercise_results(found.learners)
    assert row["share_first"] == 0.0 and row["score_first"] == 0.95
    assert row["question"] == "Daily Caller: tag each sentence." and row["lesson"] == "02"


def test_an_old_file_without_scores_counts_right_and_wrong_as_before(class_folder):
    rows = {r["exercise"]: r for r in classroom.exercise_results(read_class(class_folder).learners)}
    assert rows["board"]["score_first"] == rows["board"]["share_first"] == 1 / 3


def test_the_learner_overview_flags_who_may_need_help_and_why(tmp_path):
    learner_file(tmp_path, "Ada", {"q1": choice("A", True), "q2": choice("B", True), "q3": choice("C", True)})
    learner_file(tmp_path, "Ben", {"q1": choice("X", False), "q2": choice("Y", False), "q3": choice("C", True)})
    learner_file(tmp_path, "Chen", {"q1": choice("A", True)})
    rows = {r["learner"]: r for r in classroom.learner_overview(read_class(tmp_path).learners)}
    assert not rows["Ada"]["needs_help"]
    assert rows["Ben"]["needs_help"] and "33%" in rows["Ben"]["why"] and rows["Ben"]["weakest"] == ["q1", "q2"]
    assert rows["Chen"]["needs_help"] and "answered 1 of 3" in rows["Chen"]["why"]


def test_the_views_name_questions_by_their_text_not_their_id(tmp_path):
    from newslit.views import classroom as views

    entry = {**choice("B", False), "prompt": "Which outlet added the sentence about Elon Musk?"}
    learner_file(tmp_path, "Ada", {"01.pick-added-dcnf": entry})
    found = read_class(tmp_path)
    for view in (views.results_view(found), views.wrong_answers_view(found), views.learners_view(found)):
        assert "Which outlet added the sentence" in view.text and "pick-added" not in view.text
    assert "⚑ Ada" in views.learners_view(found).text
