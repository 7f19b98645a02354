"""Fixtures for the class-on-a-hub test: one JupyterHub for the session (chromium is the
session's shared ``browser``, from ``tests/conftest.py``).

Needs node with the proxy installed by ``make hub-proxy`` and Debian's chromium. Without
them the test is skipped with the reason on a developer's machine and FAILS in CI (``$CI``
set), so CI cannot pass by skipping.
"""

from __future__ import annotations

import shutil

import pytest
from chromium import unavailable

from .hubserver import PROXY, start_hub, stop_hub

USERS = ["ana", "bo", "chen", "teacher"]


@pytest.fixture(scope="session")
def hub(tmp_path_factory):
    """A JupyterHub on loopback with three learners and a teacher allowed in."""
    if shutil.which("node") is None:
        unavailable("node is not installed, so JupyterHub's proxy cannot run (apt-get install nodejs npm)")
    if not PROXY.exists():
        unavailable("configurable-http-proxy is not installed: run `make hub-proxy` (npm, into tests/hub/)")
    try:
        import jupyterhub  # noqa: F401
        import nbgitpuller  # noqa: F401
    except ImportError as error:
        unavailable(f"{error.name} is not installed (pip install -e '.[test]')")
    running = start_hub(tmp_path_factory.mktemp("hub"), USERS)
    yield running
    stop_hub(running)
