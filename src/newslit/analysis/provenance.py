"""Sentence provenance: where each sentence of a retelling came from in the primary.

Every sentence of a derivative article is aligned to the primary's sentences and labelled

``copied``
    near-verbatim: at least :data:`COPIED_SHARE` of its word pairs (bigrams) appear in
    the matched primary sentence(s), once the outlet's own attribution ("the WSJ
    reported", "according to the report") is set aside;
``reworded``
    the same content in changed words: the matched primary sentence(s) account for at
    least :data:`REWORDED_COVERAGE` of its content words, weighted by rarity (only
    :data:`CREDITED_COVERAGE` when the sentence itself names the primary or "the report"
    as its source: the outlet says where it comes from);
``added``
    no counterpart in the primary; or the outlet's own voice: a sentence that resembles a
    primary sentence but whose point is the outlet's judgement or promotion ("…, this is
    not enough"), with no source named (:func:`newslit.analysis.framing.asides.own_voice`).

How it works, in four steps a learner can follow:

0. What the sentence claims is separated from who it credits: a dateline ("Jan. 9 (UPI)
   --") and a short attribution ("..., the agency said", "according to data released
   Wednesday") are set aside (:func:`newslit.text.attribution.claim`), and units are
   written one way ("1.5°C", "1.5c" and "1.5 degrees Celsius"; "9.1%" and "9.1 percent";
   "£46 million", "£46million" and "£46m" as 46000000). A figure more exact than the
   primary's counts as the primary's when it rounds to it ("1.18 million" for "1.2 million").
1. Every word is reduced to a stem (:mod:`newslit.text.tokens`) and weighted by how rare it is
   in the primary (inverse document frequency): "Instagram" is in many WSJ sentences and
   says little about which one a retelling used, "Maltego" is in one and says a lot. A
   word the primary never uses gets the highest weight: it is new material.
2. The primary sentence whose words cover the largest weighted share of the retold
   sentence is its match (the *coverage*, reported as ``score``). If the words left over
   are covered well by a second primary sentence, the retold sentence merged two
   (:data:`MERGE_GAIN`). Two retold sentences may share one primary sentence: a split.
   A primary sentence that holds a figure of the retold sentence ("9.1"), or a year that
   no other primary sentence gives ("2016"), or a number with another of its words ("900"
   and "January"), that the first match lacks joins the match too.
3. The label follows from the coverage and the bigram share, with the thresholds below (a
   copy also gives the primary's numbers as written);
   an article's headline and opening sentence, which state its main point, need less coverage
   when they give no number (:data:`LEDE_COVERAGE`).
   A sentence that gives numbers none of which its primary sentence(s) give, even rounded,
   reports another finding in borrowed words ("two days were 2°C warmer than the
   1850-1900 level" beside "the year was 1.48°C warmer than the 1850-1900 level"): it
   needs :data:`NEW_FIGURE_COVERAGE` to be ``reworded``.
4. A sentence that would be ``reworded`` is checked for the outlet's own voice: a strong
   judgement or promotion word ("not enough", "fortunately", "committed to", from the
   aside word list of lesson 02) that the primary sentence does not use, in a sentence
   that names no source. Word overlap cannot tell "the effort to fight the spread of
   child abuse" from "the efforts to prevent the spread of child abuse are not enough";
   the judgement words can. Such a sentence is ``added``, and its record says why. So is
   a quotation whose word pairs are nearly all missing from its primary sentence
   (:data:`QUOTE_COPIED_SHARE`): someone said those words elsewhere. So is a sentence that
   tells someone's reaction to the news ("Health campaigners have praised the Agency for …",
   :func:`_reaction`): the reaction came after the primary, however close its words.

The thresholds were chosen on evidence: ``seeds/key/provenance.csv`` holds a hand
label for every sentence of the four seed retellings, and ``tests/test_provenance.py``
reports the engine's accuracy against it (and against the invented second case in
``tests/cases/sleep-study``); ``bench/eval.py`` measures it on the development cases
under ``tests/cases`` (statistics releases and a climate summary). What the engine gets wrong: translations reword so much
that a faithful translated sentence can fall below the threshold and read as added;
a sentence that reuses the primary's words to say something new without a strong
judgement word (a politicised aside naming "Instagram" and "child exploitation", an
organisation's name) can read as reworded when its new words are common. The reader in
lesson 01 shows the score, so a learner can judge.

The cost is linear in the number of derivative sentences: the primary is indexed once
(word -> sentences), and each derivative sentence only looks at the primary sentences
that share a word with it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from newslit.analysis.framing.asides import Aside, in_a_poll, load_topics, own_voice, party_names, polled_by_party
from newslit.analysis.memory import paused_gc
from newslit.analysis.parallel import map_in_order
from newslit.case.key import agreement, read_rows
from newslit.case.model import Article, Case, sentence_fields
from newslit.text.attribution import Claim, claim
from newslit.text.compiled import regex
from newslit.text.tokens import STOP_WORDS, all_stems, concepts, stem, stems_and_concepts, words
from newslit.text.weights import idf as word_weights

COPIED_SHARE = 0.75
"""Share of a sentence's word pairs found in its primary sentence(s) for ``copied``."""
COPIED_COVERAGE = 0.6
"""A copied sentence must also have this coverage (a short quote inside a long sentence is not a copy)."""
REWORDED_COVERAGE = 0.3
"""Weighted share of content words that the primary sentence(s) must cover for ``reworded``."""
CREDITED_COVERAGE = 0.2
"""The lower coverage needed for ``reworded`` when the sentence credits the primary ("according to the report")."""
FIGURE_COVERAGE = 0.12
"""The lower coverage needed for ``reworded`` when the sentence gives the same figure as its primary sentence.

A figure written the same way ("206,000", "9.1%", "1.48") is a stronger sign of where a
sentence came from than most words, and retellings of a statistics release reword
everything around it ("hottest" for "warmest", "jobs" for "payroll employment")."""
FIGURE_WEIGHT = 2.0
"""A figure weighs this times a word of the same rarity when choosing the primary sentence."""
MIN_SHARED_WORDS = 2
"""A retold sentence shares at least this many content words with its primary sentence(s), or one figure.

One figure is enough ("It had stood at 5.25 percent for a full year" beside "... maintain
Bank Rate at 5.25%"): a figure such as "5.25" or "206,000" says where a sentence came from
better than two words. Such a figure is what :func:`_is_figure` accepts: a number with a
decimal point ("5.25", "0.5"), or one of at least 100 with two or more significant digits
("206,000", "672"); a year, a count under 100 ("four", "27") and a round number ("500,000")
are not."""
IDF_POWER = 1.0
"""Word weights are log(N / df) to this power: above 1 favours rare words more."""
UNSEEN_FACTOR = 1.0
"""A word the primary never uses weighs this times the weight of the rarest primary word."""
LEDE_COVERAGE = 0.13
"""The coverage an article's headline or opening sentence (its first body sentence) needs for ``reworded`` (not :data:`REWORDED_COVERAGE`).

A news story opens with its main point, and its headline tells it too ("Why babies given
antibiotics get more asthma may have little to do with the drugs"; the 34th-38th reviews'
writers called 48 of their 50 headlines retold). A retelling's main point is the primary's:
"The Bank of England cut interest rates for the first time since early 2020" retells "the
MPC voted ... to reduce Bank Rate by 0.25 percentage points" in nearly none of its words.
An opening that is the outlet's own comment still reads as ``added`` when it shares too few
words or speaks in its own voice (step 4). An opening that gives a number is judged by the
usual thresholds: its figures say where it came from, and a loose match would let "About 30%
of the deaths involved cocaine" retell "Fentanyl was involved in 28.5% of the deaths"."""
MERGE_GAIN = 0.2
NEW_FIGURE_COVERAGE = 0.6
"""The higher coverage needed for ``reworded`` when the sentence gives numbers and none of them is in its primary sentence(s).

"Almost half the days were above 1.5C" and "the first year when every day was 1C warmer"
reuse the words of a primary sentence about the year's average ("2023 was 1.48C warmer
than the 1850-1900 level") to report a different finding; the number the sentence gives
is the sign. Only a near-copy of the words still counts as reworded."""
QUOTED_SHARE = 0.6
"""Share of a sentence's characters inside double quotation marks from which it is a quotation
(see :data:`QUOTE_COPIED_SHARE`)."""
QUOTE_COPIED_SHARE = 0.15
"""A quotation with fewer of its word pairs in its primary sentence(s) than this quotes someone else: ``added``.

A quotation gives someone's words as they were said: when they are the primary's, most of
their word pairs are in it. "“There could not be a more important chemical for the EPA to be
tackling,” he said" shares the topic's words with the EPA's rule but none of its word pairs:
the words were said elsewhere (an interview, a statement the release does not hold), so the
sentence is new material, however close its subject. Chosen on the development cases
(2026-12-06): seven such quotations, six of them ``added`` in their keys."""
REACTED = (
    "It tells how someone reacted to the news ({verb}), which the primary does not say: "
    "that came from somewhere else. Find out where."
)
# A reaction to the news, told in the outlet's words: "Health campaigners have praised the Agency for …", "Chancellor
# Rachel Reeves has welcomed the cut". The subject before the verb is someone other than the primary (a report that
# "slammed" the government is the primary's own finding: see _reaction).
_REACTION = regex(
    r"\b(?:(?:has|have|had)\s+(?:also\s+)?)?(praised|welcomed|hailed|applauded|cheered|critici[sz]ed|slammed|condemned"
    r"|blasted|lambasted|decried|denounced|(?:praise|welcome|hail|applaud|criticise|criticize|slam|condemn|blast|decrie"
    r"|denounce)s)\b"
)


def _reaction(text: str, primary_text: str, index: PrimaryIndex) -> str | None:
    """The verb with which a sentence tells someone's reaction to the news, when the primary tells none, else None.

    A reaction is news of its own: whoever praised or criticised the findings did it after
    the primary was published, so however many of its words the sentence shares, it is
    ``added``. Not when the verb is more than twelve words in (past the sentence's subject),
    after a quotation mark (a speaker's words), or the primary sentence tells a reaction too;
    nor when the subject is the primary itself ("A report from the Auditor General has
    slammed …": its finding, told in a strong word).
    """
    found = _REACTION.search(text)
    if found is None or _REACTION.search(primary_text):
        return None
    subject = text[: found.start()]
    if "“" in subject or '"' in subject:
        return None
    said = words(subject)
    if len(said) > 12 or not index.source_words.isdisjoint(stem(w) for w in said):
        return None
    return found.group(1)


QUOTED_ELSEWHERE = (
    "It quotes words that are not in the primary: they were said somewhere else, or the outlet changed them. "
    "Find out which."
)
SAME_FIGURE_TOLERANCE = 0.1
"""Two numbers within this share of each other are the same figure, rounded ("9.1" and "9")."""
"""A second primary sentence is added to the match when it covers this much more of the sentence."""

# Words an outlet uses to credit its source. They are set aside when deciding "copied",
# so that a quotation the outlet took over with its own credit ("..., the WSJ reported")
# still counts as copied.
ATTRIBUTION_WORDS = frozenset(
    stem(w)
    for w in """according report reported reports reporting wrote writes said says stated states noted notes added
    adds told continued continues cited cites found finds revealed reveals showed shows indicated indicates
    claimed claims journal newspaper paper investigation study researchers researcher article""".split()
)
# Words with which an outlet names the primary as its source: with them, an outlet says a
# sentence comes from the primary, so less word overlap is needed to believe it.
SOURCE_WORDS = frozenset(stem(w) for w in "report investigation newspaper study researchers research".split())
_NUMBER_TOKEN = regex(r"\d+(?:\.\d+)?")
_YEAR_TOKEN = regex(r"(?:1[89]|20)\d\d")
# a number as written: "1c" and "50%" give 1 and 50; "COVID-19", "19th" and "C3S" give none
_NUMBER = regex(r"(?<![\w.\-])\d+(?:,\d{3})*(?:\.\d+)?(?!\d|,\d|\.\d|st\b|nd\b|rd\b|th\b|[a-zA-Z]{2})")
_DATE_DAY = regex(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
)
# Units written in several ways: "1.5°C", "1.5c", "1.5 degrees Celsius"; "9.1%", "9.1 percent".
_UNITS = (
    (regex(r"\s*°\s*C\b|(?<=\d)\s*[cC]\b|\s+degrees?\s+(?:Celsius|celsius|centigrade)\b"), " celsius"),
    (regex(r"\s*°\s*F\b|\s+degrees?\s+(?:Fahrenheit|fahrenheit)\b"), " fahrenheit"),
    (regex(r"\s*%|\s+per\s?cent\b"), " percent"),
)
# An amount in thousands, millions or billions, written out: "£46 million", "£46million" and "£46m" are one
# figure, 46000000, as distinctive as "206,000" (the "46" alone is a small count). "m" and "bn"
# count only after a currency sign ("5m" may be five metres).
_SCALED = regex(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b|(?<=[£$€])(\d+(?:\.\d+)?)(m|bn)\b",
    re.IGNORECASE,
)
_SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# A fraction of a point in words is that figure: "a quarter-point cut" is "0.25 percentage points".
_POINT_PARTS = (
    (regex(r"(?<![\w-])(?:a\s+)?quarter(?:\s+of\s+a)?[\s-]+(?:percentage[\s-]+)?point\b", re.I), "0.25 point"),
    (regex(r"(?<![\w-])(?:a\s+)?half(?:\s+of)?(?:\s+a)?[\s-]+(?:percentage[\s-]+)?point\b", re.I), "0.5 point"),
)
# Compiled once, not looked up in re's cache for every sentence: "1c", and "£46m" or "$2bn".
_CELSIUS_LETTER = regex(r"\d[cC]\b")
_SHORT_SCALE = regex(r"[£$€]\d+(?:\.\d+)?(?:m|bn)\b", re.IGNORECASE)

# A unit says how a figure is measured, not what the sentence is about: "30% of the deaths
# involved cocaine" shares no content with "28.5% of the deaths involved fentanyl" through "%".
UNIT_WORDS = frozenset({"celsius", "fahrenheit", "percent"})
_DIGIT = regex(r"\d")
_QUOTE_MARKS = regex('[“”„«»"‘’]')


@dataclass
class PrimaryIndex:
    """The primary article, indexed for alignment. Built once per case by :func:`index_primary`."""

    article: Article
    texts: list[str]
    stems: list[frozenset[str]]
    bigrams: list[frozenset[tuple[str, str]]]
    weights: list[float]
    idf: dict[str, float]
    postings: dict[str, list[int]]
    unseen_weight: float
    credit_words: frozenset[str] = field(default_factory=frozenset)
    source_words: frozenset[str] = field(default_factory=frozenset)
    # the primary's figures ("1200000", "9.1") by (significant digits, value), to read a retold
    # figure as one of them, rounded (see figures_by_precision)
    figures: dict[tuple[int, float], str] = field(default_factory=dict)
    # matched sentence numbers -> the numbers they give, filled by align_sentence
    numbers: dict[tuple[int, ...], list[float]] = field(default_factory=dict)
    lowered: str | None = None  # the primary's whole text in lower case, made when an opening is first judged
    polled: bool | None = None  # does the primary give its figures by party (a poll)? worked out when first asked
    # -weights rounded to 9 places, the tie-break of _best, rounded once per case not once per candidate
    ranks: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.ranks:
            self.ranks = [-round(w, 9) for w in self.weights]


@dataclass(frozen=True)
class Alignment:
    """Where one derivative sentence came from.

    ``primary`` lists the matched primary sentence indexes (two for a merge, empty when
    added); ``nearest`` is the best candidate even when the sentence is added, so a reader
    can see how close the nearest primary sentence came.
    """

    label: str
    primary: tuple[int, ...]
    coverage: float
    copied_share: float
    shared_words: int
    nearest: int | None
    own_voice: Aside | None = None
    quotes_others: bool = False  # added because it quotes words the primary does not have (QUOTE_COPIED_SHARE)
    reaction: str | None = None  # added because it tells someone's reaction to the news, in this verb (see _reaction)


def _bigrams(stems: list[str], ignore: frozenset[str]) -> frozenset[tuple[str, str]]:
    """Adjacent word pairs, leaving out pairs made only of stop words and credit words."""
    skip = _with_stop_words(ignore)
    return frozenset([(a, b) for a, b in zip(stems, stems[1:]) if a not in skip or b not in skip])


@lru_cache(maxsize=8)  # one set of credit words per case: joined once, not twice per word pair
def _with_stop_words(ignore: frozenset[str]) -> frozenset[str]:
    return ignore | STOP_WORDS


def credit_words(outlet: str) -> frozenset[str]:
    """The words that name the primary outlet, and its initials: "The Wall Street Journal" -> wall, street, journal, wsj."""
    names = [w for w in words(outlet) if w not in STOP_WORDS]
    initials = "".join(w[0] for w in names) if len(names) > 1 else ""
    return frozenset(stem(w) for w in names + ([initials] if initials else []))


def index_primary(primary: Article) -> PrimaryIndex:
    """Index the primary's sentences by their content words.

    Parameters
    ----------
    primary : Article
        The case's primary article (headline, dek, subheads and body all take part).

    Returns
    -------
    PrimaryIndex
        Word weights are ``log(N / df)`` over the N primary sentences (to the power
        :data:`IDF_POWER`), so a word in every sentence weighs 0; a word the primary never
        uses weighs ``log(1 + N)`` times :data:`UNSEEN_FACTOR`, more than any primary word.
    """
    texts = [s.text for s in primary.sentences]
    credit = ATTRIBUTION_WORDS | credit_words(primary.outlet)
    stems = [frozenset(concepts(unify_units(t))) for t in texts]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, sentence_stems in enumerate(stems):
        for s in sentence_stems:
            postings[s].append(i)
    n = max(len(texts), 1)
    idf = {s: w**IDF_POWER for s, w in word_weights(stems).items()}
    return PrimaryIndex(
        article=primary,
        texts=texts,
        stems=stems,
        bigrams=[_bigrams(all_stems(unify_units(_QUOTE_MARKS.sub(" ", t))), credit) for t in texts],
        weights=[sum(idf[s] for s in st) for st in stems],
        idf=idf,
        postings=dict(postings),
        unseen_weight=math.log(1 + n) * UNSEEN_FACTOR,
        credit_words=credit,
        source_words=SOURCE_WORDS | credit_words(primary.outlet),
        figures=figures_by_precision(s for s in postings if s[:1].isdigit() and _is_figure(s)),
    )


def figures_by_precision(tokens) -> dict[tuple[int, float], str]:
    """``(significant digits, value) -> token`` for figure tokens, the first token kept for each key.

    A retold figure can then be looked up as each rounding of it ("1.18" as 1.2 to 2 digits)
    instead of being compared with every figure of the primary. A zero is left out: nothing
    rounds to it that is not zero.

    Examples
    --------
    >>> figures_by_precision(["1200000", "9.1", "0"])
    {(2, 1200000.0): '1200000', (2, 9.1): '9.1'}
    """
    table: dict[tuple[int, float], str] = {}
    for token in tokens:
        value = float(token)
        if value:
            table.setdefault((_significant(token), value), token)
    return table


def unify_units(text: str) -> str:
    """The text with its units written one way, so that two spellings of one unit share a word.

    Examples
    --------
    >>> unify_units("1.5°C, 1c, 2 degrees Celsius, 9.1%, 5 per cent")
    '1.5 celsius, 1 celsius, 2 celsius, 9.1 percent, 5 percent'
    >>> unify_units("a quarter-point cut, half a percentage point")
    '0.25 point cut, 0.5 point'

    Edge cases: a "C" that does not follow a number ("C3S", "CPI-C") stays; a text with no
    unit sign comes back as it is, unscanned.
    """
    if "°" in text or "%" in text or "degree" in text or "cent" in text or _CELSIUS_LETTER.search(text):
        for pattern, replacement in _UNITS:
            text = pattern.sub(replacement, text)
    if "oint" in text or "OINT" in text:  # "point", "Point", "POINT"
        for pattern, replacement in _POINT_PARTS:
            text = pattern.sub(replacement, text)
    if "illion" in text or "ILLION" in text or "housand" in text or _SHORT_SCALE.search(text):
        text = _SCALED.sub(_written_out, text)
    return text


def _written_out(match: re.Match) -> str:
    """ "46 million", "46million", "£46m" -> "46000000": the amount as one number.

    The scale word goes, as a unit does (:data:`UNIT_WORDS`): "million" says how big a figure
    is, not what the sentence is about.
    """
    number, scale = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    word = {"m": "million", "bn": "billion"}.get(scale.lower(), scale.lower())
    return str(round(float(number.replace(",", "")) * _SCALE[word]))


@lru_cache(maxsize=65536)  # a case gives a few thousand distinct number tokens, each met many times
def _is_figure(token: str) -> bool:
    """A number token that is a figure, not a year or a small count: "206000", "9.1", "1.48"."""
    if not token[:1].isdigit() or not _NUMBER_TOKEN.fullmatch(token):
        return False
    if _YEAR_TOKEN.fullmatch(token):
        return False
    digits = token.replace(".", "").lstrip("0").rstrip("0")
    return "." in token or len(digits) >= 2 and float(token) >= 100


def _numbers(text: str) -> list[float]:
    """The numbers a sentence gives, leaving out years and the day of a date ("June 12")."""
    if not _DIGIT.search(text):  # no digit, no number: nothing to scan
        return []
    found = []
    for match in _NUMBER.finditer(_DATE_DAY.sub(" ", text)):
        token = match.group(0).replace(",", "")
        if not _YEAR_TOKEN.fullmatch(token):
            found.append(float(token))
    return found


def _significant(token: str) -> int:
    """How many significant digits a number token is written with: "1200000" 2, "1.18" 3, "0.25" 2."""
    digits = token.replace(".", "").lstrip("0")
    return len(digits if "." in token else digits.rstrip("0")) or 1


def as_primary_figure(token: str, index: PrimaryIndex) -> str:
    """The primary's figure that a retold figure rounds to, or the token itself.

    "1.18 million" (1180000) retells "1.2 million" (1200000): rounded to the primary's two
    significant digits, it is the same figure, so the two sentences share it. Only a figure
    the primary does not give as written is looked up, and only a more exact one: "1.2" never
    stands for "1.18".

    Examples
    --------
    With a primary that gives "1200000" and "9.1": "1180000" -> "1200000", "9.08" -> "9.1",
    "1260000" -> "1260000" (1.26 million rounds to 1.3 million), "9.1" -> "9.1".
    """
    if token in index.postings or not index.figures or not _is_figure(token):
        return token
    value = float(token)
    # the most significant digits first: "1.482" is "1.48" rather than "1.5"
    for places in range(_significant(token) - 1, 0, -1):
        figure = index.figures.get((places, float(f"{value:.{places}g}")))
        if figure is not None:
            return figure
    return token


def _new_figures(text: str, primary_texts: list[str], theirs: list[float] | None = None) -> bool:
    """Whether ``text`` gives numbers and none of them is, even rounded, a number of ``primary_texts``.

    ``theirs``, when given, is ``_numbers(" ".join(primary_texts))`` worked out before.
    """
    mine = _numbers(text)
    if not mine:
        return False
    theirs = _numbers(" ".join(primary_texts)) if theirs is None else theirs
    if not theirs:
        return False
    return not any(abs(a - b) <= SAME_FIGURE_TOLERANCE * max(abs(a), abs(b)) for a in mine for b in theirs)


def _credited(said: Claim, index: PrimaryIndex) -> set[str]:
    """The words of a sentence's attribution that the primary uses too, other than credit words."""
    if not said.removed:
        return set()
    return {s for s in concepts(" ".join(said.removed)) if s in index.postings} - index.credit_words


def _summed(words: set[str], weight: dict[str, float], postings: dict[str, list[int]]) -> dict[int, float]:
    """Primary sentence -> the summed weight of those of ``words`` it holds, for each that holds any.

    The weights are added in the order of ``words``. A plain dict and ``get``: about twice as
    fast as a defaultdict's ``+=``, for the same sums.
    """
    sums: dict[int, float] = {}
    get = sums.get
    for s in words:
        w = weight[s]  # looked up once per word, not once per primary sentence that has it
        for i in postings.get(s, ()):
            sums[i] = get(i, 0.0) + w
    return sums


def _best(candidates: dict[int, float], index: PrimaryIndex, exclude: tuple[int, ...] = ()) -> int | None:
    """The candidate with the largest overlap; ties go to the shorter primary sentence, then the earlier one."""
    if exclude and not candidates.keys().isdisjoint(exclude):
        candidates = {i: overlap for i, overlap in candidates.items() if i not in exclude}  # the caller's stay whole
    if not candidates:
        return None
    # Overlaps are compared rounded to 9 places; one more than 1e-8 below the largest can
    # never round to the same value, so only the few near the top need the full comparison.
    top = max(candidates.values())
    floor = top - 1e-8
    near = [i for i, overlap in candidates.items() if overlap >= floor]
    if len(near) == 1:
        return near[0]
    # most near the top share the largest overlap exactly (one common word): it is rounded once
    top_rounded, ranks = round(top, 9), index.ranks
    best, best_key = None, None
    for i in near:
        overlap = candidates[i]
        key = (top_rounded if overlap == top else round(overlap, 9), ranks[i], -i)  # then the earlier sentence
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def _needed(
    text: str,
    claim_text: str,
    figured: bool,
    matched: list[int],
    index: PrimaryIndex,
    stems: list[str] | None,
    lede: bool = False,
) -> float:
    """The coverage a sentence that is not copied needs to be ``reworded`` (worked out only for such a sentence).

    ``figured``: the sentence shares a figure with its primary sentence(s) ("206000", "9.1").
    ``stems`` are :func:`all_stems` of ``text`` when already known, else None.
    """
    # the words as written: "Meta’s" is one word here, two once its quote mark is blanked
    stems = stems if stems is not None else [stem(w) for w in words(text)]
    credited = not index.source_words.isdisjoint(stems)
    needed = FIGURE_COVERAGE if figured else (CREDITED_COVERAGE if credited else REWORDED_COVERAGE)
    if lede and not _numbers(claim_text) and not _own_politics(claim_text, index):  # see LEDE_COVERAGE
        needed = min(needed, LEDE_COVERAGE)
    key = tuple(matched)
    if key not in index.numbers:  # the primary side is read once per case, not once per sentence
        index.numbers[key] = _numbers(" ".join(index.texts[i] for i in matched))
    if _new_figures(claim_text, [index.texts[i] for i in matched], index.numbers[key]):
        needed = max(needed, NEW_FIGURE_COVERAGE)
    return needed


def _own_politics(text: str, index: PrimaryIndex) -> bool:
    """Does ``text`` bring in politics the primary never mentions (a strong politicised term, a party's name)?

    An opening that leads with a politician's backlash ("The Energy Secretary has led a Tory
    backlash against the court after it issued a landmark ruling …") is the outlet's own angle,
    not the primary's main point in other words: it gets no lower threshold.
    """
    found = [
        m for m in load_topics().find(text, kinds=("politicised",)) if m.term.get("strength", "strong") == "strong"
    ]
    found += party_names(text)
    if not found:
        return False
    if index.lowered is None:
        index.lowered = " ".join(index.texts).lower()
    if index.polled is None:
        index.polled = polled_by_party(index.texts)
    return any(m.matched.lower() not in index.lowered and not (index.polled and in_a_poll(m)) for m in found)


def align_sentence(text: str, index: PrimaryIndex, lede: bool = False) -> Alignment:
    """Align one sentence to the primary.

    Parameters
    ----------
    text : str
        The derivative sentence.
    index : PrimaryIndex
        From :func:`index_primary`.
    lede : bool
        The sentence is its article's headline or opens its body (its first body sentence): if
        it gives no number, it needs only :data:`LEDE_COVERAGE` to be ``reworded``.

    Returns
    -------
    Alignment
        Edge cases: a sentence with no content words (", he said.") is ``added`` with
        coverage 0; a sentence that shares one rare word only, and no figure, is ``added`` (see
        :data:`MIN_SHARED_WORDS`); a sentence close enough to be ``reworded`` that speaks
        in the outlet's own voice is ``added``, with ``own_voice`` saying why (step 4
        of the module notes).
    """
    said = claim(text)
    unquoted = _QUOTE_MARKS.sub(" ", text)
    if said.text == unquoted:  # no attribution set aside, no quote mark blanked: the claim's words are the text's
        unified = unify_units(unquoted)
        unified_stems, written = stems_and_concepts(unified)
    else:
        unified_stems, written = None, concepts(unify_units(said.text))
    # only a token that starts with a digit can be a figure (_is_figure): the others are kept as they are
    own = {as_primary_figure(s, index) if s[:1].isdigit() else s for s in written} - index.credit_words - UNIT_WORDS
    figures = {s for s in own if s[:1].isdigit() and _is_figure(s)}  # covered is part of own: read once here
    idf, unseen = index.idf, index.unseen_weight
    weight = {s: idf.get(s, unseen) * (FIGURE_WEIGHT if s in figures else 1) for s in own}
    total = sum(weight.values())
    if not total:
        return Alignment("added", (), 0.0, 0.0, 0, None)
    overlap = _summed(own, weight, index.postings)
    # Who is credited helps to choose the primary sentence where the primary names it too
    # ("according to the parent company Meta"); it is not part of the claim ...
    credited_words = _credited(said, index) - own
    for s in credited_words:
        for i in index.postings[s]:
            overlap[i] = overlap.get(i, 0.0) + index.idf[s]
    first = _best(overlap, index)
    if first is None:
        return Alignment("added", (), 0.0, 0.0, 0, None)
    matched = [first]
    covered = own & index.stems[first]
    rest = own - covered
    if rest:
        gains = _summed(rest, weight, index.postings)
        second = _best(gains, index, exclude=(first,))
        brought = rest & index.stems[second] if second is not None else set()
        # two shared words, or one figure the first sentence lacks ("9.1" from another line of the
        # release), or a year only this sentence gives ("2016"; "2023" in every line tells nothing),
        # or a number with another word of the sentence ("900" people in "January")
        if second is not None and (
            (gains[second] / total >= MERGE_GAIN and len(brought) >= 2)
            or any(s in figures or (_YEAR_TOKEN.fullmatch(s) and len(index.postings[s]) == 1) for s in brought)
            or (len(brought) >= 2 and any(s[:1].isdigit() and not _YEAR_TOKEN.fullmatch(s) for s in brought))
        ):
            matched.append(second)
            covered |= brought
    # ... and counts for the coverage only where the matched primary sentence names it too
    named = {s for s in credited_words if any(s in index.stems[i] for i in matched)}
    named_weight = sum(index.idf[s] for s in named)
    coverage = (sum(weight[s] for s in covered) + named_weight) / (total + named_weight)
    if unified_stems is None:
        unified = unify_units(unquoted)
        unified_stems = all_stems(unified)
    pairs = _bigrams(unified_stems, index.credit_words)
    primary_pairs = index.bigrams[first] if len(matched) == 1 else index.bigrams[first] | index.bigrams[matched[1]]
    copied_share = len(pairs & primary_pairs) / len(pairs) if pairs else 0.0
    voice, quotes_others, reaction = None, False, None
    # a copy gives the primary's numbers as written: "about 1.5 degrees" for "1.48°C" is reworded
    exact = all(s in covered for s in written if s[:1].isdigit())
    figured = not figures.isdisjoint(covered)  # the same figure ("206000", "9.1") as the primary sentence
    if copied_share >= COPIED_SHARE and coverage >= COPIED_COVERAGE and exact:
        label = "copied"
    elif (len(covered | named) >= MIN_SHARED_WORDS or figured) and coverage >= _needed(
        # the stems already read are the words as written when no quote mark or unit was rewritten
        text,
        said.text,
        figured,
        matched,
        index,
        unified_stems if unified == text else None,
        lede,
    ):
        theirs = " ".join(index.texts[i] for i in matched)
        voice = own_voice(text, theirs)
        quotes_others = voice is None and copied_share < QUOTE_COPIED_SHARE and quoted_share(text) >= QUOTED_SHARE
        reaction = None if voice or quotes_others else _reaction(text, theirs, index)
        label = "added" if voice or quotes_others or reaction else "reworded"
    else:
        label = "added"
    primary = tuple(sorted(matched)) if label != "added" else ()
    return Alignment(
        label,
        primary,
        round(coverage, 3),
        round(copied_share, 3),
        len(covered | named),
        first,
        voice,
        quotes_others,
        reaction,
    )


_QUOTATION = regex(r'[“"]([^”"]*)[”"]')


def quoted_share(text: str) -> float:
    """The share of ``text``'s characters inside double quotation marks, straight or curly (0 to 1)."""
    if not text:
        return 0.0
    return sum(len(m.group(1)) for m in _QUOTATION.finditer(text)) / len(text)


def align_article(article: Article, index: PrimaryIndex, cache: dict | None = None) -> list[Alignment]:
    """Align every sentence of one article; ``cache`` ((text, headline or opens the body) -> Alignment) is shared across articles."""
    cache = {} if cache is None else cache
    result = []
    opening = next((s for s in article.sentences if s.role == "body"), None)  # not a headline or a dek
    for sentence in article.sentences:
        lede = sentence is opening or sentence.role == "headline"  # a headline states the main point too
        key = (sentence.text, lede)
        found = cache.get(key)
        if found is None:
            found = cache[key] = align_sentence(sentence.text, index, lede=lede)
        result.append(found)
    return result


def provenance_records(case: Case) -> list[dict]:
    """Every sentence of every derivative article, aligned to the primary.

    Parameters
    ----------
    case : Case

    Returns
    -------
    list of dict
        One record per derivative sentence, in article then sentence order. Fields:
        ``article``, ``outlet``, ``index`` (sentence number in the article), ``role``
        (headline | dek | subhead | body), ``sentence``, ``start``, ``end`` (character
        offsets in the article's file), ``label`` (copied | reworded | added),
        ``primary_index`` (list of primary sentence numbers, empty when added),
        ``primary_sentence`` (their text joined, or null), ``score`` (the coverage, 0-1),
        ``copied_share`` (0-1), ``shared_words``, ``nearest_index`` and
        ``nearest_sentence`` (the closest primary sentence even when added, or null),
        ``own_voice`` (``editorial`` | ``advocacy`` when the sentence resembles a primary
        sentence but is the outlet's own judgement or promotion, else null) and
        ``own_voice_reason`` (why, in a sentence a learner can read, or null);
        ``reaction``: the verb with which an ``added`` sentence tells someone's reaction to
        the news ("praised"), or null; ``added_reason``: why a sentence close to a primary
        sentence is still ``added``, in words (its own voice, a quotation of words the
        primary does not have, a reaction), or null.

    Notes
    -----
    A case with only a primary gives an empty list. Identical sentences (syndicated
    copies) are aligned once.
    """
    cache: dict[str, Alignment] = {}
    records = []
    with paused_gc():  # the index and the records are plain data with no cycles: nothing to collect
        _fill(records, case, index_primary(case.primary), cache)
    return records


def _fill(records: list[dict], case: Case, index: PrimaryIndex, cache: dict) -> None:
    for article_records in map_in_order(lambda article: _article_records(article, index, cache), case.derivatives):
        records.extend(article_records)


def _article_records(article: Article, index: PrimaryIndex, cache: dict) -> list[dict]:
    records = []
    for sentence, found in zip(article.sentences, align_article(article, index, cache)):
        records.append(
            {
                **sentence_fields(article, sentence),
                "start": sentence.start,
                "end": sentence.end,
                "label": found.label,
                "primary_index": list(found.primary),
                "primary_sentence": " ".join(index.texts[i] for i in found.primary) or None,
                "score": found.coverage,
                "copied_share": found.copied_share,
                "shared_words": found.shared_words,
                "nearest_index": found.nearest,
                "nearest_sentence": index.texts[found.nearest] if found.nearest is not None else None,
                "own_voice": found.own_voice.label if found.own_voice else None,
                "own_voice_reason": found.own_voice.reason if found.own_voice else None,
                "reaction": found.reaction,
                # why a sentence close to a primary sentence is still added, in words; None otherwise
                "added_reason": found.own_voice.reason
                if found.own_voice
                else (
                    QUOTED_ELSEWHERE
                    if found.quotes_others
                    else (REACTED.format(verb=f"“{found.reaction}”") if found.reaction else None)
                ),
            }
        )
    return records


def by_sentence(case: Case, records: list[dict] | None = None) -> dict[tuple[str, int, int], dict]:
    """Provenance records keyed by ``(article, start, end)``, for the engines that build on them.

    ``records`` are computed when not given.
    """
    records = provenance_records(case) if records is None else records
    return {(r["article"], r["start"], r["end"]): r for r in records}


LABELS = ("copied", "reworded", "added")


def label_shares(records: list[dict]) -> dict[str, dict[str, float]]:
    """Per article: the share of its sentences with each label (0-1), in :data:`LABELS` order.

    Headlines and subheads count like any sentence. An article with no sentences is left out.
    """
    counts: dict[str, dict[str, int]] = {}
    for r in records:
        counts.setdefault(r["article"], dict.fromkeys(LABELS, 0))[r["label"]] += 1
    return {a: {k: v / sum(c.values()) for k, v in c.items()} for a, c in counts.items() if sum(c.values())}


KEY_FILE = "provenance.csv"


def key_labels(case: Case) -> dict[tuple[str, int], tuple[tuple[str, ...], tuple[int, ...]]]:
    """The hand labels of the case's answer key (``key/provenance.csv``), if it has one.

    Returns
    -------
    dict
        ``(article, sentence index) -> (accepted labels, primary sentence indexes)``; a
        row labelled ``copied/reworded`` accepts both. Empty when the case has no key.
        Lines starting with ``#`` are comments.
    """
    return {
        (row["article"], int(row["index"])): (
            tuple(row["label"].split("/")),
            tuple(int(p) for p in (row.get("primary") or "").split()),
        )
        for row in read_rows(case, KEY_FILE)
    }


def key_agreement(case: Case, records: list[dict]) -> dict:
    """How many of ``records``' labels the case's answer key accepts (``copied/reworded`` accepts both).

    The number lesson 01 quotes ("it agrees on 94 of them"): ``{"agree", "total",
    "share"}`` as :func:`newslit.case.key.agreement` gives it, over the records the key
    labels. ``total`` is 0 when the case has no key.
    """
    key = key_labels(case)
    pairs = []
    for r in records:
        accepted = key.get((r["article"], r["index"]), ((), ()))[0]
        if accepted:
            pairs.append((r["label"], r["label"] if r["label"] in accepted else accepted[0]))
    return agreement(pairs)


RARE_IN_PRIMARY = 3
"""A word in at most this many primary sentences points at one of them (see :func:`confident_primary`)."""
MIN_RARE_SUPPLIED = 2
"""A second primary sentence is shown when it alone gives this many such words of the retold sentence."""


def confident_primary(record: dict, index: PrimaryIndex) -> list[int]:
    """The primary sentences of a retold sentence's match that a reader can be shown with confidence.

    The first match (``nearest_index``) always; a second one, merged in by
    :data:`MERGE_GAIN`, only when it alone gives at least :data:`MIN_RARE_SUPPLIED` of the
    retold sentence's words that are rare in the primary (in at most
    :data:`RARE_IN_PRIMARY` of its sentences). Common words ("social", "media",
    "platform") can add up to a merge by chance, and a reader shown that sentence would
    look for a link that is not there. The record itself (and ``newslit provenance``)
    keeps the engine's whole match; this only decides what a view shows.
    """
    matched = list(record.get("primary_index") or [])
    if len(matched) < 2:
        return matched
    first = record.get("nearest_index") if record.get("nearest_index") in matched else matched[0]
    rest = set(concepts(record["sentence"])) - index.credit_words - index.stems[first]
    kept = [first]
    for other in matched:
        supplied = rest & index.stems[other] if other != first else set()
        rare = [s for s in supplied if len(index.postings.get(s, ())) <= RARE_IN_PRIMARY]
        if len(rare) >= MIN_RARE_SUPPLIED:
            kept.append(other)
    return sorted(kept)
