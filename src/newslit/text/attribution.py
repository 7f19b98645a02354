"""Set aside who is credited for a sentence, to keep what the sentence claims.

A retelling wraps what it took from its source in words of its own: a dateline
("Jan. 9 (UPI) --", "WASHINGTON (AP) -"), and an attribution ("..., the agency said",
"according to data released Wednesday by the Labor Department", "The agency said on
Tuesday that ..."). Those words say where a claim comes from, not what it is, and a
primary never contains them, so counting them as new words makes a faithful retelling
look further from its source than it is. :func:`claim` removes them.

The verbs that mark an attribution are data (``data/attribution_verbs.csv``, see its data
card). The rules are deliberately narrow: an attribution is removed only when it is short
(:data:`MAX_CLAUSE_WORDS`) and stands at the start or the end of the sentence, set off by
"according to", a comma, or "that"; whatever cannot be told apart from the claim stays.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslit.text.compiled import regex
from newslit.text.lexicon import DATA_DIR

VERBS_FILE = DATA_DIR / "attribution_verbs.csv"
MAX_CLAUSE_WORDS = 9
"""An attribution has at most this many words besides its verb ("the EU climate monitoring service")."""

_DASH = r"(?:--?|–|—)"
# "Jan. 9 (UPI) --", "Kelowna (Canada) (AFP) –", "WASHINGTON (Reuters) -": a place or date,
# an agency's short name in brackets, a dash. "WASHINGTON —": a place in capitals, a dash.
_DATELINE = regex(
    rf"^\s*(?:[^()\n]{{0,40}}?\s*(?:\([^()\n]{{1,30}}\)\s*)?\([A-Z][A-Za-z]{{1,9}}\)\s*{_DASH}|[A-Z][A-Z .,']{{2,30}}\s*{_DASH})\s*"
)
_WORD = r"[\w’'.\-()]+"


@dataclass(frozen=True)
class Claim:
    """A sentence without its dateline and attribution.

    ``text`` is what is left (the whole sentence when nothing was removed); ``removed``
    lists the removed pieces, in the order they were found.
    """

    text: str
    removed: tuple[str, ...] = ()

    @property
    def attributed(self) -> bool:
        """Whether an attribution (not only a dateline) was removed."""
        return any(not _DATELINE.match(piece) for piece in self.removed)


@lru_cache(maxsize=2)
def attribution_verbs(path: Path = VERBS_FILE) -> tuple[str, ...]:
    """The verbs of ``data/attribution_verbs.csv`` (column ``term``), lower-case."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(row["term"].strip().lower() for row in csv.DictReader(handle) if row["term"].strip())


_NEEDS = ("according to", ",", "that")  # what every match of each of _patterns holds, in order


@lru_cache(maxsize=2)
def _patterns(verbs: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    verb = r"(?:" + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")"
    subject = rf"(?:{_WORD}\s+){{0,{MAX_CLAUSE_WORDS}}}"
    rest = rf"(?:\s+{_WORD}){{0,{MAX_CLAUSE_WORDS}}}"
    return (
        # "according to the report[,]" anywhere, up to the next comma or the end
        regex(rf"(?:^|,\s*|\s)according to{rest}\s*(?=,|[.!?]?\s*$)[,]?", re.IGNORECASE),
        # "..., the agency said on Tuesday." / "..., says the EU climate service."
        regex(rf",[”\"’]?\s*{subject}{verb}\b{rest}\s*(?=[.!?]?\s*$)", re.IGNORECASE),
        # "The agency said on Tuesday that ..." (only with "that": the subject may be the claim's)
        regex(rf"^\s*{subject}{verb}(?:\s+(?:on|in)\s+{_WORD})?(?:\s+\w+day)?\s+that\s+", re.IGNORECASE),
    )


def _has_dash(text: str) -> bool:
    """Does ``text`` hold a dash of :data:`_DASH` ("-", "–", "—")?"""
    return "-" in text or "–" in text or "—" in text


def claim(text: str) -> Claim:
    """The sentence without its dateline and its attribution.

    Parameters
    ----------
    text : str
        One sentence.

    Returns
    -------
    Claim
        Edge cases: a sentence that is nothing but an attribution ("According to the
        report.") keeps its text (nothing would be left to compare); an attribution in the
        middle of a sentence ("2023, the agency said, was the hottest year") stays.

    Examples
    --------
    >>> claim("Jan. 9 (UPI) -- 2023 was the hottest year, the agency said.").text
    '2023 was the hottest year.'
    """
    removed: list[str] = []
    rest = text
    found = _DATELINE.match(rest) if _has_dash(rest) else None  # every dateline ends in a dash
    if found and found.end() < len(rest):
        removed.append(found.group(0).strip())
        rest = rest[found.end() :]
    lowered = rest.lower() if rest.isascii() else None
    for pattern, needs in zip(_patterns(attribution_verbs()), _NEEDS):
        # each pattern holds its word ("according to", a comma, "that"): a text without it is not scanned
        if lowered is not None and needs not in lowered:
            continue
        # "..., the agency said." holds no comma after its first: it can only start at the text's last comma
        found = pattern.search(rest, max(rest.rfind(","), 0) if needs == "," else 0)
        if not found:
            continue
        left = (rest[: found.start()] + " " + rest[found.end() :]).strip()
        if re.search(r"\w", left) and len(re.findall(r"\w+", left)) >= 3:
            removed.append(found.group(0).strip(" ,"))
            rest = left
            lowered = rest.lower() if rest.isascii() else None
    if not removed:
        return Claim(text, ())  # nothing taken out: the sentence is its own claim, no spaces to tidy
    rest = re.sub(r"\s+([.,;!?])", r"\1", rest).strip()
    if not rest.endswith((".", "!", "?")) and text.rstrip().endswith((".", "!", "?")):
        rest += text.rstrip()[-1]
    return Claim(rest, tuple(removed))
