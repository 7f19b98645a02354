"""The primary's figures: each with the sentence it stands in, the words around it, and who is counting."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from newslit.analysis.figures.quantity import (
    FLASH_ESTIMATE,
    NO_QUANTITY,
    Quantity,
    concepts,
    possessive,
    resolve_date,
    sentence_quantities,
)
from newslit.case.key import read_rows
from newslit.case.model import Case, Sentence, short_outlet
from newslit.text.compiled import regex
from newslit.text.numbers import (
    MONTHS,
    WEEKDAYS,
    Figure,
    date_figure,
    find_figures,
    with_dot_thousands,
    writes_thousands_with_a_dot,
)
from newslit.text.places import place_terms
from newslit.text.tokens import STOP_WORDS, stem, words

_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty hundred hundreds thousand "
    "thousands million millions billion billions percent few several handful single dozen".split()
)


SOURCES_FILE = "sources.csv"
"""A case's own who-is-counting rules, in its ``key/`` folder (label, pattern), tried in order."""

# Who is counting, for a case without its own rules: the first rule whose pattern is in the
# sentence names the source. They name no organisation, so they fit any story.
SOURCE_RULES: list[tuple[str, str]] = [
    ("the researchers' count", r"\b(?:researchers?|academics|scientists|the team|study|survey|authors)\b"),
    (
        "the company's own statement",
        r"\b(?:company|firm|[Ss]pokes(?:man|woman|person))\b[^.]{0,60}?\b(?:said|says|stated|acknowledged)\b",
    ),
]


def source_rules(case: Case) -> list[tuple[str, str]]:
    """The case's who-is-counting rules from ``key/sources.csv``; :data:`SOURCE_RULES` when it has none."""
    rows = read_rows(case, SOURCES_FILE)
    return [(row["label"], row["pattern"]) for row in rows] if rows else SOURCE_RULES


_MONTH_STEMS = {m[:3]: m for m in ("january", "february", "march", "april", "june", "july", "august", "september",
                                    "october", "november", "december")}  # fmt: skip


def figure_stems(text: str) -> frozenset[str]:
    """Content stems, numbers and number words left out, month abbreviations spelled out."""
    # Built from the stems in word order, as before, so the set iterates in the same order
    # (a set made from an iterator adds its items one by one, as from a list).
    return frozenset(filter(None, map(_figure_stem, words(text))))


@lru_cache(maxsize=65536)  # a case uses a few thousand distinct words, each met in many sentences
def _figure_stem(word: str) -> str:
    """The stem :func:`figure_stems` keeps for one word token; "" for a number, a stop word or a number word."""
    if word[0].isdigit() or word in STOP_WORDS:
        return ""
    s = stem(word)
    return "" if s in _NUMBER_WORDS else _MONTH_STEMS.get(s, s)


def window(text: str, start: int, end: int, words: int = 6) -> str:
    """The figure at ``start:end`` with up to ``words`` words either side."""
    before = text[:start].split()[-words:]
    after = text[end:].split()[:words]
    return " ".join([*before, text[start:end], *after])


@dataclass(frozen=True)
class PrimaryFigure:
    """A figure of the primary, with the sentence it stands in, who is counting and what it counts.

    ``figure`` has its month placed in a year when the text leaves it out ("in June" in a
    release of July 2024 is June 2024); ``quantity`` is what it counts (see
    :mod:`newslit.analysis.figures.quantity`).
    """

    figure: Figure
    sentence: Sentence | None  # None for the publication date from case.toml
    source: str
    stems: frozenset[str]
    near: frozenset[str] = frozenset()
    quantity: Quantity = NO_QUANTITY

    @cached_property
    def range_text(self) -> str | None:
        """The range this figure is an end of, as written ("between $1.1bn and $1.4bn"), else None.

        Why: a release that gives an uncertain amount as a range does not give either end as
        the amount: an outlet that prints one end alone ("costs will hit $1.4bn") makes it
        sound surer than the release does.
        """
        if self.sentence is None or "between" not in self.sentence.text.lower():
            return None
        text = self.sentence.text
        figures = find_figures(text)
        for low, high in zip(figures, figures[1:]):
            if (
                self.figure.start in (low.start, high.start)
                and re.fullmatch(r"\s+and\s+", text[low.end : high.start])
                and (opening := re.search(r"\bbetween\s+$", text[: low.start], re.IGNORECASE))
            ):
                return text[opening.start() : high.end]
        return None

    @cached_property
    def names(self) -> frozenset[str]:
        """:func:`names_before` the figure in its sentence (none for the publication date), read once.

        Why: every retold figure checked as a changed one compares its names with these, so
        they were read again for each of them.
        """
        if self.sentence is None:
            return frozenset()
        return names_before(self.sentence.text, self.figure) | names_after(self.sentence.text, self.figure)

    @cached_property
    def lowered(self) -> str:
        """Its sentence in lower case ("" for the publication date), made once.

        Why: every retold figure checked as a changed one looks for its names in it.
        """
        return self.sentence.text.lower() if self.sentence is not None else ""

    @cached_property
    def sentence_concepts(self) -> frozenset[str]:
        """:func:`~newslit.analysis.figures.quantity.concepts` of its sentence (none for the publication date), read once.

        Why: the matcher asks for them of each retold figure it checks against this one, and
        reading them runs the word lists over the whole sentence.
        """
        return concepts(self.sentence.text) if self.sentence is not None else frozenset()

    @cached_property
    def group(self) -> str:
        """:func:`group_after` the figure in its sentence ("Republicans"), or "", read once."""
        return group_after(self.sentence.text, self.figure) if self.sentence is not None else ""


def primary_name(case: Case) -> str:
    """What to call the primary in explanations.

    The outlet's name when the id is that name ("Ofcom" for id ``ofcom``; "the OECD" when it is
    capitals read letter by letter, see :func:`_spelt_out`); the id in capitals
    when it is the outlet's initials ("the BOE" for the Bank of England, "the C3S": an id with
    a digit counts); otherwise the outlet's name before any note in brackets or after a comma,
    colon, semicolon or dash ("Federal Reserve, FOMC statement" is "the Federal Reserve", never
    "the FED"; "European Commission: the remarks of ..." is "the European Commission"), with "the"
    before a name of several words unless it ends in University, College or School ("Columbia
    University" stays; "the University of Michigan") or in its country's name with no "of" or
    "for" ("Statistics Canada"; "the Bank of England"); the id only when no outlet is given.
    """
    pid = case.primary.id
    outlet = _name_only(case.primary.outlet or "")
    if not re.fullmatch(r"[\w .'’&-]*", outlet):
        outlet = ""  # markup or odd signs in the name: the id reads better than what a teacher's file holds
    if outlet.lower() == pid.lower():  # the id is the name, as the outlet writes it: "Ofcom", not "the OFCOM"
        return f"the {outlet}" if _spelt_out(outlet) else outlet
    if len(pid) <= 5 and pid.isalnum() and not pid.isdigit() and (not outlet or _initials_of(pid, outlet)):
        # the initials as the outlet's own text writes them ("the OfS" in "Office for Students (OfS)"), else capitals
        written = re.search(rf"\b{re.escape(pid)}\b", case.primary.outlet or "", re.IGNORECASE)
        return f"the {written.group() if written and not written.group().islower() else pid.upper()}"
    if outlet.startswith("The "):
        return "the " + outlet[4:]
    if outlet:
        return outlet if " " not in outlet or _takes_no_the(outlet) else f"the {outlet}"
    return f"the {pid.replace('-', ' ')}"


def _spelt_out(name: str) -> bool:
    """Is ``name`` capitals read letter by letter ("OECD", "WHO": "the OECD"), not as a word ("NASA", "UNICEF")?

    Read as a word when its letters take turns, consonant and vowel; "Ofcom" is no initials at all.
    """
    if not (name.isalpha() and name.isupper() and len(name) >= 2):
        return False
    vowels = [c in "AEIOU" for c in name]
    return any(a == b for a, b in zip(vowels, vowels[1:]))


def _takes_no_the(outlet: str) -> bool:
    """Does a name of several words read without "the": a university ("Columbia University"), a company named
    with its legal form ("Beanline Coffee plc", "Nestlé SA"), a name that starts with a place's possessive
    ("India's Ministry of Finance"), or a body named after its country with no "of" or "for" ("Statistics
    Canada", "Public Health England", "Stats NZ"; but "the Bank of England")?"""
    if re.search(r"\b(?:University|College|School)$", outlet) or _LEGAL_FORM.search(outlet):
        return True
    if _UTILITY.fullmatch(outlet):
        return True  # "Scottish Water", "Thames Water", "British Gas", "Irish Rail": a company's name, no "the"
    first, _, rest = outlet.partition(" ")
    if (first == "Statistics" and rest in {*_place_names(), "Korea"}) or (
        rest == "Tourism" and first in _place_names()
    ):
        return True  # "Statistics Korea", "Statistics Sweden" (as "Statistics Canada"); "Switzerland Tourism"
    if _COUNTRY_LETTERS.search(outlet) and not re.search(r"\b(?:of|for)\b", outlet):
        return True
    # "India's Ministry of Finance": a place's possessive is its own article; "the Children's Commissioner" keeps it
    owner = re.match(r"([\w.&-]+)['’]s\s", outlet)
    if owner and owner.group(1) in _place_names():
        return True
    last = outlet.rsplit(" ", 1)[-1]
    return not re.search(r"\b(?:of|for)\b", outlet) and last in _place_names()


# A company's legal form ends its name, and English writes such a name without "the": "the Beanline Coffee plc" is wrong
_LEGAL_FORM = re.compile(r"\s(?:plc|PLC|Inc\.?|Ltd\.?|Limited|LLC|Corp\.?|AG|SE|SA|S\.A\.|N\.V\.|NV|GmbH|ASA|AB|Oyj)$")
# A utility or carrier named by a place or a people and what it supplies: "Scottish Water", "British Gas"
_UTILITY = re.compile(r"[A-Z][\w'’-]+ (?:Water|Gas|Power|Energy|Electricity|Rail|Railways|Airways|Airlines)")
# A country written in capitals after a body's first word ("Stats NZ", "Stats NZ Tatauranga Aotearoa"; but "the UK
# Statistics Authority"): the place list holds full names
_LETTER_COUNTRIES = {"NZ": "New Zealand", "UK": "United Kingdom", "US": "United States", "USA": "United States"}
_COUNTRY_LETTERS = re.compile(r"\s(?:" + "|".join(_LETTER_COUNTRIES) + r")\b")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(t.term for t in place_terms().of_kind("place"))


def _name_only(outlet: str) -> str:
    """The outlet's name without what a case file adds after it: a note in brackets, or after a comma, colon,
    semicolon or dash ("European Commission: the remarks of ..." is "European Commission")."""
    return re.split(r"[,:;]| [-–—] ", short_outlet(outlet))[0].strip()


def _initials_of(pid: str, outlet: str) -> bool:
    """Is ``pid`` an abbreviation of ``outlet``: its letters, in order, among the outlet's words' first letters?"""
    if any(c.isdigit() for c in pid):
        return True  # "C3S": Copernicus Climate Change Service
    initials = iter(word[0].lower() for word in re.findall(r"[A-Za-z][\w.'’-]*", outlet))
    return all(letter in initials for letter in pid.lower())


def figure_source(
    sentence: str, outlet: str = "the primary", rules: list[tuple[str, str]] | None = None, full_name: str = ""
) -> str:
    """Who is counting, for a figure in ``sentence`` of the primary.

    ``outlet`` is what explanations call the primary (:func:`primary_name`: "the BOE");
    ``full_name`` is its name written out ("Bank of England"), which a sentence may use too.
    Returns the label of the first of ``rules`` (label, pattern; default
    :data:`SOURCE_RULES`) whose pattern is in ``sentence``; else the source an
    "according to ..." names; else, when someone other than the primary itself "said" it,
    "someone {outlet} quotes"; else "{outlet}'s own reporting". The primary speaks itself
    when the words just before "said" name it ("The Northland Statistics Office said on
    Tuesday that ..." is the office's own reporting, not a quotation).
    """
    for label, pattern in SOURCE_RULES if rules is None else rules:
        if re.search(pattern, sentence):
            return label
    according = re.search(r"\b[Aa]ccording to (?:the )?([^,.;]+)", sentence)
    if according:  # its abbreviation in brackets left out: the label is shown in brackets itself
        # and the page's marks: a footnote number ("Sellers[1]") and a trade mark ("Realtors®")
        who = re.sub(r"\[\d+\]|[®™]", "", according.group(1))
        return re.sub(r"\s*\([^()]*\)?\s*$", "", who).strip() or who.strip()
    said = re.search(r"\b(?:said|says|told)\b", sentence)
    if (
        said
        and not _RESPONDENTS.search(sentence[: said.start()])
        and not any(_names_itself(sentence[: said.start()], name) for name in (outlet, full_name) if name)
    ):
        return f"someone {outlet} quotes"
    return own_reporting(outlet)


# A survey's answers counted, not a quotation: "26% said they spent too much time", "parents who said", "57% of
# parents of children with special needs said"
_RESPONDENTS = regex(
    r"(?:\d[\d,.]*\s*(?:%|per\s?cent|percent)(?:\s+[a-z]+){0,8}|\b(?:who|those|respondents|people|adults|parents))\s+$"
)


def own_reporting(outlet: str) -> str:
    """The source label of a figure the primary gives in its own voice: "the BOE's own reporting"."""
    return f"{possessive(outlet)} own reporting"


_HEAD_NOUNS = frozenset(
    "ministry department office agency bureau commission board council service authority bank court "
    "regulator institute university centre center survey committee government".split()
)


def _names_itself(subject: str, outlet: str) -> bool:
    """Do the last words of ``subject`` (what comes before "said") name ``outlet``, or say "we"?

    The clause's last five words must hold every capitalised word of the name ("The
    Northland Statistics Office said", "the BOE said"), or "the" and the name's head noun
    ("the ministry said" in the Ministry of Health's release); "The Home Office said" does not.
    """
    clause = re.split(r"[,;:()\u2014]|\bthat\b", subject)[-1].split()[-5:]
    if any(word.lower() in ("we", "our") for word in clause):
        return True
    named = {word.strip(".'’").lower() for word in outlet.split() if word[:1].isupper()}
    said_by = [word.strip(".'’").lower() for word in clause]
    if named and named <= set(said_by):
        return True
    # "The ministry said" in the Ministry of Health's own release: the name's head noun after "the"
    words = [w.strip(".'’").lower() for w in outlet.split() if w[:1].isalpha()]
    head = next((w for w in words if w in _HEAD_NOUNS), None)
    return head is not None and any(a == "the" and b == head for a, b in zip(said_by, said_by[1:]))


_SAID = regex(
    r"\b(?:said|says|say|show|shows|showed|shown|revealed|reveals|reported|reports|announced|announces|found|finds"
    r"|told|estimated|estimates)\b(?:\s+that)?\s*"
)
_CLAUSE_END = regex(r"[,;:()\u2014]|\b(?:while|whereas|but|and)\b")
_NOT_A_NAME = frozenset(
    "i a an the in on at for of to by from this that these those it its he she they we our their his her".split()
)


# "8.3 percent in Amsterdam": the place a figure is for, named right after it
_NAMED_AFTER = re.compile(r"\s*(?:in|for|across)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)")


def names_after(text: str, d: Figure) -> frozenset[str]:
    """The capitalised words right after ``d`` that say where it is for, lower case ("amsterdam" in "prices
    rose by 8.3 percent in Amsterdam"); months, weekdays and the words of :func:`names_before`'s stop list
    left out ("12% in March" names no place)."""
    found = _NAMED_AFTER.match(text, d.end)
    if not found:
        return frozenset()
    words = {w.lower() for w in found.group(1).split()}
    return frozenset(w for w in words if w not in _NOT_A_NAME and w not in MONTHS and w not in WEEKDAYS)


def names_before(text: str, d: Figure) -> frozenset[str]:
    """The capitalised words of ``d``'s clause just before it, lower case ("black" in "the median Black
    household had an income of $56,290", "scotland" in "even higher in Scotland (90%)"), the sentence's
    first word, months and weekdays left out; none in a clause written in title case, and none before a
    verb of saying or showing ("Figures from the Ministry of Health show 3,900": who tells is not what
    is counted)."""
    before = text[max(0, d.start - 60) : d.start]
    if before.rstrip().endswith("("):  # "higher in Scotland (90%)": the figure belongs to the words before its bracket
        before = before.rstrip()[:-1]
    clause = _CLAUSE_END.split(before)[-1]
    said = list(_SAID.finditer(clause))
    if said:  # "Health Minister Ann Roe revealed that 3,900": who speaks is not what is counted
        clause = clause[said[-1].end() :]
    at = d.start - (len(text[max(0, d.start - 60) : d.start]) - len(before)) - len(clause)
    words = re.findall(r"[A-Za-z]+", clause)
    if sum(w[0].isupper() for w in words) * 2 > len(words):
        return frozenset()  # a headline in title case ("US Economy Adds 208,000 New Jobs"): capitals name nothing
    found = set()
    for m in re.finditer(r"[A-Z][a-z]+", clause):
        word = m.group().lower()
        if at + m.start() == 0 or word in _NOT_A_NAME or word in MONTHS or word in WEEKDAYS:
            continue
        found.add(word)
    return frozenset(found)


def group_after(text: str, d: Figure) -> str:
    """The group named by "among" just after ``d``, as written ("Republicans", "Black women"), or "".

    "the largest drop, 17 percentage points, among Republicans" is Republicans' figure; "among Black
    workers" gives "Black workers". It must have a capitalised word. Not "among them", "among other
    things", a month or a weekday ("among them March shipments"), a ranking ("among Europe's lowest"),
    nor a group with a figure of its own after it ("among Black Americans it was 78%").
    """
    among = _AMONG.match(text, d.end)
    if among is None or _FIGURE_SOON.match(text, among.end()):
        return ""
    words = among.group(1).split()
    if words[0].lower() in _NOT_A_GROUP or any(w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words):
        return ""
    return among.group(1)


@lru_cache(maxsize=256)
def group_words(group: str) -> frozenset[str]:
    """The capitalised words of a :func:`group_after` group, lower case, without a plural "s" ("republican")."""
    words = (w.lower() for w in re.findall(r"[A-Z][A-Za-z]+", group))
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in _NOT_A_NAME)


# "17 percentage points, among Republicans", "rose 4% among Black women": the group a figure is about, named after it
_AMONG = regex(
    r",?\s+among\s+((?:(?:[A-Z][A-Za-z]*|[a-z]+)\s+){0,2}?[A-Z][A-Za-z]*"
    r"(?:\s+[A-Z][A-Za-z]*){0,2}(?:\s+(?!(?:and|or|in|on|at|of|to|the|it|who|was|were|is|are|last|this|over|under|since|during|after|before|for|with|from|by)\b)[a-z]+)?)"
    r"\b(?![’'-])"
)
_NOT_A_GROUP = frozenset("them those these other others things thing which whom whose all".split())
_FIGURE_SOON = regex(r"[^.;,]{0,25}\d")  # "among Black Americans it was 78%": that group has a figure of its own


def primary_figures(case: Case) -> list[PrimaryFigure]:
    """Every figure of the primary (headings included), plus its publication date if known.

    A number too long to have a value (hundreds of digits) is left out: nothing can be
    checked against it.
    """
    primary = case.primary
    rules = source_rules(case)
    name = primary_name(case)
    found = []
    dot_thousands = writes_thousands_with_a_dot(sentence.text for sentence in primary.sentences)
    read = []
    for sentence in primary.sentences:
        figures = find_figures(sentence.text)
        if dot_thousands:
            figures = [with_dot_thousands(f) for f in figures]
        read.append((sentence, figures, sentence_quantities(sentence.text, figures, primary.published, primary=True)))
    # a flash estimate says "is expected to be" of every figure of its month, having named itself once, or having
    # said it of the month it is published in ("is expected to be +2.0% in October 2024", on 30 October 2024)
    flash = any(FLASH_ESTIMATE.search(sentence.text) for sentence in primary.sentences) or any(
        _this_months_reading(sentence.text, figures, q, primary.published)
        for sentence, figures, quantities in read
        for q in quantities
    )
    for sentence, figures, quantities in read:
        source = figure_source(sentence.text, name, rules, _name_only(primary.outlet or ""))
        stems = figure_stems(sentence.text)
        if flash:
            quantities = [
                replace(q, status=q.status - {"forecast"}) if "forecast" in q.status else q for q in quantities
            ]
        found.extend(
            PrimaryFigure(
                resolve_date(f, primary.published, sentence.text),
                sentence,
                source,
                stems,
                figure_stems(window(sentence.text, f.start, f.end)),
                q,
            )
            for f, q in zip(figures, quantities)
            if f.value is not None or f.kind not in ("count",)
        )
    if primary.published:
        found.append(
            PrimaryFigure(
                date_figure(primary.published, primary.published.strftime("%-d %B %Y")),
                None,
                f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} publication date",
                frozenset(),
            )
        )
    return found


def _this_months_reading(text: str, figures, q, published) -> bool:
    """Is ``q`` "expected" in the very month its primary is published in (a statistics office's first reading)?

    Not a deadline in that month ("By the end of March 2024, the Home Office expects to have spent …"): that is
    a plan.
    """
    period = q.period
    return bool(
        published
        and "forecast" in q.status
        and period is not None
        and period.kind == "month"
        and (period.year, period.month) == (published.year, published.month)
        and q.period_source
        and not any(_BY_THEN.search(text, 0, figures[j].start) for j in q.period_source)
    )


_BY_THEN = regex(r"\b(?:by|until|before)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?\Z", re.IGNORECASE)


@lru_cache(maxsize=4096)
def s_stems(sentence: Sentence) -> frozenset[str]:
    return figure_stems(sentence.text)


def primary_scope(case: Case) -> frozenset[str]:
    """The places the primary as a whole is about: those named in its headings and first three body sentences."""
    primary = case.primary
    sentences = [s for s in primary.sentences if s.role != "body"] + list(primary.body[:3])
    named = {m.term.get("value") for s in sentences for m in place_terms().find(s.text)}
    if not named and not any(place_terms().find(s.text) for s in primary.sentences):
        return frozenset()  # a primary that names no place at all: no place is ever a reason (CandidateIndex.placeless)
    # a national body speaks of its own country ("Bank of Ghana", "Stats NZ"), and so does its currency's sign
    # ("NZ$2.43 billion"), though the country's name may come only further down
    outlet = _name_only(primary.outlet or "")
    named.update(m.term.get("value") for m in place_terms().find(outlet))
    named.update(_LETTER_COUNTRIES[code] for code in re.findall(r"\b(" + "|".join(_LETTER_COUNTRIES) + r")\b", outlet))
    opening = " ".join(s.text for s in sentences)
    named.update(_DOLLAR_COUNTRIES[sign] for sign in re.findall(r"\b(NZ|A|C|HK|S)\$\s?\d", opening))
    return frozenset(named)


def primary_places(case: Case) -> frozenset[str]:
    """Every place the primary names, in any sentence (a wider net than :func:`primary_scope`)."""
    return frozenset(m.term.get("value") for s in case.primary.sentences for m in place_terms().find(s.text))


_DOLLAR_COUNTRIES = {"NZ": "New Zealand", "A": "Australia", "C": "Canada", "HK": "Hong Kong", "S": "Singapore"}
