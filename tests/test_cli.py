"""The `newslit` command as a teacher types it."""

from __future__ import annotations

import subprocess
import sys

import pytest

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
