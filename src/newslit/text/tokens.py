"""Words for comparing sentences: tokens, a light stemmer and the stop words.

The alignment (:mod:`newslit.analysis.provenance`) compares sentences by the words they share.
Two retellings of one fact rarely share word forms exactly ("researchers found" /
"the researcher finds"), so tokens are lower-cased, curly quotes and apostrophes are
straightened, numbers lose their thousands separators, and a light suffix-stripping
stemmer folds plurals and verb endings together. It is deliberately crude (English only,
no dictionary): it only has to make the same word in two forms compare equal, and it is
fast, which matters when a case has thousands of articles.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from newslit.text.compiled import regex
from newslit.text.lexicon import DATA_DIR

_TOKEN = regex(r"[a-z0-9]+(?:[.,][0-9]{3})*(?:\.[0-9]+)?")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "–": "-", "—": "-"})
_NUMBER_SEPARATOR = regex(r"(?<=\d)[,](?=\d{3})")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each even ever few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my myself
    no nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    s t don st nd rd th may might must shall upon via yet whose also many several however therefore despite like
    done made make makes making get gets got well still already indeed even really often much way ways thing
    things since although though whether within without among around across per etc addition instead rather
    one ones another every either neither much lot lots quite""".split()
)

_SUFFIXES = ("ational", "ization", "iness", "fulness", "ously", "ively", "ments", "ment", "ings", "ing", "edly",
             "ions", "ion", "ies", "ied", "sses", "ches", "shes", "xes", "ers", "est", "ed", "er", "ly", "s")  # fmt: skip
_UNCHANGED = frozenset({"news", "this", "thus", "was", "has", "is", "us", "series", "species"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Fold a lower-case word to a crude stem.

    Parameters
    ----------
    word : str
        One lower-case token.

    Returns
    -------
    str
        The word without its first listed suffix that leaves at least three letters, and
        without a final "e", so that "share", "shares" and "shared" all give "shar";
        ``ies``/``ied`` become ``y`` ("stories" -> "story"); "-ches", "-shes", "-xes" and
        "-sses" lose "es". Numbers, words of three letters or fewer, and a few words that
        only look plural ("news", "series") come back unchanged.

    Examples
    --------
    >>> stem("recommendations"), stem("recommendation"), stem("recommended"), stem("images"), stem("image")
    ('recommendat', 'recommendat', 'recommend', 'imag', 'imag')
    """
    if len(word) <= 3 or word[0].isdigit() or word in _UNCHANGED:
        return word
    root = word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix in ("ies", "ied"):
                return word[: -len(suffix)] + "y"
            root = word[: -len(suffix)] + (suffix[:-2] if suffix in ("sses", "ches", "shes", "xes") else "")
            break
    return root[:-1] if root.endswith("e") and len(root) > 3 else root


def words(text: str) -> list[str]:
    """The lower-case word tokens of a text, numbers without thousands separators.

    Edge cases: "490,000" -> "490000"; "31.9" stays one token; "COVID-19" -> "covid", "19";
    possessive "'s" is dropped ("Meta's" -> "meta"); an empty text gives [].
    """
    if not text.isascii():  # every character _FOLD changes is outside ASCII: most texts need no pass
        text = text.translate(_FOLD)
    folded = text.lower()
    if "'" in folded:
        folded = folded.replace("'s ", " ").replace("'", "")
    if folded.isascii():
        return list(_ascii_words(folded))
    return _tokens(folded)


def _tokens(folded: str) -> list[str]:
    """:data:`_TOKEN` found in a folded text, numbers without thousands separators."""
    tokens = _TOKEN.findall(folded)
    if "," not in folded:  # no thousands separator to drop
        return tokens
    return [_NUMBER_SEPARATOR.sub("", token) if "," in token else token for token in tokens]


# Every ASCII byte but a-z, 0-9, "." and "," becomes a space: no token holds one (see _TOKEN).
_SPACES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789.," else 32 for c in range(256))


@lru_cache(maxsize=1024)  # the alignment reads most sentences twice, as its claim and as written: the same words
def _ascii_words(folded: str) -> tuple[str, ...]:
    """:func:`_tokens` of a lower-case ASCII text, the same tokens, about twice as fast.

    A token never spans a byte that :data:`_SPACES` blanks, so the text is cut there in
    one pass; most pieces are a plain word, perhaps with a full stop or comma at an end,
    and only the rest ("394,411", "u.s.", "31.9") go through the regular expression.
    A tuple, kept for the next call with the same text: :func:`words` gives a fresh list of it.
    """
    found = []
    for piece in folded.encode("ascii").translate(_SPACES).decode("ascii").split():
        if piece.isalnum():
            found.append(piece)
            continue
        bare = piece.strip(".,")
        if bare.isalnum():
            found.append(bare)
        elif bare:
            found.extend(_tokens(bare))
    return tuple(found)


def content_stems(text: str) -> list[str]:
    """The stems of the words that carry content: no stop words, in order, repeats kept."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


SYNONYMS_FILE = DATA_DIR / "synonyms.csv"
_PHRASES = (  # multi-word ways of saying one word, folded before tokenising; each with words it needs
    (
        regex(r"\b(?:take|takes|taking|taken|took|shut|shuts|shutting) (?:\w+ )?(?:down|offline)\b"),
        "removed",
        ("down", "offline"),
    ),
    (regex(r"\b(?:look|looks|looking|looked) (?:up|for)\b"), "search", ("look",)),
    (regex(r"\b(?:set|sets|setting) up\b"), "created", ("set",)),
    (regex(r"\btask force\b|\bworking group\b"), "taskforce", ("task force", "working group")),
    # "95.3% of GDP" is "of gross domestic product"
    (regex(r"\bgross domestic product\b"), "gdp", ("domestic product",)),
    # "peri-urban" and "semi-rural" are not "urban" and "rural": the prefix stays on its word ("periurban"). Not "non-":
    # "non-EU" and "non-sugar" are read as the group outside (see analysis.figures.quantity's non-words)
    (regex(r"\b(peri|semi|quasi|pseudo)-(?=[a-z])"), r"\1", ("peri-", "semi-", "quasi-", "pseudo-")),
)
# Any word some phrase needs: one scan tells that a sentence (most of them) has no phrase to fold.
_PHRASE_NEEDS = regex("|".join(re.escape(word) for _, _, needs in _PHRASES for word in needs))


@lru_cache(maxsize=4)
def synonym_groups(path: Path = SYNONYMS_FILE) -> dict[str, str]:
    """Stem -> the stem that stands for its group of synonyms (see ``data/synonyms.csv``).

    Each row of the file lists words that a retelling commonly swaps for one another
    ("profile" for "account", "removed" for "taken down"). The first word's stem names
    the group. A word in two rows belongs to the first.
    """
    groups: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            members = [stem(w) for w in row["words"].lower().split()]
            for member in members:
                groups.setdefault(member, members[0])
    return groups


def concepts(text: str) -> list[str]:
    """Content stems with synonyms folded together: what a sentence is about, word by word.

    Edge cases: phrases such as "taken down", "set up" and "task force" become one word
    first; a word in no synonym group stays its own stem.
    """
    if "May" in text:  # the month, not the modal verb (a stop word): "in May and June", "May 2024"
        text = _MAY_MONTH.sub("Maymonth", text)
    folded = (text if text.isascii() else text.translate(_FOLD)).lower()
    if _PHRASE_NEEDS.search(folded):  # most sentences have no phrase: no pattern is run
        for pattern, replacement, needs in _PHRASES:
            if any(word in folded for word in needs):
                folded = pattern.sub(replacement, folded)
    return [c for c in map(_concept, words(folded)) if c is not None]


_MAY_MONTH = regex(
    r"(?:(?<=\bin )|(?<=\bIn )|(?<=\bof )|(?<=\bby )|(?<=\bto )|(?<=\bsince )|(?<=\bSince )|(?<=\buntil )"
    r"|(?<=\bearly )|(?<=\blate )|(?<=\band ))May\b|\bMay(?=,? \d| and (?:June|July)\b|[-–]June\b)"
)


@lru_cache(maxsize=65536)  # a case uses a few thousand distinct words, each met many times
def _concept(word: str) -> str | None:
    """The concept of one lower-case word (its stem, or its synonym group's), None for a stop word."""
    if word in STOP_WORDS:
        return None
    found = stem(word)
    return synonym_groups().get(found, found)


def stems_and_concepts(text: str) -> tuple[list[str], list[str]]:
    """``(all_stems(text), concepts(text))``, the words read once when no phrase (nor the month May) is to be folded.

    Folding curly marks and lower-casing again changes nothing in :func:`words`, so without a
    phrase the concepts are those of the same words as the stems.
    """
    folded = (text if text.isascii() else text.translate(_FOLD)).lower()
    if _PHRASE_NEEDS.search(folded) or ("May" in text and _MAY_MONTH.search(text)):
        return all_stems(text), concepts(text)  # the phrases and the month are folded by concepts alone
    found = words(folded)
    return list(map(stem, found)), [c for c in map(_concept, found) if c is not None]


def all_stems(text: str) -> list[str]:
    """The stems of every word, stop words included, in order (for word-sequence overlap)."""
    return list(map(stem, words(text)))
