"""The skills check's results as charts, each with the same numbers in words.

For a learner: right answers per skill, before and after the lessons. For a teacher: the
class per skill and per question (paired: only learners who did both checks), form A
against form B, and the questions nearly everyone got right or wrong before the lessons.
Every chart is shown with :func:`newslit.views.charts.show_chart` (the learner's, which
redraws in its panel, as the same HTML: :func:`learner_results`), so its summary is
printed under it for a screen reader, a printout or an export without images.
"""

from __future__ import annotations

from html import escape

from newslit.learners.skills_check import ClassCheck, PhaseResult
from newslit.views.charts import chart_bundle, new_chart, show_chart
from newslit.views.text import Shown, block, html_table, safe_text

BEFORE_STYLE = {"color": "#D55E00", "hatch": "//", "edgecolor": "black"}  # vermillion, hatched
AFTER_STYLE = {"color": "#0072B2", "hatch": "..", "edgecolor": "black"}  # blue, dotted
PHASE_WORDS = {"before": "before the lessons", "after": "after the lessons"}


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def _of(right: int, total: int) -> str:
    return f"{right} of {total}"


def _paired_bars(axes, labels, before, after, before_text, after_text, names):
    """Two bars per row (before above, after below), each labelled with its text; 0-100%."""
    height = 0.38
    positions = list(range(len(labels)))
    drawn = []
    for offset, values, texts, style, name in (
        (-height / 2, before, before_text, BEFORE_STYLE, names[0]),
        (height / 2, after, after_text, AFTER_STYLE, names[1]),
    ):
        if values is None:
            continue
        bars = axes.barh([p + offset for p in positions], [100 * (v or 0) for v in values], height, label=name, **style)
        axes.bar_label(bars, labels=texts, padding=3)
        drawn.append(bars)
    axes.set_yticks(positions, labels)
    axes.invert_yaxis()
    axes.set_xlim(0, 125)
    axes.set_xticks([0, 25, 50, 75, 100])
    axes.figure.legend(loc="outside lower center", ncol=2, frameon=False)
    return drawn


# ---- the learner's own results -------------------------------------------------------------


def learner_chart(results: dict[str, PhaseResult | None], skills: dict[str, str]):
    """Right answers per skill before and after the lessons, as bars labelled "2 of 3"."""
    names = list(skills)
    before, after = results.get("before"), results.get("after")
    before = before if before is not None and before.finished else None
    figure, axes = new_chart(7.5, 0.75 * len(names) + 1.8)

    def shares(result):
        if result is None:
            return None, None
        counts = [result.by_skill.get(skill, (0, 0)) for skill in names]
        return [r / t if t else 0 for r, t in counts], [_of(r, t) for r, t in counts]

    before_values, before_text = shares(before)
    after_values, after_text = shares(after)
    _paired_bars(
        axes,
        [skills[s] for s in names],
        before_values,
        after_values,
        before_text,
        after_text,
        ("before the lessons", "after the lessons"),
    )
    axes.set_xlabel("Questions right (%)")
    axes.set_title("Your skills check: questions right per skill")
    return figure


def learner_summary(results: dict[str, PhaseResult | None], skills: dict[str, str]) -> str:
    """The learner's chart in words: per skill, right before → right after, and in all."""
    before, after = results.get("before"), results.get("after")
    before = before if before is not None and before.finished else None
    if after is None or not after.finished:
        return "Your results appear here when you finish the check after the lessons."
    lines = []
    if before is not None:
        lines.append(
            f"Questions right per skill, before the lessons (form {before.form.upper()}) → "
            f"after them (form {after.form.upper()}):"
        )
    else:
        lines.append(f"Questions right per skill, after the lessons (form {after.form.upper()}):")
    for skill, name in skills.items():
        now = _of(*after.by_skill.get(skill, (0, 0)))
        lines.append(f"- {name}: {_of(*before.by_skill.get(skill, (0, 0)))} → {now}" if before else f"- {name}: {now}")
    total = f"{_of(*before.score)} → {_of(*after.score)}" if before else _of(*after.score)
    lines.append(f"- All: {total}.")
    if before is None:
        lines.append("You did not finish the check before the lessons, so there is nothing to compare with.")
    else:
        lines.append(
            "The two checks ask different questions of the same kinds. Two to four questions per skill "
            "is very few: a difference of one question is a hint, not a verdict."
        )
    return "\n".join(lines)


def learner_results(results: dict[str, PhaseResult | None], skills: dict[str, str]) -> Shown:
    """The learner's chart with its summary as its caption (or only a sentence, before the end), and the same in words."""
    text = learner_summary(results, skills)
    after = results.get("after")
    if after is None or not after.finished:
        return Shown(block(f"<p>{safe_text(text)}</p>"), text)
    return Shown(chart_bundle(learner_chart(results, skills), text)["text/html"], text)


# ---- the class -------------------------------------------------------------------------------


def class_overview(summary: ClassCheck) -> Shown:
    """Who did what: both checks, one only, or started without finishing; and who took which form first."""
    paired = len(summary.paired)
    forms = summary.first_forms
    lines = [
        f"{paired} learner{'s' if paired != 1 else ''} finished both checks "
        f"({forms.get('a', 0)} took form A first, {forms.get('b', 0)} form B first). "
        "Only they count in the before-and-after results."
    ]
    for names, what in (
        (summary.only_before, "finished only the check before the lessons"),
        (summary.only_after, "finished only the check after the lessons"),
        (summary.unfinished, "started a check without finishing it"),
    ):
        if names:
            lines.append(f"{len(names)} {what}: {', '.join(names)}.")
    if paired < 10:
        lines.append(
            "With so few learners, one learner more or less moves a share by many points: read the results as hints."
        )
    text = "\n".join(lines)
    return Shown("".join(f"<p>{escape(line)}</p>" for line in lines), text)


def class_skills_chart(summary: ClassCheck, skills: dict[str, str]):
    """Per skill, the share right before and after (paired learners), labelled with the counts."""
    rows = summary.skills
    figure, axes = new_chart(8.5, 0.8 * len(rows) + 2)
    _paired_bars(
        axes,
        [skills.get(r["skill"], r["skill"]) for r in rows],
        [r["share_before"] for r in rows],
        [r["share_after"] for r in rows],
        [f"{_percent(r['share_before'])} ({_of(r['right_before'], r['total'])})" for r in rows],
        [f"{_percent(r['share_after'])} ({_of(r['right_after'], r['total'])})" for r in rows],
        ("before the lessons", "after the lessons"),
    )
    axes.set_xlabel("Answers right (%), learners who did both checks")
    axes.set_title(f"The skills check per skill ({len(summary.paired)} learners, paired)")
    return figure


def class_skills_summary(summary: ClassCheck, skills: dict[str, str]) -> str:
    """The per-skill chart in words."""
    if not summary.paired:
        return "Nobody has finished both checks yet: no before-and-after results."
    lines = [f"Answers right per skill, before → after, {len(summary.paired)} learners who did both checks:"]
    for r in summary.skills:
        lines.append(
            f"- {skills.get(r['skill'], r['skill'])}: {_percent(r['share_before'])} ({_of(r['right_before'], r['total'])}) "
            f"→ {_percent(r['share_after'])} ({_of(r['right_after'], r['total'])})"
        )
    return "\n".join(lines)


def show_class_skills(summary: ClassCheck, skills: dict[str, str]) -> None:
    """The per-skill chart, with its summary printed under it."""
    if not summary.paired:
        print(class_skills_summary(summary, skills))
        return
    show_chart(class_skills_chart(summary, skills), class_skills_summary(summary, skills))


def _item_label(row: dict, skills: dict[str, str]) -> str:
    return f"{row['number']} · {skills.get(row['skill'], row['skill']).split(':')[0]}"


def class_items_chart(summary: ClassCheck, skills: dict[str, str]):
    """Per question number (A n and B n together), the share right before and after, paired learners."""
    rows = summary.items
    figure, axes = new_chart(8.5, 0.55 * len(rows) + 2)
    _paired_bars(
        axes,
        [_item_label(r, skills) for r in rows],
        [r["share_before"] for r in rows],
        [r["share_after"] for r in rows],
        [_of(r["right_before"], r["learners"]) for r in rows],
        [_of(r["right_after"], r["learners"]) for r in rows],
        ("before the lessons", "after the lessons"),
    )
    axes.set_xlabel("Learners right (%), of those who did both checks")
    axes.set_ylabel("Question (number · skill)")
    axes.set_title("The skills check per question: question n of form A and of form B together")
    return figure


def class_items_summary(summary: ClassCheck, skills: dict[str, str]) -> str:
    """The per-question chart in words."""
    if not summary.paired:
        return "Nobody has finished both checks yet: no results per question."
    lines = ["Learners right per question (question n of either form), before → after:"]
    for r in summary.items:
        lines.append(
            f"- {_item_label(r, skills)}: {_of(r['right_before'], r['learners'])} → {_of(r['right_after'], r['learners'])}"
        )
    return "\n".join(lines)


def show_class_items(summary: ClassCheck, skills: dict[str, str]) -> None:
    """The per-question chart, with its summary printed under it."""
    if not summary.paired:
        print(class_items_summary(summary, skills))
        return
    show_chart(class_items_chart(summary, skills), class_items_summary(summary, skills))


def class_forms_chart(summary: ClassCheck):
    """Form A against form B: the share right when each was taken before, and after, the lessons."""
    rows = summary.forms
    figure, axes = new_chart(8.5, 3.2)
    _paired_bars(
        axes,
        [f"form {r['form'].upper()}" for r in rows],
        [r["share_before"] for r in rows],
        [r["share_after"] for r in rows],
        [f"{_percent(r['share_before'])} ({r['learners_before']} learners)" for r in rows],
        [f"{_percent(r['share_after'])} ({r['learners_after']} learners)" for r in rows],
        ("taken before the lessons", "taken after the lessons"),
    )
    axes.set_xlabel("Answers right (%), every finished check")
    axes.set_title("Are the two forms equally hard?")
    return figure


def class_forms_summary(summary: ClassCheck) -> str:
    """The forms chart in words, with which form looks harder and by how much."""
    rows = {r["form"]: r for r in summary.forms}
    lines = ["Answers right on each form, every finished check:"]
    for form, r in rows.items():
        lines.append(
            f"- form {form.upper()}: {_percent(r['share_before'])} when taken before the lessons "
            f"({r['learners_before']} learners), {_percent(r['share_after'])} when taken after ({r['learners_after']})"
        )
    gaps = [
        rows["a"][f"share_{phase}"] - rows["b"][f"share_{phase}"]
        for phase in ("before", "after")
        if rows["a"][f"share_{phase}"] is not None and rows["b"][f"share_{phase}"] is not None
    ]
    if gaps:
        gap = sum(gaps) / len(gaps)
        if abs(gap) < 0.05:
            lines.append("The two forms look about equally hard (less than 5 points apart).")
        else:
            harder = "B" if gap > 0 else "A"
            lines.append(
                f"Form {harder} looks harder, by {abs(gap) * 100:.0f} points on average. Half the class takes "
                "each form first, so this evens out in the before-and-after results; a large gap says a "
                "question pair may not be parallel (compare the questions below)."
            )
        fewest = min(r[f"learners_{phase}"] for r in rows.values() for phase in ("before", "after"))
        if fewest < 20:
            lines.append(
                f"With as few as {fewest} learners on a form, a gap of 10 points or more can come from who "
                "happened to get which form."
            )
    else:
        lines.append("Each form needs learners who took it at the same stage before the two can be compared.")
    return "\n".join(lines)


def show_class_forms(summary: ClassCheck) -> None:
    """The forms chart, with its summary printed under it."""
    if not any(r["learners_before"] or r["learners_after"] for r in summary.forms):
        print("Nobody has finished a check yet.")
        return
    show_chart(class_forms_chart(summary), class_forms_summary(summary))


def flags_view(summary: ClassCheck, skills: dict[str, str], prompts: dict[str, str]) -> Shown:
    """The questions nearly everyone got right (too easy) or wrong (unclear?) before the lessons."""
    meaning = {
        "easy": "nearly everyone right before the lessons: too easy to show growth",
        "hard": "nearly everyone wrong before the lessons: unclear, or a trap? Read it again",
    }
    rows, lines = [], []
    for flag in summary.flags:
        prompt = prompts.get(flag["id"], "")
        short = prompt if len(prompt) <= 120 else prompt[:120] + "…"
        rows.append(
            [
                escape(flag["id"]),
                escape(skills.get(flag["skill"], flag["skill"])),
                escape(_of(flag["right"], flag["learners"])),
                escape(meaning[flag["kind"]]),
                safe_text(short),
            ]
        )
        lines.append(f"- {flag['id']} ({_of(flag['right'], flag['learners'])} right before): {meaning[flag['kind']]}.")
    if not rows:
        text = (
            "No question was answered right by nearly everyone (90% or more) or by nearly nobody "
            "(20% or less) before the lessons, among at least 4 learners who took its form first."
        )
        return Shown(f"<p>{escape(text)}</p>", text)
    head = "Questions to look at again (before the lessons, learners who took that form first):"
    return Shown(
        html_table(["Question", "Skill", "Right before", "What it may mean", "Question text"], rows, head),
        head + "\n" + "\n".join(lines),
    )
