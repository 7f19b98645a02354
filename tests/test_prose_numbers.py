"""Every number the lessons' prose quotes comes from the computation or key the views use.

The notebooks' markdown cannot call a function, and moving these sentences into cell
outputs would scatter a lesson's reading across code cells (and other work is reordering
the same notebooks). So the numbers stay in the prose, and this file pins each one to its
computation: when the engine, the key or the case changes, a test names the notebook, the
sentence, the number typed and the number computed. A number that is not computed must be
a fact of the case (in a seed text or ``seeds/case-facts.md``, checked claim by claim) or
be listed below with the reason it is neither.
"""

from __future__ import annotations

import csv
import json
import re
from functools import cache

import pytest

from conftest import REPO, SEEDS

NOTEBOOKS = REPO / "notebooks"
PROSE = [
    "00_start_here.ipynb",
    "01_compare_outlets.ipynb",
    "02_editorial_framing.ipynb",
    "03_verify_figures.ipynb",
    "04_platform_accountability.ipynb",
    "teacher/teacher_guide.ipynb",
]
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def prose(name: str) -> str:
    """The markdown of a notebook, one paragraph per line break undone (spaces collapsed)."""
    cells = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))["cells"]
    text = "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return re.sub(r"[ \t]*(?<!\n)\n(?!\n)[ \t]*", " ", text)


@cache
def computed() -> dict[str, str]:
    """Every number the lessons quote, computed as the views compute it, by name."""
    from newslit import load_case, provenance_records
    from newslit.analysis import provenance
    from newslit.analysis.coverage import read_facts
    from newslit.analysis.figures import arithmetic_checks
    from newslit.case.key import read_rows
    from newslit.lessons import plan

    case = load_case(SEEDS)
    engine = provenance.key_agreement(case, provenance_records(case))
    second = second_reader_agreement()
    sums = {c["kind"]: c["working"] for c in arithmetic_checks(case)}
    share = re.search(r"(\d+) ÷ (\d+) = ([\d.]+) = ([\d.]+)%; .* under ([\d.]+)%", sums["share"])
    implied = re.search(r"÷ ([\d.]+) = ([\d,]+)", sums["implied"])
    one_in = re.search(r"= ([\d.]+)%", sums["one_in"])
    return {
        "engine agrees": str(engine["agree"]),
        "sentences labelled": str(engine["total"]),
        "engine share": f"{engine['share']:.0%}".rstrip("%"),
        "reworded cut-off": f"{provenance.REWORDED_COVERAGE:.0%}".rstrip("%"),
        "credited cut-off": f"{provenance.CREDITED_COVERAGE:.0%}".rstrip("%"),
        "key facts": str(len(read_facts(case))),
        "second reader agrees": str(second["agree"]),
        "second reader total": str(second["total"]),
        "sums": WORDS[len(sums)],
        "dcnf cards": str(len(case.article("dcnf").sentences)),
        "afp cards": str(len(case.article("afp").sentences)),
        "figure cut-off": f"{provenance.FIGURE_COVERAGE:.0%}".rstrip("%"),
        # AFP's subhead "Regular accusations against Meta": one key word shared, so added
        "one-word heading score": next(
            f"{r['score']:.0%}".rstrip("%")
            for r in provenance_records(case)
            if r["article"] == "afp" and r["sentence"] == "Regular accusations against Meta" and r["label"] == "added"
        ),
        "reader sample minutes": f"{plan.READER_SAMPLE_MINUTES:g}",
        "lifesite cards": str(len(case.article("lifesite").sentences)),
        "retellings": str(len(case.derivatives)),
        "design rows": str(len(read_rows(case, "design.csv"))),
        "class design features": WORDS[len(_class_design(case))],
        "class design sentences": str(
            sum(1 for r in read_rows(case, "design.csv") if r["feature"] in _class_design(case) and r["sentence"])
        ),
        "reading speed": str(plan.WORDS_PER_MINUTE),
        "run seconds": f"{plan.RUN_MINUTES * 60:.0f}",
        "choice seconds": f"{plan.CHOICE_MINUTES * 60:.0f}",
        "tag seconds": f"{plan.TAG_MINUTES * 60:.0f}",
        "typed": f"{plan.TYPED_MINUTES:g}",
        "talk": f"{plan.TALK_MINUTES:g}",
        "share part": share[1],
        "share whole": share[2],
        "share": share[3],
        "share percent": share[4],
        "a third": share[5],
        "growth factor": implied[1],
        "earlier figure": f"{int(implied[2].replace(',', '')) / 1e6:.1f}",
        "one in": one_in[1],
    }


def second_reader_agreement() -> dict:
    """The answer key against the blind second reading (tests/labels/), as the teacher guide quotes it."""

    def labels(path):
        with path.open(encoding="utf-8") as handle:
            rows = csv.DictReader(line for line in handle if not line.startswith("#"))
            return {(r["article"], r["index"]): set(r["label"].split("/")) for r in rows}

    key = labels(SEEDS / "key" / "provenance.csv")
    second = labels(REPO / "tests" / "labels" / "seed_provenance_second_reader.csv")
    return {"agree": sum(bool(key[k] & second[k]) for k in key), "total": len(key)}


# (notebook, the sentence with its numbers as groups, the computed name of each group)
COMPUTED = [
    (
        "01_compare_outlets.ipynb",
        r"reworded\*\* when at least (\d+)% of the weighted key words are found \((\d+)% when the sentence "
        r"itself credits the WSJ, \"according to the report\"; (\d+)% when it gives the same figure\)",
        ["reworded cut-off", "credited cut-off", "figure cut-off"],
    ),
    (
        "01_compare_outlets.ipynb",
        r"shares only one key word can score (\d+)% and still be added",
        ["one-word heading score"],
    ),
    (
        "teacher/teacher_guide.ipynb",
        r"A second reader, labelling blind, agreed with these labels on (\d+) of (\d+) sentences",
        ["second reader agrees", "second reader total"],
    ),
    ("teacher/teacher_guide.ipynb", r"every text read at about (\d+) words a minute", ["reading speed"]),
    # The teacher guide's notes on each lesson, and how it times them (newslit.lessons.plan).
    ("teacher/teacher_guide.ipynb", r"the (\d+)% and (\d+)% cut-offs", ["reworded cut-off", "credited cut-off"]),
    ("teacher/teacher_guide.ipynb", r"The three outlets' (\d+)-(\d+) cards each", ["afp cards", "lifesite cards"]),
    ("teacher/teacher_guide.ipynb", r"\((\d+) minutes to read lesson 01's sample", ["reader sample minutes"]),
    ("teacher/teacher_guide.ipynb", r"The coverage grid \((\d+) facts × (\d+) outlets\)", ["key facts", "retellings"]),
    (
        "teacher/teacher_guide.ipynb",
        r"The design table in class has (\w+) features \((\d+) WSJ sentences\)",
        ["class design features", "class design sentences"],
    ),
    (
        "teacher/teacher_guide.ipynb",
        r"Reading: (\d+) words a minute\. Running a cell: (\d+) seconds\. A choice "
        r"question: (\d+) seconds",
        ["reading speed", "run seconds", "choice seconds"],
    ),  # fmt: skip
    (
        "teacher/teacher_guide.ipynb",
        r"A tagging item: (\d+) seconds plus the time to read it\. A typed answer: "
        r"([\d.]+) minutes\. A \"Talk about it\" prompt: ([\d.]+) minutes",
        ["tag seconds", "typed", "talk"],
    ),  # fmt: skip
    ("03_verify_figures.ipynb", r"The engine finds (\w+) such sums", ["sums"]),
    (
        "03_verify_figures.ipynb",
        r"(\d+) ÷ (\d+) = ([\d.]+), or ([\d.]+)%, and a third is ([\d.]+)%",
        ["share part", "share whole", "share", "share percent", "a third"],
    ),
    (
        "03_verify_figures.ipynb",
        r"the earlier figure was 31\.9 ÷ ([\d.]+) ≈ ([\d.]+) million",
        ["growth factor", "earlier figure"],
    ),
    ("03_verify_figures.ipynb", r"\"One in 10 thousand\" is ([\d.]+)% of posts viewed", ["one in"]),
    (
        "teacher/teacher_guide.ipynb",
        r"\((\d+) Twitter sellers against (\d+) on Instagram, ([\d.]+)%\)",
        ["share part", "share whole", "share percent"],
    ),
]

# Sums over the verified notes' figures, worked out here from the figures the same sentence gives.
NOTES_SUMS = [
    # (notebook, sentence with the figures and the result, how the result follows)
    (
        "03_verify_figures.ipynb",
        r"([\d,]+) reports in the \"child pornography\" category \([\d,]+ reports in all\), against ([\d,]+) in the "
        r"same category in 2020\. "
        r"So \"31\.9 million\" is that category, and \"up 47%\" holds \(\+([\d.]+)%\)",
        lambda a, b: 100 * (a / b - 1),
    ),
    (
        "03_verify_figures.ipynb",
        r"Meta's companies sent ([\d,]+) reports, ([\d.]+)% of 31\.9 million",
        lambda a: 100 * a / 31.9e6,
    ),
]

# Numbers that are neither computed nor facts of the case, each with the reason.
NOT_FACTS = [
    (r"\b0[0-5](?=_|\b)", "a lesson's number"),
    (r"^#+ \d+\. ", "a section number"),
    (r"<br>\d\. |\| 1\. ", "a numbered goal in a header card"),
    (r"aged 15 and up|\b15-year-old", "the workbook's audience"),
    (r"30-60 s\)", "the range a choice question's 45 seconds stands for"),
    (
        r"\*\*00\*\* about \d+ minutes, \*\*01\*\* about \d+, \*\*02\*\* about \d+, \*\*03\*\* about \d+, "
        r"\*\*04\*\* about \d+|about \d+, \d+, \d+, \d+ and \d+ minutes for lessons 00 to 04|lessons 02-04",
        "two walkthroughs' measured timings (the closing notes of issue 17 give them)",
    ),
    (r"\b\d+(?:-\d+)? min(?:utes)?\b|\(45 min\)|\| \d+-\d+ \|", "a lesson's timing"),
    (r"45-minute", "a lesson's timing"),
    (r"\"an \*\*estimated\*\* 300 fans\" becomes \"300 fans\"", "an invented example (the table says so)"),
    (r"\"\$1\.2 million\"", "an example of a money figure, in a list of kinds of figure"),
    (r"\"2,400 students\" → \"more than 2,000 students\"", "an invented example (the column says so)"),
    (r"\"34 minutes\" → \"a whole hour\"", "an invented example (the column says so)"),
    (r"per 1,000 words", "the unit of the engine's rates"),
    (
        r"60 is plain English, below 30 is hard",
        "the Flesch scale as newslit.text.readability documents it (tested below)",
    ),
    (r"`5000000`|`31900000`", "what to type in the calculator: 5 million and 31.9 million, written out"),
    (r"Python 3\.11", "what the workbook needs to run"),
    (r"can score 100% and still read", "the top of the scale a card's score is given on"),
    (r"NEWSLIT_SHOW_EXPLICIT=1", "a setting"),
    (
        r"by 90% or more before|by 20% or less \(unclear|among at least 4 learners",
        "the class summary's thresholds for a check question to look at again (learners/skills_check.py)",
    ),
    (r"by 25-50 points", "what one question of the check weighs in a skill of 2-4 questions"),
]


@cache
def facts_of_the_case() -> set[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append((SEEDS / "case-facts.md").read_text(encoding="utf-8"))
    return {n for text in texts for n in NUMBER.findall(text)}


@pytest.mark.parametrize(("notebook", "pattern", "names"), COMPUTED, ids=lambda v: v if isinstance(v, str) else None)
def test_a_number_the_prose_quotes_is_the_computed_one(notebook, pattern, names):
    found = re.findall(pattern, prose(notebook))
    assert found, f"{notebook}: the sentence is gone or reworded; update COMPUTED ({pattern})"
    expected = tuple(computed()[n] for n in names)
    for typed in found:
        typed = typed if isinstance(typed, tuple) else (typed,)
        assert typed == expected, f"{notebook}: the prose says {typed}, the workbook computes {expected}"


@pytest.mark.parametrize(("notebook", "pattern", "rule"), NOTES_SUMS, ids=lambda v: v if isinstance(v, str) else None)
def test_a_sum_the_prose_does_on_the_verified_figures_is_right(notebook, pattern, rule):
    (found,) = re.findall(pattern, prose(notebook))
    *figures, result = [float(x.replace(",", "")) for x in found]
    assert round(rule(*figures), 1) == result


def test_every_other_number_in_the_prose_is_a_fact_of_the_case_or_says_why_not():
    unexplained = []
    for notebook in PROSE:
        text = prose(notebook)
        patterns = [p for nb, p, _ in COMPUTED + NOTES_SUMS if nb == notebook] + [p for p, _ in NOT_FACTS]
        covered = [m.span() for pattern in patterns for m in re.finditer(pattern, text, re.M)]
        for match in NUMBER.finditer(text):
            inside = any(start <= match.start() < end for start, end in covered)
            if not inside and match.group() not in facts_of_the_case():
                unexplained.append(
                    f"{notebook}: {match.group()!r} in “…{text[max(0, match.start() - 50) : match.end() + 20]}…”"
                )
    assert not unexplained, "compute it (COMPUTED), or give the reason (NOT_FACTS):\n" + "\n".join(unexplained)


def test_the_readability_scale_the_prose_explains_is_the_one_the_engine_documents():
    from newslit.text import readability

    assert "the Flesch score: higher is easier; 60 is plain English, below 30 is hard" in prose(
        "01_compare_outlets.ipynb"
    )
    assert "60-70 is plain English, below 30 is hard" in " ".join(readability.__doc__.split())


def _class_design(case) -> list[str]:
    """The design features lesson 04's table shows in class (those its predictions ask about)."""
    from newslit.lessons import accountability

    return accountability.predicted_features(case)
