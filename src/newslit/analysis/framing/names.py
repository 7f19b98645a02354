"""Politicians named again: who a politicised sentence names in full, and where a later sentence names them by surname.

An article names a politician in full once ("Secretary of State Marco Rubio announced the
cuts") and then by surname ("Rubio claimed …", "Ms. Harris said …"). The later sentence
brings in the same politician, so its class follows (:mod:`newslit.analysis.framing.records`
uses these helpers). Reading a surname wrongly would accuse an outlet of bringing in
politics it never brought in, so both halves are careful:

- a full name is read only right after a politician's title the aside found ("Vice
  President Kamala Harris"), or at a political figure it found ("Donald Trump"), never from
  any capitalised words: "the Supreme Court" is no one, and a name stops at its possessive
  ("Donald Trump’s Supreme Court picks" names Donald Trump);
- a later mention counts with an honorific ("Ms. Harris", "Mr Khan’s office"), a politician's
  title ("Secretary Rubio") or the full name again; alone, only as the subject of a verb of
  saying or acting ("Rubio claimed", "But Hunt said"), so "May saw record sales", "Price
  rises", "Harris County" and "riders in Warren" name no one; and once the article names
  another person with the surname ("passenger Sarah Johnson", "Dr. Rubio, an engineer"), it
  names no one for sure from there on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslit.analysis.framing.asides import load_topics
from newslit.text.compiled import regex
from newslit.text.numbers import MONTHS, WEEKDAYS
from newslit.text.places import is_place

# A word of a name, accents, "Mc", "O'", camel case and hyphens allowed: "Rubio", "Mélenchon", "O'Rourke",
# "LaHood", "Okonjo-Iweala". No apostrophe inside otherwise: "Trump’s" ends the name at "Trump".
_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][^\W\d_]*(?:-[A-Z][^\W\d_]+)*"
_INITIALS = r"[A-Z]\.(?:\s?[A-Z]\.){0,2}|[A-Z]{2}(?=\s)"  # "J.D.", "H. W.", "JD"
_PARTICLE = r"(?:von|van|der|den|de|da|di|del|della|du|la|le|bin|al|ibn)"
_NAME = regex(rf"(?:{_INITIALS}|{_WORD})(?:\s+(?:{_PARTICLE}\s+)*(?:{_INITIALS}|{_WORD}))*")
_SURNAME = regex(rf"(?<![\w'’.-])(?:{_PARTICLE}\s+)*{_WORD}$")
_SUFFIX = regex(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")  # a generation's mark after the surname
# "MP for Corio Sam Fletcher": a seat's name may stand between the title and the name.
_NAME_AFTER_TITLE = regex(rf"(?:\s+for(?:\s+[A-Z][\w'’-]*)+?)?,?\s+({_NAME.pattern})")
# "Bloc Québécois finance critic Mathieu Gagnon", "the Nationals' manufacturing spokesperson, Rhonda Vickers",
# "NDP health critic and Nickel Belt MPP Anne Laurin": a party's own politician, named after their role in it.
_ROLE_IN_PARTY = regex(
    rf"(?:['’]s?)?\s+(?:[\w'’-]+\s+){{0,5}}?(?:critic|spokes(?:person|man|woman)|leader|deputy leader|whip|candidate"
    rf"|(?-i:MPP|MP|MLA|MSP|MS|TD|MEP)|senator|councillor|councilor)\s*,?\s+({_NAME.pattern})"
)
_FIRST_NAMES = regex(rf"(?:(?:{_INITIALS}|{_WORD})\s+)+$")
# "Chancellor Gene Block of UCLA": the name "of" something after the title, a body's officer, not a politician.
# Wider than asides' _OF_A_BODY (which needs "Club", "University"…): a surname passed on must be sure.
_OF_SOMETHING = regex(r"\s+of\s+(?:the\s+)?[A-Z]")
# Capitalised words that may stand before a politician's title: "Vice President", "Former President".
_BEFORE_TITLE = frozenset(
    "Vice Former Deputy Shadow Acting Interim Prime Then Ex First US U.S. UK U.K. EU Federal State Foreign Home".split()
)
# Titles only a government gives: a word before them names a portfolio ("Finance Minister"), not a company.
_GOVERNMENT_ONLY = regex(
    r"\b(?:minister|secretary|senator|congress(?:wo)?man|mp|mep|state\s+governor)\b", re.IGNORECASE
)
# A title before a surname, as in "Secretary Rubio said": the politician named again.
_TITLE_WORDS = frozenset(
    "Secretary Minister President Senator Sen Rep Representative Governor Gov Mayor Chancellor Speaker Premier".split()
)
# "Mr Khan", "Ms. Harris": these name the politician; "Dr" is left out, since a doctor or a scientist often
# shares a politician's surname in a story about health or research.
_HONORIFIC = regex(r"\b(?:Mr|Ms|Mrs|Miss)\.?\s+$")
_CAPITALISED_BEFORE = regex(r"([A-Z][\w'’.-]*)\s+$")
# What a politician named by surname alone does in a sentence of a news story.
_VERB_AFTER = regex(
    r"\s+(?:(?:also|then|later|has|had|have|previously|repeatedly|again)\s+){0,2}"
    r"(?:said|says|claimed|claims|told|tells|argued|argues|announced|announces|added|adds|wrote|writes|insisted"
    r"|insists|posted|posts|warned|warns|vowed|vows|promised|promises|pledged|pledges|issued|signed|signs|ordered"
    r"|orders|called|calls|urged|urges|criticised|criticized|criticises|criticizes|blamed|blames|defended|defends"
    r"|accused|accuses|denied|denies|admitted|admits|suggested|suggests|stated|states|replied|responded|declared"
    r"|tweeted|threatened|threatens|praised|praises|attacked|attacks|slammed|slams|dismissed|dismisses"
    r"|made\s+a|makes\s+a|pressed|presses|pushed|pushes|sent|sends)\b"
)
# "Dahl's office did not respond": the politician's own office or people, speaking for them.
_OWN_PEOPLE = regex(r"['’]s\s+(?:office|spokes(?:man|woman|person)|campaign|aides?|press\s+secretary)\b")
# "Harris County", "Reagan National Airport", "the Harris Poll": a place or a thing named after someone.
_CAPITALISED_AFTER = regex(r"(?:['’]s)?\s+[A-Z]")
# "Mr. Harris, the depot manager": someone introduced, not the politician named again.
_APPOSITION = regex(r"(?:['’]s)?,\s+(?:a|an|the)\s+")
_SENTENCE_OPENERS = frozenset(
    "But Yet And So Still Then Meanwhile However Instead Earlier Later Today Yesterday On In Last This".split()
)


@dataclass(frozen=True)
class Politician:
    """A politician a sentence names in full: ``full`` as written ("Marco Rubio") and ``surname`` ("Rubio")."""

    full: str
    surname: str

    @property
    def first(self) -> str:
        """The name before the surname ("Marco"), or "" when the sentence gave the surname only ("Senator Warren")."""
        return self.full[: -len(self.surname)].strip()


def _groups(words: str) -> set[str]:
    return {m.term.get("group") for m in load_topics().find(words, kinds=("politicised",))}


def politicians_named(text: str, signals: list[str]) -> list[Politician]:
    """The politicians ``text`` names in full, found from the politicised ``signals`` the aside found in it.

    After a politician's title ("Secretary of State", "president") the name that follows
    it; at a political figure ("Kamala Harris", "Trump" of "Donald Trump") the figure's own
    name. A title after a company's or a body's name ("Acme President Dana Holt") or before
    "of" a body ("Chancellor Gene Block of UCLA") names no politician; nor does a name whose
    last word is another political term ("President" of "Vice President").
    """
    found: dict[str, Politician] = {}
    for signal in dict.fromkeys(signals):
        groups = _groups(signal)
        if not groups & {"politician's title", "political figure", "a political party"}:
            continue  # an election, a fight over a policy: no person
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(signal) + r"(?![\w-])", text):
            name = None
            if "politician's title" in groups and _title_of_a_politician(text, m.start(), signal):
                after = _NAME_AFTER_TITLE.match(text, m.end())
                if after and not _OF_SOMETHING.match(text, after.end()):
                    name = after.group(1)
            if name is None and "a political party" in groups:
                role = _ROLE_IN_PARTY.match(text, m.end())
                name = role.group(1) if role and not _OF_SOMETHING.match(text, role.end()) else None
            if name is None and "political figure" in groups:
                first = _FIRST_NAMES.search(text, 0, m.start())
                name = (first.group(0) if first else "") + m.group(0)
            if name:
                name = _SUFFIX.sub("", name)  # "Robert F. Kennedy Jr.": the surname is Kennedy
            surname = _SURNAME.search(name) if name else None
            if surname is None or not (_groups(surname.group(0)) <= {"political figure"}):
                continue
            if " " not in name and "politician's title" not in groups:
                continue  # "Trump" alone: no full name to go on
            found.setdefault(surname.group(0), Politician(name, surname.group(0)))
    return list(found.values())


def _title_of_a_politician(text: str, start: int, title: str) -> bool:
    """Is ``title`` at ``start`` a politician's: a government's own title ("Finance Minister"), or one at the sentence's
    start or after a small word, a place or "Vice" ("President" is also a company's: "Acme President Dana Holt")?"""
    if _GOVERNMENT_ONLY.search(title):
        return True
    before = _CAPITALISED_BEFORE.search(text, 0, start)
    if before is None or before.start() == 0 and before.group(1) in _SENTENCE_OPENERS:
        return True
    word = before.group(1)
    if re.search(r"\bof\s+(?:[A-Z][\w.'’-]*\s+)*$", text[: before.start()]):
        return False  # "Bank of England Governor", "University of Texas President": a body's officer
    # "US President", "Ohio Governor": a place's own word, the whole of it
    return word in _BEFORE_TITLE or is_place(word)


def namesakes(text: str, politician: Politician) -> bool:
    """Does ``text`` name another person with ``politician``'s surname ("passenger Sarah Johnson", "Dr. Harris")?"""
    if politician.surname not in text:
        return False
    for m in re.finditer(rf"({_WORD})\.?\s+{re.escape(politician.surname)}(?![\w-])", text):
        first = m.group(1)
        if first in politician.first.split() or first in ("Mr", "Ms", "Mrs", "Miss") or first in _TITLE_WORDS:
            continue  # the politician, by name, honorific or title ("Secretary Rubio")
        if _groups(first):
            continue
        if first in _SENTENCE_OPENERS or first.lower() in WEEKDAYS:
            continue
        return True
    return False


def names_again(text: str, politician: Politician) -> bool:
    """Does ``text`` name ``politician`` again: "Ms. Harris", "Mr Khan’s office", "Secretary Rubio", "Rubio claimed"?

    See the module notes for what does not count.
    """
    surname = politician.surname
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w-])", text):
        if _CAPITALISED_AFTER.match(text, m.end()) or _APPOSITION.match(text, m.end()):
            continue  # "Harris County", "Mr. Harris, the depot manager"
        before = text[max(0, m.start() - 60) : m.start()]
        if _HONORIFIC.search(before) or (politician.first and before.endswith(politician.first + " ")):
            return True
        word = _CAPITALISED_BEFORE.search(before)
        if word and (word.group(1).rstrip(".") in _TITLE_WORDS or _groups(word.group(1)) & {"politician's title"}):
            return True  # "Secretary Rubio", "Sen. Warren"
        at_start = word is not None and m.start() - len(word.group(0)) == 0
        if word and not (at_start and word.group(1) in _SENTENCE_OPENERS) and word.group(1).lower() not in WEEKDAYS:
            continue  # "Tom Rubio": someone else's first name
        if surname.lower() in MONTHS or surname.lower() in WEEKDAYS:
            continue  # "begins in May"
        if _VERB_AFTER.match(text, m.end()) or _OWN_PEOPLE.match(text, m.end()):
            return True  # "Rubio claimed", "But Hunt said", "Dahl's office did not respond"
    return False
