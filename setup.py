"""Build hook: put the seed case and the lessons inside the package when a wheel is built.

``seeds/`` and ``notebooks/`` stay at the top of the repository, where teachers and
authors edit them. A wheel (``pip install .``, ``make dist``, or a wheel built from the
sdist) copies them into ``newslit/bundled/`` so an installed newslit carries its own case
and lessons. An editable install (``make setup``) copies nothing: the package then reads
the repository's own folders (``newslit.case.bundled``). Everything else about the
package is in ``pyproject.toml``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# folder -> the files of it that ship; a learner's answers/ or a checkpoint never does.
BUNDLED = {"seeds": ["*.txt", "*.toml", "*.md", "key/*.csv", "key/*.md"], "notebooks": ["*.ipynb", "teacher/*.ipynb"]}


def clean_notebook(text: str) -> str:
    """A notebook with no outputs, execution counts or widget state (a developer's run never ships)."""
    notebook = json.loads(text)
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"], cell["execution_count"] = [], None
    notebook.get("metadata", {}).pop("widgets", None)
    return json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def copy_bundled(source_root: Path, target: Path) -> list[Path]:
    """Copy the shipped files of ``seeds/`` and ``notebooks/`` into ``target``; return the files written."""
    written = []
    for folder, patterns in BUNDLED.items():
        found = sorted({p for pattern in patterns for p in (source_root / folder).glob(pattern) if p.is_file()})
        if not found:
            raise SystemExit(f"error: {source_root / folder}: nothing to bundle; build from a full checkout or sdist")
        shutil.rmtree(target / folder, ignore_errors=True)
        for path in found:
            out = target / folder / path.relative_to(source_root / folder)
            out.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".ipynb":
                out.write_text(clean_notebook(path.read_text(encoding="utf-8")), encoding="utf-8")
            else:
                shutil.copyfile(path, out)
            written.append(out)
    return written


class build_py_with_bundle(build_py):
    """``build_py``, then the case and lessons copied into ``newslit/bundled/`` (not in editable mode)."""

    def run(self):
        super().run()
        if not getattr(self, "editable_mode", False):
            self.bundled = copy_bundled(HERE, Path(self.build_lib) / "newslit" / "bundled")

    def get_outputs(self, *args, **kwargs):
        return [*super().get_outputs(*args, **kwargs), *map(str, getattr(self, "bundled", []))]


setup(cmdclass={"build_py": build_py_with_bundle})
