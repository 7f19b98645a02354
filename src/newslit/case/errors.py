"""Errors a teacher can act on: what is wrong, where, and how to fix it."""

from __future__ import annotations

import errno
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
    level : str
        ``"error"`` (the case cannot be used) or ``"warning"`` (it can, but a teacher
        should know: see :mod:`newslit.analysis.readiness`).
    """

    file: str
    what: str
    fix: str
    line: int | None = None
    level: str = "error"

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{self.level}: {where}: {self.what} — {self.fix}"


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
        except (ValueError, OSError, RuntimeError):  # outside the folder, or a link loop (RuntimeError in 3.11)
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


# errno -> (what is wrong, how to fix it), for files the operating system refused.
_OS_ERRORS = {
    errno.EACCES: ("permission denied", "make it readable and writable for you (chmod u+rw), or use a copy you own"),
    errno.EPERM: ("the system does not allow this", "use a copy of the file or folder that you own"),
    errno.EROFS: ("on a read-only disk", "copy it to a folder you can write to"),
    errno.ELOOP: (
        "a symbolic link that loops back on itself",
        "point the link at the real file, or copy the text itself into the case folder",
    ),
    errno.ENAMETOOLONG: ("the name is too long for the file system", "use a shorter file name (under 200 characters)"),
    errno.ENOSPC: ("the disk is full", "free some space and run the command again"),
    errno.EISDIR: ("this is a folder, not a file", "give the path of a file"),
    errno.ENOTDIR: ("part of this path is a file, not a folder", "check the path"),
    errno.ENOENT: ("not found", "check the path"),
    errno.EEXIST: ("already exists", "choose another name, or move the old one away"),
}


def os_problem(file: str, error: OSError) -> Problem:
    """A :class:`Problem` for a file the operating system refused, in plain words.

    ``error`` is any ``OSError``; its errno picks the words (permission denied, a link
    loop, a name too long, a full disk, ...), else its own message is used.
    """
    what, fix = _OS_ERRORS.get(
        error.errno, ((error.strerror or str(error) or type(error).__name__).lower(), "check the path and try again")
    )
    return Problem(file, what, fix)
