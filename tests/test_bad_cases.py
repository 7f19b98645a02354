"""Every way a hand-made case can be wrong gives one clear message and loads nothing.

Each case is checked twice: through ``load_case`` (the message names the file, the line
where there is one, and how to fix it) and through ``newslit check`` (exit code 2).
"""

from __future__ import annotations

import hashlib
import os

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
    "UTF-16 article": (
        GOOD_TOML,
        {**GOOD_FILES, "copy.txt": "The council met. It voted.".encode("utf-16")},
        "case/copy.txt",
        None,
        "saved as UTF-16 text, not UTF-8",
    ),
    "UTF-16 article without a byte-order mark": (
        GOOD_TOML,
        {**GOOD_FILES, "copy.txt": "The council met. It voted.".encode("utf-16-le")},
        "case/copy.txt",
        None,
        "save it again with the encoding UTF-8",
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


# ---- issue 16: messages that said the wrong thing -------------------------------------------

CHINESE_ARTICLE = (
    "研究人员发现，推荐系统连接了大量账户。这些账户出售非法内容！公司表示正在处理？\n\n记者联系了公司。公司没有回应。\n"
)
ONLY_HEADINGS = "Council meets\nA vote on Monday\nFive to two\n"  # no line ends a sentence


def test_a_named_pipe_is_called_a_named_pipe_and_never_read(make_case, capsys):
    folder = make_case(GOOD_TOML, {"orig.txt": GOOD_FILES["orig.txt"]})
    os.mkfifo(folder / "copy.txt")  # opening it to read would wait forever
    assert main(["check", str(folder)]) == 2
    assert "error: case/copy.txt: this is a named pipe (FIFO), not a text file" in capsys.readouterr().err


def test_a_byte_order_mark_in_case_toml_is_accepted(make_case):
    folder = make_case("", GOOD_FILES)
    (folder / "case.toml").write_bytes(b"\xef\xbb\xbf" + GOOD_TOML.encode("utf-8"))  # as Windows Notepad saves it
    assert load_case(folder).title == "A test case"


def test_an_upper_case_sha256_is_accepted_and_still_checked(make_case):
    digest = hashlib.sha256(GOOD_FILES["copy.txt"].encode("utf-8")).hexdigest().upper()
    toml = with_toml('file = "copy.txt"', f'file = "copy.txt"\nsha256 = "{digest}"')
    assert load_case(make_case(toml, GOOD_FILES)).article("copy").sha256 == digest
    with pytest.raises(CaseError, match="file has changed"):
        load_case(make_case(toml, {**GOOD_FILES, "copy.txt": "The council met. It voted twice."}, name="changed"))


def test_chinese_text_is_split_on_its_full_stops(make_case):
    case = load_case(make_case(GOOD_TOML, {**GOOD_FILES, "copy.txt": CHINESE_ARTICLE}))
    assert [s.text for s in case.article("copy").body] == [
        "研究人员发现，推荐系统连接了大量账户。",
        "这些账户出售非法内容！",
        "公司表示正在处理？",
        "记者联系了公司。",
        "公司没有回应。",
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (CHINESE_ARTICLE, "5 of its 5 sentences have no word in the Latin alphabet"),
        (ONLY_HEADINGS, "no body sentences"),
    ],
    ids=["chinese", "only-headings"],
)
def test_check_warns_when_an_article_gives_no_sentences_the_analyses_can_use(make_case, capsys, text, words):
    assert main(["check", str(make_case(GOOD_TOML, {**GOOD_FILES, "copy.txt": text}))]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("ok: ")
    (warning,) = captured.err.strip().splitlines()
    assert warning.startswith("warning: case/copy.txt: ") and words in warning and " — " in warning


def test_the_seed_case_gets_no_warning(capsys):
    assert main(["check"]) == 0
    assert capsys.readouterr().err == ""
