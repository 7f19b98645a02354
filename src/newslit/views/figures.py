"""Views for lesson 03: the figure ledger, the verdict chart, who is counting, the sums.

Every view returns an object that shows as HTML in a notebook and as plain text anywhere
else (``print(view)``). Article text always goes through :mod:`newslit.views.text`:
escaped, explicit terms masked. The lesson's exercises are in :mod:`newslit.lessons.verify`.
"""

from __future__ import annotations

import re
from html import escape

from newslit.analysis.figures import VERDICTS, check_share, lead_counts_the_same_kind, ledger_sample, verdict_counts
from newslit.case.model import short_outlet
from newslit.text.compiled import regex
from newslit.text.masking import mask
from newslit.views.charts import inside_axes, new_chart, show_chart
from newslit.views.text import Shown, count, highlighted, html_table, plain, safe_text

# Okabe-Ito colours, each verdict also with its own hatch and written label.
VERDICT_STYLE = {
    "match": ("#009E73", "", "match"),
    "rounded": ("#56B4E9", "..", "rounded"),
    "changed": ("#D55E00", "xx", "changed"),
    "not_in_primary": ("#999999", "//", "not in the primary"),
}
EXPLAIN = {
    "match": "the same figure, counting the same thing",
    "rounded": "the same thing counted, rounded or hedged as far as the words allow (“nearly”, “about”), and still true",
    "changed": "the same thing counted, for sure, but a different amount (or the meaning changed: a hedge dropped)",
    "not_in_primary": "the primary gives nothing that surely counts the same thing, so the figure cannot be checked "
    "against it; the closest figure is shown as a lead to check, not as a mistake",
}


def _badge(verdict: str | None) -> str:
    if not verdict:
        return ""
    colour, _, label = VERDICT_STYLE[verdict]
    return f'<span style="border-left:6px solid {colour};padding-left:4px">{escape(label)}</span>'


def _mark_figure(sentence: str, figure: str | None) -> str:
    if not figure or figure not in sentence:
        return safe_text(sentence)
    start = sentence.index(figure)
    return highlighted(sentence, [(start, start + len(figure), "nl-figure", "figure")])


def _outlet(record: dict) -> str:
    return short_outlet(record.get("outlet") or record["article"])


def _why(record: dict, lead: str | None, primary: str) -> str:
    """The reason shown for a row: the key's where it has one, else the engine's, without a lead that does not fit."""
    if record.get("key_explanation"):
        return record["key_explanation"]
    why, lead_why = record["explanation"], record.get("lead_explanation")
    if lead_why and not lead:
        # The engine's nearest figure counts something else: naming it would only mislead.
        why = why.removesuffix(lead_why).rstrip() + f" There is no figure to compare in the {primary} report."
    return why


def ledger_view(
    records: list[dict], article: str | None = None, *, primary: str = "primary", caption: str = ""
) -> Shown:
    """The figure ledger: each figure as written, the primary's figure and sentence, the verdict, why.

    ``article`` keeps one retelling's rows; ``primary`` names the primary in the headers;
    ``caption`` replaces the table's caption. Outlets are named by their name, verdicts
    in words. The verdict is the engine's; where the answer key has the figure and says
    otherwise, the key's verdict is written beside it. The reason is the key's where it has
    one (it was written by a reader), else the engine's. A figure not in the primary shows
    the engine's nearest primary figure as a lead only when it plausibly counts the same
    kind of thing (:func:`~newslit.analysis.figures.lead_counts_the_same_kind`); otherwise
    the row says plainly that the primary has no figure to compare. A row with a ``note``
    (from the case's key, see :func:`newslit.lessons.verify.load`) shows it under the
    outlet's sentence. An empty selection shows "(no figures)".
    """
    rows = [r for r in records if article is None or r["article"] == article]
    headers = ["Outlet", "Figure as written", f"{primary}'s figure", f"{primary}'s sentence", "Verdict", "Why"]
    nothing = f"no figure to compare in the {primary} report"
    html_rows, lines = [], []
    for r in rows:
        # Not the same quantity: only a lead, and only one that counts the same kind of thing.
        lead = r["lead_text"] if not r["primary_text"] and lead_counts_the_same_kind(r) else None
        theirs = f"lead to check: {lead}" if lead else (r["primary_text"] or nothing)
        sentence = r["primary_sentence"] or (r.get("lead_sentence") if lead else None)
        key = r.get("key_verdict")
        differs = f" (the answer key: {VERDICT_STYLE[key][2]})" if key and key != r["verdict"] else ""
        why = _why(r, lead, primary)
        note = r.get("note")
        html_rows.append(
            [
                escape(_outlet(r)),
                _mark_figure(r["sentence"], r["text"])
                + (f"<br><small><b>Note:</b> {safe_text(note)}</small>" if note else ""),
                safe_text(theirs),
                _mark_figure(sentence, r["primary_text"] or lead) if sentence else "—",
                _badge(r["verdict"]) + (f"<br><small>{escape(differs.strip())}</small>" if differs else ""),
                safe_text(why),
            ]
        )
        against = (
            f" against {primary}'s “{mask(r['primary_text'])}”"
            if r["primary_text"]
            else (f" against a lead to check, {primary}'s “{mask(lead)}”" if lead else f" ({nothing})")
        )
        lines.append(
            f"{_outlet(r)}: “{mask(r['text'])}”{against}: "
            f"{VERDICT_STYLE[r['verdict']][2]}{differs}. {plain(why)}" + (f" Note: {plain(note)}" if note else "")
        )
    if not rows:
        return Shown("<p>(no figures)</p>", "(no figures)")
    caption = caption or count(len(rows), "figure") + (f" in {_outlet(rows[0])}" if article else "")
    return Shown(html_table(headers, html_rows, caption), "\n".join([caption, *lines]))


def ledger_sample_view(records: list[dict], *, primary: str = "primary") -> Shown:
    """A sample of the ledger for class: in each retelling, one figure of each verdict it has.

    The rows are chosen by :func:`~newslit.analysis.figures.ledger_sample`; the caption says
    how many of how many figures are shown, and where the rest are.
    """
    sample = ledger_sample(records)
    caption = (
        f"{len(sample)} of {count(len(records), 'figure')}: one of each verdict in each outlet "
        "(every figure is under “Going further”)"
    )
    return ledger_view(sample, primary=primary, caption=caption)


def verdict_legend() -> Shown:
    """What each verdict means, with its colour, hatch and label."""
    rows = [[_badge(v), escape(EXPLAIN[v])] for v in VERDICTS]
    return Shown(
        html_table(["Verdict", "Means"], rows), "\n".join(f"{VERDICT_STYLE[v][2]}: {EXPLAIN[v]}" for v in VERDICTS)
    )


def verdict_summary(records: list[dict]) -> str:
    """One line per outlet: how many figures, and how many of each verdict."""
    names = _names(records)
    lines = []
    for article, counts in verdict_counts(records).items():
        total = sum(counts.values())
        parts = ", ".join(f"{n} {VERDICT_STYLE[v][2]}" for v, n in counts.items() if n)
        lines.append(f"{names.get(article, article)}: {count(total, 'figure')}: {parts}.")
    return "\n".join(lines) or "No figures in the retellings."


def _names(records: list[dict]) -> dict[str, str]:
    """Article id -> the outlet's short name, from the records."""
    return {r["article"]: _outlet(r) for r in records}


def verdict_chart(records: list[dict]):
    """A stacked bar chart of verdicts per outlet (colour, hatch and a count label on each part).

    Returns the matplotlib Figure; :func:`show_verdict_chart` also prints the text summary.
    """
    counts = verdict_counts(records)
    articles = list(counts)
    names = _names(records)
    fig, ax = new_chart(8, 0.6 * len(articles) + 1.8)
    left = [0] * len(articles)
    for verdict in VERDICTS:
        colour, hatch, label = VERDICT_STYLE[verdict]
        values = [counts[a][verdict] for a in articles]
        bars = ax.barh([names.get(a, a) for a in articles], values, left=left, color=colour, hatch=hatch,
                       edgecolor="black", label=label)  # fmt: skip
        for bar, value in zip(bars, values):
            if value:
                count_label = ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2, str(value),
                                      ha="center", va="center", fontsize=9, backgroundcolor="white")  # fmt: skip
                inside_axes([count_label])
        left = [a + b for a, b in zip(left, values)]
    ax.set_title("Figures in each retelling, by verdict")
    ax.set_xlabel("Number of figures")
    ax.set_ylabel("Outlet")
    ax.invert_yaxis()
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=4, fontsize=9, frameon=False)
    return fig


def show_verdict_chart(records: list[dict]) -> None:
    """Draw the chart, then print its summary in words."""
    show_chart(verdict_chart(records), verdict_summary(records))


def who_counts_view(ledger: list[dict], case=None) -> Shown:
    """The primary's figures grouped by who is counting, and which retellings used each.

    Given the ``case``, the retellings are named by their outlets.
    """
    names = {a.id: short_outlet(a.outlet) for a in case.articles} if case is not None else {}
    groups: dict[str, list[dict]] = {}
    for row in ledger:
        groups.setdefault(row["source"], []).append(row)
    html_rows, lines = [], []
    for source, rows in sorted(groups.items(), key=lambda item: -len(item[1])):
        # "thousands (posts)": the thing counted in brackets, since "thousands posts" does not read.
        figures = "; ".join(f"{r['text']}" + (f" ({r['noun']})" if r["noun"] else "") for r in rows)
        used = sorted({names.get(a, a) for r in rows for a in r["retold_by"]})
        html_rows.append([escape(source), safe_text(figures), escape(", ".join(used) or "—")])
        lines.append(f"{source}: {mask(figures)} (retold by: {', '.join(used) or 'nobody'})")
    return Shown(html_table(["Who is counting", "Figures", "Retold by"], html_rows), "\n".join(lines))


# What a learner does with a sum the text gives nothing to check against, by kind of sum.
# Worded for any case: the lesson runs on other stories too, so no figure or name of the seed case.
NOTHING_TO_CHECK = {
    "one_in": "Nothing in the text to check it against. Read the working, and say in your own words how big a "
    "share that is.",
    "implied": "The text does not give the earlier figure, so the working works it out from the change it gives.",
    "part_of_share": "Nothing in the text to check it against. Read the working, and say in your own words what "
    "share of the whole it is.",
}
NOTHING_ELSE = "Nothing in the text to check it against. Read the working and say in your own words what it shows."


def _result(check: dict) -> str:
    if check["holds"] is None:
        return NOTHING_TO_CHECK.get(check["kind"], NOTHING_ELSE)
    return "The claim holds." if check["holds"] else "The claim does not hold."


def arithmetic_view(checks: list[dict]) -> Shown:
    """The sums behind the primary's figures: the claim, the working, and whether it holds.

    Where the text gives nothing to check a sum against, the last column says what to do
    instead, in words (:data:`NOTHING_TO_CHECK`).
    """
    rows = [[safe_text(c["claim"]), escape(c["working"]), escape(_result(c))] for c in checks]
    lines = [f"{mask(c['claim'])}: {c['working']}. {_result(c)}" for c in checks]
    return Shown(html_table(["Claim", "Working", "Does it hold?"], rows), "\n".join(lines) or "(no sums found)")


def search_primary(case, query: str, *, limit: int = 8) -> Shown:
    """The primary's sentences that contain ``query`` (case-insensitive), the matches marked.

    An empty query or one with no match says so. The query is treated as plain text,
    not a pattern.
    """
    query = query.strip()
    if not query:
        return Shown("<p>Type a number or a word to search the primary.</p>", "Type a number or a word.")
    pattern = regex(re.escape(query), re.IGNORECASE)
    hits = [s for s in case.primary.sentences if pattern.search(s.text)]
    if not hits:
        return Shown(f"<p>No sentence of the primary contains {escape(repr(query))}.</p>", f"No match for {query!r}.")
    html_rows, lines = [], []
    for s in hits[:limit]:
        spans = [(m.start(), m.end(), "nl-search", "match") for m in pattern.finditer(s.text)]
        html_rows.append([str(s.index + 1), highlighted(s.text, spans)])
        lines.append(f"[sentence {s.index + 1}] {plain(s.text)}")
    more = f" (showing {limit} of {len(hits)})" if len(hits) > limit else ""
    contain = "contains" if len(hits) == 1 else "contain"
    caption = f"{count(len(hits), 'sentence')} of the primary {contain} “{query}”{more}"
    return Shown(html_table(["Sentence", "Text"], html_rows, caption), "\n".join([caption, *lines]))


def search_box(case, example: str = ""):
    """A search box over the primary: type a figure or a word, see the sentences, matches marked."""
    import ipywidgets as widgets

    from newslit.views.looks import text_widget

    box = widgets.Text(value=example, description="Search", placeholder="e.g. 490,000 or accounts")
    out = text_widget(search_primary(case, example).html)  # HTML, not an Output widget: see text_widget

    def show(_=None):
        out.value = search_primary(case, box.value).html

    box.observe(show, names="value")
    from newslit.views.exercises import Panel

    return Panel(
        [box, out], f"Search the primary (live in a notebook): {example}\n" + search_primary(case, example).text
    )


def share_calculator(part: float = 128, whole: float = 405, claim: str = "less than a third"):
    """Two numbers and a claim about them: the share, and whether the claim holds (live)."""
    import ipywidgets as widgets

    from newslit.views.looks import text_widget

    part_box = widgets.FloatText(value=part, description="part")
    whole_box = widgets.FloatText(value=whole, description="whole")
    claim_box = widgets.Text(value=claim, description="claim")
    result = text_widget()

    def update(_=None):
        try:
            check = check_share(part_box.value, whole_box.value, claim_box.value or None)
        except ValueError as error:
            result.value = escape(str(error))
            return
        verdict = {True: "The claim holds.", False: "The claim does not hold.", None: ""}[check["holds"]]
        result.value = escape(f"{check['working']}. {verdict}")

    for box in (part_box, whole_box, claim_box):
        box.observe(update, names="value")
    update()
    from newslit.views.exercises import Panel

    try:
        worked = check_share(part, whole, claim or None)["working"]
    except ValueError as error:
        worked = str(error)
    return Panel([part_box, whole_box, claim_box, result], f"Share calculator (live in a notebook): {worked}")


__all__ = [
    "EXPLAIN",
    "VERDICT_STYLE",
    "Shown",
    "arithmetic_view",
    "ledger_sample_view",
    "ledger_view",
    "search_box",
    "search_primary",
    "share_calculator",
    "show_verdict_chart",
    "verdict_chart",
    "verdict_legend",
    "verdict_summary",
    "who_counts_view",
]
