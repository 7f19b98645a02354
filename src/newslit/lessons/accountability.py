"""Lesson 04 (platform accountability): its views and exercises, one call per notebook cell.

Article sentences come from :mod:`newslit.analysis.accountability` (looked up in the loaded case,
never typed in) and are shown masked and escaped. Exercises use
:mod:`newslit.views.exercises`, so answers are saved at once and restored on re-run; the
key is consulted only after the learner answers.
"""

from __future__ import annotations

from html import escape

from newslit.analysis import accountability as acc
from newslit.case.model import Case
from newslit.text.masking import mask
from newslit.views import exercises as ex
from newslit.views.charts import show_chart
from newslit.views.text import Shown, block, html_table, safe_text

LANE_COLOURS = {"EU": "#0072B2", "UK": "#D55E00", "US": "#009E73", "the story": "#000000"}
MARKERS = {"EU": "o", "UK": "s", "US": "^", "the story": "D"}


# ---- 1. what the reporting says the design did --------------------------------------------


def design_view(case: Case) -> Shown:
    """Each design feature, the WSJ sentences that say what it did, and Meta's stated response."""
    claims = acc.design_claims(case)
    rows, lines = [], []
    for claim in claims:

        def quoted(items):
            return "<br>".join(
                f"“{safe_text(i['sentence'])}” <small>(WSJ, sentence {i['index']})</small>" for i in items
            )

        response = quoted(claim["response"]) or "<i>none reported</i>"
        rows.append(
            [f"<b>{escape(claim['feature'])}</b>", quoted(claim["design"]), response, escape(" ".join(claim["notes"]))]
        )
        lines.append(f"* {claim['feature']}")
        lines += [f"  WSJ: “{mask(i['sentence'])}”" for i in claim["design"]]
        lines += [f"  Meta's response: “{mask(i['sentence'])}”" for i in claim["response"]] or [
            "  Meta's response: none reported"
        ]
        lines += [f"  Note: {n}" for n in claim["notes"]]
    html = html_table(
        ["Design feature", "What the WSJ reports", "Meta's stated response", "Note"],
        rows,
        "What the reporting says the design did",
    )
    return Shown(html, "\n".join(lines))


def _question(exercise_id: str, prompt: str, options: list[str], right: int, why: str):
    def check(value):
        correct = value == options[right]
        start = "Yes. " if correct else f"The reporting says: “{options[right]}”. "
        return ex.Feedback(correct, start + why)

    return ex.choice(exercise_id, prompt, options, check=check)


def predict_test_accounts(case: Case):
    """Predict first: what happened when researchers' test accounts viewed one account of the network?"""
    sentence = acc.find_sentence(case, case.primary.id, "Test accounts set up by researchers").text
    options = [
        "Nothing: Instagram showed them ordinary posts",
        "Instagram warned them and blocked the account",
        "Instagram recommended more accounts of the network",
        "Instagram closed the test accounts",
    ]
    return _question(
        "04.predict-test-accounts",
        "Predict first. Researchers set up new test accounts and viewed a single account of the network. What do you "
        "expect Instagram did next?",
        options,
        2,
        f"The WSJ: “{mask(sentence)}” One view was enough: the recommendation system treats interest as a signal, "
        "whatever the interest is.",
    )


def backup_accounts_question(case: Case):
    """Why removing an account often did not stop a seller."""
    sentence = acc.find_sentence(case, case.primary.id, "Under the platform's internal guidelines, penalties").text
    return _question(
        "04.backup-accounts",
        "Instagram removed some sellers' accounts, but many came back at once. According to the WSJ, why?",
        [
            "Penalties hit accounts, not the people behind them, and sellers listed backup accounts in their bios",
            "Instagram restored the accounts by mistake",
            "The sellers appealed and won",
            "Nobody knows: the WSJ does not say",
        ],
        0,
        f"The WSJ: “{mask(sentence)}” Sellers listed “backup” accounts so followers could find them again. A rule "
        "that punishes accounts is easy to dodge when one person can open many.",
    )


def reports_question(case: Case):
    """Meta's stated reason for unanswered user reports (a claim about itself)."""
    sentence = acc.find_sentence(case, case.primary.id, "a software glitch was preventing").text
    return _question(
        "04.unanswered-reports",
        "Child-safety advocates' reports of nudity involving children sometimes went unanswered for months. What reason "
        "did Meta give?",
        [
            "It denied that the reports were ever sent",
            "A software glitch kept many reports from being processed, and moderators were not enforcing the rules properly",
            "It said the reports were false",
            "It gave no reason",
        ],
        1,
        f"The WSJ: “{mask(sentence)}” Notice whose account this is: the glitch is Meta's explanation, given by its "
        "spokesman. The unanswered reports themselves were documented by others.",
    )


# ---- 2. the evidence board ------------------------------------------------------------------


def evidence_items(case: Case) -> list[str]:
    """The board's statements as learners see them (masked), in the key's order."""
    return [mask(row["statement"]) for row in acc.evidence_board(case)]


def evidence_board(case: Case):
    """Sort statements: documented by researchers, Meta about itself, asserted by an outlet, opinion."""
    board = acc.evidence_board(case)
    if not board:
        raise LookupError("no statements in key/evidence.csv")
    items = [mask(row["statement"]) for row in board]
    truth = {item: row for item, row in zip(items, board)}

    def check(value):
        value = value or {}
        right = [item for item in items if value.get(item) == truth[item]["category"]]
        lines = [f"You agree with the key on {len(right)} of {len(items)} statements."]
        for item in items:
            row = truth[item]
            if value.get(item) != row["category"]:
                lines.append(f"• “{item}” ({row['outlet']}): {row['category']}. {row['explanation']}")
        if len(right) == len(items):
            lines.append("Every statement sorted as in the key: you can tell a finding from a claim.")
        return ex.Feedback(len(right) == len(items), "\n".join(lines))

    prompt = (
        "Sort each statement. Documented by researchers: a finding with a method others could check. Meta about "
        "itself: what the company says about its own work. Asserted by an outlet: an outlet says it in its own "
        "voice. Opinion: a judgement, whoever makes it."
    )
    return ex.tags("04.evidence-board", prompt, items, acc.EVIDENCE_CATEGORIES, check=check)


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


def strongest_evidence(case: Case):
    """Claim, evidence, reasoning: pick the best evidence for one claim."""
    board = {row["category"]: row for row in reversed(acc.evidence_board(case))}
    test = next(r for r in acc.evidence_board(case) if "Test accounts" in r["statement"])
    options = [mask(test["statement"])] + [mask(board[c]["statement"]) for c in EVIDENCE_OTHERS]
    claim = "Instagram's recommendations connected people to the network."
    why = (
        "The researchers' test accounts show the recommendations at work, with a method others can repeat. Meta's "
        "figures are about removals, an outlet's assertion has no source, and an opinion is a judgement, not evidence."
    )
    return _question(
        "04.strongest-evidence", f"Claim: “{claim}” Which statement is the strongest evidence for it?", options, 0, why
    )


EVIDENCE_OTHERS = ["Meta about itself", "asserted by an outlet", "opinion"]


def reasoning_exercise():
    """The R of claim-evidence-reasoning, in the learner's own words."""
    return ex.free_text(
        "04.reasoning",
        "Reasoning: in two or three sentences, explain how the evidence you chose supports the claim, and what it "
        "does not show.",
        model_answer=(
            "New accounts that viewed one account of the network were shown more of them, so the recommendations, not "
            "only people's searches, led users to the network. It does not show how many ordinary users saw such "
            "recommendations, or what Instagram's engineers intended."
        ),
    )


# ---- 3. stakeholders ------------------------------------------------------------------------


def stakeholders_exercise(case: Case):
    """Who did this? Match actions from the reporting and the notes to stakeholders."""
    rows = acc.stakeholder_actions(case)
    if not rows:
        raise LookupError("no actions in key/stakeholders.csv")
    items = [row["action"] for row in rows]
    truth = {row["action"]: row for row in rows}

    def check(value):
        value = value or {}
        wrong = [i for i in items if value.get(i) != truth[i]["stakeholder"]]
        lines = [f"{len(items) - len(wrong)} of {len(items)} matched."]
        lines += [f"• “{i}”: {truth[i]['stakeholder']}. {truth[i]['explanation']}" for i in wrong]
        if not wrong:
            lines.append(
                "Each one can act, in a different way and with different power. Which of them can change the design?"
            )
        return ex.Feedback(not wrong, "\n".join(lines))

    return ex.tags(
        "04.stakeholders", "Who did this? Match each action to who took it.", items, acc.STAKEHOLDERS, check=check
    )


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
        html_table(["Who", "What they did, in the reporting and since"], table, "Stakeholders"), "\n".join(lines)
    )


# ---- 4. rules since -------------------------------------------------------------------------


def rules_view(case: Case) -> Shown:
    """The timeline as a table, with each row's source."""
    rows = acc.rules_since(case)
    table = [
        [escape(r["label"]), escape(r["jurisdiction"]), escape(r["event"]), f"<small>{escape(r['source'])}</small>"]
        for r in rows
    ]
    text = "\n".join(f"{r['label']} ({r['jurisdiction']}): {r['event']} [source: {r['source']}]" for r in rows)
    return Shown(html_table(["When", "Where", "What", "Source"], table, "Rules and events, oldest first"), text)


def timeline_chart(rows: list[dict], since: int = 2023):
    """A timeline of the rows dated from ``since`` on: one lane per jurisdiction.

    Each jurisdiction has its own colour (Okabe-Ito), marker shape and lane label, and
    every point is numbered; the numbers match :func:`timeline_summary`. Returns a
    matplotlib Figure.
    """
    from matplotlib.figure import Figure

    shown = [r for r in rows if r["date"].year >= since]
    lanes = [lane for lane in LANE_COLOURS if any(r["jurisdiction"] == lane for r in shown)]
    figure = Figure(figsize=(9, 0.8 * len(lanes) + 2), layout="constrained")
    axes = figure.subplots()
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


def rules_question():
    """Which rule applied to Instagram in the EU from 25 August 2023?"""
    return _question(
        "04.rules",
        "Which of these applied to Instagram in the EU from 25 August 2023?",
        [
            "The Digital Services Act's obligations for very large online platforms",
            "The UK Online Safety Act",
            "The Kids Online Safety Act",
            "Section 230",
        ],
        0,
        "Instagram was designated a very large online platform on 25 April 2023, and the obligations applied from "
        "25 August 2023, with fines of up to 6% of global turnover. In December 2023 the EU asked Meta about "
        "Instagram's recommender system. The UK Act came later (Royal Assent 26 October 2023); the US Kids Online "
        "Safety Act has passed the Senate but not the House.",
    )


# ---- 5. design a guardrail, discuss, reflect -------------------------------------------------


def guardrail_feature(case: Case):
    """Choose the design feature to change (no right answer: saved, and a question to think about)."""
    features = [c["feature"] for c in acc.design_claims(case)]
    if not features:
        raise LookupError("no design features in key/design.csv")

    def check(value):
        return ex.Feedback(None, f"You chose: {value}. Now write your change below, and be honest about its costs.")

    return ex.choice("04.guardrail-feature", "Which design feature would you change?", features, check=check)


def guardrail_change():
    return ex.free_text(
        "04.guardrail-change",
        "Your guardrail: describe one change to how Instagram recommends, searches or penalises, in one or two sentences.",
        model_answer=(
            "One example, from the reporting itself: stop recommending accounts to a user because they viewed an "
            "account that was reported for child exploitation, until a person has reviewed the report."
        ),
    )


def guardrail_costs():
    return ex.free_text(
        "04.guardrail-costs",
        "Weigh it: what else would your change block or slow down (think of parents, survivors, journalists, "
        "researchers)? Who checks that it works: the company, outside researchers, a regulator?",
        model_answer=(
            "It could hide accounts that were reported unfairly, and slow down recommendations for everyone, which the "
            "company may resist. Checking needs people outside the company: researchers who can test it as Stanford "
            "did, and regulators who can demand information, as the EU did in December 2023."
        ),
    )


ROLES = [
    ("Platform", "You speak for Meta: what have you done, what can you promise, what does it cost?"),
    ("Researchers", "What did your tests show, and what can you not see from outside?"),
    ("Regulator", "What can you demand, and how would you check it?"),
    ("NCMEC and law enforcement", "What do you receive, and what can you act on?"),
    ("Parents", "What do you need to know, and what can you do?"),
    ("Young users", "What would make you feel safer without losing what you like?"),
    ("Shareholders and advertisers", "What risks do you see, and what can you press for?"),
]
NORMS = [
    "We discuss the reporting and the design, never the details of abuse.",
    "Nobody has to share personal experiences; anyone may pass or step out.",
    "We do not search for anything the articles mention.",
    "We argue with evidence: say which kind (documented, Meta's own word, an outlet's assertion, opinion).",
    "We speak for our role, not for ourselves, and we let each role finish.",
]


def discussion_card() -> Shown:
    """Roles and norms for the class discussion."""
    rows = [[f"<b>{escape(role)}</b>", escape(question)] for role, question in ROLES]
    norms = "".join(f"<li>{escape(n)}</li>" for n in NORMS)
    html = html_table(["Role", "Prepare"], rows, "Roles") + block(f"<p><b>Our norms</b></p><ol>{norms}</ol>")
    text = (
        "Roles:\n"
        + "\n".join(f"* {r}: {q}" for r, q in ROLES)
        + "\nNorms:\n"
        + "\n".join(f"{i}. {n}" for i, n in enumerate(NORMS, 1))
    )
    return Shown(html, text)


def journal():
    """The reflection journal for a self-learner (saved like every answer)."""
    return ex.free_text(
        "04.journal",
        "Your journal: who do you now think is most responsible for fixing what the WSJ found, and what would change "
        "your mind? Name one piece of evidence from this lesson.",
    )


def quote(case: Case, *phrases: str) -> Shown:
    """The WSJ sentences containing ``phrases``, looked up in the case and shown masked, as quotations."""
    sentences = [acc.find_sentence(case, case.primary.id, phrase) for phrase in phrases]
    html = "".join(
        f"<blockquote>“{safe_text(s.text)}” <small>(WSJ, sentence {s.index})</small></blockquote>" for s in sentences
    )
    return Shown(block(html), "\n".join(f"“{mask(s.text)}” (WSJ, sentence {s.index})" for s in sentences))


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
