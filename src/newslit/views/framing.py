"""Views for lesson 02: headlines, sentences with their cues, the doubt-verb chart, the asides.

Every view returns an object that shows as HTML in a notebook and as plain text
everywhere else (a printout, a screen reader reading the text/plain output, an export
without JavaScript). Article text always goes through :mod:`newslit.views.text`: escaped,
explicit terms masked.
"""

from __future__ import annotations

import re
from html import escape

from newslit.case.model import short_outlet
from newslit.text.compiled import regex
from newslit.text.masking import mask
from newslit.views.charts import OKABE_ITO, new_chart, show_chart
from newslit.views.text import Shown, block, highlighted, html_table, plain, safe_text, sentence_place

# Okabe-Ito colours (colour-blind safe); each cue kind also has its own underline style
# and a written tag, so colour is never the only cue.
CUE_STYLE = {
    "loaded": ("#E69F00", "solid", "loaded"),
    "doubt_verb": ("#56B4E9", "dashed", "doubt"),
    "scare_quote": ("#009E73", "dotted", "scare quote"),
    "reframed": ("#D55E00", "double", "reframed"),
}
ASIDE_STYLE = {
    "politicised": ("#D55E00", "politicised"),
    "editorial": ("#CC79A7", "editorial"),
    "advocacy": ("#009E73", "advocacy"),
    "context": ("#0072B2", "context"),
}
_MARK = regex(r'<mark class="nl-cue-(\w+)" title="([^"]*)">([^<]*)</mark>')


def _styled_mark(match: re.Match) -> str:
    kind, title, inner = match.groups()
    colour, line, tag = CUE_STYLE.get(kind, ("#999999", "solid", kind))
    style = (
        f"background:{colour}33;text-decoration:underline {line} {colour};text-decoration-thickness:2px;"
        "text-underline-offset:3px;color:inherit;padding:0 1px"
    )
    return (
        f'<mark class="nl-cue-{kind}" title="{title}" style="{style}">{inner}'
        f'<sup style="font-size:70%;color:inherit;font-weight:bold"> {escape(tag)}</sup></mark>'
    )


def cue_html(text: str, cues: list[dict], kinds=None) -> str:
    """``text`` as safe HTML with each cue marked (colour, underline style and a written tag)."""
    spans = [
        (c["start"], c["end"], f"nl-cue-{c['kind']}", c["explanation"])
        for c in cues
        if c["end"] > c["start"] and (kinds is None or c["kind"] in kinds)
    ]
    return _MARK.sub(_styled_mark, highlighted(text, spans))


def _cue_line(cue: dict) -> str:
    tag = CUE_STYLE.get(cue["kind"], ("", "", cue["kind"]))[2]
    text = mask(cue["text"])
    words = "" if not text else (f"{text} " if text[0] in "\"“‘'" else f'"{text}" ')
    guess = " (a guess)" if cue.get("guess") else ""
    return f"{words}[{tag}{guess}]: {mask(cue['explanation'])}"


def legend() -> Shown:
    """What the marks mean, without relying on colour."""
    items = "".join(
        f'<li><mark style="background:{c}33;color:inherit;text-decoration:underline {line} {c};'
        f'text-decoration-thickness:2px">'
        f"example<sup> {escape(tag)}</sup></mark> {escape(_KIND_WORDS[kind])}</li>"
        for kind, (c, line, tag) in CUE_STYLE.items()
    )
    text = "\n".join(f"[{tag}] {_KIND_WORDS[kind]}" for kind, (_, _, tag) in CUE_STYLE.items())
    return Shown(block(f"<ul style='list-style:none;padding-left:0'>{items}</ul>"), text)


_KIND_WORDS = {
    "loaded": "a loaded word: it tells you how to feel (solid underline)",
    "doubt_verb": "a doubt word: it hints that what someone said may not be true (dashed underline)",
    "scare_quote": "scare quotes: quotation marks that keep a word at arm's length (dotted underline)",
    "reframed": "reframed: the primary's wording changed in a way that shifts the meaning (double underline)",
}


def headlines_view(headline_rows: list[dict]) -> Shown:
    """The headlines side by side (one row per outlet) with their cues marked and explained.

    ``headline_rows`` comes from :func:`newslit.analysis.framing.records.headlines`. An outlet whose file
    has no headline says so instead of leaving a blank.
    """
    rows, lines = [], []
    for row in headline_rows:
        if row["sentence"] is None:
            rows.append([escape(row["outlet"]), "<i>(no headline in the file)</i>", ""])
            lines.append(f"{row['outlet']}: (no headline in the file)")
            continue
        cues = _trusted_cues(row)
        notes = "<br>".join(escape(_cue_line(c)) for c in cues) or "<i>no cue found</i>"
        rows.append([escape(row["outlet"]), cue_html(row["sentence"], cues), notes])
        lines.append(f"{row['outlet']}: {mask(row['sentence'])}")
        lines += [f"    {_cue_line(c)}" for c in cues]
    html = html_table(["Outlet", "Headline", "Cues"], rows, "Headlines, side by side")
    return Shown(html, "Headlines, side by side\n" + "\n".join(lines))


def sentences_view(records: list[dict], *, kinds=None, only_with_cues: bool = True, title: str = "") -> Shown:
    """Sentences with their cues marked, each followed by what every cue means.

    Parameters
    ----------
    records : list of dict
        From :func:`newslit.analysis.framing.records.framing_records` (filter them first, e.g. one outlet).
    kinds : iterable of str, optional
        Only these cue kinds (default: all).
    only_with_cues : bool
        Leave out sentences with no cue of those kinds (default True).
    """
    wanted = None if kinds is None else set(kinds)
    parts, lines = [], []
    for record in records:
        cues = [c for c in _trusted_cues(record) if wanted is None or c["kind"] in wanted]
        if only_with_cues and not cues:
            continue
        notes = "".join(f"<li>{escape(_cue_line(c))}</li>" for c in cues)
        where = escape(sentence_place(short_outlet(record["outlet"]), record["index"], record.get("role")))
        parts.append(
            f'<div style="margin:0 0 .8em 0"><div style="font-size:85%;color:var(--jp-content-font-color2,#444)">{where}</div>'
            f"<div>{cue_html(record['sentence'], cues)}</div><ul style='margin:.2em 0'>{notes}</ul></div>"
        )
        lines.append(
            f"{sentence_place(short_outlet(record['outlet']), record['index'], record.get('role'))}: {mask(record['sentence'])}"
        )
        lines += [f"    {_cue_line(c)}" for c in cues]
    if not parts:
        return Shown(block("<i>No sentence with such a cue.</i>"), "No sentence with such a cue.")
    heading = f"<h3>{escape(title)}</h3>" if title else ""  # lessons' sections are h2: an h4 skips a level
    return Shown(block(heading + "".join(parts)), (title + "\n" if title else "") + "\n".join(lines))


# A reframing is shown only when the engine can say which few words became which: within
# one aligned pair of sentences, a change of at most this many words on each side. Longer
# runs are restructured clauses, where "X became Y" would set side by side words that do
# not correspond; there the view says nothing rather than something wrong.
MAX_REFRAMED_WORDS = 5
# Dropping one of these from the primary's wording removes caution (the primary could not
# be sure). Dropping another doubt word ("acknowledged", "admitted") removes an admission,
# not a hedge, so the view does not call it lost caution.
CAUTION_DOUBT_WORDS = ("claim", "alleg", "purport", "supposed", "so-called", "reportedly")
# New wording that keeps its distance as a hedge would ("presented as being run by children"):
# the caution is not gone, so no "caution is gone" cue.
STILL_DISTANT = ("presented as", "described as", "said to", "labelled", "labeled", "reported")


def one_sentence(text: str | None) -> bool:
    """True when ``text`` is exactly one sentence (the alignment may join several)."""
    from newslit.case.sentences import split_sentences

    return bool(text) and len(split_sentences(text)) == 1


def _framing_words(words: str, kinds: tuple[str, ...]) -> list:
    from newslit.analysis.framing.cues import load_terms

    return load_terms().find(words, kinds=kinds)


def _caution(words: str) -> str | None:
    """The first word of ``words`` that says the writer could not be sure, or None."""
    for match in _framing_words(words, ("hedge", "doubt_verb")):
        if match.kind == "hedge" or match.matched.lower().startswith(CAUTION_DOUBT_WORDS):
            return match.matched
    return None


def _explain(rule: str, old: str, new: str) -> tuple[str, str] | None:
    """What a reframing does, in words, and the primary's words it replaced (None: say nothing).

    The words replaced are "" when the new words are simply new (nothing in the primary's
    sentence corresponds to them), so the view marks nothing there.
    """
    became = f"“{old}” became “{new}”" if new else f"“{old}” is left out"
    if rule == "doubt word added or swapped":
        doubt_new = [m.matched for m in _framing_words(new, ("doubt_verb",))]
        doubt_old = [m.matched for m in _framing_words(old, ("doubt_verb", "hedge"))]
        if not doubt_new:
            return None
        if doubt_old:
            why = f"one doubt word swapped for another. “{doubt_new[0]}” does not mean the same as “{doubt_old[0]}”."
            return f"{became}: {why}", old
        if _framing_words(old, ("neutral_verb",)):
            why = "the primary reported the words plainly; this version hints they may not be true."
            return f"{became}: {why} Ask who is being doubted.", old
        return f"“{new}” is new: the primary's sentence has no doubt word here. Ask who is being doubted.", ""
    if rule == "hedge or doubt word dropped":
        word = _caution(old)
        if not word or any(phrase in new.lower() for phrase in STILL_DISTANT):
            return None
        careful = "the primary was careful here" + ("" if word == old else f" (“{word}”)")
        return f"{became}: {careful}; this version sounds more certain.", old
    if rule == "loaded word in a replaced phrase":
        loaded = [m.matched for m in _framing_words(new, ("loaded",))]
        if loaded and not old:
            return (
                f"“{loaded[0]}” is new: the primary's sentence has no such word. It adds a feeling the primary did not have.",
                "",
            )
        return (f"{became}: “{loaded[0]}” adds a feeling the primary did not have.", old) if loaded else None
    if rule == "loaded word replaced by a plainer one":
        loaded = [m.matched for m in _framing_words(old, ("loaded",))]
        if loaded and new:
            return f"{became}: the primary's strong word “{loaded[0]}” is gone, so this version sounds calmer.", old
    return None


def _narrowed(rule: str, change: dict, primary: str) -> tuple[str, str, int] | None:
    """A long change cut down to the one word pair it is about, or None when that cannot be done surely.

    A doubt word for a plain speech verb ("Meta spokesman said the company actively seeks
    to" → "spokesperson claimed that they") narrows to "said" → "claimed" when each side
    has exactly one such verb; a loaded word narrows to itself when the primary's sentence
    has no such word anywhere. Returns (old words, new words, offset of the new words in the
    change's new text).
    """
    if rule == "doubt word added or swapped":
        old_verbs = _framing_words(change["old"], ("neutral_verb", "doubt_verb"))
        new_doubt = _framing_words(change["new"], ("doubt_verb",))
        if len(old_verbs) == 1 and len(new_doubt) == 1:
            return old_verbs[0].matched, new_doubt[0].matched, new_doubt[0].start
    if rule == "loaded word in a replaced phrase":
        loaded = [m for m in _framing_words(change["new"], ("loaded",)) if m.matched.lower() not in primary.lower()]
        if len(loaded) == 1:
            return "", loaded[0].matched, loaded[0].start
    return None


def _unquoted(words: str) -> str:
    return words.strip("“”\"‘’' ").replace("“", "").replace("”", "").replace('"', "")


def shown_reframings(record: dict, primary_sentence: str | None = None) -> list[dict]:
    """The reframings of one retold sentence that a reader can trust, as ``reframed`` cues.

    Compared with ``primary_sentence`` (default: the record's, when it is one sentence), the
    one primary sentence it retells. A change is kept when it is at most
    :data:`MAX_REFRAMED_WORDS` words on each side (or narrows surely to one word pair, see
    :func:`_narrowed`) and :func:`_explain` can say what it does (a lost hedge must have
    been a word of caution, and the new words must not keep the distance). Each cue's
    explanation names the words that changed, and its span marks them. Everything else is
    left out: the view says nothing where the engine is unsure.
    """
    from newslit.analysis.framing.cues import Change, reframed_cues
    from newslit.text.wordchanges import word_changes

    primary = primary_sentence or record.get("primary_sentence")
    if record.get("label") not in (None, "reworded") or not one_sentence(primary):
        return []
    changes = word_changes(primary, record["sentence"])
    by_place = {(c["new_start"], c["new_end"]): c for c in changes}
    found = reframed_cues(
        primary, record["sentence"], [Change(c["old"], c["new"], c["new_start"], c["new_end"]) for c in changes]
    )
    kept = []
    for cue in found:
        change = by_place.get((cue["start"], cue["end"]))
        if change is None:
            continue
        old, new, start = change["old"], change["new"], change["new_start"]
        if max(len(old.split()), len(new.split())) > MAX_REFRAMED_WORDS:
            narrowed = _narrowed(cue["rule"], change, primary)
            if narrowed is None:
                continue
            old, new, offset = narrowed
            start = change["new_start"] + offset
        end = start + len(new)  # the words as written, quotation marks included, are marked
        explained = _explain(cue["rule"], _unquoted(old), _unquoted(new))
        if explained:
            why, replaced = explained
            kept.append(
                {
                    **cue,
                    "start": start,
                    "end": end,
                    "text": new,
                    "explanation": why,
                    "old": replaced,
                    "new": _unquoted(new),
                }
            )
    return kept


def _trusted_cues(record: dict) -> list[dict]:
    """The record's cues, its reframings only where a reader can trust them (:func:`shown_reframings`)."""
    others = [c for c in record.get("cues", []) if c["kind"] != "reframed"]
    reframed = shown_reframings(record) if any(c["kind"] == "reframed" for c in record.get("cues", [])) else []
    return sorted(others + reframed, key=lambda c: (c["start"], c["end"]))


def aligned_primary(case, records: list[dict]) -> dict[tuple[str, int], str]:
    """``(article, index) -> the one primary sentence`` each retold sentence comes from.

    The engine's match where it is one sentence; where the engine joined several, the
    answer key's (``key/provenance.csv``) when it names exactly one. Other sentences are
    left out.
    """
    from newslit.analysis.provenance import key_labels

    key = key_labels(case) if case is not None else {}
    primary = [s.text for s in case.primary.sentences] if case is not None else []
    found = {}
    for record in records:
        where = (record["article"], record["index"])
        if one_sentence(record.get("primary_sentence")):
            found[where] = record["primary_sentence"]
        elif where in key and len(key[where][1]) == 1 and key[where][1][0] < len(primary):
            found[where] = primary[key[where][1][0]]
    return found


def reframing_view(records: list[dict], case=None) -> Shown:
    """Each reworded sentence whose wording shifts the meaning, under the one primary sentence it retells.

    Only changes pinned to a few words of one aligned pair of sentences are shown
    (:func:`shown_reframings`); with the ``case``, a sentence the engine matched to several
    primary sentences is compared with the one its answer key names.
    """
    pairs = aligned_primary(case, records) if case is not None else {}
    parts, lines = [], []
    for record in records:
        primary = pairs.get((record["article"], record["index"]), record.get("primary_sentence"))
        cues = shown_reframings(record, primary)
        if not cues:
            continue
        notes = "".join(f"<li>{escape(plain(c['explanation']))}</li>" for c in cues)
        outlet = short_outlet(record["outlet"])
        old_spans = [(primary.find(c["old"]), primary.find(c["old"]) + len(c["old"]), "nl-was", "the words the retelling changed")
                     for c in cues if c["old"] and c["old"] in primary]  # fmt: skip
        parts.append(
            '<div style="margin:0 0 1em 0">'
            f"<div><b>The primary:</b> {highlighted(primary, old_spans)}</div>"
            f"<div><b>{escape(outlet)}:</b> {cue_html(record['sentence'], cues)}</div>"
            f"<ul style='margin:.2em 0'>{notes}</ul></div>"
        )
        lines += [
            f"The primary: {plain(primary)}",
            f"{outlet}: {plain(record['sentence'])}",
            *(f"    {plain(c['explanation'])}" for c in cues),
        ]
    if not parts:
        return Shown(block("<i>No reframed wording found.</i>"), "No reframed wording found.")
    return Shown(block("".join(parts)), "\n".join(lines))


def asides_view(records: list[dict], *, show_reasons: bool = True) -> Shown:
    """The table of asides: outlet, sentence, label (in words and colour) and the engine's reason."""
    rows, lines = [], []
    for record in records:
        if not record.get("aside"):
            continue
        colour, word = ASIDE_STYLE.get(record["aside"], ("#999999", record["aside"]))
        guess = " (a guess)" if record.get("aside_guess") else ""
        badge = (
            f'<span style="border:2px solid {colour};border-radius:4px;padding:0 4px;white-space:nowrap">'
            f"{escape(word)}{escape(guess)}</span>"
        )
        row = [escape(record["outlet"]), safe_text(record["sentence"]), badge]
        if show_reasons:
            row.append(escape(mask(record["aside_reason"] or "")))
        rows.append(row)
        lines.append(f"[{word}{guess}] {record['outlet']}: {mask(record['sentence'])}")
        if show_reasons:
            lines.append(f"    why: {mask(record['aside_reason'] or '')}")
    if not rows:
        return Shown(block("<i>No asides found.</i>"), "No asides found.")
    headers = ["Outlet", "Sentence", "Aside"] + (["Why the engine says so"] if show_reasons else [])
    return Shown(html_table(headers, rows, "Sentences the outlets added, and what they do"), "\n".join(lines))


def comparison_view(rows: list[dict], *, learner: dict | None = None, names: dict | None = None) -> Shown:
    """The key's asides beside the engine's (and the learner's, if given), with the key's explanations.

    ``rows`` comes from :func:`newslit.analysis.framing.records.key_asides`; ``learner`` maps a sentence to
    the learner's tag; ``names`` maps article ids to the outlets' names (shown instead of ids).
    """
    table, lines = [], []
    for row in rows:
        mine = (learner or {}).get(row["sentence"])
        outlet = (names or {}).get(row["article"], row["article"])
        cells = [escape(outlet), safe_text(row["sentence"])]
        if learner is not None:
            cells.append(escape(mine or "—"))
        engine = row["engine"] or "(none)"
        mark = "✓" if row["agree"] else "✗"
        cells += [escape(row["key"]), f"{escape(engine)} {mark}", escape(mask(row["explanation"]))]
        table.append(cells)
        you = f" you: {mine or '—'};" if learner is not None else ""
        lines.append(f"{outlet}: {mask(row['sentence'])}\n   {you} key: {row['key']}; engine: {engine} {mark}")
        lines.append(f"    {mask(row['explanation'])}")
    headers = ["Outlet", "Sentence"] + (["You"] if learner is not None else []) + ["Key", "Engine", "Why (key)"]
    return Shown(
        html_table(headers, table, "Added sentences: the key, the engine" + (", you" if learner else "")),
        "\n".join(lines),
    )


# ---- the said-versus-claimed chart ------------------------------------------------------


def doubt_chart(rates: list[dict]):
    """A bar chart: doubt verbs and neutral "said"-type verbs per 1,000 words, per outlet.

    Two bars per outlet, told apart by colour, hatching and a written value. Returns the
    matplotlib Figure (the caller shows it).
    """
    names = [short_outlet(r["outlet"]) for r in rates]
    figure, axes = new_chart(8.5, 0.75 * len(rates) + 2.0)
    height = 0.38
    positions = range(len(rates))
    doubt = axes.barh(
        [p - height / 2 for p in positions],
        [r["doubt_per_1000"] for r in rates],
        height,
        color=OKABE_ITO[5],
        hatch="///",
        edgecolor="black",
        label='doubt words ("claimed", "alleged", ...)',
    )
    neutral = axes.barh(
        [p + height / 2 for p in positions],
        [r["neutral_per_1000"] for r in rates],
        height,
        color=OKABE_ITO[1],
        hatch="..",
        edgecolor="black",
        label='neutral words ("said", "according to", ...)',
    )
    for bars in (doubt, neutral):
        axes.bar_label(bars, fmt="%.1f", padding=3)
    axes.set_yticks(list(positions), names)
    axes.invert_yaxis()
    axes.set_xlabel("Uses per 1,000 words (in the outlet's own voice, not inside quotations)")
    axes.set_ylabel("Outlet")
    axes.set_title("Said or claimed? Attribution words per 1,000 words")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=1, frameon=False)
    axes.set_xlim(0, max([r["neutral_per_1000"] for r in rates] + [r["doubt_per_1000"] for r in rates] + [1]) * 1.2)
    return figure


def doubt_summary(rates: list[dict]) -> str:
    """The chart in words, for screen readers and printouts."""
    if not rates:
        return "No articles."
    ordered = sorted(rates, key=lambda r: -r["doubt_per_1000"])
    parts = []
    for r in ordered:
        # Each different word once: "9 times" and five words listed must not read as a miscount.
        words = ", ".join(dict.fromkeys(w.lower() for w in r["doubt_words"]))
        used = f"; the words used: {words}" if words else ""
        times = "once" if r["doubt_verbs"] == 1 else f"{r['doubt_verbs']} times"
        parts.append(
            f"{short_outlet(r['outlet'])}: {r['doubt_per_1000']:.1f} doubt words per 1,000 ({times} in "
            f"{r['words']:,} words{used}) against {r['neutral_per_1000']:.1f} neutral ones"
        )
    top = short_outlet(ordered[0]["outlet"])
    return (
        f"Doubt words per 1,000 words, highest first. {'; '.join(parts)}. {top} uses doubt words most often. "
        "A count does not say whom the doubt is aimed at: read each one."
    )


def show_doubt_chart(rates: list[dict]):
    """Show the chart as an image and print its summary under it (one call for a notebook cell)."""
    show_chart(doubt_chart(rates), doubt_summary(rates))


# ---- try it on any text ------------------------------------------------------------------


def cues_in_text(text: str, terms=None) -> Shown:
    """Every cue in a text of your own (split into sentences), shown like the article views.

    There is no primary to compare with, so there are no ``reframed`` cues, and a scare
    quote can only be judged from the sentence itself.
    """
    from newslit.analysis.framing.cues import sentence_cues
    from newslit.case.sentences import split_sentences

    records = []
    for number, (start, end) in enumerate(split_sentences(text or "")):
        sentence = text[start:end]
        records.append(
            {"outlet": "Your text", "index": number, "sentence": sentence, "cues": sentence_cues(sentence, terms)}
        )  # shown as "Your text, sentence 1" and on: counted from 1, as everywhere a reader looks
    if not records:
        return Shown(block("<i>Type or paste a text first.</i>"), "Type or paste a text first.")
    return sentences_view(records, only_with_cues=False)


def cue_finder(example: str = "", terms=None):
    """A text box: paste any news text and see its cues (updates when you click the button).

    Returns an ipywidgets box; its output starts with ``example`` analysed, so a printout
    or an HTML export shows a worked example.
    """
    import ipywidgets as w

    from newslit.views.looks import button_widget, text_widget

    box = w.Textarea(
        value=example,
        placeholder="Paste a sentence or a paragraph from any news story",
        layout=w.Layout(width="95%", height="110px"),
    )
    button = button_widget("Find the cues", button_style="primary", tooltip="Look for framing cues")
    first = cues_in_text(example, terms)
    out = text_widget(first.html)  # HTML, not an Output widget: see text_widget

    def show(_=None):
        out.value = cues_in_text(box.value, terms).html

    button.on_click(show)
    from newslit.views.exercises import Panel

    return Panel([box, button, out], first.text)
