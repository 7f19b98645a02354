"""The exercises of notebook 00: which article is the primary, which retellings are translations, and what a restart does.

The words of every question are in ``questions/00.toml``; this module fills in what comes
from the case (the outlets, the primary, the languages).
"""

from __future__ import annotations

from newslit.case.model import Case, short_outlet
from newslit.lessons import build
from newslit.lessons.questions import ask, shows_problems

LANGUAGES = {"fr": "French", "nl": "Dutch", "de": "German", "es": "Spanish", "it": "Italian"}


@shows_problems
def which_is_primary(case: Case):
    """Choose the primary source among the case's outlets; the feedback says how to tell.

    The first exercise of the lesson: it says what to do if nothing happens (after a restart).
    """
    primary = case.primary.outlet
    return build.first(
        build.choice(
            ask("00.primary"),
            [a.outlet for a in case.articles],
            judge=lambda choice: (choice == primary, {}),
            primary=primary,
        )
    )


@shows_problems
def translations(case: Case):
    """Tag each retelling: written in English, or translated into English (from case.toml)."""
    question = ask("00.translations")
    written, translated = question.labels[:2]
    truth = {}
    for article in case.derivatives:
        if article.translated_from:
            source = LANGUAGES.get(article.translated_from, article.translated_from)
            truth[short_outlet(article.outlet)] = {
                "label": translated,
                "why": f"The case says it was translated from {source} (see its language in the table).",
            }
        else:
            truth[short_outlet(article.outlet)] = {"label": written, "why": "The case gives no other language."}
    return build.tags(question, list(truth), list(question.labels), truth)


@shows_problems
def restart_question():
    """What happens to your answers when you restart the kernel? (They come back.)"""
    return build.choice(ask("00.restart"))
