"""Lesson 01's reader as a newcomer reads it (issue 17): plain words for a free paraphrase, no unrelated WSJ sentence.

A timed walkthrough found "changed" lines that paired words at random under freely
reworded sentences, and an AFP card that showed a WSJ sentence about recommendations
beside a sentence about Meta's task force.
"""

from __future__ import annotations

import pytest

from newslit.analysis.provenance import provenance_records
from newslit.text.wordchanges import kept_share, word_changes
from newslit.views.provenance import FREE_PARAPHRASE, article_view

# Named sentences of the seed case (opening words) and what a reader must or must not see.
AFP_TEST_ACCOUNT = ("afp", "A test account created by the WSJ")
DCNF_EXPLORING = ("dcnf", "The company is actively exploring")
LIFESITE_ALLEGEDLY = ("lifesite", "The SIO researchers found 405 sellers")
AFP_TASK_FORCE = ("afp", "According to the WSJ, the social media giant acknowledged")
UNRELATED_WSJ = "As with most social-media platforms, the core of Instagram's recommendations"
LIFESITE_STAMOS = ("lifesite", "Alex Stamos, who was Meta")
STAMOS_SECOND_WSJ = "That a team of three academics with limited access"

CLOSE = ("Meta said it removed 490,000 accounts in January.", "Meta claimed it removed 490,000 accounts in January.")
FREE = (
    "Test accounts set up by researchers were immediately hit with recommendations.",
    "After a few clicks, a new profile was flooded with suggestions, the paper says.",
)


@pytest.fixture(scope="module")
def records(seed_case):
    return provenance_records(seed_case)


def card(seed_case, records, article, opening):
    """The reader's text for one sentence: its card, up to the next card."""
    text = article_view(seed_case, records, article).text
    start = text.rfind("\n[", 0, text.index(opening))
    end = text.find("\n[", start + 1)
    return text[start : end if end > 0 else None]


def test_kept_share_tells_a_close_rewording_from_a_free_paraphrase():
    assert kept_share(*CLOSE) > 0.8
    assert kept_share(*FREE) < FREE_PARAPHRASE


def test_a_word_swap_is_marked_inside_shared_wording_only():
    (swap,) = word_changes(*CLOSE)
    assert swap["inside"] and (swap["old"], swap["new"]) == ("said", "claimed")
    assert not any(c["inside"] and c["op"] == "replace" for c in word_changes("Meta said it.", "Officials agree"))


def test_a_free_paraphrase_is_called_one_instead_of_a_garbled_word_list(seed_case, records):
    shown = card(seed_case, records, *AFP_TEST_ACCOUNT)
    assert "No word-for-word changes are listed" in shown and "changed:" not in shown
    assert 'viewed → sexualizes children" after clicking on' not in shown


def test_a_rewritten_clause_is_not_listed_as_a_word_swap(seed_case, records):
    shown = card(seed_case, records, *DCNF_EXPLORING)
    assert "continuously investigating →" not in shown and "changed:" not in shown


def test_a_close_rewording_still_lists_its_swapped_words(seed_case, records):
    shown = card(seed_case, records, *LIFESITE_ALLEGEDLY)
    assert "changed:" in shown and "purportedly → that are allegedly" in shown
    assert "No word-for-word changes are listed" not in shown


def test_the_reader_shows_a_merged_wsj_sentence_only_when_the_match_is_confident(seed_case, records):
    task_force = card(seed_case, records, *AFP_TASK_FORCE)
    assert "set up an internal task force" in task_force
    assert UNRELATED_WSJ not in task_force and "built from 2" not in task_force
    stamos = card(seed_case, records, *LIFESITE_STAMOS)
    assert STAMOS_SECOND_WSJ in stamos and "built from 2 of its sentences" in stamos


def test_the_engine_keeps_its_whole_match_for_newslit_provenance(records):
    (found,) = [r for r in records if r["article"] == "afp" and r["sentence"].startswith(AFP_TASK_FORCE[1])]
    assert len(found["primary_index"]) == 2 and UNRELATED_WSJ in found["primary_sentence"]
