"""The `newslit` command as a teacher types it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslit.cli import main


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
