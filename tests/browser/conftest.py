"""Fixtures for the real-browser tests: one JupyterLab server and one chromium per session.

Chromium is Debian's (``/usr/bin/chromium``, or ``$NEWSLIT_CHROMIUM``); Playwright never
downloads a browser. Without chromium or Playwright the tests are skipped on a
developer's machine and FAIL in CI (when ``$CI`` is set), so CI cannot pass by skipping.
Every page is cut off from the network: requests that leave loopback are aborted and
recorded (``page.blocked``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .server import start_lab, stop_lab

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "tests" / "screenshots"
LESSONS = sorted((REPO / "notebooks").glob("0*.ipynb"))
VIEWPORT = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def lab(browser, tmp_path_factory):
    """A JupyterLab server serving a copy of the project (``lab.root``)."""
    server = start_lab(REPO, tmp_path_factory.mktemp("lab"))
    yield server
    stop_lab(server)


def offline_context(browser, allowed_prefix: str | None):
    """A browser context where only ``allowed_prefix`` URLs (and file:, data:, blob:) load."""
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    blocked: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(("file:", "data:", "blob:")) or (allowed_prefix and url.startswith(allowed_prefix)):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort("internetdisconnected")

    context.route("**/*", route)
    context.blocked = blocked
    return context


@pytest.fixture
def page(browser, lab):
    """A fresh page on the lab server; every kernel session is stopped afterwards."""
    context = offline_context(browser, lab.url)
    context.set_default_timeout(60_000)
    new_page = context.new_page()
    new_page.blocked = context.blocked
    console: list[str] = []
    new_page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
    new_page.console_errors = console
    yield new_page
    context.close()
    lab.shutdown_sessions()


@pytest.fixture
def offline_page(browser):
    """A page with no network at all (only file:, data: and blob: URLs load)."""
    context = offline_context(browser, None)
    new_page = context.new_page()
    new_page.blocked = context.blocked
    yield new_page
    context.close()


@pytest.fixture
def screenshot_dir(request) -> Path:
    """``tests/screenshots/<test name>/`` (git-ignored)."""
    from .labpage import safe_name

    return SCREENSHOTS / safe_name(request.node.name)


def pytest_terminal_summary(terminalreporter):
    """After the axe tests: what axe checked, and JupyterLab's own violations (not ours to fix)."""
    from .audit import summary_lines

    lines = summary_lines()
    if lines:
        terminalreporter.section("accessibility (axe-core)")
        for line in lines:
            terminalreporter.write_line(line)
