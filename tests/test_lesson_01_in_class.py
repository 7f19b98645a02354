"""Lesson 01 in a 45-minute class: a sample of reader cards, cards whose notes agree with their scores, a fair question.

A timed walkthrough by a 15-year-old found section 1's reader too long to read in class
(about 4,650 words, one card per sentence, 33 minutes), a "mostly new words" note under
cards that say 100% of their words are found, a "Meta claimed to have dismantled 27
networks" card at 100% beside a visibly different WSJ sentence, a 42% heading called added
while the text said 30% is enough, and a "Your turn" whose premise (three sentences retell
the WSJ) contradicts the [added] labels the reader had just shown on two of them.
"""

from __future__ import annotations

import json
import re

import pytest

from newslit.analysis.provenance import MIN_SHARED_WORDS, REWORDED_COVERAGE, provenance_records
from newslit.lessons import compare as lesson
from newslit.lessons import plan
from newslit.text import folding
from newslit.views.provenance import article_view

from conftest import REPO

NOTEBOOK = REPO / "notebooks" / "01_compare_outlets.ipynb"
WALKED_THROUGH = ("afp", "lifesite", "dcnf")  # the outlets section 1's text sends the learner to
# Named sentences of the seed case (opening words).
DCNF_HORRIFIC = ("dcnf", "“Child exploitation is a horrific crime,” Meta said")
DCNF_27_NETWORKS = ("dcnf", "Meta claimed to have dismantled 27 pedophile networks")
AFP_ACCUSATIONS = ("afp", "Regular accusations against Meta")


@pytest.fixture(scope="module")
def records(seed_case):
    return provenance_records(seed_case)


@pytest.fixture
def answers(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))


def sample(seed_case, records, article):
    keep = lesson.added_exercise_sentences(seed_case, records, article) if article == "dcnf" else frozenset()
    return lesson.reader_sample(records, article, keep)


def words(text: str) -> int:
    return len(text.split())


def card(seed_case, records, article, opening):
    text = article_view(seed_case, records, article).text
    start = text.rfind("\n[", 0, text.index(opening))
    end = text.find("\n[", start + 1)
    return text[start : end if end > 0 else None]


def markdown() -> str:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def code_steps():
    code = [c for c in plan.cells("01") if c.kind == "code"]
    return list(zip(plan.steps("01"), code))


# ---- 1. a sample of the reader in class ---------------------------------------------------


@pytest.mark.parametrize("article", ["afp", "lifesite", "dcnf", "blog-nl"])
def test_in_class_the_reader_shows_some_cards_of_each_label_in_text_order_and_no_folded_sentence(
    seed_case, records, article
):
    shown = sample(seed_case, records, article)
    mine = [r for r in records if r["article"] == article]
    assert 2 <= len(shown) <= 8 < len(mine)
    assert [r["index"] for r in shown] == sorted(r["index"] for r in shown), "in text order"
    assert not any(folding.is_folded(r["sentence"]) for r in shown)
    body = [r for r in mine if r["role"] == "body" and not folding.is_folded(r["sentence"])]
    assert {r["label"] for r in shown} == {r["label"] for r in body}, "every label the outlet has"


def test_the_sample_says_how_many_cards_it_shows_and_that_every_card_is_under_going_further(seed_case, records):
    text = article_view(seed_case, records, "lifesite", sample(seed_case, records, "lifesite")).text
    head = text.splitlines()[0]
    assert re.search(r"Shown here: \d of its 27 cards", head) and "Going further" in head
    assert text.count("\n[") == int(re.search(r"Shown here: (\d)", head).group(1))


def test_the_sample_keeps_what_section_1_points_at_and_the_four_sentences_of_the_your_turn(seed_case, records, answers):
    texts = {a: article_view(seed_case, records, a, sample(seed_case, records, a)).text for a in WALKED_THROUGH}
    # "LifeSiteNews: its quotation marks are the WSJ's own words ... which counts as copied"
    assert re.search(r"\[copied\] \([^)]*\)[^)]*\) “", texts["lifesite"])
    # "a 'changed' line lists the words swapped" and the note where no changes are listed
    every = "\n".join(texts.values())
    assert "changed:" in every and "No word-for-word changes are listed" in every
    # "the Daily Caller: almost nothing is copied, but most of it retells the WSJ in new words"
    assert "[reworded]" in texts["dcnf"]
    for option in lesson.pick_added(seed_case, records, "dcnf").options:
        assert option in texts["dcnf"], option


def test_the_class_reader_is_the_sample_and_the_whole_reader_is_under_going_further(seed_case, records):
    widget = lesson.class_reader(seed_case, records, start="dcnf", asked="dcnf")
    assert "Shown here: " in repr(widget) and "Elon Musk said" in repr(widget)
    core = [s.call for s, c in code_steps() if c.core]
    further = [(s.call, c.source) for s, c in code_steps() if not c.core]
    assert "class_reader" in core and "reader" not in core
    assert any(call == "reader" and "class_reader" not in source for call, source in further)


def test_the_plan_gives_the_class_reader_the_minutes_its_words_take_and_the_lesson_fits_45(seed_case, records):
    shown = sum(words(article_view(seed_case, records, a, sample(seed_case, records, a)).text) for a in WALKED_THROUGH)
    whole = sum(words(article_view(seed_case, records, a).text) for a in WALKED_THROUGH)
    step = next(s for s in plan.steps("01") if s.call == "class_reader")
    assert shown / plan.WORDS_PER_MINUTE <= step.minutes < 12, (shown, step.minutes)
    assert shown < whole / 3, (shown, whole)
    assert plan.timing("01")["core"]["minutes"] <= 45


# ---- 2. a card's note and words agree with its score ----------------------------------------


def test_no_card_says_mostly_new_words_under_a_score_that_finds_most_of_its_words(seed_case, records):
    horrific = card(seed_case, records, *DCNF_HORRIFIC)
    assert "(100% of its" in horrific and "mostly new words" not in horrific
    for article in ("afp", "lifesite", "dcnf", "blog-nl"):
        text = article_view(seed_case, records, article).text
        assert "mostly new words" not in text, article


def test_a_cards_percentage_says_it_counts_key_words_or_words_that_mean_the_same(seed_case, records):
    networks = card(seed_case, records, *DCNF_27_NETWORKS)
    assert "100% of its key words (or words that mean the same) found in" in networks
    assert "taken down 27 pedophile networks" in networks, "the WSJ sentence is there to compare"
    assert "% of its words found" not in networks
    assert "key words" in markdown() and "order does not count" in markdown()


def test_the_lesson_states_the_rule_the_engine_uses_so_a_42_percent_added_heading_makes_sense(seed_case, records):
    heading = card(seed_case, records, *AFP_ACCUSATIONS)
    assert heading.startswith("\n[added] (42%")
    text = markdown()
    assert f"at least {REWORDED_COVERAGE:.0%} of the weighted key words" in text
    assert MIN_SHARED_WORDS == 2 and "at least two key words are shared" in text
    assert "fewer than two" in heading


# ---- 3. a fair "Your turn" -------------------------------------------------------------------


def test_the_your_turn_says_the_reader_can_be_wrong_where_it_labels_a_retold_option_added(seed_case, records, answers):
    exercise = lesson.pick_added(seed_case, records, "dcnf")
    labels = {lesson.mask(r["sentence"]): r["label"] for r in records if r["article"] == "dcnf"}
    assert [labels[o] for o in exercise.options].count("added") > 1, "the reader shows more than one option as added"
    assert "can be wrong" in exercise.prompt and "yourself" in exercise.prompt
    assert "Elon Musk" not in exercise.prompt and "Elon Musk" not in markdown()
    your_turn = markdown().split("### Your turn", 1)[1].split("###", 1)[0]
    assert "can be wrong" in your_turn


# ---- 4. after the second timed walkthrough (53 minutes in class) ----------------------------
# The key-facts grid (896 words with its 7 dispute notes) took 12 minutes of section 3;
# "primary" was never defined; section 1's talk prompt contradicted the chart after it; the
# typed answer said "that fact" without naming it; AFP's voices were counted but not named.


@pytest.fixture(scope="module")
def coverage(seed_case, records):
    from newslit.analysis.coverage import fact_coverage

    return fact_coverage(seed_case, records)


def visible_words(shown) -> int:
    """The words a learner sees in a view's HTML (the walkthrough's count)."""
    import html as html_lib

    markup = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", shown._repr_html_(), flags=re.S)
    return len(html_lib.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_in_class_the_grid_shows_the_facts_outlets_split_on_and_says_how_many_of_how_many(seed_case, coverage):
    from newslit.analysis.coverage import disputed

    shown = lesson.class_coverage(seed_case, coverage, asked="dcnf").text
    facts = list(dict.fromkeys(r["label"] for r in coverage))
    rows = [f for f in facts if f"  {f} (" in shown]
    assert f"Shown here: {len(rows)} of the {len(facts)} key facts" in shown and "Going further" in shown
    assert 5 <= len(rows) <= len(facts) // 2, rows
    kept = {f: sum(r["carried"] for r in coverage if r["label"] == f) for f in facts}
    assert sum(kept[f] == 4 for f in rows) == 1, "one fact every outlet kept"
    assert all(kept[f] >= 2 for f in rows), "no fact only one outlet kept"
    assert not re.search(r"^- ", shown, flags=re.M) and "the key's reading" not in shown, "no dispute notes in class"
    assert sum(disputed(r) for r in coverage) == 7, "the whole grid still lists every dispute"


def test_the_grid_in_class_keeps_the_fact_the_question_before_asks_about_and_does_not_give_it_away(
    seed_case, coverage, answers
):
    question = lesson.dropped_fact(seed_case, coverage, "dcnf")
    answer = next(
        o
        for o in question.options
        if o not in [r["label"] for r in coverage if r["article"] == "dcnf" and r["carried"]]
    )
    assert answer in lesson.class_coverage(seed_case, coverage, asked="dcnf").text
    calls = [s.call for s, c in code_steps() if c.core]
    assert calls.index("dropped_fact") < calls.index("class_coverage") < calls.index("why_it_matters")
    assert answer not in markdown()
    further = [c.source for s, c in code_steps() if not c.core]
    assert any(src.strip() == "views.coverage_view(case, coverage)" for src in further), "every row under Going further"


def test_the_plan_gives_the_class_grid_the_minutes_its_words_take_and_the_class_path_fits_44(seed_case, coverage):
    from newslit.views.provenance import coverage_view

    shown = visible_words(lesson.class_coverage(seed_case, coverage, asked="dcnf"))
    whole = visible_words(coverage_view(seed_case, coverage))
    step = next(s for s in plan.steps("01") if s.call == "class_coverage")
    assert shown / plan.WORDS_PER_MINUTE <= step.minutes < whole / plan.WORDS_PER_MINUTE, (shown, whole)
    assert shown < whole / 3
    assert plan.timing("01")["core"]["minutes"] <= 44


def test_the_word_primary_is_defined_plainly_before_the_lesson_first_uses_it():
    text = markdown()
    definition = text.index("is called the **primary**: here, the WSJ")
    assert definition < text.index("## 1.")
    assert "primary" not in text[:definition].lower()


def test_section_1s_talk_prompt_about_the_daily_caller_agrees_with_its_computed_shares(records):
    from newslit.analysis.provenance import label_shares

    shares = label_shares(records)["dcnf"]
    talk = " ".join(markdown().split("## 1.", 1)[1].split("## 2.", 1)[0].split("### Talk about it", 1)[1].split())
    assert "almost every" not in talk
    assert shares["copied"] == 0 and "copied none" in talk
    assert shares["reworded"] > 0.5 and "most retell the WSJ" in talk
    assert 0 < shares["added"] and "the rest are added" in talk


def test_the_typed_answer_names_the_fact_the_daily_caller_left_out_and_its_model_answer_fits_it(
    seed_case, coverage, answers
):
    question = lesson.dropped_fact(seed_case, coverage, "dcnf")
    dropped = {r["label"] for r in coverage if r["article"] == "dcnf" and not r["carried"]}
    (fact,) = [o for o in question.options if o in dropped]
    typed = lesson.why_it_matters(seed_case, coverage, "dcnf")
    assert f"“{fact}”" in typed.prompt and "that fact" not in typed.prompt
    assert fact == "A handful of recommendations flooded a test account"
    assert fact in typed.model_answer and "test account" in typed.model_answer.split(fact, 1)[1]
    assert "Meta's own figures" not in typed.model_answer, "the old example fitted another fact"


def test_the_voices_chart_names_every_outlets_voices_the_same_way(seed_case):
    from newslit import voice_records
    from newslit.views.provenance import voices_summary

    summary = voices_summary(seed_case, voice_records(seed_case))
    for part in summary.removeprefix("Attributions per outlet. ").rstrip(".").split("; "):
        voices = int(re.search(r"(\d+) to other voices", part).group(1))
        assert (voices > 0) == ("(" in part), part
    assert "AFP: 2 credits to sources, 2 to researchers, 1 to other voices (the social media giant)" in summary


def test_the_class_grid_does_not_promise_dispute_notes_below_that_it_leaves_out(seed_case, records):
    # Second re-walk (issue 17): the class grid's caption said "(listed below)"; nothing was.
    from newslit import fact_coverage
    from newslit.lessons import compare

    coverage = fact_coverage(seed_case, records)
    html = compare.class_coverage(seed_case, coverage, "dcnf")._repr_html_()
    assert "listed below" not in html and "under Going further" in html
