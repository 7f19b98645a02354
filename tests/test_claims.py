"""Every claim the workbook makes about its case names its source, and every quotation is word for word.

A key row that states a fact cites a line of a seed file or an entry of ``seeds/case-facts.md``
in its ``source`` column; a question that quotes an article cites it in its ``source``
field. These tests check that each citation points at something real, that each sentence
opening is on a line its row cites, and that every quotation (text in straight or curly
double quotes, and the cue or figure "as printed") is word for word in what its row cites.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newslit.case.citations import Citation, cited_text, is_quoted_in, parse, quotations
from newslit.lessons.questions import all_question_sets

from conftest import SEEDS

KEY = SEEDS / "key"

# Key file -> (the column holding a sentence's opening words, the columns that may quote).
SOURCED = {
    "design.csv": ("sentence", ("feature", "note")),
    "evidence.csv": ("statement", ("explanation",)),
    "facts.csv": ("primary_sentence", ("label",)),
    "figures.csv": ("sentence", ("explanation",)),
    "framing.csv": ("sentence", ("explanation",)),
    "notes.csv": ("sentence", ("note",)),
    "rules_since.csv": (None, ("event",)),
    "stakeholders.csv": ("sentence", ("action", "explanation")),
}
# Columns that hold words as printed in the article (a cue, a figure), quoted without marks.
AS_PRINTED = {"framing.csv": ("phrase",), "figures.csv": ("text", "primary_text")}
NOT_SOURCED = {
    "provenance.csv": "a reading, not a fact: each row names its sentence by article and index, and the WSJ "
    "sentences it retells by number; tests/test_provenance.py checks both against the texts",
    "sources.csv": "rules (regular expressions) the figures engine applies, not statements about the case",
    "folded.csv": "a reading, not a fact: each row names a sentence to fold by article and opening, with a "
    "note of what it describes; tests/test_folding.py checks each names one sentence of its article",
}
# Quotations that are not from the case, each with the reason.
NOT_QUOTATIONS = {
    ("02.transfer", "experts"): "the passage is invented for the exercise (the question says so)",
}


def key_rows(name: str) -> list[tuple[int, dict]]:
    """(line number in the file, row) for every row of ``key/<name>``."""
    with (KEY / name).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [(n, {k: (v or "").strip() for k, v in row.items()}) for n, row in enumerate(rows, start=2)]


def article_files(seed_case) -> dict[str, str]:
    return {a.id: a.spec.file for a in seed_case.articles}


def cited(citations: list[Citation]) -> list[str]:
    return [cited_text(SEEDS, c) for c in citations]


def test_every_key_file_is_sourced_or_says_why_not():
    names = {p.name for p in KEY.glob("*.csv")}
    assert names == SOURCED.keys() | NOT_SOURCED.keys(), (
        "add a new key file to SOURCED, or to NOT_SOURCED with a reason"
    )


@pytest.mark.parametrize("name", sorted(SOURCED))
def test_every_fact_row_of_the_key_names_a_source_that_exists(name):
    problems = []
    for line, row in key_rows(name):
        if not row.get("source"):
            problems.append(f"{name}:{line}: no source")
            continue
        try:
            cited(parse(row["source"]))
        except (ValueError, LookupError) as error:
            problems.append(f"{name}:{line}: {error}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(n for n, (opening, _) in SOURCED.items() if opening))
def test_every_sentence_opening_in_the_key_is_on_a_line_its_row_cites(name, seed_case):
    opening_column, _ = SOURCED[name]
    files = article_files(seed_case)
    problems = []
    for line, row in key_rows(name):
        article = row.get("article") or seed_case.primary.id
        if not row[opening_column] or article not in files:
            continue
        own = [c for c in parse(row["source"]) if c.file == files[article] and c.lines]
        if not any(is_quoted_in(row[opening_column], text) for text in cited(own)):
            problems.append(f"{name}:{line}: “{row[opening_column]}” is on no cited line of {files[article]}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(SOURCED))
def test_every_quotation_in_the_key_is_word_for_word_in_what_its_row_cites(name):
    _, columns = SOURCED[name]
    problems = []
    for line, row in key_rows(name):
        texts = cited(parse(row["source"]))
        quoted = [q for column in columns for q in quotations(row[column])]
        quoted += [row[column] for column in AS_PRINTED.get(name, ()) if row[column]]
        for quote in quoted:
            if not any(is_quoted_in(quote, text) for text in texts):
                problems.append(f"{name}:{line}: “{quote}” is not word for word in {row['source']}")
    assert not problems, "\n".join(problems)


def question_quotations(question) -> list[str]:
    """The quotations of a question: quoted text in any of its texts, a passage, and tag items taken from the case."""
    texts = [question.prompt, question.explanation, question.model_answer or "", *question.feedback.values()]
    texts += [o.text for o in question.options] + [o.why for o in question.options] + [i.why for i in question.items]
    found = [q for text in texts for q in quotations(text) if "{" not in q]
    if question.passage:
        found.append(question.passage)
    elif question.kind == "tags" and not question.computed:
        found += [item.text for item in question.items]
    return [q for q in dict.fromkeys(found) if (question.id, q) not in NOT_QUOTATIONS]


INVENTED = {"02.transfer"}  # its passage and items are an invented text, and the question says so
# The skills check's forms quote only short texts invented for the check (their data card says
# so, and tests/test_skills_check.py checks they share no run of words with the seeds).
INVENTED_FILES = {"check_a.toml", "check_b.toml"}


def test_every_question_that_quotes_names_its_source_and_quotes_it_word_for_word():
    problems = []
    for question_set in all_question_sets():
        if Path(question_set.file).name in INVENTED_FILES:
            continue
        for question in question_set:
            quoted = [] if question.id in INVENTED else question_quotations(question)
            if not quoted:
                continue
            if not question.source:
                problems.append(f"{question.file}: {question.id} quotes {quoted[0]!r} but names no source")
                continue
            texts = cited(parse(question.source))
            problems += [
                f"{question.file}: {question.id}: “{q}” is not word for word in its source"
                for q in quoted
                if not any(is_quoted_in(q, text) for text in texts)
            ]
    assert not problems, "\n".join(problems)


def test_the_invented_passage_is_said_to_be_invented():
    (transfer,) = [q for s in all_question_sets() for q in s if q.id in INVENTED]
    assert "invented" in transfer.prompt


# ---- the citation reader itself ----------------------------------------------------------------

NOTES = """# Notes

## Dates

- The suit was filed 8 March 2023 by pension funds.

## Other

Nothing here.
"""
ARTICLE = 'Headline\n\nThe researchers found "self-generated" material—accounts run by [Meta](#) users.\n\n'


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_a_citation_points_at_a_line_or_at_words_in_a_section(folder):
    line, note = parse('a.txt:3; notes.md, Dates: "filed 8 March 2023"')
    assert cited_text(folder, line).startswith("The researchers found")
    assert "pension funds" in cited_text(folder, note) and "Nothing" not in cited_text(folder, note)


@pytest.mark.parametrize(
    ("source", "says"),
    [
        ("a.txt:9", "has lines 1 to"),
        ("a.txt:2", "empty"),
        ("b.txt:1", "no file b.txt"),
        ('notes.md, Sources: "filed"', 'no section "## Sources"'),
        ('notes.md, Dates: "filed 9 March 2023"', "are not in that section"),
    ],
)
def test_a_citation_that_points_at_nothing_says_what_is_wrong(folder, source, says):
    with pytest.raises(LookupError, match=says):
        cited_text(folder, parse(source)[0])


def test_a_citation_in_another_form_is_refused_with_the_two_forms():
    with pytest.raises(ValueError, match=r"file\.txt:LINE"):
        parse("the WSJ, paragraph 4")


def test_a_quotation_must_have_the_same_words_but_not_the_same_quote_marks_or_capitals():
    text = "Users regularly list the handles of “backup” accounts in their bios, allowing them"
    assert is_quoted_in('list the handles of "backup" accounts', text)
    assert is_quoted_in("Users regularly list the handles.", text)  # a final full stop where the text goes on
    assert not is_quoted_in("Users often list the handles", text)
    assert not is_quoted_in("list", "a playlist")  # whole words only


def test_an_ellipsis_skips_words_a_masked_word_stands_for_its_word_and_a_link_reads_as_its_text():
    text = "search explicit hashtags such as #pedowhore and #preteensex, owned by [Meta](#) Platforms"
    assert is_quoted_in("search explicit hashtags … and #preteensex", text)
    assert is_quoted_in("such as #p••••", text)
    assert is_quoted_in("owned by Meta Platforms", text)
    assert not is_quoted_in("search … and #pedobait", text)
