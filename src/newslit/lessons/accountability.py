"""Lesson 04 (platform accountability): its views and exercises, one call per notebook cell.

Article sentences come from :mod:`newslit.analysis.accountability` (looked up in the loaded case,
never typed in) and are shown masked and escaped. The words of every question, and the
discussion card's roles and norms, are in ``questions/04.toml``; the exercises are built
with :mod:`newslit.lessons.build`, so answers are saved at once and restored on re-run;
the key is consulted only after the learner answers.
"""

from __future__ import annotations

from html import escape

from newslit.analysis import accountability as acc
from newslit.case.citations import in_words, parse
from newslit.case.model import Case
from newslit.lessons import build
from newslit.lessons.questions import Question, ask, lesson_questions, shows_problems
from newslit.text.masking import mask
from newslit.views.charts import new_chart, show_chart
from newslit.views.text import Shown, block, html_table, plain, safe_text

LANE_COLOURS = {"EU": "#0072B2", "UK": "#D55E00", "US": "#009E73", "the story": "#000000"}
MARKERS = {"EU": "o", "UK": "s", "US": "^", "the story": "D"}


# ---- 1. what the reporting says the design did --------------------------------------------


# The three predictions of section 1: the design table in class shows the features they ask about.
PREDICTIONS = ("04.predict-test-accounts", "04.backup-accounts", "04.unanswered-reports")


def predicted_features(case: Case) -> list[str]:
    """The design features a prediction asks about: those with a sentence holding a prediction's ``quote`` words."""
    quotes = [q for q in (ask(p).quote for p in PREDICTIONS) if q]
    return [
        claim["feature"]
        for claim in acc.design_claims(case)
        if any(q in i["sentence"] for i in claim["design"] + claim["response"] for q in quotes)
    ]


def design_view(case: Case, more: bool = False) -> Shown:
    """The design features the predictions ask about (``more=True``: the others), each with the
    WSJ sentences that say what it did, Meta's stated response, and a note where one is needed.
    """
    asked = predicted_features(case)
    claims = [c for c in acc.design_claims(case) if (c["feature"] in asked) != more]
    rows, lines = [], []
    for claim in claims:

        def quoted(items):
            return "<br>".join(
                f"“{safe_text(i['sentence'])}” <small>(WSJ, sentence {i['index'] + 1})</small>" for i in items
            )

        response = quoted(claim["response"]) or "<i>none reported</i>"
        rows.append(
            [f"<b>{escape(claim['feature'])}</b>", quoted(claim["design"]), response, escape(" ".join(claim["notes"]))]
        )
        lines.append(f"* {claim['feature']}")
        lines += [f"  WSJ: “{plain(i['sentence'])}”" for i in claim["design"]]
        lines += [f"  Meta's response: “{plain(i['sentence'])}”" for i in claim["response"]] or [
            "  Meta's response: none reported"
        ]
        lines += [f"  Note: {n}" for n in claim["notes"]]
    caption = "More design features the WSJ describes" if more else "What the reporting says the design did"
    html = html_table(["Design feature", "What the WSJ reports", "Meta's stated response", "Note"], rows, caption)
    return Shown(html, "\n".join(lines))


def _quoting(question: Question, case: Case):
    """A question whose explanation quotes the WSJ sentence holding its ``quote`` words."""
    sentence = acc.find_sentence(case, case.primary.id, question.quote or "").text
    return build.choice(question, quote=mask(sentence))


@shows_problems
def predict_test_accounts(case: Case):
    """Predict first: what happened when researchers' test accounts viewed one account of the network?"""
    return build.first(_quoting(ask("04.predict-test-accounts"), case))


@shows_problems
def backup_accounts_question(case: Case):
    """Why removing an account often did not stop a seller."""
    return _quoting(ask("04.backup-accounts"), case)


@shows_problems
def reports_question(case: Case):
    """Meta's stated reason for unanswered user reports (a claim about itself)."""
    return _quoting(ask("04.unanswered-reports"), case)


# ---- 2. the evidence board ------------------------------------------------------------------


BOARD_IN_CLASS = 6  # statements on the board in class; the others are under "Going further"


def board_sample(rows: list[dict], size: int = BOARD_IN_CLASS) -> list[dict]:
    """``size`` rows taken in turn from each kind of statement (key order), so every kind is there.

    The first pass takes each kind's first row, the next its second, and so on; the rows
    come back in the key's order.
    """
    kinds = {}
    for row in rows:
        kinds.setdefault(row["category"], []).append(row)
    picked, depth = [], 0
    while len(picked) < min(size, len(rows)):
        picked += [k[depth] for k in kinds.values() if len(k) > depth][: size - len(picked)]
        depth += 1
    return [r for r in rows if any(r is p for p in picked)]


def evidence_key(case: Case, more: bool = False) -> dict[str, dict]:
    """The board's statements as learners see them, each with its key row (in class, or ``more``: the rest).

    A statement is its whole sentence (masked) after the outlet that wrote it: the kind
    "asserted by an outlet" needs to know who wrote it. The key names a statement by its
    opening words; a learner sorts the whole sentence, since a sentence cut short can read
    as another kind of statement (LifeSiteNews's "not too difficult ... to suppress
    pedophilic content" is an opinion because of how it ends).
    """
    board = acc.evidence_board(case)
    sample = board_sample(board)
    rows = [r for r in board if any(r is s for s in sample) != more]
    return {f"{r['outlet']}: “{mask(r['sentence'] or r['statement'])}”": r for r in rows}


def evidence_items(case: Case, more: bool = False) -> list[str]:
    """The board's statements as learners see them (see :func:`evidence_key`)."""
    return list(evidence_key(case, more))


@shows_problems
def evidence_board(case: Case, more: bool = False):
    """Sort statements, each with its outlet: documented by researchers, Meta about itself, asserted by an outlet, opinion.

    In class, :data:`BOARD_IN_CLASS` statements with every kind represented; ``more=True``
    gives the rest (saved under its own id, ``04.evidence-board-more``).
    """
    key = evidence_key(case, more)
    if not key:
        raise LookupError("no statements in key/evidence.csv")
    truth = {item: {"label": r["category"], "why": r["explanation"], "outlet": r["outlet"]} for item, r in key.items()}
    question = ask("04.evidence-board-more") if more else ask("04.evidence-board")
    return build.tags(question, list(key), acc.EVIDENCE_CATEGORIES, truth)


def evidence_view(case: Case) -> Shown:
    """The board with the key, each statement in its whole sentence and its outlet (shown after the exercise)."""
    board = acc.evidence_board(case)
    rows = [
        [
            f"“{safe_text(r['sentence'])}”",
            escape(r["outlet"]),
            f"<b>{escape(r['category'])}</b>",
            escape(r["explanation"]),
        ]
        for r in board
    ]
    text = "\n".join(f"* {r['category']}: “{mask(r['sentence'])}” ({r['outlet']})\n  {r['explanation']}" for r in board)
    return Shown(html_table(["Sentence", "Outlet", "Key", "Why"], rows, "The evidence board, with the key"), text)


@shows_problems
def strongest_evidence(case: Case):
    """Claim, evidence, reasoning: pick the best evidence for one claim.

    The options are whole sentences: the researchers' test accounts (the answer), and one
    sentence of each other kind of statement. The kind that has the longest sentence of
    all gives that one, so the answer is not given away by being the longest; the other
    kinds give their shortest, so the question stays short to read. They are mixed in an
    order fixed by their texts.
    """
    from newslit.lessons.compare import mixed

    rows = acc.evidence_board(case)
    test = next(r for r in rows if "Test accounts" in r["statement"])
    kinds = {c: [r for r in rows if r["category"] == c] for c in EVIDENCE_OTHERS}
    longest = max(EVIDENCE_OTHERS, key=lambda c: max(len(r["sentence"]) for r in kinds[c]))
    others = [(max if c == longest else min)(kinds[c], key=lambda r: len(r["sentence"])) for c in EVIDENCE_OTHERS]
    answer = mask(test["sentence"])
    options = mixed([answer] + [mask(r["sentence"]) for r in others])
    return build.choice(
        ask("04.strongest-evidence"), options, judge=lambda choice: (choice == answer, {}), answer=answer
    )


EVIDENCE_OTHERS = ["Meta about itself", "asserted by an outlet", "opinion"]


@shows_problems
def reasoning_exercise():
    """The R of claim-evidence-reasoning, in the learner's own words."""
    return build.free_text(ask("04.reasoning"))


# ---- 3. stakeholders ------------------------------------------------------------------------


@shows_problems
def stakeholders_exercise(case: Case, more: bool = False):
    """Who did this? Match actions to stakeholders: in class those the reporting tells of;
    ``more=True``: those from the project's notes (before and after the story), saved as
    ``04.stakeholders-more``.
    """
    rows = [r for r in acc.stakeholder_actions(case) if (r["article"] == "notes") == more]
    if not rows:
        raise LookupError("no actions in key/stakeholders.csv")
    truth = {row["action"]: {"label": row["stakeholder"], "why": row["explanation"]} for row in rows}
    question = ask("04.stakeholders-more") if more else ask("04.stakeholders")
    return build.tags(question, list(truth), acc.STAKEHOLDERS, truth)


def stakeholders_view(case: Case) -> Shown:
    """Every stakeholder with the actions the key records for them (the answer, after the exercise)."""
    rows = acc.stakeholder_actions(case)
    table, lines = [], []
    for stakeholder in acc.STAKEHOLDERS:
        done = [r for r in rows if r["stakeholder"] == stakeholder]
        actions = "<br>".join(f"{escape(r['action'])} <small>({escape(r['explanation'])})</small>" for r in done)
        table.append([f"<b>{escape(stakeholder)}</b>", actions or "<i>nothing in the reporting: discuss</i>"])
        lines.append(
            f"* {stakeholder}: " + ("; ".join(r["action"] for r in done) or "nothing in the reporting: discuss")
        )
    return Shown(
        html_table(["Who", "What they did, before, in and after the reporting"], table, "Stakeholders"),
        "\n".join(lines),
    )


# ---- 4. rules since -------------------------------------------------------------------------


NOTES_FILE = "case-facts.md"  # the project's verified notes, named once in the table's caption


def source_words(source: str, names: dict[str, str]) -> str:
    """A row's source as a reader understands it: "WSJ article, line 9" or "the project's notes".

    ``names`` maps an article file to its outlet. The notes file is not repeated on every
    row: the table's caption names it once.
    """
    try:
        citations = parse(source)
    except ValueError:
        return source
    shown = []
    for citation in citations:
        if not citation.lines:
            words = "the project's notes" if citation.written.startswith(NOTES_FILE) else citation.written
        else:
            outlet = names.get(citation.file, citation.file)
            words = in_words(citation.written, {citation.file: f"{SHORT_NAMES.get(outlet, outlet)} article"})
        if words not in shown:
            shown.append(words)
    return "; ".join(shown)


SHORT_NAMES = {"The Wall Street Journal": "WSJ"}


def rules_in_class(rows: list[dict]) -> list[dict]:
    """The rows from the story's date to one year after it: what changed in the story's first year."""
    story = next((r["date"] for r in rows if r["jurisdiction"] == "the story"), None)
    if story is None:
        return rows
    end = story.replace(year=story.year + 1)
    return [r for r in rows if story <= r["date"] < end]


def rules_view(case: Case, more: bool = False) -> Shown:
    """The timeline as a table, each row with its source: the story's first year (``more=True``: every row)."""
    names = {a.spec.file: a.outlet for a in case.articles}
    every = acc.rules_since(case)
    rows = [{**r, "source": source_words(r["source"], names)} for r in (every if more else rules_in_class(every))]
    table = [
        [escape(r["label"]), escape(r["jurisdiction"]), escape(r["event"]), f"<small>{escape(r['source'])}</small>"]
        for r in rows
    ]
    caption = (
        "Every rule and event, oldest first" if more else "Rules and events in the year after the story"
    ) + f" (“the project's notes”: the verified notes on the case, {NOTES_FILE}; “line”: a line of the article file)"
    text = "\n".join(f"{r['label']} ({r['jurisdiction']}): {r['event']} [source: {r['source']}]" for r in rows)
    return Shown(html_table(["When", "Where", "What", "Source"], table, caption), caption + "\n" + text)


def timeline_chart(rows: list[dict], since: int = 2023):
    """A timeline of the rows dated from ``since`` on: one lane per jurisdiction.

    Each jurisdiction has its own colour (Okabe-Ito), marker shape and lane label, and
    every point is numbered; the numbers match :func:`timeline_summary`. Returns a
    matplotlib Figure.
    """
    shown = [r for r in rows if r["date"].year >= since]
    lanes = [lane for lane in LANE_COLOURS if any(r["jurisdiction"] == lane for r in shown)]
    figure, axes = new_chart(9, 0.8 * len(lanes) + 2)
    for number, row in enumerate(shown, 1):
        lane = lanes.index(row["jurisdiction"])
        axes.scatter(
            row["date"],
            lane,
            s=90,
            color=LANE_COLOURS[row["jurisdiction"]],
            marker=MARKERS[row["jurisdiction"]],
            edgecolor="black",
            zorder=3,
        )
        axes.annotate(
            str(number),
            (row["date"], lane),
            xytext=(0, 9 if number % 2 else -15),
            textcoords="offset points",
            ha="center",
            fontsize=9,
        )
    axes.set_yticks(range(len(lanes)), lanes)
    axes.set_ylim(-0.7, len(lanes) - 0.3)
    axes.grid(axis="x", color="#dddddd")
    axes.set_xlabel("date")
    axes.set_ylabel("where")
    axes.set_title(f"Rules and events since {since}: EU, UK and US (numbers match the list below)")
    return figure


def timeline_summary(rows: list[dict], since: int = 2023) -> str:
    """The chart in words: every point, numbered, plus what came before ``since``."""
    shown = [r for r in rows if r["date"].year >= since]
    before = [r for r in rows if r["date"].year < since]
    lines = [f"{n}. {r['label']}, {r['jurisdiction']}: {r['event']}" for n, r in enumerate(shown, 1)]
    if before:
        lines.append(
            "Before "
            + str(since)
            + ": "
            + " ".join(f"{r['label']} ({r['jurisdiction']}): {r['event']}" for r in before)
        )
    return "\n".join(lines)


def show_timeline(case: Case, since: int = 2023) -> None:
    """Show the timeline chart as an image and print its summary under it."""
    rows = acc.rules_since(case)
    show_chart(timeline_chart(rows, since), timeline_summary(rows, since))


@shows_problems
def rules_question():
    """Which rule applied to Instagram in the EU from 25 August 2023?"""
    return build.choice(ask("04.rules"))


# ---- 5. design a guardrail, discuss, reflect -------------------------------------------------


@shows_problems
def guardrail_feature(case: Case):
    """Choose the design feature to change (no right answer: saved, and a question to think about)."""
    features = predicted_features(case)
    if not features:
        raise LookupError("no design features in key/design.csv")
    return build.choice(ask("04.guardrail-feature"), features, judge=lambda choice: (None, {}))


@shows_problems
def guardrail_change():
    """Your guardrail, in one or two sentences (a model answer after)."""
    return build.free_text(ask("04.guardrail-change"))


@shows_problems
def guardrail_costs():
    """What the guardrail costs, and who checks it (a model answer after)."""
    return build.free_text(ask("04.guardrail-costs"))


@shows_problems
def discussion_card(more: bool = False) -> Shown:
    """Roles and norms for the class discussion (from ``questions/04.toml``): the roles for class and the norms;
    ``more=True``: the other roles, for a longer discussion or homework.
    """
    card = lesson_questions("04").discussion
    norms = card.norms if card else ()
    roles = (card.more_roles if more else card.class_roles) if card else ()
    caption = "More roles, for a longer discussion or homework" if more else "Roles in class"
    rows = [[f"<b>{escape(role)}</b>", escape(question)] for role, question in roles]
    html = html_table(["Role", "Prepare"], rows, caption) if rows else ""
    text = f"{caption}:\n" + "\n".join(f"* {r}: {q}" for r, q in roles)
    if not more:
        listed = "".join(f"<li>{escape(n)}</li>" for n in norms)
        html += block(f"<p><b>Our norms</b></p><ol>{listed}</ol>")
        text += "\nNorms:\n" + "\n".join(f"{i}. {n}" for i, n in enumerate(norms, 1))
    return Shown(html, text)


@shows_problems
def journal():
    """The reflection journal for a self-learner (saved like every answer)."""
    return build.free_text(ask("04.journal"))


def quote(case: Case, *phrases: str) -> Shown:
    """The WSJ sentences containing ``phrases``, looked up in the case and shown masked, as quotations."""
    sentences = [acc.find_sentence(case, case.primary.id, phrase) for phrase in phrases]
    html = "".join(
        f"<blockquote>“{safe_text(s.text)}” <small>(WSJ, sentence {s.index + 1})</small></blockquote>"
        for s in sentences
    )
    return Shown(block(html), "\n".join(f"“{plain(s.text)}” (WSJ, sentence {s.index + 1})" for s in sentences))


# ---- on another case ------------------------------------------------------------------------
# Lesson 04 quotes the seed case by phrase. On a teacher's other case (NEWSLIT_CASE) a
# phrase may be missing: each view then says so in plain words instead of stopping the
# notebook with a traceback, and the rest of the lesson still runs.


def _written_for_the_seed_case(view):
    import functools

    @functools.wraps(view)
    def shown(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except (LookupError, StopIteration) as missing:
            case = next((a for a in args if isinstance(a, Case)), None)
            loaded = f"the case loaded here, “{mask(case.title)}”," if case else "the case loaded here"
            message = (
                f"This part of lesson 04 quotes the workbook's own case, and {loaded} does not have the "
                f"sentence it needs ({str(missing) or 'no matching sentence'}). Run the lesson on the bundled case to see it."
            )
            return Shown(block(f"<p><i>{escape(message)}</i></p>"), message)

    return shown


for _name in [
    "design_view",
    "predict_test_accounts",
    "backup_accounts_question",
    "reports_question",
    "evidence_board",
    "evidence_view",
    "strongest_evidence",
    "stakeholders_exercise",
    "stakeholders_view",
    "guardrail_feature",
    "quote",
]:
    globals()[_name] = _written_for_the_seed_case(globals()[_name])
