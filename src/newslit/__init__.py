"""newslit: compare how news outlets retold a primary report.

The public API is this module's names; everything else is reached through its
sub-packages (``case``, ``text``, ``analysis``, ``learners``, ``lessons``, ``views``).

>>> from newslit import load_case, provenance_records
>>> case = load_case()                      # the bundled seed case, or $NEWSLIT_CASE
>>> records = provenance_records(case)      # one dict per retold sentence

Every ``*_records`` function takes a loaded :class:`Case` and returns a list of plain
dicts, the same records the ``newslit`` command prints as JSON. The engines are imported
on first use, so ``import newslit`` loads no pandas, matplotlib or ipywidgets.
"""

from __future__ import annotations

import importlib

from newslit.case import Article, Case, CaseError, Problem, Sentence, load_case
from newslit.case.errors import show_in_notebooks

__version__ = "0.1.0"

# name -> module that defines it; imported on first access (PEP 562).
_LAZY = {
    "provenance_records": "newslit.analysis.provenance",
    "framing_records": "newslit.analysis.framing.records",
    "figure_records": "newslit.analysis.figures.records",
    "fact_coverage": "newslit.analysis.coverage",
    "voice_records": "newslit.analysis.voices",
}

__all__ = ["Article", "Case", "CaseError", "Problem", "Sentence", "load_case", *_LAZY]


show_in_notebooks()  # in a kernel, a case that cannot load shows its problems, not a traceback


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newslit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
