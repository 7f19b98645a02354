"""Compiled patterns kept between processes (newslit.text.compiled): the same patterns, and nothing lost."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from newslit.text import compiled

PATTERN = r"(?P<amount>\d[\d,]*)\s*(?i:per\s?cent|%)(?=\s+of\b)"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A cache folder of this test, and a store read afresh from it."""
    monkeypatch.setenv("NEWSLIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("NEWSLIT_NO_PATTERN_CACHE", raising=False)
    monkeypatch.setattr(compiled, "_STORE", None)
    monkeypatch.setattr(compiled, "_LEARNED", [0])
    monkeypatch.setattr(compiled, "_USED", set())
    return tmp_path


def _in_a_new_process(folder, code: str) -> str:
    env = {"NEWSLIT_CACHE_DIR": str(folder), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


def test_a_kept_pattern_is_the_pattern_re_compiles(folder):
    first = compiled.regex(PATTERN, re.IGNORECASE)
    assert compiled.save() and compiled.cache_file().exists()
    code = (
        "import re; from newslit.text import compiled as c; "
        f"kept = ({PATTERN!r}, int(re.IGNORECASE)) in c._store(); p = c.regex({PATTERN!r}, re.IGNORECASE); "
        f"print(kept, p == re.compile({PATTERN!r}, re.IGNORECASE), p.search('41% of homes')['amount'])"
    )
    # the second process finds it in the file, and what it builds from it is the same pattern
    assert _in_a_new_process(folder, code) == "True True 41"
    assert first == re.compile(PATTERN, re.IGNORECASE)


def test_a_damaged_file_is_compiled_afresh_and_rewritten(folder):
    path = compiled.cache_file()
    path.write_bytes(b"not a marshalled store")
    assert compiled.regex(PATTERN).search("12% of them")["amount"] == "12"
    assert compiled.save()
    assert compiled.cache_file().stat().st_size > 100


def test_a_program_this_python_rejects_is_compiled_afresh(folder):
    compiled.regex(PATTERN)
    key = (PATTERN, 0)
    flags, program, groups, groupindex, indexgroup = compiled._STORE[key]
    compiled._STORE[key] = (flags, b"\xff\xff\xff\xff" * 4, groups, groupindex, indexgroup)
    assert compiled.regex(PATTERN).search("7% of them")["amount"] == "7"


def test_turned_off_nothing_is_written(folder, monkeypatch):
    monkeypatch.setenv("NEWSLIT_NO_PATTERN_CACHE", "1")
    assert compiled.regex(PATTERN).search("3% of them")
    assert not compiled.save() and not list(folder.iterdir())


def test_a_folder_that_cannot_be_written_loses_nothing_but_the_time(folder, monkeypatch):
    blocked = folder / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("NEWSLIT_CACHE_DIR", str(blocked / "newslit"))
    assert compiled.regex(PATTERN).search("9% of them")["amount"] == "9"
    assert compiled.save() is False


def test_a_full_file_keeps_only_the_patterns_in_use(folder, monkeypatch):
    monkeypatch.setattr(compiled, "KEEP_AT_MOST", 2)
    for n in range(4):
        compiled.regex(rf"a{{{n + 1}}}b")
    compiled._USED.clear()
    compiled.regex(r"a{2}b")  # the only one this process asks for again
    compiled._LEARNED[0] = 1
    assert compiled.save()
    code = (
        "from newslit.text import compiled as c; c._store(); print(sorted(k[0] for k in c._STORE if k[0][:2] == 'a{'))"
    )
    assert _in_a_new_process(folder, code) == "['a{2}b']"  # (and newslit's own patterns, which it uses)
