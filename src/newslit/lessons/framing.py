"""The exercises of lesson 02 (editorial framing), each one call from a notebook cell.

The words of every question are in ``questions/02.toml``; this module computes what
depends on the case or the engine and builds each exercise with :mod:`newslit.lessons.build`
(answers saved at once and restored on re-run, checked with explained feedback). The right
answers come from the file, from the engine (:mod:`newslit.analysis.framing.cues`) for the
phrases the file leaves to it, and from the case's answer key (``key/framing.csv``) for
the asides hunt.
"""

from __future__ import annotations

from newslit.analysis.framing.asides import ASIDES
from newslit.analysis.framing.cues import sentence_cues
from newslit.analysis.framing.records import KEY_FILE, framing_records, key_asides
from newslit.case import load_case
from newslit.case.key import agreement, read_rows
from newslit.case.model import Case, short_outlet
from newslit.lessons import build
from newslit.lessons.compare import not_on_this_case
from newslit.lessons.questions import Question, QuestionError, ask, shows_problems
from newslit.text import folding
from newslit.text.masking import mask

FIXED = ["02.headline", "02.claimed", "02.insurrection", "02.first-platform", "02.primary-doubt"]


def load(folder=None) -> tuple[Case, list[dict]]:
    """The case (``folder``, else the default one) and its framing records: what lesson 02 works on."""
    case = load_case(folder)
    return case, framing_records(case)


def _rate(records: list[dict], article) -> float:
    loaded = sum(
        1 for r in records if r["article"] == article.id for c in r["cues"] if c["kind"] == "loaded" and not c["quoted"]
    )
    return 1000 * loaded / article.words if article.words else 0.0


# ---- predictions --------------------------------------------------------------------------


@shows_problems
def predict_loaded(case: Case, records: list[dict]):
    """Predict first: which outlet uses the most loaded words (per 1,000 words, own voice)?

    Outlets are named short ("AFP", not its note in brackets), so no option stands out by length.
    """
    rates = {short_outlet(a.outlet): _rate(records, a) for a in case.articles}
    top = max(rates, key=rates.get)
    summary = "; ".join(f"{outlet}: {rate:.1f}" for outlet, rate in sorted(rates.items(), key=lambda kv: -kv[1]))
    return build.first(
        build.choice(
            ask("02.predict-loaded"), list(rates), judge=lambda choice: (choice == top, {}), top=top, summary=summary
        )
    )


@shows_problems
def predict_doubt(rates: list[dict]):
    """Predict first: which outlet uses doubt words most often for its length?"""
    by_outlet = {short_outlet(r["outlet"]): r["doubt_per_1000"] for r in rates}
    top = max(by_outlet, key=by_outlet.get)
    return build.choice(ask("02.predict-doubt"), list(by_outlet), judge=lambda choice: (choice == top, {}), top=top)


# ---- single questions ---------------------------------------------------------------------


@shows_problems
def question(exercise_id: str):
    """One of the lesson's multiple-choice questions written in full in the file, with its explanation."""
    return build.choice(ask(exercise_id))


# ---- tagging: loaded or neutral, and the transfer text ------------------------------------


def engine_truth(question: Question) -> dict[str, dict]:
    """Each item's right label and why: the file's where it gives them, else the framing engine's.

    The engine's first cue (in the order of the question's ``cue_labels``) gives the label
    and its explanation; an item with no cue gets ``default_label`` and ``default_why``.
    An item whose answer overrules the engine keeps no engine explanation.
    """
    order = list(question.cue_labels)
    truth = {}
    for item in question.items:
        cues = sorted((c for c in sentence_cues(item.text) if c["kind"] in order), key=lambda c: order.index(c["kind"]))
        label = question.cue_labels[cues[0]["kind"]] if cues else question.default_label
        why = cues[0]["explanation"] if cues else question.default_why
        if item.answer is not None and item.answer != label:
            label, why = item.answer, (question.default_why if item.answer == question.default_label else "")
        truth[item.text] = {"label": label, "why": item.why or why}
    return truth


CUE_KINDS = ("loaded", "doubt_verb", "scare_quote")


def _engine_checked(question: Question):
    unknown = sorted(set(question.cue_labels) - set(CUE_KINDS))
    if unknown:
        raise question.error(f"cue_labels names {unknown[0]!r}, not a kind of cue", f"use {', '.join(CUE_KINDS)}")
    return build.tags(question, question.item_texts, list(question.labels), engine_truth(question))


@shows_problems
def loaded_or_not():
    """Tag phrases from the retellings as loaded or neutral ("the vast majority" is the trap)."""
    return _engine_checked(ask("02.loaded-or-not"))


@shows_problems
def transfer_exercise():
    """Tag the cues in a short invented article the learner has never seen (checked by the engine)."""
    return _engine_checked(ask("02.transfer"))


# ---- the asides hunt ----------------------------------------------------------------------


def hunt_items(records: list[dict], article: str) -> list[str]:
    """The body sentences of one outlet, masked, in order: the items of its hunt."""
    return [mask(r["sentence"]) for r in records if r["article"] == article and r["role"] == "body"]


def hunt_truth(
    case: Case, records: list[dict], article: str, question: Question | None = None
) -> dict[str, tuple[str, str]]:
    """For each item of an outlet's hunt: (the key's label, the key's explanation).

    Sentences the key lists as asides (a whole sentence added, or words slipped into a
    retold one) get their label; every other sentence gets the question's
    ``default_label`` (retold), and its explanation quotes the primary sentence it
    retells where one is known (the question's ``retold_why``), else ``default_why``.
    Without a key, the engine's asides stand in (and say so). ``question`` is the hunt's
    question (the whole hunt by default).
    """
    question = question or ask("02.hunt-{article}")
    key = read_rows(case, KEY_FILE)
    rows = key_asides(records, key) if key else []
    keyed = {mask(row["sentence"]): (row["key"], row["explanation"]) for row in rows if row["article"] == article}
    retold = question.default_label
    sources = aligned_primary_sentences(case, records)
    truth = {}
    for record in records:
        if record["article"] != article or record["role"] != "body":
            continue
        item = mask(record["sentence"])
        if key:
            source = sources.get((article, record["index"]))
            truth[item] = keyed.get(item, (retold, _retold_why(question, source, short_outlet(case.primary.outlet))))
        else:
            truth[item] = (record["aside"] or retold, question.say("no_key"))
    return truth


def aligned_primary_sentences(case: Case, records: list[dict]) -> dict[tuple[str, str], str]:
    """``(article, index) -> the one primary sentence`` a retold sentence retells (see the framing view)."""
    from newslit.views.framing import aligned_primary

    return aligned_primary(case, records)


def _retold_why(question: Question, source: str | None, primary: str) -> str:
    """Why a sentence counts as retold: the primary sentence it retells, quoted (masked), where it is known."""
    if not source or folding.is_folded(source) or not question.feedback.get("retold_why"):
        return question.default_why
    return question.say("retold_why", source=mask(source), primary=primary)


SAMPLE_SIZE = 6  # sentences in the class sample of a hunt: about three minutes of reading and tagging


def hunt_sample(items: list[str], truth: dict[str, tuple[str, str]], retold: str, size: int = SAMPLE_SIZE) -> list[str]:
    """A class-sized sample of a hunt's items, in the text's order.

    Half the sample (rounded up) is sentences the key says add something: the first of
    each kind the key marks, then the next added ones in the text's order; retold
    sentences spread evenly through the text fill the rest (more added ones if there are
    too few retold). Folded sentences (:mod:`newslit.text.folding`) are left out, so the
    class path never asks a learner to open one.
    """
    shown = [i for i in items if not folding.is_folded(i)]
    added_all = [i for i in shown if truth[i][0] != retold]
    retold_all = [i for i in shown if truth[i][0] == retold]
    first_of_kind = [i for n, i in enumerate(added_all) if truth[i][0] not in {truth[j][0] for j in added_all[:n]}]
    want = max(-(-size // 2), size - len(retold_all))
    added = (first_of_kind + [i for i in added_all if i not in first_of_kind])[:want]
    room = min(size - len(added), len(retold_all))
    step = len(retold_all) / room if room else 0
    picked = set(added) | {retold_all[int(n * step)] for n in range(room)}
    return [i for i in items if i in picked]


def _hunt(case: Case, records: list[dict], article: str, question: Question, sample: bool, later: bool = False):
    missing = [label for label in (question.default_label, *ASIDES) if label not in question.labels]
    if missing:
        raise question.error(
            f"its labels lack “{missing[0]}”", f"keep the engine's kinds of aside as labels: {', '.join(ASIDES)}"
        )
    if article not in {a.id for a in case.articles}:
        return not_on_this_case(case, f"it has no article “{article}”")
    items = hunt_items(records, article)
    truth = hunt_truth(case, records, article, question)
    retold = question.default_label
    if sample:
        items = hunt_sample(items, truth, retold)
    engine = {
        mask(r["sentence"]): (r["aside"] or retold) for r in records if r["article"] == article and r["role"] == "body"
    }
    machine = agreement([(engine[i], truth[i][0]) for i in items])
    return build.tags(
        question,
        items,
        list(question.labels),
        {item: {"label": truth[item][0], "why": truth[item][1]} for item in items},
        later=later,
        article=article,
        outlet=case.article(article).outlet,
        primary=short_outlet(case.primary.outlet),
        engine_right=machine["agree"],
        engine_share=f"{machine['share']:.0%}",
        source="",  # retold_why's name: filled per sentence by hunt_truth, so none is left here
    )


@shows_problems
def aside_hunt(case: Case, records: list[dict], article: str):
    """The whole hunt for one outlet: tag every sentence as retold, or by what the outlet adds.

    The feedback gives the agreement with the key, the engine's agreement on the same
    sentences, and the key's explanation for every sentence you tagged differently. Its
    menus are built when the learner presses its button (or at once with a saved answer).
    """
    return _hunt(case, records, article, ask("02.hunt-{article}"), sample=False, later=True)


@shows_problems
def aside_hunt_sample(case: Case, records: list[dict], article: str):
    """The hunt in class: six sentences of one outlet (added ones, one of each kind the key marks first, and retold ones).

    Saved apart from the whole hunt (its own id), which stays for homework.
    """
    return _hunt(case, records, article, ask("02.hunt-sample-{article}"), sample=True)


def engine_against_key(case: Case, records: list[dict]):
    """The key's asides beside the engine's, with the agreement score, as a view."""
    from newslit.views.framing import Shown, comparison_view

    rows = key_asides(records, read_rows(case, KEY_FILE))
    score = agreement([(r["engine"], r["key"]) for r in rows])
    view = comparison_view(rows, names={a.id: short_outlet(a.outlet) for a in case.articles})
    line = f"The engine agrees with the key on {score['agree']} of {score['total']} added sentences ({score['share']:.0%})."
    return Shown(view.html + f"<p>{line}</p>", view.text + "\n" + line)


# ---- the rewrite --------------------------------------------------------------------------


def rewrite_sentence() -> str:
    """The loaded sentence the rewrite exercise quotes ("" if its question file needs a fix)."""
    try:
        return ask("02.rewrite").passage or ""
    except QuestionError:
        return ""


@shows_problems
def rewrite_exercise():
    """Rewrite a loaded sentence so that it reports without judging; the model answer is shown after."""
    return build.free_text(ask("02.rewrite"))


# ---- class-sized samples of the long lists --------------------------------------------------

DOUBT_SAMPLE = 5  # at most this many sentences in class: one of the primary's, one per retelling
PRIMARY_IN_SAMPLE = 1
ASKED_BEFORE = "02.primary-doubt"  # the question just before the sample: its doubt words count as shown


def _doubt_words(record: dict) -> set[str]:
    from newslit.views.framing import _trusted_cues

    return {c["text"].lower() for c in _trusted_cues(record) if c["kind"] == "doubt_verb"}


def asked_doubt_words() -> set[str]:
    """The doubt words the question before the sample quotes ("purportedly", "claim"): a learner has seen them."""
    try:
        prompt = ask(ASKED_BEFORE).prompt
    except QuestionError:
        return set()
    return {c["text"].lower() for c in sentence_cues(prompt) if c["kind"] == "doubt_verb"}


def doubt_sample(case: Case, records: list[dict], size: int = DOUBT_SAMPLE) -> list[dict]:
    """The doubt-word sentences a class reads: the primary's first, then each retelling's first, each with a new doubt word.

    A sentence is picked only if it has a doubt word that no earlier pick has and that
    the question before the sample (:data:`ASKED_BEFORE`) does not quote, so the sample
    shows as many different words as it can. A sentence that also holds a scare quote is left out: section 4 asks about scare
    quotes before it shows them, so this list must not answer that question first. Folded
    sentences are left out too. The records come back in the case's order (the primary
    first); every doubt word is listed under "Going further".
    """
    picked: list[dict] = []
    seen: set[str] = asked_doubt_words()
    for article in case.articles:
        room = PRIMARY_IN_SAMPLE if article.id == case.primary.id else 1
        for record in records:
            if record["article"] != article.id or len(picked) >= size or not room:
                continue
            found = _doubt_words(record)
            if not found or found <= seen or folding.is_folded(record["sentence"]):
                continue
            if any(c["kind"] == "scare_quote" for c in record["cues"]):
                continue
            picked.append(record)
            seen |= found
            room -= 1
    return picked


REFRAMING_SAMPLE = 4  # one retold sentence per outlet: about a minute and a half of reading


def reframing_sample(case: Case, records: list[dict], size: int = REFRAMING_SAMPLE) -> list[dict]:
    """The reframed sentences a class reads: one per retelling, each showing a kind of change not shown yet if it can.

    Each outlet (in the case's order) gives its first sentence whose reframing is of a kind
    (a doubt word added, caution dropped, a loaded word added or removed) that no earlier
    pick shows, else its first reframed sentence; at most ``size`` in all. Only sentences
    the reframing view would show count (:func:`newslit.views.framing.shown_reframings`,
    compared with the one primary sentence each retells). Every reframing is listed under
    "Going further".
    """
    from newslit.views.framing import aligned_primary, shown_reframings

    pairs = aligned_primary(case, records)
    kinds_of = {}
    for record in records:
        if record["label"] == "primary":
            continue
        primary = pairs.get((record["article"], record["index"]), record.get("primary_sentence"))
        shown = shown_reframings(record, primary)
        if shown:
            kinds_of[id(record)] = {c["rule"] for c in shown}
    picked, covered = [], set()
    for article in case.derivatives:
        mine = [r for r in records if r["article"] == article.id and id(r) in kinds_of]
        if not mine or len(picked) >= size:
            continue
        choice = next((r for r in mine if kinds_of[id(r)] - covered), mine[0])
        picked.append(choice)
        covered |= kinds_of[id(choice)]
    return picked
