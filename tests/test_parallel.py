"""A large case is worked on every core: the same records as in one process, in the same order.

Every text here is the seed case's, copied many times over, so the test needs no large
case of its own: 48 retellings, with the threshold lowered to 10, go over two processes.
The runs that fork do so in a fresh Python process: the work is spread only from a process
with one thread, and the test process has others by then (browser tests, Jupyter servers).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib

import pytest

from newslit.analysis import parallel

from conftest import SEEDS

SPREADS = sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) > 1
needs_two_cores = pytest.mark.skipif(not SPREADS, reason="one core, or not Linux: the work is never spread")

# Run in a fresh process: prints "same" when two processes give the records of one.
SAME_RECORDS = """
import os, sys
from newslit import load_case
from newslit.analysis import parallel
from newslit.analysis.figures.records import figure_records
from newslit.analysis.framing.records import framing_records
from newslit.analysis.provenance import provenance_records

def engines(case):
    records = provenance_records(case)
    return records, framing_records(case, provenance=records), figure_records(case, provenance=records)

case = load_case(sys.argv[1])
os.environ["NEWSLIT_WORKERS"] = "1"
alone = engines(case)
os.environ["NEWSLIT_WORKERS"] = "2"
parallel.PARALLEL_FROM = 10
assert parallel.workers(len(case.derivatives)) == 2, "not spread"
print("same" if engines(case) == alone else "different", len({r["article"] for r in alone[0]}))
"""

# Run in a fresh process: the other process is killed halfway through its run.
KILLED = """
import os, signal
from newslit.analysis import parallel
parallel.PARALLEL_FROM = 2
os.environ["NEWSLIT_WORKERS"] = "2"
here = os.getpid()

def work(n):
    if n == 8 and os.getpid() != here:
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n

assert parallel.workers(10) == 2, "not spread"
print(parallel.map_in_order(work, list(range(10))))
"""


def run_alone(code: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


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
    return tmp_path


@needs_two_cores
def test_the_records_are_the_same_over_two_processes_as_in_one(many_retellings):
    assert run_alone(SAME_RECORDS, str(many_retellings)) == "same 48"


@needs_two_cores
def test_a_process_that_dies_loses_nothing_and_nothing_waits_forever():
    assert run_alone(KILLED) == str([n * n for n in range(10)])


def test_a_small_case_stays_in_one_process(seed_case):
    assert parallel.workers(len(seed_case.derivatives)) == 1


def test_a_process_with_other_threads_never_forks(monkeypatch):
    monkeypatch.setenv("NEWSLIT_WORKERS", "2")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 3)  # as in a Jupyter kernel
    assert parallel.workers(10_000) == 1


def test_an_error_in_the_work_is_raised_here(monkeypatch):
    monkeypatch.setenv("NEWSLIT_WORKERS", "2")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)

    def work(n):
        if n == 7:
            raise ValueError("article 7 is bad")
        return n * n

    with pytest.raises(ValueError, match="article 7"):
        parallel.map_in_order(work, list(range(10)))
    assert parallel.map_in_order(lambda n: n * n, list(range(10))) == [n * n for n in range(10)]
