"""Asides: what a sentence an outlet added (and the primary never wrote) is doing.

Every added sentence gets one of four labels, each with the words that decided it and a
reason a learner can read:

``politicised``
    brings in party politics, elections, COVID-19 policy, political figures or the
    censorship debate — topics the primary story is not about;
``advocacy``
    promotes an organisation or a cause;
``editorial``
    the outlet's own judgement, with nobody named as its source;
``context``
    background from elsewhere (and the fallback, marked as a guess, when nothing else
    fits).

The rules are transparent and general. The signals are a topic word list
(``data/aside_topics.csv``, see ``data/README.md``) that a teacher can extend; a label
fires on one *strong* word or two different *weak* ones (``guess`` words count like
strong ones, but the reason says the rule guesses). The labels are tried in the order
above, and the reason also names any other label whose words were found.

A politicised word counts only when the primary itself hardly uses it: a term found in
at least 2% of the primary's sentences (and at least two of them) belongs to the story,
so an election story's retellings are not all "politicised" for mentioning the election.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from newslit.analysis.framing.cues import ATTRIBUTION_KINDS, SHORT_QUOTE_WORDS, load_terms, quote_spans
from newslit.text.compiled import regex
from newslit.text.lexicon import DATA_DIR, Lexicon, Match, Term, read_terms, rows_to_terms
from newslit.text.places import is_place, place_terms
from newslit.text.tokens import words as word_tokens

TOPICS_FILE = DATA_DIR / "aside_topics.csv"
TITLES_FILE = DATA_DIR / "institution_titles.csv"
ASIDES = ("politicised", "advocacy", "editorial", "context")
TOPIC_KINDS = (*ASIDES, "ignore")
STRENGTHS = ("strong", "weak", "guess", "title")
PRIMARY_TOPIC_SHARE = 0.02
PRIMARY_TOPIC_MIN = 2

WHAT = {
    "politicised": "brings politics into a story that is not about politics",
    "advocacy": "promotes an organisation or a cause",
    "editorial": "gives the outlet's own judgement, with nobody named as its source",
    "context": "adds background from elsewhere",
}


@lru_cache(maxsize=1)
def _bundled_topics() -> Lexicon:
    return Lexicon(
        _checked(
            read_terms(TOPICS_FILE, required=("term", "aside", "strength"), kinds=TOPIC_KINDS, kind_column="aside"),
            str(TOPICS_FILE),
        )
    )


def _checked(terms, source: str):
    from newslit.text.lexicon import TermListError

    bad = [t for t in terms if t.get("strength", "strong") not in STRENGTHS]
    if bad:
        raise TermListError(
            [f'error: {source}: "{t.term}" has strength "{t.get("strength")}" — use strong, weak or guess' for t in bad]
        )
    return terms


def load_topics(extra=None) -> Lexicon:
    """The aside topic list, compiled, optionally extended.

    Parameters
    ----------
    extra : list of dict, DataFrame, path to a CSV file, or None
        More rows with the columns of ``aside_topics.csv``: ``term``, ``aside``
        (politicised, advocacy, editorial, context or ignore), ``group`` (a short name
        shown in reasons), ``strength`` (strong, weak or guess; default strong),
        ``explanation``. A row whose term is already listed replaces it.

    Raises
    ------
    newslit.text.lexicon.TermListError
        A row without a term, with an unknown aside or strength, or a bad ``re:`` pattern.
    """
    base = _bundled_topics()
    if extra is None:
        return base
    if isinstance(extra, str | bytes) or hasattr(extra, "is_file"):
        rows = read_terms(extra, required=("term", "aside"), kinds=TOPIC_KINDS, kind_column="aside")
    else:
        rows = rows_to_terms(extra, kinds=TOPIC_KINDS, source="extra topics", kind_column="aside")
    return Lexicon([*base.terms, *_checked(rows, "extra topics")])


@dataclass(frozen=True)
class Aside:
    """What an added sentence does.

    ``label`` is one of :data:`ASIDES`; ``signals`` maps each label whose words were found
    to those words (as written); ``guess`` is True when the rule that decided could be
    wrong in a way the reason spells out.
    """

    label: str
    reason: str
    signals: dict[str, list[str]] = field(default_factory=dict)
    guess: bool = False

    def as_record(self) -> dict:
        return {
            "aside": self.label,
            "aside_reason": self.reason,
            "aside_signals": self.signals,
            "aside_guess": self.guess,
        }


@lru_cache(maxsize=1)
def _institutions() -> Lexicon:
    return Lexicon(
        read_terms(TITLES_FILE, required=("term", "titles", "explanation"), kinds=None, kind_column="titles")
    )


def institution_titles(primary_texts) -> dict[str, str]:
    """Titles that are not a politician's in this case: topic term -> why, from ``institution_titles.csv``.

    "Governor" is a politician's title in most stories; in one whose primary names a
    central bank (its text, or its outlet's name, among ``primary_texts``) it is the
    bank's governor. Empty when the primary names no listed institution.
    """
    found: dict[str, str] = {}
    for text in primary_texts:
        for match in _institutions().find(text):
            for title in match.kind.split(";"):
                if title.strip() not in _NAMED_RIGHT_BEFORE_ONLY:
                    found.setdefault(title.strip(), match.term.explanation)
    return found


# A title a country's politicians have too ("President Biden" in a story about the ECB): the institution's only when
# its name comes right before the title ("ECB President Christine Lagarde", :func:`_an_institutions_title`).
_NAMED_RIGHT_BEFORE_ONLY = frozenset({"president"})


def primary_politicians(primary_texts, topics: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """The politicians the primary itself quotes, by a title: title term -> the name words around it (lower case).

    "said Prime Minister of Ukraine Denys Shmyhal" gives ``{"prime minister": {"ukraine", "denys", "shmyhal"}}``.
    A retelling that names the same politician (:func:`_same_politician`) brings in no politics the primary lacks.
    """
    topics = topics or load_topics()
    found: dict[str, set[str]] = {}
    for text in primary_texts:
        if not _SAYS.search(text):
            continue  # a politician the primary only mentions ("President Biden's plan") is not one it quotes
        for m in topics.find(text, kinds=("politicised",)):
            if m.term.get("group") == "politician's title":
                # a portfolio named after the title names the post too: "Finance" in "Minister for Finance Michael
                # McGrath" (not "Prime" in "Prime Minister": every prime minister has it)
                post = (
                    {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", m.matched)} - _TITLE_WORDS
                    if _PORTFOLIO_AFTER.search(m.matched)
                    else set()
                )
                found.setdefault(m.term.term, set()).update(_names_near(text, m) | post)
    return {term: frozenset(words) for term, words in found.items() if words}


_TITLE_WORDS = frozenset({"minister", "ministers", "vice", "deputy", "secretary", "the", "state"})
_PORTFOLIO_AFTER = regex(r"(?i:minister)s?\s+(?:for|of)\s")

PARLIAMENT = "government and parliament"  # the aside_topics.csv group of governments, parliaments and their members


def names_a_parliament(primary_texts, topics: Lexicon | None = None) -> bool:
    """Does the primary itself name a parliament or its members as actors ("197 members of the Bundestag's
    CDU/CSU parliamentary group" challenge an act)? Then a retelling's "parliament" or "lawmakers" retells them.

    Only a strong word of the group for a parliament counts ("Bundestag", "parliament", "MPs"): "government"
    or "the White House" does not.
    """
    topics = topics or load_topics()
    return any(
        _parliament_again(m, True) and m.term.get("strength", "strong") == "strong"
        for text in primary_texts
        for m in topics.find(text, kinds=("politicised",))
    )


def _parliament_again(m: Match, parliament: bool) -> bool:
    """Is ``m`` a word for a parliament or its members ("parliament", "lawmakers"), in a story whose primary names a
    parliament itself? A government's words ("government", "the White House") are not: the primary's parliament
    is not the government."""
    return parliament and m.term.get("group") == PARLIAMENT and m.term.term not in _EXECUTIVE


# The words of the group "government and parliament" that name a government, not a parliament
_EXECUTIVE = frozenset(
    {"government", "administration", "white house", "downing street", "number 10", "whitehall", r"re:no\.? ?10"}
)


# "197 Christian Democratic Union/Christian Social Union (CDU/CSU) lawmakers": a name spelt out before the initials
# the primary uses ("the Bundestag's CDU/CSU parliamentary group") is the primary's own party
_INITIALS_AFTER = regex(r"[^()]{0,60}?\(([A-Z][A-Za-z/&.-]*[A-Z])\)")


def _spelt_out(text: str, m: Match, primary_text: str) -> bool:
    """Is ``m`` part of a name whose initials, in brackets just after it, the primary's sentence uses?"""
    after = _INITIALS_AFTER.match(text, m.end)
    return bool(after) and re.search(rf"(?<!\w){re.escape(after.group(1))}(?!\w)", primary_text) is not None


# A verb of saying: the politician speaks in the sentence ("said Prime Minister Denys Shmyhal", "Shmygal said")
_SAYS = regex(
    r"\b(?:said|says|say|told|tells|added|adds|commented|comments|stated|states|noted|notes|according\s+to"
    r"|announced|announces|presented|presents|unveiled|unveils|promised|promises|pledged|pledges)\b"
)


# Capitalised words of three letters or more: the name a title goes with ("Denys Shmyhal", "Ukraine's")
_CAPITALISED = regex(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}")
_NOT_NAMES = frozenset(
    """the this that these those his her its their and but for with said says told added minister ministers
    president prime secretary chancellor premier monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december""".split()
)


def _names_near(text: str, m: Match) -> set[str]:
    """The capitalised words within a few words either side of the title ``m``, the title's own words left out."""
    window = text[max(0, m.start - 40) : m.start] + " " + text[m.end : m.end + 50]
    return {w.lower() for w in _CAPITALISED.findall(window)} - _NOT_NAMES


def _same_politician(text: str, m: Match, politicians: dict[str, frozenset[str]] | None) -> bool:
    """Does the title ``m`` in a retelling go with a politician the primary quotes, by the same title, speaking?

    A name word alike in both counts, spelt alike or nearly ("Shmyhal", "Shmygal", "Chmygal": names written
    from another alphabet), so a retelling that reports the primary's own Prime Minister adds no politics;
    another country's Prime Minister does. The post may be named otherwise ("the Finance Minister" for
    "Minister for Finance Michael McGrath", "Digital Minister Omar Haddad" for "the Minister for Digital
    Affairs, Omar Haddad"): then the politician's name, anywhere in the sentence, or the post's own word,
    must be the primary's. A title with no name ("'…,' the prime minister said") is the primary's when the
    primary quotes one politician by that very title.
    """
    politicians = politicians or {}
    if not politicians or not _SAYS.search(text):
        return False  # only what the primary's own politician says, told again, is the primary's
    # the title's own capitalised words name the post too: "Finance" in "the Finance Minister"
    ours = _names_near(text, m) | {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", m.matched)[:-1]}
    theirs = politicians.get(m.term.term)
    if theirs and len(politicians) == 1 and not _A_FULL_NAME.search(text, 1):
        return True  # "'…,' the prime minister said", where the primary quotes its one prime minister and nobody else
    if not theirs:  # another form of the post: the primary's politicians of any title, named in the sentence
        theirs = frozenset().union(*politicians.values())
        ours |= {w.lower() for w in re.findall(r"\b[A-Z][a-z][\w'’-]+", text)}
    return any(a == b or (len(a) >= 5 and SequenceMatcher(None, a, b).ratio() >= 0.7) for a in ours for b in theirs)


# Someone named by two capitalised words ("Elena Rossi", "Omar Haddad"), not at the start of the sentence
_A_FULL_NAME = regex(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]+")


def _primarys_own(text: str, m: Match, politicians: dict[str, frozenset[str]] | None, parliament: bool) -> bool:
    """Is the politics word ``m`` the primary's own: its quoted politician speaking again, or its parliament?"""
    return _same_politician(text, m, politicians) or _parliament_again(m, parliament)


def primary_topics(primary_texts, topics: Lexicon | None = None) -> dict[str, int]:
    """Politicised terms the primary itself is about: term -> number of its sentences using it.

    A term counts as the primary's topic when it appears in at least 2% of the primary's
    sentences, and in at least two. An empty primary gives an empty dict.
    """
    topics = topics or load_topics()
    texts = list(primary_texts)
    counts: dict[str, int] = {}
    by_group: dict[str, tuple[int, set[str]]] = {}  # group -> (sentences using it, its terms found)
    for text in texts:
        matches = topics.find(text, kinds=("politicised",))
        found = {m.term.term for m in matches}
        found |= {m.term.term for m in party_names(text)}
        for term in found:
            counts[term] = counts.get(term, 0) + 1
        for group in {m.term.get("group") for m in matches if _strength(m) == "strong"} & _COUNTED_AS_A_GROUP:
            sentences, terms = by_group.get(group, (0, set()))
            by_group[group] = (sentences + 1, terms | {m.term.term for m in matches if m.term.get("group") == group})
    threshold = max(PRIMARY_TOPIC_MIN, math.ceil(PRIMARY_TOPIC_SHARE * len(texts)))
    topic = {term: n for term, n in counts.items() if n >= threshold}
    for sentences, terms in by_group.values():
        if sentences >= threshold:  # "by-election" in one sentence, "general election" in the next: elections
            topic.update({term: max(topic.get(term, 0), sentences) for term in terms})
    results = sum(1 for text in texts if _RESULTS.search(text))
    if by_group.get("elections", (0,))[0] and results >= 2:
        topic[ELECTION_RESULTS] = results
    return topic


# Groups whose terms count together, sentence by sentence: an electoral commission's release says "by-election"
# once and "general election" once, and is about elections.
_COUNTED_AS_A_GROUP = frozenset({"elections"})


_NAME_AFTER = regex(r"\s+(?:[A-Z][a-z]+\.?\s+)?[A-Z][\w'’.-]+")
# The title's holder speaking through an office or a spokesperson: "the Arts Minister's office did not respond",
# "the Premier's spokeswoman said". One holder of one post, named by it as well as by a name.
_OFFICE_AFTER = regex(r"['’]s\s+(?:office|spokes(?:man|woman|person)|press\s+secretary)\b")
# A minister's or a secretary's portfolio after the title: "the Minister for Sport and Recreation", "the Minister of
# Power".
_PORTFOLIO_AFTER = regex(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]+")
_PORTFOLIO_TITLES = frozenset({"minister", "secretary of state"})
# A name and then its title in apposition: "Ed Kane, UK Secretary of State for Transport", "Ana Ruiz, the
# Secretary of State", "Jo Bell, Britain's Secretary of State". Two capitalised words at least, then a comma.
_NAME_BEFORE = regex(r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+,\s+(?:the\s+|[A-Z][A-Z.]+\s+|[A-Z][a-z]+['’]s\s+)?$")


# The title of an officer of a private body, after the title or the name that follows it: "Ana Ruiz, President
# of the Ashby Home Builders Association", "Sam Ode, Minister of the Ashby Baptist Church", "Governor Hale of
# the Ashby Golf Club". Not a politician's.
_OF_A_BODY = regex(
    r"(?:\s+[A-Z][\w'’.-]+){0,3},?\s+(?:of|at)\s+(?:the\s+)?(?:(?:[A-Z][\w'’&.-]*|of|and|&)\s+){0,6}"
    r"(?:Club|Association|Church|Chapel|Parish|Society|Chamber\s+of\s+Commerce|Company|Corporation|Federation|Institute"
    r"|University|College|School|Academy|Foundation|Trust|League|Guild|Inc|Ltd|LLC|Hospital|Museum|Orchestra)\b"
)
# The title is the first word of a body's name: "the Governors Highway Safety Association", "the Mayors Council".
_NAMES_A_BODY = regex(
    r"(?:\s+[A-Z][\w'’&.-]*){0,5}\s+(?:Association|Council|Institute|Foundation|Society|Alliance|Federation|Trust"
    r"|Fund|Network|Forum)\b"
)
# Before "VP", words that make it a company's vice president: "Acme's VP Dana Holt", "engineering VP", "Google VP".
_FUNCTION_WORDS = frozenset(
    "the a an former then and or but said says as by with to of for from told at in on while when after"
    " outgoing incoming acting ex".split()
)


def _company_vp(text: str, match: Match) -> bool:
    """Is this "VP" a company's ("Google VP Sissie Hsiao", "Acme's engineering VP Dana Holt")?

    Yes when the word just before it is a word in lower case that is no function word
    ("engineering VP", "senior VP"), or a name or possessive that is no place ("Google VP",
    "Acme's VP"; but "US VP Hale", "Former VP Hale", "America's VP").
    """
    if match.matched.upper() != "VP":
        return False
    before = re.search(r"([\w'’.-]+)\s+$", text[: match.start])
    if before is None:
        return False
    word = before.group(1)
    owner = re.sub(r"['’]s?$", "", word)
    if word[:1].islower() and owner == word:
        return word.lower() not in _FUNCTION_WORDS and not word.startswith("then")
    if word.lower() in _FUNCTION_WORDS:
        return False

    return owner not in ("U.S.", "US") and not is_place(owner)


def _a_governments_title(text: str, match: Match, before) -> bool:
    """After a name and a comma, is this title a government's ("Ed Kane, UK Secretary of State for Transport")?

    Why: the title then stands alone, and "Jo Bell, President of Acme", "Jo Bell, President and
    CEO of Acme Corp", "Jo Bell, Acme's President" are a company's. It is a government's when
    a possessive before it names a place ("Britain's Secretary of State"), and what follows
    it is nothing (", said"), a portfolio ("for Transport", "for Housing") or a place ("of
    Texas", "of the United States").
    """

    owner = re.search(r"([A-Z][a-z]+)['’]s\s+$", before.group())
    if owner and not is_place(owner.group(1)):
        return False
    rest = text[match.end :]
    if re.match(r"\s*(?:[,.;:)]|$)|\s+for\s+(?:the\s+)?[A-Z]", rest):
        return True
    of = re.match(r"\s+of\s+(?:the\s+)?", rest)
    return bool(of) and any(m.start == 0 for m in place_terms().find(rest[of.end() :][:40]))


def _titled(text: str, match: Match) -> Match:
    """A title match made strong when a capitalised name comes with it, else weak.

    The name follows the title ("Governor Hale") or comes before it, with a comma
    ("Ed Kane, UK Secretary of State for Transport, said"); or the holder speaks through an
    office ("the Arts Minister's office did not respond", :data:`_OFFICE_AFTER`); or a minister's
    portfolio follows ("the Minister for Sport and Recreation"). Only a title written with a
    capital letter counts: "the president of the chess club" names no politician, nor
    does the title of a private body's officer ("Ana Ruiz, President of the Ashby Home
    Builders Association", :data:`_OF_A_BODY`) or a company's VP ("Google VP Sissie Hsiao",
    :func:`_company_vp`).
    """
    before = _NAME_BEFORE.search(text[max(0, match.start - 80) : match.start])
    named = (
        (
            (
                match.matched[:1].isupper()
                and bool(
                    _NAME_AFTER.match(text, match.end)
                    or _OFFICE_AFTER.match(text, match.end)
                    or (match.term.term in _PORTFOLIO_TITLES and _PORTFOLIO_AFTER.match(text, match.end))
                    or (before and _a_governments_title(text, match, before))
                )
            )
            or _named_in_lower_case(text, match)
            or _a_head_by_title_alone(text, match)
        )
        and not _OF_A_BODY.match(text, match.end)
        and not _NAMES_A_BODY.match(text, match.end)
        and not _company_vp(text, match)
        and not _an_institutions_title(text, match)
    )
    term = type(match.term)(
        match.term.term, match.term.kind, {**match.term.columns, "strength": "strong" if named else "weak"}
    )
    return Match(term, match.start, match.end, match.matched)


# "The President told a cabinet meeting", "claimed by the President, who said", "The Treasurer said": the title with a
# capital and "the", no name, is a country's (a state's, a city's) head or minister; not "the President of the Royal
# Society" nor "the President and Chief Executive".
_THE_BEFORE = regex(r"\b[Tt]he\s+\Z")
_NOT_THE_COUNTRYS = regex(r"\s+(?:of|and|&)\b|-")


# Not "the Governor" nor "the Chancellor": a bank's, a university's as often as a government's
_HEADS = frozenset({"President", "Treasurer", "Premier", "Mayor"})


def _a_head_by_title_alone(text: str, match: Match) -> bool:
    """Is ``match`` "the President" (or "the Treasurer", "the Premier", "the Mayor"), written with a capital, with
    nothing after it that makes it a body's officer?"""
    return (
        match.matched in _HEADS
        and bool(_THE_BEFORE.search(text, max(0, match.start - 6), match.start))
        and not _NOT_THE_COUNTRYS.match(text, match.end)
        and not _A_BODY_WITH_A_HEAD.search(text)
    )


# A body of the sentence that has a president or a treasurer of its own: "The university said the President would step
# down" (an earlier rule on "the president" alone was withdrawn for such sentences, 2026-12-06)
_A_BODY_WITH_A_HEAD = regex(
    r"\b(?:[Uu]niversit(?:y|ies)|[Cc]olleges?|[Ss]ociety|[Aa]ssociation|[Cc]lub|[Cc]ompany|[Ff]irm|[Ff]ederation|"
    r"[Ff]oundation|[Ii]nstitute|[Cc]orporation|[Cc]harity|[Uu]nion|[Ll]eague|[Cc]hamber)\b"
)


# Elected offices whose holders are politicians wherever the office is: written in lower case ("Luis Mendiola, the PAN
# mayor of Benito Juárez", "the deputy mayor for cleanliness, Paul Simonet", "former premier Thaksin Shinawatra")
# they still name one with a name beside them. Not "governor", "president" or "secretary": a bank, a university or a
# club has those.
_ELECTED_LOWER = frozenset({"mayor", "deputy mayor", "senator", "councillor", "councilor", "mp", "congressman",
                            "congresswoman", "assemblyman", "assemblywoman", "legislator", "council member",
                            "councilmember", "premier", "assembly member", "assemblymember"})  # fmt: skip
# After the office: its portfolio or place and then the name, "the deputy mayor for cleanliness, Paul Simonet"
_NAME_AFTER_APPOSED = regex(r"(?:\s+(?:for|of)\s+[\w'’ -]{1,40}?)?,\s+(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+\b")
# Before the office: a name and "the" with at most one word ("Luis Mendiola, the PAN mayor", "Jo Hale, the local MP")
_NAME_BEFORE_APPOSED = regex(r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+,\s+the\s+(?:[\w'’-]+\s+)?\Z")


def _named_in_lower_case(text: str, match: Match) -> bool:
    """Is this an elected office in lower case with its holder's name beside it (:data:`_ELECTED_LOWER`)?"""
    if match.matched.lower().rstrip("s") not in _ELECTED_LOWER:
        return False
    before = _NAME_BEFORE_APPOSED.search(text, max(0, match.start - 60), match.start)
    return bool(before or _NAME_AFTER_APPOSED.match(text, match.end) or _FULL_NAME_AFTER.match(text, match.end))


# A first name and a surname right after the office: "City council member Rosa Jimenez", "state senator Dana Ortiz"
_FULL_NAME_AFTER = regex(r"\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+")


def _an_institutions_title(text: str, match: Match) -> bool:
    """Is this title that of an institution named just before it, whose head is no politician?

    "Bank of England Governor Andrew Bailey", "Reserve Bank of Australia Governor Michele Bullock",
    "the central bank's Deputy Governor": the institutions and their titles are those of
    ``institution_titles.csv``, which otherwise count only in a case whose primary names them.
    """
    window = text[max(0, match.start - 60) : match.start]
    for found in _institutions().find(window):
        titles = {t.strip() for t in found.kind.split(";")}
        if match.term.term in titles and _INSTITUTION_TO_TITLE.fullmatch(window[found.end :]):
            return True
    return False


# Between an institution and its title: "Reserve Bank| of Australia |Governor", "Bank of England|'s |Governor",
# "central bank|'s deputy |governor"
_INSTITUTION_TO_TITLE = regex(r"(?:\s+of(?:\s+[A-Z][\w'’.-]*){1,3})?(?:['’]s)?\s+(?:[Dd]eputy\s+|[Ff]ormer\s+)?")


# A title no politician is named by, before a listed politician's name: a namesake ("Dr Kamala Harris, a paediatrician")
_A_NAMESAKE = regex(r"\b(?:Professor|Prof\.?|Dr\.?|Doctor)\s+(?:[A-Z][a-z]+\s+)?$")


# A company's vote, where "a voting bloc" is no election's: its shareholders, investors, funds, board or meeting.
_COMPANY_VOTE = regex(
    r"\b(?:share|stock|bond)holders?\b|\binvestors?\b|\bproxy\b|\bannual\s+(?:general\s+)?meeting\b|\bAGM\b"
    r"|\bboard\s+(?:of\s+directors|members?|seats?)\b|\bcreditors?\b|\bpension\s+funds?\b|\bhedge\s+funds?\b",
    re.IGNORECASE,
)


def _shareholders_vote(text: str, match: Match) -> bool:
    """Is this "voting bloc" / "voting demographic" a company's owners voting, not an election's voters?"""
    return match.term.term.startswith("voting ") and bool(_COMPANY_VOTE.search(text))


def _strength(match: Match) -> str:
    return match.term.get("strength", "strong")


def _fires(matches: list[Match]) -> bool:
    strong = [m for m in matches if _strength(m) in ("strong", "guess")]
    weak = {m.term.term for m in matches if _strength(m) == "weak"}
    return bool(strong) or len(weak) >= 2


def _quoted_list(matches: list[Match]) -> str:
    seen: list[str] = []
    for m in matches:
        if m.matched not in seen:
            seen.append(m.matched)
    return ", ".join(f'"{w}"' for w in seen)


def _words_glossed(matches: list[Match]) -> str:
    """Each word found with what it is, from its row of the word list: '"Dáil" (Ireland's parliament), "Taoiseach"
    (Ireland's head of government)'; where a row says nothing short, its kind ("elections"). A learner's read found
    the kind alone read as a definition ('"Congress" (government and parliament)'), and one bracket for several words
    ("(a political party and government and parliament)") left them to guess which word was which."""
    parts: dict[str, str] = {}
    for m in matches:
        parts.setdefault(m.matched, f'"{m.matched}" ({_gloss(m)})')
    return ", ".join(parts.values())


_FIRST_CLAUSE = regex(r":|\.(?:\s|$)|;")
_BRACKETED = regex(r"\s*\([^()]*\)")
# only a noun phrase reads as a gloss ("a political party", "Wales's parliament"); a sentence ("Elections are party
# politics", "Can be a political side") does not
_LOWER_OPENING = regex(r"(?:A|An|The|Members?|Politicians?|Lawmakers)\s")
_POSSESSIVE_OPENING = regex(r"[A-Z][\w.-]*['’]s\s")


# A group's name as a reader's gloss: '"Trump" (political figure)' and '"administration" (government and parliament)'
# read as broken English or as a definition of the word; these say what kind of word it is.
_GROUP_GLOSS = {
    "political figure": "a political figure",
    "politician's title": "a politician's title",
    "government and parliament": "a word of government or parliament",
    "elections": "a word of elections",
    "party politics": "a word of party politics",
    "election claims": "a claim about an election",
    "censorship debate": "a word of the argument over censorship",
    "public controversy": "a word of public argument",
    "partisan fight over a policy": "a partisan fight over a policy",
    "COVID-19 policy": "the fight over COVID-19 rules",
    "January 6 2021": "the attack on the US Capitol on 6 January 2021",
}


def _gloss(m: Match) -> str:
    """What a word-list row says its word is, in a few words: the first clause of its explanation without its
    brackets ("Ireland's parliament", "a political figure"), else what its group is (:data:`_GROUP_GLOSS`), else
    the group's or the row's kind's name."""
    first = _BRACKETED.sub("", _FIRST_CLAUSE.split(m.term.get("explanation") or "")[0]).strip().rstrip(",")
    lower = _LOWER_OPENING.match(first)
    if not (lower or _POSSESSIVE_OPENING.match(first)) or len(first) > 60 or "(" in first:
        group = m.term.get("group") or m.term.kind
        return _GROUP_GLOSS.get(group, group)
    return first[0].lower() + first[1:] if lower else first


def _is_attributed(text: str, quotes, term_matches) -> bool:
    """Does the sentence name a source ("said", "according to", a quotation)?"""
    if any(len(text[q.start : q.end].split()) > SHORT_QUOTE_WORDS for q in quotes if not q.nested):
        return True
    return any(m.kind in ATTRIBUTION_KINDS and not any(q.start < m.start < q.end for q in quotes) for m in term_matches)


GOVERNMENT_FILE = DATA_DIR / "government_names.csv"
GOVERNMENT_ROLES = ("verb", "measure", "source", "legislature", "watchdog")


def _alternatives(rows, role: str) -> str:
    """The words of one role as a regex alternation: "announc*" is a word start, "set" a whole word."""
    words = [r.term.lower() for r in rows if r.kind == role]
    return "|".join(re.escape(w[:-1]) if w.endswith("*") else re.escape(w) + r"\b" for w in words)


@lru_cache(maxsize=1)
def _government_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The two grammars of ``_government_names``, their words read from ``data/government_names.csv``.

    "The Biden administration on Wednesday announced", "President Joe Biden's administration
    has imposed", "under the Biden administration's plans": the government named by its leader
    as the maker of a measure (a ``verb`` after it, or a ``measure`` it owns), as "the
    government" would be, or as a ``source`` ("Biden administration officials said", as
    "HUD officials" would). Naming who made a rule is not politics; praise of the government's
    record, a party, an election, a politician speaking or a fight over the policy still is.
    "parliament's spending watchdog", "Congress's budget office": a ``watchdog`` described by
    the ``legislature`` it answers to, not politics.
    """
    rows = read_terms(GOVERNMENT_FILE, required=("term", "role"), kinds=GOVERNMENT_ROLES, kind_column="role")
    government = regex(
        r"\b(?:President\s+)?(?:[A-Z][\w.]*[\s-]+){0,2}[A-Z]\w*(?:['’]s)?\s+[Aa]dministration\b"
        rf"(?=(?:\s+on\s+[A-Z]\w+)?\s+(?:has\s+|have\s+|is\s+|will\s+)?(?i:{_alternatives(rows, 'verb')})"
        rf"|['’]s\s+(?i:{_alternatives(rows, 'measure')})"
        rf"|\s+(?i:{_alternatives(rows, 'source')}))"
    )
    bodies = "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in (r.term.lower() for r in rows if r.kind == "legislature")
    )
    watchdog = regex(rf"\b(?:{bodies})['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{_alternatives(rows, 'watchdog')})")
    return government, watchdog


_FORMER = regex(r"\b(?:[Ff]ormer|[Ee]x-)")


def _government_names(text: str) -> list[tuple[int, int]]:
    """Spans of the sentence that name a government by its leader as the maker of a measure, or a watchdog by
    the parliament it answers to (see :func:`_government_patterns`)."""
    government, watchdog = _government_patterns()
    spans = [m.span() for m in government.finditer(text)] if "dministration" in text else []
    # "Former Trump administration official Stephen Miller": someone of politics now, not the government speaking
    spans = [(a, b) for a, b in spans if not _FORMER.search(text, max(0, a - 8), b)]
    if "'s" in text or "’s" in text:
        spans += [m.span() for m in watchdog.finditer(text)]
    return spans


PARTY_TERM = Term(
    "a political party",
    "politicised",
    {
        "group": "a political party",
        "strength": "strong",
        "explanation": 'A political party named by its name ("the Swiss People\'s Party", "the Green Party"): party politics.',
    },
)
# Parties by a short name, written as a party writes it (case matters: "the Greens" are a party, "salad greens" are not):
# initials that name no other thing in the news ("the ANC", "the EFF", "the NDP"), and plural names ("the Liberals",
# "the Nationals", "Dems"; "Tories" is a row of the word list, "Labour" the rule of _LABOUR); a name that is also an
# ordinary word ("National", "DA", "Green", "Liberal") only before a party role ("DA councillor Pieter Venter",
# "Greens co-leader Hana Waititi", "National MP") or told as a party just after ("The DA, the second-largest party").
_NAMED_PARTY = regex(
    r"\b(?:ANC|EFF|NDP|Dems|Greens|Liberals|Nationals|Libs)\b"
    r"|\b(?:DA|National|Green|Liberal)(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:councillors?|councilors?|MPs?|MPLs?|MEPs?|TDs?"
    r"|(?:co-)?leaders?|spokes(?:person|woman|man)|candidates?|senators?|members? of parliament|whips?|caucus)\b"
    # "The DA, the second-largest party in the coalition": the name told as a party right after it
    r"|\b(?:DA|National|Green|Liberal)\b,?\s+(?:the|a)\s+(?:[a-z-]+\s+){0,2}party(?=\s+(?:in|of|that|which|whose)\b|[,.;:)])"
)
_NAMED_PARTY_NEEDS = regex(r"ANC|EFF|NDP|Dems|Greens|Liberals|Nationals|Libs|DA[ ,]|National[ ,]|Green[ ,]|Liberal[ ,]")
# "the Swiss People's Party", "the Green Party", "Labour Party": up to three capitalised words and "Party", one of
# them a word a party's name is made of (below); party names written in lower case are in the word list.
_PARTY_NAME = regex(r"\b((?:[A-Z][\w'’.-]*\s+){1,3})Party\b")
# A party's name says what it stands for: "the Swiss People's Party", "the Green Party", "the Scottish National
# Party". A "Street Party", "Sunshine Party Hire", a "High Contracting Party" or an "Injured Party" says nothing of it.
_PARTY_WORDS = regex(
    r"^(?:labou?r|conservative|green|liberal|democrat\w*|republican|people['’]?s?|socialist|communist|national\w*|reform"
    r"|independence|freedom|progressive|workers?['’]?|pirate|christian|social|alternative|left|justice|unity|popular"
    r"|brexit|tea|union\w*|constitution\w*|farmers?['’]?|green['’]?s?|radical|centre|center|populist|libertarian"
    r"|patriotic)$",
    re.IGNORECASE,
)


def _work_at_the_start(text: str, m) -> bool:
    """Is a sentence-opening "Labour is / has / was …" about work, not the party ("Labour is the biggest
    single cost for care homes", "Labour has become scarcer")? Yes when the sentence speaks of what work
    costs or how much of it there is (:data:`_WORK_AS_A_COST`); "Labour is fixing the mess" is the party."""
    opening = m.start() == 0 or bool(re.search(r"[.!?:][\"“‘']?\s$", text[: m.start()]))
    if not opening or not re.match(r"\s+(?:is|has|was|will|would)\b", text[m.end() :]):
        return False
    if _PARTY_DEED.match(text, m.end()):
        return False  # "Labour has pledged to cut energy costs": what a party does
    return bool(_WORK_AS_A_COST.search(text[m.end() :]))


# What a party does, after "Labour is / has / will": "has pledged", "will scrap", "is promising", "has accused".
_PARTY_DEED = regex(
    r"\s+(?:is|has|was|will|would)\s+(?:also\s+|now\s+|already\s+|not\s+|been\s+)?"
    r"(?:pledg|promis|vow|call|sa[iy]d?\b|announc|propos|accus|criticis|criticiz|attack|set\s+out|unveil|back|oppos"
    r"|won|lost|campaign|argu|insist|warn|urg|demand|plan|scrap|introduc|legislat|govern)",
    re.IGNORECASE,
)


def party_names(text: str) -> list[Match]:
    """A political party named in ``text``.

    By its capitalised name ("The Swiss People's Party said …"), by a US lawmaker's party and
    state ("Chuck Grassley (R-Iowa)"), or as "Labour" alone, with a capital letter and not in a
    phrase about work ("pressure on Labour over its decision", not "Labour costs rose", "the
    International Labour Organization" or "Labour is the biggest single cost for care homes").
    """
    found = []
    if "Party" in text:
        found += [
            Match(PARTY_TERM, m.start(), m.end(), m.group())
            for m in _PARTY_NAME.finditer(text)
            if any(_PARTY_WORDS.match(word) for word in m.group(1).split())
        ]
    if _NAMED_PARTY_NEEDS.search(text):
        found += [
            Match(PARTY_TERM, m.start(), m.end(), m.group())
            for m in _NAMED_PARTY.finditer(text)
            if not any(f.start <= m.start() < f.end for f in found)
        ]
    if "(R-" in text or "(D-" in text or "(I-" in text:
        found += [Match(PARTY_TERM, m.start(), m.end(), m.group()) for m in _PARTY_AND_STATE.finditer(text)]
    if "Labour" in text or "Labor" in text:  # Australia's party is spelt "Labor"
        found += [
            Match(PARTY_TERM, m.start(), m.end(), m.group())
            for m in _LABOUR.finditer(text)
            if not any(f.start <= m.start() < f.end for f in found)
            and not _work_at_the_start(text, m)
            and not _A_BODYS_NAME_BEFORE.search(text, 0, m.start())
        ]
    if "overnment" in text or "dministration" in text:
        acting = _government_names(text)
        found += [
            Match(LEADER_GOVERNMENT_TERM, m.start(1), m.end(), m.group(1) + m.group(2))
            for pattern in (_LEADERS_GOVERNMENT, _LEADERS_OWN_GOVERNMENT)
            for m in pattern.finditer(text)
            if _a_persons_name(m.group(1)) and not any(a <= m.start(1) < b for a, b in acting)
        ]
        found += [
            Match(LEADER_GOVERNMENT_TERM, m.start(), m.end(), m.group())
            for m in _GOVERNMENT_OF_LEADER.finditer(text)
            if _a_persons_name(m.group(1)) and not any(a <= m.start() < b for a, b in acting)
        ]
        found += [
            Match(PARTY_INITIALS_TERM, m.start(1), m.end(), m.group())
            for m in _INITIALS_GOVERNMENT.finditer(text)
            if _party_initials(m.group(1))
        ]
    if "leader" in text:
        found += [
            Match(PARTY_INITIALS_TERM, m.start(1), m.end(), m.group())
            for m in _INITIALS_LEADER.finditer(text)
            if _party_initials(m.group(1))
        ]
    return found


PARTY_INITIALS_TERM = Term(
    "a party named by its initials",
    "politicised",
    {
        "group": "a political party",
        "strength": "strong",
        "explanation": (
            'A party named by its initials, as its government ("the ANC government", "the BJP-led government") or its '
            'leader ("DA leader Mmusi Maimane"): party politics.'
        ),
    },
)
# "the ANC government", "the BJP-led government", "the PP-led city government", "the Aliança Democrática (AD)
# government": initials, not a person's name, before "government".
_INITIALS_GOVERNMENT = regex(
    # the initials may follow the name spelt out, in brackets: "the Aliança Democrática (AD) government"
    r"\b[Tt]he\s+(?:(?:[A-Z][\w'’-]+\s+){1,4}\()?([A-Z]{2,5})\)?(?:-led)?\s+"
    r"(?:(?:city|state|regional|provincial|municipal|coalition)\s+)?"
    r"(?:[Gg]overnment|[Aa]dministration)\b"
)
# "DA leader Mmusi Maimane", "EFF leader Julius Malema": initials, "leader", a person's name.
_INITIALS_LEADER = regex(r"\b([A-Z]{2,5})\s+(?:[Pp]arty\s+)?leader\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")
# Initials that name a country, a union of countries or a body that is no party ("the US government", "the UN
# leader", "the NHS leader"); the places of places.csv are left out too.
_NOT_PARTY_INITIALS = frozenset(
    """us usa uk eu un uae prc drc rok dprk nato who imf wto oecd opec nhs fbi cia nsa bbc cnn nasa ceo cfo coo
    afl cio tuc""".split()
)


def _party_initials(initials: str) -> bool:
    """Could capital ``initials`` ("ANC", "DA", "BJP") be a party's, not a country's or a known body's ("US", "NHS")?"""
    lowered = initials.lower()
    return lowered not in _NOT_PARTY_INITIALS and lowered not in _place_names()


LEADER_GOVERNMENT_TERM = Term(
    "a government named for its leader",
    "politicised",
    {
        "group": "political figure",
        "strength": "strong",
        "explanation": 'A government named for its leader ("the Trudeau government"): a politician named.',
    },
)
# "the Justin Trudeau government", "the Sunak government's plan": "the", one or two capitalised words, "government".
# "the Buhari-led administration" (or "Buhari -led", as one page spaces it): led by the person named
_LEADERS_GOVERNMENT = regex(
    r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){0,1}[A-Z][a-z]+)((?:\s?-led)?\s+(?:[Gg]overnment|[Aa]dministration))\b"
)
# "the government of Pedro Castillo": a government named for its leader after it, by a first name and a surname (one
# word after "of" is nearly always a place: "the government of Ontario")
_GOVERNMENT_OF_LEADER = regex(
    r"\b[Tt]he\s+(?:[Gg]overnment|[Aa]dministration)\s+of\s+([A-Z][a-z]+\s+[A-Z][a-z]+)\b(?!\s+[A-Z])"
)
# "Nicola Sturgeon's government", "Trudeau's administration": a government named as its leader's own
_LEADERS_OWN_GOVERNMENT = regex(
    r"\b((?:[A-Z][a-z]+\s+){0,1}[A-Z][a-z]+)(['’]s\s+(?:[Gg]overnment|[Aa]dministration))\b"
    # not a firm's "government relations team", "government contracts", "administration fees"
    r"(?!\s+(?:relations|contracts?|affairs|bonds?|debt|grants?|funding|business|customers?|clients?|sales|fees?"
    r"|costs?|team|department|unit|division|tools?|services?|work"
    # nor a place's state-run "government schools" ("Karnataka's government schools")
    r"|schools?|hospitals?|colleges?|data|figures|statistics|officials?|employees|jobs|offices?|buildings?|land))"
)
# Words that name a government by its place, its level or its party, not by a person ("the Canadian government",
# "the federal government", "the Labour government", "the Welsh Government"); the places come from places.csv.
_NOT_A_PERSON = frozenset(
    """federal national state provincial local regional municipal city county territorial central interim
    transitional caretaker military coalition minority majority new current previous last next former incoming
    outgoing conservative labour labor liberal tory democratic republican socialist communist green
    american british canadian australian scottish welsh irish english french german italian spanish dutch swiss
    chinese japanese indian israeli palestinian russian ukrainian iranian iraqi saudi turkish greek polish swedish
    danish norwegian finnish belgian austrian mexican brazilian argentine south north east west us uk eu un
    nigerian kenyan ghanaian ethiopian egyptian moroccan algerian tunisian libyan sudanese ugandan tanzanian
    rwandan zambian zimbabwean namibian senegalese cameroonian congolese angolan malawian somali african
    pakistani bangladeshi afghan nepalese lankan indonesian malaysian singaporean thai vietnamese filipino
    korean taiwanese syrian lebanese jordanian emirati qatari kuwaiti yemeni colombian venezuelan peruvian
    chilean bolivian ecuadorian cuban jamaican haitian portuguese czech slovak hungarian romanian bulgarian
    serbian croatian bosnian albanian lithuanian latvian estonian icelandic georgian armenian belarusian zealand
    ontario quebec alberta manitoba saskatchewan yukon nunavut queensland victorian tasmanian
    trump biden obama
    goods drug drugs food information security aviation safety transportation transport highway maritime medicines
    health services resources energy veterans business trade revenue tax housing education""".split()
)
# (the second group: the words of an agency's name before "Administration", "the Therapeutic Goods Administration",
# "the Food and Drug Administration", "the Energy Information Administration": no leader's government; review 20)


def _a_persons_name(words: str) -> bool:
    """Could ``words`` ("Justin Trudeau", "Sunak") be a person's name, not a place, a people or a kind of government?

    A name listed as a political figure ("Trump", "Biden") is left to its own row of the word list.
    """
    places = _place_names()
    return (
        not any(w.lower() in _NOT_A_PERSON or w.lower() in places for w in words.split())
        and words.lower() not in places
    )


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The place names of ``data/places.csv`` (the figures' word list), lower case."""
    return frozenset(
        t.term.lower() for t in read_terms(DATA_DIR / "places.csv", required=("term", "kind"), kinds=("place",))
    )


# A US lawmaker's party and state after the name: "Chuck Grassley (R-Iowa)", "Rep. Ana Ruiz (D-Calif.)", "(I-VT)".
_PARTY_AND_STATE = regex(r"\((?:R|D|I)[-–](?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?|[A-Z]{2})\)")

# The words about work that may follow "Labour" (or "Labour's") when it is no party.
_WORK_NOUNS = (
    r"market|force|costs?|shortages?|laws?|relations|rights|code|movement|camps?"
    r"|supply|productivity|share|income|inspectors?|exploitation|migrants?|standards|disputes?|unions?|intensive"
)
# "Labour" (Australia: "Labor") with a capital is the party (the UK's, Australia's, New Zealand's, Ireland's)
# unless it starts a phrase about work or a body's name: "Labour costs", "Labour Day", "the Department of Labour",
# "Labour Force Survey".
# At the start of a sentence every word has a capital, so there only "Labour is / has / said / swept / 's …" counts.
_LABOUR = regex(
    r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:][\"“‘']\s))Labou?r(?=['’]s\s(?!(?:" + _WORK_NOUNS + r")\b)"
    r"|\s+(?:is|has|was|will|would|said|says|wants|won|lost|swept|promised|pledged|leader|government|ministers?|MPs?"
    r"|also|sources?|insiders?|spokes(?:man|woman|person)|plans?\s+to)\b)"
    r"|(?<!\bof )(?<!International )(?<![Oo]rganised )(?<![Oo]rganized )(?<!^)(?<![.!?:]\s)(?<![.!?:][\"“‘']\s)"
    r"\bLabou?r(?:['’]s)?\b(?!\s+[A-Z])(?!\s+and\s+[A-Z])(?![-‐]\w)(?!\s+(?:" + _WORK_NOUNS + r")\b)"
    r"|\bLabou?r[-‐](?:run|led|controlled|held|dominated)\b"  # "The Labour-run council": not "labour-intensive"
)
# "the Ministry of Employment and Labor", "the Department of Industry and Labour": the last word of a body's name
_A_BODYS_NAME_BEFORE = regex(r"\b(?:of|for)\s+(?:[A-Z][\w'’-]*,?\s+){1,3}and\s+$")
# A sentence that starts "Labour is …", "Labour has …" and speaks of what work costs or how much of it there
# is: "Labour is the biggest single cost for care homes", "Labour has become scarcer since the pandemic".
_WORK_AS_A_COST = regex(
    r"\b(?:costs?|costly|expensive|cheap(?:er)?|dear(?:er)?|scarcer?|scarcity|shortages?|in\s+short\s+supply"
    r"|wages?|pay\s+rates?|hiring|hire|productivity)\b",
    re.IGNORECASE,
)


def _primary_groups(topics: Lexicon, ignored: dict[str, int]) -> frozenset[str]:
    """The topic groups the primary is about: a group two or more of whose terms are among its topics.

    An electoral commission's report on an election uses "election", "voters" and "electoral":
    the whole "elections" group is its subject, so a retelling's "ballots" or "electorate" bring in
    nothing new, though the primary never wrote those words. Never a group of
    :data:`_ALWAYS_POLITICS` (parties, politicians, their titles, claims of a stolen election),
    but for one: a US party the primary names in two sentences or more makes the group its subject
    (a poll given by party, :data:`_PARTIES_POLLED`).
    """
    groups: dict[str, int] = {}
    polled: set[str] = set()
    for term in topics:
        if term.kind == "politicised" and term.term in ignored:
            group = term.get("group")
            groups[group] = groups.get(group, 0) + 1
            if group in _PARTIES_POLLED and ignored[term.term] >= 2:
                polled.add(group)
    found = {group for group, n in groups.items() if group and n >= 2 and group not in _ALWAYS_POLITICS}
    if ignored.get(ELECTION_RESULTS, 0):
        found |= _ELECTED  # an election's results: its parties, its voters and the body elected are its subject
    return frozenset(found | polled)


ELECTION_RESULTS = "(an election's results)"
"""A key of :func:`primary_topics`' answer: the primary gives an election's results (its votes or seats, in two of
its sentences or more, in a text that names the election)."""
# An election's results (an electoral commission's declaration: "Labour's Anna Price won with 14,212 votes", "The
# Conservative candidate received 9,876 votes"): a retelling's "The Conservatives came second", "the Tory candidate's
# 9,876", "two-thirds of voters turned out" or "a majority of the 543-seat parliament" tells the results, it brings
# in no politics. Politicians' names and titles stay politics ("a blow to Rishi Sunak").
_ELECTED = frozenset({"elections", "a political party", "a US party", "government and parliament"})
_RESULTS = regex(
    r"\b\d[\d,]*\s+(?:of\s+the\s+\d[\d,]*\s+)?(?:[a-z-]+\s+)?(?:seats|votes)\b|\bwon\s+\d[\d.,]*\b",
    re.IGNORECASE,
)


# A poll or a survey that gives its figures by party ("Republicans' confidence fell to 19%", in two sentences or more)
# is about the parties' supporters: the other party's figures in a retelling ("Democrats are the only group with
# majority-level confidence") are its subject too, not politics brought in. (Written on highered-2023-07 after its
# one measurement, where a primary cut before its Democrats' figures made every retelling's "Democrats" politics.)
_PARTIES_POLLED = frozenset({"a US party"})
# ... and so are the parties named together ("confidence has decreased across all political parties").
_PARTIES_IN_A_POLL = frozenset({"political part*"})


def polled_by_party(primary_texts: list[str]) -> bool:
    """Does the primary give its figures by party (a US party named in two of its sentences or more, see
    :data:`_PARTIES_POLLED`)?"""
    topics = load_topics()
    return bool(_primary_groups(topics, primary_topics(primary_texts, topics)) & _PARTIES_POLLED)


def in_a_poll(match: Match) -> bool:
    """Is ``match`` a word a poll given by party uses for its parties ("across all political parties")?"""
    return match.term.term in _PARTIES_IN_A_POLL


# "Republican senators vowed to …": a party's politicians, politics even in a poll that gives its figures by party
_PARTY_POLITICIANS = regex(
    r"['’]?s?\s+(?:senators?|lawmakers?|politicians?|leaders?|legislators?|candidates?|congress(?:wo)?m[ae]n"
    r"|governors?|representatives?|administration|party|officials?|presidents?|nominees?|members of congress)\b",
    re.IGNORECASE,
)


# Groups that are politics whatever the story: a release that says "government" twice is not about party
# politics, and claims that an election was stolen are a fight even in a report on running one.
_ALWAYS_POLITICS = frozenset(
    {
        "party politics",
        "a political party",
        "a US party",
        "government and parliament",
        "political figure",
        "politician's title",
        "election claims",
    }
)


def _signals(
    text: str,
    topics: Lexicon,
    ignored: dict[str, int],
    quotes,
    term_matches,
    titles=None,
    politicians=None,
    parliament=False,
):
    by_label: dict[str, list[Match]] = {label: [] for label in ASIDES}
    discounted: list[Match] = []
    governments = _government_names(text)
    subjects = _primary_groups(topics, ignored) if ignored else frozenset()
    for match in topics.find(text):
        if match.kind == "ignore":
            continue
        if match.kind == "politicised" and any(start <= match.start < end for start, end in governments):
            continue  # the government's name, not politics
        if _strength(match) == "guess" and _A_NAMESAKE.search(text[max(0, match.start - 30) : match.start]):
            continue  # "Professor David Cameron, an oncologist", "Dr Kamala Harris": a doctor's title, no politician's
        if match.kind == "politicised" and _shareholders_vote(text, match):
            continue  # "pension funds, a key voting bloc among shareholders": a company's vote, no election
        if match.kind == "politicised" and _primarys_own(text, match, politicians, parliament):
            # "Ukraine's Prime Minister Denys Shmygal", "the parliament said": the primary's own
            discounted.append(match)
            continue
        if match.kind == "politicised" and titles and match.term.term in titles:
            discounted.append(match)  # "Governor" in a central bank's story: the bank's governor
            continue
        if _strength(match) == "title":  # "President Biden" names a politician; "the president" alone may not
            match = _titled(text, match)
        if match.kind == "editorial" and any(q.start < match.start < q.end for q in quotes):
            continue  # a judgement inside a quotation is the speaker's, not the outlet's
        if (
            match.kind == "politicised"
            and (
                match.term.term in ignored
                or match.term.get("group") in subjects
                or (in_a_poll(match) and subjects & _PARTIES_POLLED)
            )
            and not _PARTY_POLITICIANS.match(text, match.end)
        ):
            discounted.append(match)
            continue
        by_label[match.kind].append(match)
    for match in party_names(text):
        if PARTY_TERM.term in ignored or PARTY_TERM.get("group") in subjects:
            discounted.append(match)  # a story about a party: naming one is its subject, not an aside's politics
        else:
            by_label["politicised"].append(match)
    for match in term_matches:  # the outlet's own loaded words lean editorial
        if match.kind == "loaded" and not any(q.start < match.start < q.end for q in quotes):
            loaded = type(match.term)(
                match.term.term, "editorial", {**match.term.columns, "strength": "weak", "group": "loaded word"}
            )
            by_label["editorial"].append(Match(loaded, match.start, match.end, match.matched))
    return by_label, discounted


def classify_aside(
    text: str,
    *,
    topics: Lexicon | None = None,
    terms: Lexicon | None = None,
    primary_topic_terms: dict[str, int] | None = None,
    quotes=None,
    term_matches=None,
    titles: dict[str, str] | None = None,
    politicians: dict[str, frozenset[str]] | None = None,
    parliament: bool = False,
) -> Aside:
    """Label one added sentence: politicised, advocacy, editorial or context.

    Parameters
    ----------
    text : str
        A sentence the outlet added.
    topics, terms : Lexicon, optional
        The aside topic list and the framing word list (bundled ones by default).
    primary_topic_terms : dict, optional
        From :func:`primary_topics`: politicised terms that do not count because the
        primary is about them.
    quotes, term_matches : list, optional
        The sentence's quotations and framing-term matches, when already computed.
    titles : dict, optional
        From :func:`institution_titles`: titles that are not a politician's in this case.
    politicians : dict, optional
        From :func:`primary_politicians`: the politicians the primary names by a title; naming one of
        them again brings in no politics.
    parliament : bool
        From :func:`names_a_parliament`: the primary names a parliament or its members, so a word for a
        parliament or its members retells it (a word for a government does not).

    Returns
    -------
    Aside
        Never None: a sentence with no signal at all is ``context``, marked as a guess.
        An empty text is ``context`` too.
    """
    topics = topics or load_topics()
    terms = terms or load_terms()
    ignored = primary_topic_terms or {}
    quotes = quote_spans(text) if quotes is None else quotes
    term_matches = terms.find(text) if term_matches is None else term_matches
    titles = titles or {}
    found, discounted = _signals(text, topics, ignored, quotes, term_matches, titles, politicians, parliament)
    signals = {label: [m.matched for m in matches] for label, matches in found.items() if matches}
    attributed = _is_attributed(text, quotes, term_matches)
    firing = [label for label in ASIDES[:3] if _fires(found[label])]
    if "editorial" in firing and attributed:
        firing.remove("editorial")
    note = _not_counted(discounted, ignored, titles, text, politicians, parliament)
    judged = _judged_politician(text, discounted, found["editorial"], ignored)
    if judged and "politicised" not in firing:
        names, words = judged
        reason = (
            f"This sentence judges a politician in the outlet's own words: {_quoted_list(names)} with "
            f"{_quoted_list(words)}. The primary names them too, but it does not judge them: that is the outlet's politics."
        )
        return Aside("politicised", reason, signals, guess=False)
    if firing:
        label = firing[0]
        matches = found[label]
        if label == "politicised" and ignored:
            # the primary is about some politics itself (an election's results, its parties): the sentence brings
            # in other politics, not politics into a story without any
            reason = f"This sentence brings in politics the primary does not have: {_words_glossed(matches)}."
        else:
            # (no "The primary story is not about this." after it: a learner-eye read found it said twice)
            reason = f"This sentence {WHAT[label]}: {_words_glossed(matches)}."
        guess = not any(_strength(m) == "strong" for m in matches)
        names = [m for m in matches if _strength(m) == "guess"]
        if guess and names and len(names) == len(matches):
            reason += " This is a guess from a name: read the sentence and decide whether it is about politics."
        elif guess and names:
            # why: a learner's read found "from a name alone" false where other words are listed beside the name
            reason += (
                " This is a guess from a name and words that can also be used in a neutral way: read the sentence"
                " and decide whether it is about politics."
            )
        elif guess:
            reason += (
                " This is a guess: each of these words can also be used in a neutral way, so read the sentence"
                " and decide."
            )
        others = [f"{o} ({_quoted_list(found[o])})" for o in firing[1:]]
        if others:
            reason += " It also reads as " + " and ".join(others) + "."
        return Aside(label, reason + note, signals, guess)
    if found["context"]:
        # each word with what it says ('"last year" (brings in history)'), not the class again ("background from
        # elsewhere"); a weak word alone ("also") is only a hint, and the reason says so
        reason = f"This sentence {WHAT['context']}: {_explained(found['context'])}."
        if "editorial" in signals and attributed:
            reason += " Its judgement words are attributed to a source, so it is not counted as the outlet's own."
        weak = not any(_strength(m) == "strong" for m in found["context"])
        if weak:
            reason += " This is a guess: read it and decide."
        return Aside("context", reason + note, signals, guess=weak)
    reason = _no_aside_found(signals) + (
        " The primary does not have this sentence, so it most likely adds background from elsewhere (a fact, a"
        " quotation, a detail). This is a guess: read it and decide."
    )
    return Aside("context", reason + note, signals, guess=True)


def _explained(matches: list[Match]) -> str:
    """Each matched word and what its row of the word list says it does: '"last year" (brings in history)'."""
    parts = {}
    for m in matches:
        what = (m.term.get("explanation") or m.term.get("group") or "").split(":")[0].rstrip(".")
        parts.setdefault(m.matched, f'"{m.matched}" ({what[:1].lower() + what[1:]})' if what else f'"{m.matched}"')
    items = list(parts.values())
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _judged_politician(text: str, discounted: list[Match], editorial: list[Match], ignored: dict[str, int]):
    """(names, loaded words) when a politician the primary itself names is judged in the outlet's loaded words, else None.

    "Biden is corrupt, a dictator": the primary naming the President does not make an attack
    on him the primary's topic. Only a political figure counted out as the primary's topic
    (not a title counted out in a central bank's story), only the outlet's own loaded words
    (not a quotation's), and only a word said of the person: within :data:`JUDGED_GAP`
    characters after the name with no comma between ("Biden is corrupt"), or just before it
    ("corrupt Biden"). "Biden, visiting a shelter, met families who described massive rent
    rises" judges the rents, not him.
    """
    names = [m for m in discounted if m.term.term in ignored and m.term.get("group") == "political figure"]
    words = [m for m in editorial if m.term.get("group") == "loaded word"]
    said_of = [
        (n, w)
        for n in names
        for w in words
        if (0 <= w.start - n.end <= JUDGED_GAP and "," not in text[n.end : w.start])
        or (0 <= n.start - w.end <= 2 and not text[w.end : n.start].strip())
    ]
    if not said_of:
        return None
    return list(dict.fromkeys(n for n, _ in said_of)), list(dict.fromkeys(w for _, w in said_of))


JUDGED_GAP = 12
"""How far after a politician's name a loaded word still says something of them, in characters ("Biden is corrupt")."""


def _no_aside_found(signals: dict[str, list[str]]) -> str:
    """What was found when no label fired: nothing, or words that can each be innocent, too few to decide."""
    pointing = {"politicised": "politics", "advocacy": "promotion", "editorial": "the writer's own judgement"}
    found = {label: list(dict.fromkeys(signals[label])) for label in pointing if signals.get(label)}
    if not found:
        return "No politics, promotion or judgement words found."
    words = [f"“{w}”" for label in found for w in found[label]]
    which = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    what = " or ".join(pointing[label] for label in found)
    return (
        f"It has {which}: {'a word' if len(words) == 1 else 'words'} that can point to {what}, but can also be "
        "used in a neutral way, and that is not enough to decide."
    )


def classify_insertion(
    text: str,
    primary_text: str,
    *,
    topics: Lexicon | None = None,
    primary_topic_terms: dict[str, int] | None = None,
    titles: dict[str, str] | None = None,
    politicians: dict[str, frozenset[str]] | None = None,
    parliament: bool = False,
) -> Aside | None:
    """A politicised aside slipped into a retold sentence, or None.

    A reworded sentence is not an aside as a whole, but it can carry one: words that bring
    in politics which the primary sentence it retells did not have ("the alleged
    “insurrection”" where the primary wrote "the Jan. 6 Capitol riot"; "slammed the Justin
    Trudeau government"). Only politicised words and party names (:func:`party_names`) are
    checked here; a term the primary sentence also uses does not count, nor one of a
    topic group the primary is about (:func:`_primary_groups`), nor the government named as
    the maker of the measure ("the Biden administration announced").
    """
    if not text or not primary_text:
        return None
    topics = topics or load_topics()
    ignored = primary_topic_terms or {}
    primary_matches = topics.find(primary_text, kinds=("politicised",))
    in_primary = {m.term.term for m in primary_matches}
    governments = _government_names(text)
    subjects = _primary_groups(topics, ignored) if ignored else frozenset()
    added = [
        m
        for m in topics.find(text, kinds=("politicised",))
        if m.term.term not in in_primary
        and m.term.term not in ignored
        and m.term.get("group") not in subjects  # "ballots" in a retelling of a report on an election
        and not (in_a_poll(m) and subjects & _PARTIES_POLLED)  # "across all political parties" in a poll by party
        and m.term.term not in (titles or {})  # "Governor" in a central bank's story
        # the primary's own Prime Minister (his name spelt otherwise), its own parliament ("lawmakers" for "members
        # of the Bundestag"), its own party spelt out ("Christian Democratic Union/… (CDU/CSU)" for "CDU/CSU")
        and not _primarys_own(text, m, politicians, parliament)
        and not _spelt_out(text, m, primary_text)
        and not any(start <= m.start < end for start, end in governments)  # "the Biden administration announced"
        and not _shareholders_vote(text, m)  # "a powerful voting bloc at the annual meeting"
        # "HUD Secretary Marcia Fudge" for "Secretary Fudge", "the Communications Minister" for "the Minister"
        and not _titled_as_in_primary(text, m, primary_text, primary_matches)
    ]
    if PARTY_TERM.term not in ignored and PARTY_TERM.get("group") not in subjects:
        # a party or a government named for its leader, which the primary never names
        theirs = {m.matched.lower() for m in party_names(primary_text)}
        added += [m for m in party_names(text) if m.matched.lower() not in theirs]
    if not _fires(added):
        return None
    reason = (
        # why: the groups' names ("bring in politician's title and political figure") read as broken English;
        # each word with what it is reads as the other politicised reasons do
        "This sentence retells one of the primary's sentences, but adds words that bring in politics: "
        f"{_words_glossed(added)}. The primary's sentence does not have them."
    )
    guess = not any(_strength(m) == "strong" for m in added)
    if guess:
        reason += " This is a guess: read both sentences and decide."
    return Aside("politicised", reason, {"politicised": [m.matched for m in added]}, guess)


# A name after a title, its last word captured ("Secretary Marcia L. Fudge said": "Fudge").
_NAME_AFTER_CAPTURED = regex(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}?([A-Z][a-z][\w'’-]+)\b")


def _titled_as_in_primary(text: str, m: Match, primary_text: str, primary_matches=()) -> bool:
    """Is ``m`` a politician's title before a name the primary's sentence gives too, or that sentence's own title?

    The primary that quotes its own minister ("Secretary Marcia L. Fudge said", "the Minister
    said") brings that politician in itself: the retelling's fuller title ("HUD Secretary Marcia
    Fudge", "the Communications Minister said") adds no politics. ``primary_matches``: the
    politicised words of the primary's sentence.
    """
    if m.term.get("group") != "politician's title":
        return False
    name = _NAME_AFTER_CAPTURED.match(text, m.end)
    if name and re.search(rf"\b{re.escape(name.group(1))}\b", primary_text) is not None:
        return True
    # "the Communications Minister said in the statement" for the primary's "the Minister said": the same office,
    # which the primary's sentence already brings in, told with its portfolio
    office = m.matched.split()[-1].lower()
    if len(m.matched.split()) < 2:
        return False
    portfolio = set(word_tokens(" ".join(m.matched.split()[:-1])))
    # the primary's "Minister of Energy and Mines stated" names the same office, its portfolio after the title
    if any(
        t.term.get("group") == "politician's title"
        and (
            t.matched.lower() == office
            or (office in t.matched.lower().split() and portfolio <= set(word_tokens(t.matched)))
        )
        for t in primary_matches
    ):
        return True
    # "the ministerial target" of the primary's sentence is its own minister's: "the target set by the Health Minister"
    return (
        bool(_OFFICE_ADJECTIVES.get(office))
        and re.search(rf"\b{_OFFICE_ADJECTIVES[office]}\b", primary_text, re.I) is not None
    )


# The adjective of an office a primary's sentence may use for its own holder ("the ministerial target")
_OFFICE_ADJECTIVES = {"minister": "ministerial", "president": "presidential", "governor": "gubernatorial"}


def _not_counted(
    discounted: list[Match],
    ignored: dict[str, int],
    titles: dict[str, str],
    text: str = "",
    politicians=None,
    parliament: bool = False,
) -> str:
    """The reason's last words on the politics words that were found but not counted, and why."""
    topical = [m for m in discounted if m.term.term in ignored]
    note = ""
    if topical:
        note += (
            " Not counted, because the primary itself is about it: "
            + ", ".join(f'"{m.matched}" (in {ignored[m.term.term]} of its sentences)' for m in topical)
            + "."
        )
    for match in discounted:
        if match.term.term in titles and match.term.term not in ignored:
            note += f' "{match.matched}" is not counted: {titles[match.term.term]}'
        elif match.term.term not in ignored and _same_politician(text, match, politicians):
            note += f' "{match.matched}" is not counted: the primary names the same politician with that title.'
        elif match.term.term not in ignored and _parliament_again(match, parliament):
            note += f' "{match.matched}" is not counted: the primary itself names a parliament or its members.'
    return note


OWN_VOICE = ("advocacy", "editorial")
"""The asides that make a sentence the outlet's own even when it reuses the primary's words."""


def own_voice(text: str, primary_text: str = "") -> Aside | None:
    """The outlet's own judgement or promotion in a sentence that resembles the primary, or None.

    A sentence can share most of its words with the primary and still say something the
    primary never said: "Despite the efforts to prevent the spread of child abuse, this is
    not enough" reuses the primary's words for the outlet's own verdict. The provenance
    engine asks this function before it calls such a sentence ``reworded``.

    Parameters
    ----------
    text : str
        The retold sentence.
    primary_text : str, optional
        The primary sentence(s) it resembles. Judgement or promotion words that they use
        too are the primary's, not the outlet's, and do not count.

    Returns
    -------
    Aside or None
        Decided on the bundled word lists only, so that a teacher's extra words in lesson
        02 do not change the labels of lesson 01. An ``advocacy`` or ``editorial`` aside when that rule fires on at least one
        *strong* word (weak words alone are a guess, too little to overrule the word
        overlap). None when the sentence names a source ("said", "according to", a
        quotation longer than a scare quote): then the judgement is the source's; when its
        judgement words sit inside quotation marks; or when the text is empty.
    """
    if not text:
        return None
    topics = load_topics()
    if not any(m.kind in OWN_VOICE for m in topics.find(text)):
        return None  # no judgement or promotion word listed: the loaded words alone are weak, never enough
    quotes = quote_spans(text)
    term_matches = load_terms().find(text)
    if _is_attributed(text, quotes, term_matches):
        return None
    found, _ = _signals(text, topics, {}, quotes, term_matches)
    in_primary = _listed_terms_in(primary_text)
    for label in OWN_VOICE:
        matches = [m for m in found[label] if m.term.term not in in_primary]
        if any(_strength(m) == "strong" for m in matches):
            reason = (
                f"It shares words with the primary, but what it says is the outlet's own: it {WHAT[label]} "
                f"({_quoted_list(matches)})."
            )
            return Aside(label, reason, {label: [m.matched for m in matches]})
    return None


@lru_cache(maxsize=4096)  # the same few primary sentences are asked about again and again
def _listed_terms_in(text: str) -> frozenset[str]:
    """The bundled word lists' terms that a text uses (empty for an empty text)."""
    return frozenset(m.term.term for m in load_topics().find(text)) | frozenset(
        m.term.term for m in load_terms().find(text)
    )


# ---- one speaker's quotation ----------------------------------------------------------------

# A post signed at its end ("… — President Biden"); the dash stands alone, not inside a name ("Fidesz–KDNP").
_DASH_ATTRIBUTION = regex(r"(?<!\S)[—–]\s*(?:[A-Z][\w.'’-]*\s*){1,4}(?:\(@\w+\))?[^—–]*$")
_OPENS_QUOTE = regex(r"^\s*[“\"]")
# "She said: “...”", "He added that ...": a pronoun speaker, who is the person the sentence before names.
_PRONOUN_SPEAKER = regex(
    # "In a statement, he dwelt on …": where or how it was said may come first
    # ("they" only as before: after one person named, "At the shelter, they described …" is often someone else)
    r"^\s*(?:(?:In|At|On|During)\s[^,]{1,40},\s+(?:she|he)|She|He|They)\s+(?:also\s+)?"
    r"(?:said|says|added|adds|told|tells|warned|warns|wrote|writes|argued|argues|insisted|insists|claimed|claims"
    r"|continued|went on|described|describes|noted|notes|dwelt|dwells|stressed|stresses|highlighted|highlights"
    r"|pointed out|points out|praised|praises|lauded|lauds|hailed|hails|welcomed|welcomes"
    r"|accused|accuses|blamed|blames|criticised|criticises|criticized|criticizes)\b"
    # "The IMF, he said, has raised …": the pronoun speaker set off by commas inside the sentence
    r"|^[^,“”\"]{1,60},\s+(?:she|he)\s+(?:said|added|noted|says|adds|notes),"
)

# "“This is a moment of truth,” he said.": the pronoun speaker after the quotation, the same person; where
# and when may follow ("he said on Tuesday", "he said on the social media platform X").
# "“…,” the party's release said on Tuesday.": the speaker named before, by a title or "the party".
_TRAILING_PRONOUN_SPEAKER = regex(
    # the closing mark may be a single quote, as British outlets write them ("'… blame game,' she said")
    r"[,?!”\"]\s*[”\"'’]?\s*(?:she|he|they|the\s+(?P<title>party|minister|president|senator|governor|mayor|chancellor)"
    r"(?:['’]s\s+(?:release|statement|spokesperson|spokesman|spokeswoman))?)\s+(?:also\s+)?"
    # whom it was told to may take a few words ("he told France 2 television")
    r"(?:said|says|added|adds|told\s+[^,.;:!?“”\"]{1,40}?|warned|warns|wrote|writes|argued|argues|insisted|insists|continued)"
    r"(?:\s+(?:on|in|at|late|early)\s+[^,.;:!?“”\"]{1,60}?)?(?:\s*[.!]?\s*$|,\s+(?:warning|adding|saying|noting)\b)"
)
# "“Very unfair …!”" and then "Trump said on social media, …": a quotation whose speaker the next sentence names.
_SPEAKER_AFTER = regex(
    r"^\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|wrote|writes|posted|added|adds|told|tells|warned|warns)\b"
)


def names_speaker(text: str, terms: Lexicon | None = None) -> bool:
    """Does the sentence say who is speaking: a verb of saying outside quotation marks, or "— Name" at its end?

    A sentence that opens a quotation and never closes it (a quotation going on into the
    next sentence) is the speaker's words throughout, so a "say" in it names nobody.
    """
    if _DASH_ATTRIBUTION.search(text):
        return True
    quotes = [q for q in quote_spans(text) if not q.nested]
    opening = _OPENS_QUOTE.match(text)
    if opening and not any(q.start == opening.end() - 1 for q in quotes):
        return False  # a quotation opened and never closed runs to the end: every word in it is the speaker's
    speech = [m for m in (terms or load_terms()).find(text, kinds=("neutral_verb", "doubt_verb"))]
    return any(not any(q.start <= m.start < q.end for q in quotes) for m in speech)


def quotation_runs(sentences: list, terms: Lexicon | None = None) -> dict[int, int]:
    """Sentences that continue one speaker's quotation: position -> position of the sentence naming the speaker.

    ``sentences`` are one article's body sentences in order (objects with ``text`` and
    ``paragraph``). A sentence joins the quotation before it when it opens with a
    quotation mark and names no speaker of its own ("“We have more work to do ...”" after
    "“...,” Biden said."); a sentence whose speaker is only a pronoun ("She said: “...”",
    "“...,” he said.", "“...,” he added, warning that ...") belongs to the sentence just before it, in the same
    or the next paragraph, which names that person ("Shadow minister Jo Hale said ..."); a quotation
    that names no speaker, followed by a sentence that opens with one ("“Very unfair!”" and then
    "Trump said on social media ..."), belongs to that next sentence, and one right after a sentence that
    opens with its speaker ("The Swiss People's Party said it demands …") belongs to that sentence; the
    sentences of a paragraph that
    ends "— President Biden" (a post quoted whole) belong to the sentence that names him; an
    editor's note in brackets signed "— Ed]" is the outlet's own words, each sentence judged alone.
    """
    runs: dict[int, int] = {}
    known: dict[int, bool] = {}

    def speaks(k: int) -> bool:  # asked only about the few sentences next to a quotation
        if k not in known:
            known[k] = names_speaker(sentences[k].text, terms)
        return known[k]

    for k in range(1, len(sentences)):
        s, before = sentences[k], sentences[k - 1]
        pronoun = _PRONOUN_SPEAKER.match(s.text) or _TRAILING_PRONOUN_SPEAKER.search(s.text)
        title = pronoun.groupdict().get("title") if pronoun else None
        if title and title.lower() not in before.text.lower():
            pronoun = None  # "“…,” the minister said." after a sentence with no minister in it: someone else
        if pronoun and s.paragraph - before.paragraph <= 1:
            runs[k] = runs.get(k - 1, k - 1)
            continue
        if not _OPENS_QUOTE.match(s.text) or speaks(k):
            continue
        head = runs.get(k - 1, k - 1)
        quoted_before = "“" in before.text or '"' in before.text
        after = sentences[k + 1] if k + 1 < len(sentences) else None
        near = s.paragraph - before.paragraph <= 1
        if quoted_before and near and (k - 1 in runs or speaks(head)):
            runs[k] = head
        elif near and _SPEAKER_AFTER.match(before.text) and k - 1 not in runs:
            runs[k] = k - 1  # "The Swiss People's Party said it demands …", then its words
        elif (
            not quoted_before
            and after is not None
            and after.paragraph - s.paragraph <= 1
            and _SPEAKER_AFTER.match(after.text)
        ):
            runs[k] = k + 1  # the quotation first, its speaker in the next sentence
    for k, s in enumerate(sentences):
        if ("—" not in s.text and "–" not in s.text) or "“" in s.text or not _DASH_ATTRIBUTION.search(s.text):
            continue
        if s.text.rstrip().endswith("]"):
            continue  # "[Alternative headline: … — Ed]": an editor's note signed, the outlet's own words, no post quoted
        j = k - 1
        while j >= 0 and sentences[j].paragraph == s.paragraph and not speaks(j):
            runs[j] = k
            j -= 1
    return runs
