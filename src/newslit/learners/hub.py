"""Hand out the workbook on a JupyterHub: the nbgitpuller link.

An nbgitpuller link sends a learner through the hub's login to their own server, clones the
workbook's git repository into their home (``newslit/``) the first time, and on every later
visit pulls the teacher's changes without losing the learner's: nbgitpuller keeps a
learner's edits to a notebook over the teacher's, and never touches files git does not
track. Answers live in git-ignored files (``notebooks/answers/``), so a pull never sees them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import urlencode, urlsplit

FOLDER = "newslit"  # the folder the workbook is cloned into, in each learner's home
FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"


def pull_link(
    hub_url: str,
    repo: str,
    branch: str = "main",
    *,
    open_path: str = FIRST_NOTEBOOK,
    folder: str = FOLDER,
) -> str:
    """The nbgitpuller link that hands out ``repo`` on the hub at ``hub_url``.

    Parameters
    ----------
    hub_url : str
        The hub's address, e.g. ``https://hub.school.example`` (a trailing ``/`` or a
        trailing ``/hub`` is fine).
    repo : str
        The git address every learner's server can clone (https, or a path on the hub's
        machine for The Littlest JupyterHub).
    branch : str
        The branch to hand out.
    open_path : str
        The notebook JupyterLab opens once the pull is done, relative to the workbook.

    Raises
    ------
    ValueError
        ``hub_url`` is not an http(s) address, or ``repo`` is empty; the message says how to fix it.
    """
    parts = urlsplit(hub_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{hub_url!r} is not a hub address: give it whole, e.g. https://hub.school.example")
    if not repo.strip():
        raise ValueError("no repository: give the git address learners' servers clone the workbook from (--repo)")
    base = hub_url.strip().rstrip("/").removesuffix("/hub")
    query = urlencode(
        {
            "repo": repo.strip(),
            "branch": branch,
            "targetpath": folder,
            "urlpath": f"lab/tree/{folder}/{open_path}",
        }
    )
    return f"{base}/hub/user-redirect/git-pull?{query}"


def this_repository() -> str | None:
    """The ``origin`` remote of the checkout this package runs from, or None (a wheel, no remote)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / ".git").exists():
            try:
                found = subprocess.run(
                    ["git", "-C", str(parent), "remote", "get-url", "origin"],
                    capture_output=True,
                    text=True,
                    timeout=10,
                )
            except (OSError, subprocess.TimeoutExpired):
                return None
            return found.stdout.strip() or None if found.returncode == 0 else None
    return None
