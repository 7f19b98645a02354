"""Lesson 01's "which sentence did the outlet add?" exercise: its feedback, option by option."""

from __future__ import annotations

import pytest

from newslit.analysis.provenance import provenance_records
from newslit.lessons import compare as compare_lesson

# In the Daily Caller's four options, two sentences retell the WSJ so freely that the engine
# reads them as added; the key (and a reader) knows where they come from.
FREE_PARAPHRASE = "These niche sexualized accounts do not appear"
ITS_WSJ_SENTENCE = "Though out of sight for most on the platform"
DCNF_ADDED = "Elon Musk said"
# Added by the first reading, but it credits the WSJ ("the WSJ report indicates") and the
# blind second reading calls it reworded: a hard call, never the exercise's answer.
DCNF_HARD_CALL = "While platform moderators targeted content"


@pytest.fixture
def exercise(seed_case, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    return compare_lesson.pick_added(seed_case, provenance_records(seed_case), "dcnf")


def option(exercise, opening):
    (found,) = [o for o in exercise.options if o.startswith(opening)]
    return found


def test_the_added_sentence_is_right_and_the_feedback_says_how_close_the_engine_came(exercise):
    feedback = exercise.answer(option(exercise, DCNF_ADDED))
    assert feedback.correct is True
    assert "never says this" in feedback.message and "answer key" in feedback.message


def test_a_free_paraphrase_the_engine_missed_quotes_its_wsj_sentence_from_the_key(exercise):
    feedback = exercise.answer(option(exercise, FREE_PARAPHRASE))
    assert feedback.correct is False
    assert ITS_WSJ_SENTENCE in feedback.message
    assert "engine missed this one" in feedback.message


def test_every_wrong_option_quotes_the_wsj_sentence_it_retells(exercise):
    for text in exercise.options:
        if not text.startswith(DCNF_ADDED):
            quoted = exercise.answer(text).message.split('wrote: "', 1)[1]
            assert not quoted.startswith('"'), "the WSJ sentence is missing"


def test_an_added_answer_that_shares_many_words_explains_the_outlets_own_voice(seed_case, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    records = [dict(r) for r in provenance_records(seed_case)]
    first = compare_lesson.pick_added(seed_case, records, "blog-nl")
    (right,) = [o for o in first.options if first.check(o).correct]
    (answer,) = [r for r in records if r["article"] == "blog-nl" and r["sentence"] == right]
    reason = "It shares words, but it promotes a cause."
    answer.update(score=0.7, own_voice="advocacy", own_voice_reason=reason, added_reason=reason)
    exercise = compare_lesson.pick_added(seed_case, records, "blog-nl")
    message = exercise.answer(right).message
    assert "it promotes a cause" in message and "shares only" not in message


def test_the_added_sentence_is_one_nobody_could_read_as_a_retelling(exercise, seed_case):
    (answer,) = [o for o in exercise.options if exercise.answer(o).correct]
    assert answer.startswith(DCNF_ADDED)
    assert not any(o.startswith(DCNF_HARD_CALL) for o in exercise.options)
    assert not compare_lesson.credits_primary(answer, seed_case.primary.outlet)
    assert compare_lesson.credits_primary(
        "the WSJ report indicates that moderators missed it", "The Wall Street Journal"
    )


def test_the_dropped_fact_exercise_never_quotes_a_sentence_the_key_disputes(seed_case, tmp_path, monkeypatch):
    from newslit.analysis.coverage import disputed, fact_coverage

    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    coverage = fact_coverage(seed_case, provenance_records(seed_case))
    exercise = compare_lesson.dropped_fact(seed_case, coverage, "dcnf")
    doubtful = {r["label"] for r in coverage if r["article"] == "dcnf" and disputed(r)}
    assert doubtful and not doubtful & set(exercise.options)
    for option in exercise.options:
        message = exercise.answer(option).message
        assert "Meta claimed to have dismantled" not in message and "The Verge" not in message


def test_the_added_sentence_is_not_the_longest_option_and_no_option_is_folded(seed_case, tmp_path, monkeypatch):
    from newslit.text.folding import is_folded

    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    records = provenance_records(seed_case)
    for article in ("dcnf", "lifesite", "blog-nl", "afp"):
        exercise = compare_lesson.pick_added(seed_case, records, article)
        (right,) = [o for o in exercise.options if exercise.check(o).correct]
        assert len(right) < max(len(o) for o in exercise.options), article
        assert not any(is_folded(o) for o in exercise.options), article
