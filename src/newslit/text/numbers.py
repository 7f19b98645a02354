"""Find the figures in a text: every number a careful reader would check, and what it counts.

:func:`find_figures` reads one sentence (or any text) and returns a :class:`Figure` for each
figure in it, left to right, with its character offsets, a normalised value, a kind and
the noun or unit it goes with. The grammar covers

- numerals with separators and decimals ("490,000", "31.9 million"; a space, no-break,
  narrow or thin space between groups: "48 210"; a decimal comma where it cannot be a
  thousands separator: "1.234,5", "3,5%"), any number of digits (a value too large for a
  float is None, never infinite), "½" and "2½", number words ("three academics",
  "twenty-seven", "two and a half"), scale words ("10 thousand", "an extra million") and
  suffixes ("1.5bn", "$3.5m", "100K", "1.18million"), parts of a scale ("a quarter million",
  "half a million"), and digit counts in words ("six
  figures", "double-digit");
- multiples ("more than three times", "2.5 times", "twice", "trebled", and a range as one
  figure: "10 to 100 times"), never how often ("three times a day");
- sizes: lengths and volumes in a unit (:data:`SIZE_UNITS`: "83 microns", "less than a
  micron", "33-ounce", "one hundredth of a millimetre", "billionths of a meter"; a range as
  one figure: "between one and 1,000 nanometres", "1 micrometer to 5 millimeters"),
  compared in metres or litres;
- concentrations ("4 parts per billion", "70 ppm", "10 ng/L"), compared in parts per
  trillion (a nanogram per litre of water is one part per trillion);
- percentages ("47%", "12 percent"), money ("$85,000", "$1.2 million"), ratios ("one in
  10 thousand", "one in five", "less than a third", "cut in half");
- vague quantities ("a handful", "a few", "a single account", "several", "hundreds of
  thousands", "millions"), each with the range it stands for;
- dates ("June 7", "Jan. 6", "14 March 2025", "2023-06-07", "Oct. 2022", "in January",
  "Wednesday", "yesterday", "last night", "last summer", "the second half of this year", "the first half of 2024"), years ("until 2018"), times of day ("8:30 a.m."), periods ("two years",
  "four-year", "a whole hour", "for a year"), ages ("as young as 12", "aged 13 to 17", the bands "aged 18-44" and
  "18-44-year-olds" as one figure) and ranks ("#1",
  "the first platform", and after a possessive, "its first cut", "the Bank's first rate cut");
- hedges kept as qualifiers: "almost", "nearly", "about", "some", "more than", "less
  than", "up to", "as young as", "if not", "in the past".

Things that only look like figures are skipped: "COVID-19" and other names with a number
in them, footnote markers ("[3]"), digits inside words ("s3ller"), hashtags with letters
("#fashion"), bare "one" ("one another"), and vague words with no size ("many", "most").

The module knows nothing about cases or articles: it is a pure text parser.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import asdict, dataclass, replace
from functools import cached_property, lru_cache

from newslit.text.compiled import regex
from newslit.text.tokens import STOP_WORDS

KINDS = (
    "count", "percent", "money", "ratio", "date", "year", "period", "age", "rank", "time", "temperature", "multiple",
    "length", "volume", "concentration", "tally",
)  # fmt: skip

# ---- vocabulary ------------------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "top": 1}  # fmt: skip
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "tenth": 10, "tenths": 10}  # fmt: skip
MONTHS = {
    "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3, "april": 4, "apr.": 4, "may": 5,
    "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
    "october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PERIOD_MINUTES = {"second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43_800,
                  "quarter": 131_400, "year": 525_600, "decade": 5_256_000}  # fmt: skip

_SCALED_VAGUE = frozenset({"a couple", "a couple of", "a few", "a handful", "several"})  # "a few thousand"
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague quantities: (low, high, representative value). "millions" is at least one million.
VAGUE = {
    "a single": (1, 1, 1), "a couple": (2, 3, 2), "a couple of": (2, 3, 2), "a few": (2, 5, 3),
    "a handful": (2, 6, 5), "a handful of": (2, 6, 5), "several": (3, 9, 5), "a dozen": (10, 14, 12),
    "dozens": (24, 99, 24), "scores": (40, 199, 40), "hundreds": (200, 999, 100), "thousands": (2_000, 99_999, 1_000),
    "tens of thousands": (20_000, 99_999, 10_000), "hundreds of thousands": (200_000, 999_999, 100_000),
    "high hundreds of thousands": (600_000, 999_999, 800_000), "millions": (1_000_000, 999_999_999, 1_000_000),
    "tens of millions": (20_000_000, 99_999_999, 10_000_000),
    "hundreds of millions": (200_000_000, 999_999_999, 100_000_000), "billions": (10**9, 10**12 - 1, 10**9),
    "tens of billions": (2 * 10**10, 10**11 - 1, 10**10), "hundreds of billions": (2 * 10**11, 10**12 - 1, 10**11),
}  # fmt: skip

# Hedges before a figure -> what they do to the value.
#   approx: about that much; below: a little under; above: over; under: anywhere under;
#   max: at most; min: at least; alternative: "if not X" (the top of an estimate);
#   window: a time window ("in the past two years"); exact: stresses the figure ("just", "a whole").
QUALIFIERS = {
    "almost": "below", "nearly": "below", "just under": "below", "close to": "approx", "about": "approx",
    "around": "approx", "roughly": "approx", "approximately": "approx", "some": "approx", "an estimated": "approx",
    "an average of": "approx", "on average": "approx", "more than": "above", "longer than": "above", "greater than": "above",
    "in excess of": "above", "over": "above", "upwards of": "above", "shorter than": "under", "exceeded": "above",
    "exceeds": "above", "exceeding": "above", "topped": "above", "surpassed": "above", "above": "above",
    "will top": "above", "to top": "above", "could top": "above", "may top": "above", "would top": "above",
    "tops": "above", "topping": "above",
    # "shot past 43,000": beyond it, as "topped"
    "shot past": "above", "surged past": "above", "climbed past": "above", "rose past": "above", "edged past": "above",
    "crept past": "above", "pushed past": "above", "went past": "above", "crossed": "above",
    "no longer than": "max", "not longer than": "max", "no greater than": "max", "not more than": "max",
    "no higher than": "max",
    "just over": "above", "at least": "min", "no fewer than": "min", "no earlier than": "min", "less than": "under",
    "fewer than": "under", "under": "under", "up to": "max", "at most": "max", "no more than": "max",
    "no later than": "max", "as many as": "max", "as much as": "max", "as high as": "max", "as low as": "min", "can reach": "max", "could reach": "max", "as young as": "min", "as old as": "max",
    "if not": "alternative", "in the past": "window", "over the past": "window", "the past": "window",
    "in the last": "window", "over the last": "window", "only": "exact", "just": "exact", "a whole": "exact",
    "~": "approx", "≈": "approx",  # "~10k river sections": written onto the number, as a hedge
}  # fmt: skip

# ---- the grammar -----------------------------------------------------------------------------

# Spaces that separate groups of digits: a space, a no-break space, a narrow no-break space,
# a thin space and a figure space ("48 210", "48\u202f210").
_SPACE = r"[ \u00a0\u202f\u2009\u2007]"
_VULGAR = "½¼¾⅓⅔⅕⅛"
# Scale suffixes written onto the digits: "1.5bn", "$3.5m", "100K", "2tn", "1.18million".
_SUFFIX = r"(?:million|billion|trillion|bn|bln|mln|mn|tn|trn|[mMkKB])(?![\w%])"
# A decimal comma is read only where it cannot be a thousands separator: before a percent
# sign or a scale ("3,5%", "12,5 millions", "2,5bn"), or after dot-separated thousands ("1.234,5").
_DECIMAL_COMMA_BEFORE = (
    rf"(?={_SPACE}?(?:%|(?i:percent|per cent|pour cent|procent|prozent)\b)"
    rf"|{_SPACE}+(?i:hundred|thousand|million|billion|trillion|millions|milliards?|miljoen|miljard|mrd)\b"
    rf"|{_SUFFIX})"
)
_NUMERAL = (
    r"\d{1,3}(?:\.\d{3})+,\d+(?![\d,.]\d)"  # 1.234,5
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)"  # 1.234.567
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"  # 6,65,500: thousands, then lakhs and crores in pairs (India)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,234.5
    rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:,\d{{1,2}}(?!\d)|\.\d+)?(?![\d,.]\d)"  # 48 210, 48 210,5
    r"|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d,.'’]\d)"  # 247’300: Switzerland's thousands apostrophe
    rf"|\d+,\d{{1,2}}(?![\d,.]\d){_DECIMAL_COMMA_BEFORE}"  # 3,5%
    # 148,3 or 1,23 alone: one or two digits after a comma are never a group of thousands, and a list written
    # without spaces ("1,2") is rarer than a European outlet's decimal comma ("a fertility rate of 1,23")
    r"|\d{1,3},\d{1,2}(?!\d|[,.]\d)"
    # 4-3/4, 4 3/4 (a whole of one or two digits: "In 2023 1/4 of adults" keeps its year), and a lone 1/2 only
    # before "of", a percent or a point ("1/2 percentage point", "3/4 of"): not 9/11, 24/7, 5/4 or the date "on 3/8"
    r"|\d{1,2}[- ](?:1/2|[12]/3|[13]/4|[1357]/8)(?![\d/])"
    r"|(?:1/2|[12]/3|[13]/4|[1357]/8)(?![\d/])(?=\s*(?:%|(?i:of|percent|per cent|percentage|points?|basis)\b))"
    rf"|\d*[{_VULGAR}]|\d+(?:\.\d+)?"  # 2½, any length of digits
)
_UNIT_WORD = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN_WORD = "|".join(TENS)
_WORD_NUMBER = rf"(?:(?:{_TEN_WORD})(?:-(?:{_UNIT_WORD}))?|{_UNIT_WORD})(?:\s+and\s+a\s+half)?"
# "bln", "mln", "trln" after a space: the wires' abbreviations ("$486 bln", "452.8 bln euros")
# "lakh" (100,000) and "crore" (10 million), as Indian English writes large sums: "₹2.10 lakh crore" is 2.1 trillion;
# "LMT" is lakh metric tonnes, as India's farm ministry writes harvests ("1,154.30 LMT" is 115.43 million tonnes)
# "mld" and "mrd" (Polish "miliard", German "Milliarde"): a billion, as European outlets abbreviate it ("148,3 mld zł")
_SCALE = (
    r"lakh[\s-]+crores?|lakhs?|LMT\b|crores?|hundred|thousand|million|billion|trillion|bln|mln|trln|bn|mld|mrd|m(?=\b)"
)
_NUMBER = rf"(?:(?:{_NUMERAL})(?:{_SUFFIX})?|(?i:{_WORD_NUMBER}))(?:{_SPACE}+(?i:{_SCALE})\b)?"
_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
    # without its dot only before a number, as in a wire's dateline ("LONDON, Oct 13 (Reuters)")
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d)"
)
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PERIOD_UNIT = r"(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|mins?|hrs?|secs?|yrs?)"
# The short forms of a unit of time, as blogs and headlines write them ("5 mins", "3 hrs"), -> the unit's name.
_SHORT_UNITS = {"min": "minutes", "hr": "hours", "sec": "seconds", "yr": "years"}


def _time_unit(word: str) -> str:
    """The plural name of a unit of time as written: "Minute" -> "minutes", "mins" -> "minutes"."""
    singular = word.lower().rstrip("s")
    return _SHORT_UNITS.get(singular, singular + "s")


# What a number can start with: a digit, a fraction sign, or the first letter of a number
# word (zero ... nineteen, twenty ... ninety). Tried first, it lets the scan skip every
# other position without trying the whole grammar there. The letters are spelled out in both
# cases, with the long s that "(?i:s)" also matches ("ſix"): a plain set is tried faster than
# one ignoring case, and it lets in the same characters.
# A currency sign -> its code. A bare "$" (or "dollars") does not say whose dollar it is: its unit is "$", which
# agrees with any country's dollar (see newslit.analysis.figures.quantity.same_currency).
# "¥" is yen or yuan: whose is not said; "₦" is the naira
CURRENCY_SIGNS = {
    "$": "$", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "¥", "₦": "NGN", "₪": "ILS", "₩": "KRW", "₱": "PHP", "₫": "VND",
    "₺": "TRY", "฿": "THB", "₴": "UAH", "₽": "RUB", "₵": "GHS", "GH₵": "GHS", "GH¢": "GHS", "E£": "EGP", "zł": "PLN",
}  # fmt: skip
# The signs of one character, as a class of a pattern: what may stand glued before a number's digits
_SIGNS = "".join(sign for sign in CURRENCY_SIGNS if len(sign) == 1)
# The letters before "$" that name a country's dollar ("US$", "C$", "Can$", "A$", "NZ$", "HK$", "S$"), lower-cased.
DOLLAR_PREFIXES = {
    "us": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "cdn": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD",
    "hk": "HKD", "s": "SGD", "r": "BRL", "mx": "MXN", "mex": "MXN", "nt": "TWD",
}  # fmt: skip
# ("R$" is Brazil's real, "MX$" Mexico's peso: written with the dollar's sign, no dollars, so never a bare "$"'s)
_DOLLAR_PREFIX = "|".join(sorted({k.upper() for k in DOLLAR_PREFIXES} | {"Can"}, key=lambda p: (-len(p), p)))
# The currency codes read before a number ("EUR 60 billion", "USD 5m"): they are their own unit
CURRENCY_CODES = (
    "EUR", "USD", "GBP", "CAD", "AUD", "NZD", "INR", "JPY", "CNY", "KES", "ZAR", "CHF", "NGN", "BRL", "MXN", "EGP",
    "VND", "PLN", "NOK", "SEK", "DKK", "ILS", "NIS", "IDR", "KRW", "SGD", "HKD", "GHS", "UGX", "TZS", "PKR", "BDT",
    "LKR", "MYR", "TWD", "ARS", "CLP", "CZK", "HUF", "RON", "AED", "QAR", "RMB",
    # added 2026-12-08 (tenth session) after the 38th review's "RO 231.4 million" (Oman's rial, "RO" as Omani
    # outlets and the NCSI write it): the Gulf's and a few more codes official texts put before their numbers
    "OMR", "RO", "SAR", "KWD", "BHD", "JOD", "THB", "PEN", "UAH", "RUB", "ISK", "ETB",
)  # fmt: skip
_CURRENCY_CODE = "|".join(CURRENCY_CODES)
# Two codes for one currency: the unit is the standard one
_CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS", "RO": "OMR"}
# A currency named after the number ("4,612 billion kronor", "2.85 million pesos", "148,3 mld zł") -> its unit. A word
# several countries use says less than a code: "kr" is any krona or krone, "peso" any peso (see
# newslit.analysis.figures.quantity.same_currency).
MONEY_WORDS = {
    "kronor": "kr", "kroner": "kr", "krona": "kr", "krone": "kr", "crowns": "kr", "pesos": "peso", "shekels": "ILS",
    "shekel": "ILS", "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "zł": "PLN", "rand": "ZAR", "naira": "NGN",
    "cedis": "GHS", "dong": "VND", "yen": "JPY", "yuan": "CNY", "ringgit": "MYR", "baht": "THB", "reais": "BRL",
    # added 2026-12-07 (eighth session) after the 31st review's "9.8 trillion won" for "KRW 9.8 trillion"
    "won": "KRW", "lira": "TRY", "rupiah": "IDR", "hryvnia": "UAH", "hryvnias": "UAH", "forint": "HUF",
    "forints": "HUF", "taka": "BDT", "lei": "RON", "koruna": "CZK",
}  # fmt: skip
_MONEY_WORD = "|".join(sorted(MONEY_WORDS, key=len, reverse=True))
_NUMBER_START = rf"(?=[\d{_VULGAR}zotfsenZOTFSENſ])"
_LEFT = rf"(?<![\w#/.{_SIGNS}¢-])(?<![A-Za-z]-)"  # not inside a word, a name like COVID-19, a URL or a decimal
_RIGHT = r"(?![\w%])"
# Measures written onto their number ("148mm", "4,340kWh"): the number is read, as in "148 mm".
_MEASURE_ONTO = r"(?:mm|cm|km|kg|kWh|MWh|GWh|TWh|kW|MW|GW|ha)\b"
# Sizes: a length or a volume in a unit, as written -> (the unit's name, its size in metres or litres).
SIZE_UNITS = {
    "nanometre": ("nanometres", 1e-9), "nanometer": ("nanometres", 1e-9),
    "micrometre": ("micrometres", 1e-6), "micrometer": ("micrometres", 1e-6), "micron": ("micrometres", 1e-6),
    "millimetre": ("millimetres", 1e-3), "millimeter": ("millimetres", 1e-3), "milimetre": ("millimetres", 1e-3),
    "milimeter": ("millimetres", 1e-3), "centimetre": ("centimetres", 1e-2), "centimeter": ("centimetres", 1e-2),
    "metre": ("metres", 1.0), "meter": ("metres", 1.0), "kilometre": ("kilometres", 1e3),
    "kilometer": ("kilometres", 1e3), "inch": ("inches", 0.0254), "inche": ("inches", 0.0254),
    "litre": ("litres", 1.0), "liter": ("litres", 1.0), "millilitre": ("millilitres", 1e-3),
    "milliliter": ("millilitres", 1e-3), "ounce": ("US fluid ounces", 0.0295735), "gallon": ("US gallons", 3.78541),
    "megalitre": ("megalitres", 1e6), "megaliter": ("megalitres", 1e6),
}  # fmt: skip
SIZE_KINDS = {
    "litres": "volume", "millilitres": "volume", "megalitres": "volume", "US fluid ounces": "volume",
    "US gallons": "volume",
}  # fmt: skip
# "380 Ml/d", a water company's megalitres a day: written with a capital M (a small "ml" is a millilitre)
_MEGALITRE_SIGN = ("Ml", "ML")
_SIZE_UNIT = (
    r"(?i:(?:nano|micro|milli|mili|centi|kilo)?met(?:re|er)s?|microns?|inch(?:es)?|(?:milli|mega)?lit(?:re|er)s?"
    r"|ounces?|gallons?)|Ml|ML"
)
# Concentrations, as written -> (the unit's name, its size in parts per trillion). In water a
# nanogram per litre is a part per trillion (a litre of water weighs a kilogram).
CONCENTRATION_UNITS = {
    "parts per million": ("parts per million", 1e6), "ppm": ("parts per million", 1e6),
    "parts per billion": ("parts per billion", 1e3), "ppb": ("parts per billion", 1e3),
    "parts per trillion": ("parts per trillion", 1.0),
    "nanograms per liter": ("nanograms per litre", 1.0), "nanograms per litre": ("nanograms per litre", 1.0),
    "ng/l": ("nanograms per litre", 1.0),
}  # fmt: skip
# "ppt" is left out: in British English it is a percentage point as often as a part per trillion.
_CONCENTRATION_UNIT = r"(?i:parts?\s+per\s+(?:million|billion|trillion)|pp[mb]|nanograms?\s+per\s+lit(?:re|er)|ng/L)"
_PARTS = {"tenth": 0.1, "hundredth": 0.01, "thousandth": 1e-3, "millionth": 1e-6, "billionth": 1e-9}
_PART_WORD = r"(?i:tenths?|hundredths?|thousandths?|millionths?|billionths?)"

# Things that only look like figures, each with what a text must hold for it to match at
# all: (alternative, needs a digit, one of these strings, a pattern found in the text).
_LOOKALIKE_PARTS: tuple[tuple[str, bool, tuple[str, ...], re.Pattern | None], ...] = (
    # COVID-19, H-1B, F-35: a name with a number in it
    # (not the "in-5" of "1-in-5", a share)
    (r"\b(?!to[-‐]\d)(?<!\d[-‐])[A-Za-z]+[-‐]\d+\w*", True, ("-", "‐"), regex(r"[-‐]\d")),
    # footnote markers: [3], (1) before a sentence
    (r"\[\d+\]|\(\d\)(?=\s*[A-Z])", True, ("[", "("), regex(r"[\[(]\d")),
    # a footnote mark copied from a report into the text: a bare "2" or "3" opening a sentence before a capitalised
    # singular word ("2 Train 32N was traveling", "3 Train movements near the site"); not "3 Americans", not a date
    (
        rf"^\d{{1,2}}(?= (?!(?:{_MONTH}|{_WEEKDAY})\b)[A-Z][a-z]+\b(?<!s))",
        True,
        (),
        regex(r"^\d{1,2} [A-Z]"),
    ),
    (r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", False, (), regex(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")),  # superscript footnote numbers
    (r"#[A-Za-z_]\w*|#\d+[A-Za-z_]\w*", False, ("#",), None),  # hashtags with letters
    # digits inside words: s3ller, mp4 (not a fiscal year, FY2023: the fiscal_year pattern reads it)
    # (nor an amount in rand or shillings: "R35.2bn", "R38.6 billion", "R17.21", "R21 450", "Sh45 million", "KSh1.1
    # billion", as the money pattern reads; nor ringgit, "RM109,500", nor a currency's code, "VND16.8 trillion"; nor a
    # quarter with its year, "Q2 2025", "2025 Q2",
    # which the quarter_q pattern reads: "Q2" alone stays a code, "the Q2 model")
    (
        r"\b(?!FY\s?\d|(?:"
        + _CURRENCY_CODE
        + r")\d|K?Shs?\.?\d|RM\d|Q[1-4][\s-]?(?:19|20)\d\d\b|Q[1-4]\b(?<=\d{4}[\s-]Q[1-4])|[RN]\d[\d.,]*(?:bn|m|k|tn|trn)\b|[RN]\d[\d.,]*[\s\u00a0-](?:million|billion|trillion)\b"
        r"|[RN]\d[\d,]*\.\d\d\b|[RN]\d{1,3},\d{3}|R\d{1,3}[ \u00a0\u202f\u2009\u2007]\d{3}(?!\d)|R\d+-a-)\w*[A-Za-z]\d\w*",
        True,
        (),
        regex(r"[A-Za-z]\d"),
    ),
    # 3D, 5mg (but not 5bn, 100K, 1.5C, nor the percent of "4.3pc", "13.4per cent" and the points of "0.2pp", nor a
    # measure written onto its number, "148mm", "4,340kWh", read as the number, as "148 mm" is)
    (
        rf"\b\d+(?!{_SUFFIX}|[cCF](?!\w)|(?:pc|pp)\b|per\s?cent\b|{_MEASURE_ONTO}|(?<!\d{{4}})p\b(?![.\-]?\d))[A-Za-z]\w*(?<!\d(?:st|nd|rd|th))\b",
        True,
        (),
        regex(r"\d[A-Za-z]"),
    ),
    (r"\b3M\b", True, ("3M",), None),  # the company, not three million
    # the number in a legal text's name: "Article 8", "Section 301", "Chapter 11" (not "Part 1" of a report, and
    # not "the Montreal Protocol 35 years ago" or "Under Rule 11 people were charged": a figure may follow those)
    (
        r"\b(?:Article|Section|Chapter|Clause|Paragraph)\s+\d+[A-Za-z]?\b",
        True,
        ("Article", "Section", "Chapter", "Clause", "Paragraph"),
        None,
    ),
    (r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+", False, ("@", "http"), None),  # e-mail addresses and links
    # the base of a rate: "6.1 deaths per 100,000 people", "54.4 births per 1,000 women", "3 per 100k": no figure
    (
        r"(?<=\bper\s)(?:1[0\s,\u00a0\u202f\u2009]*0|10?)(?:[kK]\b)?(?![\d,.]?\d)",
        True,
        ("per",),
        regex(r"\bper\s1"),
    ),
)
_LOOKALIKES = regex("|".join(part for part, *_ in _LOOKALIKE_PARTS))
_LOOKALIKES_OF: dict[tuple[bool, ...], re.Pattern | None] = {}

_BAND = regex(r"(\d{1,3})[-–](\d{1,3})")
"""One age band of a list the ``age_band`` pattern read: "45-64" in "aged 18-44 and 45-64"."""

_TALLY_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_TALLY_NUMBER = r"\d{1,3}|" + "|".join(_TALLY_WORDS)
_NOT_A_UNIT = (
    r"(?![-–.,/]?\d)(?!\s*(?:%|/|(?i:percent|per cent|percentage|points?|basis|bps?|years?|months?|weeks?|days?"
    r"|hours?|minutes?|a\.m\.|p\.m\.|am|pm|year-olds?|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b))"
)


class _LazyPattern:
    """A regular expression compiled the first time a text may match it, then kept.

    Compiling all of :data:`_PATTERNS` on import took about 80 ms, paid by every notebook
    that reads figures; :func:`_possible` offers a text only the patterns whose words or
    signs it has, so a case with no size, time of day or vote never compiles those.
    """

    __slots__ = ("source", "_compiled")

    def __init__(self, source: str):
        self.source = source
        self._compiled: re.Pattern | None = None

    def finditer(self, text: str):
        """``re.finditer`` of the compiled pattern over ``text`` (compiled on this first call)."""
        if self._compiled is None:
            self._compiled = regex(self.source)
        return self._compiled.finditer(text)


# Words that are a multiple themselves: "twice", and the verbs ("doubled", "tripling renewable capacity", "to triple
# it"). "double" alone is left out ("double-digit", "a double standard").
_MULTIPLE_WORDS = {
    "twice": 2.0, "doubled": 2.0, "doubling": 2.0, "trebled": 3.0, "trebling": 3.0, "tripled": 3.0, "tripling": 3.0,
    "triple": 3.0, "triples": 3.0, "quadrupled": 4.0, "quadrupling": 4.0, "quadruple": 4.0,
}  # fmt: skip
_MULTIPLE_VERB = "|".join(sorted((w for w in _MULTIPLE_WORDS if w != "twice"), key=len, reverse=True))

# What a cent is of, after "22c": "of every rand", "a litre". There the "c" is cents, not degrees Celsius.
_CENT_OF = r"\s+(?:of\s+(?:every|each)|a\s+lit(?:re|er)|per\s+lit(?:re|er))\b"
_RAND_CENTS = regex(r"c\s+of\s+(?:every|each)\s+rand\b")
# Words of heat: with them a bare "c" stays degrees ("Temperatures hit 32c as prices of fans soared").
_HEAT_WORDS = regex(r"\b(?i:temperatures?|degrees?|heat\w*|hot\w*|warm\w*|cold\w*|weather|celsius)\b")
# Words of money in a sentence: there a bare "c" after a number ("320c", "80c a share") is cents.
_MONEY_WORDS = regex(
    r"\b(?i:shares?|dividends?|earnings|cents?|prices?|fares?|rand|tariffs?|wages?|salar(?:y|ies)|profits?|revenue)\b"
    r"|(?<![A-Za-z])(?:R|\$|€|£)\d"
)
_PATTERNS: list[tuple[str, _LazyPattern]] = [
    ("iso_date", _LazyPattern(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")),
    ("date_mdy", _LazyPattern(rf"\b({_MONTH}){_SPACE}+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?{_SPACE}+(\d{{4}}))?(?![\d:])")),
    ("date_dmy", _LazyPattern(rf"{_LEFT}(\d{{1,2}})(?:st|nd|rd|th)?{_SPACE}+({_MONTH})(?:,?{_SPACE}+(\d{{4}}))?(?!\w)")),
    ("date_my", _LazyPattern(rf"\b({_MONTH}),?{_SPACE}+(\d{{4}})(?!\d)")),
    # "January-March 2025", "October to December 2023", "between January and March 2025": the first month takes
    # the year written after the last
    ("month_range", _LazyPattern(
        rf"\b({_MONTH})(?=(?:{_SPACE}*[-–]{_SPACE}*|{_SPACE}+(?:to|and){_SPACE}+)(?:{_MONTH}),?{_SPACE}+(\d{{4}})(?!\d))"
    )),
    ("month", _LazyPattern(
        rf"(?<=\b(?:in|In|by|of|to|or) )({_MONTH})(?![\w])|(?<=\b(?:since|Since|until|Until|early) )({_MONTH})(?!\w)"
        rf"|(?<=\bduring )({_MONTH})(?!\w)|(?<=\b(?:last|Last|next|Next) )({_MONTH})(?!\w)|(?<=\b(?:from|From|than|both|Both) )({_MONTH})(?!\w)"
        rf"|(?<=\b(?:and|for) )({_MONTH})(?!\w)|(?<=\bthrough )({_MONTH})(?!\w)|(?<=\bmid-)({_MONTH})(?!\w)"
        rf"|\b({_MONTH})(?=['’]s\b)"
    )),
    # not "earlier in the year", "later in the month": a time within the current year, no window a figure counts over
    ("window", _LazyPattern(r"(?<![Ee]arlier )(?<![Ll]ater )(?<![Ee]arly )(?<!\b[Ll]ate )\b(?i:(over|in|during|within)\s+the\s+(?:(?:last|past)\s+)?(year|month|week|decade|quarter))\b(?!\s+(?:of|before|after|when|to\s+date|so\s+far)\b|\s+\d)")),
    ("month_lead", _LazyPattern(
        r"(?:^|(?<=[.,;] ))(January|February|April|June|July|August|September|October|November|December)(?=\s+[a-z])"
    )),
    ("half_year", _LazyPattern(r"\b(?i:the\s+(first|second)\s+half\s+of\s+(?:(this|last|next|the)\s+year|(\d{4})))\b")),
    # "the first quarter of 2025", "the final quarter of last year": a quarter of a year, as a date ("2025-Q1")
    ("quarter_year", _LazyPattern(
        r"\b(?i:(?:the\s+)?(first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:(this|last|next|the)\s+year|(\d{4})))\b"
    )),
    # "the second quarter", "second-quarter growth" with no year: the latest such quarter (see resolve_date); not "the
    # last quarter" (the latest one, whichever it is), "a quarter" (a fourth), nor "the first-quarter update" (a
    # report's name, often of a fiscal year's quarter, not a calendar one)
    ("quarter_alone", _LazyPattern(
        r"\b(?i:(?:(?<=\bthe\s)|(?<=\bThe\s))?(first|second|third|fourth)[\s-]quarter)\b(?![\s-]+(?:of|century|final|finals|mile|update|report|results|statement|review|forecast|budget|fiscal|financial)\b)(?!\s+(?:19|20)\d\d)"
    )),
    # "the first three months of 2025" is its first quarter, "the last six months of this year" its second half: read
    # before "this year" alone is
    ("first_months", _LazyPattern(
        r"\b(?i:the\s+(first|final|last)\s+(three|six|3|6)\s+months\s+of\s+(?:((?:19|20)\d\d)|(this|last|next|the)\s+year))\b"
    )),
    # "the December quarter 2024", "the June quarter of 2025": a quarter named for its last month (Australia, NZ)
    ("quarter_month", _LazyPattern(r"\b(?i:the\s+)(March|June|September|December)\s+(?i:quarter)(?:\s+(?i:of))?\s+((?:19|20)\d\d)\b")),
    ("quarter_q", _LazyPattern(r"\b(?:Q([1-4])[\s-]?((?:19|20)\d\d)|((?:19|20)\d\d)[\s-]?Q([1-4]))\b")),
    # the time of an earlier value: "up from 3.6% a year earlier", "4,324 the year before", "a month ago"
    ("time_before", _LazyPattern(
        r"\b(?i:(?:a|one)\s+(year|month)\s+(?:earlier|ago|before)|the\s+(year|month)\s+before)\b(?!\s+(?:that|the|it|last)\b)"
    )),
    ("relative_date", _LazyPattern(
        r"(?<!the )\b(?i:(last|this|next|the\s+previous|the\s+prior|the\s+same)\s+(month|year|week|quarter))\b"
        r"(?!\s+(?:of|in)\b)"
    )),
    ("relative_day", _LazyPattern(r"\b(?i:(yesterday|last night))\b")),
    # why: a season after "last", "this" or "next" says when, as "last month" does ("a peak of 5.25% last summer");
    # "this fall in prices" is the verb's noun, not the season
    ("season", _LazyPattern(r"\b(?i:(last|this|next)\s+(spring|summer|autumn|winter|fall(?!\s+(?:in|of|to|from|by)\b)))\b")),
    ("size_range", _LazyPattern(
        rf"(?i:between\s+)({_NUMBER})(?:[\s-]*({_SIZE_UNIT}))?\s+and\s+({_NUMBER})[\s-]*({_SIZE_UNIT})\b"
        rf"|{_LEFT}({_NUMBER})(?:[\s-]*({_SIZE_UNIT}))?\s*(?:to|–)\s*({_NUMBER})[\s-]*({_SIZE_UNIT})\b"
    )),
    ("size_part", _LazyPattern(rf"\b((?i:an?|one|{_UNIT_WORD})\s+)?({_PART_WORD})\s+of\s+an?\s+({_SIZE_UNIT})\b")),
    # "380 Ml/d": a volume a day, shown with its "/d" (megalitres a day, as water companies write leakage)
    ("size", _LazyPattern(rf"{_LEFT}({_NUMBER}|(?i:an?))[\s-]+({_SIZE_UNIT})\b(?:/d(?:ay)?\b)?")),
    ("concentration", _LazyPattern(rf"{_LEFT}({_NUMBER})[\s-]*({_CONCENTRATION_UNIT})(?![\w/])")),
    ("multiple", _LazyPattern(
        # (?<![\d,.]): never the end of a longer number, "spilled 28,914 times" is a count, not "914 times"
        r"\b(?i:(twice|(?:(?:(?<![\d,.])\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|-|–)\s*)?"
        r"(?:(?<![\d,.])\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:[\s-]and[\s-]a[\s-]half)?\s+times))\b"
        r"(?!\s+(?:a|an|per|each|every|in|on|at|before|since)\b)"
        rf"|\b(?i:({_MULTIPLE_VERB}))\b(?![-‐])"  # "tripling renewable capacity", not "triple-digit"
    )),
    # the hyphens too: "half-a-million", "a quarter-million"
    ("part_scale", _LazyPattern(r"\b(?i:(a\s+quarter|half[\s-]a|a\s+half)(?:\s+of\s+a)?[\s-](million|billion))\b(?![\s-]+(?:and|or|to)\b)")),
    ("a_scale", _LazyPattern(r"\b(?i:(an?\s+(?:(?:extra|additional|further)\s+)?(hundred|thousand|million|billion)))\b(?!\s+(?:and|or|to)\b)")),
    ("weekday", _LazyPattern(rf"\b({_WEEKDAY})(?!\w)")),
    ("time", _LazyPattern(rf"{_LEFT}(\d{{1,2}})(?::(\d{{2}}))?{_SPACE}?(a\.m\.|p\.m\.|am|pm|AM|PM)(?!\w)|{_LEFT}(\d{{1,2}}):(\d{{2}})(?![\d:])")),
    # An age band written compactly, read whole: "aged 18-44", "people 18–44 years old" (not the age 18 and a count 44).
    # A list of bands after "aged" is bands too: "aged 18-44 and 45-64", "aged 18-24, 25-34 or 35-44" (not the
    # age 18-44 and the count 45); but not "aged 65-74, 12-14 were readmitted" or "aged 16-24, 10-15% said".
    ("age_band", _LazyPattern(
        r"\b(?i:aged?|ages)\s+(\d{1,3}[-–]\d{1,3}(?:,\s*\d{1,3}[-–]\d{1,3}(?=,|\s+(?:and|or)\s))*"
        r"(?:,?\s+(?:and|or)\s+\d{1,3}[-–]\d{1,3}(?![\d-]|\s*(?:%|(?i:per\s*cent|percent))))?)(?![\d-])"
        r"|(?<![\w#/.$€£-])((\d{1,3})[-–](\d{1,3}))\s+(?i:years?\s+old)\b"
    )),
    ("age_range", _LazyPattern(rf"\b(?i:aged|ages)\s+(?i:between\s+)?({_NUMBER})\s+(?:to|and|-|–)\s+({_NUMBER}){_RIGHT}")),
    # "10- to 14-year-olds", "15–19 year olds", and two ages read as one group: "9- and 10-year-olds"
    ("age_span", _LazyPattern(r"(?<![\w#/.$€£-])((\d{1,3})(?:-?[- ]to[- ]|[-–]|-\s+(?:and|or)\s+)(\d{1,3}))[- ]years?[- ]olds?\b")),
    ("age", _LazyPattern(rf"(?i:\bas\s+(?:young|old)\s+as\s+|\baged?\s+)({_NUMBER}){_RIGHT}|{_LEFT}({_NUMBER})[- ]years?[- ]olds?\b")),
    # A vote's tally, read whole: "voted 5-4", "by a majority of 5–4", "a 6-3 ruling" ("5-4" is not the count 5).
    # Only linking words between the vote and the numbers, and no unit after them: "voted to raise fees 3 to 4
    # percent", "a majority of 18-29 year olds" and "the vote on 3-4 June" are not tallies.
    ("tally", _LazyPattern(
        rf"(?i:\b(?:vot(?:e|es|ed|ing)|majority)(?:\s+(?:of|by|was|were|is|to|in\s+favou?r|a|an|the|it|them))*\s+)"
        rf"({_TALLY_NUMBER})\s*(?:-|–|—|(?i:to))\s*({_TALLY_NUMBER})\b{_NOT_A_UNIT}"
        rf"|\b({_TALLY_NUMBER})\s*[-–—]\s*({_TALLY_NUMBER})(?=\s+(?i:vote|votes|ruling|decision|majority|split|verdict)\b)"
    )),
    # why: "FY2023", "FY 2024", "FY24" name a fiscal year, which the digits-in-a-word look-alike would drop
    ("fiscal_year", _LazyPattern(r"\b(?:FY|Fy)\s?((?:19|20)\d\d|\d\d)(?![\w/-])")),
    ("year_range", _LazyPattern(r"(?<![\w./-])((?:1[5-9]|20)\d\d)\s?[-–]\s?((?:1[5-9]|20)\d\d)(?![\w-])")),
    # An academic or financial year that runs over two calendar years: "2025-26", "2025/26", "2025/2026" (one
    # year, not the year 2025: "2024-25" and "2025-26" are two different years, and "2025" alone a third); a run of
    # more years with its end cut to two digits, "2020-22", is the years 2020 to 2022, as "2020-2022" is
    # (year_range reads "2025-2026" already)
    ("split_year", _LazyPattern(
        r"(?<![\w./-])((?:19|20)\d\d)\s?(?:[-–/]\s?(\d\d)|/\s?((?:19|20)\d\d))(?![\w-]|[./]\d)"
    )),
    # "a quarter point", "quarter-point", "half a percentage point": a rate's change in percentage points
    ("point_part", _LazyPattern(r"\b(?i:(a\s+quarter|quarter|a\s+half|half)(?:[- ]|[\s-]+of[\s-]+a[\s-]+|[\s-]+a[\s-]+)(?:percentage[- ])?point)(?!\w)")),
    ("degree_part", _LazyPattern(r"\b(?i:(one[- ]third|a third|half|a quarter|two[- ]thirds) of a degree)(?:\s+(Celsius|Fahrenheit|C|F)\b)?")),
    # "-0.9°C": a hyphen for the minus sign, where a space or "(" stands before it ("10-15C" is a range)
    ("temperature", _LazyPattern(
        rf"(?:(?<![^\s(])-(?=\d)|{_LEFT})({_NUMBER})(?:{_SPACE}?°{_SPACE}?([CF])\b|{_SPACE}+(?i:degrees?)(?:{_SPACE}+(Celsius|Fahrenheit|centigrade|C|F)\b)?|([cC])(?!\w)(?!{_CENT_OF}))"
    )),
    ("first_time", _LazyPattern(r"\b(?i:the\s+first\s+time|first-ever)\b")),  # "first-ever": a claim to check, read whole
    # "22 cents", and "22c" before what a cent is of ("22c of every rand", "9c a litre"), where a "c" is no degree
    ("cents", _LazyPattern(rf"{_LEFT}({_NUMBER})(?:{_SPACE}+cents?\b|c(?={_CENT_OF}))")),
    # "almost 135p a litre", "a drop of 2.3p": pence, written onto the number
    ("pence", _LazyPattern(rf"{_LEFT}(\d{{1,3}}(?:\.\d+)?)(?:p\b(?![.\-]?\d)|\s+pence\b)")),
    # "US$38 million", "Can$50 million", "A$2bn": a country's dollar; "$50-million": the scale after a hyphen
    # "EUR 60 billion", "USD 5m": a currency's code before the number, as official texts write it
    ("money", _LazyPattern(rf"(?<![A-Za-z])((?:{_DOLLAR_PREFIX})?\$|E£|GH[₵¢]|[{_SIGNS}]|zł(?=\s?\d)|COP(?=\s(?:\d{{1,3}}(?:[,.]\d{{3}})+|\d{{4,}}|\d+(?:[.,]\d+)?\s?(?:million|billion|trillion|bn|m)\b))|Rs\.?(?=\s?\d)|RM(?=\s?\d)|KSh\.?(?=\s?\d)|Shs?\.?(?=\s?\d)|[RN](?=\d[\d.,]*(?:{_SUFFIX}|[\s-](?:million|billion|trillion)\b|,\d{{3}}|\.\d\d(?!\d)))|R(?=\d+-a-|\d{{1,3}}{_SPACE}\d{{3}}(?!\d))|(?:{_CURRENCY_CODE})(?=\s?\d))\s?((?:{_NUMERAL})(?:{_SUFFIX})?)(?:(?:{_SPACE}+|-)((?i:{_SCALE}))\b)?|(?<!\bin ){_LEFT}({_NUMBER}){_SPACE}+(dollars|euros|pounds|rupees|{_MONEY_WORD}|(?:dollar|euro|rupee)(?=[\s-]+[a-z]))(?!\w)")),
    # "0.25 of a percentage point" is 0.25 percentage points
    # "50 basis points" is 0.5 percentage points; "bp" only in lower case ("3 BP petrol stations" is a company)
    # the end of a range written with a hyphen is read too: "10-15%" (a dash, "10–15%", is no hyphen for _LEFT)
    ("percent", _LazyPattern(rf"(?:{_LEFT}|(?<=\d-))({_NUMBER})(?:{_SPACE}|-)?(%|(?i:percent|per cent|percentage points?|of a percentage point|basis[- ]points?)\b|bps?\b|(?<=\d)(?:pc|pp)\b)")),
    # "(?<![\d,.])": "10,687 in 2022" is a count and a year, not the ratio "687 in 2022"
    # "one-in-eight", "1-in-5": the hyphens of a share told before its noun ("a one-in-five chance")
    ("ratio_in", _LazyPattern(rf"(?<![\d,.])\b(?i:(one|a|two|three|four|five|six|seven|eight|nine|\d+)(?:\s+in\s+(?:every\s+)?|-in-))({_NUMBER})(?!\w)")),
    # "95 of every 100 students", "Forty-seven rupees of every hundred": a share told as a count of a round number
    ("ratio_every", _LazyPattern(rf"{_LEFT}({_NUMBER})(?:\s+[a-z]+)?\s+of\s+every\s+({_NUMBER}|(?i:hundred|thousand)){_RIGHT}")),
    ("ratio_of", _LazyPattern(rf"{_LEFT}({_NUMBER})\s+out\s+of\s+(?:every\s+)?({_NUMBER}){_RIGHT}")),
    ("fraction", _LazyPattern(r"(?<!\band )\b(?i:(a|one|two|three|four)[ -](half|halves|thirds?|quarters?|fifths?|tenths?))\b(?!\s+(?:an|a)\s+hour)")),
    ("half", _LazyPattern(r"(?<=\b(?:in|by) )(half)\b|(?<!\band a )\b([Hh]alf)(?=\s+(?:of|the)\b)")),
    # why: after "for" or "after", "a year" is how long ("after a year of high borrowing costs"), not a rate ("£6m a year")
    # and so it is after a hedge ("nearly a year", "more than a year")
    ("after_a_period", _LazyPattern(
        r"(?:(?<=\b[Ff]or )|(?<=\b[Aa]fter )|(?<=\b[Nn]early )|(?<=\b[Aa]lmost )|(?<=\b[Aa]bout )|(?<=\b[Aa]round )"
        r"|(?<=\b[Rr]oughly )|(?<=\bthan ))(a)\s+(year|month|week|decade)\b(?![-–]|\s+(?:ago|earlier|later|before|after|and\s+a\s+half)\b)"
    )),
    # why: "a decade" is ten years wherever it stands ("a decade older", "spent a decade renting"): unlike "a year",
    # it is not used as a rate ("£6m a year"); only "once a decade", "twice a decade" count how often
    # and so is "the next decade", "the past decade" ("over the next decade": ten years ahead)
    ("a_decade", _LazyPattern(r"(?<!\bonce )(?<!\btwice )(?<!\btimes )\b(?i:(a|the\s+(?:next|past|last|coming))\s+(decade))\b(?![-–])")),
    # "an hour and a half", "a year and a half": one and a half, never "an hour" alone
    ("period_article", _LazyPattern(
        rf"\b(?i:(an?)\s+(whole|extra|full|additional|single)\s+({_PERIOD_UNIT}))\b"
        r"|\b(?i:(an?)\s+(hour|day|week|fortnight|month|year|decade)\s+and\s+a\s+half)\b"
        r"|\b(?i:(half an hour|an hour))\b"
    )),
    ("first_period", _LazyPattern(
        rf"\b(?i:the\s+first)\s+({_NUMBER})[- ]({_PERIOD_UNIT})(?:\s+of\s+((?:19|20)\d\d))?(?!\w)"
    )),
    ("ordinal", _LazyPattern(
        r"(?<![\w#/.$€£-])(\d+)(?:st|nd|rd|th)"
        r"(?:\s+(?i:straight|consecutive|successive)\s+(?i:months?|years?|weeks?|days?|quarters?))?\b"
    )),
    ("period", _LazyPattern(rf"{_LEFT}({_NUMBER}|(?i:a few|several|a couple of))[- ]({_PERIOD_UNIT})(?:[- ]long)?\b")),
    # why: a possessive is a determiner as "the" is ("its first cut" is "the first cut"); "it's", "that's" are "it is"
    # "the third most complained-about product", "the third-largest source": a rank, with a space or a hyphen
    ("rank", _LazyPattern(rf"(?<!\w)#(\d+)(?!\w)|\bNo\.{_SPACE}?(\d+)\b|\b(?i:number one)\b|\b(?i:the|its|their|his|her|our|(?!(?:it|let|that|what|there|here|who|he|she)['’]s\b)[a-z]+['’]s)\s+(first|second|third|fourth|fifth|top)(?:\s+(?!(?:time|times|step|steps|of|half|quarter|to|round|day|days|week|month|thing|things|place|person|people|line)\b)(?=[a-z])|-(?=(?:[a-z]+est|most|worst|best)\b))")),
    ("digits_word", _LazyPattern(r"\b(?i:(five|six|seven|eight|nine|ten|double|triple)[- ](figures?|digits?))\b")),
    ("vague", _LazyPattern(r"\b(?i:(high\s+|low\s+)?(hundreds|tens)\s+of\s+(thousands|millions|billions))\b|\b(?i:(a single|a couple|a few|a handful|several|(?<!half )a dozen|dozens|(?<![Tt]he )(?<![Aa]verage )(?<![Tt]est )(?<![Tt]heir )(?<![Ii]ts )scores(?=\s+of\s+(?!\d)(?:[a-z]+\s+)?(?!graders|students|pupils)[a-z])|hundreds|thousands|millions|billions))\b(?:\s+(?i:(hundred|thousand|million|billion))\b)?(?!\s*[-–]\s*\w)")),
    # "a nine-member committee", "a 300-page report": a count whose noun is joined to it by a hyphen, before what it
    # describes (periods, ages, shares and money joined so are read by the patterns above, which come first)
    ("compound_count", _LazyPattern(
        rf"{_LEFT}(\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_WORD_NUMBER}))-([a-z]{{3,}})(?![\w-])(?=\s+[A-Za-z])"
    )),
    # "(-3,200)", "changed by -3,200", "(+400)": a change a table writes with its sign; the value is read without it.
    # With a percent after it ("returned -9.6 percent", "-9.6%"), it is a percentage that fell
    ("signed", _LazyPattern(
        r"(?<=[\s(])([-−+])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(\s*%|\s+(?i:per\s?cent|percentage\s+points?)\b)?(?![\w%°]|[.,]\d|\s*°)"
    )),
    # not the digits after a group's comma ("200" of a "-3,200" the sign kept from being read whole)
    ("number", _LazyPattern(rf"{_NUMBER_START}{_LEFT}(?<!\d,)({_NUMBER})(?:{_RIGHT}|(?={_MEASURE_ONTO}))(?![.,]\d)(?!-[A-Za-z])")),
]  # fmt: skip

_QUALIFIER = regex(
    r"(?i:\b(" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r"))[\s,]+$"
)
# "fell 3.2%", "rose by 4%", and with a word of degree between ("fell only slightly, by 1.4%", "rose sharply by 4%")
_UP_DOWN = regex(
    r"(?i:\b(up|down|rose|fell|increased|decreased|dropped|grew|climbed|declined"
    r"|rise|rises|risen|rising|fall|falls|fallen|falling|jumped|surged|soared|slipped|slid|slumped|plunged"
    r"|gained|added|lost|shed)"
    r"(?:\s+(?:only\s+)?(?:slightly|sharply|steeply|modestly|marginally|strongly|further|again))?,?(?:\s+by)?\s+)$"
)
# The words of _UP_DOWN that say a rise ("saw trips rise 1.8 per cent"); the others say a fall. (The nouns, "a rise
# of 4.1%", were tried too and dropped: one validation figure fewer right.)
_RISE_WORDS = frozenset(
    "up rose increased grew climbed rise rises risen rising jumped surged soared gained added".split()
)
# "make up", "take up": the verbs before an "up" that gives a part of a whole, not a change.
_MAKES_UP = regex(r"(?i:\b(?:make|makes|made|making|take|takes|took|taken|taking)\s+)$")
# A pronoun and its verb in one word ("there’s"): the start of a clause, never what a figure counts.
CONTRACTIONS = frozenset(f"{w}{a}s" for w in ("there", "it", "that", "here", "what", "who") for a in ("'", "’"))
_NOUN_STOP = (
    frozenset(
        """a an the of to in on at by for from with and or but as than that which who whom whose this these those its
    their his her our your is are was were be been being has have had do does did will would can could may might
    must shall should not no nor so if then there here when where while per each every more most less fewer such
    some any all both other own same also only just even still yet very too into onto over under after before
    since until through during across against among between about around like unlike via up down out off
    it they he she we you i me him them us what how why number total share amount rest vs versus""".split()
    )
    | CONTRACTIONS
)
PLURALS = frozenset(
    {"people", "children", "men", "women", "data", "media", "staff", "police", "personnel", "teeth", "feet"}
)
_NO_COUNT = frozenset({"one", "a"})  # bare "one" is not a figure ("one another", "one of them")
# After a hyphen, words that say how, or how big, rather than what is counted ("1,000-strong", "20-odd", "two-fold").
_NOT_A_COUNTED_HEAD = frozenset(
    "off way ways sided stop strong odd plus something fold high low long wide deep tall old times non"
    " foot feet inch inches mile miles yard yards metre metres meter meters kilometre kilometer acre ton tonne pound"
    " star".split()  # "five-star hotels": a rating, a kind of hotel, not five things counted
)
_NOT_COUNTED_AFTER_WORD = frozenset({"another", "hand", "way", "day", "time", "thing"})


@dataclass(frozen=True)
class Figure:
    """One figure in a text.

    Attributes
    ----------
    text : str
        The figure as written, hedge included ("almost 500,000", "as young as 12").
    start, end : int
        Its span in the text that was searched.
    kind : str
        One of :data:`KINDS`.
    value : float or None
        The normalised value: a count, a percentage (47.0 for "47%"), an amount of money,
        a ratio as a fraction (0.0001 for "one in 10 thousand"), a year, a period in its
        own unit (2 for "two years"; see :attr:`minutes`), an age, a rank, a time of day
        in minutes after midnight (510 for "8:30 a.m."), a vote's tally as its first number
        plus the second over 1,000 (5.004 for "5-4": one value, so that "5-4", "5–4" and
        "five to four" are equal and "6-3" is not); None for a date.
    unit : str or None
        "%", a currency code, a period unit ("years"), "percentage points"; else None.
    noun : str or None
        What is counted, when the words say so ("sellers", "accounts", "reports").
    qualifier : str or None
        The hedge as written ("almost", "more than", "if not"), lower-case.
    hedge : str or None
        What the hedge does: a value of :data:`QUALIFIERS` ("below", "above", ...).
    low, high : float or None
        The range a vague quantity stands for ("millions": 1e6 to 1e9), else None.
    date : str or None
        For a date: ``YYYY-MM-DD`` with unknown parts as ``????`` or ``??``
        ("????-06-07" for "June 7"), or the weekday's name ("wednesday").
    change : str or None
        "up" or "down" when the figure is a change ("up 47%", "cut in half").
    """

    text: str
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None = None
    noun: str | None = None
    qualifier: str | None = None
    hedge: str | None = None
    low: float | None = None
    high: float | None = None
    date: str | None = None
    change: str | None = None

    @property
    def vague(self) -> bool:
        """True for a quantity in words with no exact size ("millions", "a handful")."""
        return self.low is not None and self.low != self.high

    @cached_property
    def comparable(self) -> float | None:
        """The value on a common scale: percent and ratio as a fraction, periods in minutes."""
        if self.value is None:
            return None
        if self.kind == "percent" and self.unit == "%":
            return self.value / 100
        if self.kind == "period" and self.unit:
            return self.value * PERIOD_MINUTES[self.unit.rstrip("s").lower()]
        if self.kind in ("length", "volume") and self.unit:  # in metres or litres
            return self.value * next(size for name, size in SIZE_UNITS.values() if name == self.unit)
        if self.kind == "concentration" and self.unit:  # in parts per trillion
            return self.value * next(size for name, size in CONCENTRATION_UNITS.values() if name == self.unit)
        if self.kind == "temperature" and self.unit == "°F":  # on the Celsius scale
            return self.value * 5 / 9 if self.change else (self.value - 32) * 5 / 9
        return self.value

    def as_record(self) -> dict:
        return asdict(self)


# ---- numbers ---------------------------------------------------------------------------------


_SUFFIX_SCALE = {
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
    "tn": 1e12,
    "trn": 1e12,
}
_WORD_SCALE = {
    **{w: float(v) for w, v in SCALES.items()}, "bn": 1e9, "bln": 1e9, "mln": 1e6, "trln": 1e12, "m": 1e6,
    "millions": 1e6, "mld": 1e9, "mrd": 1e9, "lakh": 1e5, "crore": 1e7, "lakhs": 1e5, "crores": 1e7, "lmt": 1e5,
}  # fmt: skip
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}  # "the final quarter of …"
_QUARTER_ENDING = {"march": 1, "june": 2, "september": 3, "december": 4}  # "the December quarter 2024"
_VULGAR_VALUE = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
_GROUPED = {
    "space": regex(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?"),
    "comma": regex(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
    "lakh": regex(r"\d{1,2}(?:,\d{2})+,\d{3}"),
    "dot_comma": regex(r"\d{1,3}(?:\.\d{3})+,\d+"),
    "dots": regex(r"\d{1,3}(?:\.\d{3}){2,}"),
    "decimal_comma": regex(r"\d+,\d{1,2}"),
    "plain": regex(r"\d+(?:\.\d+)?"),
    "vulgar": regex(r"(\d*)([½¼¾⅓⅔⅕⅛])"),
    "slash": regex(r"(?:(\d+)[- ])?(\d)/(\d)"),  # only the fractions _NUMERAL lets through
}


# Compiled once: these run for nearly every figure.
_WRITTEN_SUFFIX = regex(r"(.*?\d[½¼¾⅓⅔⅕⅛]?)(million|billion|trillion|bn|bln|mln|mn|tn|trn|[mkb])")
_YEAR = regex(r"(1[89]|20)\d\d")
# a plural after a year-like number makes it a count ("2024 votes"); a word in "-ss" or "-us" is no plural ("the 2024
# mass bleaching event", "the 2020 census")
_PLURAL_AFTER = regex(r"\s+(?!(?:was|is|has|does|as|its|this|thus)\b)[a-z]+(?<![su])s\b")
_NEXT_WORD = regex(r"\s+(\w+)")
_NOUN_LEAD = regex(r"^\s+(?:of\s+)?(?:(?:the|those|these|its|their|such|all)\s+)*", re.IGNORECASE)
_NOUN_WORD = regex(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
# read past before the counted noun: "five more people", "several other companies"
_COMPARED = regex(r"\s+(?:fewer|more|less|higher|lower|other)\b")


def _digits(word: str) -> float | None:
    """The value of one numeral ("48 210", "1,234.5", "6,65,500", "1.234,5", "3,5", "2½", "4-3/4"); None if it is not one."""
    if _GROUPED["space"].fullmatch(word):
        return float(word.replace(" ", "").replace(",", "."))
    if _GROUPED["comma"].fullmatch(word) or _GROUPED["lakh"].fullmatch(word):
        return float(word.replace(",", ""))
    if _GROUPED["dot_comma"].fullmatch(word) or _GROUPED["dots"].fullmatch(word):
        return float(word.replace(".", "").replace(",", "."))
    if _GROUPED["decimal_comma"].fullmatch(word):
        return float(word.replace(",", "."))
    if _GROUPED["plain"].fullmatch(word):
        return float(word)
    vulgar = _GROUPED["vulgar"].fullmatch(word)
    if vulgar:
        return float(vulgar[1] or 0) + _VULGAR_VALUE[vulgar[2]]
    slash = _GROUPED["slash"].fullmatch(word)
    if slash:
        return float(slash[1] or 0) + int(slash[2]) / int(slash[3])
    return None


@lru_cache(maxsize=65536)  # the same numbers ("2024", "4,213") are read in many sentences
def parse_number(text: str) -> float | None:
    """The value of a number as written: digits, separators, decimals, words, scale words and suffixes.

    Parameters
    ----------
    text : str
        "490,000", "100 306" (a space, no-break, narrow or thin space between groups),
        "31.9 million", "10 thousand", "twenty-seven", "two and a half", "1.5bn", "3.5m",
        "100K", "1.234,5", "3,5", "2½", "4-3/4", "1/2".

    Returns
    -------
    float or None
        None when ``text`` is not a number, and when its value is too large to be a
        finite float (a number of 400 digits): a figure never carries ``inf``.
        Commas between groups of three digits are thousands separators and a dot is a
        decimal point ("1,234.5"); a comma before one or two final digits is a decimal
        comma, and so is a comma after dot-separated thousands ("1.234,5" is 1234.5).

    Examples
    --------
    >>> parse_number("31.9 million"), parse_number("100 306"), parse_number("twenty-seven")
    (31900000.0, 100306.0, 27.0)
    >>> parse_number("1.5bn"), parse_number("100K"), parse_number("1.234,5")
    (1500000000.0, 100000.0, 1234.5)
    """
    for space in "\u00a0\u202f\u2009\u2007":
        text = text.replace(space, " ")
    if "’" in text or "'" in text:  # "247’300": an apostrophe between groups of three digits, as Switzerland writes
        text = re.sub(r"(?<=\d)['’](?=\d{3}(?!\d))", "", text)
    words = text.strip().lower().split()
    if not words:
        return None
    scale = 1.0
    while len(words) > 1 and words[-1] in _WORD_SCALE:  # "2.10 lakh crore": a lakh of crores, 10**12
        scale *= _WORD_SCALE[words.pop()]
    if len(words) > 2 and words[-3:-1] == ["and", "a"] and words[-1] == "half":
        words = words[:-3]
        scale_half = 0.5
    else:
        scale_half = 0.0
    joined = " ".join(words)
    suffix = _WRITTEN_SUFFIX.fullmatch(joined)
    if suffix:
        joined, scale = suffix[1], scale * _SUFFIX_SCALE[suffix[2]]
    value = _digits(joined)
    if value is None and len(words) == 1:
        word = words[0]
        tens, _, unit = word.partition("-")
        if word in UNITS:
            value = float(UNITS[word])
        elif tens in TENS and (not unit or unit in UNITS):
            value = float(TENS[tens] + UNITS.get(unit, 0))
    if value is None:
        return None
    value = (value + scale_half) * scale
    return value if math.isfinite(value) else None


def _blocked(text: str) -> list[tuple[int, int]]:
    """The spans of the look-alikes in ``text`` (what :data:`_LOOKALIKES` finds).

    A look-alike that cannot match anywhere in the text (no "@", no letter next to a
    digit) is left out of the pattern: the spans are the same, and most sentences then
    need no scan at all.
    """
    digit = _DIGIT.search(text) is not None
    here = []  # a plain loop: the same tests, in the same order, without a generator per part
    for _, digits, strings, need in _LOOKALIKE_PARTS:
        if digits and not digit:
            here.append(False)
            continue
        if strings:
            for x in strings:
                if x in text:
                    break
            else:
                here.append(False)
                continue
        here.append(need is None or need.search(text) is not None)
    present = tuple(here)
    if present not in _LOOKALIKES_OF:
        parts = [part for (part, *_), here in zip(_LOOKALIKE_PARTS, present) if here]
        _LOOKALIKES_OF[present] = regex("|".join(parts)) if parts else None
    pattern = _LOOKALIKES_OF[present]
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


# ---- builders: one match -> figures ----------------------------------------------------------


_WRITTEN_NUMBER = regex(
    r"(?P<grouped>\d{1,3}(?:[ \u00a0\u202f\u2009\u2007'’]\d{3})+)(?:[.,](?P<decimals>\d+))?(?!\d)"  # 517 300, 247’300
    r"|(?P<dot_comma>\d{1,3}(?:\.\d{3})+,\d+)"  # 1.234,5
    r"|(?P<decimal_comma>\d+,\d{1,2})(?!\d|[,.]\d)"  # 46,1: one or two digits after a comma are never a thousands group
    r"|(?P<plain>\d[\d,]*(?:\.\d+)?)"  # 1,234.5
)


def _as_written(m: re.Match) -> str:
    """A match of :data:`_WRITTEN_NUMBER` with its point as "." and no separators ("517 300" -> "517300",
    "46,1" -> "46.1", "1.234,5" -> "1234.5", "1,234.5" -> "1234.5")."""
    if m["grouped"]:
        return re.sub(r"\D", "", m["grouped"]) + ("." + m["decimals"] if m["decimals"] else "")
    if m["dot_comma"]:
        return m["dot_comma"].replace(".", "").replace(",", ".")
    if m["decimal_comma"]:
        return m["decimal_comma"].replace(",", ".")
    return m["plain"].replace(",", "")


def number_as_written(text: str) -> str | None:
    """The first number of ``text`` as its digits and point are written, without thousands commas, or None.

    Examples
    --------
    >>> number_as_written("£13,290 a year"), number_as_written("S$189.7 million"), number_as_written("a third")
    ('13290', '189.7', None)
    """
    number = _WRITTEN_NUMBER.search(text)
    return _as_written(number) if number else None


@lru_cache(maxsize=4096)
def written_precision(text: str) -> tuple[int, float] | None:
    """The first number in ``text`` as written: its significant digits and the place of its last one.

    A zero after the decimal point counts ("4.0%": 2 digits, to the tenth, as "4.1%" is); a
    whole number's trailing zeros do not ("490,000": 2 digits, to the ten thousand; "40": 1
    digit, to the ten). None when ``text`` has no digits ("a third").
    """
    number = _WRITTEN_NUMBER.search(text)
    if number is None:
        return None
    digits = _as_written(number)
    if "." in digits:
        whole, decimals = digits.split(".")
        return len((whole + decimals).lstrip("0")), 10.0 ** -len(decimals)
    zeros = len(digits) - len(digits.rstrip("0"))
    return len(digits.strip("0")) or 1, 10.0 ** min(zeros, len(digits) - 1)


# A statistics table's "YE" (year ending) just before "Jun 23": June 2023, not the 23rd of June.
_YEAR_ENDING = regex(r"\bYE\s+$")


def _date_text(year, month, day) -> str:
    return f"{year or '????'}-{month:02d}-{day:02d}" if day else f"{year or '????'}-{month:02d}"


def _size_unit(word: str) -> tuple[str, float]:
    if word in _MEGALITRE_SIGN:
        return SIZE_UNITS["megalitre"]
    key = word.lower()
    key = key[:-1] if key.endswith("s") and key[:-1] in SIZE_UNITS else key
    return SIZE_UNITS[key]


def _size(name: str, g: tuple, span: tuple[int, int]) -> list[tuple[int, int, dict]]:
    """A length or a volume ("83 microns", "a micron", "33-ounce", "between one and 1,000 nanometres",
    "billionths of a meter"): its value in the unit written, the unit's name, and both ends of a range."""
    if name == "size_part":  # "one hundredth of a millimetre"; "billionths of a meter" names only the size
        unit, _ = _size_unit(g[2])
        word = g[1].lower().rstrip("s")
        count = parse_number(g[0].strip()) if g[0] and g[0].strip().lower() not in ("a", "an") else 1.0
        if count is None:
            return []
        value = count * _PARTS[word]
        return [(*span, {"kind": SIZE_KINDS.get(unit, "length"), "value": value, "unit": unit})]
    if name == "size":
        number = 1.0 if g[0].lower() in ("a", "an") else parse_number(g[0])
        unit, _ = _size_unit(g[1])
        return (
            [] if number is None else [(*span, {"kind": SIZE_KINDS.get(unit, "length"), "value": number, "unit": unit})]
        )
    first, first_unit, last, last_unit = g[:4] if g[0] else g[4:8]
    low, high = parse_number(first), parse_number(last)
    unit, size = _size_unit(last_unit)
    if low is None or high is None:
        return []
    if first_unit:
        other, other_size = _size_unit(first_unit)
        if SIZE_KINDS.get(other, "length") != SIZE_KINDS.get(unit, "length"):
            return []
        low = low * other_size / size
    if high <= low:
        return []
    return [(*span, {"kind": SIZE_KINDS.get(unit, "length"), "value": high, "unit": unit, "low": low, "high": high})]


def _named_year(text: str, start: int) -> bool:
    """Is the year-like number at ``start`` part of a name, after a capitalised word ("PISA 2022 helps",
    "Census 2021 figures")? Then it is a year, whatever plural follows; not after a small word ("About 2022")."""
    before = _NAME_BEFORE_YEAR.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() not in STOP_WORDS


_NAME_BEFORE_YEAR = regex(r"(?<![\w'’-])([A-Z][A-Za-z]*)\s+\Z")


# "over" that spreads an amount across parts, not a limit: "3,492 kilometres over 21 stages", "spread over 11 acres"
# (not "4,000 patients waited over 18 weeks", which is more than 18 weeks: lengths of time are left alone)
_ACROSS = regex(r"(?:\b(?:spread|spanning|stretched|split|held)|\d[\d,.]*\s*(?:[A-Za-z]+\s+){1,2})\s*$")
_ACROSS_PARTS = regex(
    r"\s+(?:[a-z]+\s+)?(?:stages|legs|rounds|games|matches|sites|venues|acres|hectares|miles|kilometres|kilometers|km|floors"
    r"|sessions|instalments|installments)\b",
    re.IGNORECASE,
)
_BELOW_FREEZING = regex(r"\s+below\s+(?:zero|freezing)\b", re.IGNORECASE)
_BELOW_ZERO = regex(r"(?:\b[Mm]inus\s+|\u2212\s?)$")


def _build(name: str, m: re.Match) -> list[tuple[int, int, dict]]:
    """Figures (span, fields) for a match of the pattern ``name``; [] when it is not a figure."""
    g = m.groups()
    span = m.span()
    # The most common pattern first: the names are distinct, so the order of the tests changes nothing.
    if name == "number":
        text = g[0]
        if text.lower() in _NO_COUNT:
            return []
        value = parse_number(text)
        if value is None:  # digits too many for a float: a figure whose value cannot be read
            return [(*span, {"kind": "count", "value": None})] if text[:1].isdigit() else []
        after = m.string[m.end() : m.end() + 20]
        if _YEAR.fullmatch(text) and (not _PLURAL_AFTER.match(after) or _named_year(m.string, m.start())):
            part = _PART_OF_YEAR.search(m.string, max(0, m.start() - 8), m.start())
            # "since mid 2018": a part of the year, kept as the qualifier, so it never agrees with "December 2018"
            if part:
                return [
                    (
                        part.start(),
                        m.end(),
                        {"kind": "year", "value": value, "qualifier": part[1].lower(), "hedge": None},
                    )
                ]
            return [(*span, {"kind": "year", "value": value})]
        if not text[0].isdigit():
            nxt = _NEXT_WORD.match(after)
            if nxt and nxt.group(1).lower() in _NOT_COUNTED_AFTER_WORD:
                return []
        return [(*span, {"kind": "count", "value": value})]
    if name == "compound_count":
        if g[0].lower() in _NO_COUNT or g[1] in _NOT_A_COUNTED_HEAD or g[1] in UNITS:  # "Twenty-seven" is one number
            return []  # "one-off", "one-sided", "1,000-strong", "20-odd": a word of manner or size, not a thing counted
        value = parse_number(g[0])
        return [] if value is None else [(*span, {"kind": "count", "value": value, "noun": g[1]})]
    if name == "tally":
        first, second = (g[0], g[1]) if g[0] else (g[2], g[3])
        a, b = parse_number(first), parse_number(second)
        start = m.start(1) if g[0] else m.start(3)
        # one value for the pair, so that "5-4" equals "5–4" and "five to four" and differs from "6-3"
        return [(start, span[1], {"kind": "tally", "value": a + b / 1000})]
    if name == "iso_date":
        year, month, day = int(g[0]), int(g[1]), int(g[2])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return []
        return [(*span, {"kind": "date", "value": None, "date": f"{year:04d}-{month:02d}-{day:02d}"})]
    if name == "date_mdy":
        month, day, year = MONTHS[g[0].lower()], int(g[1]), g[2]
        if year is None and len(g[1]) == 2 and _YEAR_ENDING.search(m.string, 0, m.start()):
            return [(*span, {"kind": "date", "value": None, "date": _date_text(f"20{g[1]}", month, None)})]
        return [] if day > 31 else [(*span, {"kind": "date", "value": None, "date": _date_text(year, month, day)})]
    if name == "date_dmy":
        day, month, year = int(g[0]), MONTHS[g[1].lower()], g[2]
        return [] if day > 31 else [(*span, {"kind": "date", "value": None, "date": _date_text(year, month, day)})]
    if name == "date_my":
        return [(*span, {"kind": "date", "value": None, "date": _date_text(g[1], MONTHS[g[0].lower()], None)})]
    if name == "month_range":
        return [(*m.span(1), {"kind": "date", "value": None, "date": _date_text(g[1], MONTHS[g[0].lower()], None)})]
    if name in ("month", "month_lead"):
        group = next(i for i in range(1, len(g) + 1) if m[i])
        return [
            (*m.span(group), {"kind": "date", "value": None, "date": _date_text(None, MONTHS[m[group].lower()], None)})
        ]
    if (
        name == "half_year"
    ):  # "the second half of this year" -> "relative: second half of this year"; of 2024 -> "2024-H2"
        half = "H1" if g[0].lower() == "first" else "H2"
        if g[2]:
            return [(*span, {"kind": "date", "value": None, "date": f"{g[2]}-{half}"})]
        return [
            (*span, {"kind": "date", "value": None, "date": f"relative: {g[0].lower()} half of {g[1].lower()} year"})
        ]
    if name == "signed":
        value = parse_number(g[1])
        if value is None:
            return []
        # a minus is a fall ("(-3,200)": 3,200 lost); a plus adds nothing a plain number does not say
        sign = {} if g[0] == "+" else {"change": "down"}
        if g[2]:  # "-9.6 percent", "-9.6%", "+0.5 percentage points"
            unit = "percentage points" if "point" in g[2].lower() else "%"
            return [(*span, {"kind": "percent", "value": value, "unit": unit, **sign})]
        return [(*span, {"kind": "count", "value": value, **sign})]
    if (
        name == "quarter_year"
    ):  # "the first quarter of 2025" -> "2025-Q1"; "… of this year" -> "relative: q1 of this year"
        quarter = _QUARTERS[g[0].lower()]
        if g[2]:
            return [(*span, {"kind": "date", "value": None, "date": f"{g[2]}-Q{quarter}"})]
        return [(*span, {"kind": "date", "value": None, "date": f"relative: q{quarter} of {g[1].lower()} year"})]
    if (
        name == "first_months"
    ):  # "the first three months of 2025" -> "2025-Q1"; "the last six months of 2024" -> "2024-H2"
        first, quarter = g[0].lower() == "first", g[1].lower() in ("three", "3")
        if g[2]:
            part = ("Q1" if first else "Q4") if quarter else ("H1" if first else "H2")
            return [(*span, {"kind": "date", "value": None, "date": f"{g[2]}-{part}"})]
        part = ("q1 of" if first else "q4 of") if quarter else ("first half of" if first else "second half of")
        return [(*span, {"kind": "date", "value": None, "date": f"relative: {part} {g[3].lower()} year"})]
    if name == "quarter_alone":  # "the second quarter" -> "relative: q2"
        return [(*span, {"kind": "date", "value": None, "date": f"relative: q{_QUARTERS[g[0].lower()]}"})]
    if name == "quarter_month":  # "the December quarter 2024" -> "2024-Q4"
        quarter = _QUARTER_ENDING[g[0].lower()]
        return [(*span, {"kind": "date", "value": None, "date": f"{g[1]}-Q{quarter}"})]
    if name == "quarter_q":  # "Q1 2025", "2025 Q1"
        quarter, year = (g[0], g[1]) if g[0] else (g[3], g[2])
        return [(*span, {"kind": "date", "value": None, "date": f"{year}-Q{quarter}"})]
    if name == "time_before":  # "the year before" is the year before the one the sentence names (resolve_date)
        if g[1]:
            return [(*span, {"kind": "date", "value": None, "date": f"relative: the {g[1].lower()} before"})]
        return [(*span, {"kind": "date", "value": None, "date": f"relative: a {g[0].lower()} earlier"})]
    if name == "relative_date":
        return [(*span, {"kind": "date", "value": None, "date": "relative: " + " ".join(m.group().lower().split())})]
    if name == "window":
        return [(*span, {"kind": "period", "value": 1.0, "unit": g[1].lower() + "s"})]
    if name == "first_period":
        value = parse_number(g[0])
        unit = _time_unit(g[1])
        return [] if value is None else [(*span, {"kind": "period", "value": value, "unit": unit, "date": g[2]})]
    if name == "ordinal":
        return [(*span, {"kind": "rank", "value": float(g[0])})]
    if name == "age_band":
        group = 1 if m[1] else 2
        offset = m.start(group)
        bands = [(offset + b.start(), offset + b.end(), b[1], b[2]) for b in _BAND.finditer(m[group])]
        return [
            (start, end, {"kind": "age", "value": float(low), "unit": "years", "low": float(low), "high": float(high)})
            for start, end, low, high in bands
            if float(high) > float(low)
        ]
    if name == "age_span":
        low, high = float(g[1]), float(g[2])
        return [(*m.span(1), {"kind": "age", "value": low, "unit": "years", "low": low, "high": high})]
    if name == "weekday":
        return [(*span, {"kind": "date", "value": None, "date": g[0].lower()})]
    if name == "season":  # "relative: last summer": no date agrees with it (see resolve_date)
        return [(*span, {"kind": "date", "value": None, "date": "relative: " + " ".join(m.group().lower().split())})]
    if name == "a_decade":
        fields = {"kind": "period", "value": 1.0, "unit": "decades"}
        if not g[0].lower().startswith("a"):  # "over the next decade" is during it: "over" is no limit here
            fields.update(qualifier=None, hedge=None)
        return [(*span, fields)]
    if name == "after_a_period":
        return [(*span, {"kind": "period", "value": 1.0, "unit": g[1].lower() + "s"})]
    if name == "relative_day":
        return [(*span, {"kind": "date", "value": None, "date": "relative: " + " ".join(g[0].lower().split())})]
    if name in ("size", "size_range", "size_part"):
        return _size(name, g, span)
    if name == "concentration":
        value = parse_number(g[0])
        unit = CONCENTRATION_UNITS[
            " ".join(g[1].lower().replace("part ", "parts ").replace("gram ", "grams ").split())
        ][0]
        return [] if value is None else [(*span, {"kind": "concentration", "value": value, "unit": unit})]
    if name == "multiple":
        written = re.sub(r"[\s-]and[\s-]a[\s-]half", " and a half", (g[0] or g[1]).lower())  # "two-and-a-half"
        ends = re.split(r"\s*(?:\bto\b|(?<!and a half)-|–)\s*", written.removesuffix("times").strip())
        values = [_MULTIPLE_WORDS.get(w.split()[0]) or parse_number(w) if w.split() else None for w in ends]
        if None in values:
            return []
        if len(values) == 2:  # "10 to 100 times": one figure, its two ends
            low, high = values
            if high <= low:
                return []
            return [(*span, {"kind": "multiple", "value": high, "unit": "times", "low": low, "high": high})]
        return [(*span, {"kind": "multiple", "value": values[0], "unit": "times"})]
    if name == "part_scale":  # "a quarter million", "half a million"
        part = 0.25 if "quarter" in g[0].lower() else 0.5
        return [(*span, {"kind": "count", "value": part * SCALES[g[1].lower()]})]
    if name == "a_scale":
        return [(*span, {"kind": "count", "value": float(SCALES[g[1].lower()])})]
    if name == "time":
        if g[0] is not None:
            hour, minute, suffix = int(g[0]), int(g[1] or 0), g[2].lower().replace(".", "")
            if hour > 12 or minute > 59:
                return []
            hour = hour % 12 + (12 if suffix == "pm" else 0)
        else:
            hour, minute = int(g[3]), int(g[4])
            if hour > 23 or minute > 59:
                return []
        return [(*span, {"kind": "time", "value": float(hour * 60 + minute)})]
    if name == "age_range":
        low, high = parse_number(m[1]), parse_number(m[2])
        joiner = m.string[m.end(1) : m.start(2)].strip().lower()
        between = "between" in m.string[m.start() : m.start(1)].lower()  # "aged between 35 and 54": a group too
        group = joiner != "and" or between
        if group and low is not None and high is not None and low == int(low) and high == int(high) > low:
            # "ages 15 to 19", "aged 20-24": one age group, as "aged 15–19" is, not the ages 15 and 19
            return [(m.start(1), m.end(2), {"kind": "age", "value": low, "unit": "years", "low": low, "high": high})]
        return [
            (*m.span(i), {"kind": "age", "value": parse_number(m[i])}) for i in (1, 2) if parse_number(m[i]) is not None
        ]
    if name == "age":
        value = parse_number(g[0] or g[1])
        hedge = re.match(r"(?i)as\s+(young|old)\s+as", m.group())
        fields = {"kind": "age", "value": value, "unit": "years"}
        if hedge:
            word = f"as {hedge.group(1).lower()} as"
            fields.update(qualifier=word, hedge=QUALIFIERS[word])
        return [] if value is None else [(*span, fields)]
    if name == "fiscal_year":
        year = int(g[0]) if len(g[0]) == 4 else 2000 + int(g[0])
        return [(*span, {"kind": "year", "value": float(year)})]
    if name == "year_range":
        first, last = int(g[0]), int(g[1])
        if last <= first:
            return []
        return [(*span, {"kind": "date", "value": None, "date": f"{first}/{last}"})]
    if name == "split_year":
        first, last = int(g[0]), int(g[1] or g[2])
        if last == first + 1 or last == (first + 1) % 100:
            return [(*span, {"kind": "date", "value": None, "date": f"{first}/{first + 1}"})]
        if g[1] and "/" not in m.group():  # "2020-22", "2012-14": a run of years, as "2020-2022" is
            end = first // 100 * 100 + last  # in the same century only: "1998-03" may be March 1998
            if first < end <= first + 20:
                return [(*span, {"kind": "date", "value": None, "date": f"{first}/{end}"})]
        return []
    if name == "point_part":
        value = 0.5 if "half" in g[0].lower() else 0.25
        return [(*span, {"kind": "percent", "value": value, "unit": "percentage points"})]
    if name in ("degree_part", "temperature"):
        if name == "degree_part":
            word = g[0].lower().replace("-", " ")
            value = {"one third": 1 / 3, "a third": 1 / 3, "half": 0.5, "a quarter": 0.25, "two thirds": 2 / 3}[word]
            letter = g[1]
        else:
            value = parse_number(g[0])
            letter = g[1] or g[2] or g[3]
            if g[3] and value is not None and _MONEY_WORDS.search(m.string) and not _HEAT_WORDS.search(m.string):
                # "fell 48% to 320c a share", "a dividend of 80c": a bare "c" among money words is cents, not degrees
                return [(*span, {"kind": "money", "value": value / 100, "unit": "$"})]
        if value is None:
            return []
        unit = "°F" if letter and letter[0] in "Ff" else ("°C" if letter else None)
        # "minus 15.2C", "−8C", " -0.9°C": below zero (a hyphen after a digit is left alone: "10-15C" is a range)
        if name == "temperature" and m.string.startswith("-", span[0]):
            return [(*span, {"kind": "temperature", "value": -value, "unit": unit})]
        sign = _BELOW_ZERO.search(m.string[max(0, span[0] - 8) : span[0]]) if name == "temperature" else None
        if sign and value:
            return [(span[0] - len(sign.group(0)), span[1], {"kind": "temperature", "value": -value, "unit": unit})]
        below = _BELOW_FREEZING.match(m.string, span[1]) if name == "temperature" else None
        if below and value:  # "8C below zero", "10 degrees below freezing"
            return [(span[0], below.end(), {"kind": "temperature", "value": -value, "unit": unit})]
        return [(*span, {"kind": "temperature", "value": value, "unit": unit})]
    if name == "first_time":
        return [(*span, {"kind": "rank", "value": 1.0})]
    if name in ("cents", "pence"):  # a hundredth of the currency: a pound's pence, a rand's or else a dollar's cents
        value = parse_number(g[0])
        unit = "GBP" if name == "pence" else "ZAR" if _RAND_CENTS.match(m.string, m.end(1)) else "$"
        return [] if value is None else [(*span, {"kind": "money", "value": value / 100, "unit": unit})]
    if name == "money":
        if g[0]:
            value = parse_number(g[1] + (" " + g[2].replace("-", " ") if g[2] else ""))  # "Rs 1-lakh-crore"
            unit = (
                CURRENCY_SIGNS.get(g[0])
                or ("INR" if g[0].startswith("Rs") else None)  # "Rs 43,846 crore", "Rs. 5 crore": rupees
                or ("MYR" if g[0] == "RM" else None)  # "RM109,500": Malaysian ringgit
                or ("KES" if g[0].startswith(("KSh", "Sh")) else None)  # "KSh 485 billion", "Sh45 million": shillings
                or ("ZAR" if g[0] == "R" else None)  # "R35.2bn", "R17.21": rand (only with a scale, thousands or cents)
                # "N412.6bn", "N10.78": naira (only with a scale, thousands or kobo)
                or ("NGN" if g[0] == "N" else None)
                or ("COP" if g[0] == "COP" else None)  # "COP 2,850,000": a code read only before an amount, not "COP28"
                or (_CODE_ALIASES.get(g[0], g[0]) if g[0] in CURRENCY_CODES else DOLLAR_PREFIXES[g[0][:-1].lower()])
            )
        else:
            # "a 1.2 billion euro fine": the singular before the thing it pays for ("pound" is also a weight)
            value, unit = (
                parse_number(g[3]),
                MONEY_WORDS.get(g[4].lower())
                or {"dollar": "$", "euro": "EUR", "pound": "GBP", "rupee": "INR"}[g[4].lower().rstrip("s")],
            )
        return [] if value is None else [(*span, {"kind": "money", "value": value, "unit": unit})]
    if name == "percent":
        value = parse_number(g[0])
        unit = "percentage points" if g[1].lower().startswith(("percentage", "of a", "b", "pp")) else "%"  # "0.2pp"
        if value is not None and g[1].lower().startswith("b"):
            value = value / 100  # basis points: hundredths of a percentage point
        return [] if value is None else [(*span, {"kind": "percent", "value": value, "unit": unit})]
    if name == "ratio_in":
        top = 1.0 if g[0].lower() in ("one", "a") else parse_number(g[0])
        bottom = parse_number(g[1])
        if not top or not bottom or top >= bottom or re.fullmatch(r"(?:19|20)\d\d", g[1]):
            return []  # "three in ten" is a share; "three in 2023" and "five in three" are not
        return [(*span, {"kind": "ratio", "value": top / bottom})]
    if name == "ratio_every":
        top = parse_number(g[0])
        bottom = {"hundred": 100.0, "thousand": 1000.0}.get(g[1].lower()) or parse_number(g[1])
        return [] if not top or not bottom or top > bottom else [(*span, {"kind": "ratio", "value": top / bottom})]
    if name == "ratio_of":
        top, bottom = parse_number(g[0]), parse_number(g[1])
        return [] if not top or not bottom or top > bottom else [(*span, {"kind": "ratio", "value": top / bottom})]
    if name == "fraction":
        top = 1 if g[0].lower() in ("a", "one") else UNITS[g[0].lower()]
        return [(*span, {"kind": "ratio", "value": top / FRACTIONS[g[1].lower()]})]
    if name == "half":
        group = 1 if g[0] else 2
        before = m.string[: m.start()].lower()
        change = "down" if re.search(r"\b(cut|halved|fell|dropped|reduced|down)\b[^.]{0,12}$", before) else None
        start = m.start(group) - 3 if g[0] and before.endswith("in ") else m.start(group)
        start = m.start(group) - 3 if g[0] and before.endswith("by ") else start
        return [(start, m.end(group), {"kind": "ratio", "value": 0.5, "change": change})]
    if name == "period_article":
        if g[5]:
            minutes = 30 if g[5].lower().startswith("half") else 60
            return [(*span, {"kind": "period", "value": minutes / 60, "unit": "hours"})]
        if g[4]:
            return [(*span, {"kind": "period", "value": 1.5, "unit": _time_unit(g[4])})]
        unit = _time_unit(g[2])
        return [(*span, {"kind": "period", "value": 1.0, "unit": unit})]
    if name == "period":
        unit = _time_unit(g[1])
        word = g[0].lower()
        if word in ("a few", "several", "a couple of"):
            low, high, rep = VAGUE[word]
            return [(*span, {"kind": "period", "value": float(rep), "unit": unit, "low": low, "high": high})]
        value = parse_number(g[0])
        return [] if value is None else [(*span, {"kind": "period", "value": value, "unit": unit})]
    if name == "rank":
        if g[0] or g[1]:
            return [(*span, {"kind": "rank", "value": float(g[0] or g[1])})]
        if g[2]:
            return [(*m.span(2 + 1), {"kind": "rank", "value": float(ORDINALS[g[2].lower()])})]
        return [(*span, {"kind": "rank", "value": 1.0})]
    if name == "digits_word":
        digits = {"double": 2, "triple": 3}.get(g[0].lower()) or UNITS.get(g[0].lower(), 10)
        low, high = 10.0 ** (digits - 1), 10.0**digits - 1
        after = m.string[m.end() : m.end() + 30].lower()
        money = re.match(
            r"\s+(?:\w+\s+)?(?:salary|salaries|sum|sums|deal|fee|fees|pay|payout|bonus|price|income|fine|settlement)\b",
            after,
        )
        return [(*span, {"kind": "money" if money else "count", "value": low, "low": low, "high": high})]
    if name == "vague":
        if g[1]:
            key = f"{g[1].lower()} of {g[2].lower()}"
            if g[0] and g[0].strip().lower() == "high" and key == "hundreds of thousands":
                key = "high " + key
            low, high, rep = VAGUE.get(key, VAGUE.get(key.replace("high ", ""), (None, None, None)))
            if low is None:
                return []
            return [(*span, {"value": float(rep), "low": low, "high": high, **_vague_kind(m)})]
        key = g[3].lower()
        low, high, rep = VAGUE[key]
        if g[4] and key in _SCALED_VAGUE:  # "a few thousand particles": between 2,000 and 5,000
            times = _SCALES[g[4].lower()]
            low, high, rep = low * times, high * times, rep * times
        elif g[4]:
            span = m.span(4)  # "a dozen million" is no vague amount of millions: the vague word alone
        return [(*span, {"value": float(rep), "low": low, "high": high, **_vague_kind(m)})]
    raise ValueError(name)


# ---- context: hedges and nouns ---------------------------------------------------------------


_MOVED = regex(
    r"(?i:\b(?:ticks?|ticked|edge[sd]?|inch(?:es|ed)?|moved?|went|goes|climb(?:s|ed)?|jump(?:s|ed)?|rose|rises?|risen"
    r"|shot|crept|creeps?|bump(?:s|ed)?|soar(?:s|ed)?|spike[sd]?|surge[sd]?|grew|grows?|picked|picks?)\s+)$"
)


# "revised its figure for 2022 up to 745,000": "up" goes with the verb of revising, however far before, in its own
# clause: not across "and" ("raise its dividend by 6 yen to 48 yen and buy back up to 20 billion yen": a ceiling)
_REVISED = regex(
    r"(?i:\b(?:revis(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|pushed|marked|bumped)\b(?:(?!\band\b)[^.;:!?,])*$)"
)


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The hedge just before ``start`` and where it begins (``start`` when there is none).

    "up to" after a verb of movement ("ticked up to 4.1%") says where a figure went, not
    that it is a ceiling, so it is no hedge there.
    """
    if start and text[start - 1] in "~≈" and not text[max(0, start - 2) : start - 1].isdigit():
        return text[start - 1], start - 1  # "~10k", "≈ 3%" is below: a sign of its own, with no space after it
    window = text[max(0, start - 30) : start]
    if not _may_end_in_hedge(window):
        hedged = _HEDGE_AN.search(window) if window.endswith((" a ", " an ")) else None
        if hedged and text[start : start + 1].isdigit():  # "about a 30% higher chance": the article between
            return hedged.group(1).lower(), start - len(window) + hedged.start(1)
        return None, start
    m = _QUALIFIER.search(window)
    if not m:
        return None, start
    word = m.group(1).lower()
    at = start - len(window) + m.start(1)
    if word == "up to" and (_MOVED.search(text[max(0, at - 30) : at]) or _REVISED.search(text[max(0, at - 90) : at])):
        return None, start
    if word in _COMPARATIVES and _AMOUNT_BEFORE.search(text[max(0, at - 30) : at]):
        return None, start  # "18% fewer than five years earlier", "£120 more than a year ago": the amount compared
    if word == "over" and _HANDED.search(text[max(0, at - 20) : at]):
        return None, start  # "hand over £1,276 a month": a verb's "over", not "more than"
    return word, start - len(window) + m.start(1)


# A rough hedge, then "a" or "an", then the number: "about a 30% higher chance", "roughly an 8% rise".
_HEDGE_AN = regex(r"\b(about|around|roughly|approximately|nearly|almost)\s+an?\s+$", re.IGNORECASE)
# A hedge that is a comparison ("18% fewer than five years earlier"): after an amount, it compares that amount.
_COMPARATIVES = frozenset(
    "more than|less than|fewer than|greater than|higher than|lower than|longer than|shorter than".split("|")
)
_AMOUNT_BEFORE = regex(r"\d(?:\s*(?:%|per\s*cent|percent|pc|points?|[kmb]n?|million|billion))?\s+$", re.IGNORECASE)
# Verbs whose "over" is part of the verb: "hand over", "handed over", "signed over", "turned over" ("paid over £2,500" is more than it).
_HANDED = regex(
    r"\b(?:hand|hands|handed|handing|sign|signs|signed|turn|turns|turned|fork|forks|forked)\s+$", re.IGNORECASE
)


# The last word of every hedge: a hedge ends a window only if the window's last word is one of them.
_HEDGE_ENDS = frozenset(q.rsplit(maxsplit=1)[-1] for q in QUALIFIERS)


def _may_end_in_hedge(window: str) -> bool:
    """Could :data:`_QUALIFIER` match at the end of ``window``? False only when it cannot.

    A hedge is followed by spaces or commas to the end of the window, and its last word
    starts after a space or a word boundary; so that word is the run of letters just before
    those spaces and commas, and must be the last word of a hedge. Most figures follow a
    verb or a noun ("could cost 251,218"), and the search over the window is skipped. A word
    with other than ASCII letters is left to the search (ignoring case, "ſome" is "some").
    """
    body = window
    while True:  # strip the spaces and commas after the last word, in any order
        trimmed = body.rstrip().rstrip(",")
        if trimmed == body:
            break
        body = trimmed
    if len(body) == len(window):
        return False  # the hedge must be followed by a space or a comma
    start = len(body)
    while start and body[start - 1].isalpha():
        start -= 1
    word = body[start:]
    return not word.isascii() or word.lower() in _HEDGE_ENDS


def _noun_after(text: str, end: int, plural: bool = True) -> str | None:
    """The counted noun after a figure: "405 sellers", "22,000 unique followers", "112 of those accounts"."""
    rest = text[end : end + 80]
    rest = _NOUN_LEAD.sub(" ", rest)
    words = _NOUN_WORD.findall(rest)
    taken = []
    for word in words[:4]:
        lower = word.lower()
        if not word[0].isalpha() or lower in _NOUN_STOP or lower.endswith("ly") or lower in MONTHS:
            break
        if taken and lower.endswith(("ed", "ing")):
            break
        if taken and lower in _SAYS_AFTER and _plural(taken[-1]):
            break  # "a survey of 3,450 young people says ...": the people are counted, "says" is their verb
        # a name or a people keeps its capitals ("a million Americans"); a headline's words do not
        kept = word if word[:1].isupper() and not word.isupper() and not headline_cased(text) else lower
        taken.append(kept.strip("'’"))
    if not plural:
        return taken[0] if taken else None
    plurals = [w for w in taken if _plural(w)]
    return plurals[-1] if plurals else None


# Verbs of saying or showing that end like a plural noun: after a plural, the verb of the clause.
_SAYS_AFTER = frozenset({"says", "shows", "suggests", "reveals", "warns", "indicates", "finds"})


def _plural(word: str) -> bool:
    word = word.lower()
    return (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word in PLURALS


@lru_cache(maxsize=1024)  # asked for every capitalised word after a figure: once per sentence is enough
def headline_cased(text: str) -> bool:
    """Are nearly all the words of ``text`` capitalised, as in a headline ("Inflation Hits Four-Decade High")?

    More than three words in four: "The Bank of England held Bank Rate at 5.25%" (five of
    eight) is a sentence with names in it, not a headline.
    """
    letters = [w for w in text.split() if w[:1].isalpha()]
    return len(letters) >= 4 and sum(w[:1].isupper() for w in letters) > 0.75 * len(letters)


def _noun_in_sentence(text: str, start: int) -> str | None:
    """A counted noun named earlier in the sentence: "the number of accounts ... is in the high hundreds"."""
    found = re.findall(r"\b(?:number|share|total|amount|count)\s+of\s+([a-z]+)", text[:start], re.IGNORECASE)
    return found[-1].lower() if found else None


# What a text must hold for a pattern to have any chance, found in one pass per text: most
# sentences have no month, no money, no temperature, and a pattern that cannot match is
# not run (the result is the same; tests/test_numbers.py checks it).
_DIGIT = regex(r"\d")
_DEGREE_LETTER = regex(r"\d\s?[cf]\b")
_FEATURE_TOKEN = regex(rf"[a-zł]+|[{_SIGNS}¢%°#-]")
_FEATURE_WORDS = {
    "monthname": [m.rstrip(".").lower() for m in MONTHS] + ["sept"],
    "weekday": list(WEEKDAYS),
    "age": ["age", "aged", "ages", "old", "olds", "young"],
    "fiscal": ["fy"],
    "degree": ["°", "degree", "degrees"],
    "cent": ["cent", "cents"],
    "pence": ["pence"],
    "money": [*(sign for sign in CURRENCY_SIGNS if len(sign) == 1), "¢", "rs", "ksh", "cop", *MONEY_WORDS, "naira", "rupee", "rupees", "dollar", "dollars", "euro", "euros", "pound", "pounds",
              *(c.lower() for c in CURRENCY_CODES)],
    "percent": ["%", "percent", "cent", "percentage", "procent", "prozent", "basis", "bp", "bps", "pc", "pp"],
    "unit": ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
             "min", "mins", "hr", "hrs", "sec", "secs", "yr", "yrs",
             "months", "year", "years", "decade", "decades", "quarter"],
    "vague": ["single", "couple", "few", "handful", "several", "dozen", "dozens", "scores", "hundreds", "thousands",
              "millions", "billions"],
    "fraction": ["half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"],
    "outof": ["out"],
    "every": ["every"],
    "ordinal": ["#", "no", "first", "second", "third", "fourth", "fifth", "top", "number"],
    "digitword": ["figure", "figures", "digit", "digits"],
    "whole": ["whole", "extra", "full", "additional", "single", "hour"],
    "inword": ["in"],
    "hyphen": ["-"],
    "relday": ["yesterday", "night"],
    "season": ["spring", "summer", "autumn", "winter", "fall"],
    "times": ["times", *_MULTIPLE_WORDS],
    "scaleword": ["hundred", "thousand", "million", "billion"],
    "size": [*(u + e for u in SIZE_UNITS for e in ("", "s", "es")), "ml"],  # "ml": "380 Ml/d" (see _MEGALITRE_SIGN)
    "concentration": ["part", "parts", "ppm", "ppb", "nanogram", "nanograms", "ng"],
    "vote": ["vote", "votes", "voted", "voting", "majority", "split", "ruling", "decision", "verdict"],
}  # fmt: skip
# Features that are shapes of characters rather than words: a digit before a dash, a clock
# time, an ordinal suffix, an age span.
_FEATURE_SHAPES: dict[str, re.Pattern] = {
    "dash": regex(r"\d\s?[-–]"),
    "splityear": regex(r"\d\s?[-–/]\s?\d"),
    "clock": regex(rf"\d:\d|\d{_SPACE}?[apAP]\.?[mM]"),
    "ordsuffix": regex(r"\d(?:st|nd|rd|th)"),
    "agespan": regex(r"\d-?[- ]to[- ]\d|\d[-–]\d{1,3}[- ]year|\d-\s+(?:and|or)\s+\d"),
    # "R35.2bn" (rand), "N412.6bn" (naira), "Sh45 million" (shillings)
    "currencyletter": regex(r"(?<![A-Za-z])(?:R|N|RM\s?|Shs?\.?\s?)\d"),
    "pence": regex(r"\dp\b"),
    "quarterq": regex(r"\bQ[1-4]\b|\dQ[1-4]\b"),
    "sign": regex(r"[\s(][-−+]\d"),
    "centletter": regex(r"\dc\s+(?:of|a|per)\b"),
}
# A shape that cannot be there without one of these strings is not searched for: a plain
# `in` test costs far less than a scan, and most sentences have no dash, slash nor "R" (nor "N").
_SHAPE_NEEDS: dict[str, tuple[str, ...]] = {
    "dash": ("-", "–"),
    "splityear": ("-", "–", "/"),
    "agespan": ("to", "-", "–"),
    "currencyletter": ("R", "N", "Sh"),
    "quarterq": ("Q",),
    "sign": ("-", "−", "+"),
}
# "in" (or "-in-") just before the start of a number: without it no ratio ("one in five", "1-in-4") can match,
# and nearly every sentence has the word "in", so the word alone would keep that costly pattern for all of them.
_IN_A_NUMBER = regex(rf"(?i:\sin\s+(?:every\s+)?|-in-)(?:[\d{_VULGAR}]|(?i:{_TEN_WORD}|{_UNIT_WORD}))")
_FEATURE_OF: dict[str, set[str]] = {}
for _feature, _words in _FEATURE_WORDS.items():
    for _word in _words:
        _FEATURE_OF.setdefault(_word, set()).add(_feature)
_NEEDS: dict[str, tuple[str, ...]] = {
    "iso_date": ("dash",), "date_mdy": ("monthname",), "date_dmy": ("monthname",), "date_my": ("monthname",),
    "month": ("monthname",), "month_range": ("monthname",), "month_lead": ("monthname",), "window": ("unit",), "relative_date": ("unit",), "time_before": ("unit",), "half_year": ("fraction",), "quarter_year": ("fraction",), "quarter_alone": ("fraction",), "quarter_month": ("fraction",), "quarter_q": ("quarterq",), "first_months": ("unit",),
    "weekday": ("weekday",), "time": ("clock",), "age_band": ("age",), "age_range": ("age",), "age": ("age",),
    "fiscal_year": ("fiscal",), "year_range": ("dash",), "split_year": ("splityear",), "point_part": ("fraction",), "degree_part": ("degree",), "temperature": ("degree",),
    "first_time": ("ordinal",), "cents": ("cent", "centletter"), "pence": ("pence",), "money": ("money", "currencyletter"),
    "percent": ("percent",), "ratio_in": ("inword",), "ratio_of": ("outof",), "ratio_every": ("every",), "signed": ("sign",),
    "fraction": ("fraction",), "half": ("fraction",), "period_article": ("whole", "unit"), "first_period": ("ordinal",),
    "ordinal": ("ordsuffix",), "age_span": ("agespan",), "rank": ("ordinal",), "digits_word": ("digitword",),
    "period": ("unit",), "vague": ("vague",), "relative_day": ("relday",), "multiple": ("times",),
    "season": ("season",), "after_a_period": ("unit",), "a_decade": ("unit",),
    "a_scale": ("scaleword",),
    "part_scale": ("scaleword",),
    "size": ("size",), "size_range": ("size",), "size_part": ("size",), "tally": ("vote",), "compound_count": ("hyphen",),
    "concentration": ("concentration",),
}  # fmt: skip


def _possible(text: str) -> tuple[tuple[str, _LazyPattern], ...]:
    """The patterns of :data:`_PATTERNS` that can match somewhere in ``text`` (see :data:`_NEEDS`), in their order.

    Read from the lower-cased words of the text, so it may keep a pattern that then finds
    nothing ("may" the verb keeps the month patterns); it never drops one that would match.
    Few sets of features occur: the patterns of each are worked out once, so a text meets
    only its possible patterns instead of asking of every pattern whether it is one.
    """
    lower = text.lower()
    present: set[str] = set()
    for word in _FEATURE_OF.keys() & _FEATURE_TOKEN.findall(lower):  # only the words that name a feature
        present |= _FEATURE_OF[word]
    if "inword" in present and not _IN_A_NUMBER.search(text):
        present.discard("inword")
    if _DIGIT.search(text):
        present.add("digit")
        if _DEGREE_LETTER.search(lower):
            present.add("degree")
        for name, shape in _FEATURE_SHAPES.items():
            needs = _SHAPE_NEEDS.get(name, ())
            if needs:  # a plain loop, as in _blocked: no generator per shape
                for x in needs:
                    if x in text:
                        break
                else:
                    continue
            if shape.search(text):
                present.add(name)
    key = frozenset(present)
    found = _POSSIBLE_WITH.get(key)
    if found is None:
        found = _POSSIBLE_WITH[key] = tuple(
            (name, pattern) for name, pattern in _PATTERNS if name not in _NEEDS or not key.isdisjoint(_NEEDS[name])
        )
    return found


_POSSIBLE_WITH: dict[frozenset[str], tuple[tuple[str, _LazyPattern], ...]] = {}


_OF_MONEY = regex(r"\s+of\s+(pounds|dollars|euros)\b(?!\s+of\b)", re.IGNORECASE)
CURRENCY_WORDS = {"pounds": "GBP", "dollars": "$", "euros": "EUR"}


def _vague_kind(m: re.Match) -> dict:
    """A rough amount of money ("tens of millions of pounds") is money; any other rough amount a count.

    "Millions of pounds of plastic" is a weight, not money: a currency word followed by "of"
    does not count.
    """
    money = _OF_MONEY.match(m.string, m.end())
    return {"kind": "money", "unit": CURRENCY_WORDS[money.group(1).lower()]} if money else {"kind": "count"}


def _without_price_units(text: str, found: list) -> list:
    """``found`` without "a litre", "an ounce" right after an amount of money ("135p a litre", "$2,000 an
    ounce"): what the price is for, not a figure of its own. "an ounce of butter" alone stays one."""
    kept = []
    for start, end, fields in found:
        if (
            kept
            and fields["kind"] in ("volume", "length")
            and text[start:end].lower().startswith(("a ", "an "))
            and kept[-1][2]["kind"] == "money"
            and not text[kept[-1][1] : start].strip()
        ):
            continue
        kept.append((start, end, fields))
    return kept


# A length told in two units, the larger first: "6 minutes 20 seconds", "2 hours and 15 minutes", "3 years and 4
# months": (larger unit, smaller unit) -> how many of the smaller make one of the larger
_COMPOUND_PERIODS = {
    ("hours", "minutes"): 60, ("minutes", "seconds"): 60, ("years", "months"): 12, ("weeks", "days"): 7,
    ("days", "hours"): 24,
}  # fmt: skip
_COMPOUND_JOIN = regex(r"\s*,?\s+(?:and\s+)?")


def _compound_periods(text: str, found: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """``found`` with a length told in two units made one figure in the larger ("6 minutes 20 seconds" is 6.33 minutes).

    Read as two, "6 minutes" alone met the release's "6 minutes" target and was called a match, where the outlet gave
    6 minutes 20 seconds (review 19). Only two lengths side by side, the second in the next smaller unit, whole
    numbers with no range.
    """
    out: list[tuple[int, int, dict]] = []
    for item in found:
        if out:
            start, end, first = out[-1]
            s2, e2, second = item
            factor = _COMPOUND_PERIODS.get((first.get("unit"), second.get("unit")))
            if (
                factor
                and first["kind"] == second["kind"] == "period"
                and first.get("value") is not None
                and second.get("value") is not None
                and "low" not in first
                and "low" not in second
                and 0 < second["value"] < factor
                and _COMPOUND_JOIN.fullmatch(text, end, s2)
            ):
                out[-1] = (start, e2, {**first, "value": first["value"] + second["value"] / factor})
                continue
        out.append(item)
    return out


# A text that writes its decimals with a comma ("3,8 percent", "8,0%", "€1 187,4 million") and never groups
# thousands with one ("4,213") writes "161.300" for 161,300, as Dutch, German, Polish or Portuguese statistics do.
_DECIMAL_COMMA_USED = regex(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f\u2009.]\d{3})*,\d{1,2}(?![\d,.]\d|\d)")
_COMMA_THOUSANDS = regex(r"(?<![\d,.])\d{1,3},\d{3}(?![\d])")
_ONE_DOT_GROUP = regex(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,]|,\d)")


def writes_thousands_with_a_dot(texts) -> bool:
    """Does a document (its sentences, ``texts``) write decimals with a comma, at least twice, and thousands never
    with one? Then a number with one dot and three digits after it ("161.300") is a whole number of thousands."""
    decimals = 0
    for text in texts:
        if _COMMA_THOUSANDS.search(text):
            return False
        decimals += len(_DECIMAL_COMMA_USED.findall(text))
    return decimals >= 2


def with_dot_thousands(figure: Figure) -> Figure:
    """``figure`` read with its one dot as a thousands separator ("161.300" is 161,300), in a document that writes
    them so (:func:`writes_thousands_with_a_dot`); unchanged when its number has no such dot."""
    if figure.value is None or figure.kind not in ("count", "money") or not _ONE_DOT_GROUP.search(figure.text):
        return figure
    return replace(
        figure,
        value=figure.value * 1000,
        low=None if figure.low is None else figure.low * 1000,
        high=None if figure.high is None else figure.high * 1000,
    )


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, left to right.

    Parameters
    ----------
    text : str
        A sentence or a passage; offsets in the result are into this string.

    Returns
    -------
    list of Figure
        Empty for an empty text or one with no figure. Spans never overlap; a range
        ("from 41% to 23%", "between 2019 and 2023") gives one figure per end, but a range
        of multiples ("10 to 100 times") and an age group ("aged 13 to 17", "aged 15–19",
        "10- to 14-year-olds") are one figure with ``low`` and ``high``. A hedge just before a figure becomes part of its text and its ``qualifier``.

    Notes
    -----
    A counted noun that does not follow the figure is taken from earlier in the sentence:
    "the number of accounts ... is in the high hundreds of thousands" counts accounts,
    "if not millions" counts what the figure before it counts, "some 5 million from
    Instagram" counts what "85% of the child pornography reports" counts.
    """
    if not text:
        return []
    taken = _blocked(text)
    blocked = list(taken)
    found: list[tuple[int, int, dict]] = []
    for name, pattern in _possible(text):
        for m in pattern.finditer(text):
            for start, end, fields in _build(name, m):
                if _overlaps((start, end), taken):
                    continue
                taken.append((start, end))
                found.append((start, end, fields))
    found.sort(key=lambda item: item[0])
    _share_range_units(text, found)
    _share_money_units(text, found)
    found = _without_price_units(text, found)
    found = _compound_periods(text, found)
    figures: list[Figure] = []
    for start, end, fields in found:
        qualifier, q_start = _qualifier(text, start)
        if qualifier and _overlaps((q_start, start), [(s, e) for s, e, _ in found if e <= start]):
            qualifier, q_start = None, start
        if qualifier and _overlaps((q_start, start), blocked):
            qualifier, q_start = None, start
        hedge = QUALIFIERS.get(qualifier) if qualifier else None
        if (
            qualifier == "over"
            and _ACROSS.search(text[max(0, q_start - 40) : q_start])
            and _ACROSS_PARTS.match(text, end)
        ):
            qualifier, hedge, q_start = None, None, start  # "3,492 kilometres over 21 stages": across them, not more
        if fields["kind"] == "date" and hedge not in (None, "min", "max"):
            qualifier, hedge, q_start = None, None, start
        change = fields.pop("change", None)
        if change is None and fields["kind"] in ("percent", "money"):
            direction = _UP_DOWN.search(text[max(0, q_start - 40) : q_start])
            if direction and _MAKES_UP.search(text[max(0, q_start - 30) : q_start - len(direction.group(0))]):
                direction = None  # "made up 31 percent of purchases": a part of a whole, not a rise
            if direction:
                change = "up" if direction.group(1).lower() in _RISE_WORDS else "down"
        if fields["kind"] == "temperature" and change is None:
            around = text[end : end + 40].lower()
            if re.match(r"\s*(?:\)\s*)?(?:warmer|hotter|higher|above|more than|over|up|rise|increase)\b", around):
                change = "up"
            elif re.match(r"\s*(?:cooler|colder|lower|below|less than|down|drop|fall)\b", around):
                change = "down"
            elif re.search(
                r"\b(?:rose|risen|rise|warmed|increased|up)\s+(?:by\s+|to\s+)?$",
                text[max(0, q_start - 25) : q_start].lower(),
            ):
                change = "up"
        if fields["kind"] == "percent" and change is None and re.match(r"\s+(fewer|less|lower|smaller)\b", text[end:]):
            change = "down"
        if (
            fields["kind"] == "percent"
            and change is None
            and re.match(r"\s+(more|higher|greater|larger)\b", text[end:])
        ):
            change = "up"
        noun = None
        if fields["kind"] in ("count", "percent", "money", "ratio", "rank"):
            singular = fields["kind"] in ("rank", "money") or (fields["kind"] == "count" and fields["value"] == 1)
            skip = _COMPARED.match(text[end:])
            noun = _noun_after(text, end + (skip.end() if skip else 0), plural=not singular)
            if fields["kind"] == "money" and noun and noun.lower() in CURRENCY_WORDS:
                noun = None  # "tens of millions of pounds": the currency, not what the money is for
        if fields["kind"] == "period":  # "34 minutes more sleep": what the period is of
            more = re.match(r"\s+(?:more|less|extra|longer|shorter)\s+(?:of\s+)?([a-z]+)", text[end:])
            noun = more.group(1) if more and more.group(1) not in _NOUN_STOP else None
        noun = fields.pop("noun", noun)  # "nine-member": the noun is the one the hyphen joins to the number
        fields.setdefault("unit", None)
        if "qualifier" in fields:
            qualifier, hedge, q_start = fields.pop("qualifier"), fields.pop("hedge"), start
        figures.append(
            Figure(
                text=text[q_start:end],
                start=q_start,
                end=end,
                noun=noun,
                qualifier=qualifier,
                hedge=hedge,
                change=change,
                **fields,
            )
        )
    return _inherit_nouns(text, _ages_after_age(text, figures))


_AGE_WORD = regex(r"\b(?i:ages?)\b")
_RUN_END = regex(r";|[.!?](?:\s|$)")  # a run of ages ends with its clause or sentence
# "for 38 years", "by 2 years", "over the past 5 years": how long, or by how much; not how old
_DURATION_BEFORE = regex(
    r"\b(?i:for|over|in|within|after|during|by|past|last|next|about|around|nearly|almost)\s+(?:the\s+)?$"
)


def _ages_after_age(text: str, figures: list[Figure]) -> list[Figure]:
    """Bare numbers and "N years" that a clause about age goes on to give are ages.

    Why: English names the age once and then gives the numbers alone ("the median age of
    buyers rose to 38, up from 35"; "ages hit highs of 56 years overall (49 last year)").

    After the word "age" or "ages", each following count (a whole number from 1 to 120,
    with no noun after it and no hedge, as "38" or "49") and each "N years" not led by a
    word of duration ("for", "over", "by", "last", ...) becomes an age, up to the first
    figure of another kind (a percentage, money, a counted noun), a ";" or the end of a
    sentence; dates and times between them do not stop the run. Figures the patterns
    already read as ages ("38 years old", "aged 38") stay as they are.

    Parameters
    ----------
    text : str
        The text the figures were found in.
    figures : list of Figure
        Its figures, left to right.

    Returns
    -------
    list of Figure
        The same figures, the ages among them with kind "age" and unit "years".
    """
    if "age" not in text.lower():
        return figures  # most sentences name no age: nothing to read
    out: list[Figure] = []
    running, since = False, 0  # inside a run of ages; where the text not yet read starts
    for figure in figures:
        gap = text[since : figure.start]
        since = max(since, figure.end)
        age = [m.end() for m in _AGE_WORD.finditer(gap)]
        end = [m.end() for m in _RUN_END.finditer(gap)]
        if age and (not end or age[-1] > end[-1]):
            running = True  # "age" after any end in the gap: a run begins
        elif end:
            running = False
        if not running or figure.kind in ("date", "year", "time", "age"):
            out.append(figure)
            continue
        bare = (
            figure.kind == "count"
            and figure.noun is None
            and not figure.hedge
            and figure.value is not None
            and re.fullmatch(r"\d{1,3}", figure.text) is not None
            and 1 <= figure.value <= 120
        )
        years = (
            figure.kind == "period"
            and figure.unit == "years"
            and figure.value is not None
            and 1 <= figure.value <= 120
            and not _DURATION_BEFORE.search(text[max(0, figure.start - 30) : figure.start])
        )
        if bare or years:
            out.append(replace(figure, kind="age", unit="years"))
        else:
            running = False  # a figure of another kind ends the run
            out.append(figure)
    return out


_RANGE_JOIN = regex(r"\s*(?:to|and|-|–|—)\s*")
_BASIS_POINTS = regex(r"(?i:basis)|bp")


def _share_range_units(text: str, found: list[tuple[int, int, dict]]) -> None:
    """A bare number that starts a range of percentages is a percentage too: "4-3/4 to 5 percent", "4 and 5%".

    Changes ``found`` (spans and fields, in text order) in place.
    """
    for (_, a_end, a), (b_start, b_end, b) in zip(found, found[1:]):
        if a["kind"] == "count" and a["value"] is not None and b["kind"] == "percent":
            if _RANGE_JOIN.fullmatch(text, a_end, b_start):
                basis = _BASIS_POINTS.search(text, b_start, b_end)  # "25 to 50 basis points": both in hundredths
                a.update(kind="percent", unit=b["unit"], value=a["value"] / 100 if basis else a["value"])


# What may follow a bare amount that takes the currency of the amount before it: the end of a clause, or a small word
# that starts no noun of its own ("… of 1.42 million kronor against a national median of 0.86 million.", "… to 22.09
# crowns from 21.47 in May"): not "0.86 million households".
_NO_NOUN_AFTER = regex(
    r"\s*(?:[,.;:)!?\u2014\u2013]|\Z|\s(?:in|a|an|last|this|on|from|to|against|at|for|by|compared|the|per|each|and|or"
    r"|earlier|ago|before|previously|now|today)\b)"
)


# Between the two, a new clause about something else: "… from Sh7.82 trillion in 2023, while the number of transfers
# rose to nearly 2.9 billion"
_ANOTHER_CLAUSE = regex(r";|,\s+(?:while|whereas|and|but)\b|\bnumber\s+of\b")


def _share_money_units(text: str, found: list[tuple[int, int, dict]]) -> None:
    """A bare amount after an amount of money, with no noun of its own, is money in that currency: "a median debt of
    1.42 million kronor against a national median of 0.86 million". Only the amount right before it counts (dates and
    years between are skipped), and only a currency named by the text (a sign, a code or a word).

    Changes ``found`` (spans and fields, in text order) in place.
    """
    before, before_end, counted = None, 0, False
    for start, end, fields in found:
        if fields["kind"] in ("date", "year", "period", "time"):
            continue
        if (
            before is not None
            and not counted  # "298 flats sold for S$1 million or more, compared with 369": 369 flats
            and fields["kind"] == "count"
            and fields["value"] is not None
            and before.get("unit")
            and _NO_NOUN_AFTER.match(text, end)
            and not _ANOTHER_CLAUSE.search(text, before_end, start)
        ):
            fields.update(kind="money", unit=before["unit"])
        counted = counted or (fields["kind"] == "count" and before is None)
        before, before_end = (fields, end) if fields["kind"] == "money" else (None, end)


def _inherit_nouns(text: str, figures: list[Figure]) -> list[Figure]:
    """Give a figure with no noun of its own the noun its sentence names (see :func:`find_figures`)."""
    out: list[Figure] = []
    for figure in figures:
        if figure.noun is None and figure.kind in ("count", "percent", "money"):
            noun = _noun_in_sentence(text, figure.start)
            if noun is None:
                # A percentage does not take a count's noun: in "Four members preferred to maintain Bank
                # Rate at 5.25%" the rate does not count members ("85% of reports, some 5 million" does).
                kinds = ("percent", "ratio") if figure.kind == "percent" else ("count", "percent", "money", "ratio")
                earlier = [f.noun for f in out if f.noun and f.kind in kinds]
                noun = earlier[-1] if earlier else None
            if noun:
                figure = replace(figure, noun=noun)
        out.append(figure)
    return out


# ---- dates -----------------------------------------------------------------------------------


# "early 2023", "mid 2018", "late 2019": which months of the year a year so qualified takes in.
_PART_OF_YEAR = regex(r"\b(early|mid|late)\s+\Z", re.IGNORECASE)
YEAR_PARTS = {"early": range(1, 5), "mid": range(5, 9), "late": range(9, 13)}


def date_parts(figure: Figure) -> tuple[int | None, int | None, int | None, str | None]:
    """(year, month, day, weekday) of a date or year figure; unknown parts are None."""
    if figure.kind == "year":
        return int(figure.value), None, None, None
    if not figure.date:
        return None, None, None, None
    if figure.date in WEEKDAYS:
        return None, None, None, figure.date
    parts = figure.date.split("-")
    year = int(parts[0]) if parts[0].isdigit() else None
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
    weekday = None
    if year and month and day:
        try:
            weekday = WEEKDAYS[dt.date(year, month, day).weekday()]
        except ValueError:
            weekday = None
    return year, month, day, weekday


def date_figure(date: dt.date, text: str | None = None) -> Figure:
    """A :class:`Figure` for a known date (an article's publication date, say)."""
    return Figure(text=text or date.isoformat(), start=0, end=0, kind="date", value=None, date=date.isoformat())


__all__ = ["KINDS", "QUALIFIERS", "VAGUE", "Figure", "date_figure", "date_parts", "find_figures", "parse_number"]
