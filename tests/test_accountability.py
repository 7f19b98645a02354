"""Lesson 04's material comes from the case: every key row points at a real sentence."""

from __future__ import annotations

import pytest

from newslit.analysis import accountability as acc
from newslit.case.key import key_text
from newslit.lessons import accountability as lesson

from conftest import REPO


def test_every_design_claim_quotes_the_wsj_as_published(seed_case):
    claims = acc.design_claims(seed_case)
    assert [c["feature"].split(" (")[0] for c in claims][:2] == [
        "Recommendations",
        'Hashtag search and the "see results anyway" screen',
    ]
    wsj = {s.text for s in seed_case.primary.sentences}
    for claim in claims:
        assert claim["design"], claim["feature"]
        for quoted in claim["design"] + claim["response"]:
            assert quoted["sentence"] in wsj
    backup = next(c for c in claims if c["feature"].startswith("Penalties"))
    assert backup["response"] == [] and "no response" in backup["notes"][0]


def test_the_evidence_board_statements_are_in_their_articles(seed_case):
    board = acc.evidence_board(seed_case)
    assert {r["category"] for r in board} == set(acc.EVIDENCE_CATEGORIES)
    for row in board:
        assert key_text(row["statement"]) in key_text(row["sentence"])


def test_a_key_phrase_that_is_not_in_the_text_is_an_error(seed_case):
    with pytest.raises(LookupError, match='no sentence of "wsj" contains'):
        acc.find_sentence(seed_case, "wsj", "a sentence the WSJ never wrote")


def test_rules_are_dated_sourced_and_in_order(seed_case):
    rules = acc.rules_since(seed_case)
    assert [r["date"] for r in rules] == sorted(r["date"] for r in rules)
    assert all(r["source"] for r in rules)
    labels = {r["label"]: r["event"] for r in rules}
    assert "Royal Assent" in labels["26 October 2023"] and "1996" in labels


def test_the_evidence_board_feedback_explains_each_difference(seed_case, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path))
    widget = lesson.evidence_board(seed_case)
    feedback = widget.answer({item: "opinion" for item in widget.items})
    assert feedback.correct is False
    assert "You agree with the key on 1 of 6" in feedback.message
    assert "Nobody outside Meta can check it" in feedback.message


def test_the_timeline_has_a_text_summary_for_every_point(seed_case):
    rules = acc.rules_since(seed_case)
    figure = lesson.timeline_chart(rules)
    summary = lesson.timeline_summary(rules)
    points = sum(len(c.get_offsets()) for c in figure.axes[0].collections)
    assert points == sum(1 for r in rules if r["date"].year >= 2023)
    assert f"{points}. " in summary and "Before 2023" in summary
    assert figure.axes[0].get_title() and figure.axes[0].get_xlabel() == "date"


def test_the_teacher_guide_on_another_case_says_which_answers_need_the_seed_case():
    from newslit import load_case
    from newslit.lessons import teacher_guide

    shown = teacher_guide.questions_view("04", load_case(REPO / "tests" / "cases" / "sleep-study"))
    assert "questions quote the workbook's own case (04." in shown.text
    assert "Run the teacher guide on the bundled case" in shown.text
    assert "04.rules" in shown.text  # a question that quotes nothing still shows its answer
    assert "“{quote}”" not in shown.text.split("\n")[1]


@pytest.mark.notebook
def test_the_teacher_guide_notebook_runs_on_another_case(tmp_path):
    from test_notebooks import error_outputs, run_notebook

    guide = REPO / "notebooks" / "teacher" / "teacher_guide.ipynb"
    executed = run_notebook(guide, tmp_path, env={"NEWSLIT_CASE": str(REPO / "tests" / "cases" / "sleep-study")})
    assert error_outputs(executed) == []
    shown = "".join(str(o) for cell in executed.cells for o in cell.get("outputs", []))
    assert "quote the workbook" in shown


def test_the_evidence_board_shows_every_statement_in_its_whole_sentence(seed_case):
    # Issue 17: "a software glitch was preventing ..." began mid-sentence, and LifeSiteNews's
    # "not too difficult ... to suppress pedophilic content" lost the end that makes it an opinion.
    items = lesson.evidence_items(seed_case) + lesson.evidence_items(seed_case, more=True)
    assert sorted(items) == sorted(f"{r['outlet']}: “{r['sentence']}”" for r in acc.evidence_board(seed_case))
    assert any("“A review of how the company handled reports" in i for i in items)
    assert any(i.endswith("as in censoring controversial political opinions.”") for i in items)
    board = lesson.evidence_board(seed_case)
    assert list(board.items) == lesson.evidence_items(seed_case)


def test_lesson_04_says_the_flagrant_sentence_is_retold_as_lesson_02_does(seed_case):
    from newslit.case.key import read_rows

    row = next(r for r in acc.evidence_board(seed_case) if "flagrant" in r["sentence"])
    assert row["category"] == "asserted by an outlet"
    assert "retell" in row["explanation"] and "lesson 02" in row["explanation"]
    assert "violates rules established by Meta as well as federal law" in row["explanation"]
    # Lesson 02's key reads the sentence as the WSJ's, reworded: not an addition of the outlet's.
    reading = next(
        r
        for r in read_rows(seed_case, "provenance.csv")
        if r["article"] == "dcnf" and r["sentence_starts"].startswith("These online activities are also in flag")
    )
    assert reading["label"] == "reworded"


def test_sarah_adams_is_introduced_as_the_wsj_describes_her_wherever_lesson_04_names_her(seed_case):
    shown = [
        *lesson.stakeholders_exercise(seed_case).items,
        *lesson.stakeholders_exercise(seed_case, more=True).items,
        repr(lesson.stakeholders_view(seed_case)),
    ]
    wsj = " ".join(s.text for s in seed_case.primary.sentences)
    assert "Sarah Adams, a Canadian mother of two, has built an Instagram audience" in wsj
    for text in shown:
        if "Adams" in text:
            assert "Sarah Adams" in text and "Canadian mother of two" in text, text
            assert "child exploitation" in text, text
    assert any("Adams" in text for text in shown)


def test_the_list_of_rules_says_what_s1748_is_and_who_commissioner_breton_is(seed_case):
    text = repr(lesson.rules_view(seed_case, more=True))
    bill = next(line for line in text.splitlines() if "S.1748" in line)
    assert "new bill" in bill and "S. for Senate" in bill
    breton = next(line for line in text.splitlines() if "Breton" in line)
    assert "member of the European Commission" in breton
