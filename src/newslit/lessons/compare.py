"""The exercises of lesson 01 (compare the outlets), each one call from a notebook cell.

Built with :mod:`newslit.views.exercises` (answers saved at once, restored on re-run).
Right answers come from the case's answer key where it has one (``key/provenance.csv``,
``key/facts.csv``) and otherwise from the engine, and the feedback says which.
"""

from __future__ import annotations

from html import escape

from newslit.analysis.provenance import key_labels, label_shares
from newslit.case.model import Case, short_outlet
from newslit.text.masking import mask
from newslit.views.text import Shown, block


def _exercises():
    from newslit.views import exercises

    return exercises


def _not_on_this_case(case: Case, why) -> Shown:
    """A plain-words note where an exercise cannot be built from the case loaded."""
    message = (
        f"This exercise is written for the workbook's own case; the case loaded here, “{mask(case.title)}”, "
        f"does not have what it needs ({why}). The views above still show your case."
    )
    return Shown(block(f"<p><i>{escape(message)}</i></p>"), message)


def _retold_share(records: list[dict]) -> dict[str, float]:
    return {a: s["copied"] + s["reworded"] for a, s in label_shares(records).items()}


def predict_closest(case: Case, records: list[dict]):
    """Predict first: which retelling stays closest to the primary?"""
    shares = _retold_share(records)
    names = {a.id: short_outlet(a.outlet) for a in case.derivatives}
    top = max(shares, key=shares.get)
    summary = "; ".join(f"{names[a]} {s:.0%}" for a, s in sorted(shares.items(), key=lambda kv: -kv[1]))

    def check(choice):
        verdict = "You predicted it." if choice == names[top] else f"The engine finds {names[top]} closest."
        return _exercises().Feedback(
            choice == names[top],
            f"{verdict} Share of sentences copied or reworded from {short_outlet(case.primary.outlet)}: {summary}. "
            "Close is not the same as good: a retelling can copy faithfully and still add a slant. Read on.",
        )

    return _exercises().choice(
        "01.predict-closest",
        f"Before you look: which outlet do you expect to stay closest to {short_outlet(case.primary.outlet)}?",
        [names[a.id] for a in case.derivatives],
        check=check,
    )


def _truth(key: dict, records: list[dict], article: str) -> tuple[dict[int, str], str]:
    """Sentence index -> label for one article: from the key (:func:`~newslit.analysis.provenance.key_labels`) when it has one, else the engine."""
    mine = [r for r in records if r["article"] == article]
    if key and all((article, r["index"]) in key for r in mine):
        return {r["index"]: key[(article, r["index"])][0][0] for r in mine}, "the answer key"
    return {r["index"]: r["label"] for r in mine}, "the engine (this case has no answer key)"


def added_options(records: list[dict], article: str, truth: dict[int, str]) -> tuple[list[str], str]:
    """Four body sentences of ``article``: one added (the longest), three retold (spread through the text).

    ``truth`` maps sentence index to label (the key's, or the engine's).
    """
    body = [r for r in records if r["article"] == article and r["role"] == "body"]
    added = [r for r in body if truth[r["index"]] == "added"]
    retold = [r for r in body if truth[r["index"]] != "added"]
    if not added or len(retold) < 3:
        raise LookupError(f"{article} needs at least one added and three retold body sentences for this exercise")
    answer = max(added, key=lambda r: len(r["sentence"]))
    step = len(retold) / 3
    picks = [retold[int(i * step)] for i in range(3)]
    options = sorted(picks + [answer], key=lambda r: r["index"])
    return [mask(r["sentence"]) for r in options], mask(answer["sentence"])


def pick_added(case: Case, records: list[dict], article: str):
    """Your turn: which of these four sentences did the outlet add?"""
    key = key_labels(case)
    truth, source = _truth(key, records, article)
    try:
        options, answer = added_options(records, article, truth)
    except LookupError as why:
        return _not_on_this_case(case, why)
    by_text = {mask(r["sentence"]): r for r in records if r["article"] == article}
    primary = short_outlet(case.primary.outlet)
    primary_texts = [s.text for s in case.primary.sentences]

    def retold_from(picked: dict) -> str:
        """The primary sentence(s) a retold sentence comes from: the key's reading first, then the engine's."""
        from_key = key.get((article, picked["index"]), ((), ()))[1]
        if from_key:
            return " ".join(primary_texts[i] for i in from_key if i < len(primary_texts))
        return picked["primary_sentence"] or picked["nearest_sentence"] or ""

    def check(choice):
        picked = by_text[choice]
        if choice == answer:
            closest = picked["own_voice_reason"] or (
                f"The closest sentence of {primary} the engine found shares only {picked['score']:.0%} of its words."
            )
            return _exercises().Feedback(
                True,
                f"Yes: {primary} never says this (checked against {source}). {closest} "
                "Ask what it does: background, opinion, or a new angle?",
            )
        engine_note = ""
        if picked["label"] == "added" and truth[picked["index"]] != "added":
            engine_note = (
                f" (The engine missed this one: the outlet reworded it so freely that only {picked['score']:.0%} "
                "of its words are found. A reader can do what word counting cannot.)"
            )
        return _exercises().Feedback(
            False,
            f'That one retells {primary} ({truth[picked["index"]]}). {primary} wrote: "{mask(retold_from(picked))}"'
            f'{engine_note} The added one is: "{answer}"',
        )

    return _exercises().choice(
        f"01.pick-added-{article}",
        f"{short_outlet(case.article(article).outlet)}: three of these sentences retell {primary}. "
        "Which one did the outlet add?",
        options,
        check=check,
    )


def dropped_fact(case: Case, coverage: list[dict], article: str):
    """Your turn: which key fact did this outlet leave out? (one dropped, three carried)."""
    mine = [r for r in coverage if r["article"] == article]
    dropped = [r for r in mine if not r["carried"]]
    carried = [r for r in mine if r["carried"]]
    if not dropped or len(carried) < 3:
        return _not_on_this_case(case, f"{article} needs a key fact it dropped and three it carried")
    carried_by = {r["fact"]: sum(c["carried"] for c in coverage if c["fact"] == r["fact"]) for r in dropped}
    answer = max(dropped, key=lambda r: carried_by[r["fact"]])  # left out although others kept it
    step = len(carried) / 3
    options = [answer] + [carried[int(i * step)] for i in range(3)]
    options.sort(key=lambda r: r["fact"])
    outlet = short_outlet(case.article(article).outlet)
    others = carried_by[answer["fact"]]

    def check(choice):
        picked = next(r for r in options if r["label"] == choice)
        if picked is answer:
            return _exercises().Feedback(
                True,
                f"Right: {outlet} never retells it, though {others} of the other outlets do. Every retelling "
                f"leaves things out; the question is whether a reader of {outlet} would draw a different conclusion.",
            )
        return _exercises().Feedback(
            False,
            f'{outlet} does carry that one ({picked["how"]}): "{mask(picked["sentence"])}". '
            f"The fact it leaves out is: {answer['label']}.",
        )

    return _exercises().choice(
        f"01.dropped-{article}",
        f"Which of these key facts does {outlet} leave out?",
        [r["label"] for r in options],
        check=check,
    )


def why_it_matters(article_outlet: str):
    """Your turn, in words: why does the dropped fact matter?"""
    return _exercises().free_text(
        "01.why-it-matters",
        f"In two or three sentences: how could leaving that fact out change what a reader of {article_outlet} "
        "believes about the story?",
        model_answer=(
            "A strong answer names the fact, says what a reader would not know without it, and what they might "
            "conclude instead. For example: without Meta's own figures a reader hears only the accusation, not "
            "the company's answer; without the researchers' method a reader cannot judge how solid the finding is."
        ),
    )


def send_a_friend(case: Case):
    """Your turn, the verdict: which retelling would you send a friend, and why?"""
    names = ", ".join(short_outlet(a.outlet) for a in case.derivatives)
    return _exercises().free_text(
        "01.send-a-friend",
        f"A friend has no time for the article in {short_outlet(case.primary.outlet)}. Which of {names} would you send "
        "them, and why? Give two pieces of evidence from this lesson (a chart, a fact left out, a source named).",
        model_answer=(
            "There is no single right answer. A strong one weighs closeness (how much is retold), completeness "
            "(which key facts are carried), honesty about sources (does it credit the primary?), and what it "
            "adds (background, or opinion dressed as news?). It cites evidence, not a feeling."
        ),
    )
