"""The exercise of notebook 00: which article is the primary source?"""

from __future__ import annotations

from newslit.case.model import Case


def which_is_primary(case: Case):
    """Choose the primary source among the case's outlets; the feedback says how to tell."""
    from newslit.views import exercises

    outlets = [a.outlet for a in case.articles]
    primary = case.primary

    def check(choice):
        if choice == primary.outlet:
            return exercises.Feedback(
                True,
                f"Yes: {primary.outlet} did the reporting; the others retell it and credit it. Lessons 01-03 "
                "compare every retelling with it.",
            )
        return exercises.Feedback(
            False,
            f"{choice} retells the story. The primary source is {primary.outlet}: the others name it as their source.",
        )

    return exercises.choice(
        "00.primary",
        "Which of these did the original reporting that the others retold?",
        outlets,
        check=check,
    )
