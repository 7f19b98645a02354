"""The exercises of lesson 01 (compare the outlets), each one call from a notebook cell.

The words of every question are in ``questions/01.toml``; this module picks what depends
on the case (the options, the right answer, the numbers) and builds the exercise with
:mod:`newslit.lessons.build` (answers saved at once, restored on re-run). Right answers
come from the case's answer key where it has one (``key/provenance.csv``,
``key/facts.csv``) and otherwise from the engine, and the feedback says which.
"""

from __future__ import annotations

from html import escape

from newslit.analysis.coverage import disputed
from newslit.analysis.provenance import SOURCE_WORDS, credit_words, key_labels, label_shares, provenance_records
from newslit.case import load_case
from newslit.case.model import Case, short_outlet
from newslit.lessons import build
from newslit.lessons.questions import ask, shows_problems
from newslit.text import folding
from newslit.text.masking import mask
from newslit.text.tokens import stem, words
from newslit.views.text import Shown, block


def load(folder=None) -> tuple[Case, list[dict]]:
    """The case (``folder``, else the default one) and its provenance records: what lesson 01 works on."""
    case = load_case(folder)
    return case, provenance_records(case)


def not_on_this_case(case: Case, why) -> Shown:
    """A plain-words note where an exercise cannot be built from the case loaded."""
    message = (
        f"This exercise is written for the workbook's own case; the case loaded here, “{mask(case.title)}”, "
        f"does not have what it needs ({why}). The views above still show your case."
    )
    return Shown(block(f"<p><i>{escape(message)}</i></p>"), message)


def _retold_share(records: list[dict]) -> dict[str, float]:
    return {a: s["copied"] + s["reworded"] for a, s in label_shares(records).items()}


@shows_problems
def predict_closest(case: Case, records: list[dict]):
    """Predict first: which retelling stays closest to the primary?"""
    shares = _retold_share(records)
    names = {a.id: short_outlet(a.outlet) for a in case.derivatives}
    top = names[max(shares, key=shares.get)]
    summary = "; ".join(f"{names[a]} {s:.0%}" for a, s in sorted(shares.items(), key=lambda kv: -kv[1]))
    return build.first(
        build.choice(
            ask("01.predict-closest"),
            [names[a.id] for a in case.derivatives],
            judge=lambda choice: (choice == top, {}),
            primary=short_outlet(case.primary.outlet),
            top=top,
            summary=summary,
        )
    )


def engine_agreement(case: Case, records: list[dict]) -> dict:
    """How often the engine's label is one the answer key accepts: ``{"agree", "total", "share"}``.

    The same count as ``tests/test_provenance.py``; ``total`` is 0 when the case has no key.
    """
    key = key_labels(case)
    pairs = [(r["label"], key[(r["article"], r["index"])][0]) for r in records if (r["article"], r["index"]) in key]
    agree = sum(1 for label, accepted in pairs if label in accepted)
    return {"agree": agree, "total": len(pairs), "share": agree / len(pairs) if pairs else 0.0}


def agreement_view(case: Case, records: list[dict]) -> Shown:
    """The engine against the hand labels of the answer key, in one sentence (computed, never typed)."""
    found = engine_agreement(case, records)
    if not found["total"]:
        line = "This case has no hand labels (key/provenance.csv), so nobody has checked the engine on it: you are the check."
    else:
        line = (
            f"Checked against {found['total']} sentences labelled by hand (the answer key), the engine gives the same "
            f"label to {found['agree']} of them ({found['share']:.0%}). So it is right most of the time, and "
            "you should check the rest."
        )
    return Shown(block(f"<p><b>{escape(line)}</b></p>"), line)


def _truth(key: dict, records: list[dict], article: str) -> tuple[dict[int, str], bool]:
    """Sentence index -> label for one article, and whether it is the key's.

    From the key (:func:`~newslit.analysis.provenance.key_labels`) when it labels every
    sentence of the article, else the engine's labels.
    """
    mine = [r for r in records if r["article"] == article]
    if key and all((article, r["index"]) in key for r in mine):
        return {r["index"]: key[(article, r["index"])][0][0] for r in mine}, True
    return {r["index"]: r["label"] for r in mine}, False


def credits_primary(sentence: str, primary_outlet: str) -> bool:
    """Does ``sentence`` name the primary as its source ("the WSJ report indicates", "according to the report")?

    The same words the provenance engine listens for (:data:`~newslit.analysis.provenance.SOURCE_WORDS`
    and the primary outlet's name or initials).
    """
    names = SOURCE_WORDS | credit_words(primary_outlet)
    return not names.isdisjoint(stem(w) for w in words(sentence))


def added_options(
    records: list[dict], article: str, truth: dict[int, str], primary_outlet: str = ""
) -> tuple[list[str], str]:
    """Four body sentences of ``article``: one added, three retold (spread through the text), mixed.

    ``truth`` maps sentence index to label (the key's, or the engine's). The added one is
    taken among the added sentences that do not name the primary (``primary_outlet``) as
    their source (such a sentence may retell part of the primary, so calling it added is a
    hard call): the one closest in length to the middle of the retold ones, so its length
    gives nothing away; the four are put in an order fixed by their text (:func:`mixed`),
    so the added one is not always last, as added sentences often are in an article.
    Folded sentences (:mod:`newslit.text.folding`) are never options: a learner must read
    every option.
    """
    body = [
        r for r in records if r["article"] == article and r["role"] == "body" and not folding.is_folded(r["sentence"])
    ]
    added = [r for r in body if truth[r["index"]] == "added"]
    retold = [r for r in body if truth[r["index"]] != "added"]
    if not added or len(retold) < 3:
        raise LookupError(f"{article} needs at least one added and three retold body sentences for this exercise")
    # A sentence that names the primary as its source may retell part of it: a hard call,
    # so the answer is one that does not, where there is one.
    clear = [r for r in added if not credits_primary(r["sentence"], primary_outlet)] or added
    lengths = sorted(len(r["sentence"]) for r in retold)
    middle = lengths[len(lengths) // 2]
    answer = min(clear, key=lambda r: (abs(len(r["sentence"]) - middle), r["index"]))
    step = len(retold) / 3
    picks = [retold[int(i * step)] for i in range(3)]
    if max(len(r["sentence"]) for r in picks) <= len(answer["sentence"]):
        longest = max(retold, key=lambda r: len(r["sentence"]))
        picks[1] = longest if longest not in picks else picks[1]
    options = mixed(picks + [answer], key=lambda r: r["sentence"])
    return [mask(r["sentence"]) for r in options], mask(answer["sentence"])


def mixed(items: list, key=str) -> list:
    """``items`` in an order that looks random but is the same on every run (by a hash of ``key(item)``)."""
    import hashlib

    return sorted(items, key=lambda item: hashlib.sha256(key(item).encode("utf-8")).hexdigest())


SAMPLE_PER_LABEL = 1
"""Cards of each label a class reads per outlet in section 1 (every card is under "Going further")."""


def reader_sample(records: list[dict], article: str, keep: frozenset[int] = frozenset()) -> list[dict]:
    """The cards of ``article`` a class reads: some of each label, in text order.

    Body sentences only, never a folded one (:mod:`newslit.text.folding`). The sentences
    whose index is in ``keep`` (those the next exercise asks about) are always in. Then,
    for each label, cards until the outlet has :data:`SAMPLE_PER_LABEL` of that label: for
    ``reworded`` a card with a "changed" line comes first, then one with the
    free-paraphrase note (the two notes the lesson's text explains), then the rest in text
    order.
    """
    from newslit.views.provenance import card_note

    body = [
        r for r in records if r["article"] == article and r["role"] == "body" and not folding.is_folded(r["sentence"])
    ]
    chosen = [r for r in body if r["index"] in keep]
    for label in ("copied", "reworded", "added"):
        mine = [r for r in body if r["label"] == label]
        notes = []
        if label == "reworded":
            for kind in ("changes", "paraphrase"):
                notes += [r for r in mine if card_note(r) == kind][:1]
        for r in notes + mine:
            if sum(c["label"] == label for c in chosen) >= SAMPLE_PER_LABEL:
                break
            if r not in chosen:
                chosen.append(r)
    return sorted(chosen, key=lambda r: r["index"])


def added_exercise_sentences(case: Case, records: list[dict], article: str) -> frozenset[int]:
    """The indices of the four sentences :func:`pick_added` asks about (none when it cannot be built)."""
    truth, _ = _truth(key_labels(case), records, article)
    try:
        options, _ = added_options(records, article, truth, case.primary.outlet)
    except LookupError:
        return frozenset()
    return frozenset(r["index"] for r in records if r["article"] == article and mask(r["sentence"]) in options)


def class_reader(case: Case, records: list[dict], start: str | None = None, asked: str | None = None):
    """Section 1's reader as a class reads it: a sample of cards per outlet (:func:`reader_sample`).

    The four sentences of the "Your turn" about ``asked`` (an article id) are always in
    its sample, so a learner can compare them with the WSJ before answering.
    """
    from newslit.views.provenance import reader

    keep = {asked: added_exercise_sentences(case, records, asked)} if asked else {}
    return reader(
        case, records, start, sample=lambda article: reader_sample(records, article, keep.get(article, frozenset()))
    )


@shows_problems
def pick_added(case: Case, records: list[dict], article: str):
    """Your turn: which of these four sentences did the outlet add?"""
    question = ask("01.pick-added-{article}")
    key = key_labels(case)
    truth, from_key = _truth(key, records, article)
    try:
        options, answer = added_options(records, article, truth, case.primary.outlet)
    except LookupError as why:
        return not_on_this_case(case, why)
    by_text = {mask(r["sentence"]): r for r in records if r["article"] == article}
    primary = short_outlet(case.primary.outlet)
    primary_texts = [s.text for s in case.primary.sentences]

    def retold_from(picked: dict) -> str:
        """The primary sentence(s) a retold sentence comes from: the key's reading first, then the engine's."""
        from_key = key.get((article, picked["index"]), ((), ()))[1]
        if from_key:
            return " ".join(primary_texts[i] for i in from_key if i < len(primary_texts))
        return picked["primary_sentence"] or picked["nearest_sentence"] or ""

    def judge(choice):
        picked = by_text[choice]
        score = f"{picked['score']:.0%}"
        if choice == answer:
            closest = picked["added_reason"] or question.say("closest", primary=primary, score=score)
            return True, {"closest": closest, "score": score}
        missed = picked["label"] == "added" and truth[picked["index"]] != "added"
        return False, {
            "label": truth[picked["index"]],
            "primary_sentence": mask(retold_from(picked)),
            "engine_note": question.say("engine_missed", score=score) if missed else "",
            "score": score,
        }

    return build.choice(
        question,
        options,
        judge=judge,
        names=("closest", "score", "label", "primary_sentence", "engine_note"),
        article=article,
        outlet=short_outlet(case.article(article).outlet),
        primary=primary,
        answer=answer,
        source=question.say("from_key" if from_key else "from_engine"),
    )


@shows_problems
def dropped_fact(case: Case, coverage: list[dict], article: str):
    """Your turn: which key fact did this outlet leave out? (one dropped, three carried)."""
    question = ask("01.dropped-{article}")
    # Only marks the answer key does not dispute: the feedback must not call a fact carried
    # (or left out) on the strength of a weak match.
    sure = [r for r in coverage if not disputed(r)]
    mine = [r for r in sure if r["article"] == article]
    dropped = [r for r in mine if not r["carried"]]
    carried = [r for r in mine if r["carried"]]
    if not dropped or len(carried) < 3:
        return not_on_this_case(case, f"{article} needs a key fact it dropped and three it carried")
    carried_by = {r["fact"]: sum(c["carried"] for c in sure if c["fact"] == r["fact"]) for r in dropped}
    answer = _dropped_answer(coverage, article)  # left out although others kept it
    step = len(carried) / 3
    options = [answer] + [carried[int(i * step)] for i in range(3)]
    options.sort(key=lambda r: r["fact"])

    def judge(choice):
        picked = next(r for r in options if r["label"] == choice)
        # The key's reading of where the fact is, where the case has one: the matched sentence
        # may share words with the fact's sentence without stating the fact.
        how = picked.get("key_how") or picked["how"] or ""
        return picked is answer, {"how": how, "sentence": mask(picked.get("key_sentence") or picked["sentence"] or "")}

    return build.choice(
        question,
        [r["label"] for r in options],
        judge=judge,
        names=("how", "sentence"),
        article=article,
        outlet=short_outlet(case.article(article).outlet),
        answer=answer["label"],
        others=carried_by[answer["fact"]],
    )


def class_facts(coverage: list[dict], asked: str | None = None) -> list[str]:
    """The key facts a class reads in section 3's grid (ids, in the key's order).

    The facts the outlets split on (at least two keep it, at least one leaves it out, and
    no mark the answer key disputes), the first fact every outlet keeps, and the fact
    :func:`dropped_fact` asks about for ``asked`` (an article id), so its feedback can be
    checked in the grid. Every fact is in the whole grid under "Going further".
    """
    facts = list(dict.fromkeys(r["fact"] for r in coverage))
    rows = {f: [r for r in coverage if r["fact"] == f] for f in facts}
    kept = {f: sum(r["carried"] for r in rows[f]) for f in facts}
    split = {f for f in facts if 2 <= kept[f] < len(rows[f]) and not any(disputed(r) for r in rows[f])}
    everyone = [f for f in facts if kept[f] == len(rows[f])][:1]
    chosen = split | set(everyone)
    if asked:
        answer = _dropped_answer(coverage, asked)
        if answer:
            chosen.add(answer["fact"])
    return [f for f in facts if f in chosen]


def class_coverage(case: Case, coverage: list[dict], asked: str | None = None) -> Shown:
    """Section 3's grid as a class reads it: the facts of :func:`class_facts`, no dispute notes."""
    from newslit.views.provenance import coverage_view

    return coverage_view(case, coverage, shown=class_facts(coverage, asked))


def _dropped_answer(coverage: list[dict], article: str) -> dict | None:
    """The fact :func:`dropped_fact` asks about: left out by ``article``, kept by the most others (undisputed marks)."""
    sure = [r for r in coverage if not disputed(r)]
    dropped = [r for r in sure if r["article"] == article and not r["carried"]]
    if not dropped:
        return None
    carried_by = {r["fact"]: sum(c["carried"] for c in sure if c["fact"] == r["fact"]) for r in dropped}
    return max(dropped, key=lambda r: carried_by[r["fact"]])


@shows_problems
def why_it_matters(case: Case, coverage: list[dict], article: str):
    """Your turn, in words: why does the fact :func:`dropped_fact` asked about matter?

    The prompt names that fact (the one ``article`` leaves out that the most others keep).
    """
    answer = _dropped_answer(coverage, article)
    if answer is None:
        return not_on_this_case(case, f"{article} leaves out no key fact")
    return build.free_text(
        ask("01.why-it-matters"), outlet=short_outlet(case.article(article).outlet), fact=answer["label"]
    )


@shows_problems
def send_a_friend(case: Case):
    """Your turn, the verdict: which retelling would you send a friend, and why?"""
    return build.free_text(
        ask("01.send-a-friend"),
        primary=short_outlet(case.primary.outlet),
        outlets=", ".join(short_outlet(a.outlet) for a in case.derivatives),
    )
