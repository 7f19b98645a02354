"""Errors a teacher can act on: what is wrong, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a case.

    Parameters
    ----------
    file : str
        The file the problem is in, as the user would name it (relative to the case
        folder's parent where possible).
    what : str
        What is wrong, in plain words.
    fix : str
        How to fix it.
    line : int or None
        1-based line number in ``file`` when the problem has one.
    """

    file: str
    what: str
    fix: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"error: {where}: {self.what} — {self.fix}"


class CaseError(Exception):
    """Raised when a case folder cannot be loaded; carries every problem found.

    Nothing is ever half-loaded: when this is raised, no ``Case`` exists.
    """

    def __init__(self, problems: list[Problem]):
        if not problems:
            raise ValueError("CaseError needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def _repr_html_(self) -> str:
        """The problems as a red box: what a notebook shows instead of a traceback (see :func:`show_in_notebooks`)."""
        from html import escape

        items = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in self.problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        return (
            '<div role="alert" style="border:2px solid #b00020;padding:.6em 1em;'
            'border-radius:6px;background:#fff4f4;color:#3a0008">'
            f"<strong>This case could not be loaded ({count} {noun}).</strong>"
            f"<ul>{items}</ul>Fix these and run the cell again.</div>"
        )


def display_path(path: Path, case_dir: Path | None = None) -> str:
    """Name ``path`` the way a user typed the case folder: ``seeds/case.toml``."""
    path = Path(path)
    if case_dir is not None:
        try:
            return str(Path(case_dir.name) / path.resolve().relative_to(case_dir.resolve()))
        except ValueError:
            pass
    return str(path)


def show_in_notebooks() -> bool:
    """In a Jupyter kernel, show a :class:`CaseError` raised by a cell as its red box, not a traceback.

    Registers an IPython handler for this one exception type (other errors keep their
    usual display, and an existing custom handler is left alone). Returns True when the
    handler is in place, False outside IPython.
    """
    import sys

    ipython_module = sys.modules.get("IPython")
    shell = ipython_module.get_ipython() if ipython_module else None
    if shell is None or getattr(shell, "custom_exceptions", ()) not in ((), (CaseError,)):
        return False

    def handler(shell, etype, value, tb, tb_offset=None):
        from IPython.display import HTML, display

        display(HTML(value._repr_html_()))
        print(str(value))  # the same problems as text, for a screen reader or a printout
        return None

    shell.set_custom_exc((CaseError,), handler)
    return True
