"""The package's shape: folders by idea, views kept apart from analysis, a light public API."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from conftest import REPO

PACKAGE = REPO / "src" / "newslit"
FOLDERS = ["case", "text", "analysis", "analysis/framing", "analysis/figures", "learners", "lessons", "views"]
DRAWING = ("ipywidgets", "matplotlib", "newslit.views", "newslit.lessons")
PUBLIC = ["load_case", "provenance_records", "framing_records", "figure_records", "fact_coverage", "voice_records"]


def imported_modules(path):
    """Every module a file imports, at the top or inside a function."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            if node.module == "newslit":  # "from newslit import views"
                yield from (f"newslit.{alias.name}" for alias in node.names)


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_idea_has_its_package(folder):
    assert (PACKAGE / folder / "__init__.py").is_file()
    assert (PACKAGE / folder / "__init__.py").read_text(encoding="utf-8").startswith('"""'), "says what it holds"


def test_no_module_sits_loose_but_the_command_and_handouts():
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "cli.py", "handouts.py"]


def test_nothing_outside_views_and_lessons_draws():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        part = path.relative_to(PACKAGE).parts[0]
        if part in ("views", "lessons"):
            continue
        for module in imported_modules(path):
            if module.startswith(DRAWING):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_analysis_never_imports_learners():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in sorted((PACKAGE / "analysis").rglob("*.py"))
        for module in imported_modules(path)
        if module.startswith("newslit.learners")
    ]
    assert offenders == []


def test_the_public_api_loads_no_heavy_library():
    code = (
        "import sys, newslit\n"
        f"from newslit import {', '.join(PUBLIC)}\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'matplotlib', 'ipywidgets'})\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_public_api_runs_on_the_seeds(seed_case):
    import newslit

    assert sorted(newslit.__all__) == sorted({*PUBLIC, "Article", "Case", "CaseError", "Problem", "Sentence"})
    assert newslit.provenance_records(seed_case)[0]["label"] in ("copied", "reworded", "added")
