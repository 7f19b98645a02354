"""Each lesson fits 45 minutes, asks before it reveals, links its words to the glossary, and the guide follows it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from newslit.lessons import plan

from conftest import REPO

LESSONS = list(plan.LESSONS)
GLOSSARY = REPO / "notebooks" / "glossary.md"
# The words issue 17 found a 15-year-old did not know, and others the lessons use.
GLOSSARY_TERMS = [
    "Euphemism",
    "Election delegitimization",
    "January 6",
    "Court of Chancery",
    "Royal Assent",
    "CSAM",
    "Section 230",
    "FOSTA",
    "Global turnover",
    "Belga",
    "Primary source",
    "NCMEC",
    "Digital Services Act",
    "Online Safety Act",
    "Kids Online Safety Act",
    # Words a second walkthrough (issue 17) did not know.
    "Attribution",
    "Binder",
    "Guardrail",
    "Regulator",
    "Stakeholder",
    "Shareholder",
    # A third walkthrough (issue 17): lesson 04's list of rules names both.
    "Commissioner Breton",
    "S.1748",
]
# A glossary entry: an anchor a link can jump to, then the word in bold.
ENTRY = re.compile(r'^<a id="(?P<anchor>[a-z0-9-]+)"></a>\*\*(?P<term>[^*]+?)\.\*\*', re.MULTILINE)


def code_cells(lesson):
    return [c for c in plan.cells(lesson) if c.kind == "code"]


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_plan_has_one_step_per_code_cell_and_names_what_the_cell_calls(lesson):
    cells, steps = code_cells(lesson), plan.steps(lesson)
    assert len(cells) == len(steps)
    for number, (cell, step) in enumerate(zip(cells, steps)):
        assert step.call in cell.source, f"code cell {number}: the plan says {step.call}, the cell is {cell.source!r}"


@pytest.mark.parametrize("lesson", LESSONS)
def test_hand_in_comes_before_going_further_so_a_class_need_not_scroll_past_homework(lesson):
    # Walkthrough (issue 17): in lesson 02 the hand-in button came after 18 cells of "Going further".
    cells = plan.cells(lesson)
    hand_in = next(i for i, c in enumerate(cells) if c.kind == "markdown" and plan.HAND_IN.match(c.source))
    further = next(i for i, c in enumerate(cells) if not c.core)
    assert hand_in < further and all(c.core for c in cells[:further])


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_core_path_fits_45_minutes_and_the_rest_is_going_further(lesson):
    timing = plan.timing(lesson)
    assert timing["core"]["minutes"] <= 45, timing["core"]
    assert timing["core"]["actions"] > 0
    assert any(not c.core for c in plan.cells(lesson)), "every lesson ends with a Going further section"


def test_lesson_02s_asides_hunt_in_class_is_a_sample_and_the_whole_hunts_are_homework():
    built = {step.call: (widget, core) for _, step, widget, core, _ in plan.exercises("02") if core}
    sample, _ = built["aside_hunt_sample"]
    # A walkthrough (issue 17) timed nine tags at a minute each: class tags about six.
    assert 5 <= len(sample.items) <= 7
    assert "aside_hunt" not in built, "the whole hunts are under Going further"


def position(lesson, call, nth=0):
    return [i for i, step in enumerate(plan.steps(lesson)) if step.call == call][nth]


@pytest.mark.parametrize(
    ("lesson", "question", "view"),
    [
        ("01", "dropped_fact", "class_coverage"),
        ("02", "loaded_or_not", "sentences_view"),
        ("02", "02.headline", "headlines_view"),
        ("02", "02.primary-doubt", "doubt_sample"),
        ("02", "02.insurrection", "reframing_sample"),
        ("02", "02.first-platform", "reframing_sample"),
        ("02", "02.insurrection", "reframing_view"),
        ("02", "aside_hunt", "engine_against_key"),
        ("02", "aside_hunt", "asides_view"),
        ("03", "verdict_exercise", "ledger_view"),
        ("03", "who_counts_exercise", "who_counts_view"),
        ("04", "backup_accounts_question", "design_view"),
        ("04", "reports_question", "design_view"),
        ("04", "evidence_board", "evidence_view"),
        ("04", "stakeholders_exercise", "stakeholders_view"),
        ("04", "rules_question", "rules_view"),
        ("04", "rules_question", "stakeholders_view"),
    ],
)
def test_a_question_comes_before_the_view_that_shows_its_answer(lesson, question, view):
    assert position(lesson, question) < position(lesson, view)


def test_scare_quotes_and_doubt_words_are_asked_about_before_they_are_shown():
    steps = [s.call for s in plan.steps("02")]
    assert steps.index("02.claimed") < steps.index("doubt_sample")
    assert steps.index("02.insurrection") < steps.index("sentences_view", steps.index("02.insurrection"))


def markdown(lesson_path):
    return ["".join(c["source"]) for c in json.loads(lesson_path.read_text())["cells"] if c["cell_type"] == "markdown"]


NOTEBOOKS = sorted((REPO / "notebooks").rglob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_line_of_text_starts_with_a_number_that_markdown_would_make_a_list(path):
    for text in markdown(path):
        for line in text.splitlines():
            number = re.match(r"^\s*(\d+)[.)]\s", line)
            assert not number or number.group(1) in "123456789", f"{path.name}: {line!r} becomes a numbered list"


def test_numbers_about_the_engine_are_computed_not_typed():
    text = "\n".join(markdown(REPO / "notebooks" / "01_compare_outlets.ipynb"))
    assert not re.search(r"\b(92|88)\b", text), "the engine's agreement is shown by agreement_view, not typed"


def test_the_glossary_is_in_alphabetical_order_as_it_says():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    assert "in alphabetical order" in glossary
    terms = [m["term"] for m in ENTRY.finditer(glossary)]
    assert len(terms) == len(re.findall(r"^\S.*\*\*[^*]+\.\*\*", glossary, re.MULTILINE)), "every entry has an anchor"
    assert terms == sorted(terms, key=str.lower), terms


def test_the_glossary_explains_every_word_the_lessons_need_and_every_lesson_links_to_it():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    terms = {m["term"].lower() for m in ENTRY.finditer(glossary)}
    for term in GLOSSARY_TERMS:
        assert any(t == term.lower() or t.startswith(term.lower() + " ") for t in terms), term
    for path in sorted((REPO / "notebooks").glob("0[0-4]*.ipynb")):
        assert "(glossary.md)" in "\n".join(markdown(path)), path.name


def test_the_glossary_agrees_with_the_verified_notes():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    facts = (REPO / "seeds" / "case-facts.md").read_text(encoding="utf-8")
    for fact in ("26 October 2023", "11 April 2018", "8 March 2023", "25 August 2023", "30 July 2024", "6%", "10%"):
        assert fact in facts and fact in glossary, fact


def test_the_teacher_guide_times_and_plans_every_lesson_from_its_sections():
    from newslit.lessons import teacher_guide

    timing = teacher_guide.timing_view().text
    for lesson in LESSONS:
        assert f"{lesson}: " in timing
        shown = teacher_guide.plan_view(lesson).text
        titles = [s["title"] for s in plan.sections(lesson) if s["core"]]
        assert [t for t in titles if t in shown] == titles, lesson


@pytest.mark.parametrize("lesson", LESSONS)
def test_each_lesson_has_one_answer_table_of_filled_in_questions_right_answers_and_reasons(lesson):
    from newslit.lessons.answer_table import answer_table, rows

    found = rows(lesson)
    assert len(found) == sum(1 for s in plan.steps(lesson) if s.build)
    for row in found:
        assert row["kind"] in ("choice", "tags", "free_text"), row
        assert "{" not in row["question"] and row["answer"] and row["why"], row
    shown = answer_table(lesson).text
    assert "_" not in shown.split("\n", 1)[0] and "sentence 0" not in shown


def test_the_teacher_guide_shows_the_answers_lesson_by_lesson_in_order():
    cells = json.loads((REPO / "notebooks" / "teacher" / "teacher_guide.ipynb").read_text())["cells"]
    order = []
    for before, cell in zip(cells, cells[1:]):
        heading = re.search(r"### Lesson (0\d): the answers", "".join(before["source"]))
        if heading:
            assert f'answer_table("{heading.group(1)}")' in "".join(cell["source"]), heading.group(0)
            order.append(heading.group(1))
    assert order == LESSONS
    text = "\n".join("".join(c["source"]) for c in cells)
    assert "test_provenance" not in text and "sentence_starts" not in text and "key_table(" not in text


def glossary_links(path):
    """Every link to the glossary in a notebook's text: (link text, the anchor after "#", or None)."""
    text = "\n".join(markdown(path))
    return re.findall(r"\[([^\]]+)\]\(glossary\.md(?:#([^)]*))?\)", text)


@pytest.mark.parametrize("path", sorted((REPO / "notebooks").glob("0*.ipynb")), ids=lambda p: p.name)
def test_a_link_to_a_glossary_word_opens_the_glossary_at_that_word(path):
    # JupyterLab keeps an <a id> as data-jupyter-id and scrolls a link's #fragment to it;
    # a link with no fragment opens the glossary at its top, where the learner must hunt.
    anchors = {m["anchor"]: m["term"] for m in ENTRY.finditer(GLOSSARY.read_text(encoding="utf-8"))}
    for text, anchor in glossary_links(path):
        if text.lower() == "glossary":
            continue  # a link to the whole glossary
        assert anchor, f"{path.name}: the link “{text}” opens the glossary at its top"
        assert anchor in anchors, f"{path.name}: the link “{text}” jumps to #{anchor}, which no entry has"
        assert anchors[anchor].lower().startswith(text.lower()), (text, anchors[anchor])


def test_lesson_04_links_the_names_in_its_list_of_rules_to_the_glossary():
    links = {text for text, _ in glossary_links(REPO / "notebooks" / "04_platform_accountability.ipynb")}
    assert {"Commissioner Breton", "S.1748"} <= links


def test_the_glossary_says_who_commissioner_breton_is_and_what_s1748_is_from_the_notes():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    facts = (REPO / "seeds" / "case-facts.md").read_text(encoding="utf-8")
    breton = glossary.split("**Commissioner Breton.**")[1].split("\n\n")[0]
    assert "European Commission" in breton and "8 June 2023" in breton and "seems not to work" in breton
    assert "Commissioner Breton, 8 June 2023" in facts and '"seems not to work"' in facts
    bill = glossary.split("**S.1748.**")[1].split("\n\n")[0]
    assert "Kids Online Safety Act" in bill and "14 May 2025" in bill and "Senate" in bill
    assert "reintroduced 14 May 2025 (S.1748)" in facts


def test_lesson_03_reads_a_sample_of_the_ledger_in_class_and_every_figure_under_going_further():
    core = [s.call for s, c in zip(plan.steps("03"), code_cells("03")) if c.core]
    further = [s.call for s, c in zip(plan.steps("03"), code_cells("03")) if not c.core]
    assert "ledger_sample_view" in core and "ledger_view" not in core
    assert further.count("ledger_view") == 4


def test_the_plan_gives_lesson_03s_ledger_sample_the_time_its_words_take_to_read():
    from newslit.lessons import verify
    from newslit.views import figures as views

    case, records = verify.load()
    shown = views.ledger_sample_view(records, primary="WSJ").html
    words = len(re.sub(r"<[^>]+>", " ", shown).split())
    step = next(s for s in plan.steps("03") if s.call == "ledger_sample_view")
    assert words / plan.WORDS_PER_MINUTE <= step.minutes, (words, step.minutes)
    # The whole ledger is about three times as long: that is why class reads the sample.
    every = sum(
        len(re.sub(r"<[^>]+>", " ", views.ledger_view(records, a, primary="WSJ").html).split())
        for a in ("lifesite", "blog-nl", "afp", "dcnf")
    )
    assert words < every / 2, (words, every)


@pytest.mark.parametrize("lesson", ["03", "04"])
def test_no_question_in_lessons_03_and_04_asks_a_learner_to_read_more_than_125_words_first(lesson):
    # Issue 17 asked for no stem over 150 words; the longest, lesson 04's strongest
    # evidence, was 146 (its longest sentence of each kind) and is now about 120.
    for _, step, widget, _, _ in plan.exercises(lesson):
        prompt = getattr(widget, "prompt", "")
        options = getattr(widget, "options", None) if getattr(widget, "kind", "") == "choice" else None
        stem = len(prompt.split()) + sum(len(str(o).split()) for o in options or [])
        assert stem <= 125, (step.call, stem)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_heading_is_glued_to_the_end_of_a_paragraph(path):
    # Lesson 03 had "... until 2018). ### Your turn": markdown prints the hashes as text.
    for text in markdown(path):
        for line in text.splitlines():
            assert not re.search(r"\S\s+#{2,6} \w", line), f"{path.name}: {line!r}"


def test_the_plan_gives_lesson_04s_design_table_the_time_its_words_take_to_read():
    from newslit.case import load_case
    from newslit.lessons import accountability

    words = len(repr(accountability.design_view(load_case())).split())
    step = next(s for s in plan.steps("04") if s.call == "design_view")
    assert words / plan.WORDS_PER_MINUTE <= step.minutes, (words, step.minutes)


def test_lesson_04_weighs_a_guardrail_in_the_discussion_and_in_writing_under_going_further():
    core = [s.call for s, c in zip(plan.steps("04"), code_cells("04")) if c.core]
    assert "guardrail_change" in core and "discussion_card" in core
    assert "guardrail_costs" not in core and "guardrail_costs" in [s.call for s in plan.steps("04")]


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_guide_reads_every_exercise_as_the_learner_meets_it(lesson):
    # The guide reads the exercises without building their widgets: the same words, options,
    # items and key, and the same feedback for every answer a learner can give.
    written = plan.exercises(lesson)
    built = plan.exercises(lesson, widgets=True)
    assert [(n, s.call, core) for n, s, _, core, _ in written] == [(n, s.call, core) for n, s, _, core, _ in built]
    for (_, _, text, _, _), (_, _, widget, _, _) in zip(written, built):
        assert getattr(text, "kind", None) == getattr(widget, "kind", None)
        if getattr(widget, "kind", None) is None:  # a note where the exercise cannot be built
            assert repr(text) == repr(widget)
            continue
        assert (text.exercise_id, text.prompt) == (widget.exercise_id, widget.prompt)
        if widget.kind == "choice":
            assert text.options == widget.options
            assert [text.check(o) for o in text.options] == [widget.check(o) for o in widget.options]
        if widget.kind == "tags":
            assert (text.items, text.labels, text.key) == (widget.items, widget.labels, widget.key)
            wrong = {item: next(x for x in text.labels if x != text.key[item][0]) for item in text.items}
            right = {item: text.key[item][0] for item in text.items}
            for value in (wrong, right):
                assert text.check(value) == widget.check(value)
        if widget.kind == "free_text":
            assert text.model_answer == widget.model_answer


def test_the_teacher_guide_runs_without_the_widget_library(tmp_path):
    # Every answer table and plan is text: the guide builds no widget (about half a second
    # of building 500 widgets, and the import of ipywidgets, a teacher waited for).
    code = (
        "import sys\n"
        "from newslit.lessons import answer_table, teacher_guide as guide\n"
        "guide.timing_view()\n"
        "for lesson in ('00', '01', '02', '03', '04'):\n"
        "    guide.plan_view(lesson); answer_table.answer_table(lesson)\n"
        "print('ipywidgets' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NEWSLIT_ANSWERS_DIR": str(tmp_path)},
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
