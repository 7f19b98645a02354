"""Real-browser tests: a JupyterLab server driven through Debian's chromium (see conftest.py).

A package, so its ``conftest`` is imported as ``browser.conftest`` and never shadows the
top-level ``tests/conftest.py`` that other test modules import from.
"""
