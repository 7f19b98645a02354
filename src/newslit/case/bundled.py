"""Where the seed case and the lessons that come with newslit are.

The repository keeps them at its top, in ``seeds/`` and ``notebooks/``. A built wheel
carries a copy inside the package, in ``newslit/bundled/`` (``setup.py`` copies it at
build time). An editable install (``make setup``) has no copy, so it reads the
repository's own folders, found by walking up from this file.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # the installed newslit/ folder
PACKAGED = PACKAGE / "bundled"


def checkout_root() -> Path | None:
    """The repository this package runs from (an editable install), or None when installed from a wheel."""
    for parent in PACKAGE.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "seeds" / "case.toml").is_file():
            return parent
    return None


def bundled(name: str) -> Path:
    """The folder ``name`` (``"seeds"`` or ``"notebooks"``) that comes with this newslit.

    The copy inside the package when there is one, else the repository's own folder.
    The path is returned even when neither exists; the caller reports it.
    """
    if (PACKAGED / name).is_dir():
        return PACKAGED / name
    root = checkout_root()
    return root / name if root is not None else PACKAGED / name


def inside_package(path: Path) -> bool:
    """Whether ``path`` is in the installed package's own folder (never a place for a learner's files)."""
    path = Path(path).resolve()
    return path == PACKAGE or PACKAGE in path.parents
