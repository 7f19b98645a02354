"""Arithmetic a careful reader can check with the primary's own figures: shares, implied earlier values, one in N."""

from __future__ import annotations

import re

from newslit.analysis.figures.compare import interval
from newslit.analysis.figures.primary import primary_figures, s_stems
from newslit.case.model import Case
from newslit.text.numbers import find_figures


def check_share(part: float, whole: float, claim: str | None = None) -> dict:
    """Is ``part`` out of ``whole`` what ``claim`` says ("less than a third", "about half")?

    Returns ``{"part", "whole", "share" (0-1), "percent", "claim", "claim_value" (0-1 or None),
    "holds" (bool or None when there is no claim or it cannot be read), "working"}``.
    Raises ValueError when ``whole`` is 0.
    """
    if not whole:
        raise ValueError("the whole must not be 0")
    share = part / whole
    claim_value, holds = None, None
    if claim:
        found = find_figures(claim)
        figure = next((f for f in found if f.kind in ("ratio", "percent")), None)
        if figure is not None:
            claim_value = figure.comparable
            low, high = interval(figure)
            if figure.hedge in ("under", "max"):
                holds = share < claim_value
            elif figure.hedge in ("above", "min"):
                holds = share > claim_value
            else:
                holds = low - 0.005 <= share <= high + 0.005
    working = f"{part:,.0f} ÷ {whole:,.0f} = {share:.3f} = {100 * share:.1f}%"
    if claim_value is not None:
        working += f"; “{claim}” means {'under ' if holds is not None else ''}{100 * claim_value:.1f}%"
    return {
        "part": part,
        "whole": whole,
        "share": share,
        "percent": 100 * share,
        "claim": claim,
        "claim_value": claim_value,
        "holds": holds,
        "working": working,
    }


def implied_earlier(now: float, change_percent: float) -> dict:
    """What an "up N% from earlier" claim implies the earlier figure was: ``now / (1 + N/100)``.

    Returns ``{"now", "change_percent", "earlier", "working"}``. Raises ValueError for a
    change of -100% or less (there is no earlier figure that fell to ``now``).
    """
    if change_percent <= -100:
        raise ValueError("a change of -100% or less has no earlier figure")
    earlier = now / (1 + change_percent / 100)
    return {
        "now": now,
        "change_percent": change_percent,
        "earlier": earlier,
        "working": f"{now:,.0f} ÷ {1 + change_percent / 100:.2f} = {earlier:,.0f}",
    }


def one_in(n: float) -> dict:
    """ "One in ``n``" as a share and a percentage: one in 10,000 is 0.01%. Raises ValueError for n <= 0."""
    if n <= 0:
        raise ValueError("n must be positive")
    return {"n": n, "share": 1 / n, "percent": 100 / n, "working": f"1 ÷ {n:,.0f} = {100 / n:.4g}%"}


def arithmetic_checks(case: Case) -> list[dict]:
    """The sums a careful reader can do with the primary's own figures.

    Finds, in the primary: a proportion stated next to a count ("128 accounts ..., less
    than a third the number they found on Instagram", checked against the largest count
    of the same source and noun family elsewhere); a change in per cent next to a count
    ("31.9 million ... up 47% from two years earlier": the earlier figure it implies); a
    share and a count of the same thing ("85% of the reports ..., including some 5
    million from Instagram"); and "one in N" as a percentage.

    Returns
    -------
    list of dict
        ``kind`` (share | implied | part_of_share | one_in), ``claim`` (the words checked),
        ``sentence``, ``working``, ``result`` (a sentence), ``holds`` (bool or None).
    """
    ledger = primary_figures(case)
    checks = []
    counts = [p for p in ledger if p.sentence is not None and p.figure.kind == "count" and not p.figure.vague]
    for p in ledger:
        f, s = p.figure, p.sentence
        if s is None:
            continue
        same = [q for q in counts if q.sentence is s]
        if f.kind == "ratio" and f.hedge and f.value not in (None,) and f.value > 0.001 and same:
            part = same[0]
            wholes = [
                q for q in counts if q.sentence is not s and q.figure.value > part.figure.value and q.source == p.source
            ]
            if wholes:
                whole = max(wholes, key=lambda q: len(q.stems & s_stems(s)))
                result = check_share(part.figure.value, whole.figure.value, f.text)
                checks.append(_check("share", f.text, s, result["working"], result["holds"], whole.sentence.text))
        elif f.kind == "ratio" and f.value and re.search(r"\bin\b", f.text):
            result = one_in(1 / f.value)
            checks.append(_check("one_in", f.text, s, result["working"], None))
        elif f.kind == "percent" and f.change == "up" and same:
            base = max(same, key=lambda q: q.figure.value)
            result = implied_earlier(base.figure.value, f.value)
            checks.append(_check("implied", f"{base.figure.text} … {f.text}", s, result["working"], None))
        elif f.kind == "percent" and f.change is None and same:
            part = max(same, key=lambda q: q.figure.value)
            earlier = [q for q in counts if q.sentence.index < s.index and q.figure.noun == part.figure.noun]
            if earlier:
                whole = earlier[-1].figure.value
                share_whole = whole * f.value / 100
                result = check_share(part.figure.value, share_whole)
                working = f"{f.text} of {whole:,.0f} = {share_whole:,.0f}; " + result["working"]
                checks.append(_check("part_of_share", f"{f.text} … {part.figure.text}", s, working, None))
    return checks


def _check(kind, claim, sentence, working, holds, other=None) -> dict:
    result = {True: "The claim holds.", False: "The claim does not hold.", None: "Work it out, then judge."}[holds]
    return {
        "kind": kind,
        "claim": claim,
        "sentence": sentence.text,
        "other_sentence": other,
        "working": working,
        "result": result,
        "holds": holds,
    }
