"""Fixtures for the class-on-a-hub test: one chromium and one JupyterHub for the session.

Needs node with the proxy installed by ``make hub-proxy`` and Debian's chromium. Without
them the test is skipped with the reason on a developer's machine and FAILS in CI (``$CI``
set), so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
import shutil

import pytest
from browser.conftest import CHROMIUM_FLAGS, chromium_path

from .hubserver import PROXY, start_hub, stop_hub

USERS = ["ana", "bo", "chen", "teacher"]


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the hub test must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def hub_browser():
    executable = chromium_path()
    if executable is None:
        _unavailable("chromium not found (apt-get install chromium; never `playwright install`)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def hub(tmp_path_factory):
    """A JupyterHub on loopback with three learners and a teacher allowed in."""
    if shutil.which("node") is None:
        _unavailable("node is not installed, so JupyterHub's proxy cannot run (apt-get install nodejs npm)")
    if not PROXY.exists():
        _unavailable("configurable-http-proxy is not installed: run `make hub-proxy` (npm, into tests/hub/)")
    try:
        import jupyterhub  # noqa: F401
        import nbgitpuller  # noqa: F401
    except ImportError as error:
        _unavailable(f"{error.name} is not installed (pip install -e '.[test]')")
    running = start_hub(tmp_path_factory.mktemp("hub"), USERS)
    yield running
    stop_hub(running)
