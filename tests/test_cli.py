"""The `newslit` command as a teacher types it."""

from __future__ import annotations

import errno
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslit.cli import main
from newslit.text.masking import MASK_CHAR, mask


def test_check_on_the_bundled_seeds_prints_a_summary(capsys):
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: Instagram and the pedophile-network investigation")
    assert "5 articles" in out and "The Wall Street Journal" in out


@pytest.mark.parametrize("command", ["check", "provenance", "figures", "framing", "new"])
def test_every_subcommand_has_help(command):
    result = subprocess.run([sys.executable, "-m", "newslit.cli", command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "usage: newslit" in result.stdout


def test_unknown_folder_exits_2_with_a_message(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err


# ---- issue 16: every output masked, never a traceback ---------------------------------------

SMALL_TOML = """\
[case]
title = "{title}"
question = "What changed?"
primary = "orig"

[[article]]
id = "orig"
file = "{file}"
outlet = "{outlet}"

[[article]]
id = "copy"
file = "copy.txt"
outlet = "The Copy"
"""
SMALL_FILES = {"orig.txt": "The council met on Monday. It voted 5 to 2.", "copy.txt": "The council met. It voted."}
INVENTED_HASHTAG = "#nsfwtest"  # made up; masked because it contains a listed stem


def small_case(make_case, title="A test case", file="orig.txt", outlet="The Original", files=SMALL_FILES):
    return make_case(SMALL_TOML.format(title=title, file=file, outlet=outlet), files)


def run_json(command, capsys, monkeypatch, show):
    if show:
        monkeypatch.setenv("NEWSLIT_SHOW_EXPLICIT", "1")
    else:
        monkeypatch.delenv("NEWSLIT_SHOW_EXPLICIT", raising=False)
    assert main([command, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def differences(shown, raw, where="") -> list[str]:
    """Where ``shown`` differs from ``raw`` other than by masking letters of a string (• for a letter)."""
    if isinstance(raw, str):
        same = isinstance(shown, str) and len(shown) == len(raw)
        if same and all(a == b or (a == MASK_CHAR and b.isalnum()) for a, b in zip(shown, raw)):
            return []
        return [where]
    if isinstance(raw, dict):
        if not isinstance(shown, dict) or list(shown) != list(raw):
            return [where]
        return [d for key in raw for d in differences(shown[key], raw[key], f"{where}.{key}")]
    if isinstance(raw, list):
        if not isinstance(shown, list) or len(shown) != len(raw):
            return [where]
        return [d for i, (a, b) in enumerate(zip(shown, raw)) for d in differences(a, b, f"{where}[{i}]")]
    return [] if shown == raw and type(shown) is type(raw) else [where]


@pytest.mark.parametrize("command", ["provenance", "framing", "figures"])
def test_json_output_masks_explicit_terms_and_changes_nothing_else(command, capsys, monkeypatch):
    raw = run_json(command, capsys, monkeypatch, show=True)
    shown = run_json(command, capsys, monkeypatch, show=False)
    assert differences(shown, raw) == []  # same records, keys, numbers and offsets; only letters masked
    text = json.dumps(shown, ensure_ascii=False)
    assert mask(text, show_explicit=False) == text  # nothing left to mask
    if command != "figures":  # the seed's explicit hashtags are quoted in these sentences
        assert "preteensex" in json.dumps(raw) and "preteensex" not in text
        for record in shown:  # offsets still point at the sentence in the file
            assert record["end"] - record["start"] >= len(record["sentence"].strip()) > 0


def test_tables_and_check_mask_explicit_terms(make_case, capsys, monkeypatch):
    monkeypatch.delenv("NEWSLIT_SHOW_EXPLICIT", raising=False)
    assert main(["framing"]) == 0
    table = capsys.readouterr().out
    assert "preteensex" not in table and "pedowhore" not in table and MASK_CHAR in table
    folder = small_case(make_case, title=f"Sellers using {INVENTED_HASHTAG}", outlet=f"{INVENTED_HASHTAG} weekly")
    assert main(["check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "nsfwtest" not in out and "#n•••••••" in out
    monkeypatch.setenv("NEWSLIT_SHOW_EXPLICIT", "1")
    assert main(["check", str(folder)]) == 0
    assert INVENTED_HASHTAG in capsys.readouterr().out


@pytest.fixture
def unreadable(monkeypatch):
    """``unreadable(path)``: the file cannot be opened (permissions; for root, who ignores them, refused the same way)."""

    def make(path: Path) -> Path:
        path.chmod(0)
        try:
            path.read_bytes()
        except PermissionError:
            return path
        real_open = Path.open

        def refusing(self, *args, **kwargs):
            if self.resolve() == path.resolve():
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refusing)
        return path

    return make


def symlink_loop(make_case, unreadable):
    folder = small_case(make_case, file="loop.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    return folder, "loop.txt", "loops back on itself"


def nul_in_file_name(make_case, unreadable):
    return small_case(make_case, file="orig\\u0000.txt"), "case.toml", "control character"


def long_file_name(make_case, unreadable):
    return small_case(make_case, file="x" * 300 + ".txt"), "case.toml", "byte limit"


def unreadable_article(make_case, unreadable):
    folder = small_case(make_case)
    unreadable(folder / "orig.txt")
    return folder, "orig.txt", "permission denied"


def unreadable_case_toml(make_case, unreadable):
    folder = small_case(make_case)
    unreadable(folder / "case.toml")
    return folder, "case.toml", "permission denied"


def deeply_nested_toml(make_case, unreadable):
    folder = small_case(make_case)
    with (folder / "case.toml").open("a", encoding="utf-8") as toml:
        toml.write("deep = " + "[" * 5000 + "]" * 5000 + "\n")
    return folder, "case.toml", "nested too deeply"


CHECK_TRAPS = [
    symlink_loop,
    nul_in_file_name,
    long_file_name,
    unreadable_article,
    unreadable_case_toml,
    deeply_nested_toml,
]


def assert_one_clear_line(err: str, file: str, words: str) -> None:
    assert "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert line.startswith("error: ") and file in line and words in line and " — " in line, line


@pytest.mark.parametrize("trap", CHECK_TRAPS, ids=lambda t: t.__name__)
def test_check_gives_one_line_not_a_traceback(trap, make_case, unreadable, capsys):
    folder, file, words = trap(make_case, unreadable)
    assert main(["check", str(folder)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_clear_line(captured.err, file, words)


def source_with_a_folder_named_txt(tmp_path, read_only):
    (tmp_path / "src" / "x.txt").mkdir(parents=True)
    return tmp_path / "out", "x.txt", "a folder"


def source_with_a_fifo(tmp_path, read_only):
    (tmp_path / "src").mkdir()
    os.mkfifo(tmp_path / "src" / "x.txt")
    return tmp_path / "out", "x.txt", "named pipe"


def dir_is_a_file(tmp_path, read_only):
    (tmp_path / "src").mkdir()
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    return tmp_path / "out", "out", "a file, not a folder"


def dir_not_writable(tmp_path, read_only):
    (tmp_path / "src").mkdir()
    read_only(tmp_path / "out")  # created by the caller
    return tmp_path / "out", "out", "cannot write"


NEW_TRAPS = [source_with_a_folder_named_txt, source_with_a_fifo, dir_is_a_file, dir_not_writable]


@pytest.mark.parametrize("trap", NEW_TRAPS, ids=lambda t: t.__name__)
def test_new_gives_one_line_not_a_traceback(trap, tmp_path, read_only, capsys):
    if trap is dir_not_writable:
        (tmp_path / "out").mkdir()
    target, file, words = trap(tmp_path, read_only)
    (tmp_path / "src" / "a.txt").write_text("The council met on Monday. It voted.", encoding="utf-8")
    assert main(["new", str(target), "--from", str(tmp_path / "src")]) == 2
    assert_one_clear_line(capsys.readouterr().err, file, words)


def test_new_recovers_once_the_bad_file_is_fixed(tmp_path, capsys):
    source = tmp_path / "texts"
    source.mkdir()
    (source / "original.txt").write_text("The council met on Monday. It voted 5 to 2.", encoding="utf-8")
    (source / "copy.txt").write_bytes(b"PK\x03\x04\x00\x00 a zip, not text")
    assert main(["new", str(tmp_path / "case"), "--from", str(source)]) == 2
    assert f"{source / 'copy.txt'}:1: binary file" in capsys.readouterr().err  # named where it can be fixed
    assert not (tmp_path / "case").exists() and [p.name for p in tmp_path.iterdir()] == ["texts"]
    (source / "copy.txt").write_text("The council met. It voted.", encoding="utf-8")
    assert main(["new", str(tmp_path / "case"), "--from", str(source)]) == 0
    assert main(["check", str(tmp_path / "case")]) == 0


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED=1", "PYTHONUNBUFFERED-unset"])
def test_output_piped_into_head_stops_quietly(unbuffered):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env.update({"PYTHONUNBUFFERED": "1"} if unbuffered else {})
    command = f"{shlex.quote(sys.executable)} -m newslit.cli framing --json | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env)
    assert result.stdout == "[\n"
    assert result.stderr == "" and result.returncode == 0


def test_a_terminal_that_cannot_show_the_text_gets_one_line(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    env.pop("NEWSLIT_SHOW_EXPLICIT", None)
    result = subprocess.run([sys.executable, "-m", "newslit.cli", "framing"], capture_output=True, text=True, env=env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: <output>: the terminal cannot show some characters")


def test_an_unexpected_error_is_one_line_and_exit_2(monkeypatch, capsys):
    from newslit.analysis.framing import records

    def broken(case):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(records, "framing_records", broken)
    assert main(["framing"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("error: ") and "something nobody foresaw" in err


def test_a_slow_case_is_announced_before_the_analysis_starts(make_case, monkeypatch, capsys):
    from newslit.analysis import readiness
    from newslit.analysis.framing import records

    folder = small_case(make_case)
    monkeypatch.setattr(readiness, "SLOW_PAIRS", 1)
    said_before = []

    def engine(case):
        said_before.append(capsys.readouterr().err)
        return []

    monkeypatch.setattr(records, "framing_records", engine)
    assert main(["framing", str(folder), "--json"]) == 0
    assert said_before[0].startswith("warning: case/case.toml: a large case") and "take" in said_before[0]
    assert main(["check", str(folder)]) == 0
    assert "warning: case/case.toml: a large case" in capsys.readouterr().err


def _reject_constant(name):
    raise ValueError(f"not strict JSON: {name}")


CASE_TOML = """[case]
title = "Any text"
question = "Does the figures command print strict JSON?"
primary = "primary"

[[article]]
id = "primary"
file = "primary.txt"
outlet = "The release"

[[article]]
id = "retelling"
file = "retelling.txt"
outlet = "An outlet"
"""

_NUMBERISH = st.text(alphabet="0123456789 ,.½%$mkKbn\u00a0\u202f\u2009-", min_size=1, max_size=60)
_SENTENCE = st.builds(
    lambda words, number, noun: f"{words} {number} {noun}.",
    st.sampled_from(["The release counted", "Officials said nearly", "It rose to", "Roughly"]),
    st.one_of(_NUMBERISH, st.sampled_from(["9" * 400, "1" * 310 + ".5", "six figures", "1.234,5", "48 210"])),
    st.sampled_from(["deaths", "people", "percent of cases", "dollars", ""]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SENTENCE, min_size=1, max_size=4), st.lists(_SENTENCE, min_size=1, max_size=4))
def test_figures_json_is_strict_json_whatever_the_input(primary, retelling):
    import contextlib
    import io
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        case = Path(folder)
        (case / "case.toml").write_text(CASE_TOML, encoding="utf-8")
        (case / "primary.txt").write_text("Headline\n\n" + " ".join(primary) + "\n", encoding="utf-8")
        (case / "retelling.txt").write_text("Headline\n\n" + " ".join(retelling) + "\n", encoding="utf-8")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["figures", str(case), "--json"]) == 0
    records = json.loads(out.getvalue(), parse_constant=_reject_constant)
    assert isinstance(records, list)


def test_json_output_never_prints_infinity():
    from newslit.cli import to_json_lines

    text = to_json_lines([{"value": float("inf"), "nested": [float("nan"), {"x": -float("inf")}]}])
    assert json.loads(text, parse_constant=_reject_constant) == [{"value": None, "nested": [None, {"x": None}]}]
