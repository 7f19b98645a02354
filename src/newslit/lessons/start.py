"""The exercise of notebook 00: which article is the primary source? (Its words: ``questions/00.toml``.)"""

from __future__ import annotations

from newslit.case.model import Case
from newslit.lessons import build
from newslit.lessons.questions import ask, shows_problems


@shows_problems
def which_is_primary(case: Case):
    """Choose the primary source among the case's outlets; the feedback says how to tell."""
    primary = case.primary.outlet
    return build.choice(
        ask("00.primary"),
        [a.outlet for a in case.articles],
        judge=lambda choice: (choice == primary, {}),
        primary=primary,
    )
