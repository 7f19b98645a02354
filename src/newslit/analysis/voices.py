"""Voices and sources: who is quoted or paraphrased in an article, and whom it names as its source.

Found with transparent patterns around attribution verbs, sentence by sentence:

- ``NAME said`` / ``NAME added`` / ``NAME urged`` ... (and ``said NAME``);
- ``according to NAME``;
- ``NAME found`` / ``NAME reported`` / ``a report from NAME`` (for sources).

A *voice* is a person or organisation whose words or views are given (Meta, a spokesman,
Alex Stamos). A *source* is the publication or document the outlet says it got the story
from (the WSJ, "the report", AFP, The Verge). Researchers can be both: a research team, or a
person described as working at a research body (a lab, an observatory, a university), is
counted as ``researchers``.

One speaker is one voice, however they are named within an article: a surname alone
("Stamos", or "Levine of UMass") joins the full name given anywhere in the article ("Alex
Stamos", "Brian Levine"); a surname one letter away joins too and the spelling is kept as a
note ("Levin" -> "Brian Levine", spelled "Levin"), because a misspelt name is itself worth
noticing; an institution named with a person quoted from it ("David Thiel, chief
technologist at the Stanford Internet Observatory, said") is not a second voice. Pronouns
("he said", "it said") are not resolved.

What it gets wrong: a capitalised phrase that is not a name can be taken for one; a voice
quoted without an attribution verb is missed. The notebook shows the sentence behind every
row so that a reader can check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslit.case.model import Article, Case
from newslit.text.compiled import regex

VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|stated|states|wrote|writes|urged|urges|called|calls|"
    "claimed|claims|insisted|insists|admitted|admits|acknowledged|acknowledges|estimated|estimate|estimates|"
    "warned|warns|explained|explains|argued|argues|stressed|stresses|declined|reported|reports|found|finds|"
    "concluded|concludes|continued|continues|indicates|indicated|revealed|reveals|shows|showed|announced|announces"
)
_NAME = r"(?:[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|de|van|von|&)?\s*[A-Z][\w’'.&-]*){0,5})"
_GROUP = (
    r"(?:(?:the|a|an|its|their|one)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:spokesman|spokeswoman|spokesperson|company|report|researchers?|academics?|team|newspaper|journal|"
    r"employees|staffers|study|article|investigation|platform|social media giant|experts?)"
)
_WHO = rf"(?P<who>{_NAME}|{_GROUP})"
PATTERNS = (
    regex(rf"[Aa]ccording to {_WHO}"),
    # "according to the WSJ": an acronym after "the" is a name too (the two patterns never both match).
    regex(r"[Aa]ccording to the (?P<who>[A-Z]{2,}s?)\b"),
    regex(rf"(?:^|[,.;:”\"’]\s*|\s){_WHO},?\s+(?:has\s+|have\s+|had\s+)?(?:repeatedly\s+|also\s+)?(?P<verb>{VERBS})\b"),
    regex(rf"(?:^|\s){_WHO}, [^“”\"]{{3,220}}?, (?P<verb>{VERBS})\b"),
    regex(rf"[,”\"]\s*(?P<verb>said|added|wrote)\s+(?P<who>{_NAME})"),
    regex(rf"\b(?:a|the) (?:report|statement|article) (?:from|by|in) {_WHO}"),
)
_LEADING = regex(r"^(?:The|A|An|But|And|In|On|Its|Their|One|While|However|Instead|Meanwhile)\s+(?=[A-Z])")
_NOT_NAMES = frozenset(
    "He She It They We You I This That These Those There Here The A An Some Many Such Other Others Instagram’s".split()
)
SOURCE_WORDS = regex(
    r"\b(report|journal|newspaper|times|post|news|verge|afp|reuters|press|agency|article|investigation|study|wsj)\b",
    re.I,
)
RESEARCH_WORDS = regex(r"\b(researchers?|academics?|university|observatory|lab|team|study|institute)\b", re.I)


@dataclass(frozen=True)
class Mention:
    article: str
    index: int
    who: str
    verb: str
    kind: str  # source | researchers | voice
    note: str
    sentence: str


def _clean(who: str) -> str:
    who = who.strip(" ,.;:’'\"“”")
    shorter = _LEADING.sub("", who)
    if " " in shorter or not who.startswith("The "):  # keep "The Verge", drop "The" from "The Stanford team"
        who = shorter
    return re.sub(r"[’']s$", "", who)


def _kind(who: str, outlets: set[str]) -> str:
    low = who.lower()
    if low in outlets or SOURCE_WORDS.search(who):
        return "source"
    if RESEARCH_WORDS.search(who):
        return "researchers"
    return "voice"


def _close(a: str, b: str) -> bool:
    """One edit apart (insert, delete or change one letter)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def outlet_aliases(case: Case) -> dict[str, str]:
    """Lower-case ways of naming each outlet of the case -> its outlet name.

    "The Wall Street Journal" gives "the wall street journal", "wall street journal" and the
    initials "wsj". Text in brackets in an outlet name ("(English rendering)") is ignored.
    """
    aliases = {}
    for article in case.articles:
        outlet = re.sub(r"\(.*?\)", "", article.outlet).strip()
        aliases[outlet.lower()] = article.outlet
        aliases[re.sub(r"^the\s+", "", outlet.lower())] = article.outlet
        capitals = "".join(w[0] for w in outlet.split() if w[:1].isupper() and w.lower() != "the")
        if len(capitals) > 1:
            aliases[capitals.lower()] = article.outlet
    return aliases


def outlet_names(case: Case) -> set[str]:
    """Lower-case ways of naming the case's outlets: full names and initials ("wsj")."""
    return set(outlet_aliases(case))


def refers_to(who: str, aliases: dict[str, str]) -> str | None:
    """The case outlet a source names ("the WSJ report" -> "The Wall Street Journal"), or None."""
    low = who.lower()
    for alias in sorted(aliases, key=len, reverse=True):
        if re.search(rf"\b{re.escape(alias)}\b", low):
            return aliases[alias]
    return None


def _is_person(who: str, kind: str) -> bool:
    """A full personal name ("Alex Stamos"): two or more capitalised words, no "of", not a source or team."""
    parts = who.split()
    return kind == "voice" and len(parts) >= 2 and "of" not in parts and all(p[:1].isupper() for p in parts)


def _surname(who: str) -> str | None:
    """The surname a short mention names: "Stamos", or "Levine" in "Levine of UMass"; None for anything longer."""
    head = who.split(" of ")[0] if " of " in who else who
    return head if " " not in head and head[:1].isupper() else None


def _appositive(sentence: str, match: re.Match) -> str:
    """The words that describe the speaker: between the name and the verb, or after "said NAME," up to the clause end."""
    inner = (
        sentence[match.end("who") : match.start("verb")] if "verb" in match.groupdict() and match.group("verb") else ""
    )
    if match.start("who") > match.start(0) and sentence[match.end("who") :].startswith(","):
        inner += re.split(r"[.;:]", sentence[match.end("who") :], maxsplit=1)[0][:200]
    return inner


def _raw_mentions(article: Article, outlets: set[str]) -> list[dict]:
    found = []
    for sentence in article.sentences:
        for pattern in PATTERNS:
            for m in pattern.finditer(sentence.text):
                who = _clean(m.group("who"))
                if not who or who in _NOT_NAMES or who.split()[0] in _NOT_NAMES and len(who.split()) == 1:
                    continue
                verb = m.groupdict().get("verb") or ("according to" if "ccording" in m.group(0) else "report from")
                said_at = m.start("verb") if m.groupdict().get("verb") else None
                found.append(
                    {
                        "sentence": sentence,
                        "who": who,
                        "verb": verb,
                        "said_at": said_at,
                        "kind": _kind(who, outlets),
                        "researcher": bool(RESEARCH_WORDS.search(_appositive(sentence.text, m))),
                        "note": "",
                    }
                )
    return found


def _join_names(found: list[dict]) -> None:
    """A surname alone, or "Surname of Place", joins the full name given anywhere in the article (a near miss keeps a note)."""
    full_names = list(dict.fromkeys(f["who"] for f in found if _is_person(f["who"], f["kind"])))
    for mention in found:
        surname = _surname(mention["who"])
        if surname is None or mention["kind"] == "source":
            continue
        for full in full_names:
            last = full.split()[-1]
            if surname == last or _close(surname, last):
                if surname != last:
                    mention["note"] = f'spelled "{surname}" here'
                mention["who"], mention["kind"] = full, "voice"
                break


def _one_speaker(found: list[dict]) -> list[dict]:
    """Mentions given one verb in one sentence are one speaker: the person stays, the place they work at does not.

    "David Thiel, chief technologist at the Stanford Internet Observatory, said" gives
    "David Thiel" and "Stanford Internet Observatory" for one "said": one voice, a
    researcher's, since the institution named with them is a research one.
    """
    kept = []
    groups: dict[tuple, list[dict]] = {}
    for mention in found:
        if mention["said_at"] is None:
            kept.append(mention)
        else:
            groups.setdefault((mention["sentence"].index, mention["said_at"]), []).append(mention)
    for group in groups.values():
        people = [m for m in group if _is_person(m["who"], m["kind"])]
        if not people:
            kept += group
            continue
        if any(m["kind"] == "researchers" for m in group if m not in people):
            for person in people:
                person["researcher"] = True
        kept += people
    return sorted(kept, key=lambda m: m["sentence"].index)


def _research_kinds(found: list[dict]) -> None:
    """A researcher stays one in every mention; a one-word name that opens a research body's name is that body."""
    researchers = {m["who"] for m in found if m["researcher"] and _is_person(m["who"], "voice")}
    bodies = {m["who"].split()[0] for m in found if m["kind"] == "researchers" and m["who"][:1].isupper()}
    for mention in found:
        if mention["kind"] == "voice" and (mention["who"] in researchers or mention["who"] in bodies):
            mention["kind"] = "researchers"


def article_mentions(article: Article, outlets: set[str]) -> list[Mention]:
    """Every attribution in one article, names tidied (see the module notes).

    One speaker is one voice: a surname alone ("Stamos", "Levine of UMass") joins the full
    name given anywhere in the article; an institution named with a person quoted from it
    for the same verb is not a second voice; a person described as working at a research
    body (lab, observatory, university), or quoted with one, counts as ``researchers`` in
    every mention, and so does a one-word name that opens a research body's name
    ("Stanford", beside "Stanford Internet Observatory").
    """
    found = _raw_mentions(article, outlets)
    _join_names(found)
    found = _one_speaker(found)
    _research_kinds(found)
    mentions, seen = [], set()
    for m in found:
        key = (m["sentence"].index, m["who"].lower())
        if key in seen:
            continue
        seen.add(key)
        mentions.append(
            Mention(article.id, m["sentence"].index, m["who"], m["verb"], m["kind"], m["note"], m["sentence"].text)
        )
    return mentions


def voice_records(case: Case) -> list[dict]:
    """Every voice and source named in every article of the case (the primary included).

    Returns
    -------
    list of dict
        Fields ``article``, ``outlet``, ``index`` (sentence), ``who``, ``verb``, ``kind``
        (``source`` | ``researchers`` | ``voice``), ``refers_to`` (for a source that names
        one of the case's outlets, that outlet; else null), ``note``, ``sentence``. An article with
        no attributions contributes no records.
    """
    aliases = outlet_aliases(case)
    outlets = set(aliases)
    records = []
    for article in case.articles:
        for m in article_mentions(article, outlets):
            records.append(
                {
                    "article": m.article,
                    "outlet": article.outlet,
                    "index": m.index,
                    "who": m.who,
                    "verb": m.verb,
                    "kind": m.kind,
                    "refers_to": refers_to(m.who, aliases) if m.kind == "source" else None,
                    "note": m.note,
                    "sentence": m.sentence,
                }
            )
    return records
