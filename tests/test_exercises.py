"""Exercise widgets: a learner answers, sees explained feedback, and gets the answer back."""

from __future__ import annotations

import json
import re

import nbformat
import pytest

from newslit.learners import answers
from newslit.learners.answers import AnswerStore
from newslit.views import exercises as ex

HEADLINES = ["The Wall Street Journal", "LifeSiteNews", "The Dutch blog"]


def headline_check(option):
    right = option == "LifeSiteNews"
    return ex.Feedback(right, 'LifeSiteNews calls the report a "bombshell": a word about the report, not its findings.')


@pytest.fixture
def store(tmp_path):
    return AnswerStore(tmp_path / "answers", "learner")


def test_a_choice_is_saved_and_explained_as_soon_as_it_is_made(store):
    widget = ex.choice(
        "t.headline", "Which headline tells you how to feel?", HEADLINES, check=headline_check, store=store
    )
    feedback = widget.answer("The Dutch blog")
    assert feedback.correct is False and "bombshell" in feedback.message
    assert "Not quite" in widget._feedback.value and "bombshell" in widget._feedback.value
    assert store.get("t.headline")["value"] == "The Dutch blog"


def test_a_re_run_brings_back_the_answer_and_its_feedback(store):
    ex.choice("t.headline", "Which?", HEADLINES, check=headline_check, store=store).answer("LifeSiteNews")
    again = ex.choice("t.headline", "Which?", HEADLINES, check=headline_check, store=store)
    assert again.value == "LifeSiteNews"
    assert again.feedback.correct is True
    assert "Your saved answer is back" in again._status.value


def test_tags_are_saved_at_every_change_and_checked_on_the_button(store):
    items, labels = ["flagrant violation", "the company said"], ["loaded", "neutral"]

    def check(value):
        right = value == {"flagrant violation": "loaded", "the company said": "neutral"}
        return ex.Feedback(right, '"Flagrant" tells you how to feel; "said" reports.')

    widget = ex.tags("t.tags", "Loaded or neutral?", items, labels, check=check, store=store)
    widget._menus["flagrant violation"].value = "loaded"  # as a learner picks from the list
    assert store.get("t.tags")["value"] == {"flagrant violation": "loaded", "the company said": None}
    assert store.get("t.tags")["checked"] is False
    assert "1 left to tag" in widget._status.value
    feedback = widget.answer({"flagrant violation": "loaded", "the company said": "neutral"})
    assert feedback.correct is True and store.get("t.tags")["correct"] is True
    restored = ex.tags("t.tags", "Loaded or neutral?", items, labels, check=check, store=store)
    assert restored.value == {"flagrant violation": "loaded", "the company said": "neutral"}


def test_checking_with_items_left_warns_once_then_checks(store):
    widget = ex.tags(
        "t.tags2", "Tag", ["a", "b"], ["x", "y"], check=lambda v: ex.Feedback(False, "see the key"), store=store
    )
    assert widget.answer({"a": "x"}) is None
    assert "not tagged yet" in widget._status.value
    assert widget.submit().message == "see the key"


def test_the_model_answer_appears_only_after_the_learner_has_written_one(store):
    widget = ex.free_text(
        "t.rewrite", "Rewrite it neutrally.", model_answer="It violates federal law, the WSJ says.", store=store
    )
    assert widget.answer("   ") is None
    assert widget._feedback.value == "" and "Type your answer first" in widget._status.value
    feedback = widget.answer("Such posts break federal law.")
    assert "It violates federal law" in feedback.message
    assert store.get("t.rewrite")["value"] == "Such posts break federal law."


def test_every_exercise_has_a_text_fallback(store):
    widget = ex.choice("t.headline", "Which headline?", HEADLINES, check=headline_check, store=store)
    assert "Not answered yet" in repr(widget)
    widget.answer("LifeSiteNews")
    bundle = widget._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    for text in (bundle["text/plain"], str(widget)):
        assert "Which headline?" in text and "b) LifeSiteNews" in text
        assert "Your saved answer: LifeSiteNews" in text and "✓ Right." in text
    assert "Your saved answer: LifeSiteNews" in bundle["text/html"]


def test_prompts_and_items_are_escaped_and_masked(store):
    widget = ex.tags(
        "t.unsafe", "Is <script>alert(1)</script> here?", ["the hashtag #preteensex"], ["loaded"], store=store
    )
    html = widget._prompt.value + widget._rows[0][0].value
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "preteensex" not in html and "preteensex" not in repr(widget)


def test_a_damaged_file_is_reported_in_plain_words_in_the_widget(store):
    store.folder.mkdir(parents=True)
    store.path.write_text('{"answers": {"t.headline": {"value": "LifeSiteNews"}, "t.other": {"val', encoding="utf-8")
    widget = ex.choice("t.headline", "Which?", HEADLINES, check=headline_check, store=store)
    assert widget.value == "LifeSiteNews"
    assert "damaged or edited by hand" in widget._status.value
    assert list(store.folder.glob(f"{store.id}.damaged-*.json"))


def test_a_broken_check_does_not_lose_the_answer(store):
    widget = ex.choice("t.broken", "Which?", ["a", "b"], check=lambda v: 1 / 0, store=store)
    feedback = widget.answer("a")
    assert "could not be checked" in feedback.message and store.get("t.broken")["value"] == "a"


def test_lesson_02_questions_use_the_api(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    from newslit.lessons import framing as framing_lesson

    widget = framing_lesson.question("02.claimed")
    feedback = widget.answer(next(o for o in widget.options if o.startswith("It hints that")))
    assert feedback.correct is True and '"Claimed" casts doubt' in feedback.message


def test_export_and_start_over_panel_has_a_text_fallback(store):
    assert str(store.path) in repr(ex.my_answers(store))
    assert "Nothing else about you is saved" in repr(ex.learner_name(store))


RESTART_CELLS = [
    "from newslit.views import exercises as ex",
    "w = ex.choice('t.restart', 'Which?', ['red', 'green', 'blue'])",
    "import os\nif os.environ.get('ANSWER'): w.answer(os.environ['ANSWER'])",
    "print('VALUE', w.value)",
]


@pytest.mark.notebook
def test_an_answer_survives_a_kernel_restart_and_a_re_run(tmp_path):
    from test_notebooks import run_notebook

    path = tmp_path / "restart.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in RESTART_CELLS])
    nbformat.write(notebook, path)
    first = run_notebook(path, tmp_path, env={"ANSWER": "green"})  # a kernel: answer
    second = run_notebook(path, tmp_path, env={"ANSWER": ""})  # a fresh kernel: re-run all, answer nothing
    assert "VALUE green" in first.cells[3].outputs[0]["text"]
    assert "VALUE green" in second.cells[3].outputs[0]["text"]
    saved = json.loads((tmp_path / "answers" / f"{answers.file_stem('test-learner')}.json").read_text(encoding="utf-8"))
    assert saved["answers"]["t.restart"]["value"] == "green"


def test_a_read_only_answers_folder_shows_the_saved_answers_and_says_so(tmp_path, read_only, monkeypatch):
    folder = tmp_path / "class-answers"
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(folder))
    ex.free_text("t.why", "Why?", model_answer="Because.").answer("Because the feed recommends it.")
    for lock in folder.glob(".*.lock"):  # a folder handed out by a teacher has no lock files
        lock.unlink()
    read_only(folder)
    widget = ex.free_text("t.why", "Why?", model_answer="Because.")  # the default store, as a lesson builds it
    assert widget.value == "Because the feed recommends it."
    assert "new answers cannot be kept" in widget._status.value
    assert "new answers cannot be kept" in widget.text()  # the text version (screen reader, handout) says it too
    feedback = widget.answer("A new answer")
    assert feedback is not None and "Because." in feedback.message  # the model answer still shows
    assert "Not saved" in widget._status.value and "cannot be kept" in widget._status.value
    choice = ex.choice("t.headline", "Which?", HEADLINES, check=headline_check)
    assert choice.answer("LifeSiteNews").correct is True and "Not saved" in choice._status.value
    assert AnswerStore(folder).get("t.why")["value"] == "Because the feed recommends it."


def test_an_answer_to_an_earlier_version_of_a_question_is_not_passed_off_as_restored(store):
    store.save("t.headline", "The Daily Blog", kind="choice", checked=True)  # an option since renamed
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data["answers"]["t.headline"]["newslit"] = "0.0.1"  # saved by an older release
    store.path.write_text(json.dumps(data), encoding="utf-8")
    widget = ex.choice("t.headline", "Which?", HEADLINES, check=headline_check, store=store)
    assert widget.value is None and widget.feedback is None
    assert "Your saved answer is back" not in widget._status.value
    assert "newslit 0.0.1" in widget._status.value and "answer this question again" in widget._status.value
    assert store.get("t.headline")["value"] == "The Daily Blog"  # kept until the learner answers again


def test_tags_whose_items_changed_say_so(store):
    store.save("t.tags", {"flagrant violation": "loaded", "a phrase since removed": "neutral"}, kind="tags")
    widget = ex.tags(
        "t.tags", "Loaded?", ["flagrant violation", "the company said"], ["loaded", "neutral"], store=store
    )
    assert widget.value == {"flagrant violation": "loaded", "the company said": None}
    assert "earlier version of this question" in widget._status.value


def shown_words(widget) -> str:
    return re.sub(r"<[^>]+>", " ", widget._status.value + " " + widget._feedback.value)


def test_an_open_answer_says_saved_once_not_twice(store):
    # Issue 17: after the rewrite in lesson 02 the status said "Saved." and the feedback "• Saved." under it.
    widget = ex.free_text("t.rewrite", "Rewrite it neutrally.", model_answer="It violates federal law.", store=store)
    widget._box.value = "Such posts break federal law."  # the box loses focus as the button is pressed
    widget.submit()
    assert shown_words(widget).count("Saved") == 1, shown_words(widget)
    widget._box.value = "Such posts break the law."  # a change after the model answer shows
    assert shown_words(widget).count("Saved.") == 1 and "change is saved" in widget._status.value


def test_an_open_answer_that_cannot_be_kept_does_not_say_saved(tmp_path, read_only, monkeypatch):
    folder = tmp_path / "class-answers"
    folder.mkdir()
    read_only(folder)
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(folder))
    widget = ex.free_text("t.why", "Why?", model_answer="Because.")
    feedback = widget.answer("Because the feed recommends it.")
    assert "Because." in feedback.message and "Not saved" in widget._status.value
    assert "Saved" not in widget._feedback.value and "Saved" not in feedback.text()


def test_the_restart_note_starts_with_a_word_not_a_sign_that_shows_as_an_empty_box():
    # Issue 17: "ⓘ" is in no font on many computers (none on the project's test machine),
    # so learners saw an empty box before "Nothing happens when you answer?".
    import re

    from newslit.views.exercises import restart_note_html

    html = restart_note_html()
    shown = re.sub(r"<[^>]+>", "", html)
    assert "ⓘ" not in html
    assert shown.startswith("Tip: Nothing happens when you answer?")


def test_the_answers_file_is_named_from_the_notebooks_folder_not_by_a_full_path(tmp_path, monkeypatch):
    # Walkthrough (issue 17): lesson 00 showed "/tmp/walk.../nb/answers/my-answers.json".
    monkeypatch.chdir(tmp_path)
    store = AnswerStore(tmp_path / "answers", "me")
    shown = repr(ex.learner_name(store)) + repr(ex.my_answers(store))
    assert f"answers/{store.path.name} (in the folder of this notebook)" in shown
    assert str(tmp_path) not in shown


def test_a_tagging_answer_partly_right_opens_kindly_and_still_marks_not_all_right():
    # The walkthrough met "✗ Not quite. You agree with the key on 9 of 10 statements."
    most = ex.Feedback(False, "You agree with the key on 9 of 10 statements.", score=0.9)
    some = ex.Feedback(False, "2 of 6 matched.", score=2 / 6)
    none = ex.Feedback(False, "0 of 6 matched.", score=0.0)
    assert most.text().startswith("◑ Mostly right. You agree")  # not a cross beside "right"
    assert some.text().startswith("◑ Partly right.")
    assert none.text().startswith("✗ Not quite.")
    assert ex.Feedback(False, "Not this one.").text().startswith("✗ Not quite.")


def test_each_tag_menu_says_it_is_a_tag_and_does_not_repeat_the_items_number(store):
    # Walkthroughs (issue 17): each sentence was numbered "1." and its menu "1." again, with
    # nothing to say the empty box was a menu to choose from.
    widget = ex.tags(
        "t.menus", "Loaded or neutral?", ["a vast network", "a network"], ["loaded", "neutral"], store=store
    )
    assert [menu.description for menu in widget._menus.values()] == ["Tag 1:", "Tag 2:"]
