"""The teacher guide's "Watch for" notes come from a data file a teacher can edit (lessons/questions/watch_for.csv)."""

from __future__ import annotations

import pytest

from newslit.lessons import plan, teacher_guide
from newslit.lessons.teacher_guide import WATCH_FILE, plan_view, watch_notes


def test_every_note_in_the_file_is_shown_in_its_lessons_plan():
    notes, problems = watch_notes()
    assert problems == [] and len(notes) >= 20
    for (lesson, section), note in notes.items():
        titles = [s["title"] for s in plan.sections(lesson)]
        assert section == "Going further" or any(t.startswith(section) for t in titles), (lesson, section)
        assert note in plan_view(lesson).text, (lesson, section)


def test_a_teachers_edit_to_the_file_shows_in_the_plan(tmp_path, monkeypatch):
    edited = tmp_path / "watch_for.csv"
    text = WATCH_FILE.read_text(encoding="utf-8")
    old = "a count of reports is not a count of abuse (NCMEC says so)"
    assert old in plan_view("03").text
    edited.write_text(text.replace(old, '"Reports, not abuse: say it twice"'), encoding="utf-8")
    monkeypatch.setattr(teacher_guide, "WATCH_FILE", edited)
    shown = plan_view("03").text
    assert "Watch for: Reports, not abuse: say it twice" in shown and old not in shown


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("3,4. Who is counting,a note", "is not two digits"),
        ("03,4. Who is counting,", "empty"),
        ("03,1. Check a figure,again", "given twice"),
        ("03,4. Who is counting,reports, not abuse", "more than three columns"),
    ],
)
def test_a_bad_row_is_left_out_and_named_with_its_line_and_the_rest_of_the_plan_still_shows(
    tmp_path, monkeypatch, row, said
):
    edited = tmp_path / "watch_for.csv"
    lines = WATCH_FILE.read_text(encoding="utf-8").splitlines()
    edited.write_text("\n".join([*lines, row]) + "\n", encoding="utf-8")
    monkeypatch.setattr(teacher_guide, "WATCH_FILE", edited)
    shown = plan_view("03").text
    left_out = shown.split("were left out: ", 1)[1]
    assert f"watch_for.csv:{len(lines) + 1}: " in left_out and said in left_out
    assert "“almost 500,000” for 490,000 is rounding, not an error" in shown  # the good rows still show


def test_a_missing_file_leaves_the_plan_without_notes_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(teacher_guide, "WATCH_FILE", tmp_path / "watch_for.csv")
    shown = plan_view("01").text
    assert "1. How a computer" in shown and "Watch for:" not in shown
    assert "notes of what to watch for are missing" in shown and "restore it" in shown


def test_a_teachers_edit_to_a_question_file_shows_in_the_answer_table_on_the_next_run(tmp_path, monkeypatch):
    """The guide builds each lesson's exercises once, and again only when a file they come from changes."""
    import shutil

    from newslit.lessons import questions
    from newslit.lessons.answer_table import answer_table

    copy = tmp_path / "questions"
    shutil.copytree(questions.QUESTIONS_DIR, copy)
    monkeypatch.setattr(questions, "QUESTIONS_DIR", copy)
    before = answer_table("00").text
    assert "Which of these did the original reporting" in before
    toml = copy / "00.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace("Which of these did the original", "Which outlet did the original"),
        encoding="utf-8",
    )
    after = answer_table("00").text
    assert "Which outlet did the original reporting" in after and "Which of these did" not in after
