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


def test_the_table_shows_the_validation_case_on_its_own_line():
    row = {m: 0.5 for m in evaluation.METRICS} | {"prov_n": 2, "figures_n": 2, "accus_n": 2, "pol_n": 2, "errors": []}
    table = evaluation.table({"seeds": row, "frozen": row}, "frozen")
    lines = table.splitlines()
    assert any("validation" in line for line in lines)
    assert lines.index(next(line for line in lines if line.startswith("frozen"))) > 3
