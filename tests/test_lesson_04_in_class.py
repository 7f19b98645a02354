"""Lesson 04 in a 45-minute class: what a second timed walkthrough found, each as a test.

The walkthrough (a 15-year-old's pace) timed lesson 04 at about 62 minutes in class. The
long tables and exercises now show a sample chosen by a rule, the rest is under "Going
further"; and eight things a learner met are fixed (content care, sources, one hand-in).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newslit.analysis import accountability as acc
from newslit.lessons import accountability as lesson
from newslit.lessons import plan
from newslit.text.masking import mask

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "04_platform_accountability.ipynb"


@pytest.fixture(autouse=True)
def masked(monkeypatch):
    monkeypatch.delenv("NEWSLIT_SHOW_EXPLICIT", raising=False)


def markdown_cells() -> list[str]:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]


def going_further() -> str:
    text = "\n".join(markdown_cells())
    return text[text.index("## Going further") :]


# ---- (a) content care --------------------------------------------------------------------


def test_the_autofill_sentence_masks_cp_like_the_hashtags(seed_case):
    shown = repr(lesson.design_view(seed_case, more=True))
    sentence = next(line for line in shown.splitlines() if "autofill feature recommended" in line)
    assert '"CP"' not in sentence and '"C•"' in sentence and '"boys"' in sentence


def test_cp_is_masked_as_a_whole_word_in_capitals_only():
    assert mask('the words "boys" and "CP" added') == 'the words "boys" and "C•" added'
    assert mask("The CPU, the CPI and the cp command") == "The CPU, the CPI and the cp command"


def test_the_glossary_says_the_lessons_mask_cp():
    entry = next(p for p in (REPO / "notebooks" / "glossary.md").read_text().split("\n\n") if 'id="cp"' in p)
    assert "mask" in entry and "C•" in entry


# ---- (b) who wrote each statement ----------------------------------------------------------


def test_every_statement_on_the_board_starts_with_the_outlet_that_wrote_it(seed_case):
    rows = acc.evidence_board(seed_case)
    for more in (False, True):
        for item in lesson.evidence_board(seed_case, more=more).items:
            assert any(item.startswith(f"{r['outlet']}: “") for r in rows), item
    outlets = {i.split(":")[0] for i in lesson.evidence_items(seed_case) + lesson.evidence_items(seed_case, True)}
    assert {"Daily Caller News Foundation", "LifeSiteNews", "The Wall Street Journal"} <= outlets


# ---- (c) no answer before its question -------------------------------------------------------


def test_nothing_before_the_rules_question_says_the_eu_can_fine_six_percent(seed_case):
    steps = [s.call for s in plan.steps("04")]
    assert steps.index("rules_question") < steps.index("stakeholders_view")
    before = lesson.stakeholders_exercise(seed_case)
    key = " ".join(f"{item} {why}" for item, (_, why) in before.key.items())
    assert "6%" not in key and "Digital Services Act" not in key


# ---- (d) the design table's last column ------------------------------------------------------


def test_the_text_names_the_design_tables_last_column_as_it_is_headed(seed_case):
    text = next(t for t in markdown_cells() if "design features your predictions" in t)
    header = re.findall(r"<th[^>]*>(.*?)</th>", lesson.design_view(seed_case)._repr_html_())[-1]
    assert f"**{header}** column" in text
    assert "says what kind of statement each is" not in "\n".join(markdown_cells())


# ---- (e) sources a reader understands --------------------------------------------------------


def test_the_rules_table_names_its_sources_in_words_and_the_notes_file_once(seed_case):
    shown = repr(lesson.rules_view(seed_case, more=True))
    assert shown.count("case-facts.md") == 1
    assert "Accountability context" not in shown and "The Wall Street Journal, line" not in shown
    assert "[source: WSJ article, line 9" in shown


# ---- (f) one hand-in path --------------------------------------------------------------------


def test_lesson_04_hands_in_with_one_button_before_going_further():
    text = "\n".join(markdown_cells())
    assert text.index("## Hand in your answers") < text.index("## Going further")
    further = going_further()
    assert "to hand in" not in further and "and hand in" not in further
    assert "They do not hand in" in further


# ---- (h) the shareholder suit came before the story ------------------------------------------


def test_the_shareholder_suit_is_said_to_come_before_the_story(seed_case):
    items = lesson.stakeholders_exercise(seed_case, more=True).items
    suit = next(i for i in items if "shareholder" in i)
    assert "8 March 2023, three months before the story" in suit
    assert "before* the story (8 March 2023)" in going_further()


# ---- the samples in class, chosen by a rule --------------------------------------------------


def test_the_board_in_class_has_six_statements_and_every_kind(seed_case):
    key = lesson.evidence_key(seed_case)
    assert len(key) == lesson.BOARD_IN_CLASS == 6
    assert {r["category"] for r in key.values()} == set(acc.EVIDENCE_CATEGORIES)
    rest = lesson.evidence_key(seed_case, more=True)
    assert len(key) + len(rest) == len(acc.evidence_board(seed_case)) and not set(key) & set(rest)
    # The strongest-evidence question in class needs the researchers' test accounts.
    assert any("Test accounts set up by researchers" in item for item in key)


def test_the_design_table_in_class_shows_the_features_the_predictions_ask_about(seed_case):
    shown = repr(lesson.design_view(seed_case))
    for feature in ("Recommendations", "Penalties on accounts", "User reports left unanswered"):
        assert feature in shown
    assert "Autofill" not in shown and "Autofill" in repr(lesson.design_view(seed_case, more=True))


def test_the_rules_in_class_are_the_year_after_the_story_and_include_the_answer(seed_case):
    shown = repr(lesson.rules_view(seed_case))
    assert "Section 230" not in shown and "S.1748" not in shown
    assert "25 August 2023 (EU): Digital Services Act obligations" in shown


def test_the_plan_times_lesson_04s_core_path_within_45_minutes():
    assert plan.timing("04")["core"]["minutes"] <= 45
