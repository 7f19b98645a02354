"""The class summary as one standalone HTML page (``newslit class-report CLASS_DIR --html FILE``).

The same tables as ``notebooks/teacher/class_summary.ipynb``: who handed in, the files left
out, results per exercise, common wrong answers, typed answers side by side, and agreement
on the tagging exercises (Cohen's kappa). Everything a learner typed is data: masked like
the articles (:func:`newslit.text.masking.mask`) and escaped, never live HTML. The page
has no charts (the notebook draws them) and loads nothing from the network.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from newslit.learners.classroom import (
    ClassAnswers,
    common_wrong_answers,
    exercise_results,
    free_text_answers,
    handed_in,
    tag_agreement,
)
from newslit.text.masking import mask

STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.45}"
    "table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #999;padding:.25rem .5rem;"
    "text-align:left;vertical-align:top}th{background:#eee}caption{text-align:left;font-weight:bold;padding:.25rem 0}"
)


def safe(text) -> str:
    """Learner text for the page: masked, then escaped."""
    return escape(mask(str(text)), quote=True)


def share(value: float | None) -> str:
    return "open question" if value is None else f"{value:.0%}"


def when(iso: str) -> str:
    """An ISO time as the teacher's local ``10:42, 3 May 2026``; "" stays "not handed in"."""
    if not iso:
        return "no receipt (an export or answers file)"
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return f"{moment:%H:%M}, {moment.day} {moment:%B %Y}"


def table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table; every cell must already be escaped."""
    if not rows:
        return f"<p><b>{escape(caption)}</b>: nothing yet.</p>"
    head = "".join(f"<th scope='col'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def sections(found: ClassAnswers) -> list[str]:
    """The report's sections as HTML fragments, in the notebook's order."""
    who = [
        [
            safe(r["learner"]),
            escape(r["file"]),
            escape(when(r["handed_in"])),
            escape(", ".join(r["lessons"])),
            str(r["answers"]),
        ]
        for r in handed_in(found.learners)
    ]
    problems = "".join(f"<li>{safe(p)}</li>" for p in found.problems)
    results = [
        [
            escape(r["exercise"]),
            escape(r["kind"]),
            str(r["answered"]),
            str(r["checked"]),
            share(r["share_first"]),
            share(r["share_now"]),
        ]
        for r in exercise_results(found.learners)
    ]
    wrong = [
        [escape(r["exercise"]), safe(r["answer"]), str(r["count"]), safe(", ".join(r["learners"]))]
        for r in common_wrong_answers(found.learners)
    ]
    typed = [
        table(exercise, ["Learner", "Answer"], [[safe(r["learner"]), safe(r["text"])] for r in rows])
        for exercise, rows in free_text_answers(found.learners).items()
    ]

    def kappa(value):
        return "–" if value is None else f"{value:.2f}"

    agreement = [
        [
            escape(r["exercise"]),
            str(r["learners"]),
            str(r["pairs"]),
            kappa(r["mean_kappa"]),
            kappa(r["min_kappa"]),
            kappa(r["max_kappa"]),
        ]
        for r in tag_agreement(found.learners)
    ]
    return [
        "<h2>Who has handed in</h2>"
        + table(f"{len(found.learners)} learners", ["Learner", "File", "Handed in", "Lessons", "Answers"], who),
        "<h2>Files left out or repaired</h2>" + (f"<ul>{problems}</ul>" if problems else "<p>None.</p>"),
        "<h2>Results per exercise</h2>"
        "<p>“Right at first check” is each learner's first checked answer, before the feedback; “right now” their latest.</p>"
        + table(
            "Results per exercise",
            ["Exercise", "Kind", "Answered", "With a verdict", "Right at first check", "Right now"],
            results,
        ),
        "<h2>Common wrong answers</h2>"
        + table("At the first check", ["Exercise", "Wrong answer", "How many", "Who"], wrong),
        "<h2>Typed answers, side by side</h2>" + ("".join(typed) or "<p>No typed answers.</p>"),
        "<h2>Agreement on the tagging exercises</h2>"
        + table(
            "Cohen's kappa between every pair of learners",
            ["Exercise", "Learners", "Pairs", "Mean", "Lowest", "Highest"],
            agreement,
        )
        + "<p>Kappa: 1 = learners tag alike, 0 = no more alike than chance, below 0 = less alike than chance.</p>",
    ]


def report_html(found: ClassAnswers, folder: str) -> str:
    """The whole page: a title, the folder read, the time, and :func:`sections`."""
    now = datetime.now().astimezone()
    head = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Class summary: {escape(str(folder))}</title><style>{STYLE}</style></head><body>"
        f"<h1>Class summary</h1><p>Read from <code>{escape(str(folder))}</code> at {now:%H:%M} on {now.day} {now:%B %Y}. "
        "Learners' answers are shown as text, with explicit terms masked.</p>"
    )
    return head + "".join(sections(found)) + "</body></html>\n"
