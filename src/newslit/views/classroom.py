"""Views of the class summary (:mod:`newslit.learners.classroom`): tables, charts, each with a text version.

Learners' answers are shown escaped and masked like article text: a learner's typed
answer is data, never live HTML.
"""

from __future__ import annotations

import os
from datetime import datetime
from html import escape
from pathlib import Path

from newslit.learners.classroom import (
    ClassAnswers,
    common_wrong_answers,
    exercise_results,
    free_text_answers,
    handed_in,
    learner_overview,
    question_text,
    read_class,
    tag_agreement,
)
from newslit.learners.handin import CLASS_DIR_ENV
from newslit.learners.report import when
from newslit.text.masking import mask
from newslit.views.charts import new_chart, show_chart
from newslit.views.looks import button_widget, text_widget
from newslit.views.text import Shown, block, html_table, safe_text

BLUE, VERMILLION, GREEN = "#0072B2", "#D55E00", "#009E73"


def _percent(share: float | None) -> str:
    return "open question" if share is None else f"{share:.0%}"


KIND_WORDS = {"choice": "choice", "tags": "tagging", "free_text": "typed answer"}
SHORT_QUESTION = 52  # characters of a question in a chart label


def _question(found: ClassAnswers, exercise: str, short: bool = False) -> str:
    """An exercise as a teacher reads it: its lesson and its question (the id only if no prompt was saved)."""
    text = question_text(found.learners, exercise) or exercise
    text = " ".join(text.split())
    if short and len(text) > SHORT_QUESTION:
        text = text[:SHORT_QUESTION].rstrip() + "…"
    lesson = exercise[:2] if exercise[:2].isdigit() else ""
    return f"{lesson} · {text}" if lesson else text


def problems_view(found: ClassAnswers) -> Shown:
    """How many learners were read, and every file that was left out or repaired, and why."""
    head = f"{len(found.learners)} learners read."
    if not found.problems:
        text = head + " No problems with the files."
        return Shown(f"<p>{escape(text)}</p>", text)
    items = "".join(f"<li>{escape(p)}</li>" for p in found.problems)
    text = head + f" {len(found.problems)} file problem(s):\n" + "\n".join(f"- {p}" for p in found.problems)
    return Shown(f"<p>{escape(head)} File problems (left out or repaired, never fatal):</p><ul>{items}</ul>", text)


def results_view(found: ClassAnswers) -> Shown:
    """Per exercise, by its question: how many answered, the score at the first check and now.

    The score gives partial credit for a tagging exercise (19 of 20 tags right counts 95%,
    not 0); "all right" counts the answers that were right throughout.
    """
    rows = exercise_results(found.learners)
    table = [
        [
            safe_text(_question(found, r["exercise"])),
            KIND_WORDS.get(r["kind"], r["kind"]),
            str(r["answered"]),
            _percent(r["score_first"]),
            _percent(r["score_now"]),
            _percent(r["share_first"]),
        ]
        for r in rows
    ]
    text = "\n".join(
        f"{mask(_question(found, r['exercise']))} ({KIND_WORDS.get(r['kind'], r['kind'])}): {r['answered']} answered; "
        f"score at first check {_percent(r['score_first'])}, now {_percent(r['score_now'])}; "
        f"all right at first check {_percent(r['share_first'])}"
        for r in rows
    )
    headers = ["Question", "Kind", "Answered", "Score at first check", "Score now", "All right at first check"]
    note = (
        "Scores give partial credit for tagging: a learner whose tags agree with the key on 19 of 20 items scores 95%. "
        "A typed answer has no score (open question)."
    )
    return Shown(
        html_table(headers, table, "Results per question") + f"<p>{escape(note)}</p>",
        (text or "No answers.") + "\n" + note,
    )


def results_chart(found: ClassAnswers):
    """Bars: share right at the first check and now, per checked exercise (hatched, labelled)."""
    rows = [r for r in exercise_results(found.learners) if r["score_first"] is not None]
    figure, axes = new_chart(9.5, 0.6 * len(rows) + 2)
    height = 0.38
    positions = list(range(len(rows)))
    first = axes.barh(
        [p - height / 2 for p in positions],
        [100 * r["score_first"] for r in rows],
        height,
        color=VERMILLION,
        hatch="//",
        edgecolor="black",
        label="score at the first check",
    )
    now = axes.barh(
        [p + height / 2 for p in positions],
        [100 * r["score_now"] for r in rows],
        height,
        color=BLUE,
        hatch="..",
        edgecolor="black",
        label="score now (after feedback)",
    )
    for bars in (first, now):
        axes.bar_label(bars, fmt="%.0f%%", padding=3)
    axes.set_yticks(positions, [_question(found, r["exercise"], short=True) for r in rows])
    axes.invert_yaxis()
    axes.set_xlim(0, 115)
    axes.set_xlabel("Mean score against the key (%), partial credit for tagging")
    axes.set_ylabel("Question")
    axes.set_title(f"Results per question ({len(found.learners)} learners)")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), frameon=False)
    return figure


def results_summary(found: ClassAnswers) -> str:
    """The results chart in words."""
    rows = [r for r in exercise_results(found.learners) if r["score_first"] is not None]
    if not rows:
        return "No checked answers yet."
    hardest = min(rows, key=lambda r: r["score_first"])
    easiest = max(rows, key=lambda r: r["score_first"])
    return (
        f"{len(rows)} checked questions, {len(found.learners)} learners. Hardest at the first check: "
        f"{_question(found, hardest['exercise'], short=True)} (score {_percent(hardest['score_first'])}); easiest: "
        f"{_question(found, easiest['exercise'], short=True)} ({_percent(easiest['score_first'])})."
    )


def show_results_chart(found: ClassAnswers) -> None:
    """Show the results chart as an image, with its summary printed under it."""
    show_chart(results_chart(found), results_summary(found))


def wrong_answers_view(found: ClassAnswers, top: int = 3) -> Shown:
    """The most common wrong first answers per exercise, and who gave them."""
    rows = common_wrong_answers(found.learners, top)
    table = [
        [
            safe_text(_question(found, r["exercise"], short=True)),
            safe_text(r["answer"]),
            str(r["count"]),
            escape(", ".join(r["learners"])),
        ]
        for r in rows
    ]
    text = "\n".join(
        f"{mask(_question(found, r['exercise'], short=True))}: {mask(r['answer'])} ({r['count']}: {', '.join(r['learners'])})"
        for r in rows
    )
    return Shown(
        html_table(["Question", "Wrong answer", "How many", "Who"], table, "Common wrong answers (first check)"),
        text or "No wrong answers.",
    )


def free_text_view(found: ClassAnswers) -> Shown:
    """Every typed answer, side by side per exercise."""
    answers = free_text_answers(found.learners)
    parts, lines = [], []
    for exercise, rows in answers.items():
        table = [[escape(r["learner"]), safe_text(str(r["text"]))] for r in rows]
        question = _question(found, exercise)
        parts.append(html_table(["Learner", "Answer"], table, question))
        lines.append(question + ":\n" + "\n".join(f"  {r['learner']}: {mask(str(r['text']))}" for r in rows))
    return Shown("".join(parts) or "<p>No typed answers.</p>", "\n".join(lines) or "No typed answers.")


def agreement_view(found: ClassAnswers) -> Shown:
    """Cohen's kappa between every pair of learners on each tagging exercise."""
    rows = tag_agreement(found.learners)

    def fmt(value):
        return "–" if value is None else f"{value:.2f}"

    table = [
        [
            safe_text(_question(found, r["exercise"], short=True)),
            str(r["learners"]),
            str(r["pairs"]),
            fmt(r["mean_kappa"]),
            fmt(r["min_kappa"]),
            fmt(r["max_kappa"]),
        ]
        for r in rows
    ]
    text = "\n".join(
        f"{_question(found, r['exercise'], short=True)}: mean kappa {fmt(r['mean_kappa'])} over {r['pairs']} pairs "
        f"(from {fmt(r['min_kappa'])} to {fmt(r['max_kappa'])})"
        for r in rows
    )
    note = "Kappa: 1 = learners tag alike, 0 = no more alike than chance, below 0 = less alike than chance."
    return Shown(
        html_table(
            ["Tagging question", "Learners", "Pairs", "Mean kappa", "Lowest", "Highest"],
            table,
            "Agreement between learners",
        )
        + f"<p>{note}</p>",
        (text or "No tagging answers.") + "\n" + note,
    )


def agreement_chart(found: ClassAnswers):
    """Each pair's kappa per tagging exercise as dots, with the mean marked (shape and label, not colour alone)."""
    rows = [r for r in tag_agreement(found.learners) if r["pairs"]]
    figure, axes = new_chart(8.5, 0.8 * len(rows) + 2)
    for position, row in enumerate(rows):
        values = list(row["kappas"].values())
        axes.scatter(
            values,
            [position] * len(values),
            color=GREEN,
            marker="o",
            alpha=0.5,
            label="one pair of learners" if position == 0 else None,
        )
        axes.scatter(
            [row["mean_kappa"]], [position], color="black", marker="|", s=400, label="mean" if position == 0 else None
        )
        axes.annotate(
            f"mean {row['mean_kappa']:.2f}",
            (row["mean_kappa"], position),
            xytext=(0, 12),
            textcoords="offset points",
            ha="center",
        )
    axes.axvline(0, color="#999999", linestyle="--")
    axes.set_yticks(range(len(rows)), [_question(found, r["exercise"], short=True) for r in rows])
    axes.set_ylim(-0.7, len(rows) - 0.3)
    axes.set_xlim(-1, 1)
    axes.set_xlabel("Cohen's kappa (1 = tag alike, 0 = chance)")
    axes.set_ylabel("Tagging exercise")
    axes.set_title("Agreement between learners on the tagging exercises")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, frameon=False)
    return figure


def show_agreement_chart(found: ClassAnswers) -> None:
    """Show the agreement chart and print the same in words."""
    show_chart(agreement_chart(found), agreement_view(found).text)


def handed_in_view(found: ClassAnswers) -> Shown:
    """Who has handed in: each learner, when, which lessons and how many answers."""
    rows = handed_in(found.learners)
    table = [
        [
            safe_text(r["learner"]),
            escape(r["file"]),
            escape(when(r["handed_in"])),
            escape(", ".join(r["lessons"])),
            str(r["answers"]),
        ]
        for r in rows
    ]
    text = "\n".join(
        f"{mask(r['learner'])}: {r['answers']} answer{'' if r['answers'] == 1 else 's'}, lessons {', '.join(r['lessons']) or 'none'}; {when(r['handed_in'])}"
        for r in rows
    )
    headers = ["Learner", "File", "Handed in", "Lessons", "Answers"]
    caption = f"{len(rows)} learner{'' if len(rows) == 1 else 's'} have handed in"
    return Shown(html_table(headers, table, caption), text or "Nobody has handed in yet.")


class ClassBoard:
    """The class summary, live: every section shown through the board is redrawn by its Refresh button.

    Parameters
    ----------
    folder : path, optional
        The class folder. Default: ``NEWSLIT_CLASS_DIR`` (the hub sets it); without it, a
        demonstration class of simulated learners is generated in a temporary folder.
    """

    def __init__(self, folder: str | Path | None = None):
        self.demo = False
        if folder is None and os.environ.get(CLASS_DIR_ENV, "").strip():
            folder = os.environ[CLASS_DIR_ENV]
        if folder is None:
            import tempfile

            from newslit.case.load import load_case
            from newslit.lessons.demo_class import simulate_class

            folder = simulate_class(load_case(), tempfile.mkdtemp(prefix="newslit-demo-class-"))
            self.demo = True
        self.folder = Path(folder).expanduser()
        self.found = read_class(self.folder)
        self.read_at = datetime.now()
        self._sections: list = []
        self._status = None

    def where(self) -> str:
        """What the board reads, in words, and when it last read it."""
        what = (
            "a demonstration class of simulated learners (invented, not real people)"
            if self.demo
            else "the class folder"
        )
        return (
            f"Reading {what}: {self.folder}. Last read at {self.read_at:%H:%M:%S}: {len(self.found.learners)} learners."
        )

    def refresh(self) -> None:
        """Read the folder again and redraw every section."""
        self.found = read_class(self.folder)
        self.read_at = datetime.now()
        for section, view in self._sections:
            section.value = section_html(view, self.found)
        if self._status is not None:
            self._status.value = f"<p role='status'>{escape(self.where())}</p>"

    def show(self, view):
        """Show ``view(found)`` (a view of this module) in a section the Refresh button redraws.

        The section is an HTML widget holding what the view shows (its tables, its charts as
        SVG images with their summaries), not an ``Output`` widget. nbclient (the notebook
        tests, nbconvert) mimics an ``Output`` widget by sending the kernel a message on the
        shell socket for every output drawn into it, the socket on which it is waiting for the
        cell's reply; now and then it saw that reply only at its cell timeout (10 minutes; an
        open nbclient issue, jupyter/nbclient#312, reports the same hang with widgets).
        """

        section = text_widget(section_html(view, self.found))
        self._sections.append((section, view))
        return section

    def refresh_button(self):
        """The Refresh button, what is read, and when."""
        import ipywidgets as widgets

        button = button_widget("Refresh", icon="refresh", button_style="primary")
        button.on_click(lambda _: self.refresh())
        # A margin, not Layout(gap=...): ipywidgets 8.1's Layout has no gap and would warn and ignore it.
        self._status = widgets.HTML(f"<p role='status'>{escape(self.where())}</p>", layout={"margin": "0 0 0 1em"})
        return widgets.HBox([button, self._status], layout=widgets.Layout(align_items="center"))


def _bundle_html(data: dict) -> str:
    """One displayed output (a MIME bundle) as HTML: its HTML, else its PNG, else its text, escaped."""
    if data.get("text/html"):
        return data["text/html"]
    if data.get("image/png"):
        name = escape(mask(str(data.get("text/plain", "Chart"))), quote=True)
        return f'<img src="data:image/png;base64,{data["image/png"]}" alt="{name}" style="max-width:100%;height:auto">'
    return f"<pre>{escape(mask(str(data.get('text/plain', ''))))}</pre>"


def _prose(text: str) -> str:
    """Plain text as a paragraph: its line breaks kept, wrapped at words, in the page's own font (not a code block)."""
    return f"<p style='white-space:pre-wrap;margin:.4em 0'>{escape(mask(text.strip()))}</p>"


def section_html(view, found: ClassAnswers) -> str:
    """What ``view(found)`` shows in a notebook, as one piece of HTML: every output it displays, then what it returns.

    A view returns a :class:`~newslit.views.text.Shown` (or a problem box), or displays
    its charts itself (:func:`~newslit.views.charts.show_chart`); both end up here, in order,
    with maths typesetting off (learners' answers may hold dollar signs).
    """
    from IPython.utils.capture import capture_output

    with capture_output() as captured:
        shown = view(found)
    parts = [_bundle_html(output.data) for output in captured.outputs]
    if captured.stdout.strip():  # outside a kernel display() prints; in one, a view may print
        parts.append(_prose(captured.stdout))
    if shown is not None:
        html = shown._repr_html_() if hasattr(shown, "_repr_html_") else None
        parts.append(html or _prose(str(shown)))
    return block("".join(parts))


def learners_view(found: ClassAnswers) -> Shown:
    """One row per learner: answered, score at the first check, weakest questions, and who may need help.

    Learners flagged "may need help" come first, with the reason in words; the flag is a
    prompt to talk with them, not a grade.
    """
    rows = sorted(learner_overview(found.learners), key=lambda r: (not r["needs_help"], r["learner"].lower()))
    table, lines = [], []
    for r in rows:
        flag = f"<b>⚑ may need help</b><br><small>{escape(r['why'])}</small>" if r["needs_help"] else "—"
        weakest = (
            "<br>".join(
                f"{safe_text(_question(found, e, short=True))} ({_percent(r['scores'][e])})" for e in r["weakest"]
            )
            or "—"
        )
        table.append(
            [
                escape(r["learner"]),
                f"{r['answered']} of {r['of']}",
                _percent(r["score_first"]) if r["score_first"] is not None else "no checked answer",
                weakest,
                flag,
            ]
        )
        lines.append(
            f"{'⚑ ' if r['needs_help'] else ''}{r['learner']}: answered {r['answered']} of {r['of']}, "
            f"score at first check {_percent(r['score_first'])}"
            + (f"; may need help: {r['why']}" if r["needs_help"] else "")
            + (
                f"; weakest: {'; '.join(mask(_question(found, e, short=True)) for e in r['weakest'])}"
                if r["weakest"]
                else ""
            )
        )
    flagged = sum(r["needs_help"] for r in rows)
    caption = f"Each learner ({len(rows)}): {flagged} may need help"
    note = (
        "⚑ marks a learner whose first answers score under 50% on average (partial credit for tagging), or who "
        "answered fewer than half the questions the class answered. It is a prompt to check in with them, not a grade."
    )
    return Shown(
        html_table(["Learner", "Answered", "Score at first check", "Weakest questions", "Needs help?"], table, caption)
        + f"<p>{escape(note)}</p>",
        caption + "\n" + "\n".join(lines) + "\n" + note,
    )
