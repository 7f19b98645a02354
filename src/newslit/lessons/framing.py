"""The exercises of lesson 02 (editorial framing), each one call from a notebook cell.

Every exercise is built with :mod:`newslit.views.exercises` (answers saved at once and
restored on re-run) and checked with explained feedback. The right answers come from the
engine (:mod:`newslit.analysis.framing.cues`) for invented texts, and from the case's answer key
(``key/framing.csv``) for the seed articles.
"""

from __future__ import annotations

from newslit.analysis.framing.asides import ASIDES
from newslit.analysis.framing.cues import sentence_cues
from newslit.analysis.framing.records import KEY_FILE, key_asides
from newslit.case.key import agreement, read_rows
from newslit.case.model import Case
from newslit.text.masking import mask

RETOLD = "retold from the primary"
HUNT_LABELS = [RETOLD, *ASIDES]


def _exercises():
    from newslit.views import exercises

    return exercises


def _feedback(correct, message):
    return _exercises().Feedback(correct, message)


def _labels_of(value, items: list[str]) -> dict[str, str | None]:
    """A tags answer as ``{item: label}``, whether the widget gives a dict or a list."""
    if isinstance(value, dict):
        return {item: value.get(item) for item in items}
    values = list(value or [])
    return {item: (values[i] if i < len(values) else None) for i, item in enumerate(items)}


def _rate(records: list[dict], article) -> float:
    loaded = sum(
        1 for r in records if r["article"] == article.id for c in r["cues"] if c["kind"] == "loaded" and not c["quoted"]
    )
    return 1000 * loaded / article.words if article.words else 0.0


# ---- predictions --------------------------------------------------------------------------


def predict_loaded(case: Case, records: list[dict]):
    """Predict first: which outlet uses the most loaded words (per 1,000 words, own voice)?"""
    rates = {a.outlet: _rate(records, a) for a in case.articles}
    top = max(rates, key=rates.get)
    summary = "; ".join(f"{outlet}: {rate:.1f}" for outlet, rate in sorted(rates.items(), key=lambda kv: -kv[1]))

    def check(choice):
        verdict = "You predicted it." if choice == top else f"The engine finds most in {top}."
        return _feedback(
            choice == top,
            f"{verdict} Loaded words per 1,000 words, outside quotations: {summary}. "
            "Short texts swing a lot: one word more or less changes the rate. The sections below show every one.",
        )

    return _exercises().choice(
        "02.predict-loaded",
        "Before you look: which outlet do you expect to use the most loaded words for its length?",
        list(rates),
        check=check,
    )


def predict_doubt(rates: list[dict]):
    """Predict first: which outlet uses doubt words most often for its length?"""
    by_outlet = {r["outlet"]: r["doubt_per_1000"] for r in rates}
    top = max(by_outlet, key=by_outlet.get)

    def check(choice):
        verdict = "You predicted it." if choice == top else f"The most, for its length, is {top}."
        return _feedback(
            choice == top,
            f"{verdict} The chart below shows all five. Keep an eye on whom each doubt word is aimed at.",
        )

    return _exercises().choice(
        "02.predict-doubt",
        'Which outlet do you expect to use doubt words ("claimed", "alleged", ...) most often for its length?',
        list(by_outlet),
        check=check,
    )


# ---- single questions ---------------------------------------------------------------------

QUESTIONS = {
    "02.headline": (
        "Which headline tells you how to feel about the report before you have read it?",
        [
            "The Wall Street Journal: Instagram Connects Vast Pedophile Network",
            "The Dutch blog: Instagram: a platform where pedophile networks continue to grow",
            "LifeSiteNews: Instagram facilitates ‘vast pedophile network’ on its platform, bombshell report finds",
        ],
        2,
        'LifeSiteNews calls the report a "bombshell": a shocking surprise. That word is about the report, not about '
        'what it found. But look again at the WSJ: "Vast" is a loaded word too, in the primary\'s own headline. '
        'And the blog\'s "continue to grow" is a claim the WSJ does not make.',
    ),
    "02.claimed": (
        'The WSJ wrote: "A Meta spokesman said the company actively seeks to remove such users, taking down 490,000 '
        'accounts …". LifeSiteNews wrote: "A spokesperson claimed that they removed almost 500,000 such accounts …". '
        'What does changing "said" to "claimed" do?',
        [
            "Nothing: the two words mean the same",
            "It hints that Meta's figure may not be true, without giving a reason",
            "It shows that Meta lied",
            "It corrects a mistake in the WSJ",
        ],
        1,
        '"Claimed" casts doubt; "said" simply reports. LifeSiteNews gives no evidence against the figure, so the doubt '
        'is a framing choice. (The Daily Caller made the same change: "Meta claimed to have dismantled 27 pedophile '
        'networks".) Doubt is not always wrong: the WSJ itself writes that accounts "claim" to be run by children, '
        "because nobody can check.",
    ),
    "02.insurrection": (
        'LifeSiteNews wrote that Meta suppressed networks "connected with the alleged “insurrection” after the events '
        'of January 6, 2021". The WSJ had written "accounts promoting election delegitimization in the U.S. after the '
        'Jan. 6 Capitol riot". What do "alleged" and the quotation marks do?',
        [
            'They quote the WSJ\'s word "insurrection"',
            "They cast doubt on calling the events of January 6 an insurrection",
            "They quote a Meta spokesman",
            "They mark a hashtag",
        ],
        1,
        'The WSJ never wrote "insurrection", so the quotation marks quote nobody: they are scare quotes. With '
        '"alleged", they keep the word at arm\'s length and take a side in a political argument that has nothing to '
        "do with the investigation. Notice it whichever side an outlet takes: the question is what the words do.",
    ),
    "02.first-platform": (
        'AFP\'s English text opens: "Instagram is the first platform used by pedophile networks". The French original '
        'said "la plus importante plateforme". The WSJ quotes Stanford: "The most important platform for these '
        'networks of buyers and sellers seems to be Instagram." What happened?',
        [
            "The English rendering changed the meaning: 'the first' is not 'the most important'",
            "The French original got it wrong",
            "Nothing changed: 'first' and 'most important' mean the same",
            "The WSJ changed Stanford's words",
        ],
        0,
        '"La plus importante" means "the most important". "The first" can be read as "the first ever" or "number one" '
        'in time, which nobody claimed. Notice too that Stanford wrote "seems to be": that caution was lost on the '
        "way. Each retelling is a chance for meaning to shift.",
    ),
    "02.primary-doubt": (
        'The WSJ writes of "accounts purportedly run by children themselves" and accounts that "claim to be run by the '
        'children themselves". Why the doubt words here?',
        [
            "To suggest the researchers are lying",
            "Because nobody can check who really runs an anonymous account",
            "To protect Meta",
            "They are loaded words and should be removed",
        ],
        1,
        "Here the doubt is fair: an account's description of itself cannot be checked, and some may be run by adults. "
        "Doubt words are a tool. Ask each time: who is doubted, and is there a reason given?",
    ),
}


def question(exercise_id: str):
    """One multiple-choice question of the lesson, checked with an explanation."""
    prompt, options, right, why = QUESTIONS[exercise_id]

    def check(choice):
        correct = choice == options[right]
        start = "Yes. " if correct else f'The best answer is: "{options[right]}". '
        return _feedback(correct, start + why)

    return _exercises().choice(exercise_id, prompt, options, check=check)


# ---- tagging: loaded or neutral, and the transfer text ------------------------------------

LOADED_OR_NOT = [
    "such accounts exist and interact with each other in the platform’s dark corners",
    "this gives pedophiles free rein",
    "do not appear for the vast majority of the platform’s users",
    "in flagrant violation of federal laws",
    "The company has established an internal task force",
    "according to a bombshell report",
    "the sexualized accounts on Instagram are brazen about their interest",
    "a research organization that aims to prevent child victimization online",
]


def _engine_label(text: str, kinds_to_labels: dict[str, str], default: str) -> tuple[str, list[dict]]:
    cues = [c for c in sentence_cues(text) if c["kind"] in kinds_to_labels]
    order = list(kinds_to_labels)
    cues.sort(key=lambda c: order.index(c["kind"]))
    return (kinds_to_labels[cues[0]["kind"]] if cues else default), cues


def _tag_feedback(items, answers, truth, explain) -> object:
    right = sum(1 for item in items if answers.get(item) == truth[item])
    lines = [f"You agree with the answer on {right} of {len(items)}."]
    for item in items:
        if answers.get(item) != truth[item]:
            lines.append(f'• "{mask(item)}": {truth[item]}. {explain(item)}')
    return _feedback(right == len(items), "\n".join(lines))


def loaded_or_not():
    """Tag phrases from the retellings as loaded or neutral ("the vast majority" is the trap)."""
    labels = ["loaded", "neutral"]
    truth, why = {}, {}
    for item in LOADED_OR_NOT:
        label, cues = _engine_label(item, {"loaded": "loaded"}, "neutral")
        truth[item], why[item] = label, cues[0]["explanation"] if cues else "A plain description."
    if "vast majority" in " ".join(LOADED_OR_NOT):
        why[LOADED_OR_NOT[2]] = (
            '"The vast majority" is an everyday phrase meaning "most": not an emotive use of "vast".'
        )

    def check(value):
        return _tag_feedback(LOADED_OR_NOT, _labels_of(value, LOADED_OR_NOT), truth, lambda item: why[item])

    return _exercises().tags(
        "02.loaded-or-not",
        "Loaded or neutral? Tag each phrase (all are from the articles).",
        LOADED_OR_NOT,
        labels,
        check=check,
    )


TRANSFER_TEXT = (
    "Phones were banned at Northfield School in a shocking move last term. The head teacher said the ban worked, and "
    "according to a survey, 60% of pupils agreed. But the so-called “experts” behind the survey were parents. Some "
    "pupils allegedly hid phones in their lunch boxes. The council claimed that marks rose by a staggering 40%. The "
    "school said it would publish the full figures in June."
)
TRANSFER_ITEMS = [
    "in a shocking move",
    "The head teacher said",
    "according to a survey",
    "the so-called “experts”",
    "pupils allegedly hid phones",
    "The council claimed",
    "a staggering 40%",
    "The school said",
]
TRANSFER_LABELS = ["loaded word", "doubt word", "scare quote", "neutral"]


def transfer_exercise():
    """Tag the cues in a short invented article the learner has never seen (checked by the engine)."""
    mapping = {"scare_quote": "scare quote", "loaded": "loaded word", "doubt_verb": "doubt word"}
    truth, why = {}, {}
    for item in TRANSFER_ITEMS:
        label, cues = _engine_label(item, mapping, "neutral")
        truth[item] = label
        why[item] = cues[0]["explanation"] if cues else '"Said" and "according to" report without judging.'

    def check(value):
        return _tag_feedback(TRANSFER_ITEMS, _labels_of(value, TRANSFER_ITEMS), truth, lambda item: why[item])

    prompt = (
        "A text you have not seen (invented for this exercise):\n\n"
        f"{TRANSFER_TEXT}\n\nTag each phrase: loaded word, doubt word, scare quote, or neutral."
    )
    return _exercises().tags("02.transfer", prompt, TRANSFER_ITEMS, TRANSFER_LABELS, check=check)


# ---- the asides hunt ----------------------------------------------------------------------


def hunt_items(records: list[dict], article: str) -> list[str]:
    """The body sentences of one outlet, masked, in order: the items of its hunt."""
    return [mask(r["sentence"]) for r in records if r["article"] == article and r["role"] == "body"]


def hunt_truth(case: Case, records: list[dict], article: str) -> dict[str, tuple[str, str]]:
    """For each item of an outlet's hunt: (the key's label, the key's explanation).

    Sentences the key lists as asides get their label; every other sentence is "retold
    from the primary". Without a key, the engine's asides stand in (and say so).
    """
    key = read_rows(case, KEY_FILE)
    rows = key_asides(records, key) if key else []
    keyed = {mask(row["sentence"]): (row["key"], row["explanation"]) for row in rows if row["article"] == article}
    truth = {}
    for record in records:
        if record["article"] != article or record["role"] != "body":
            continue
        item = mask(record["sentence"])
        if key:
            truth[item] = keyed.get(item, (RETOLD, "The primary has a sentence that says this."))
        else:
            truth[item] = (record["aside"] or RETOLD, "(No answer key for this case: this is the engine's label.)")
    return truth


def aside_hunt(case: Case, records: list[dict], article: str):
    """The hunt for one outlet: tag every sentence as retold, or as an aside of one of four kinds.

    The feedback gives the agreement with the key, the engine's agreement on the same
    sentences, and the key's explanation for every sentence you tagged differently.
    """
    items = hunt_items(records, article)
    truth = hunt_truth(case, records, article)
    engine = {
        mask(r["sentence"]): (r["aside"] or RETOLD) for r in records if r["article"] == article and r["role"] == "body"
    }
    outlet = case.article(article).outlet

    def check(value):
        answers = _labels_of(value, items)
        mine = agreement([(answers.get(i), truth[i][0]) for i in items])
        machine = agreement([(engine[i], truth[i][0]) for i in items])
        lines = [
            f"You agree with the key on {mine['agree']} of {mine['total']} sentences ({mine['share']:.0%}); "
            f"the engine agrees on {machine['agree']} of {machine['total']} ({machine['share']:.0%})."
        ]
        for item in items:
            label, why = truth[item]
            if answers.get(item) != label:
                lines.append(f'• "{item[:90]}{"…" if len(item) > 90 else ""}" — key: {label}. {why}')
        return _feedback(mine["share"] == 1.0, "\n".join(lines))

    prompt = (
        f"{outlet}: for each sentence, is it retold from the WSJ, or did the outlet add it? "
        "If added, what does it do: politicised, context, advocacy or editorial?"
    )
    return _exercises().tags(f"02.hunt-{article}", prompt, items, HUNT_LABELS, check=check)


def engine_against_key(case: Case, records: list[dict]):
    """The key's asides beside the engine's, with the agreement score, as a view."""
    from newslit.views.framing import Shown, comparison_view

    rows = key_asides(records, read_rows(case, KEY_FILE))
    score = agreement([(r["engine"], r["key"]) for r in rows])
    view = comparison_view(rows)
    line = f"The engine agrees with the key on {score['agree']} of {score['total']} added sentences ({score['share']:.0%})."
    return Shown(view.html + f"<p>{line}</p>", view.text + "\n" + line)


# ---- the rewrite --------------------------------------------------------------------------

REWRITE_SENTENCE = "These online activities are also in flagrant violation of federal laws designed to protect children from sexual exploitation."
REWRITE_MODEL = (
    "Promoting such content also violates federal law, according to the WSJ. "
    "(The WSJ's own words: \"The promotion of underage-sex content violates rules established by Meta as well as "
    'federal law." "Flagrant" is gone, and the sentence says who says so.)'
)


def rewrite_exercise():
    """Rewrite a loaded sentence so that it reports without judging; the model answer is shown after."""
    prompt = (
        f'The Daily Caller News Foundation wrote: "{REWRITE_SENTENCE}" Rewrite it so that it states the same fact '
        "without telling the reader how to feel. Keep it one sentence."
    )
    return _exercises().free_text("02.rewrite", prompt, model_answer=REWRITE_MODEL)
