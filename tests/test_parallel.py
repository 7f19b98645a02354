"""A large case is worked on every core: the same records as in one process, in the same order.

Every text here is the seed case's, copied many times over, so the test needs no large
case of its own: 48 retellings, with the threshold lowered to 10, go over two processes.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tomllib

import pytest

from newslit import load_case
from newslit.analysis import parallel
from newslit.analysis.figures.records import figure_records
from newslit.analysis.framing.records import framing_records
from newslit.analysis.provenance import provenance_records

from conftest import SEEDS


@pytest.fixture
def many_retellings(tmp_path):
    """The seed case with each retelling copied 12 times (48 retellings), as a case folder."""
    spec = tomllib.loads((SEEDS / "case.toml").read_text(encoding="utf-8"))
    lines = [f'[case]\ntitle = "many"\nquestion = "q?"\nprimary = "{spec["case"]["primary"]}-0"\n']
    for article in spec["article"]:
        copies = 1 if article["id"] == spec["case"]["primary"] else 12
        for n in range(copies):
            name = f"{n}-{article['file']}"  # each article needs a file of its own
            shutil.copy(SEEDS / article["file"], tmp_path / name)
            lines.append(
                f'[[article]]\nid = "{article["id"]}-{n}"\nfile = "{name}"\n'
                f'outlet = "{article["outlet"]}"\nlanguage = "{article.get("language", "en")}"\n'
                f'kind = "{article.get("kind", "news")}"\n'
            )
    (tmp_path / "case.toml").write_text("\n".join(lines), encoding="utf-8")
    return load_case(tmp_path)


def engines(case):
    records = provenance_records(case)
    return records, framing_records(case, provenance=records), figure_records(case, provenance=records)


SPREADS = sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) > 1


@pytest.mark.skipif(not SPREADS, reason="one core, or not Linux: the work is never spread")
def test_the_records_are_the_same_over_two_processes_as_in_one(many_retellings, monkeypatch):
    monkeypatch.setenv("NEWSLIT_WORKERS", "1")
    alone = engines(many_retellings)
    monkeypatch.setenv("NEWSLIT_WORKERS", "2")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    assert parallel.workers(len(many_retellings.derivatives)) == 2
    assert engines(many_retellings) == alone
    assert len({r["article"] for r in alone[0]}) == 48


def test_a_small_case_stays_in_one_process(seed_case):
    assert parallel.workers(len(seed_case.derivatives)) == 1


def test_an_error_in_another_process_is_raised_here(monkeypatch):
    monkeypatch.setenv("NEWSLIT_WORKERS", "2")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)

    def work(n):
        if n == 7:
            raise ValueError("article 7 is bad")
        return n * n

    with pytest.raises(ValueError, match="article 7"):
        parallel.map_in_order(work, list(range(10)))
    assert parallel.map_in_order(lambda n: n * n, list(range(10))) == [n * n for n in range(10)]


@pytest.mark.skipif(not SPREADS, reason="one core, or not Linux: the work is never spread")
def test_a_process_that_dies_loses_nothing_and_nothing_waits_forever(monkeypatch):
    monkeypatch.setenv("NEWSLIT_WORKERS", "2")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    here = os.getpid()

    def work(n):
        if n == 8 and os.getpid() != here:  # the other process is killed halfway through its run
            os.kill(os.getpid(), signal.SIGKILL)
        return n * n

    assert parallel.map_in_order(work, list(range(10))) == [n * n for n in range(10)]


def test_a_process_with_other_threads_never_forks(monkeypatch):
    monkeypatch.setenv("NEWSLIT_WORKERS", "2")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 3)  # as in a Jupyter kernel
    assert parallel.workers(10_000) == 1
