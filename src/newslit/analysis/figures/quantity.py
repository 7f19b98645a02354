"""What a figure counts: the quantity model behind the figure verdicts.

Two figures with the same value are the same figure only if they count the same thing.
:func:`sentence_quantities` reads, for every figure of a sentence, the words around it and
returns a :class:`Quantity`:

- ``what``: what is counted, as concepts (the noun after the figure and the words naming
  its subject before it: "the unemployment rate ticked up to 4.1%" counts the
  unemployment rate; "206,000 jobs" counts jobs); a figure whose words say nothing
  takes what the figure before it in the sentence counts ("from 4% to 4.1%");
- ``measure``: ``change`` ("increased by 206,000", "up 47%"), ``rate``, ``share`` or
  ``count``;
- ``status``: what kind of figure it is when the words say so: ``estimated``,
  ``reported``, ``predicted``, ``forecast``, ``revised``;
- ``period``: the month, year or span it covers ("in June", "last month", "in 2022",
  "over the last year" = "12-month" = "one year");
- ``baseline``: it is the earlier value something is compared with ("up from 4%",
  "3.6 percent a year earlier");
- ``places``: the places its clause names, or the one place a list pairs it with ("Illinois
  (21%), California (20%)", "21.1% in Illinois");
- ``future``: it is told as what will be or is expected ("will cost", "policymakers expect
  inflation to rise to"), so the primary's forecast retold this way is that forecast.

:func:`conflicts` lists, in words, why two quantities cannot be the same (a different
month, a forecast and a count, an earlier value, another place, something else
counted); :func:`describe` names a quantity in words a reader understands ("the BLS's
unemployment rate in June, 4.1 percent"). The word lists are data a teacher can edit:
``data/quantity_terms.csv`` and ``data/places.csv`` (see ``data/README.md``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from newslit.text.compiled import regex
from newslit.text.lexicon import DATA_DIR, Lexicon, read_terms
from newslit.text.numbers import (
    CONTRACTIONS,
    CURRENCY_WORDS,
    MONTHS,
    ORDINALS,
    PERIOD_MINUTES,
    PLURALS,
    Figure,
    headline_cased,
    written_precision,
)
from newslit.text.places import place_terms
from newslit.text.tokens import STOP_WORDS, stem

QUANTITY_FILE = DATA_DIR / "quantity_terms.csv"
QUANTITY_KINDS = (
    "status",
    "measure",
    "baseline",
    "generic",
    "noun",
    "skip",
    "institution",
    "unit",
    "instance",
    "group",
)
STATUS_CLASHES = (
    ("forecast", None),  # a forecast is never the release's own figure
    ("revised", None),  # nor is a revision of an earlier release
    ("earlier", None),  # nor what earlier research found ("has been shown to contain tens of thousands")
    ("previous", None),  # nor an earlier count's value ("the previous count had put the population at 207.68 million")
    ("reported", "predicted"),  # a count reported so far is not the count a model predicts
)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip

# Words between a subject and its figure that say how the figure moved or stood, not what it counts.
_VERB_LIKE = frozenset(
    """rose fell grew hit stood came saw was were is are be been stayed remained reached reaching totalled totaled
    totals amounted marks mark shows show showed says said tells told little slightly sharply just only about
    ticks adds edges eases climbs jumps slows dips rises falls grows cut cuts lost loses gets got puts put
    reaches reached hits soars soared surges surged tops topped nears neared accelerates picks speeds spiked
    cooled warmer hotter colder cooler above below approached approaches exceeds exceeded breached likely
    unlikely possible probably close consistently
    make makes made take takes took give gives gave see sees remain remains remained stay stays stayed slows
    slowed contain contains contained hold holds held have has had include includes included find finds found
    around nearly almost roughly some least most more than less fewer up down over under to by at of from in
    for on with while higher lower highest lowest steady unchanged another which that who whom also still even
    still yet now then here there its their his her our your this these those such
    reach set will would could should may might must back again once expect expects
    nationally nationwide globally worldwide internationally locally regionally statewide
    involve involves involved affect affects affected cover covers covered employ employs employed""".split()
)  # "reach", "set" and the modals: "emissions are set to hit 36.8 billion", "will reach 40 million tonnes";
# "back", "again", "once": "inflation fell back to 2%", "to rise once again to 2.75%"; "Nationally, over 12% of …":
# where, not what; "involves", "affects", "covers", "employs" ("that involves several other companies"): a verb,
# not what is counted
_CLAUSE_BREAK = regex(r";|:|\s[—–]\s|\s--\s|,\s+(?:and|but|while|whereas|with|which|who)\b|\s(?:while|whereas)\s|\.\s")
_COUNTED = ("count", "percent", "money", "ratio", "temperature")
_LIST_AND = regex(r",\s+and\s*\Z")  # a clause break that only ends a list ("…, 2.9 percent in 2027, and …")
_LIST_TAIL = regex(r"\s*(?:[.,;)]|\Z|(?:in|at|by|for|over|on|during|from|to|until|through)\b)")
# A comma and a participle: a clause with a verb of its own ("…, giving it room to raise pensions by 2.75% in January").
_PARTICIPLE = regex(r",\s+[a-z]+ing\b")
# The earlier value of a change ("rose from 63.9% in 2023 to 64.8%"): a time that follows it closely is its own
_FROM_VALUE = regex(r"\bfrom\s+(?:the\s+|a\s+|an\s+)?\Z", re.IGNORECASE)
# A clause that gives a figure's causes ("…, reflecting higher costs and the increase from April 2025"): its time is theirs
_CAUSE_AFTER = regex(
    r",\s+(?:reflecting|owing\s+to|due\s+to|because\s+of|thanks\s+to|driven\s+by|amid)\b", re.IGNORECASE
)
_SPAN_12 = regex(
    r"\b(?:year[- ]over[- ]year|year[- ]on[- ]year|annual(?:ly)?|(?:from|on) a year (?:earlier|ago|before)|over the (?:last |past )?year"
    r"|(?:over|in|for) the (?:last |past )?12[- ]months?|12[- ]month)\b",
    re.IGNORECASE,
)
_NOUNISH = frozenset({"spending", "earnings", "housing", "funding", "hiring", "shootings", "killings", "breed"})
_GENERIC_WORDS = frozenset({"number", "total", "share", "figure", "level"})
_THAN = regex(r"than[\s-]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def quantity_terms() -> Lexicon:
    """The bundled quantity word list (``data/quantity_terms.csv``), compiled once."""
    return Lexicon(read_terms(QUANTITY_FILE, required=("term", "kind", "value"), kinds=QUANTITY_KINDS))


@lru_cache(maxsize=1)
def _noun_groups() -> dict[str, str]:
    """Stem of a listed noun -> its group ("lives" -> "deaths")."""
    return {stem(t.term.lower()): t.get("value") for t in quantity_terms().of_kind("noun") if "*" not in t.term}


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(stem(t.term.lower()) for t in quantity_terms().of_kind("generic"))


@lru_cache(maxsize=1)
def _group_words() -> dict[str, tuple[str, str]]:
    """Concept of a listed group word -> (kind of group, the group): "adults" -> ("age", "adults")."""
    found = {}
    for t in quantity_terms().of_kind("group"):
        kind, _, group = t.get("value").partition(":")
        for concept in concepts(t.term):
            found[concept] = (kind, group)
    return found


def _groups(q: Quantity) -> dict[str, frozenset[str]]:
    """The groups ``q`` names, by kind: {"age": {"adults"}} for "adult asthma cases"."""
    words = _group_words()
    found: dict[str, set[str]] = {}
    for concept in q.what:
        if concept in words:
            kind, group = words[concept]
            found.setdefault(kind, set()).add(group)
    return {kind: frozenset(groups) for kind, groups in found.items()}


@lru_cache(maxsize=1)
def _instances() -> frozenset[str]:
    """Lower-case words that count occurrences of what follows their "of" ("cases of childhood asthma")."""
    return frozenset(t.term.lower() for t in quantity_terms().of_kind("instance"))


@dataclass(frozen=True)
class Period:
    """The time a figure covers.

    ``kind`` is ``month`` (``year`` may be None), ``year``, ``split`` (an academic or financial
    year from ``year`` into the next: "2025-26"), or ``span`` (``months`` long, ending in
    ``year`` when the words say so: "the first six months of 2024").
    """

    kind: str
    year: int | None = None
    month: int | None = None
    months: float | None = None

    def words(self) -> str:
        if self.kind == "month":
            return f"in {MONTH_NAMES[self.month - 1]}" + (f" {self.year}" if self.year else "")
        if self.kind == "year":
            return f"in {self.year}"
        if self.kind == "split":
            return f"in {self.year}-{(self.year + 1) % 100:02d}"
        if self.months == 6 and self.month in (6, 12) and self.year:  # from "the second half of this year"
            return f"in the {'first' if self.month == 6 else 'second'} half of {self.year}"
        if self.months == 3 and self.month in (3, 6, 9, 12) and self.year:  # "the first quarter of 2025"
            return f"in the {('first', 'second', 'third', 'fourth')[self.month // 3 - 1]} quarter of {self.year}"
        span = _span_words(self.months or 0)
        if self.month:
            span = "12 months" if self.months == 12 else span.replace("one ", "")
            return f"over the {span} to {MONTH_NAMES[self.month - 1]}" + (f" {self.year}" if self.year else "")
        return f"over {span}" + (f" of {self.year}" if self.year else "")


def _span_words(months: float) -> str:
    if months and months % 12 == 0:
        years = int(months // 12)
        return "one year" if years == 1 else f"{years} years"
    if months and months == int(months):
        return "one month" if months == 1 else f"{int(months)} months"
    for unit in ("day", "week") if months * PERIOD_MINUTES["month"] <= 31 * PERIOD_MINUTES["day"] else ("week",):
        count = months * PERIOD_MINUTES["month"] / PERIOD_MINUTES[unit]
        if count >= 0.98 and abs(count - round(count)) < 0.02:
            return f"one {unit}" if round(count) == 1 else f"{round(count)} {unit}s"
    return "a period"


@dataclass(frozen=True)
class Quantity:
    """What one figure counts (see the module docstring)."""

    what: frozenset[str]
    words: str
    measure: str
    status: frozenset[str]
    period: Period | None
    baseline: bool
    places: frozenset[str]
    direction: str | None = None
    period_source: tuple[int, ...] = ()  # the sentence's times (indices among its figures) that date this figure
    part: frozenset[str] = frozenset()  # for a share, what it is the share of ("fentanyl" in "28.5% of the deaths")
    # The words a reader is shown (:func:`readable_words`), one run of the sentence's words; None:
    # worked out from ``words``. Words gathered from both sides of other words ("commission
    # research people") match well enough but read as nonsense: only a run is shown.
    shown: str | None = None
    # It is told as the value something has come to ("fell to 4.1%", "cut it to 5%"): the new value, never an earlier one.
    new: bool = False
    # It is told as what will be or is expected ("will cost", "expect inflation to rise to"): a forecast of the
    # primary's retold this way is not passed off as fact, so the primary's status is no reason it is another figure.
    future: bool = False

    @cached_property
    def specific(self) -> frozenset[str]:
        """The concepts of ``what`` that tell one count from another (no "number", "total", "people")."""
        return self.what - _generic()


NO_QUANTITY = Quantity(frozenset(), "", "count", frozenset(), None, False, frozenset())


# ---- dates and periods -----------------------------------------------------------------------


def resolve_month(year: int | None, month: int, reference: dt.date | None) -> int | None:
    """The year of a month named without one: the latest such month not after ``reference``."""
    if year is not None or reference is None:
        return year
    return reference.year if month <= reference.month else reference.year - 1


def resolve_date(figure: Figure, reference: dt.date | None, text: str | None = None) -> Figure:
    """``figure`` with a relative date ("last month") or a month without a year made definite.

    "last month" / "this month" / "last year" / "this year" and "the second half of this
    year" ("2024-H2") count from ``reference`` (the article's date); "the previous month" and other dates relative to another date
    stay as they are (they never agree with a date). A month with a day but no year
    ("June 7") keeps its unknown year. A month without a year is the latest one up to
    ``reference``, unless ``text`` (the figure's sentence) gives it as a deadline to come ("a
    goal of 77% by March", "will … by June", "next March"): then it is this month or the next such one;
    or names its year after it ("March last year").
    """
    if figure.kind != "date" or not figure.date or reference is None:
        return figure
    date = figure.date
    if date.startswith("relative: "):
        phrase = date.removeprefix("relative: ")
        first = dt.date(reference.year, reference.month, 1)
        resolved = None
        if phrase == "last month":
            before = first - dt.timedelta(days=1)
            resolved = f"{before.year:04d}-{before.month:02d}"
        elif phrase == "this month":
            resolved = f"{first.year:04d}-{first.month:02d}"
        elif phrase == "last year":
            resolved = f"{reference.year - 1:04d}"
        elif phrase == "this year":
            resolved = f"{reference.year:04d}"
        elif phrase == "next year":  # "3.6% next year": a forecast's year
            resolved = f"{reference.year + 1:04d}"
        elif phrase in ("yesterday", "last night"):
            resolved = (reference - dt.timedelta(days=1)).isoformat()
        elif phrase in _PREVIOUS_YEAR and text is not None:
            resolved = _year_before_named(text, figure.start)  # "in 2024, up from 4,324 the previous year": 2023
        elif _QUARTER_OF.match(phrase):  # "q1 of this year" (the first quarter) -> "2024-Q1"
            quarter, _, which = phrase.partition(" of ")
            shift = {"last year": -1, "next year": 1}.get(which, 0)
            resolved = f"{reference.year + shift:04d}-{quarter.upper()}"
        elif _QUARTER_ALONE.fullmatch(phrase):  # "the second quarter": the latest second quarter begun by then
            quarter = int(phrase[1])
            year = reference.year if 3 * quarter - 2 <= reference.month else reference.year - 1
            resolved = f"{year:04d}-Q{quarter}"
        elif " half of " in phrase:  # "second half of this year" -> "2024-H2"
            half, _, which = phrase.partition(" half of ")
            shift = {"last year": -1, "next year": 1}.get(which, 0)
            resolved = f"{reference.year + shift:04d}-{'H1' if half == 'first' else 'H2'}"
        return figure if resolved is None else _with_date(figure, resolved)
    parts = date.split("-")
    if len(parts) == 2 and parts[0] == "????" and parts[1].isdigit():
        month = int(parts[1])
        named = _YEAR_AFTER.match(text, figure.end) if text is not None else None
        if named:  # "March last year": the year is named after the month, from the article's date
            year = reference.year + {"last": -1, "next": 1}.get(named.group(1).lower(), 0)
        elif text is not None and _DEADLINE.search(text, max(0, figure.start - 70), figure.start):
            year = reference.year if month >= reference.month else reference.year + 1  # this month or the next such
        else:
            year = resolve_month(None, month, reference)
        return _with_date(figure, f"{year:04d}-{parts[1]}")
    return figure


# "the previous year" is the year before the one the sentence has just named, not the year before the article's
_PREVIOUS_YEAR = frozenset({"the previous year", "the prior year", "the preceding year", "the year before"})
_NAMED_YEAR = regex(r"\b((?:19|20)\d\d)(?:\s?[-/–]\s?(\d{2}|(?:19|20)\d\d))?\b(?!\s*(?:per|%|percent))")


def _year_before_named(text: str, end: int) -> str | None:
    """The year before the last year (or split year, "2024-25") named in ``text`` before ``end``, as a date string."""
    named = list(_NAMED_YEAR.finditer(text, 0, end))
    if not named:
        return None  # "the previous year" with no year before it: nothing to count from
    year = int(named[-1].group(1))
    return f"{year - 1:04d}/{year:04d}" if named[-1].group(2) else f"{year - 1:04d}"


# After a month: "March last year", "June this year", "April next year".
_YEAR_AFTER = regex(r"\s+(last|this|next)\s+year\b", re.IGNORECASE)
# Before a month that is a deadline still to come: "a goal of 77% by March", "aims to … by the end of June", "next May".
# Not "by" alone: "housing around 900 people by the end of January" looks back.
_DEADLINE = regex(
    r"(?:\b(?:goal|target|ambition|aim|aims|deadline|pledge|pledged|promise|promised|plans?|will)\b[^.;:]{0,50}?"
    r"\b(?:by|before)|\bnext)\s+(?:the\s+end\s+of\s+)?\Z",
    re.IGNORECASE,
)


def resolve_day(figure: Figure, reference: dt.date | None) -> Figure:
    """A retold day named without a year ("25 July") with the year a news story means, when its date is known.

    The latest such day no more than three months after ``reference``: a story's "a strike
    from 25 July" or "from January 1" is weeks ahead, its "since March 17" months back; never
    the July of years before (which the primary's "July 2022" would otherwise take in). The
    primary's own days keep their unknown year: its "October 1" may be any year it is about.
    """
    parts = (figure.date or "").split("-")
    if figure.kind != "date" or reference is None or len(parts) != 3 or parts[0] != "????":
        return figure
    if not (parts[1].isdigit() and parts[2].isdigit()):
        return figure
    month, day = int(parts[1]), int(parts[2])
    latest = reference + dt.timedelta(days=92)
    for year in (latest.year, latest.year - 1, latest.year - 2):  # the third for 29 February
        try:
            if dt.date(year, month, day) <= latest:
                return _with_date(figure, f"{year:04d}-{parts[1]}-{parts[2]}")
        except ValueError:  # 29 February of a year that has none
            continue
    return figure


def _with_date(figure: Figure, date: str) -> Figure:
    if re.fullmatch(r"\d{4}", date):
        return replace(figure, kind="year", value=float(date), date=None)
    return replace(figure, date=date)


def period_of(figure: Figure) -> Period | None:
    """The period a date or period figure names, or None ("Wednesday", "June 7", "the previous month").

    Half a year ("2024-H2", from "the second half of this year") is the six months to its last month.
    """
    if figure.kind == "year" and figure.value is not None:
        return Period("year", int(figure.value))
    if figure.kind == "date" and figure.date and re.fullmatch(r"\d{4}/\d{4}", figure.date):  # "2025-26", "2014-2020"
        first, last = map(int, figure.date.split("/"))
        return Period("split", first) if last == first + 1 else None
    if figure.kind == "date" and figure.date and re.fullmatch(r"\d{4}-H[12]", figure.date):  # half a year: six months
        return Period("span", int(figure.date[:4]), 6 if figure.date.endswith("H1") else 12, 6)
    if figure.kind == "date" and figure.date and re.fullmatch(r"\d{4}-Q[1-4]", figure.date):  # a quarter: three months
        return Period("span", int(figure.date[:4]), 3 * int(figure.date[-1]), 3)
    if figure.kind == "date" and figure.date and re.fullmatch(r"(\d{4}|\?{4})-\d{2}", figure.date):
        year, month = figure.date.split("-")
        return Period("month", int(year) if year.isdigit() else None, int(month))
    if figure.kind == "period" and figure.value and figure.unit:
        unit = figure.unit.rstrip("s")
        if unit in ("month", "quarter", "year", "decade", "week", "day"):
            months = figure.value * PERIOD_MINUTES[unit] / PERIOD_MINUTES["month"]
            year = int(figure.date) if figure.date and figure.date.isdigit() else None
            return Period("span", year, None, round(months, 3))
    return None


def periods_clash(a: Period | None, b: Period | None) -> bool:
    """Do two periods say the figures cover different times? Unknown on either side never clashes.

    A month and a 12-month span ending in that month (or ending when the words do not say)
    do not clash: "9.1% in June" is how a yearly rise is reported for June. Nor do a year and
    the twelve months ending in its December ("last year" and "YE December 2022").
    """
    if a is None or b is None:
        return False
    if {a.kind, b.kind} == {"split", "span"}:  # "in 2023-24" is one year: "over one year" ending in either
        split, span = (a, b) if a.kind == "split" else (b, a)
        if span.months != 12 or span.year is None:
            return span.months != 12
        if span.month is not None:  # "YE March 2023" is 2022-23; "YE December 2022" is the calendar year, no split one
            return not (span.year == split.year + 1 and span.month != 12)
        return span.year not in (split.year, split.year + 1)
    if {a.kind, b.kind} == {"year", "span"}:  # "in 2022" and "the year ending December 2022" are one year
        year, span = (a, b) if a.kind == "year" else (b, a)
        if span.month is not None and span.months and span.months < 12 and span.month - span.months >= 0:
            return span.year != year.year  # "January-March 2024" is in 2024: a year names it, less closely
        return not (span.months == 12 and span.month == 12 and span.year == year.year)
    if a.kind != b.kind:
        month, span = (a, b) if a.kind == "month" else (b, a)
        if {a.kind, b.kind} == {"month", "span"} and span.months in (1, 12):  # "over the month", "year over year"
            return (span.month is not None and span.month != month.month) or _years_differ(span, month)
        return True
    if a.kind == "month":
        return a.month != b.month or _years_differ(a, b)
    if a.kind in ("year", "split"):
        return a.year != b.year
    if a.months and b.months and abs(a.months - b.months) > 0.05 * max(a.months, b.months):
        return True
    if a.month is not None and b.month is not None and a.month != b.month:
        return True
    return _years_differ(a, b)


def _years_differ(a: Period, b: Period) -> bool:
    return a.year is not None and b.year is not None and a.year != b.year


# ---- reading a sentence ----------------------------------------------------------------------


# Compiled once: each runs for nearly every figure of every retelling.
_BRACKETED = regex(r"\([^()]{0,40}\)")
_TOKEN = regex(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
# Between a figure's "of …" and the next figure of a list or a contrast: "… of presentations but ", "… of men and ".
_OBJECT_THEN_NEXT = regex(
    r"\s*(?:share\s+)?of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*,?\s+(?:but|and|while|whereas)\s+", re.IGNORECASE
)
_AFTER_FIGURE = regex(r"\s*(of\s+(?:the\s+|those\s+|these\s+|all\s+)?)?((?:[A-Za-z][\w'’-]*[\s,]*){1,12})")
_COMPARED_WITH = regex(r"\b(?:from|compared (?:with|to)|versus|vs\.?)\s*$", re.IGNORECASE)
# "£19.7 million (2024: £24.2 million)": the last year's figure, as a company's results give it (read in the
# sentence itself: a colon ends the clause, so the words before the figure do not reach back to the bracket)
_VALUE_IN_BRACKET = regex(r"\s*\(\s*(?:[$€£]\s*)?")
_LAST_YEARS_BRACKET = regex(r"\(\s*(?:FY\s?)?(?:19|20)\d\d(?:[/-]\d{2,4})?\s*:\s*\Z")
# The pluperfect tells the value that held before the news: "had been 4.1 per cent", "had stood at 3.2%".
_HAD_BEEN = regex(r"\bhad\s+(?:been|stood\s+at|sat\s+at|hovered\s+(?:at|around))\s+(?:at\s+)?\Z", re.IGNORECASE)
_COMPARATIVE_THAN = regex(
    r"\b(?:higher|lower|greater|smaller|bigger|larger|better|worse)\s+than\s+(?:the\s+)?$", re.IGNORECASE
)
# "data from more than 99% of birth certificates", "responses from 133 countries", "visitors came from 12 countries":
# where the data or the people come from, not an earlier value a change is counted from.
_DRAWN_FROM = regex(
    r"\b(?:(?:data|information|responses|samples|records|evidence|results|reports|submissions|answers)"
    r"(?:\s+(?:collected|drawn|gathered|taken))?|(?:come|comes|came|coming))\s+from\s*$",
    re.IGNORECASE,
)
# "levels ranged from 110,000 to 400,000": the low end of a range, not an earlier value.
_RANGE_FROM = regex(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\b[^.;:\d]{0,40}?\bfrom\s*$", re.IGNORECASE
)  # "varied across the states, from 21.1% in Illinois to 13.5% in Pennsylvania": a range, not a change
# "from 21.1% in Illinois to 13.5% in Pennsylvania": two places' figures, the ends of a range, not an earlier value
# "71% in Western Australia, compared with 62% in Victoria": another place's figure set beside it, not an earlier
# value (a month after "in" is a time: "compared with 3.2% in May" is earlier).
_TIME_NAMES = "|".join(
    sorted({m.rstrip(".").capitalize() for m in MONTHS} | {"Q1", "Q2", "Q3", "Q4", "Spring", "Summer", "Autumn"})
    + ["Fall", "Winter", "Quarter"]
)
_ANOTHER_PLACE = regex(rf"\s+(?:in|for)\s+(?:the\s+)?(?!(?:{_TIME_NAMES})\b)[A-Z][\w.'’-]*(?!\s+\d)")
_PLACE_TO = regex(r"\s+in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+to\b")
# "25 bottles from three common brands", "statistics from two monthly surveys": things drawn from a count of
# sources (a plural noun, "from", a count, a plural noun), not an earlier value; "cases from 200 cases to 300" is one.
# "49 people from 10 states": a plural without an s is a plural too (found on ecoli-2024-10 after its measurement).
_THINGS_FROM = regex(r"\b([a-z]{2,}[^s\W]s|people|children|men|women)\s+from\s*$", re.IGNORECASE)
_SOURCES_AFTER = regex(r"\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*s)\b(?!\s+to\s+\d)")
# "fell to 4.1%", "was cut to 5%", "edged up to 62.6%": the value something came to (not "up to 5%", at most 5%).
_CAME_TO = regex(
    r"\b(?:(?:fell|falls?|falling|rose|rises?|rising|dropped|drops?|climbed|climbs?|increased|increases?|decreased|"
    r"declined|declines?|grew|grows?|jumped|jumps?|slipped|slips?|eased|eases?|cut|cuts|raised|lowered|reduced|"
    r"slowed|slows?|sank|soared|surged|plunged|plummeted|fallen|risen|grown|(?:edged|ticked|went|gone|moved) (?:up|down)|"
    r"down)(?:(?:\s+\w+){0,2}|\s+by\s(?:[^,.;:]|\.(?=\d)){1,50},)\s+to|from\s+[^,.;]{1,30}?\s+to)\s*$",
    re.IGNORECASE,
)
# "rose 3% from a year earlier to $404,500": a figure just after "to" is the value something came to.
_TO_END = regex(r"\bto\s*$", re.IGNORECASE)
# "12 countries, up from 9": the value before "up from" or "down from" is the new one.
_THEN_FROM = regex(r"[^.;:\d]{0,40}?\b(?:up|down)\s+from\b", re.IGNORECASE)
# Before a primary figure whose time is its own (see _periods): as _COMPARED_WITH, but with "than" and without
# "from" ("rose to $640 from $600 in 2024" may date the rise, and is read as before).
_COMPARED_TIME = regex(r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?)\s+(?:the\s+|a\s+)?\Z")
# Before the earlier value a change is counted from ("31.8%, down from 33.2% at ... in 2021"): a time after it in its
# clause is that value's (see _periods), in the primary and in a retelling.
_DOWN_FROM = regex(r"\b(?:up|down)\s+from\s+(?:the\s+|a\s+)?\Z", re.IGNORECASE)
# After a "kept" or "kept rate" term of quantity_terms.csv ("preferred to maintain Bank Rate at 5.25%", "had stood at"):
# up to 40 characters with no figure or clause end, then "at" just before the figure.
_KEPT_GAP = regex(r"[^.;:\d]{0,40}\bat\s*", re.IGNORECASE)
# "kept rate" terms count only for a rate kept at a figure: "to keep inflation at 2%" is a target.
_RATE = regex(r"\brates?\b", re.IGNORECASE)
_SINCE = regex(r"\bsince\b[^,;.\d]{0,50}$", re.IGNORECASE)


def may_match(text: str, parts: tuple[str, ...]) -> bool:
    """Can a case-insensitive pattern, every match of which holds one of ``parts`` (in lower case), match in ``text``?

    False only when it cannot: ``text`` is ASCII and holds none of ``parts``, lower-cased. A
    text with other characters is left to the pattern (ignoring case, "ſ" matches "s"). A
    cheap test before a search of the whole sentence that seldom finds anything.
    """
    if not text.isascii():
        return True
    lower = text.lower()
    return any(part in lower for part in parts)


# Every match of _SPAN_12 holds one of these.
_SPAN_12_PARTS = ("year", "annual", "12")


def _clauses(text: str) -> list[int]:
    """Offsets where a new clause starts (0 first)."""
    return [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text))]


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    words = frozenset(w for t in place_terms() for w in re.findall(r"[a-z]+", t.term.lower()) if len(w) > 1)
    return words | {"us"}  # "the US" (or the pronoun): never what is counted


def _is_content(word: str, listed: frozenset[str]) -> bool:
    """Can ``word`` be part of the name of what is counted? (No stop word, verb of movement, -ed/-ing verb or place.)"""
    lower = word.lower().strip("'’-")
    if not lower or lower in STOP_WORDS or lower in _VERB_LIKE or lower[0].isdigit() or lower in _place_words():
        return False
    if lower in _TIME_WORDS:
        return False
    if lower.endswith(("ed", "ing")) and stem(lower) not in listed and lower not in _NOUNISH:
        return False
    return True


_TIME_WORDS = frozenset(
    "period periods month months year years week weeks day days quarter quarters ending ended through"
    " 12-month one-year 12-months".split()
)
_CONNECTORS = frozenset({"of", "for", "at", "and", "less", "excluding", "all"})
_SKIPPABLE_AFTER_COMMA = frozenset({"at", "to", "of", "now", "currently", "about", "around", "nearly", "some"})


def _subject(pre: str, listed: frozenset[str]) -> tuple[str, int]:
    """The noun phrase just before a figure, as written, and where it starts in ``pre``.

    Walks back from the figure over the words that say how it moved or stood ("ticked up
    to", "changed little at", "was"), then takes the run of content words before them,
    across "of", "for", "and", "less" ("the number of unemployed people", "the index for
    all items less food and energy"), up to a stop word or punctuation.
    """
    pre = _BRACKETED.sub(lambda m: " " * len(m.group()), pre)  # "(CPI-U)" between a name and its verb
    tokens = list(_TOKEN.finditer(pre))
    i = len(tokens) - 1
    skipped = []
    while (
        i >= 0
        and tokens[i].group()[0].isalpha()
        and (not _is_content(tokens[i].group(), listed) or _infinitive_move(tokens, i))
    ):
        skipped.append(tokens[i].group().lower())
        i -= 1
    if i >= 0 and tokens[i].group() == "," and set(skipped) <= _SKIPPABLE_AFTER_COMMA:  # "the rate, at 4.1 percent"
        j = i - 1
        if j >= 0 and tokens[j].group()[0].isalpha() and _is_content(tokens[j].group(), listed):
            i = j
    end = i
    taken = 0
    while i >= 0 and taken < 8:
        word = tokens[i].group()
        if word.lower() in _CONNECTORS and taken and i > 0:
            before = tokens[i - 1].group()
            if before[0].isalpha() and (_is_content(before, listed) or before.lower() in _CONNECTORS):
                i -= 1
                continue
            if word.lower() == "all":  # "the all items index"
                i -= 1
                continue
        if not word[0].isalpha() or not _is_content(word, listed):
            break
        taken += 1
        i -= 1
    if not taken:
        return "", len(pre)
    start = tokens[i + 1].start()
    while tokens[i + 1].group().lower() in _CONNECTORS - {"all"}:
        i += 1
        start = tokens[i + 1].start()
    return pre[start : tokens[end].end()].strip(), start


_BASE_MOVES = frozenset("rise increase fall drop decline climb grow return ease slow reach hit top".split())
_INFINITIVE = frozenset("to will would could should may might must can".split())


def _infinitive_move(tokens: list, i: int) -> bool:
    """Is token ``i`` a verb of movement after "to" or a modal ("expected to rise to 2.75%", "will fall to 3%")?

    The noun ("a rise of 2%") says how a figure moved, never what it counts; the verb sends
    the reader back to the subject ("inflation is expected to rise to 2.75%").
    """
    return i > 0 and tokens[i].group().lower() in _BASE_MOVES and tokens[i - 1].group().lower() in _INFINITIVE


_FOUND_THAT = regex(
    r"^[^,;:.]{0,60}?\b(?:found|find|finds|said|says|say|show|shows|showed|reported|reports|estimated|estimates"
    r"|concluded|concludes|noted|notes)\s+that\s+",
    re.IGNORECASE,
)


def _opening(text: str, listed: frozenset[str]) -> str:
    """The noun phrase a sentence opens with ("Inflation in the United States, which ..." -> "Inflation")."""
    words = []
    found = _FOUND_THAT.match(text)
    if found:  # "Researchers found that the highest rates …": who found it is not what is counted
        text = text[found.end() :]
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word.lower() in ("the", "a", "an") and not words:
            continue
        if not word[0].isalpha() or not _is_content(word, listed):
            break
        words.append(word)
    return " ".join(words[:4])


_LIKE_THEN = regex(
    r"\b(?:comparable|similar|equal|equivalent|close)\s+to\s+(?:that\s+of\s+|those\s+of\s+|the\s+)?"
    r"(?:levels?\s+(?:of\s+|in\s+|seen\s+in\s+)?)?(?:in\s+)?$",
    re.IGNORECASE,
)


def comparison_time(text: str, g: Figure) -> bool:
    """Is ``g`` a time a comparison reaches back to, not the time a figure covers?

    "the highest since November 1981", "0.17c higher than in 2016", "a 40-year high",
    "the highest in 40 years", "comparable to 2010-12".
    """
    if g.kind == "period" and _THAN_AGO.match(text, g.end) and _AMOUNT_THAN.search(text, max(0, g.start - 40), g.start):
        return False  # "18% fewer than five years earlier", "3% higher than a year ago": the span of that change
    if since(text, g) or _THAN_BEFORE.search(text[max(0, g.start - 20) : g.start]):
        return True
    phrase = (g.date or "").removeprefix("relative: ")
    if (phrase in _PREVIOUS_YEAR and _ON_BEFORE.search(text, max(0, g.start - 20), g.start)) or (
        (phrase in _PREVIOUS_YEAR or phrase == "last year")
        and _SAME_PERIOD_BEFORE.search(text, max(0, g.start - 50), g.start)
    ):
        # "in 2024, down 1.2% on the previous year", "up 3 per cent on the same period last year": the year the
        # change is counted from
        return True
    if g.kind in ("year", "date") and _CHANGE_ON.search(text[max(0, g.start - 40) : g.start]):
        return True  # "an increase of 5.7% on 2023", "down 2.9% on Q2 2024": the time the change is counted from
    if counted_from(text, g):
        return True  # "a 12% increase from 2022", "down 0.4 percentage points from 2023": where the change starts
    if _LIKE_THEN.search(text[max(0, g.start - 40) : g.start]):
        return True  # "comparable to 2010-12": the time the figure is likened to, not its own
    if g.kind != "period":
        return False
    if _RECORD_AFTER.match(text[g.end :]):
        return True
    return bool(_RECORD_BEFORE.search(text[max(0, g.start - 45) : g.start]))


# The patterns of comparison_time, compiled once: it is asked of every time in every sentence, twice.
_QUARTER_OF = regex(r"q[1-4] of ")
_QUARTER_ALONE = regex(r"q[1-4]")
_THAN_BEFORE = regex(r"\bthan\s+(?:in\s+|that\s+of\s+|the\s+)?$")
_CHANGE_ON = regex(
    r"(?:%|\bper\s?cent|\bpercent|\dpc|\bpoints?)\s+(?:(?:up|down|higher|lower|more|less)\s+)?on\s+\Z",
    re.IGNORECASE,
)


def counted_from(text: str, g: Figure) -> bool:
    """Is the year or date ``g`` the one a change is counted from ("a 12% increase from 2022")?

    True after a change word and then "from", "over", "compared with", "versus" (up to 60
    characters before, no full stop, colon or semicolon between), and after "compared with"
    or "versus" alone ("Compared to 2023, …"); "from the figures in 2022" too. Not "from 2022
    to 2023" (a range), nor "from 57% in 2015": there the year is the earlier value's own
    and is read with it.
    """
    return change_start(text, g) is not None


def change_start(text: str, g: Figure) -> int | None:
    """Where the change that :func:`counted_from` finds begins (its change word), or None.

    After "compared with" alone, the start of the 90 characters looked at: the change may be
    anywhere before it in its clause.
    """
    if g.kind not in ("year", "date") or _RANGE_ON.match(text, g.end):
        return None
    lo = max(0, g.start - 90)
    before = text[lo : g.start]
    lowered = before.lower()
    if not any(word in lowered for word in ("from", "over", "compar", "vs", "versus")):
        return None  # most times have none of these words before them: no scan
    # "from" a month or a day is as often when a change begins ("bills will jump by £21 from January", "a 3% cap on
    # rent increases from September 6, 2022") as where it is counted from: only a year is read so
    if a_whole_year(g) and (m := _CHANGE_FROM.search(before)):
        return lo + m.start()
    return lo if _COMPARED_WITH_TIME.search(before) else None


def a_whole_year(g: Figure) -> bool:
    """ "2022", "2022-23", "the previous year", "last year": a year, not a month, a quarter or a day."""
    date = g.date or ""
    return (
        g.kind == "year"
        or bool(re.fullmatch(r"\d{4}/\d{4}", date))
        or (date.startswith("relative:") and "year" in date)
    )


def counted_from_figure(text: str, figures, j: int) -> int | None:
    """The counted figure of the change that the time ``figures[j]`` is counted from, if any ("up 40% from 2022").

    The nearest counted figure before it in its clause (no full stop, colon or semicolon between) and no further
    back than the change word: not "hundreds of thousands of households … set to rise again from April", where the
    rise has no amount of its own. Not an earlier value ("up from 2.8 percent from the previous year"): that year is
    its own.
    """
    start = change_start(text, figures[j])
    if start is None:
        return None
    for k in range(j - 1, -1, -1):
        if re.search(r"[.;:]\s", text[figures[k].end : figures[j].start]) or figures[k].end < start - 20:
            return None
        if figures[k].kind in _COUNTED:
            return None if _FROM_VALUE.search(text, max(0, figures[k].start - 12), figures[k].start) else k
    return None


# A change, then "from", "over" or "compared with" right before a year or date: the year it is counted from.
_CHANGE_FROM = regex(
    r"\b(?:up|down|increases?|increased|decreases?|decreased|rises?|rose|risen|falls?|fell|fallen|declines?|declined|"
    r"drops?|dropped|jumps?|jumped|gains?|gained|grew|growth|climbs?|climbed|surges?|surged|higher|lower|widen(?:s|ed|ing)?|"
    r"narrow(?:s|ed|ing)?)\b(?:[^;:()\[\].]|\.(?=\d)){0,60}?\b(?:from|over)\s+(?:the\s+)?"
    r"(?:(?:figures?|levels?|numbers?|totals?|counts?|data)\s+(?:in|of|for)\s+)?\Z",
    re.IGNORECASE,
)
_COMPARED_WITH_TIME = regex(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:[^\d,;:.()\[\]]{0,50}?\b(?:in|of|for)\s+)?\Z",
    re.IGNORECASE,
)
# "from 2022 to 2023", "in 2018 (48%)": a range, or a year whose own value follows
_RANGE_ON = regex(r"\s*(?:[-–—]|to\b|through\b|until\b|till\b|and\b|\(\s*[$€£]?\d)", re.IGNORECASE)
_SAME_PERIOD_BEFORE = regex(
    r"\b(?:on|from|over|against|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+)?the\s+same\s+"
    r"(?:period|quarter|month|months|week|time|season)\s+(?:of\s+|in\s+)?\Z",
    re.IGNORECASE,
)
_ON_BEFORE = regex(r"\b(?:on|from|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+\Z", re.IGNORECASE)
_RECORD_AFTER = regex(r"[\s-]*(?:highs?|lows?|records?)\b", re.IGNORECASE)
_RECORD_BEFORE = regex(
    r"\b(?:highest|lowest|largest|biggest|fastest|steepest|sharpest|worst|best|most|first)\b[^,;.]{0,20}"
    r"\b(?:in|over|for|of)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:more than\s+|over\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


_THAN_AGO = regex(r"\s+(?:earlier|ago|before)\b", re.IGNORECASE)
# An amount and a comparative just before the time: "18% fewer than", "£120 more than", "3 points higher than".
_AMOUNT_THAN = regex(
    r"\d(?:\s*(?:%|per\s*cent|percent|pc|points?))?\s+(?:fewer|more|less|higher|lower|greater|larger|smaller|bigger)"
    r"\s+than\s+$",
    re.IGNORECASE,
)
_PAST_COMPARISON = regex(r"\b(?:against|compared|than|versus|vs|while|whereas)\b|\d", re.IGNORECASE)
# "122k vs non-permanent at 118k": what follows is the other side of a comparison, not what the figure counts
_OTHER_SIDE = frozenset({"vs", "vs.", "versus", "v", "v.", "against"})


def _object(post: str, listed: frozenset[str]) -> tuple[str, str]:
    """The noun phrase just after a figure, and what its verb says of it.

    "206,000 new jobs" -> ("new jobs", ""); "47,800 people died of drug overdoses" ->
    ("people", "died drug overdoses"); "30% of the deaths involved cocaine" ->
    ("deaths", "cocaine"). The second part is read only after a noun too general to say
    what is counted ("people") or after a share's "of the ...".
    """
    m = _AFTER_FIGURE.match(post)
    if not m:
        return "", ""
    tokens = m.group(2).replace(",", " , ").split()
    if (m.group(1) or "").split()[1:2] in (["those"], ["these"]) and tokens and tokens[0].lower().endswith("ed"):
        # "36% of those admitted", "40% of those surveyed": the group the participle names is what is counted
        return tokens[0], ""
    words: list[str] = []
    k = 0
    while (
        k < len(tokens) and len(words) < 3 and tokens[k].lower() not in _OTHER_SIDE and _is_content(tokens[k], listed)
    ):
        words.append(tokens[k])
        k += 1
    if words and words[-1].lower() in _instances() and k + 1 < len(tokens) and tokens[k].lower() == "of":
        # "one-in-eight cases of childhood asthma": the cases are of childhood asthma, which names the count
        k += 1
        while k < len(tokens) and len(words) < 4 and _is_content(tokens[k], listed):
            words.append(tokens[k])
            k += 1
    general = words and all(concepts(w) <= _generic() for w in words)
    if not words or not (general or m.group(1)):
        return " ".join(words), ""
    rest = []
    while k < len(tokens) and tokens[k] != "," and len(rest) < 4:
        word = tokens[k]
        if _is_content(word, listed) or stem(word.lower()) in listed:
            rest.append(word)
        elif rest and not (len(rest) == 1 and word.lower() in _LINKED_TO):
            break  # "attributable to gas stove use", "linked to cocaine": what the share is put down to goes on
        k += 1
    return " ".join(words), " ".join(rest)


# "more than $2 billion in redress", "$1 million in fines": what an amount of money is paid as, after "in"
_PAID_AS = regex(r"\s+in\s+(?!(?:the|a|an|its|their|this|that|[A-Z0-9])\b)(?=[a-z])")
_COPULA = regex(r"\b(?:is|are|was|were|be|been)\s*$", re.IGNORECASE)
_LINKED_TO = frozenset({"to", "for", "by", "with"})


def _as_written(post: str, thing: str, said: str) -> str:
    """The words from ``thing`` to ``said`` as the sentence has them, for a reader.

    "identifiable fragments in each container", not the bare concepts "identifiable
    fragments container", when only such small joining words ("in", "each", "per") stand
    between them; else ``thing`` and ``said`` joined as before.
    """
    words = [w.strip(".,;:!?") for w in post.split()]
    first, last = thing.split()[:1], said.split()[-1:]
    if first and last and first[0] in words and last[0] in words:
        i = words.index(first[0])
        j = len(words) - 1 - words[::-1].index(last[0])
        between = {w.lower() for w in words[i + len(thing.split()) : j + 1 - len(said.split())]}
        if i < j <= i + 8 and between and between <= _JOINING:
            return " ".join(words[i : j + 1])
    return f"{thing} {said}"


_JOINING = frozenset({"in", "of", "per", "each", "every", "a", "an", "the", "for", "from", "on", "at"})


@lru_cache(maxsize=8192)
def concepts(text: str) -> frozenset[str]:
    """The concepts of a phrase: listed nouns and phrases as their group ("consumer prices" -> inflation), else stems."""
    groups = _noun_groups()
    out = set()
    for m in reversed(quantity_terms().find(text, kinds=("noun",))):
        if " " in m.matched.strip() or "-" in m.matched:
            out.add(m.term.get("value"))
            text = text[: m.start] + " " + text[m.end :]
    # "non-permanent residents" count none of the "permanent" ones: "non-" and its word are one concept
    for word in re.findall(r"(?:\bnon-)?[A-Za-z]+", text.lower()):
        if word not in STOP_WORDS:
            s = stem(word.replace("-", ""))
            out.add(groups.get(s, s))
    return frozenset(out)


def sentence_quantities(
    text: str, figures: list[Figure] | tuple[Figure, ...], reference: dt.date | None = None, *, primary: bool = False
) -> list[Quantity]:
    """The :class:`Quantity` of every figure of one sentence, in the same order.

    Parameters
    ----------
    text : str
        The sentence the figures were found in (their offsets point into it).
    figures : sequence of Figure
        :func:`newslit.text.numbers.find_figures` of ``text``.
    reference : datetime.date, optional
        The article's date, to place "last month" and a month named without its year.
    primary : bool
        The sentence is the primary's. There, the time of a figure something is compared
        with ("a decrease of about 3.3% as compared to 20,190 fatalities in the first half of
        2022") is that figure's own, and the others get none. A retold figure keeps the
        sentence's only time: left with none, it would match the primary's figure of any
        period, and "4.3%, higher than the 4.2% expected in July" would be called a change of
        June's 4.1%.

    Returns
    -------
    list of Quantity
        One per figure. A date or a period gets an empty quantity (it is itself a time).
    """
    if not figures:
        return []
    # The word lists are read only for a counted figure: a sentence with only dates and
    # periods ("by 2031") needs neither its terms nor its places.
    counted = any(f.kind in _COUNTED for f in figures)
    terms = quantity_terms().find(text) if counted else []
    listed = frozenset(stem(m.matched.lower()) for m in terms if m.kind == "noun")
    places = (
        [
            (m.start, m.term.get("value"), m.end)
            for m in place_terms().find(text)
            if not _not_counted_place(text, m, terms)
        ]
        if counted
        else []
    )
    breaks = _clauses(text)
    spans = []
    for f in figures:
        later = [b for b in breaks if b > f.end]
        spans.append((max(b for b in breaks if b <= f.start), later[0] if later else len(text)))
    periods = _periods(text, figures, spans, reference, own_times=primary)
    owns = [_own_place(text, g, places) if places and g.kind in _COUNTED else frozenset() for g in figures]
    # the place of a part of a total, told after it ("214 homes were destroyed, 131 of them in Victoria"): the part's
    parts = [owns[k] if owns[k] and PART_IN.match(text, g.end) else frozenset() for k, g in enumerate(figures)]
    out: list[Quantity] = []
    for i, f in enumerate(figures):
        if f.kind not in _COUNTED:  # a date, a period, an age, a rank, a time of day: only what it is of
            out.append(Quantity(concepts(f.noun or ""), f.noun or "", f.kind, frozenset(), None, False, frozenset()))
            continue
        clause_start, clause_end = spans[i]
        counted_before = [g.end for g in figures[:i] if g.kind in _COUNTED and g.end > clause_start]
        prev_end = counted_before[-1] if counted_before else clause_start
        next_start = figures[i + 1].start if i + 1 < len(figures) and figures[i + 1].start < clause_end else clause_end
        pre, post = _blank_times(text, figures, prev_end, f.start), text[f.end : next_start]
        bracket = _BRACKET_AFTER.match(text, f.end)
        if bracket and bracket.end() <= clause_end and re.match(r"\s+of\b", text[bracket.end() :]):
            # "12.7% (95% CI = 6.3–19.3%) of current childhood asthma": a share, its bracket read past
            later = [g.start for g in figures[i + 1 :] if g.start >= bracket.end()]
            post = text[bracket.end() : min(later[0] if later else clause_end, clause_end)]
        subject, at = _subject(pre, listed)
        if counted_before and _OBJECT_THEN_NEXT.fullmatch(pre):
            # "21% of presentations but 36% of those admitted": "presentations" is the 21%'s, not what the 36% counts
            subject, at = "", len(pre)
        which = _WHICH_MOVED.search(text, max(0, f.start - 40), f.start) if not subject else None
        if which and (not counted_before or which.start() >= prev_end - 1):
            # "average regular pay, which grew by 6.0%": what moved is named before the comma, in the clause before
            subject, _ = _subject(text[: which.start()], listed)
            at = len(pre)
        copula = _COPULA.search(pre, 0, at) if subject and not (concepts(subject) - _generic()) else None
        if copula:  # "gas stove use is responsible for 12.7%": the subject is before "is", not "responsible"
            earlier, earlier_at = _subject(pre[: copula.start()], listed)
            if concepts(earlier) - _generic():
                subject, at = f"{earlier} {subject}", earlier_at
        if not (concepts(subject) - _generic()) and not any(k.kind in _COUNTED for k in figures[:i]):
            subject = (_opening(text[: f.start], listed) + " " + subject).strip()
        thing, said = _object(post, listed) if f.kind in ("count", "money", "percent", "ratio") else ("", "")
        if subject and _RELATIVE.search(pre, at + len(subject)):
            subject = ""  # "members who voted for a quarter-point cut": who acted, not what the figure measures
        if f.kind == "money" and thing.lower() in CURRENCY_WORDS:
            thing = said = ""  # "tens of millions of pounds": the currency, not what the money counts
        if f.kind == "money" and not thing and (paid_as := _PAID_AS.match(post)):
            thing, said = _object(post[paid_as.end() - 1 :], listed)  # "$2 billion in redress to consumers"
        share_of = f.kind in ("percent", "ratio") and (
            re.match(r"\s+of\b", post) or _OF_BEFORE.search(text, 0, f.start)
        )
        part = concepts(subject if share_of and (concepts(subject) - _generic()) else said) - _generic()
        if said and not share_of:
            thing = _as_written(post, thing, said)
        noun = f.noun if f.noun and f.noun.lower() not in (subject + " " + thing).lower() else ""
        if noun and not _names(text, f, post, noun):
            noun = ""  # a noun the grammar carried over from another figure: not this figure's words
        if noun and not thing:  # "the number of accounts ... is in the high hundreds of thousands"
            thing = noun
        words = thing if thing and f.kind in ("count", "money") else " ".join(w for w in (subject, thing) if w)
        words = words.strip(" ,;:")  # "61% of the workforce, or ...": the comma ends the words, it is not one
        what = concepts(f"{subject} {thing} {noun}")
        outcome = _OUTCOME.match(post)
        if outcome and stem(outcome[1].lower()) in _noun_groups():
            what |= {_noun_groups()[stem(outcome[1].lower())]}  # "300 workers were injured": injuries, not deaths
        in_clause = [m for m in terms if clause_start <= m.start < clause_end]
        window = [
            m for m in in_clause if min(prev_end, f.start - 60) <= m.start < f.start or f.end <= m.start < f.end + 25
        ]
        window = [m for m in window if m.start >= f.start - 150]
        near = [m for m in window if f.start - 60 <= m.start]
        measure = _measure(f, text, near, what)
        status = frozenset(
            m.term.get("value")
            for m in window
            if m.kind == "status"
            and not _THAN.search(text[max(0, m.start - 8) : m.start])
            # "321 migrants against a projected total of 430": a status after the figure and past a comparison is
            # the other side's
            and not (m.start >= f.end and _PAST_COMPARISON.search(text, f.end, m.start))
            and (m.start == 0 or not m.matched[:1].isupper())  # "Weather Forecasts" in a name is no forecast
            and (m.start >= f.start - 60 or m.start >= prev_end)
        )
        baseline = _baseline(f, pre, post, in_clause, figures, i, out) or bool(
            _LAST_YEARS_BRACKET.search(text, max(0, f.start - 16), f.start)
        )
        if baseline and "revised" in status:
            status = status - {"revised"}  # "revised its estimate up from 606,000": the revision is the new value
        if "forecast" in status and FLASH_ESTIMATE.search(text):
            # "inflation is expected to be 1.9% in May, according to a flash estimate": a statistics office's first
            # measurement of a month gone by, worded so, not a forecast
            status = status - {"forecast"}
        own_place = owns[i]
        place = own_place or frozenset(name for at, name, _ in places if clause_start <= at < clause_end)
        if place and not own_place and any(parts):
            # "A total of 214 homes were destroyed, 131 of them in Victoria": Victoria is the 131's, not the total's
            place -= frozenset().union(*(parts[k] for k in range(len(figures)) if k != i))
        if not (what - _generic()):
            earlier = [
                q for j, q in enumerate(out) if q.specific and _group(figures[j]) == _group(f) and spans[j] == spans[i]
            ]
            if (
                not earlier
                and _LIST_AND.search(text, 0, spans[i][0])
                and not text[spans[i][0] : f.start].strip()
                and _LIST_TAIL.match(post)
            ):
                # "is 3.1 percent in 2026, 2.9 percent in 2027, and 3.0 percent in the longer run": the last of a
                # list, after its ", and", is the same kind of figure as the one before it; not one with a verb
                # of its own ("29% were closed without payment, and 30% remain open")
                earlier = [
                    q
                    for j, q in enumerate(out)
                    if q.specific and _group(figures[j]) == _group(f) and spans[j][1] == spans[i][0]
                ]
            if earlier:
                what, words = earlier[-1].what, earlier[-1].words
                measure = measure if measure != "count" else earlier[-1].measure
                if baseline and not share_of and earlier[-1].part:
                    # "27.5% of all retail sales, up from 26.1%": the earlier value is a share of the same whole
                    share_of, part = True, earlier[-1].part
        period, source = periods[i]
        earlier = _A_YEAR_EARLIER.match(text, f.end) if baseline and period is not None else None
        if earlier and not any(earlier.start() <= figures[j].start < earlier.end() for j in source):
            # "last month, down from 2,401 a year earlier": the April before; "the previous year", read as a date
            # of its own (resolve_date), already is that year
            period = _year_before(period)
        shown = _shown_run(_readable(words, f.noun), text)
        out.append(
            Quantity(
                what,
                words,
                measure,
                status,
                period,
                baseline,
                place,
                f.change,
                source,
                part if share_of else frozenset(),
                shown,
                new=not baseline and _told_as_new(text, f),
                future=bool(_FUTURE.search(text, clause_start, f.start)),
            )
        )
    return out


# A statistics office's first reading of a month gone by, worded "is expected to be" ("according to a flash estimate")
FLASH_ESTIMATE = regex(r"\bflash\s+(?:estimate|release|figures?|reading)\b", re.IGNORECASE)
_FUTURE = regex(r"\b(?:will|would|could|expects?|(?:is|are|was|were) (?:set|due) to)\b|\w'll\b", re.IGNORECASE)
# What happened to those a count counts, told after it: "138 workers were killed", "300 people were injured".
_OUTCOME = regex(
    r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\s+(?:\w+ly\s+)?([A-Za-z-]+)"
)


def _shown_run(words: str, text: str) -> str:
    """``words`` as ``text`` writes them, if they stand in it one after the other; else "".

    Capitals are the sentence's: a name or a people keeps its own ("Black Americans", where
    ``words`` has "black americans"), the sentence's first word and a headline's words are
    lower-cased. A run that ends on a name ("Leonard Farruku", "Alex Belsham-Harris": the
    person the words were about, not a thing counted) is not shown. An end of the words that
    stands in the text ("rural teachers" of "survey rural teachers") is not shown either: on
    the development cases such ends read as nonsense as often as not.
    """
    if not words.strip():
        return ""
    span = _find_run(words, text)
    if span is None:
        return ""
    if headline_cased(text):
        return words
    tokens = text[span[0] : span[1]].split()
    first = not text[: span[0]].strip(" \"'“‘([")  # the run opens the sentence
    if first and (len(tokens) == 1 or not tokens[1][:1].isupper()):  # "Consumer prices", not "Black Americans"
        tokens[0] = plain(tokens[0])
    head = tokens[_head([t.lower() for t in tokens])]
    named = head[:1].isupper() and not head.isupper() and ("-" in head or not head.endswith("s"))
    if named and head.lower() not in _HEADS and head.lower() not in PLURALS and not _listed(head.lower()):
        return ""
    return " ".join(tokens)


def _find_run(words: str, text: str) -> tuple[int, int] | None:
    """Where ``words`` stand in ``text`` one after the other (capitals aside), as whole words: (start, end), or None.

    Most sentences have single spaces and lower-case to the same length: a plain search does
    (a pattern built for every figure was a third of the time of reading a sentence's quantities).
    """
    lowered, wanted = text.lower(), " ".join(words.split()).lower()
    if len(lowered) == len(text) and "  " not in text and "\n" not in text and "\t" not in text:
        start = lowered.find(wanted)
        while start >= 0:
            end = start + len(wanted)
            if not (start and (lowered[start - 1].isalnum() or lowered[start - 1] == "_")) and not (
                end < len(lowered) and (lowered[end].isalnum() or lowered[end] == "_")
            ):
                return start, end
            start = lowered.find(wanted, start + 1)
        return None
    run = r"\s+".join(re.escape(w) for w in words.split())
    found = re.search(rf"(?<!\w){run}(?!\w)", text, re.IGNORECASE)
    return found.span() if found else None


_DATELINE = regex(r"[A-Z .,'’-]*(?:\([^()]{0,30}\))?\s*[-–—]\s")
_NAME_BEFORE = regex(
    r"((?:[A-Z][\w'’.-]*|of|and|for|the)(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the))*)\s*(?:,|\bin|\bat)\s+(?:the\s+)?$"
)

_NAME_OF = regex(r"((?:[A-Z][\w'’.-]*\s+){1,4})of\s+(?:the\s+)?$")


# "Mexico-based", "London-headquartered": a place joined to an organisation's name, its home
_HOME_OF = regex(r"[-‐–]\s?(?:based|headquartered|registered|listed|owned)\b", re.IGNORECASE)


def _not_counted_place(text: str, match, terms) -> bool:
    """Is this place where someone is rather than what a figure counts?

    Three cases: an organisation's home ("a subsidiary of Mexico-based Grupo Bimbo"); a dateline
    ("NEW YORK - A typical bottle ...", "LONDON (Reuters) -"), where the reporter filed from; and
    an institution's address ("Columbia Mailman School of Public Health in New York", "the
    University of Leeds"), where the people who counted
    work. An institution is a run of capitalised words holding a word listed with kind
    ``institution`` in ``data/quantity_terms.csv``.
    """
    if not text[: match.start].strip() and _DATELINE.match(text, match.end):
        return True
    if _HOME_OF.match(text, match.end):
        return True  # "a subsidiary of Mexico-based Grupo Bimbo": where a company is from, not what is counted
    offset = max(0, match.start - 120)
    before = text[offset : match.start]
    name = _NAME_BEFORE.search(before) or _NAME_OF.search(before)
    if name is None:
        return False
    lo, hi = offset + name.start(1), offset + name.end(1)
    return any(m.kind == "institution" and lo <= m.start and m.end <= hi and m.matched[:1].isupper() for m in terms)


def _blank_times(text: str, figures, start: int, end: int) -> str:
    """``text[start:end]`` with the dates and periods in it blanked out: they say when, not what."""
    times = [g for g in figures if g.kind in ("date", "year", "period", "time") and start <= g.start and g.end <= end]
    if not times:
        return text[start:end]  # most words before a figure hold no time: nothing to blank
    chars = list(text[start:end])
    for g in times:
        chars[g.start - start : g.end - start] = " " * (g.end - g.start)
    return "".join(chars)


def _names(text: str, f: Figure, post: str, noun: str) -> bool:
    """Does the sentence tie ``noun`` to ``f``: right after it, or as "the number of <noun>" before it?"""
    if re.search(rf"\b{re.escape(noun)}\b", post[:40], re.IGNORECASE):
        return True
    before = text[: f.start]
    named = list(
        re.finditer(rf"\b(?:number|share|total|amount|count)\s+of\s+{re.escape(noun)}\b", before, re.IGNORECASE)
    )
    # not another figure's own words: "a 6.7% share of units but 23% of market value"
    return bool(named) and not re.search(r"\d%?\s*$", before[: named[-1].start()])


def _group(f: Figure) -> str:
    return {"percent": "share", "ratio": "share", "year": "date"}.get(f.kind, f.kind)


# "£46 million more than using hotels", "tens of millions of pounds more than ...", "£94 million
# cheaper than hotels", "900 more people": a difference between two amounts, not an amount.
_DIFFERENCE = regex(
    r"(?:\s+of\s+(?:pounds|dollars|euros))?"
    r"\s+(?:more|less|fewer|cheaper|dearer|extra)\b",
    re.IGNORECASE,
)


def _measure(f: Figure, text: str, window, what: frozenset[str]) -> str:
    if f.change:
        return "change"
    if f.kind in ("count", "money") and _DIFFERENCE.match(text, f.end):
        return "difference"
    for m in window:
        if m.kind != "measure" or m.term.get("value") != "change":
            continue
        if m.start > f.start and m.matched.lower().startswith(_BY_ONLY):
            continue  # "prevent thousands of deaths and reduce …": the verb's own amount comes after it
        if m.start > f.end and _CAUSE_AFTER.search(text, f.end, m.start):
            continue  # "a total of approximately 380 000, driven by a rise in arrivals": the cause's rise
        if m.start < f.start:
            between = text[m.end : f.start]
            if re.search(r"\b(?:to|from)\b|[.;]", between):  # "rose to 4.1%": where it went, not by how much
                continue
            if _SUBORDINATE.search(between):
                continue  # "visits increased nearly sevenfold on days when the heat index exceeded 90°F": the visits' rise
            if re.search(r"\bat\b", between) and re.search(r"(?:ed|rose|fell|grew)$", m.matched.lower()):
                continue  # "climbed at 4%" is a level; "growth at 206,000" is still a change
            if m.matched.lower().startswith(_BY_ONLY) and not _BY.search(between):
                continue  # "reduce Bank Rate by 0.25 points" is a change; "reduce exposure for 100 million people" is not
        return "change"
    if "rate" in what or any(m.kind == "measure" and m.term.get("value") == "rate" for m in window):
        return "rate"
    if f.kind in ("percent", "ratio") and (re.match(r"\s+of\b", text[f.end :]) or _OF_BEFORE.search(text, 0, f.start)):
        return "share"
    return "count"


# A clause of its own between a change word and a figure: "on days when", "in areas where", "if".
_SUBORDINATE = regex(r"\b(?:when|whenever|where|wherever|if|unless)\b", re.IGNORECASE)
# "Of those planning to leave, 44% said …": the whole a share is taken of, named before it
_OF_BEFORE = regex(r"(?:^|[.;:]\s+)Of\s+(?:the\s+|those\s+|these\s+|them\b|which\b)[^,.;]{0,60},\s*$", re.IGNORECASE)
_BRACKET_AFTER = regex(r"\s*\([^()]{1,80}\)")
_PLACE_THEN_FIGURE = regex(r"\s*(?:\(|=|:)\s*$")
_FIGURE_IN_PLACE = regex(r"\s+(?:of\s+(?:them|those|these|which)\s+)?in\s+(?:the\s+)?$")
PART_IN = regex(r"\s+of\s+(?:them|those|these|which)\s+in\b")
"""After a figure that is a part of a total and its place: "(131) of them in (Victoria)"."""


def _own_place(text: str, f: Figure, places) -> frozenset[str]:
    """The place a figure is given for, when a list pairs each figure with its place; empty when there is none.

    "Illinois (21%), California (20%)", "Illinois = 21.1%; California = 20.1%", "from 21.1% in
    Illinois to 13.5% in Pennsylvania": each figure is that place's, not every place of the clause's.
    """
    for _at, name, end in places:
        if end <= f.start and _PLACE_THEN_FIGURE.fullmatch(text, end, f.start):
            return frozenset({name})
        if _at >= f.end and _FIGURE_IN_PLACE.fullmatch(text, f.end, _at):
            return frozenset({name})
    return frozenset()


# The words between a thing named before a comma and its figure: ", which grew by", ", which rose to", ", which was".
_WHICH_MOVED = regex(
    r"\s*,\s*which\s+(?:has\s+|had\s+|have\s+)?(?:grew|grown|rose|risen|fell|fallen|increased|decreased|dropped|climbed"
    r"|declined|jumped|stood|was|were)(?:\s+(?:by|to|at))?\s*$",
    re.IGNORECASE,
)
_RELATIVE = regex(r"\b(?:who|whom|which|that)\s+\w+", re.IGNORECASE)
# Verbs that say a change only with "by" before the amount: they also take a count as their object
_BY_ONLY = ("reduc", "rais", "lower")
_BY = regex(r"\bby\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _told_as_new(text: str, f: Figure) -> bool:
    """Is ``f`` told as the value something came to ("fell to 4.1%", "12 countries, up from 9")?"""
    # why: most figures have neither "to" just before nor "from" just after; the patterns run only when they might match
    came_to = "to" in text[max(0, f.start - 6) : f.start] and _CAME_TO.search(text, max(0, f.start - 100), f.start)
    return bool(came_to or ("from" in text[f.end : f.end + 50] and _THEN_FROM.match(text, f.end)))


# Between two earlier values of one list, the first one's time blanked: "from 67% in 2022–23 and 74% in 2019–20".
_LISTED_EARLIER = regex(
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w\s–-]{0,25}?)?\s*,?\s+and\s+(?:in\s+\S+\s+)?", re.IGNORECASE
)
# Between two figures that are one value told two ways: "KSh 412 billion, or 2.9% of GDP", "£4bn, equivalent to 3%".
_APPOSED = regex(r"\s*,?\s*(?:or|equivalent\s+to|equal\s+to)\s+", re.IGNORECASE)


def _baseline(f, pre, post, in_clause, figures, i, before) -> bool:
    """Is ``f`` the earlier value something is compared with?"""
    if _COMPARATIVE_THAN.search(pre):
        return True  # "slightly lower than 69.6% in 2022": the value the new one is set against
    if _HAD_BEEN.search(pre):
        return True  # "The jobless rate had been 4.1 per cent in April": the value before the new one
    if i and before and before[-1].baseline and _APPOSED.fullmatch(pre):
        return True  # "up from KSh 412 billion, or 2.9% of GDP": the earlier value told another way
    counted = [k for k in range(i) if figures[k].kind in _COUNTED]
    if counted and before[counted[-1]].baseline and _LISTED_EARLIER.fullmatch(pre):
        return True  # "down from 67% in 2022–23 and 74% in 2019–20": each value of the list is an earlier one
    if (
        _COMPARED_WITH.search(pre)
        and not _DRAWN_FROM.search(pre)
        and not _RANGE_FROM.search(pre)
        and not (pre.rstrip().endswith("from") and _PLACE_TO.match(post))
        and not (not pre.rstrip().endswith("from") and _ANOTHER_PLACE.match(post))
    ):
        things, after = _THINGS_FROM.search(pre), _SOURCES_AFTER.match(post)
        # "200 cases from 300 cases": the same things on both sides are a comparison, not things and their sources
        sources = f.kind == "count" and not f.unit and things and after and stem(things[1]) != stem(after[1])
        return not sources
    for m in in_clause:
        value = m.term.get("value") if m.kind == "baseline" else None
        if value in ("kept", "kept rate") and m.end <= f.start and f.start - m.end <= len(pre):
            gap = pre[len(pre) - (f.start - m.end) :]
            if _KEPT_GAP.fullmatch(gap) and (value == "kept" or _RATE.search(gap)):
                return True  # the value in force before a decision is an earlier value, as "from 5.25%" is
    earlier = [m for m in in_clause if m.kind == "baseline" and m.term.get("value") == "earlier"]
    for m in earlier:
        if f.end <= m.start <= f.end + len(post) + 1:
            gap = pre_gap = post[: max(0, m.start - f.end)]
            if re.fullmatch(r"[\s,]*(?:(?:in|at|for)\s+)?(?:the\s+)?", gap or pre_gap):
                return True  # "3.6 percent a year earlier"; not "9.1% compared with a year earlier"
            continue
        if m.end <= f.start and (i == 0 or figures[i - 1].end <= m.start) and not _TO_END.search(pre):
            return True  # not "rose 3% from a year earlier to $404,500": the value it came to
        if m.end <= f.start and i and before and before[-1].baseline and figures[i - 1].start > m.end:
            return True
    return False


# Right after an earlier value: "down from 2,401 a year earlier", "from 3.6% a year ago", "up from 4,324 the
# previous year", "from 40,930 in the year before".
_A_YEAR_EARLIER = regex(
    r"\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:(?:previous|prior|preceding)\s+year|year\s+before))\b",
    re.IGNORECASE,
)


def _year_before(period: Period) -> Period:
    """The same period a year before: the sentence's time of an earlier value told "a year earlier"."""
    return period if period.year is None else replace(period, year=period.year - 1)


def since(text: str, g: Figure) -> bool:
    """Is ``g`` the point a comparison counts from ("the highest since November 1981", "since the period ending ...")?

    True when "since" stands up to 50 characters before ``g`` with no digit, comma, full stop
    or semicolon between: a clause after "since" may name an event before its year ("the
    lowest since the survey was first published in 1981").
    """
    # why: English often dates a comparison by an event, "since <something happened> in <year>"
    before = text[max(0, g.start - 60) : g.start]
    return "nce" in before.lower() and bool(_SINCE.search(before))  # most texts have no "since": no scan


def _in_range(text: str, figures, j: int) -> bool:
    """Is the time ``figures[j]`` one end of a range ("from 2019 to 2023", "between 2019 and 2023")?

    A span is never one end: "the 12 months to June 2024" is twelve months ending in June.
    """
    g = figures[j]
    if g.kind == "period":
        return False
    for k in (j - 1, j + 1):
        if 0 <= k < len(figures) and figures[k].kind in ("date", "year"):
            a, b = sorted((g, figures[k]), key=lambda x: x.start)
            if re.fullmatch(r"\s*(?:to|and|through|until|-|–)\s*", text[a.end : b.start]):
                return True
    return False


# Just before a month or a day: a statistics office's "year ending" ("YE June 2023", "the year ending June 2023",
# "the year ended 30 June 2023"), or its "half-year ending June 2023" (six months); not "at YE December 2022" (a
# count at the year's end).
_SPAN_ENDING = regex(
    r"(?:(?<!\bat\s)\bYE|(?<![\w-])(?P<half>[Hh]alf[- ])?[Yy]ear\s+(?:ending|ended))\s+(?:in\s+|on\s+)?\Z"
)
_SPAN_TO_MONTH = regex(r"(?:[\s-]*(?:months?|period|year))*\s+(?:ending|ended|to|through|until)(?:\s+in)?\s+", re.I)


def _join_span_and_end(text: str, figures, times: dict) -> None:
    """Make a span and the month it ends in one period, for both: "in the 12 months to June 2024",
    "the year to June 2023", "the 12-month period ending in April 2023" are twelve months to that month.

    ``times`` (figure index -> period) is changed in place.
    """
    for j, k in zip(sorted(times), sorted(times)[1:]):
        span, end = times[j], times[k]
        if span.kind == "span" and span.month is None and end.kind == "month" and k == j + 1:
            if _SPAN_TO_MONTH.fullmatch(text, figures[j].end, figures[k].start):
                times[j] = times[k] = Period("span", end.year, end.month, span.months)
    for j in sorted(times):
        # "in the year to 31 March 2025": a day ends the span as its month does; the day itself stays a date
        span, day = times[j], figures[j + 1] if j + 1 < len(figures) else None
        if (
            span.kind == "span"
            and span.month is None
            and day is not None
            and day.kind == "date"
            and _A_DAY.fullmatch(day.date or "")
            and _SPAN_TO_MONTH.fullmatch(text, figures[j].end, day.start)
        ):
            times[j] = Period("span", int(day.date[:4]), int(day.date[5:7]), span.months)


_A_DAY = regex(r"\d{4}-\d{2}-\d{2}")


_TOLD_AGO = regex(r"\s+ago\b")
_DONE_BEFORE = regex(r"\b[a-z]+ed\s+$")
# "payments at least 90 days late", "60 days overdue": how late something is, not the time a figure counts over
_DELAY = regex(r"\s+(?:late|overdue|past[\s-]+due|in\s+arrears|delinquent)\b", re.IGNORECASE)


# "61 homicides in the first half of the year, compared with 78 in the same period of 2024": the half year of 2024
# (the earlier value right before it, not "down 0.4% compared with the same period of 2024": that fall is this year's)
_SAME_PERIOD_OF = regex(
    r"\s+(?:in|for|during|over)\s+the\s+same\s+(?:period|months|quarter|half|stretch|time)\s+(?:of|in)\s+",
    re.IGNORECASE,
)


# "in all of 2024", "the whole of 2024", "full-year 2024": the whole year, said so to set it apart from a part of it
_WHOLE_OF = regex(r"\b(?:all\s+of|the\s+(?:whole|entire|full)\s+(?:of\s+)?|full[\s-]year)\s+\Z", re.IGNORECASE)


def _same_period_of_year(text: str, figures, times: dict) -> None:
    """Give "the same period of 2024" the time of the span or month named before it, in that year, and "all of
    2024" the whole year's twelve months.

    Without this the figure would count the whole of 2024, and an outlet's "157 homicides in all of 2024" would
    read as the same quantity. ``times`` (figure index -> period) is changed in place.
    """
    for j in sorted(times):
        g = figures[j]
        if g.kind == "year" and g.value is not None and _WHOLE_OF.search(text, max(0, g.start - 20), g.start):
            times[j] = Period("span", int(g.value), 12, 12)  # "in all of 2024": the twelve months, never a part
            continue
        if (
            g.kind != "year"
            or g.value is None
            or not j
            or figures[j - 1].kind not in _COUNTED
            or not _SAME_PERIOD_OF.fullmatch(text, figures[j - 1].end, g.start)
        ):
            continue
        earlier = [k for k in times if k < j and times[k].kind in ("span", "month")]
        if earlier:
            times[j] = replace(times[earlier[-1]], year=int(g.value))


def _periods(text: str, figures, spans, reference, *, own_times: bool = False) -> list[Period | None]:
    """The period of every figure: the date or period that follows it closely ("206,000 in June"),
    else a date of its clause that no other figure claims, else one of its sentence.

    A date after "since" ("the highest since November 2021") is a comparison, not a period.
    """
    times = {}
    ranges = set()  # the times that are a range of months: only the figure just before takes one
    for j, g in enumerate(figures):
        if g.kind not in ("date", "year", "period"):
            continue
        if comparison_time(text, g):
            continue
        if (
            g.kind == "period"
            and _TOLD_AGO.match(text, g.end)
            and _DONE_BEFORE.search(text, max(0, g.start - 25), g.start)
        ):
            continue  # "$411 billion estimated one year ago": when it was told, not the span it counts
        if (
            g.kind == "period"
            and j
            and _THAN_AGO.match(text, g.end)
            and figures[j - 1].kind in _COUNTED
            and not text[figures[j - 1].end : g.start].strip()
            and _FROM_VALUE.search(text, max(0, figures[j - 1].start - 12), figures[j - 1].start)
        ):
            continue  # "up from 25.9 per cent two years earlier": when the earlier value was, not a span it counts
        if g.kind == "period" and _DELAY.match(text, g.end):
            continue  # "8.8% of balances … at least 90 days late": the lateness, not the 8.8%'s period
        if _in_range(text, figures, j):
            # "4% in January-March 2025": the three months, never one of them; "between 1 April 2024 and 31 March
            # 2025": the twelve months, so that a comparison's "on 2023-24" further on is not taken for them
            span = _month_range(text, figures, j, reference) or _day_range(text, figures, j)
            if span is not None:
                times[j] = span
                ranges.add(j)
            continue
        resolved = resolve_date(g, reference, text)
        period = period_of(resolved)
        day = g.kind == "date" and resolved.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", resolved.date)
        if period is None and day and _SPAN_ENDING.search(text, 0, g.start):  # "the year ended 30 June 2023"
            period = Period("month", int(resolved.date[:4]), int(resolved.date[5:7]))
        if period is not None:
            times[j] = period
    _same_period_of_year(text, figures, times)
    _join_span_and_end(text, figures, times)
    for j, period in times.items():  # "YE June 2023": the twelve months to June 2023 ("the year ending June" is joined)
        ending = _SPAN_ENDING.search(text, 0, figures[j].start) if period.kind == "month" else None
        if ending:
            times[j] = Period("span", period.year, period.month, 6 if ending.group("half") else 12)
    claimed: dict[int, int] = {}  # time -> the figure it follows closely
    for j in times:
        before = [k for k in range(j) if figures[k].kind not in ("date", "year", "period", "time")]
        if before:
            k = before[-1]
            gap = text[figures[k].end : figures[j].start]
            if spans[k] == spans[j] and len(gap) <= 25 and re.fullmatch(r"[\s\w'’,-]*", gap) and "," not in gap:
                claimed[j] = k
    # "£19.7 million (2024: £24.2 million)": the year in the bracket is the figure's after its colon, and no other's
    bracketed = set()
    for j in times:
        after = j + 1
        if (
            after < len(figures)
            and figures[after].kind in _COUNTED
            and (
                _LAST_YEARS_BRACKET.search(text, max(0, figures[j].start - 6), figures[after].start)
                # "two prior readings in 2015 (57%) and 2018 (48%)": each year is its bracketed value's
                or _VALUE_IN_BRACKET.fullmatch(text, figures[j].end, figures[after].start)
            )
        ):
            claimed[j] = after
            bracketed.add(j)
    # a figure something is compared with ("a decrease of 3.3% as compared to 20,190 in the first half of
    # 2022", "more than the 310 of 2023"): its time is its own, not the sentence's
    compared = (
        {k for k in claimed.values() if _COMPARED_TIME.search(text, max(0, figures[k].start - 30), figures[k].start)}
        if own_times
        else set()
    )
    # a time further on in the clause of the earlier value a change is counted from ("31.8%, down from 33.2% at
    # the comparable elections in 2021"): that value's, not the sentence's for every figure, in the primary and in
    # a retelling alike
    told_with = {}
    for j in times:
        before = [k for k in range(j) if figures[k].kind in _COUNTED]
        if before and not re.search(r"[,;:.]", text[figures[before[-1]].end : figures[j].start]):
            k = before[-1]
            if _DOWN_FROM.search(text, max(0, figures[k].start - 30), figures[k].start):
                told_with[j] = k
    # a change counted from a time ("a 17% increase from the figures in 2022, indicating a … trend over the past
    # three years"): a length of time after it in its sentence is not its period
    from_time = {k for j in range(len(figures)) if (k := counted_from_figure(text, figures, j)) is not None}
    out: list[tuple[Period | None, tuple[int, ...]]] = []
    for i, f in enumerate(figures):
        if f.kind not in _COUNTED:
            out.append((None, ()))
            continue
        own = [j for j, k in claimed.items() if k == i]
        # "£28.4 million, …, reflecting … the increase from April 2025": the cause's time, not the figure's
        caused = {
            j
            for j in times
            if j not in claimed and f.end < figures[j].start and _CAUSE_AFTER.search(text, f.end, figures[j].start)
        }
        # why: a range of months dates only the figure it follows ("4% in January-March 2025"); where it stands
        # further off ("57.2% (£2,321) less than the energy crisis (January-March 2023)") it may be another's
        free_clause = [
            j
            for j in times
            if j not in claimed
            and spans[j] == spans[i]
            and j not in ranges
            and told_with.get(j, i) == i
            and j not in caused
            and not (i in from_time and figures[j].kind == "period" and figures[j].start > f.end)
        ]
        # the sentence's only time, unless a compared figure claims it, or a figure of another clause or of a
        # participle's ("rose to 118.2% from 113.5%, giving it room to raise pensions by 2.75% in January": the raise's)
        alone = (
            [
                j
                for j in times
                if claimed.get(j) not in compared
                and j not in ranges
                and (j not in bracketed or claimed[j] == i)
                and told_with.get(j, i) == i
                and (
                    j not in claimed
                    or (
                        spans[j] == spans[i]
                        and not _PARTICIPLE.search(text, f.end, figures[claimed[j]].start)
                        # "rose from 63.9% in 2023 to 64.8%": 2023 is the earlier value's, the change ends later
                        # (but "rose to $640 from $600 in 2024" dates the rise: the new value comes first)
                        and not (
                            f.start > figures[j].end
                            and _FROM_VALUE.search(
                                text, max(0, figures[claimed[j]].start - 12), figures[claimed[j]].start
                            )
                        )
                    )
                )
                and j not in caused
                and not (i in from_time and figures[j].kind == "period" and figures[j].start > f.end)
            ]
            if len(times) == 1
            else []
        )
        chosen = None
        for pool in (own, free_clause, alone):
            if pool:
                chosen = min(pool, key=lambda j: abs(figures[j].start - f.start))
                break
        period = times[chosen] if chosen is not None else None
        sources = tuple(own) if own else (() if chosen is None else (chosen,))
        lo = figures[i - 1].end if i else spans[i][0]
        if chosen is not None:
            lo = min(lo, figures[chosen].start)
        hi = figures[i + 1].start if i + 1 < len(figures) else spans[i][1]
        if chosen is not None and chosen == i + 1 and i + 2 < len(figures):
            hi = figures[i + 2].start  # "9.1% year over year in June 2022, ...": the words after its month too
        out.append(
            (
                _on_a_year_ago(
                    text,
                    f,
                    _with_span(text, (max(lo, spans[i][0]), min(hi, spans[i][1])), period, times, figures, chosen),
                ),
                sources,
            )
        )
    return out


_DAY = regex(r"(\d{4}|\?{4})-(\d{2})-(\d{2})")


def _day_range(text: str, figures, j: int) -> Period | None:
    """The days from ``figures[j - 1]`` to ``figures[j]`` ("between 1 April 2024 and 31 March 2025") as one span.

    None unless both are days, the last with its year, after "between" or "from" and joined by "and", "to",
    "through", "until" or a dash, and at least about a month apart: then the months they cover, ending in the
    last one's month ("between 1 January and 31 December 2024" is the twelve months to December 2024).
    """
    if j == 0:
        return None
    first, last = (_DAY.fullmatch(figures[k].date or "") for k in (j - 1, j))
    if first is None or last is None or not last.group(1).isdigit():
        return None
    if not re.search(r"\b(?:between|from)\s*$", text[: figures[j - 1].start]):
        return None
    if not re.fullmatch(r"\s*(?:and|to|through|until|-|–)\s*", text[figures[j - 1].end : figures[j].start]):
        return None
    year = int(last.group(1))
    start_year = int(first.group(1)) if first.group(1).isdigit() else year
    try:
        days = (
            dt.date(year, int(last.group(2)), int(last.group(3)))
            - dt.date(start_year, int(first.group(2)), int(first.group(3)))
        ).days
    except ValueError:
        return None  # "31 February": no such day, no span
    months = round((days + 1) / (365.25 / 12))
    return Period("span", year, int(last.group(2)), months) if months >= 1 else None


def _month_range(text: str, figures, j: int, reference) -> Period | None:
    """The months from ``figures[j - 1]`` to ``figures[j]`` ("January-March 2025", "October to December 2023") as one span.

    None unless both are months (each a date of one month) joined by a dash or "to" (or "between … and"), the
    last alone with its year written, and no "from" before them ("rose from May to June" is a change between two months).
    """
    if j == 0:
        return None
    first, last = (period_of(resolve_date(figures[k], reference)) for k in (j - 1, j))
    if first is None or last is None or first.kind != "month" or last.kind != "month" or last.year is None:
        return None
    if re.search(r"\d{4}", figures[j - 1].text):
        return None  # "between June 2021 and June 2022": two points in time, each with its year
    if not re.search(r"\d{4}", figures[j].text) or re.search(r"\bfrom\s*$", text[: figures[j - 1].start]):
        return None  # "from May to June": a change between two months, not the months together
    between = re.search(r"\bbetween\s*$", text[: figures[j - 1].start])
    if not re.fullmatch(
        r"\s*(?:and|to|-|–)\s*" if between else r"\s*(?:to|-|–)\s*", text[figures[j - 1].end : figures[j].start]
    ):
        return None
    return Period("span", last.year, last.month, (last.month - first.month) % 12 + 1)


# Right after a change: "up 8.1% on a year ago", "8.1% year on year": a change over twelve months, whatever span
# the sentence gives another figure ("jumped $24 billion in just three months and are up 8.1% on a year ago")
_ON_A_YEAR_AGO = regex(
    r"\s+(?:(?:on|from|over)\s+a\s+year\s+(?:ago|earlier|before)|year[- ](?:on|over)[- ]year)\b", re.IGNORECASE
)


def _on_a_year_ago(text: str, f, period: Period | None) -> Period | None:
    """``period``, or twelve months when ``f`` is followed by "on a year ago" and ``period`` is a span of another length."""
    if not _ON_A_YEAR_AGO.match(text, f.end) or (period is not None and (period.kind != "span" or period.months == 12)):
        return period
    return Period("span", None, None, 12)


def _with_span(text: str, span, period: Period | None, times: dict, figures, chosen) -> Period | None:
    """A month and a 12-month span named together ("up 9.1% year over year in June") make one period."""
    clause = text[span[0] : span[1]]
    if period is not None and period.kind == "month" and may_match(clause, _SPAN_12_PARTS) and _SPAN_12.search(clause):
        return Period("span", period.year, period.month, 12)
    if period is not None and period.kind == "month" and chosen is not None:
        # "in the 12-month period ending in April 2023": the span and its last month
        spans_before = [
            t for j, t in times.items() if t.kind == "span" and t.month is None and j < chosen and chosen - j <= 2
        ]
        if len(spans_before) == 1 and re.search(
            r"\b(?:ending|ended|to|through|until)\b",
            text[figures[chosen - 1].end : figures[chosen].start] if chosen else "",
        ):
            return Period("span", period.year, period.month, spans_before[0].months)
    if period is not None and period.kind == "span" and period.month is None:
        months = [
            t for j, t in times.items() if t.kind == "month" and j != chosen and span[0] <= figures[j].start < span[1]
        ]
        if len(months) == 1:
            return Period("span", months[0].year, months[0].month, period.months)
    if period is None and may_match(clause, _SPAN_12_PARTS) and _SPAN_12.search(clause):
        return Period("span", None, None, 12)
    return period


# ---- comparing two quantities ----------------------------------------------------------------

_STATUS_WORDS = {
    "forecast": "a forecast",
    "revised": "a revision",
    "earlier": "what earlier research found",
    "previous": "from an earlier count",
}


def what_agrees(a: Quantity, b: Quantity) -> bool | None:
    """True when both name what they count and share a specific concept; False when both name it and share none."""
    sa, sb = a.specific, b.specific
    if not sa or not sb:
        return None
    return not sa.isdisjoint(sb)  # no set of the shared concepts is built: only whether there is one


def and_joined(names: list[str]) -> str:
    """ "England and the United Kingdom", "Ohio, Iowa and Texas": names as a sentence lists them."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _with_article(place: str) -> str:
    """ "the United States", "the Netherlands", "the Czech Republic", "the European Union", but "Texas":
    a place's name as it reads in a sentence (every name in ``data/places.csv`` that takes "the")."""
    takes_the = (
        place.startswith(("United ", "District of"))
        or place.endswith((" Republic", " Union"))
        or place in ("Netherlands", "Philippines")
    )
    return f"the {place}" if takes_the else place


CURRENCY_NAMES = {
    "$": "dollars", "USD": "US dollars", "CAD": "Canadian dollars", "AUD": "Australian dollars",
    "NZD": "New Zealand dollars", "HKD": "Hong Kong dollars", "SGD": "Singapore dollars", "GBP": "pounds",
    "EUR": "euros", "INR": "rupees", "¥": "yen or yuan", "JPY": "yen", "CNY": "yuan", "KES": "Kenyan shillings",
    "ZAR": "rand", "CHF": "Swiss francs", "NGN": "naira", "KRW": "won", "TRY": "lira", "IDR": "rupiah",
    "UAH": "hryvnias", "HUF": "forints", "BDT": "taka", "RON": "lei", "CZK": "koruna", "OMR": "Omani rials",
    "SAR": "Saudi riyals", "QAR": "Qatari riyals", "AED": "dirhams", "KWD": "Kuwaiti dinars", "BHD": "Bahraini dinars",
    "JOD": "Jordanian dinars", "THB": "baht", "PHP": "Philippine pesos", "PEN": "soles", "RUB": "roubles",
    "ISK": "Icelandic krónur", "ETB": "birr",
}  # fmt: skip
"""Currency codes (as :mod:`newslit.text.numbers` gives them) in words a reader knows; "$" is a dollar whose country is not said."""

_DOLLARS = frozenset({"$", "USD", "CAD", "AUD", "NZD", "HKD", "SGD"})
_YEN_OR_YUAN = frozenset({"¥", "JPY", "CNY"})
_CROWNS = frozenset({"kr", "SEK", "NOK", "DKK", "ISK", "CZK"})
_PESOS = frozenset({"peso", "MXN", "CLP", "ARS", "COP", "PHP"})  # "COP 2,850,000": Colombia's


def same_currency(a: str | None, b: str | None) -> bool:
    """Are two money units one currency? A bare "$" is any country's dollar: a Canadian release's "$50 million" is
    AFP's "Can$50 million"; "US$" and "Can$" are two."""
    return (
        a == b
        or ("$" in (a, b) and a in _DOLLARS and b in _DOLLARS)
        or ("¥" in (a, b) and {a, b} <= _YEN_OR_YUAN)
        or ("kr" in (a, b) and {a, b} <= _CROWNS)  # "4,612 billion kronor" for "SEK 4 612 billion"
        or ("peso" in (a, b) and {a, b} <= _PESOS)
    )


def other_currency(d: Figure, p: Figure) -> bool:
    """Are both amounts of money, in two different currencies ("$26,644" and "£20,000", "US$38 million" and "Can$50 million")?

    Such an amount may be the same one converted: only the day's exchange rate, which a
    primary rarely gives, could tell, so it is never called changed.
    """
    return d.kind == p.kind == "money" and bool(d.unit) and bool(p.unit) and not same_currency(d.unit, p.unit)


def change_against_share(d: Quantity, p: Quantity, d_figure: Figure, p_figure: Figure) -> bool:
    """Is one of the two a rise or fall and the other a share that names its part, their values more than a tenth apart?

    "student visa holders dropped by 25 per cent" and "just under half of temporary visa holders arriving were
    international students": a share that names its part is a part of a whole, not a rise or fall. Within a tenth
    the two may be one fact told two ways ("laid off 9.6% of its employees", "headcount fell about 10%");
    "inflation reached 9.1%" names no part, and "cut 30% of its workforce" is a change with a part.
    """
    share = d if d.measure == "share" else p if p.measure == "share" else None
    change = d if d.measure == "change" else p if p.measure == "change" else None
    if not (share and change and share.part) or change.part:
        return False
    a, b = d_figure.comparable, p_figure.comparable
    return a is not None and b is not None and abs(a - b) > 0.1 * max(abs(a), abs(b))


def _share_against_change(d: Quantity, p: Quantity, d_figure: Figure, p_figure: Figure) -> bool:
    """Is one a percentage "of" something and the other a rise or fall, their values more than a tenth apart?

    "less than 5 per cent of the ¥1.9 billion net profit" is not "passengers … down 4.2 per
    cent" rounded. Within a tenth the two may be one fact told two ways ("laid off 9.6% of
    its employees", "headcount fell about 10%"), as in :func:`change_against_share`, which
    gives its own reason when the share names its part.
    """
    if {d.measure, p.measure} != {"share", "change"} or not d_figure.kind == p_figure.kind == "percent":
        return False
    if change_against_share(d, p, d_figure, p_figure):
        return False  # said by the sentence's own reason ("one is a rise or fall, the other a share of a group")
    a, b = d_figure.comparable, p_figure.comparable
    return a is not None and b is not None and abs(a - b) > 0.1 * max(abs(a), abs(b))


def conflicts(
    d: Quantity,
    p: Quantity,
    d_figure: Figure,
    p_figure: Figure,
    scope: frozenset[str] = frozenset(),
    *,
    any_place: bool = False,
) -> list[str]:
    """Why the retold quantity ``d`` cannot be the primary's ``p``, in words; [] when nothing says so.

    The surest reasons come first (status, earlier value, period, place), what is counted
    last. A retold share of a group that says what part of it does something ("nearly a
    quarter of first-time buyers reported living with family": a share with a part) is not
    a primary figure that names no part and is no share of anything (the group's own
    "market share"), unless the primary's words hold that part. ``scope`` holds the places
    the primary as a whole is about (named near its top): a retelling that names one of them
    does not point to another place. With ``any_place`` (a primary that names no place, and
    the same value) a place is never a reason.
    """
    found = []
    if other_currency(d_figure, p_figure):
        found.append(
            f"it is in another currency ({CURRENCY_NAMES.get(d_figure.unit, d_figure.unit)}, not "
            f"{CURRENCY_NAMES.get(p_figure.unit, p_figure.unit)}), and converting it needs an exchange rate, which is not given"
        )
    for one, other in STATUS_CLASHES if d.status or p.status else ():  # no status on either side: no clash
        if other is None:
            if one == "revised" and one in p.status:
                continue  # the revised value told plainly ("hit a record 745,000") is the primary's latest figure
            if one == "previous" and p.baseline:
                continue  # "the previous census had put it at 207.68 million" for the primary's "up from 207.68 million"
            if (one in d.status) != (one in p.status) and not (one == "forecast" and d.future and one in p.status):
                who = "outlet's figure" if one in d.status else "primary's figure"
                found.append(f"the {who} is {_STATUS_WORDS[one]}")
        elif (one in d.status and other in p.status) or (other in d.status and one in p.status):
            theirs = one if one in p.status else other
            found.append(
                f"the primary's figure is a {theirs} count and the retold one a {other if theirs == one else one} one"
            )
    if d_figure.kind != "temperature":  # a level such as 1.5°C is a figure of its own, whatever period it is used for
        # why: "compared to … 556 from January" is the release's "556 cases in January" whatever role each sentence
        # gives it: the same time named on both sides says which value it is better than the role does, unless the
        # release tells it as the value something came to ("fell to 4.1% in June": then the roles are swapped)
        dated_alike = d.period is not None and p.period is not None and not periods_clash(d.period, p.period)
        if d.baseline and not p.baseline and not (dated_alike and not p.new):
            # why: a learner's read found "the retold figure is an earlier value the new one is compared with" hard
            # to parse; this says who gives the number and what "earlier" means
            found.append("the outlet gives its number as an earlier value, one that a newer figure is compared with")
        elif d.new and p.baseline:
            found.append(
                "the outlet gives its number as the new value, and the primary gives its number as the earlier value it "
                "is compared with"
            )
        if periods_clash(d.period, p.period):
            found.append(f"the period is different ({d.period.words()}, not {p.period.words()})")
        other_places = d.places - p.places - scope
        if other_places and not any_place:
            named = and_joined([_with_article(p) for p in sorted(other_places)])
            # why: when the primary's figure names no place, "it is about the United Kingdom" reads as if the primary
            # were about somewhere else; only the naming is sure
            found.append(
                f"it is about {named}" if p.places else f"it names {named}, and the primary's figure names no place"
            )
        elif d.places and (p.places - scope) and not (d.places & p.places) and not any_place:
            # "Only 62% of patients across Australia" is not the release's "62% in Victoria": the whole the release is
            # about is another place than the one part its figure is for
            theirs = and_joined([_with_article(x) for x in sorted(p.places - scope)])
            found.append(f"it is about {and_joined([_with_article(x) for x in sorted(d.places)])}, not {theirs}")
    if (
        d.measure != p.measure
        and "change" in (d.measure, p.measure)
        and "difference" not in (d.measure, p.measure)
        and d_figure.kind == p_figure.kind
        and d_figure.kind in ("count", "money")  # "inflation reached 9.1%" is the "9.1 percent increase"
    ):
        found.append("one is a change and the other a level")
    elif _share_against_change(d, p, d_figure, p_figure):
        # "less than 5 per cent of the ¥1.9 billion net profit" is no rounding of "passengers ... down 4.2 per cent"
        found.append("one is a share of something and the other a rise or fall")
    if "difference" in (d.measure, p.measure) and d.measure != p.measure and d_figure.kind in ("count", "money"):
        found.append("one says how much more or less something is than something else; the other is a total")
    if d_figure.kind == "age" == p_figure.kind and (d_figure.low, d_figure.high) != (p_figure.low, p_figure.high):
        # "15" or "ages 18 to 19" is not the primary's age group 15–19, nor an age of it rounded
        found.append(f"it is about {_ages(d_figure)}, not {_ages(p_figure)}")
    theirs = _groups(p) if d.what and p.what else {}
    for kind, groups in (_groups(d) if theirs else {}).items():
        if theirs.get(kind) and not groups & theirs[kind]:
            # "adult asthma cases" share "asthma" with "current childhood asthma", but count other people
            found.append(f"it is about {' and '.join(sorted(groups))}, not {' and '.join(sorted(theirs[kind]))}")
    if d.part and p.part and not (d.part & p.part):
        found.append("it is a share of something else")
    elif (
        d.part
        and not p.part
        and d.measure == "share"
        and p.measure != "share"
        and p.what
        and not (d.part & p.what)
        # the very value, and a percentage in the primary too: "40.3% of adults are obese" for "the prevalence of
        # obesity in adults was 40.3%" is that share told with its group first
        and not (d_figure.kind == p_figure.kind == "percent" and d_figure.comparable == p_figure.comparable)
    ):
        # (a primary figure whose words name nothing, "… and Betsi Cadwaladr the lowest, at 58.4%", says no otherwise)
        # why: "a quarter of first-time buyers lived with family" is a part of the group, not the group's own share
        found.append(
            "the outlet's figure is the share of a group who did something, and the primary's figure is not such a share"
        )
    other_side = _other_side(d_figure, p_figure)
    if other_side is not None:
        found.append(
            f"it may be the same share told from the other side (100% less {p_figure.value:g}% is {other_side:g}%)"
        )
    for mine, theirs in ((d.words, p.words), (p.words, d.words)):
        negated = _negated(mine, theirs)
        if negated:
            found.append(f"one is about “non-{negated}” things, the other about “{negated}” ones")
            break
    ordinals = _ordinals(d.what), _ordinals(p.what)
    if all(ordinals) and not (ordinals[0] & ordinals[1]):
        found.append(
            f"one is about the {' and '.join(sorted(ordinals[0]))}, the other about the {' and '.join(sorted(ordinals[1]))}"
        )
    if what_agrees(d, p) is False and d_figure.kind != "temperature":
        mine, theirs = readable_words(d, d_figure), readable_words(p, p_figure)
        if mine and theirs and mine.lower() != theirs.lower():
            found.append(f"it counts {mine}, not {theirs}")
        else:  # "it counts something else, not the same thing" told a reader nothing
            found.append("it counts something else (the words around the two figures name different things)")
    elif (
        nouns_differ(d_figure, p_figure)
        and not _people_who(p_figure, p, d_figure)
        and not _people_who(d_figure, d, p_figure)
    ):
        # (but "claimed nearly 4,800 lives" and "4,748 people were killed" count one thing: the people killed
        # are deaths, which is what "lives" counts)
        found.append(f"it counts {d_figure.noun}, not {p_figure.noun}")
    return found


def _other_side(d: Figure, p: Figure) -> float | None:
    """100% less ``p``, when ``d`` is that, as it is written, and not ``p`` itself; else None.

    "40% of people waiting longer than 18 weeks" tells the release's "60.9% waiting 18 weeks or
    less" from its other side (100 less 60.9 is 39.1, which "40%" rounds to the ten): never a
    change of 60.9%. ``d`` must round it at the place of its last written digit (:func:`~newslit.text.numbers.written_precision`).
    """
    if not (d.kind == p.kind == "percent" and d.unit == p.unit == "%") or d.change or p.change:
        return None
    if d.value is None or p.value is None or d.vague or not 0 < p.value < 100:
        return None
    rest = round(100 - p.value, 6)
    written = written_precision(d.text)
    place = written[1] if written else 1.0
    if abs(d.value - p.value) <= place / 2 or abs(d.value - rest) > place / 2 + 1e-9:
        return None  # "40%" rounds 39.1 (to the ten); "73%" does not round 74
    return rest


def _negated(mine: str, theirs: str) -> str | None:
    """A word ``mine`` has after "non-" and ``theirs`` has without it ("permanent" in "non-permanent residents"
    and "permanent immigration"), or None: the "non-" ones are none of the others."""
    if "non-" not in mine.lower():
        return None  # most words have no "non-": the pattern below would find nothing
    for word in re.findall(r"\bnon-([a-z]+)", mine.lower()):
        if re.search(rf"(?<!non-)\b{word}\b", theirs.lower()) and f"non-{word}" not in theirs.lower():
            return word
    return None


def _ages(f: Figure) -> str:
    """An age or an age group in words: "ages 15 to 19", "age 15"."""
    if f.low is not None and f.high is not None:
        return f"ages {f.low:g} to {f.high:g}"
    return f"age {f.value:g}" if f.value is not None else "another age"


# Which one of a series a figure is about ("fourth-grade", "8th graders", "the third quarter"): two
# figures about different ones count different things, however alike their words. "First" and
# "second" are left out: "for the first time" and "per second" say nothing of the kind. Read from
# numbers.ORDINALS ("third" to "tenth", and "3rd" to "10th").
_ORDINAL_WORDS = {
    form: word
    for word, n in ORDINALS.items()
    if word != "top" and n >= 3
    for form in (word, f"{n}{'rd' if n == 3 else 'th'}")
}


def _ordinals(what: frozenset[str]) -> frozenset[str]:
    """The ordinals among a quantity's words, each as a word ("4th" and "fourth" are "fourth")."""
    return frozenset(_ORDINAL_WORDS[w] for w in what if w in _ORDINAL_WORDS)


def _people_who(f: Figure, q: Quantity, other: Figure) -> bool:
    """Does ``f`` count people ("4,748 people") whose words say they are what ``other``'s noun names?

    "4,748 people were killed" counts deaths, as "nearly 4,800 lives" does; only for a plain word for
    people, whose meaning the sentence gives: "tens of thousands of serious illnesses" beside "thousands
    of deaths" still counts illnesses, though the sentence speaks of deaths.
    """
    if (f.noun or "").lower() not in _PEOPLE:
        return False
    named = concepts(other.noun or "")
    return bool(named) and named <= q.what


_PEOPLE = frozenset({"people", "persons", "individuals"})


# _PEOPLE as concepts (not folded together in synonyms.csv: there "people" stands with a platform's users, and
# folding the other two in moved provenance labels)
_PERSONS = frozenset(concepts(" ".join(_PEOPLE)))


def nouns_differ(d: Figure, p: Figure) -> bool:
    """Do both figures name what they count, right after the number, and name different things?

    "thousands of deaths" and "tens of thousands of serious illnesses" in one sentence share
    the sentence's words, but the noun each figure counts tells them apart. Nouns in one
    synonym group ("particles", "fragments") are the same thing.
    """
    if not d.noun or not p.noun or d.kind != "count" or p.kind != "count":
        return False
    mine, theirs = concepts(d.noun), concepts(p.noun)
    if mine | theirs <= _PERSONS:  # "8.2 million individuals" and "8.2 million people" count the same people
        return False
    return bool(mine) and bool(theirs) and not (mine & theirs)


@lru_cache(maxsize=65536)
def plain(words: str) -> str:
    """Words as they read inside a sentence: a capitalised word lower-cased ("Total nonfarm" -> "total nonfarm"), acronyms kept."""
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words.split())


_PREPOSITIONS = frozenset({"in", "of", "per", "for", "on", "at", "from", "each", "over", "across"})
_LEADING_VERBS = frozenset(
    "reduce reduced raise raised lower lowered maintain maintained keep kept hold increase increased cut set "
    "leave left lift lifted require requires required today".split()
)
# A verb that reports what a source found or says what a figure amounts to ("OfS modelling suggests that …",
# "this equates to £1,738", "agencies who collectively represent about 85%"): the thing counted comes after it,
# never before it or as it ("suggests" ends as a plural noun would). Seen in the cases' explanations.
_REPORTING_VERBS = frozenset(
    "says said suggest suggests suggested indicate indicates indicated showed found estimated predict predicts predicted "
    "reveal reveals revealed "
    "reported warns warned projected equates equated equals compares compared represent represents monitors "
    "analyzes analyses".split()  # not "reports", "estimates", "shows", "amounts": nouns as often
)
_NOUN_ENDINGS = ("s", "ion", "ment", "ity", "ure", "ness", "ance", "ence")


def readable_words(q: Quantity, figure: Figure) -> str:
    """What ``figure`` counts, in words a reader can follow, or "" when the words found do not read as a thing.

    The words are found by grammar rules of thumb and sometimes run on past the noun
    ("deaths reduce", "people help prevent") or catch a verb or an adjective alone
    ("affect", "national"). Words that run on past the figure's own noun, when it is a
    plural, are cut after it (a phrase such as "in each container" is kept); a single word is kept only when it
    reads as a noun (a listed quantity word, or a plural or a word ending like one:
    "sellers", "emigration", "employment"). Only what is shown changes: matching uses
    :attr:`Quantity.what`.
    """
    return _readable(q.words, figure.noun) if q.shown is None else q.shown


@lru_cache(maxsize=65536)  # a primary figure's words are read for every retold figure it meets: once is enough
def _readable(words: str, noun: str | None) -> str:
    """:func:`readable_words` of a quantity's ``words`` and its figure's ``noun``, the only fields it reads."""
    tokens = plain(words.strip()).split()
    while tokens and tokens[0].lower() in _LEADING_VERBS:  # "reduce Bank Rate by 0.25 points": the rate, not "reduce"
        tokens = tokens[1:]
    # the figure's own noun is what it counts, even when it could be a verb: "12 monitors", "42 analyses"
    reported = [k for k, t in enumerate(tokens) if t.lower() in _REPORTING_VERBS and t.lower() != (noun or "").lower()]
    if reported:  # "regulator indicates institutions": the institutions; "suggests" alone: nothing named
        tokens = tokens[reported[-1] + 1 :]
    said = [k for k, t in enumerate(tokens) if t.lower() in CONTRACTIONS]
    if said:  # "pensioners there’s": a clause begins after the thing counted
        tokens = tokens[: said[0]]
    if not tokens:
        return ""
    lowered = [t.lower() for t in tokens]
    noun = (noun or "").lower()
    if (
        noun and noun in lowered and _plural(noun)
    ):  # a plural ends its phrase; "drug" in "drug overdose deaths" does not
        k = len(lowered) - 1 - lowered[::-1].index(noun)
        if k + 1 < len(tokens) and lowered[k + 1] not in _PREPOSITIONS:
            tokens = tokens[: k + 1]
    tokens = [t for k, t in enumerate(tokens) if not k or t.lower() != tokens[k - 1].lower()]  # "today today"
    if len(tokens) == 1 and (not _reads_as_noun(tokens[0].lower()) or tokens[0].lower() in _VERB_FORMS):
        return ""  # "“several” for the died": a listed verb form counts deaths, but it names nothing a reader can find
    if not _ends_as_a_thing(tokens):
        return ""
    if _only_units(" ".join(tokens)):  # "nanograms per liter" is how it is measured, not what
        return ""
    return " ".join(tokens)


_VERB_FORMS = frozenset({"died", "killed", "injured", "hurt", "wounded", "hospitalized", "hospitalised", "fatal"})
_NOT_A_LAST_WORD = frozenset(
    "toward towards to and or the a an of in on at by for with from than as that which who today now sustainably vs "
    "versus "
    "nationally locally globally "
    "decrease decreases increase increases rise rises fall falls drop drops decline declines".split()
)


def _ends_as_a_thing(tokens: list[str]) -> bool:
    """Do the words end on what a figure can count, not on a link word, a listed adverb or a movement?

    "sustainably toward", "nationwide decrease", "data cover U" are words a rule of thumb
    caught, not a thing a reader could look for: such words are not shown.
    """
    if not tokens:
        return False
    last = tokens[-1].lower().strip(".,;:")
    if last in _NOT_A_LAST_WORD or last.endswith(("wide", "’s", "'s")):
        return False  # "region’s": the owner of something the words do not name
    if any(t in ("U", "S", "K") for t in tokens):  # a piece of "U.S." or "U.K." cut apart
        return False
    # The thing itself (the last word, or the word before "of", "in", "for"…: "bits of plastic") is a noun by
    # its ending or a listed one ("deaths", "inflation"), a measure ("poverty rate"), or an acronym ("GDP");
    # not an adjective, an adverb, a verb or a name ("prior fiscal", "figure usually", "Leonard Farruku").
    lowered = [t.lower().strip(".,;:") for t in tokens]
    k = _head(lowered)
    head, shown = lowered[k], tokens[k].strip(".,;:")
    return _reads_as_noun(head) or head in PLURALS or head in _HEADS or (len(shown) > 1 and shown.isupper())


def _head(lowered: list[str]) -> int:
    """Where the thing named stands in words (lower case): before the first "of", "in", "for"… ("bits of
    plastic"), else last; last, too, after an amount ("the number of homeless people", "a rise in prices")."""
    k = next((k for k in range(1, len(lowered)) if lowered[k] in _PREPOSITIONS), len(lowered))
    return len(lowered) - 1 if lowered[k - 1] in _AMOUNT_WORDS else k - 1


_AMOUNT_WORDS = frozenset(
    "number count estimate total amount share proportion percentage rise fall drop jump increase decrease decline".split()
)

# What a figure is often of, though no noun ending tells it: measures ("the unemployment rate") and other
# plain nouns ("property crime", "the price cap", "a daily penalty").
_HEADS = frozenset(
    "rate rates index income price cost debt deficit product output growth spending turnout measure ratio level "
    "share pay age household taxpayer theft crime manslaughter gap cap limit threshold penalty order loss gain "
    "report seeker tag hike store gallon pace toll tax bill list duty poverty expectancy".split()
)


def _only_units(words: str) -> bool:
    """Are ``words`` only units of measure (``unit`` in ``data/quantity_terms.csv``) and "per"?"""
    units = quantity_terms().find(words, kinds=("unit",))
    rest = words
    for m in reversed(units):
        rest = rest[: m.start] + rest[m.end :]
    return bool(units) and not [w for w in rest.split() if w.lower() not in ("per", "a", "of")]


def _plural(word: str) -> bool:
    return word in PLURALS or (word.endswith("s") and not word.endswith("ss"))


@lru_cache(maxsize=8192)  # a few thousand distinct words in a case, each met many times
def _reads_as_noun(word: str) -> bool:
    return _listed(word) or (word.endswith(_NOUN_ENDINGS) and not word.endswith("ss") and len(word) > 3)


@lru_cache(maxsize=8192)
def _listed(word: str) -> bool:
    """Is ``word`` a noun listed in ``data/quantity_terms.csv`` ("deaths", "inflation")?"""
    return word in {m.matched.lower() for m in quantity_terms().find(word, kinds=("noun",))}


def _one_thing(what: str) -> bool:
    """Is ``what`` one word naming a single thing ("mixture"), which a count of two or more cannot be counting?

    A plural is not, and neither is a word for a flow of events ("emigration", "employment",
    "hiring"): "the count of emigration" reads as the number who emigrated.
    """
    word = what.strip().lower()
    return " " not in word and not _plural(word) and not word.endswith(("ion", "ment", "ing"))


def possessive(owner: str) -> str:
    """ "the BLS's", "NHS England's"; "Reuters'" and "the Realtors'" for a name ending in a plural s."""
    return owner + ("'" if owner.endswith("s") else "'s")


def describe(q: Quantity, figure: Figure, owner: str) -> str:
    """The quantity in words: "the BLS's unemployment rate in June 2024, “4.1 percent”".

    ``owner`` is whose figure it is ("the BLS", "the outlet"). With no words for what is
    counted: "the BLS's figure “4.1 percent”". The figure is always quoted as written.
    """
    whose = possessive(owner)
    what = readable_words(q, figure)
    text = f"“{figure.text}”"  # as written, capitals kept: “Hundreds of Thousands”
    if figure.kind in ("date", "year"):
        return f"{whose} date {text}"
    if figure.kind == "time":
        return f"{whose} time {text}"
    period = f" {q.period.words()}" if q.period else ""
    if q.baseline:
        period += " (an earlier value, for comparison)"
    if not what:
        return f"{whose} figure {text}{period}"
    if what.lower().endswith(" numbers") and figure.kind == "count":
        what = f"number of {what[: -len(' numbers')]}s"  # "passenger numbers": the number of passengers
    if q.measure == "change":
        move = {"up": "rise", "down": "fall"}.get(q.direction or "", "change")
        if figure.kind == "count" and what.endswith("s") and not what.lower().startswith(("number", "total")):
            what = f"the number of {what}"  # "a fall in the number of birds", not "a change in birds"
        return f"{whose} {move} in {what}{period}, {text}"
    if q.measure == "count" and figure.kind == "count" and not what.lower().startswith(("number", "total")):
        if _one_thing(what) and figure.value != 1:
            return (
                f"{whose} figure {text}{period}"  # "two or more of PFHxS, ... in any mixture": not a count "of mixture"
            )
        return f"{whose} count of {what}{period}, {text}"
    if what.lower().endswith(("rate", "rates", "share")) or what.lower().startswith(("number", "total", "share")):
        return f"{whose} {what}{period}, {text}"
    return f"{whose} figure for {what}{period}, {text}"
