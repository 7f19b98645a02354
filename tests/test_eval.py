"""`make eval` against its floors: every case with a key stays at or above the numbers in bench/eval_floors.csv.

The evaluation itself is bench/eval.py (one run of the three engines per case, compared
with the case's blind key); this test fails when a change to a rule makes a case worse.
"""

from __future__ import annotations

import importlib.util

import pytest

from conftest import REPO

_SPEC = importlib.util.spec_from_file_location("newslit_eval", REPO / "bench" / "eval.py")
evaluation = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(evaluation)

FLOORS = evaluation.read_floors()
FOLDERS = dict(evaluation.case_folders())


@pytest.mark.parametrize("case", sorted(FLOORS))
def test_each_case_stays_at_or_above_its_floor(case):
    if case not in FOLDERS:
        pytest.skip(f"{case} is not in tests/cases/ on this branch")
    measured = evaluation.evaluate(FOLDERS[case])
    below = {
        metric: (measured[metric], floor)
        for metric, floor in FLOORS[case].items()
        if measured[metric] is None or measured[metric] < floor - 1e-9
    }
    assert not below, f"{case}: (measured, floor) {below}\n" + "\n".join(measured["errors"][:20])


def test_every_case_with_a_key_has_floors():
    assert set(FOLDERS) <= set(FLOORS), "a case with a key has no floor in bench/eval_floors.csv"


def test_the_table_shows_each_validation_case_after_the_development_cases():
    row = {m: 0.5 for m in evaluation.METRICS} | {"prov_n": 2, "figures_n": 2, "accus_n": 2, "pol_n": 2, "errors": []}
    results = {"seeds": row, "frozen": row, "dev-case": row, "also-frozen": row}
    lines = evaluation.table(results, ["frozen", "also-frozen"]).splitlines()
    names = [line.split()[0] for line in lines[2:-1] if not line.startswith("-")]
    assert names == ["seeds", "dev-case", "frozen", "also-frozen"]
    assert [line for line in lines if line.split()[0] in ("frozen", "also-frozen")] == [
        line for line in lines if "(validation)" in line
    ]
    assert sum("validation (frozen rules)" in line for line in lines) == 1
