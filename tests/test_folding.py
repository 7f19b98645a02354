"""Sentences that describe the abuse in words are folded in every view, and unfolded only by the teacher's setting."""

from __future__ import annotations

import pytest

from newslit.case.key import find_sentence, folded_sentences, read_rows
from newslit.text import folding
from newslit.text.masking import mask
from newslit.views.text import plain, safe_text

# Named sentences of the seed case: one the key folds, one it does not.
DCNF_VIDEOS = ("dcnf", "However, such accounts exist and interact with each other")
LIFESITE_SCARS = ("lifesite", "The WSJ wrote that many of these accounts")
PLAIN_SENTENCE = ("dcnf", "Meta claimed to have dismantled 27 pedophile networks")


@pytest.fixture
def sentence(seed_case):
    def text(named):
        return find_sentence(seed_case, *named).text

    return text


def test_every_folded_row_names_one_sentence_of_its_article_and_says_what_it_describes(seed_case):
    rows = read_rows(seed_case, "folded.csv")
    assert rows, "the seed case folds the sentences that describe the abuse in words"
    for row in rows:
        find_sentence(seed_case, row["article"], row["sentence"])  # raises if the key and the text disagree
        assert row["note"].startswith(("describes", "says", "quotes")) and len(row["note"]) < 90, row


def test_the_sentences_the_issue_names_are_folded(seed_case, sentence):
    texts = [text for text, _ in folded_sentences(seed_case)]
    for named in (DCNF_VIDEOS, LIFESITE_SCARS, ("wsj", "Earlier this year, an anti-pedophile activist")):
        assert sentence(named) in texts, named
    assert sentence(PLAIN_SENTENCE) not in texts


def test_a_folded_sentence_shows_as_a_note_and_a_control_in_html_and_as_a_note_in_text(sentence):
    text = sentence(DCNF_VIDEOS)
    html = safe_text(text)
    assert html.startswith("<details") and "Show this sentence" in html and "sexual abuse of children" in html
    assert text not in plain(text) and plain(text).startswith("[Folded sentence: it describes")


def test_a_sentence_cut_short_or_quoted_inside_feedback_is_folded_too(sentence):
    text = mask(sentence(DCNF_VIDEOS))
    feedback = f'• "{text[:90]}…" — key: retold.'
    assert text[:40] not in plain(feedback) and plain(feedback).endswith("— key: retold.")
    html = safe_text(feedback)
    before, folded = html.split("<details", 1)
    assert before.endswith("• &quot;") and text[:40] in folded


def test_a_sentence_that_is_not_folded_is_shown(sentence):
    text = sentence(PLAIN_SENTENCE)
    assert safe_text(text) == text and plain(text) == text


def test_the_teacher_setting_unfolds_every_sentence(sentence, monkeypatch):
    monkeypatch.setenv("NEWSLIT_SHOW_EXPLICIT", "1")
    text = sentence(DCNF_VIDEOS)
    assert "<details" not in safe_text(text) and plain(text) == text


def test_folding_never_changes_what_the_engines_output(seed_case):
    from newslit.cli import main

    assert folding.registered()
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["provenance", "--json"]) == 0
    assert "videos of young children engaging" in out.getvalue()


def test_a_sentence_folded_by_a_case_loaded_later_is_folded_from_then_on(sentence):
    text = "An invented sentence that a case loaded later folds, for this test only."
    assert plain(text) == text  # asked once before: nothing kept from this answer
    folding.register([folding.Fold(text, "describes an invented thing")])
    try:
        assert plain(text) == "[Folded sentence: it describes an invented thing.]"
    finally:
        folding._FOLDS.pop(text)
        folding.register([])  # forgets what was worked out from the invented fold
