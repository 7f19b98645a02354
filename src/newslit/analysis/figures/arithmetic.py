"""Arithmetic a careful reader can check with the primary's own figures: shares, implied earlier values, one in N."""

from __future__ import annotations

import re

from newslit.analysis.figures.primary import primary_figures, s_stems
from newslit.case.model import Case
from newslit.text.compiled import regex
from newslit.text.numbers import find_figures

# ---- reading a claim about a share ("about a sixth", "more than half", "under 20%") ----------

# What a hedge word does to the share it comes with.
SHARE_HEDGES = {
    "less than": "under", "fewer than": "under", "under": "under", "below": "under", "not even": "under",
    "more than": "above", "over": "above", "above": "above", "greater than": "above", "upwards of": "above",
    "at least": "min", "no less than": "min", "no fewer than": "min",
    "at most": "max", "no more than": "max", "up to": "max", "as much as": "max", "as many as": "max",
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "some": "approx",
    "close to": "approx", "nearly": "below", "almost": "below", "just under": "below", "a little under": "below",
    "just over": "little_above", "a little over": "little_above", "slightly more than": "little_above",
    "exactly": "exact", "precisely": "exact",
}  # fmt: skip
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "twentieth": 20, "hundredth": 100,
}  # fmt: skip
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000}  # fmt: skip
_NUMBER = r"\d+(?:[.,]\d+)*|" + "|".join(sorted(_COUNTS, key=len, reverse=True))
_HEDGE = "|".join(re.escape(h) for h in sorted(SHARE_HEDGES, key=len, reverse=True))
_QUANTITY = regex(
    rf"(?P<percent>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
    rf"|(?P<num>{_NUMBER})\s*(?:in|out\s+of)\s+(?P<den>{_NUMBER})"
    rf"|(?P<top>\d+)\s*/\s*(?P<bottom>\d+)"
    rf"|(?:(?P<count>{_NUMBER})[\s-]+)?(?P<part>{'|'.join(sorted(_DENOMINATORS, key=len, reverse=True))})\b"
    r"|(?P<most>a\s+majority|most)\b|(?P<least>a\s+minority)\b",
    re.IGNORECASE,
)
_CLAIM = regex(rf"^\s*(?:(?P<hedge>{_HEDGE})\s+)?(?:of\s+)?", re.IGNORECASE)


def _number(text: str) -> float:
    text = text.lower().replace(",", "")
    return float(_COUNTS[text]) if text in _COUNTS else float(text)


def read_share_claim(claim: str) -> tuple[float, str] | None:
    """What a claim about a share says, as ``(share 0-1, hedge)``; None when it cannot be read.

    Reads an optional hedge (:data:`SHARE_HEDGES`: "about", "more than", "at least",
    "nearly", ...; none means exact) and then a percentage ("15%", "15 per cent"), a
    fraction in words or digits ("a sixth", "two thirds", "three-quarters", "half",
    "1/6"), "one in N" ("one in six", "1 out of 10"), "most" or "a majority" (more than
    half), "a minority" (less than half).

    >>> read_share_claim("about a sixth")
    (0.16666666666666666, 'approx')
    >>> read_share_claim("more than half")
    (0.5, 'above')
    """
    text = re.sub(r"\s+", " ", claim.strip().lower().replace("‑", "-"))
    lead = _CLAIM.match(text)
    hedge = SHARE_HEDGES[lead.group("hedge")] if lead.group("hedge") else "exact"
    found = _QUANTITY.match(text, lead.end())
    if found is None or text[found.end() :].strip(" .!?,;:"):
        return None
    if found.group("most") or found.group("least"):
        return 0.5, "above" if found.group("most") else "under"
    if found.group("percent"):
        value = float(found.group("percent")) / 100
    elif found.group("den"):
        value = _number(found.group("num")) / _number(found.group("den"))
    elif found.group("bottom"):
        value = int(found.group("top")) / int(found.group("bottom"))
    else:
        count = _number(found.group("count")) if found.group("count") else 1.0
        value = count / _DENOMINATORS[found.group("part").lower()]
    return (value, hedge) if 0 < value <= 1 else None


def share_range(value: float, hedge: str) -> tuple[float, float]:
    """The shares a claim allows (0-1). "about" allows 15% either side; "nearly" up to 10% under."""
    return {
        "under": (0.0, value),
        "max": (0.0, value),
        "above": (value, 1.0),
        "min": (value, 1.0),
        "approx": (0.85 * value, 1.15 * value),
        "below": (0.9 * value, value),
        "little_above": (value, 1.1 * value),
    }.get(hedge, (value, value))


def claim_meaning(value: float, hedge: str) -> str:
    """What a claim means, in words that follow it: "over 25.0%", "under 33.3%", "about 16.7% (14.2% to 19.2%)"."""
    low, high = share_range(value, hedge)
    percent = f"{100 * value:.1f}%"
    return {
        "under": f"under {percent}",
        "above": f"over {percent}",
        "min": f"{percent} or more",
        "max": f"{percent} or less",
        "approx": f"about {percent} (anything from {100 * low:.1f}% to {100 * high:.1f}%)",
        "below": f"a little under {percent} (from {100 * low:.1f}% to {percent})",
        "little_above": f"a little over {percent} (from {percent} to {100 * high:.1f}%)",
    }.get(hedge, f"{percent}, give or take half a point")


def _claim_holds(share: float, value: float, hedge: str) -> bool:
    if hedge in ("under", "max"):
        return share < value if hedge == "under" else share <= value
    if hedge in ("above", "min"):
        return share > value if hedge == "above" else share >= value
    low, high = share_range(value, hedge)
    return low - 0.005 <= share <= high + 0.005


def _read_claim(claim: str) -> tuple[float, str] | None:
    """:func:`read_share_claim`, else a share or percentage the figure parser finds in the claim."""
    read = read_share_claim(claim)
    if read is not None:
        return read
    figure = next((f for f in find_figures(claim) if f.kind in ("ratio", "percent")), None)
    if figure is None:
        return None
    hedge = figure.hedge if figure.hedge in ("under", "above", "min", "max", "approx", "below") else "exact"
    return figure.comparable, hedge


EXAMPLE_CLAIMS = "“about a sixth”, “more than half”, “less than 30%” or “one in six”"


def check_share(part: float, whole: float, claim: str | None = None) -> dict:
    """Is ``part`` out of ``whole`` what ``claim`` says ("less than a third", "about a sixth")?

    Returns ``{"part", "whole", "share" (0-1), "percent", "claim", "claim_value" (0-1 or None),
    "meaning" (what the claim means, in words, or None), "holds" (bool, or None when there
    is no claim or it cannot be read), "working"}``. The working says in words what the
    claim means ("“more than a quarter” means over 25.0%"), or that it could not be read
    and what can be. Raises ValueError when ``whole`` is 0.
    """
    if not whole:
        raise ValueError("the whole must not be 0")
    share = part / whole
    claim_value, meaning, holds = None, None, None
    working = f"{part:,.0f} ÷ {whole:,.0f} = {share:.3f} = {100 * share:.1f}%"
    if claim and claim.strip():
        read = _read_claim(claim)
        if read is None:
            working += f"; the calculator cannot read “{claim.strip()}”: try {EXAMPLE_CLAIMS}"
        else:
            claim_value, hedge = read
            meaning = claim_meaning(claim_value, hedge)
            holds = _claim_holds(share, claim_value, hedge)
            working += f"; “{claim.strip()}” means {meaning}"
    return {
        "part": part,
        "whole": whole,
        "share": share,
        "percent": 100 * share,
        "claim": claim,
        "claim_value": claim_value,
        "meaning": meaning,
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
