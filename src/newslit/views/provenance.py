"""Views for lesson 01: the provenance reader, the label chart, coverage, voices, the translation chain.

Each view shows as HTML in a notebook and as plain text elsewhere (printouts, screen
readers, exports without JavaScript). Article text goes through :mod:`newslit.views.text`
(escaped, explicit terms masked). Colours are Okabe-Ito and never the only cue: every
label is also written out and every bar has a hatch and a value.
"""

from __future__ import annotations

from html import escape

from newslit.analysis.coverage import disputed
from newslit.analysis.provenance import LABELS, confident_primary, index_primary, label_shares
from newslit.case.model import Case, short_outlet
from newslit.text.masking import mask
from newslit.text.wordchanges import kept_share, word_changes
from newslit.views.charts import OKABE_ITO, inside_axes, new_chart, show_chart
from newslit.views.text import Shown, block, highlighted, html_table, safe_text

LABEL_STYLE = {  # colour, hatch in charts, border style in text, what the label means
    "copied": ("#0072B2", "", "solid", "taken over almost word for word"),
    "reworded": ("#E69F00", "//", "dashed", "the same content in changed words"),
    "added": ("#D55E00", "xx", "dotted", "no counterpart in the primary"),
}


def legend() -> Shown:
    """What the three labels mean, with the mark each one gets."""
    parts, lines = [], []
    for label in LABELS:
        colour, _, border, meaning = LABEL_STYLE[label]
        parts.append(
            f'<span style="border:2px {border} {colour};padding:1px 6px;margin-right:8px">'
            f"<b>[{label}]</b> {escape(meaning)}</span>"
        )
        lines.append(f"[{label}] {meaning}")
    return Shown(block("".join(parts)), "Labels: " + "; ".join(lines))


MAX_SWAP_WORDS = 3  # a longer run is a clause rewritten, not a word swapped
MIN_CHANGES_SCORE = 0.5  # share of words a reworded sentence must share with its one match to list word changes
FREE_PARAPHRASE = 0.45  # below this share of the two sentences' words kept in order, a free paraphrase
# True under any score: the score counts key words found anywhere in the primary sentence
# (or words treated as the same); this note says they do not stand in the same order there.
FREE_PARAPHRASE_NOTE = (
    "No word-for-word changes are listed: the words it shares stand in another order, or among "
    "other words, in the other sentence. Compare the two sentences."
)
SCORE_WORDS = "of its key words (or words that mean the same) found in"
"""What a card's percentage measures: the engine's coverage (stems of content words, common
swaps such as "removed" / "taken down" counted as the same word, rare words weighing more,
the outlet's own "according to ..." set aside), in words a learner can check."""
NOT_CLOSE = "Not close enough to any one sentence (too few of its key words, or fewer than two, found there)."
LABEL_BOX = {"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"}  # numbers on hatched bars


def _changes_html(record: dict) -> tuple[str, str]:
    """The retold sentence with its changed words marked, and the changes in words.

    A free paraphrase (:data:`FREE_PARAPHRASE`) gets a plain note and no marks. Otherwise
    only swaps and drops of at most :data:`MAX_SWAP_WORDS` words with shared wording on
    both sides are listed and marked: elsewhere the view says nothing rather than pair
    words that do not correspond.
    """
    primary = record["primary_sentence"] or ""
    if kept_share(primary, record["sentence"]) < FREE_PARAPHRASE:
        return safe_text(record["sentence"]), FREE_PARAPHRASE_NOTE
    short = [
        c
        for c in word_changes(primary, record["sentence"])
        if c["inside"] and len(c["old"].split()) <= MAX_SWAP_WORDS and len(c["new"].split()) <= MAX_SWAP_WORDS
    ]
    swaps = [c for c in short if c["op"] == "replace"]
    dropped = [c["old"] for c in short if c["op"] == "delete"]
    spans = [(c["new_start"], c["new_end"], "nl-changed", f"was: {c['old']}") for c in swaps]
    text = ""
    if swaps:
        listed = [f"{c['old']} → {c['new']}" for c in swaps]
        text += "changed: " + "; ".join(listed[:8]) + ("; …" if len(listed) > 8 else "") + ". "
    if dropped:
        text += "dropped: " + "; ".join(dropped[:6]) + ("; …" if len(dropped) > 6 else "") + "."
    return highlighted(record["sentence"], spans), text.strip()


def card_note(record: dict) -> str:
    """The kind of note a card carries under its sentence: ``"changes"``, ``"paraphrase"`` or ``""``.

    The same rule as :func:`sentence_card`: notes only under a reworded sentence with one
    WSJ sentence that shares at least :data:`MIN_CHANGES_SCORE` of its key words.
    """
    if record["label"] != "reworded" or len(record["primary_index"]) != 1 or record["score"] < MIN_CHANGES_SCORE:
        return ""
    _, note = _changes_html(record)
    if note == FREE_PARAPHRASE_NOTE:
        return "paraphrase"
    return "changes" if note else ""


def sentence_card(record: dict, primary_name: str, shown_primary: list[str] | None = None) -> tuple[str, str]:
    """One retold sentence, its label and score, and where it came from (HTML, text).

    ``shown_primary`` is the primary's sentences to show under it (default: the whole
    match); :func:`article_view` passes only those matched with confidence
    (:func:`newslit.analysis.provenance.confident_primary`).
    """
    label = record["label"]
    colour, _, border, _ = LABEL_STYLE[label]
    if shown_primary is None:
        shown_primary = [record["primary_sentence"]] if record["primary_sentence"] else []
        parts = len(record["primary_index"])
    else:
        parts = len(shown_primary)
    primary_text = " ".join(shown_primary) or None
    score = f"{record['score']:.0%} {SCORE_WORDS} {primary_name}"
    if parts > 1:
        score += f", built from {parts} of its sentences"
    # Word changes only within one aligned pair that shares most of its words: on a loose
    # match the two sentences say different things, and "X became Y" would pair words at random.
    if label == "reworded" and len(record["primary_index"]) == 1 and record["score"] >= MIN_CHANGES_SCORE:
        sentence_html, changes = _changes_html(record)
    else:
        sentence_html, changes = safe_text(record["sentence"]), ""
    html = (
        f'<div style="border-left:5px {border} {colour};padding:3px 8px;margin:6px 0">'
        f"<b>[{label}]</b> <small>({escape(score)})</small><br>{sentence_html}"
    )
    text = f"[{label}] ({score}) {record['sentence']}"
    if primary_text:
        html += f"<br><small><b>{escape(primary_name)}:</b> {safe_text(primary_text)}</small>"
        text += f"\n    {primary_name}: {primary_text}"
    elif record.get("nearest_sentence"):
        why = record.get("added_reason") or NOT_CLOSE
        html += (
            f"<br><small>{safe_text(why)} The closest sentence in {escape(primary_name)}: "
            f"{safe_text(record['nearest_sentence'])}</small>"
        )
        text += f"\n    {why} The closest sentence in {primary_name}: {record['nearest_sentence']}"
    if changes:
        html += f"<br><small><i>{safe_text(changes)}</i></small>"
        text += f"\n    {changes}"
    return html + "</div>", text


def article_view(case: Case, records: list[dict], article: str, sample: list[dict] | None = None) -> Shown:
    """Every sentence of one retelling, labelled, with its primary sentence and the word changes.

    With ``sample`` (some of the article's records), only those cards, in text order, under
    a line that says how many of how many are shown and where the others are.
    """
    mine = [r for r in records if r["article"] == article]
    primary_name = short_outlet(case.primary.outlet)
    outlet = case.article(article).outlet
    counts = {k: sum(r["label"] == k for r in mine) for k in LABELS}
    head = f"{outlet}: {len(mine)} sentences, " + ", ".join(f"{v} {k}" for k, v in counts.items())
    shown_line = ""
    if sample is not None:
        total = len(mine)
        picked = {r["index"] for r in sample if r["article"] == article}
        mine = [r for r in mine if r["index"] in picked]
        shown_line = (
            f"Shown here: {len(mine)} of its {total} cards, some of each label, in text order. "
            "Every card is in the second reader, under “Going further”."
        )
    index = index_primary(case.primary)
    cards = [sentence_card(r, primary_name, [index.texts[i] for i in confident_primary(r, index)]) for r in mine]
    # No inner scroll box: in JupyterLab the arrow keys move between cells, so a keyboard could
    # not scroll it, and a screen reader reads the sentences in the notebook's own flow.
    html = f"<h3>{escape(head)}</h3>" + (f"<p><i>{escape(shown_line)}</i></p>" if shown_line else "")
    text = head + (f". {shown_line}" if shown_line else "")
    return Shown(block(html + "".join(h for h, _ in cards)), text + "\n" + "\n".join(t for _, t in cards))


def reader(case: Case, records: list[dict], start: str | None = None, sample=None):
    """The provenance reader: choose an outlet, read its sentences labelled.

    Returns an ipywidgets box: a drop-down of the retellings and the article view under it,
    shown at once for ``start`` (default: the first retelling) so an export has content.
    ``sample(article)``, when given, returns the records to show for an article (a class
    reads a sample, :func:`newslit.lessons.compare.class_reader`); by default every card.
    """

    def view(article):
        return article_view(case, records, article, sample(article) if sample else None)

    import ipywidgets as w

    from newslit.views.looks import text_widget

    options = [(short_outlet(a.outlet), a.id) for a in case.derivatives]
    chooser = w.Dropdown(options=options, value=start or options[0][1], description="Outlet")
    first = view(chooser.value)
    out = text_widget(first.html)  # HTML, not an Output widget: see text_widget

    def show(_=None):
        out.value = view(chooser.value).html

    chooser.observe(show, names="value")
    from newslit.views.exercises import Panel

    return Panel([legend_widget(), chooser, out], legend().text + "\n" + first.text)


def legend_widget():
    from newslit.views.looks import text_widget

    return text_widget(legend().html)


# ---- the label chart -----------------------------------------------------------------------


def label_chart(case: Case, records: list[dict]):
    """A stacked horizontal bar per retelling: share copied / reworded / added (a matplotlib Figure)."""
    shares = label_shares(records)
    articles = [a for a in case.derivatives if a.id in shares]
    figure, axes = new_chart(8.5, 0.7 * len(articles) + 2.0)
    left = [0.0] * len(articles)
    for label in LABELS:
        colour, hatch, _, meaning = LABEL_STYLE[label]
        values = [100 * shares[a.id][label] for a in articles]
        bars = axes.barh(range(len(articles)), values, left=left, color=colour, hatch=hatch, edgecolor="black",
                         label=f"{label}: {meaning}")  # fmt: skip
        # A white box behind each number keeps it readable on the hatching.
        inside_axes(axes.bar_label(bars, labels=[f"{v:.0f}%" if v >= 6 else "" for v in values],
                                   label_type="center", color="black", bbox=LABEL_BOX))  # fmt: skip
        left = [x + v for x, v in zip(left, values)]
        for row, value in enumerate(values):
            if 0 < value < 6:  # too thin to hold its number: written just past the bar's end instead
                axes.annotate(f"{label} {value:.0f}%", (100, row), xytext=(4, 0), textcoords="offset points",
                              va="center", fontsize=9, annotation_clip=False)  # fmt: skip
    axes.set_yticks(range(len(articles)), [short_outlet(a.outlet) for a in articles])
    axes.invert_yaxis()
    axes.set_xlim(0, 100)
    axes.set_xlabel("Share of the article's sentences (%)")
    axes.set_ylabel("Outlet")
    axes.set_title(f"How much of each retelling comes from {short_outlet(case.primary.outlet)}?")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=1, frameon=False)
    return figure


def label_summary(case: Case, records: list[dict]) -> str:
    """The label chart in words."""
    shares = label_shares(records)
    parts = []
    for a in case.derivatives:
        if a.id in shares:
            s = shares[a.id]
            parts.append(
                f"{short_outlet(a.outlet)}: {s['copied']:.0%} copied, {s['reworded']:.0%} reworded, {s['added']:.0%} added"
            )
    most_added = max((a for a in case.derivatives if a.id in shares), key=lambda a: shares[a.id]["added"])
    return (
        "Share of sentences by label. "
        + "; ".join(parts)
        + f". {short_outlet(most_added.outlet)} adds the most of its own."
    )


def show_label_chart(case: Case, records: list[dict]) -> None:
    show_chart(label_chart(case, records), label_summary(case, records))


# ---- coverage ------------------------------------------------------------------------------

COVERAGE_MARKS = {"copied": "●", "reworded": "◐", None: "·"}


def dispute_line(record: dict) -> str:
    """One disagreement in words: what the matching says, what the key's reading says, and the sentence."""
    outlet = short_outlet(record["outlet"])
    if record["carried"]:
        return (
            f"{record['label']} — {outlet}: the matching says {record['how']}, from “{mask(record['sentence'])}”; "
            "the key's reading finds no sentence that retells it."
        )
    return (
        f"{record['label']} — {outlet}: the matching found no sentence; the key's reading says "
        f"“{mask(record['key_sentence'] or '')}” retells the sentence of the primary that states it."
    )


def coverage_view(case: Case, coverage: list[dict], shown: list[str] | None = None) -> Shown:
    """A facts × outlets grid: ● copied, ◐ reworded, · left out; then what each outlet left out.

    A mark the answer key's hand reading disputes gets a ``?`` and is listed under the
    grid with its sentence, so a false "carried" is as visible as a false "left out".
    ``shown`` (fact ids) limits the grid to a sample, as a class reads it: a line says how
    many of how many facts are shown, the "leaves out" counts still cover every fact, and
    the disputes are only counted (every row and note is in the whole grid).
    """
    articles = [a for a in case.derivatives]
    every = list(dict.fromkeys((r["fact"], r["label"]) for r in coverage))
    facts = [f for f in every if shown is None or f[0] in shown]
    cell = {(r["fact"], r["article"]): r for r in coverage}
    head = "".join(f'<th scope="col">{escape(short_outlet(a.outlet))}</th>' for a in articles)
    rows_html, rows_text = [], []
    for fact, label in facts:
        cells, marks = [], []
        for a in articles:
            record = cell[(fact, a.id)]
            how = record["how"]
            colour = LABEL_STYLE[how][0] if how else "#ffffff"
            word = (how or "left out") + ("; the key disagrees" if disputed(record) else "")
            mark = COVERAGE_MARKS[how] + ("?" if disputed(record) else "")
            cells.append(
                f'<td title="{escape(word)}" style="text-align:center;background:{colour}22">'
                f"{mark} <small>{escape(word)}</small></td>"
            )
            marks.append(mark)
        carried = sum(not m.startswith("·") for m in marks)
        rows_html.append(f'<tr><th scope="row" style="text-align:left">{escape(label)}</th>{"".join(cells)}'
                         f"<td>{carried}/{len(articles)}</td></tr>")  # fmt: skip
        rows_text.append(f"{' '.join(f'{m:2}' for m in marks)}  {label} ({carried}/{len(articles)})")
    # A class sample shows no notes: the caption must not promise them "below".
    notes_at = "listed below" if shown is None else "each one is listed with the whole grid, under Going further"
    table = (
        "<table><caption>Key facts of the primary (rows) carried by each outlet (columns): ● copied, ◐ reworded,"
        f' · left out; ? the answer key disagrees ({notes_at})</caption><tr><th scope="col">Key fact</th>{head}<th scope="col">Outlets that carry it</th></tr>'
        + "".join(rows_html)
        + "</table>"
    )
    left_out = []
    for a in articles:
        missing = [label for fact, label in every if not cell[(fact, a.id)]["carried"]]
        left_out.append(f"{short_outlet(a.outlet)} leaves out {len(missing)} of {len(every)}")
    summary = "; ".join(left_out) + "."
    disputes = [dispute_line(r) for r in coverage if disputed(r)]
    if shown is not None:
        summary = (
            f"Shown here: {len(facts)} of the {len(every)} key facts (every fact, and every mark the answer key "
            f'disagrees with (?), is under "Going further"). Over all {len(every)}: ' + summary
        )
        disputes = []
    if disputes:
        summary += (
            f" The matching and the answer key's hand reading disagree on {len(disputes)} marks (?): "
            "read each sentence and decide."
        )
    listed = "".join(f"<li>{escape(line)}</li>" for line in disputes)
    html = table + f"<p>{escape(summary)}</p>" + (f"<ul>{listed}</ul>" if listed else "")
    text = "Columns: " + ", ".join(short_outlet(a.outlet) for a in articles) + "\n" + "\n".join(rows_text)
    return Shown(block(html), text + "\n" + summary + "".join(f"\n- {line}" for line in disputes))


def dropped_facts(coverage: list[dict], article: str) -> list[str]:
    """The labels of the facts an article does not carry."""
    return [r["label"] for r in coverage if r["article"] == article and not r["carried"]]


# ---- voices and sources ------------------------------------------------------------------


def voices_table(case: Case, voices: list[dict]) -> Shown:
    """Who speaks in each article: every voice and source, how often, with the verb used."""
    rows_html, rows_text = [], []
    for article in case.articles:
        mine = [v for v in voices if v["article"] == article.id]
        grouped: dict[tuple[str, str], list[dict]] = {}
        for v in mine:
            grouped.setdefault((v["kind"], v["who"]), []).append(v)
        for (kind, who), found in sorted(grouped.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
            verbs = ", ".join(dict.fromkeys(v["verb"] for v in found))
            notes = "; ".join(dict.fromkeys(v["note"] for v in found if v["note"]))
            target = found[0].get("refers_to") or ""
            rows_html.append(
                f"<tr><td>{escape(short_outlet(article.outlet))}</td><td>{escape(kind)}</td><td>{safe_text(who)}</td>"
                f"<td>{len(found)}</td><td>{escape(verbs)}</td><td>{escape(target)}</td><td>{escape(notes)}</td></tr>"
            )
            rows_text.append(
                f"{short_outlet(article.outlet)} | {kind} | {who} | {len(found)}x | {verbs}"
                + (f" | = {target}" if target else "")
                + (f" | {notes}" if notes else "")
            )
    html = (
        "<table><caption>Voices (people and organisations quoted or paraphrased) and sources (whom the outlet "
        "credits)</caption><tr><th>Outlet</th><th>Voice or source</th><th>Who</th><th>Times</th><th>Verbs used</th>"
        "<th>Refers to</th><th>Note</th></tr>" + "".join(rows_html) + "</table>"
    )
    return Shown(block(html), "\n".join(rows_text))  # no inner scroll box, as in article_view


def voices_chart(case: Case, voices: list[dict]):
    """Bars per outlet: how many attributions go to sources, researchers and other voices."""
    kinds = [("source", OKABE_ITO[4], "", "sources (the WSJ, 'the report', AFP...)"),
             ("researchers", OKABE_ITO[2], "..", "researchers (teams, and people quoted from a research lab)"),
             ("voice", OKABE_ITO[0], "\\\\", "other people and organisations (Meta, a spokesman...)")]  # fmt: skip
    articles = list(case.articles)
    figure, axes = new_chart(8.5, 0.7 * len(articles) + 2.2)
    left = [0] * len(articles)
    for kind, colour, hatch, name in kinds:
        values = [sum(v["article"] == a.id and v["kind"] == kind for v in voices) for a in articles]
        bars = axes.barh(
            range(len(articles)), values, left=left, color=colour, hatch=hatch, edgecolor="black", label=name
        )
        inside_axes(
            axes.bar_label(bars, labels=[str(v) if v else "" for v in values], label_type="center", bbox=LABEL_BOX)
        )
        left = [x + v for x, v in zip(left, values)]
    axes.set_yticks(range(len(articles)), [short_outlet(a.outlet) for a in articles])
    axes.invert_yaxis()
    axes.set_xlabel("Number of attributions found (said, according to, reported, ...)")
    axes.set_ylabel("Outlet")
    axes.set_title("Who is given a voice, and whom each outlet credits")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=1, frameon=False)
    return figure


def voices_summary(case: Case, voices: list[dict]) -> str:
    parts = []
    for a in case.articles:
        mine = [v for v in voices if v["article"] == a.id]
        kinds = {k: sum(v["kind"] == k for v in mine) for k in ("source", "researchers", "voice")}
        # Every outlet's voices named the same way, as the outlet names them ("the social media
        # giant" too): one spelling per name, whatever its capitals.
        named = {v["who"].lower(): v["who"] for v in sorted(mine, key=lambda v: v["who"]) if v["kind"] == "voice"}
        people = sorted(named.values(), key=str.lower)
        parts.append(
            f"{short_outlet(a.outlet)}: {kinds['source']} credits to sources, {kinds['researchers']} to researchers, "
            f"{kinds['voice']} to other voices" + (f" ({', '.join(people)})" if people else "")
        )
    return "Attributions per outlet. " + "; ".join(parts) + "."


def show_voices_chart(case: Case, voices: list[dict]) -> None:
    show_chart(voices_chart(case, voices), voices_summary(case, voices))


# ---- the translation chain ---------------------------------------------------------------

LANGUAGES = {"en": "English", "fr": "French", "nl": "Dutch", "de": "German", "es": "Spanish", "it": "Italian"}


def translation_chain(case: Case) -> Shown:
    """How each translated retelling reached us: primary -> outlet's own language -> this English text.

    Built from the case metadata (``language``, ``translated_from``, ``notes``); a case
    with no translations says so.
    """
    primary = case.primary
    p_lang = LANGUAGES.get(primary.language, primary.language)
    steps_html, steps_text = [], []
    for a in case.derivatives:
        if not a.translated_from:
            continue
        source_lang = LANGUAGES.get(a.translated_from, a.translated_from)
        lang = LANGUAGES.get(a.language, a.language)
        chain = [
            f"{short_outlet(primary.outlet)} ({p_lang})",
            f"{short_outlet(a.outlet)}, written in {source_lang}",
            f"the text in this case ({lang})",
        ]
        note = a.notes or ""
        steps_html.append(
            "<li>"
            + " → ".join(f"<b>{escape(c)}</b>" for c in chain)
            + (f"<br><small>{escape(note)}</small>" if note else "")
            + "</li>"
        )
        steps_text.append(" -> ".join(chain) + (f"\n   {note}" if note else ""))
    if not steps_html:
        return Shown(
            block("<p>No article in this case is a translation.</p>"), "No article in this case is a translation."
        )
    intro = (
        "Each arrow is a retelling: every step can drop, soften or sharpen a detail. The last step, into "
        "the English you read here, is a translation: unless the notes say who made it, nobody knows "
        "whether it was the outlet or someone else."
    )
    return Shown(block(f"<p>{escape(intro)}</p><ul>{''.join(steps_html)}</ul>"), intro + "\n" + "\n".join(steps_text))


PROFILE_COLUMNS = [  # (field of article_profiles, header a reader sees)
    ("words", "Words"),
    ("sentences", "Sentences (headline and subheads counted)"),
    ("copied", "Copied"),
    ("reworded", "Reworded"),
    ("added", "Added"),
    ("reading_ease", "Reading ease (Flesch: higher is easier)"),
    ("quotes", "Quotations"),
    ("days_after_primary", "Days after the primary"),
    ("translated_from", "Translated from"),
]


def _profile_cell(field: str, value) -> str:
    if field in LABELS:
        return "" if value is None or value != value else f"{value:.0%}"
    if field == "days_after_primary":
        return "unknown" if value is None or value != value else str(int(value))
    if field == "translated_from":
        return LANGUAGES.get(value, value) if value else ""
    if field == "reading_ease":
        return "" if value is None or value != value else f"{value:.0f}"
    return str(value)


def profile_table(profiles: list[dict]) -> Shown:
    """The per-article profile: length, shares copied / reworded / added, reading ease, quotations, date gap.

    Plain column headers, outlets by name, percentages rounded; the primary's shares are
    blank (it is the primary) and its date gap 0.
    """
    headers = ["Outlet"] + [header for _, header in PROFILE_COLUMNS]
    rows, lines = [], []
    for profile in profiles:
        cells = [_profile_cell(field, profile.get(field)) for field, _ in PROFILE_COLUMNS]
        if profile.get("copied") is None:  # the primary: its shares are blank, its date is the reference
            cells[[f for f, _ in PROFILE_COLUMNS].index("days_after_primary")] = "(the primary)"
        name = short_outlet(profile["outlet"])
        rows.append([f"<b>{escape(name)}</b>", *(escape(c) for c in cells)])
        lines.append(name + ": " + "; ".join(f"{h}: {c}" for (_, h), c in zip(PROFILE_COLUMNS, cells) if c != ""))
    return Shown(html_table(headers, rows, "Each article's profile", row_headers=True), "\n".join(lines))


def sentence_coverage_view(case: Case, rows: list[dict], *, top: int = 12) -> Shown:
    """The primary's sentences that the most outlets retold, and how many no outlet retold.

    For a case with no facts list: ``rows`` from :func:`newslit.analysis.coverage.sentence_coverage`.
    """
    names = {a.id: short_outlet(a.outlet) for a in case.derivatives}
    ranked = sorted(rows, key=lambda r: (-r["count"], r["index"]))[:top]
    never = sum(r["count"] == 0 for r in rows)
    body_html = "".join(
        f"<tr><td>{r['count']}</td><td>{escape(', '.join(names[a] for a in r['outlets']))}</td>"
        f"<td>{safe_text(r['sentence'])}</td></tr>"
        for r in ranked
    )
    summary = (
        f"{never} of the primary's {len(rows)} body sentences are retold by no outlet; "
        f"the most retold is retold by {ranked[0]['count'] if ranked else 0} of {len(names)}."
    )
    html = (
        f"<table><caption>The {len(ranked)} primary sentences retold most often</caption>"
        "<tr><th>How many outlets</th><th>Which</th><th>Primary sentence</th></tr>" + body_html + "</table>"
        f"<p>{escape(summary)}</p>"
    )
    text = "\n".join(f"{r['count']} | {', '.join(names[a] for a in r['outlets'])} | {r['sentence']}" for r in ranked)
    return Shown(block(html), text + "\n" + summary)
