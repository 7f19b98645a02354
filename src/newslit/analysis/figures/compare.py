"""Comparing a retold figure with a primary figure: do the values agree, and which verdict with which explanation."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from fractions import Fraction
from functools import lru_cache

from newslit.analysis.figures.primary import PrimaryFigure, own_reporting
from newslit.analysis.figures.quantity import describe, possessive
from newslit.text.compiled import regex
from newslit.text.numbers import (
    SCALES,
    TENS,
    UNITS,
    VAGUE,
    YEAR_PARTS,
    Figure,
    date_parts,
    number_as_written,
    written_precision,
)

VERDICTS = ("match", "rounded", "changed", "not_in_primary")


KIND_GROUPS = {"count": "n", "percent": "share", "ratio": "share", "money": "money", "period": "period",
           "date": "date", "year": "date", "age": "age", "rank": "rank", "time": "time",
           "temperature": "temperature", "multiple": "multiple", "length": "length", "volume": "volume",
           "concentration": "concentration", "tally": "tally"}  # fmt: skip


def interval(f: Figure) -> tuple[float, float]:
    """The values ``f`` allows, on its comparable scale, its hedge taken into account."""
    v = f.comparable
    if f.vague:
        scale = (f.comparable / f.value) if f.value else 1.0
        return f.low * scale, f.high * scale
    hedge = f.hedge
    if hedge == "approx" and "average" in (f.qualifier or "").lower():
        return v, v  # "an average of 8.7%" is a mean, told as exactly as any figure: not "about 8.7%"
    if hedge == "approx":
        return _about(f, v)
    if hedge == "below":  # "almost a fifth" (a share told as a fraction) is as rough as "about a third": 15% under;
        # so is any figure in words ("nearly an hour" for 53 minutes): a word is no more exact than a fraction
        rough = f.kind == "ratio" or not any(c.isdigit() for c in f.text)
        return (0.85 if rough else 0.9) * v, v
    if hedge in ("above", "min"):
        return v, 1.5 * v
    if hedge in ("under", "max"):
        return v / 1.5, v  # as "more than" reaches 1.5 times: "up to £1.2bn" does not retell £230 million
    if hedge == "alternative":
        return v, v * 999
    return v, v


def _about(f: Figure, v: float) -> tuple[float, float]:
    """What "about ``f``" allows: what rounds to it as written, never under 5% nor over 15% either side.

    The precision is read from the digits as written: "around 16,000" is written to the
    thousand (15,500 to 16,500, widened to 5%), and one whose last digit is 5 or 0 may be
    rounded to the nearest 5 ("about 25%" for 23%; "around 15,000" for 13,313, cut to 15%).
    A figure in words ("about a third") or of one significant digit ("about 10,000",
    "about 30%") allows 15%.
    """
    significant = "".join(re.findall(r"\d", f.text)).lstrip("0").rstrip("0")
    if not f.value or len(significant) < 2:
        return 0.85 * v, 1.15 * v
    unit = 10 ** (math.floor(math.log10(abs(f.value))) - len(significant) + 1)
    half = abs((2.5 if significant[-1] in "05" else 0.5) * unit * (v / f.value))
    return max(0.85 * v, min(0.95 * v, v - half)), min(1.15 * v, max(1.05 * v, v + half))


def same_value(a: float, b: float) -> bool:
    """Are two values equal, but for the last bits a float may lose (1e-9 of the larger)?"""
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _dates_agree(d: Figure, p: Figure) -> bool:
    if "/" in (d.date or "") or "/" in (p.date or ""):  # a span of years ("1850-1900"): only the same span
        return d.date == p.date
    if "-H" in (d.date or "") or "-H" in (p.date or ""):  # half a year ("2024-H2"): only the same half
        return d.date == p.date
    if "-Q" in (d.date or "") or "-Q" in (p.date or ""):  # a quarter ("2025-Q1"): the same quarter, or its year
        quarter, other = (d, p) if "-Q" in (d.date or "") else (p, d)
        if other.kind == "year" and other.value is not None:  # "2024" for the release's "fourth quarter of 2024"
            return quarter.date[:4] == f"{int(other.value):04d}"
        return d.date == p.date
    dy, dm, dd, dw = date_parts(d)
    py, pm, pd, pw = date_parts(p)
    if dw and pw and dw != pw:
        return False
    d_weekday_only = dw and not (dy or dm or dd)
    p_weekday_only = pw and not (py or pm or pd)
    if (d_weekday_only and not pw) or (p_weekday_only and not dw):
        return False
    if d_weekday_only or p_weekday_only:
        return dw == pw
    pairs = [(dy, py), (dm, pm), (dd, pd)]
    if not any(a is not None and b is not None for a, b in pairs) and not (dw and pw):
        return False
    if d.kind == p.kind == "year" and {d.qualifier, p.qualifier} <= set(YEAR_PARTS) and d.qualifier != p.qualifier:
        return False  # "mid 2018" is not "late 2018"
    for figure, month in ((d, pm), (p, dm)):  # "mid 2018" is not "December 2018"; "early 2023" takes in January
        part = figure.qualifier if figure.kind == "year" else None
        if part in YEAR_PARTS and month is not None and month not in YEAR_PARTS[part]:
            return False
    return all(a is None or b is None or a == b for a, b in pairs)


def year_guessed(d: Figure, p: Figure) -> bool:
    """Is ``d`` a month with no year written, whose guessed year is the one before ``p``'s, in the same month?

    "The first centres open in June", in an article of January 2024, is read as June 2023 (the last
    June before it); the primary's "June 2024" may be the June it means. The year is the reader's
    guess, so the date cannot be called changed.
    """
    dy, dm, _, _ = date_parts(d)
    py, pm, _, _ = date_parts(p)
    return (
        d.kind == "date"
        and dm is not None
        and dm == pm
        and None not in (dy, py)
        and py == dy + 1
        and not any(c.isdigit() for c in d.text)
    )


def more_exact_date(d: Figure, p: Figure) -> str | None:
    """What ``d`` names that ``p`` does not: "day" (``p`` gives the month), "month" or "month and day" (``p`` gives the year)."""
    dy, dm, dd, _ = date_parts(d)
    py, pm, pd, _ = date_parts(p)
    if dd is not None and pd is None and pm is not None:
        return "day"
    if dm is not None and pm is None and py is not None:
        return "month and day" if dd is not None else "month"
    return None


def round_step(f: Figure) -> float:
    """How far "more than" a round number reaches as a way to tell a figure: up to the next round number at its precision.

    "More than 40 states" is not how 53 is told (that is "more than 50"), though it is true
    of 53. For a whole number ending in zeros the step is its last significant place (40:
    10; 1,200: 100), on the comparable scale; otherwise (a number that is not round, a
    decimal) there is no step (infinity). Used to choose which primary figure a retold one
    tells, never to judge whether it is true.
    """
    v = f.value
    if v is None or v != int(v) or abs(v) < 10 or int(v) % 10:
        return math.inf
    whole, step = abs(int(v)), 1
    while whole % 10 == 0:
        whole, step = whole // 10, step * 10
    return step * (f.comparable / v if v else 1.0)


def calendar_length(d: Figure, p: Figure) -> Figure:
    """``d`` with ``p``'s length when the two are one length of time told in calendar units ("a year" for "52 weeks").

    A year is 52 weeks and a day, half a year 26 weeks and a bit: a length in weeks and the
    same in months or years differ by less than a hundredth, and every reader takes them as
    the same ("waited more than a year" for "more than 52 weeks"). A month is not four weeks
    (a twelfth more), nor 30 days (a fiftieth less): those stay what they are.
    """
    if d.kind != "period" or p.kind != "period" or not d.unit or not p.unit or d.unit == p.unit:
        return d
    if d.comparable is None or p.comparable is None or same_value(d.comparable, p.comparable):
        return d
    if abs(d.comparable - p.comparable) > 0.01 * abs(p.comparable):
        return d
    return replace(d, value=p.value, unit=p.unit)  # its length in p's words: what is compared is the length


def values_agree(d: Figure, p: Figure) -> bool:
    """Could ``d`` be a retelling of ``p`` that is still true (same value, rounded or hedged)?"""
    if KIND_GROUPS[d.kind] != KIND_GROUPS[p.kind]:
        return False
    d = calendar_length(d, p)
    if KIND_GROUPS[d.kind] == "date":
        return _dates_agree(d, p)
    if d.kind == "tally":  # "5-0" is no rounding of "5–4": a tally is the same or another
        return d.value == p.value
    if d.comparable is None or p.comparable is None:
        return False
    if d.change and p.change and d.change != p.change:
        return False
    if d.kind == "temperature" and d.unit and p.unit and d.unit != p.unit and not (d.hedge or d.vague):
        return _converted_agree(d, p)
    if d.kind == "temperature" and d.hedge in ("above", "min", "under", "max"):
        return same_value(d.comparable, p.comparable)  # "more than 1.5°C" names the 1.5°C level itself
    if d.kind == p.kind == "period" and d.unit and p.unit and d.unit != p.unit and not (d.hedge or p.hedge):
        # "two months" for "60 days", "three months" for "90 days": a length told in a rounder unit
        return abs(d.comparable - p.comparable) <= 0.05 * abs(p.comparable)
    if in_words(d) and in_words(p) and d.value and p.value and d.value >= 10 * p.value:
        return False  # "tens of thousands" for "thousands" claims ten times as many, though the ranges meet
    side = _SIDE.get(d.hedge or "")
    if side and side == _SIDE.get(p.hedge or "") and not same_value(d.comparable, p.comparable):
        # a looser limit of the same kind is still true: "over a million" for "more than 1.2 million", "fewer than
        # 50,000" for "fewer than 45,000"; "almost 16" points is not the primary's "almost 15"
        # (an amount only: "more than two hours a day" for "more than three hours" moves a threshold, as an age
        # or a short length of time is one; "more than 600,000 hours" of delays is a total)
        if d.kind in ("age", "time") or (d.kind == "period" and abs(d.value or 0) < 1000):
            return False
        if d.hedge in ("above", "min") and p.hedge in ("above", "min"):
            return p.comparable / 1.5 <= d.comparable < p.comparable
        if d.hedge in ("under", "max") and p.hedge in ("under", "max"):
            return p.comparable < d.comparable <= p.comparable * 1.5
        return False
    d_low, d_high = sorted(interval(d))  # below zero, "almost minus 15C" reaches up from -15
    p_low, p_high = sorted(interval(p)) if p.vague or p.hedge == "alternative" else (p.comparable, p.comparable)
    tiny = 1e-9 * max(abs(d_high), abs(p_high), 1e-12)  # 0.9 x 0.2 is not quite 0.18 in floating point
    if d_low <= p_high + tiny and p_low <= d_high + tiny:
        return True
    if _nearly_to_its_digit(d, p):
        return True
    # a one-sided hedge ("fewer than 40,000", "nearly 40,000", "more than 40,000") says which side of its number
    # the amount is: 41,000 or 39,600 is not that number rounded, it is on the other side. "Up to" and "as many
    # as" (max) are left out: they give a ceiling loosely, to say how large ("up to 90 million" for 91 million)
    rounded = _rounded_form(d, p) and d.hedge not in ("below", "under", "above", "min")
    return rounded or _primary_rounded(d, p) or _fraction_rounds(d, p)


def _nearly_to_its_digit(d: Figure, p: Figure) -> bool:
    """Is ``d`` "nearly" or "almost" a number that ``p``, below it, rounds to at ``d``'s last written digit?

    "Nearly 0.2C" for 0.17C: the outlet rounded to the tenth, and the amount is below it, as
    "nearly" says. Less than half a unit of that digit ("nearly 4%" for 3.6%, not for 3.5%), and
    never from a number ending in zeros before the point ("nearly 20,000": to the thousand or the
    ten thousand? see :func:`rounding_reach`), which keeps the usual reach of "nearly".
    """
    if d.hedge != "below" or d.vague or d.comparable is None or p.comparable is None or p.vague:
        return False
    if p.hedge not in (None, "exact", "approx") or not p.comparable < d.comparable:
        return False
    return d.comparable - p.comparable < rounding_reach(replace(d, hedge=None, qualifier=None)) - 1e-12 * abs(
        d.comparable
    )


FRACTION_REACH = 0.1
"""How far a share may be from the simple fraction it is told by, as a part of the fraction: a tenth ("four in ten"
for 36% to 44%, "one in six" for 15% to 18.3%)."""
FRACTION_REACH_POINTS = 0.04
"""... and at most 4 percentage points ("a half" for 46% to 54%)."""


def simple_fraction(f: Figure) -> Fraction | None:
    """The fraction a share written as one stands for ("one in six", "two-fifths", "3 in 10", "one in 20").

    None for a percentage, a hedged or ranged share, and a fraction of more than 100 parts ("one in 1,000").
    """
    if f.kind != "ratio" or f.hedge not in (None, "exact") or f.low is not None or f.high is not None:
        return None
    if f.value is None or not 0 < f.value < 1:
        return None
    fraction = Fraction(f.value).limit_denominator(100)
    return fraction if abs(float(fraction) - f.value) < 1e-9 else None


def _fraction_rounds(d: Figure, p: Figure) -> bool:
    """One of the two is a share told as a simple fraction, and the other share is that fraction rounded.

    A fraction for a percentage ("one in six" for 16.5% or for "about 17%", "four in ten" for 43%, "three in
    ten" for 33%, "one in 20" for 5.1%): the percentage within a tenth of the fraction
    (:data:`FRACTION_REACH`, at most :data:`FRACTION_REACH_POINTS`) — "one in five" for 23% is not, nor "a
    third" for 40%. A percentage for the primary's fraction ("33%" or "34%" for "a third", "16.7%" for "one
    in six"): the fraction rounded to the percentage's last digit, or within a point; "30%" for "a third" is not.
    """
    for told, other in ((d, p), (p, d)):
        fraction = simple_fraction(told)
        # the other share may be flat or said to be about its value ("some 16.7%", "an estimated 17%")
        if fraction is None or other.comparable is None or other.hedge not in (None, "exact", "approx"):
            continue
        if other.low is not None or other.high is not None or simple_fraction(other) is not None:
            continue
        gap = abs(other.comparable - float(fraction))
        if told is d:  # the outlet's fraction for the primary's percentage
            reach = min(FRACTION_REACH * float(fraction), FRACTION_REACH_POINTS)
        else:  # the outlet's percentage for the primary's fraction
            reach = max(rounding_reach(other), 0.01)
        if gap <= reach + 1e-9:
            return True
    return False


def _converted_agree(d: Figure, p: Figure) -> bool:
    """A temperature in another unit agrees when the primary's value, converted, rounds to the retold one.

    14.98°C is 58.964°F: "58.96°F" and "59°F" agree with it, "58.98°F" does not.
    """
    return abs(_converted(p) - d.value) <= 0.5 * 10 ** -_decimals(d.value) + 1e-9


def _converted(p: Figure) -> float:
    """``p``'s temperature in the other unit (a change converts without the 32)."""
    if p.unit == "°C":  # to Fahrenheit
        return p.value * 9 / 5 + (0 if p.change else 32)
    return (p.value - (0 if p.change else 32)) * 5 / 9


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def rounding_reach(f: Figure) -> float:
    """Half a unit of ``f``'s last written digit, on its comparable scale, when that digit is its precision; else 0.

    "2%" reaches 2.3% and "5%" 4.6% (half a point either side), "2 million" 2.4 million, "4.1%"
    4.14%. A flat figure only, whose last digit is not a zero before the decimal point: "20,000"
    may be written to the ten thousand or to the thousand, so it reaches nothing this way.
    """
    if f.vague or f.hedge not in (None, "exact") or not f.value or f.comparable is None:
        return 0.0
    number = re.search(r"\d[\d,]*(?:\.\d+)?", f.text)
    if number is None:
        return 0.0
    token = number.group(0).replace(",", "")
    if "." not in token and token.endswith("0"):
        return 0.0
    written = float(token)
    if not written:
        return 0.0
    decimals = len(token.split(".")[1]) if "." in token else 0
    return abs(0.5 * 10**-decimals * (f.value / written) * (f.comparable / f.value))


def _rounded_form(d: Figure, p: Figure) -> bool:
    """``d`` is ``p`` rounded to fewer significant digits (500,000 for 490,000; 32 million for 31.9).

    Within one unit of ``d``'s last significant digit: 49,000 or 48,000 for 48,210, not 46,500.
    """
    if d.vague or p.vague or not p.comparable or d.value is None or p.value is None:
        return False
    close = abs(d.comparable - p.comparable) / abs(p.comparable) <= 0.05
    if not close or written_digits(d) >= written_digits(p):
        return False
    unit = 10 ** (math.floor(math.log10(abs(d.value))) - written_digits(d) + 1) if d.value else 0
    return abs(d.value - p.value) <= unit + 1e-9 * abs(p.value)


def _cut_short(d: Figure, p: Figure) -> bool:
    """``d``, given flat with fewer digits than ``p``, is not ``p`` rounded the usual way, though within one unit.

    "41.2 million" for 41,288,599 and "18%" for 18.8% (which round to 41.3 million and 19%): the last
    digits dropped instead of rounded; "33%" for 32.3% (which rounds to 32%): rounded the wrong way.
    Within one unit of ``d``'s last digit, but more than half a unit away, so :func:`_rounded_form`
    does not take it.
    """
    if d.hedge not in (None, "exact") or d.vague or p.vague or not d.value or not p.value:
        return False
    if _AND_A_HALF.search(d.text):
        return False  # "eleven and a half thousand" for 11,560 is told to the nearest half thousand, not cut short
    if written_digits(d) >= written_digits(p) or d.comparable is None or p.comparable is None:
        return False
    unit = 10 ** (math.floor(math.log10(abs(d.value))) - written_digits(d) + 1)
    return 0.5 * unit < abs(d.value - p.value) <= unit + 1e-9 * abs(p.value)


_AND_A_HALF = regex(r"\band[\s-]+a[\s-]+half\b", re.IGNORECASE)


def _exact_word(d: Figure, p: Figure) -> bool:
    """Is ``d`` a word for a number told plainly ("a dozen" for 12, "a couple" for 2), and ``p`` that number?

    Such words are read as rough (:data:`~newslit.text.numbers.VAGUE`: "a dozen" spans 10 to 14), but for the very
    number they name they round nothing (review 19, in-sample).
    """
    return (
        d.vague
        and not p.vague
        and d.hedge is None
        and d.text.lower() in ("a dozen", "a couple")
        and d.value is not None
        and p.value is not None
        and same_value(d.value, p.value)
    )


def _rounded_like(d: Figure, p: Figure) -> str | None:
    """``p``'s value rounded (a half up) to ``d``'s last digit and written as ``d`` is ("19%", "41.3 million"), or None."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", d.text)
    if number is None or not d.value:
        return None
    token = number.group(0)
    try:
        scale = d.value / float(token.replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return None
    unit = 10 ** (math.floor(math.log10(abs(d.value))) - written_digits(d) + 1)
    rounded = math.floor(p.value / unit + 0.5) * unit / scale
    decimals = len(token.split(".")[1]) if "." in token else 0
    written = f"{rounded:,.{decimals}f}" if "," in token else f"{rounded:.{decimals}f}"
    return d.text[: number.start()] + written + d.text[number.end() :]


def _primary_rounded(d: Figure, p: Figure) -> bool:
    """The primary printed a rounded form of ``d``: "1.18 million" rounds to the primary's "1.2 million".

    The retold figure is more exact than the primary, and the two agree at the primary's
    precision (within half a unit of its last significant digit), so the outlet changed
    nothing: it had the exact figure from elsewhere. 1.14 million does not round to 1.2 million,
    nor does 1.25 million (a half rounds up, to 1.3 million).
    """
    if d.vague or p.vague or d.hedge or not p.comparable or d.value is None or p.value is None:
        return False
    if p.hedge not in (None, "approx", "exact") or written_digits(p) >= written_digits(d):
        return False
    if abs(d.comparable - p.comparable) / abs(p.comparable) > 0.05:
        return False
    unit = 10 ** (math.floor(math.log10(abs(p.value))) - written_digits(p) + 1)
    # a half rounds up: 1.15 million is 1.2 million, 125,000 is 130,000, not 120,000
    gap, tiny = abs(d.value) - abs(p.value), 1e-9 * abs(p.value)
    return -0.5 * unit - tiny <= gap < 0.5 * unit - tiny


@lru_cache(maxsize=4096)
def significant_digits(value: float) -> int:
    """Significant digits as written, up to 7: 2 for 490,000 and for 1.2 million, 3 for 1.18 million.

    Kept for the few thousand values a case has: every retold value meets several primary ones.
    """
    mantissa = f"{abs(value):.6e}".split("e")[0]  # scientific notation: "1.180000e+06" for 1.18 million
    return max(1, len(mantissa.replace(".", "").rstrip("0")))


def written_digits(f: Figure) -> int:
    """Significant digits as ``f`` is written (:func:`~newslit.text.numbers.written_precision`): "4.0%" has two,
    as "4.1%" does, so it is never "4.1%" rounded. The value's own digits when the text has none."""
    written = written_precision(f.text)
    return written[0] if written else significant_digits(f.value)


def in_words(f: Figure) -> bool:
    """Is ``f`` a rough amount in words ("thousands", "tens of thousands"), not a range of numbers ("10 to 100")?"""
    return f.vague and not any(c.isdigit() for c in f.text)


def quoted(text: str) -> str:
    """Words as an outlet or the primary wrote them, in curly quotes: “hundreds of thousands”."""
    return f"“{text}”"


def shown(f: Figure) -> str:
    """The figure as written, in quotes, and what it counts when its own words do not say.

    “three” brands, “45,081” arrivals; but “287 pounds” and “16%” stand alone: a figure
    that ends in a word of its own (a unit, a percent) or is not a count keeps only its words.
    """
    noun = f.noun if f.noun and f.kind == "count" and ends_in_number(f.text) and f.noun not in f.text else None
    if noun and noun.endswith(("'s", "’s")):  # "10,000 of the country's schools": whose, not what
        noun = None
    if noun and _PLURAL_AMOUNT.search(f.text):
        return f"{quoted(f.text)} of {noun}"  # “thousands” of illnesses, not “thousands” illnesses
    return quoted(f.text) + (f" {noun}" if noun else "")


_PLURAL_AMOUNT = regex(r"\b(?:dozens|scores|hundreds|thousands|millions|billions|trillions)\s*$", re.IGNORECASE)


def ends_in_number(text: str) -> bool:
    """Is the last word of ``text`` part of the number?

    "240,000", "three", "tens of thousands", "1.2bn", "₹2 lakh crore", "two lakh crore rupees", "three-quarters".
    """
    last = text.rstrip(" .,;").rsplit(maxsplit=1)[-1].lower() if text.strip() else ""
    words = last.split("-")[-1]
    return bool(last) and (
        last[-1].isdigit()
        or words in UNITS
        or words in TENS
        or words.rstrip("s") in SCALES
        or words in VAGUE
        or words in _NUMBER_ENDINGS
        or re.fullmatch(r"[£$€]?[\d.,]+(?:bn|m|k|mn|tn|million|billion)", last) is not None
    )


# Words that end an amount as it is read: the Indian scale words, the wires' "bln", the currency written after
# the number, and a fraction's ("three-quarters").
_NUMBER_ENDINGS = frozenset(
    "lakh lakhs crore crores bln mln trln dollars euros pounds rupees half halves third thirds quarter quarters".split()
)


# Which side of its number a hedge puts the amount: "more than", "at least" above it; "nearly", "fewer than",
# "up to" below it ("about" and no hedge: neither).
_SIDE = {"above": "above", "min": "above", "below": "below", "under": "below", "max": "below"}


def from_whom(p: PrimaryFigure, primary_name: str) -> str:
    """Who counts ``p``, for an explanation ("(from the researchers' count)"), or "" when it is the primary itself.

    Said only when it is not the primary: "the BOE's figure (the BOE's own reporting)" would say it twice.
    """
    if p.figure.kind == "temperature":
        return ""  # a level such as "exceeded 90°F" is nobody's count: "(from the researchers' count)" misleads
    return f" (from {p.source})" if p.sentence is not None and p.source != own_reporting(primary_name) else ""


def rounded_to_its_digit(d: Figure, p: Figure) -> bool:
    """Is ``d`` ``p`` rounded to ``d``'s last written digit ("2%" for 2.3%, "5%" for 4.6%; :func:`rounding_reach`)?

    Such a figure is more than a twentieth away from a small value, so it agrees with no primary
    figure (:func:`values_agree`, which widened this way paired "4%" with a year-old 3.6%) and the
    matcher finds it as a change of the same quantity; rounded to the digit the outlet wrote, it is
    still true. Only a figure found as a change (the quantity is the same with confidence) asks.
    """
    if d.comparable is None or p.comparable is None or written_digits(d) >= written_digits(p):
        return False
    return abs(d.comparable - p.comparable) <= rounding_reach(d) + 1e-12 * abs(p.comparable)


def verdict(d: Figure, p: PrimaryFigure, primary_name: str = "the primary") -> tuple[str, str]:
    """The verdict and its explanation for ``d``, retelling the primary figure ``p`` (the same quantity).

    Parameters
    ----------
    d : Figure
        The retelling's figure.
    p : PrimaryFigure
        The primary's figure that counts the same thing (found by
        :func:`~newslit.analysis.figures.match.best_match`).
    primary_name : str
        What to call the primary in the explanation ("the WSJ").

    Returns
    -------
    (str, str)
        One of :data:`VERDICTS` but ``not_in_primary``, and a sentence saying why that
        names the quantity compared ("the BLS's unemployment rate in June 2024, 4.1 percent").
    """
    f = p.figure
    who = from_whom(p, primary_name)
    ours, theirs = shown(d), shown(f)
    d, f = _unwindowed(d), _unwindowed(f)  # "over the last 12 months" is the same period as "12 months"
    d, f = _during(d, f), _during(f, d)  # "burned over three days" is in three days, told either way
    d = calendar_length(d, f)  # "more than a year" for "more than 52 weeks"
    desc = describe(p.quantity, f, primary_name)
    if KIND_GROUPS[d.kind] == "date":
        if _dates_agree(d, f):
            if p.sentence is None:
                return "match", f"{ours} is {possessive(primary_name)} own publication date, {f.text}."
            what = "year" if d.kind == "year" else "date"
            finer = more_exact_date(d, f)
            if finer:  # "March 17" for "March 2025": it agrees, but the day itself is not the primary's
                return "match", (
                    f"It falls within {possessive(primary_name)} {theirs}, but {primary_name} does not give the {finer}, "
                    f"so the {finer} in {ours} cannot be checked."
                )
            return "match", f"The same {what} as {possessive(primary_name)} {theirs}."
        return "changed", f"{_upper(primary_name)} gives {theirs} for the same event; {ours} is a different date."
    if f.hedge == "alternative" and d.hedge != "alternative":
        return "changed", (
            f"{_upper(primary_name)} gives {quoted(f.text.removeprefix('if not '))} only as the upper end of an estimate"
            f"{who}: “{_clip(p.sentence.text if p.sentence else f.text)}”. Given alone, {ours} keeps only the top of that estimate and drops its lower end."
        )
    if not values_agree(d, f):
        if d.change and f.change and d.change != f.change and same_value(d.comparable, f.comparable):
            # "government spending rose 4.1%" for "fell 4.1%": the number is the same, the direction is not
            said = {"up": "a rise", "down": "a fall"}
            return (
                "changed",
                f"The outlet gives “{d.text}” as {said[d.change]} for {desc}{who}: the same number, the other way round.",
            )
        if d.kind == "temperature" and d.unit and f.unit and d.unit != f.unit and f.value is not None:
            decimals = _decimals(d.value) if d.value is not None else 0
            return "changed", (
                f"Same quantity, converted wrongly: {desc}{who} is {_converted(f):.{decimals}f}{d.unit} "
                f"in the outlet's unit; the outlet gives “{d.text}”."
            )
        return "changed", (
            f"The outlet gives “{d.text}” for {desc}{who}: a different number for the same thing." + _swap_note(d, f)
        )
    if not same_value(d.comparable, f.comparable) and _primary_rounded(d, f):
        return "match", (
            f"Same quantity: {desc}{who}, rounded. The outlet's {ours} is more exact and rounds to it, "
            "so nothing was changed."
        )
    if _cut_short(d, f):  # the same number as far as it goes, but its last digit dropped, not rounded
        right = _rounded_like(d, f)
        return "changed", (
            f"The outlet gives “{d.text}” for {desc}{who}: a different number for the same thing. "
            + (
                f"Rounded the usual way, {f.text} gives “{right}”, not the outlet's “{d.text}”"
                + (": the outlet cut the number short instead of rounding it." if abs(d.value) < abs(f.value) else ".")
                if right
                else f"Rounded the usual way, {f.text} does not give the outlet's “{d.text}”."
            )
        )
    if d.kind != f.kind and d.comparable is not None and same_value(d.comparable, f.comparable):
        # why: "one in 10" is 10% exactly; another way of writing the same amount rounds nothing
        return "match", f"Same quantity, the same amount written another way: {desc}{who} is {ours}."
    if d.kind == "temperature" and same_value(d.comparable, f.comparable):
        return "match", f"Same quantity, same value: {desc}{who}."
    if same_value(d.comparable, f.comparable) and _stated(d.hedge) == _stated(f.hedge) and d.vague == f.vague:
        if d.kind == f.kind == "period":  # "during the quarter": a time, checked as a time, not an amount
            return "match", f"The same length of time as {possessive(primary_name)} {theirs}{who}."
        return "match", f"Same quantity, same value: {desc}{who}."
    if _exact_word(d, f):
        return "match", f"Same quantity, the same amount in words: {ours} is {desc}{who}."
    if in_words(d) and in_words(f) and d.value and f.value and f.value >= 10 * d.value:
        return "rounded", f"{ours} is still true of {desc}{who}, but it makes the number sound ten times smaller."
    if d.vague and f.vague:
        return "match", f"The same rough amount: {ours} and {desc}{who}."
    mine, theirs = _SIDE.get(d.hedge or ""), _SIDE.get(f.hedge or "")
    if same_value(d.comparable, f.comparable) and mine and theirs and mine != theirs:
        # "nearly 14 million" or "up to 14 million" for "more than 14 million": the same number, on the other side
        return "changed", (
            f"{_upper(desc)}{who} says the amount is {theirs} that number; {ours} says it is {mine} it: "
            "not the same amount."
        )
    if f.hedge in ("under", "max", "above", "min") and d.hedge not in ("under", "max", "above", "min"):
        if d.hedge in ("below", "approx"):  # "about 14 million" for "more than 14 million": another hedge
            return "rounded", (
                f"{_upper(desc)}{who} is a limit; {ours} gives the same number with another word around it "
                f"(“{d.qualifier}”): the same number, said less carefully."
            )
        # "14 million" for "more than 14 million": the number is the primary's, only its limit word is gone, which
        # every key calls rounded ("rounded or hedged, still true") or a match, never changed (usaid-2025-06)
        return (
            "rounded",
            f"{_upper(desc)}{who} is a limit, not an exact figure; {ours} leaves out the limit and gives the number "
            "as if it were exact: the same number, said less carefully.",
        )
    if same_value(d.comparable, f.comparable) and d.hedge in (None, "exact") and f.hedge == "approx":
        if "average" in (f.qualifier or ""):  # "an average of 75,009" is no rough value: nothing was left out
            return "match", f"Same quantity, same value: {desc}{who}."
        return "match", f"Same quantity, same value: {desc}{who}, without its “{f.qualifier or 'about'}”."
    if same_value(d.comparable, f.comparable) and d.hedge == "approx" and f.hedge in (None, "exact"):
        return (
            "match",
            f"Same quantity, same value: {desc}{who}; the outlet adds “{d.qualifier}”, which changes nothing.",
        )
    if d.vague:
        return "rounded", f"{ours} is a vaguer way to say {desc}{who}, and still true."
    if same_value(d.comparable, f.comparable) and _flat(f) and d.hedge in ("under", "max", "above", "min", "below"):
        # "could pay up to £1,738" or "nearly 2.4 billion" for a flat £1,738 or 2.4 billion: the value is the
        # primary's; whether the limit word changes the claim is for a reader, and an outlet is not accused of
        # rounding a number it copied.
        return "match", (
            f"Same quantity, same value: {desc}{who}; the outlet adds “{d.qualifier}”, which keeps the number but "
            "makes it a limit: read both sentences to see whether that changes the claim."
        )
    if same_value(d.comparable, f.comparable) and d.hedge in (None, "exact") and f.qualifier:
        # "half" for "nearly half": the outlet left the primary's word out, it added none
        return "rounded", f"{ours} leaves out the “{f.qualifier}” of {desc}{who}: the same number, said more firmly."
    if same_value(d.comparable, f.comparable):
        return "rounded", f"{ours} adds a hedge to {desc}{who}, and is still true."
    return "rounded", f"Rounded, and still true: {ours} for {desc}{who}."


def neighbour_swaps(digits: str) -> set[str]:
    """``digits`` with each pair of neighbouring, different digits swapped ("1329" -> "3129", "1239", "1392")."""
    return {
        digits[:k] + digits[k + 1] + digits[k] + digits[k + 2 :]
        for k in range(len(digits) - 1)
        if digits[k] != digits[k + 1] and digits[k].isdigit() and digits[k + 1].isdigit()
    }


def _swap_note(d: Figure, f: Figure) -> str:
    """A sentence saying the outlet's number is the primary's with two neighbouring digits swapped, or ''.

    Said of a figure already found to be the same quantity with another value: "41 per cent" for
    "14%" is then most likely a slip in copying, and a reader can see it at once.
    """
    mine, theirs = number_as_written(d.text) or "", number_as_written(f.text) or ""
    # "6.4" for "4.6": the digits are compared without the point, which must stand in the same place
    if (
        mine
        and mine.find(".") == theirs.find(".")
        and mine.replace(".", "") in neighbour_swaps(theirs.replace(".", ""))
    ):
        return " The outlet's number has the same digits with two of them swapped, most likely a slip in copying it."
    return ""


def _flat(f: Figure) -> bool:
    """A value stated flatly: no hedge, no range ("£1,738", not "about £1,738" or "10 to 100 times")."""
    return f.hedge in (None, "exact") and f.low is None and f.high is None


def _stated(hedge: str | None) -> str | None:
    """A hedge that changes what a value claims; "only 71.3 percent" and "just 4%" claim the value itself."""
    return None if hedge == "exact" else hedge


def _during(d: Figure, f: Figure) -> Figure:
    """``d`` with "over" read as "during" when it is before a period the primary gives flatly.

    "Lives were lost over 12 months" is in 12 months, not more than 12; "waited over 18 weeks"
    is more than 18. Read against a primary's plain "12 months", the first reading is the one
    that fits, and a word that may mean either never accuses an outlet.
    """
    if d.kind == "period" and (d.qualifier or "").lower() == "over" and f.hedge is None:
        return replace(d, hedge=None, qualifier=None)
    return d


def _unwindowed(f: Figure) -> Figure:
    if f.hedge != "window":
        return f
    return replace(f, hedge=None, qualifier=None)


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clip(text: str, size: int = 160) -> str:
    """``text`` cut to about ``size`` characters at a word's end ("… such content", never "… such con…")."""
    if len(text) <= size:
        return text
    cut = text[: size - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > size // 2 else cut).rstrip(" ,;:") + "…"
