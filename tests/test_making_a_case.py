"""Making a case without writing TOML: `newslit new` and the notebook form's writer."""

from __future__ import annotations

import datetime as dt

import pytest

from newslit import CaseError, load_case
from newslit.case.scaffold import scaffold_case
from newslit.case.writer import NewArticle, parse_date, slugify, write_case
from newslit.cli import main

PASTED_PAGE = """Home | News | Local
Council closes library on Sundays

By Ana Ruiz
June 3, 2024

The council voted 5 to 2 to close the library on Sundays. The change saves $40,000 a year.
Advertisement
Share this article
Sign up for our weekly newsletter
"Libraries are for everyone," said one resident.
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023-06-07", dt.date(2023, 6, 7)),
        ("June 7, 2023 7:05 am ET", dt.date(2023, 6, 7)),
        ("14 March 2025", dt.date(2025, 3, 14)),
        ("2023-02-30", None),
        ("no date", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "name, taken, slug",
    [("The Daily Yell!", set(), "the-daily-yell"), ("!!!", set(), "article"), ("AFP", {"afp"}, "afp-2")],
)
def test_slugify(name, taken, slug):
    assert slugify(name, taken) == slug


def test_newslit_new_scaffolds_a_case_that_passes_check(tmp_path, capsys):
    source = tmp_path / "texts"
    source.mkdir()
    (source / "original.txt").write_text(PASTED_PAGE, encoding="utf-8")
    (source / "copy.txt").write_text("The council will close the library on Sundays, saving $40,000.", encoding="utf-8")
    assert main(["new", str(tmp_path / "case"), "--from", str(source)]) == 0
    toml = (tmp_path / "case" / "case.toml").read_text(encoding="utf-8")
    assert 'headline = "Council closes library on Sundays"' in toml and 'byline = "Ana Ruiz"' in toml
    assert "published = 2024-06-03" in toml and "# the id of the original report" in toml
    assert main(["check", str(tmp_path / "case")]) == 0


def test_newslit_new_never_overwrites_a_case_toml(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "case.toml").write_text("# mine", encoding="utf-8")
    with pytest.raises(CaseError, match="already there"):
        scaffold_case(tmp_path)
    assert (tmp_path / "case.toml").read_text() == "# mine"


def test_newslit_new_on_an_empty_folder_says_what_to_do(tmp_path, capsys):
    assert main(["new", str(tmp_path)]) == 2
    assert "no .txt files here" in capsys.readouterr().err


def test_pasted_web_page_is_cleaned_like_the_seeds(tmp_path):
    folder = write_case(
        tmp_path / "library",
        title="Library hours",
        question="What changed?",
        articles=[NewArticle("Town Courier", PASTED_PAGE), NewArticle("Radio", "The library closes on Sundays.")],
    )
    original = load_case(folder).primary
    assert [s.text for s in original.body] == [
        "The council voted 5 to 2 to close the library on Sundays.",
        "The change saves $40,000 a year.",
        '"Libraries are for everyone," said one resident.',
    ]
    assert {r.kind for r in original.removed} >= {"boilerplate", "byline", "dateline"}
    assert (folder / "town-courier.txt").read_text(encoding="utf-8") == PASTED_PAGE  # kept as pasted


def test_the_form_writer_refuses_bad_input_and_leaves_nothing_behind(tmp_path):
    with pytest.raises(CaseError) as caught:
        write_case(tmp_path / "bad", title="", question="Q?", articles=[NewArticle("", "text"), NewArticle("B", "  ")])
    text = str(caught.value)
    assert "no title" in text and "no outlet" in text and "no text" in text
    assert list(tmp_path.iterdir()) == []


def test_the_form_writer_never_overwrites_a_folder(tmp_path):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "keep.txt").write_text("mine")
    with pytest.raises(CaseError, match="already exists"):
        write_case(tmp_path / "taken", title="T", question="Q", articles=[NewArticle("A", "Text.")])
    assert (tmp_path / "taken" / "keep.txt").read_text() == "mine"


def test_a_written_case_round_trips_its_metadata(tmp_path):
    folder = write_case(
        tmp_path / "c",
        title='Quotes "inside" and \\ slashes',
        question="Q?",
        primary=1,
        articles=[
            NewArticle("Retold", "Short retelling."),
            NewArticle(
                "Original",
                "The original report.",
                headline="A headline",
                published=dt.date(2024, 1, 2),
                translated_from="de",
                kind="news",
            ),
        ],
    )
    case = load_case(folder)
    assert case.title == 'Quotes "inside" and \\ slashes'
    assert case.primary.outlet == "Original" and case.primary.published == dt.date(2024, 1, 2)
    assert case.primary.translated_from == "de" and case.primary.headline == "A headline"


def test_the_notebook_form_writes_a_case_that_loads_and_keeps_input_on_error(tmp_path):
    from newslit.views.case_form import case_form

    form = case_form(tmp_path)
    title, question, holder, add, _style, primary, save, result = form.children
    title.value = "Library hours"
    form.panels[0]["outlet"].value = "Town Courier"
    form.panels[0]["text"].value = PASTED_PAGE
    form.panels[1]["text"].value = "The library closes on Sundays."
    save.click()
    assert "Not saved yet" in result.value and "no outlet" in result.value and form.saved is None
    assert form.panels[1]["text"].value == "The library closes on Sundays."  # nothing lost
    form.panels[1]["outlet"].value = "Radio <b>One</b>"
    add.click()
    form.panels[2]["outlet"].value = "Blog"
    form.panels[2]["text"].value = "Sundays: closed."
    primary.index = 0
    save.click()
    assert "Saved and checked" in result.value and "<b>One</b>" not in result.value
    case = load_case(form.saved)
    assert [a.outlet for a in case.articles] == ["Town Courier", "Radio <b>One</b>", "Blog"]
    assert case.primary.outlet == "Town Courier"
