"""Reading a case's answer key: the CSV files in its ``key/`` folder, and matching them to records.

Every lesson's key is a CSV file there (documented in ``seeds/key/README.md``). A case
needs no key: the engines never read one to decide, and a missing file reads as no rows.
A key row names its sentence by its opening words, so a key stays readable by a teacher;
:func:`key_text` is the one normalisation used to match those words to the texts.
"""

from __future__ import annotations

import csv
import functools

from newslit.case.model import Case, Sentence
from newslit.text.compiled import regex

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_SPACES = regex(r"\s+")


def read_rows(case: Case, name: str) -> list[dict]:
    """Rows of ``<case>/key/<name>`` as dicts of stripped strings.

    Lines starting with ``#`` are comments. A missing file gives ``[]``; an empty cell
    gives ``""``.
    """
    path = case.key_dir / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


@functools.lru_cache(maxsize=1 << 16)
def key_text(text: str) -> str:
    """Text as a key matches it: curly quotes straightened, double quotes and an opening single quote dropped,
    spaces collapsed, lower case.

    Remembered for the last 65,536 texts: the lessons match every key row against the
    same sentences again and again.

    >>> key_text("Meta’s  “code”")
    "meta's code"
    """
    return _SPACES.sub(" ", text.translate(_QUOTES).replace('"', "")).strip().lower().removeprefix("'")


def find_record(records: list[dict], article: str, opening: str) -> dict | None:
    """The first record of ``article`` whose ``sentence`` starts with ``opening`` (quotes and case ignored); None if none."""
    wanted = key_text(opening)
    for record in records:
        if record["article"] == article and key_text(record["sentence"]).startswith(wanted):
            return record
    return None


def agreement(pairs: list[tuple[str | None, str | None]]) -> dict:
    """How many (answer, key) pairs agree: ``{"agree": k, "total": n, "share": k / n}``.

    A pair agrees when both are the same and not None. ``share`` is 0.0 when there are no
    pairs.
    """
    total = len(pairs)
    agree = sum(1 for a, b in pairs if a is not None and a == b)
    return {"agree": agree, "total": total, "share": (agree / total) if total else 0.0}


def find_sentence(case: Case, article_id: str, phrase: str) -> Sentence:
    """The first sentence of ``article_id`` that contains ``phrase`` (quotes and case ignored).

    Raises
    ------
    LookupError
        If no sentence contains it: the key and the text disagree, and the message says
        which file and phrase to fix.
    """
    wanted = key_text(phrase)
    for sentence in case.article(article_id).sentences:
        if wanted in key_text(sentence.text):
            return sentence
    raise LookupError(f'key: no sentence of "{article_id}" contains "{phrase}"; fix the key file or the phrase')


FOLDED_FILE = "folded.csv"


def folded_sentences(case: Case) -> list[tuple[str, str]]:
    """``(sentence text, note)`` for every row of ``key/folded.csv``: the sentences every view folds.

    A row whose opening words match no sentence keeps those words as its text, so they are
    still folded wherever they appear (``tests/test_folding.py`` checks that every seed
    row matches). No file, no folded sentences.
    """
    found = []
    for row in read_rows(case, FOLDED_FILE):
        if not row.get("sentence"):
            continue
        try:
            text = find_sentence(case, row.get("article", ""), row["sentence"]).text
        except (LookupError, KeyError):
            text = row["sentence"]
        found.append((text, row.get("note") or "describes the abuse in words"))
    return found
