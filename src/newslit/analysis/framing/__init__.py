"""Framing: word-level cues (loaded words, doubt verbs, scare quotes) and the asides an
outlet added (politicised, context, advocacy, editorial), per sentence.

:mod:`.cues` finds the cues, :mod:`.asides` classes an added sentence, and :mod:`.records`
puts both on every sentence of a case. The names of :mod:`.records` are reachable from
here (``framing.framing_records``); they load on first use, because the provenance engine
imports :mod:`.asides` and :mod:`.records` imports the provenance engine.
"""

from __future__ import annotations

import importlib

_RECORDS = (
    "aside_records",
    "attribution_rates",
    "cue_counts",
    "framing_records",
    "headlines",
    "key_asides",
    "key_cues",
    "of_article",
    "KEY_FILE",
    "retellings",
    "words_in",
)

__all__ = list(_RECORDS)


def __getattr__(name: str):
    if name in _RECORDS:
        return getattr(importlib.import_module("newslit.analysis.framing.records"), name)
    raise AttributeError(f"module 'newslit.analysis.framing' has no attribute {name!r}")
