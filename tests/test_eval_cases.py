"""Which cases `make eval` reads: every validation case named in tests/cases/VALIDATION is left out with --dev.

Runs nothing against a key (tests/test_eval.py does that): only the list of cases, on a
folder of empty cases made here.
"""

from __future__ import annotations

import importlib.util

from conftest import REPO

_SPEC = importlib.util.spec_from_file_location("newslit_eval_cases", REPO / "bench" / "eval.py")
evaluation = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(evaluation)


def _cases(tmp_path, names, validation_text):
    for name in names:
        (tmp_path / name / "key").mkdir(parents=True)
    (tmp_path / "VALIDATION").write_text(validation_text, encoding="utf-8")
    return tmp_path


def test_every_listed_validation_case_comes_last_and_dev_leaves_them_all_out(tmp_path, monkeypatch):
    cases = _cases(tmp_path, ["alpha", "frozen-one", "beta", "frozen-two"], "frozen-one\n\nfrozen-two\n")
    monkeypatch.setattr(evaluation, "CASES", cases)
    assert evaluation.validation_names() == ["frozen-one", "frozen-two"]
    assert [name for name, _ in evaluation.case_folders()] == ["seeds", "alpha", "beta", "frozen-one", "frozen-two"]
    assert [name for name, _ in evaluation.case_folders(dev_only=True)] == ["seeds", "alpha", "beta"]


def test_one_name_without_a_newline_still_works(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluation, "CASES", _cases(tmp_path, ["alpha", "frozen"], "frozen"))
    assert evaluation.validation_names() == ["frozen"]
    assert [name for name, _ in evaluation.case_folders(dev_only=True)] == ["seeds", "alpha"]
