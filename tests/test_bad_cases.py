"""Every way a hand-made case can be wrong gives one clear message and loads nothing.

Each case is checked twice: through ``load_case`` (the message names the file, the line
where there is one, and how to fix it) and through ``newslit check`` (exit code 2).
"""

from __future__ import annotations

import pytest

from newslit import CaseError, load_case
from newslit.cli import main

GOOD_TOML = """\
[case]
title = "A test case"
question = "What changed?"
primary = "orig"

[[article]]
id = "orig"
file = "orig.txt"
outlet = "The Original"
published = 2024-01-02

[[article]]
id = "copy"
file = "copy.txt"
outlet = "The Copy"
"""
GOOD_FILES = {"orig.txt": "The council met on Monday. It voted 5 to 2.", "copy.txt": "The council met. It voted."}


def with_toml(old: str, new: str) -> str:
    assert old in GOOD_TOML
    return GOOD_TOML.replace(old, new, 1)


# name -> (toml, files, file named in the message, line or None, words the message must contain)
BAD_CASES = {
    "no case.toml": (None, GOOD_FILES, "case/case.toml", None, "no case.toml"),
    "malformed TOML": (
        with_toml('title = "A test case"', 'title = "A test case'),
        GOOD_FILES,
        "case/case.toml",
        2,
        "malformed TOML",
    ),
    "unknown key with a near miss": (
        with_toml('outlet = "The Copy"', 'outlett = "The Copy"\noutlet = "The Copy"'),
        GOOD_FILES,
        "case/case.toml",
        15,
        'did you mean "outlet"',
    ),
    "missing required key": (
        with_toml('outlet = "The Copy"\n', ""),
        GOOD_FILES,
        "case/case.toml",
        12,
        'has no "outlet"',
    ),
    "duplicate id": (with_toml('id = "copy"', 'id = "orig"'), GOOD_FILES, "case/case.toml", 13, 'duplicate id "orig"'),
    "bad id": (
        with_toml('id = "copy"', 'id = "The Copy!"').replace('primary = "orig"', 'primary = "orig"'),
        GOOD_FILES,
        "case/case.toml",
        13,
        'bad id "The Copy!"',
    ),
    "primary names no article": (
        with_toml('primary = "orig"', 'primary = "orign"'),
        GOOD_FILES,
        "case/case.toml",
        4,
        'did you mean "orig"',
    ),
    "more than one [case]": (
        GOOD_TOML + '\n[case]\ntitle = "again"\n',
        GOOD_FILES,
        "case/case.toml",
        17,
        "more than one [case]",
    ),
    "missing file": (
        with_toml('file = "copy.txt"', 'file = "kopy.txt"'),
        GOOD_FILES,
        "case/kopy.txt",
        None,
        "file not found",
    ),
    "file outside the case folder": (
        with_toml('file = "copy.txt"', 'file = "../copy.txt"'),
        GOOD_FILES,
        "case/case.toml",
        14,
        "outside the case folder",
    ),
    "empty file": (GOOD_TOML, {**GOOD_FILES, "copy.txt": "  \n\n"}, "case/copy.txt", None, "file is empty"),
    "binary file": (
        GOOD_TOML,
        {**GOOD_FILES, "copy.txt": b"PK\x03\x04\x00\x00binary"},
        "case/copy.txt",
        1,
        "binary file",
    ),
    "not UTF-8": (
        GOOD_TOML,
        {**GOOD_FILES, "copy.txt": "Caf\xe9 one.\nLine two \xe9.".encode("latin-1")},
        "case/copy.txt",
        1,
        "byte 0xe9 at byte 3",
    ),
    "bad date": (
        with_toml("published = 2024-01-02", 'published = "2nd January"'),
        GOOD_FILES,
        "case/case.toml",
        10,
        "is not a date",
    ),
    "date in quotes": (
        with_toml("published = 2024-01-02", 'published = "2024-01-02"'),
        GOOD_FILES,
        "case/case.toml",
        10,
        "remove the quotes",
    ),
    "huge file": (
        GOOD_TOML,
        {**GOOD_FILES, "copy.txt": "word " * 500_000},
        "case/copy.txt",
        None,
        "over the 2,000,000-byte limit",
    ),
    "file changed since the checksum": (
        with_toml('file = "copy.txt"', 'file = "copy.txt"\nsha256 = "' + "0" * 64 + '"'),
        GOOD_FILES,
        "case/copy.txt",
        None,
        "file has changed",
    ),
    "only page furniture": (
        GOOD_TOML,
        {**GOOD_FILES, "copy.txt": "PHOTO: SOMEONE\nAdvertisement\n"},
        "case/copy.txt",
        None,
        "no article text left",
    ),
}


@pytest.mark.parametrize("name", BAD_CASES)
def test_bad_case_gives_one_clear_message(make_case, name):
    toml, files, file_named, line, words = BAD_CASES[name]
    folder = make_case(toml if toml is not None else "", files)
    if toml is None:
        (folder / "case.toml").unlink()
    with pytest.raises(CaseError) as caught:
        load_case(folder)
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 1, messages
    where = file_named if line is None else f"{file_named}:{line}"
    assert messages[0].startswith(f"error: {where}: "), messages[0]
    assert words in messages[0]
    assert " — " in messages[0]  # every message says how to fix it


@pytest.mark.parametrize("name", BAD_CASES)
def test_newslit_check_exits_2_and_names_the_file(make_case, name, capsys):
    toml, files, file_named, _, words = BAD_CASES[name]
    folder = make_case(toml if toml is not None else "", files)
    if toml is None:
        (folder / "case.toml").unlink()
    assert main(["check", str(folder)]) == 2
    captured = capsys.readouterr()
    assert file_named in captured.err and words in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_several_problems_are_all_reported_at_once(make_case):
    toml = with_toml('outlet = "The Copy"', 'outlett = "The Copy"').replace('primary = "orig"', 'primary = "nope"')
    with pytest.raises(CaseError) as caught:
        load_case(make_case(toml, GOOD_FILES))
    text = str(caught.value)
    assert 'unknown key "outlett"' in text and 'has no "outlet"' in text and 'primary "nope"' in text


def test_the_error_shows_as_a_readable_box_in_a_notebook(make_case):
    with pytest.raises(CaseError) as caught:
        load_case(make_case(GOOD_TOML, {**GOOD_FILES, "copy.txt": ""}))
    html = caught.value._repr_html_()
    assert "could not be loaded" in html and "file is empty" in html and "<script" not in html


def test_a_good_case_loads(make_case):
    case = load_case(make_case(GOOD_TOML, GOOD_FILES))
    assert case.primary.id == "orig" and [a.id for a in case.derivatives] == ["copy"]


@pytest.mark.notebook
def test_a_notebook_shows_a_case_that_cannot_load_as_its_problems_not_a_traceback(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    cell = nbformat.v4.new_code_cell(f"from newslit import load_case\ncase = load_case({str(tmp_path / 'nope')!r})")
    notebook = nbformat.v4.new_notebook(cells=[cell])
    NotebookClient(notebook, timeout=120, kernel_name="python3", allow_errors=True).execute()
    kinds = [output.output_type for output in cell.outputs]
    assert "error" not in kinds, "a traceback reached the learner"
    html = next(o.data["text/html"] for o in cell.outputs if o.output_type == "display_data")
    assert "This case could not be loaded" in html and "no such folder" in html
