"""Debian's chromium, driven by Playwright: one launch shared by the browser and hub tests.

Playwright's sync API allows one running instance per thread, so the browser tests and the
hub test must share one (two ``sync_playwright()`` blocks in one session fail with "using
Playwright Sync API inside the asyncio loop").
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # Debian's wrapper script skips its own /dev/shm check here
]


def unavailable(reason: str):
    """Skip on a developer's machine; fail in CI (``$CI`` set), so CI cannot pass by skipping."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this test must run: see the README's set-up)")
    pytest.skip(reason)


def chromium_path() -> str | None:
    if os.environ.get("NEWSLIT_CHROMIUM"):
        candidate = os.environ["NEWSLIT_CHROMIUM"]
    else:
        candidate = shutil.which("chromium") or "/usr/bin/chromium"
    return candidate if Path(candidate).is_file() else None


def launched_chromium():
    """Yield one headless chromium for the session (a generator for a session fixture)."""
    executable = chromium_path()
    if executable is None:
        unavailable("chromium not found (apt-get install chromium; never `playwright install`)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright Python package is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()
