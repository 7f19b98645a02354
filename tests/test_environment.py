"""environment.yml (conda, Binder) and pyproject.toml pin the same dependencies."""

from __future__ import annotations

import re
import tomllib

from conftest import REPO


def pinned_in_pyproject() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for requirement in project["dependencies"]:
        name, version = re.fullmatch(r"([A-Za-z0-9_.-]+)==([\w.]+)", requirement.strip()).groups()
        pins[name.lower()] = version
    return pins


def pinned_in_environment() -> dict[str, str]:
    pins = {}
    for line in (REPO / "environment.yml").read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"\s*-\s*([A-Za-z0-9_.-]+)\s*=\s*([\w.]+)\s*", line)
        if match and match.group(1) != "python":
            pins[match.group(1).lower()] = match.group(2)
    return pins


def test_environment_and_pyproject_name_the_same_versions():
    assert pinned_in_environment() == pinned_in_pyproject()


def test_python_versions_agree():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env_python = re.search(r"-\s*python=([\d.]+)", (REPO / "environment.yml").read_text()).group(1)
    minimum = re.fullmatch(r">=([\d.]+)", project["requires-python"]).group(1)
    assert tuple(map(int, env_python.split("."))) >= tuple(map(int, minimum.split(".")))
