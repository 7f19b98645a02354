"""Words right beside one number that make it another quantity: "£1,928 a month" for the primary's "£1,928 a year".

A retold figure with the primary's very number is a match when the words around the two
agree. Some words are written right beside a number and change what it says, whatever else
the sentences share: how often an amount is paid ("a year", "a month"), what a rate is out
of ("per 100,000"), which side of zero a result is ("a loss of", "a profit of"), whether a
number is the rise itself or the level risen to ("rose by 49,489", "rose … to 49,489"), what a
change is counted against ("up 10.2% year-on-year", "up 10.2% from the previous month"), and
"112% of" the average against "112% higher than" it. When the retold number and the
primary's disagree on one of these, the number was copied into another claim.

Only words next to the number count (a few words at most, with no other number or comma
between), so "£1,928 a year, or about £160 a month" gives "a month" to £160 alone.
"""

from __future__ import annotations

import re

from newslit.text.compiled import regex
from newslit.text.numbers import Figure

# how often: "£1,928 a year", "2,000 steps a day", "£20 per month", "£3bn annually"
_HOW_OFTEN = regex(
    r"\s*(?:[A-Za-z-]+\s+){0,2}?(?:(?:a|an|per|each|every)\s+(year|month|week|day|annum)|(annually|yearly|monthly|weekly|daily))\b"
    # "4.3% a year earlier", "£20 a month before": when, not how often
    r"(?!\s+(?:earlier|ago|before|later|previously|prior|on|from|in|after|back)\b)",
    re.IGNORECASE,
)
_HOW_OFTEN_NAMES = {
    "annum": "year",
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}

# what a rate is out of: "11.2 per 100,000 people", "4.5 deaths per 1,000 live births"
_OUT_OF = regex(
    r"\s*(?:[A-Za-z-]+\s+){0,3}?per\s+(\d{1,3}(?:,\d{3})+|\d+|(?:a\s+|one\s+)?(?=thousand|million))"
    r"(?:\s*(thousand|million))?\b",
    re.IGNORECASE,
)

# which side of zero: "a loss of £38.2m", "a £38.2m loss", "a trade deficit of $68bn"
_SIDE_BEFORE = regex(
    r"\b(loss|losses|deficit|deficits|profit|profits|surplus|surpluses)\s+(?:of\s+)?(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_SIDE_AFTER = regex(
    r"\s*(?:(?:pre-tax|pretax|operating|net|annual|full-year|trade|budget)\s+)?(loss|losses|deficit|deficits|profit|profits|surplus|surpluses)\b",
    re.IGNORECASE,
)
_BELOW_ZERO = frozenset({"loss", "losses", "deficit", "deficits"})

# the rise itself or the level risen to: "rose by 5% to 49,489" (the level), "rose by 49,489" (the rise)
_BY_OR_TO = regex(r"\b(by|to)\s+(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?$", re.IGNORECASE)
_MOVED = regex(
    r"\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|increasing|decreased?|"
    r"decreases|decreasing|grew|grow|grows|grown|growing|dropped|drops?|climbed|climbs?|declined?|declines|jumped|"
    r"jumps?|cut|cuts|reduced?|slipped|slid|surged|soared|plunged|plummeted|went\s+up|went\s+down)\b",
    re.IGNORECASE,
)

# "112% of the average" against "112% higher than the average"
_OF = regex(r"\s*of\b", re.IGNORECASE)
_THAN = regex(r"\s*(higher|more|above|greater|larger|bigger|lower|less|below|fewer|smaller)\s+than\b", re.IGNORECASE)


def how_often(text: str, figure: Figure) -> str | None:
    """How often the amount ``figure`` is paid or counted, written right after it: "year", "month", "week", "day"."""
    found = _HOW_OFTEN.match(text, figure.end)
    if found is None or re.search(r"[\d,;:.]", text[figure.end : found.start(1) if found.group(1) else found.start(2)]):
        return None
    word = (found.group(1) or found.group(2)).lower()
    return _HOW_OFTEN_NAMES.get(word, word)


def out_of(text: str, figure: Figure) -> float | None:
    """What the rate ``figure`` is out of, written right after it: 100,000 for "11.2 per 100,000 people"."""
    found = _OUT_OF.match(text, figure.end)
    if found is None or re.search(r"[\d,;:.]", text[figure.end : found.start(1)]):
        return None
    number = found.group(1).replace(",", "").strip().lower()
    base = float(number) if number[:1].isdigit() else 1.0  # "per million": one million
    return base * {"thousand": 1e3, "million": 1e6}.get((found.group(2) or "").lower(), 1.0)


def side(text: str, figure: Figure) -> str | None:
    """ "below" for a loss or a deficit, "above" for a profit or a surplus, named right before or after ``figure``."""
    found = _SIDE_BEFORE.search(text[max(0, figure.start - 40) : figure.start]) or _SIDE_AFTER.match(text, figure.end)
    if found is None:
        return None
    return "below" if found.group(1).lower() in _BELOW_ZERO else "above"


def rise_or_level(text: str, figure: Figure) -> str | None:
    """ "rise" for a number after "rose by", "level" for one after "rose … to"; None for any other number.

    "by" or "to" must come right after the verb ("rose to", "fell sharply by") or after the
    change ("rose by 5% to", "up 2 points to"), in a clause with a verb of rising or falling; and
    the number must not be told against another ("cut to 40% below 1990 levels" is a cut by 40%).
    """
    if figure.kind == "percent" or _RELATIVE.match(text, figure.end):
        return None  # a rate is itself a change: "inflation fell to 3.9%" is "prices rose by 3.9%"
    before = text[max(0, figure.start - 80) : figure.start]
    found = _BY_OR_TO.search(before)
    if found is None:
        return None
    lead_in = before[: found.start()]
    if not (_AFTER_VERB.search(lead_in) or (_AFTER_CHANGE.search(lead_in) and _MOVED.search(lead_in[-40:]))):
        return None
    return "rise" if found.group(1).lower() == "by" else "level"


_AFTER_VERB = regex(rf"(?:{_MOVED.pattern})(?:\s+[a-z]+ly)?\s*$", re.IGNORECASE)
_AFTER_CHANGE = regex(r"\d[\d,.]*\s*(?:%|[A-Za-z]+(?:\s+points?)?)?\s*$")
_RELATIVE = regex(r"\s*(?:[A-Za-z-]+\s+){0,2}?(?:below|above|under|over|lower|higher|less|more|fewer)\b", re.IGNORECASE)


def of_or_than(text: str, figure: Figure) -> str | None:
    """For a percentage, the words right after it that say what it is of: "of" ("112% of the average") or
    "higher than" ("112% higher than average"); None otherwise."""
    if figure.kind != "percent":
        return None
    found = _THAN.match(text, figure.end)
    if found:
        return f"{found.group(1).lower()} than"
    return "of" if _OF.match(text, figure.end) else None


# what a change is counted against, written right after it: "up 10.2% year-on-year", "up 10.2% from the previous
# month", "14.9% over the same period last year", "0.3% quarter on quarter"
_AGAINST = regex(
    r"\s*(?:[A-Za-z-]+\s+){0,2}?(?:"
    r"(year[\s-]on[\s-]year|y/y|on\s+the\s+year|(?:from|on|over|against|compared\s+(?:with|to))\s+(?:a\s+year\s+(?:earlier|"
    r"ago|before)|(?:the\s+)?(?:(?:same|corresponding|comparable)\s+(?:month|period|quarter|time)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|a)\s+year|"
    r"previous\s+year|year\s+before)))"
    r"|(month[\s-]on[\s-]month|m/m|on\s+the\s+month|(?:from|on|over|against|compared\s+(?:with|to))\s+(?:a\s+month\s+(?:earlier|"
    r"ago|before)|(?:the\s+)?(?:previous|preceding|prior)\s+month|(?:the\s+)?month\s+before))"
    r"|(quarter[\s-]on[\s-]quarter|q/q|on\s+the\s+quarter|(?:from|on|over|against|compared\s+(?:with|to))\s+(?:a\s+quarter\s+"
    r"(?:earlier|ago|before)|(?:the\s+)?(?:previous|preceding|prior)\s+quarter|(?:the\s+)?quarter\s+before))"
    r")\b",
    re.IGNORECASE,
)


def counted_against(text: str, figure: Figure) -> str | None:
    """ "year", "month" or "quarter": what the change ``figure`` is counted against, written right after it; else None."""
    found = _AGAINST.match(text, figure.end)
    if found is None:
        return None
    return "year" if found.group(1) else "month" if found.group(2) else "quarter"


_SIDE_WORDS = {"below": "a loss (or a deficit)", "above": "a profit (or a surplus)"}
_MOVE_WORDS = {"rise": "the size of a rise or fall", "level": "the level reached"}


def contradiction(retold: str, d: Figure, primary: str, p: Figure) -> str | None:
    """Why ``d``, with the same number as the primary's ``p``, says something else, in words; None if nothing beside them disagrees.

    Parameters
    ----------
    retold, primary : str
        The sentences ``d`` and ``p`` stand in (their ``start`` and ``end`` are places in them).
    d, p : Figure
        The retold figure and the primary's, of the same value.

    Returns
    -------
    str or None
        For example "the outlet's is an amount a month, the primary's an amount a year". Only
        what both sentences write next to their number is compared: a number with nothing
        beside it disagrees with nothing.
    """
    ours, theirs = how_often(retold, d), how_often(primary, p)
    if ours and theirs and ours != theirs:
        return f"the outlet's is an amount a {ours}, the primary's an amount a {theirs}"
    ours, theirs = out_of(retold, d), out_of(primary, p)
    if ours and theirs and ours != theirs:
        return f"the outlet's is a rate per {ours:,.0f}, the primary's a rate per {theirs:,.0f}"
    ours, theirs = side(retold, d), side(primary, p)
    if ours and theirs and ours != theirs:
        return f"the outlet's is {_SIDE_WORDS[ours]}, the primary's {_SIDE_WORDS[theirs]}"
    ours, theirs = rise_or_level(retold, d), rise_or_level(primary, p)
    if ours and theirs and ours != theirs:
        return f"the outlet's is {_MOVE_WORDS[ours]}, the primary's {_MOVE_WORDS[theirs]}"
    ours, theirs = counted_against(retold, d), counted_against(primary, p)
    if ours and theirs and ours != theirs:
        return f"the outlet's figure is compared with a {ours} earlier, the primary's with a {theirs} earlier"
    ours, theirs = of_or_than(retold, d), of_or_than(primary, p)
    if ours and theirs and (ours == "of") != (theirs == "of"):
        return f"the outlet says “{d.text} {ours}”, the primary “{p.text} {theirs}”"
    return None
