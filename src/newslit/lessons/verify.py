"""The exercises of lesson 03 (verify the figures), each one call from a notebook cell.

The words of every question are in ``questions/03.toml``; this module picks the figures
and the right verdicts and builds the exercises with :mod:`newslit.lessons.build`. A
verdict's right answer comes from the case's answer key where it has the figure, else from
the engine, and the feedback says which.
"""

from __future__ import annotations

from newslit.analysis.figures import VERDICTS, figure_records
from newslit.case import load_case
from newslit.case.key import key_text, read_rows
from newslit.case.model import Case
from newslit.lessons import build
from newslit.lessons.questions import ask, shows_problems
from newslit.text.masking import mask
from newslit.views.figures import VERDICT_STYLE
from newslit.views.text import Shown, block


def load(folder=None) -> tuple[Case, list[dict]]:
    """The case (``folder``, else the default one) and every figure of its retellings, checked.

    A figure whose sentence has a note in the case's key (``key/notes.csv``) carries it as
    ``note``, for the ledger to show under the sentence. The engine's records are not
    changed otherwise (``newslit figures --json`` has no notes).
    """
    case = load_case(folder)
    return case, with_notes(case, figure_records(case))


def with_notes(case: Case, records: list[dict]) -> list[dict]:
    """``records``, each with the note the key gives its sentence (``key/notes.csv``), if any."""
    notes = read_rows(case, "notes.csv")
    noted = []
    for r in records:
        found = next(
            (
                n["note"]
                for n in notes
                if n["article"] == r["article"] and key_text(r["sentence"]).startswith(key_text(n["sentence"]))
            ),
            None,
        )
        noted.append({**r, "note": found} if found else r)
    return noted


def truth(record: dict) -> tuple[str, str, bool]:
    """A figure's right verdict, why, and whether it is the key's (else the engine's)."""
    if record.get("key_verdict"):
        return record["key_verdict"], record.get("key_explanation") or record["explanation"], True
    return record["verdict"], record["explanation"], False


def figure_choices(records: list[dict]) -> list[str]:
    """How the notebook names a figure: "article: figure as written"."""
    return [f"{r['article']}: {r['text']}" for r in records]


def _label(verdict: str) -> str:
    return VERDICT_STYLE[verdict][2]


@shows_problems
def predict_changed(case: Case, records: list[dict]):
    """Predict first: which outlet changed a number? Saved as a prediction; the ledger shows the answer.

    The feedback names no figure: the verdict exercises that follow ask about them.
    """
    outlets = [a.outlet for a in case.derivatives]
    return build.first(build.choice(ask("03-predict-changed"), outlets, judge=lambda choice: (None, {})))


@shows_problems
def verdict_exercise(case: Case, records: list[dict], pick: str):
    """Choose the verdict for one figure (``pick`` from :func:`figure_choices`); explained feedback.

    On another case, where the lesson's figure is missing, the first figure the engine
    doubts is asked instead.
    """
    choices = figure_choices(records)
    if not choices:
        return Shown(
            block("<p><i>No figures in this case's retellings.</i></p>"), "No figures in this case's retellings."
        )
    position = (
        choices.index(pick)
        if pick in choices
        else next((i for i, r in enumerate(records) if r["verdict"] != "match"), 0)
    )
    record = records[position]
    question = ask("03-verdict-{article}-{index}-{figure}")
    verdict, reason, from_key = truth(record)
    answer = _label(verdict)
    return build.choice(
        question,
        [_label(v) for v in VERDICTS],
        judge=lambda choice: (choice == answer, {}),
        article=record["article"],
        index=record["index"],
        figure=record["text"],
        outlet=case.article(record["article"]).outlet,
        sentence=mask(record["sentence"]),
        answer=answer,
        reason=reason,
        source=question.say("from_key" if from_key else "from_engine"),
        engine=_label(record["verdict"]),
    )


@shows_problems
def who_counts_exercise():
    """Who counted "less than one in 10 thousand posts viewed"? (Instagram's own internal statistic.)"""
    return build.choice(ask("03-who-counts"))
