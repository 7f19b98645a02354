"""Will the analyses work well on a case that loads? Warnings a teacher should read first.

``newslit check`` prints these after its summary (exit code still 0), and every analysis
command prints the size warning before it starts, so a long wait is announced, not a
surprise.
"""

from __future__ import annotations

from newslit.case.errors import Problem, display_path
from newslit.case.model import Case
from newslit.text.tokens import words

# Each analysis compares every retold sentence with the primary's sentences that share a
# word with it, so its time grows with (primary sentences) x (retold sentences). Measured
# on the project's shared 2-core test machine with two 1.9 MB articles (12,700 sentences
# each, 161 million pairs): 25 to 40 s per command, so about 3 million pairs a second
# with some margin. A slower laptop takes longer.
PAIRS_PER_SECOND = 3_000_000
SLOW_PAIRS = 20_000_000  # about 7 s on that machine: worth a warning


def sentence_pairs(case: Case) -> int:
    """Primary sentences times retold sentences: what the analyses' time grows with."""
    return len(case.primary.sentences) * sum(len(a.sentences) for a in case.derivatives)


def _duration(seconds: float) -> str:
    if seconds >= 90:
        return f"about {round(seconds / 60)} minutes"
    if seconds >= 45:
        return "about a minute"
    return f"about {max(10, round(seconds, -1)):.0f} seconds"


def size_warning(case: Case) -> Problem | None:
    """A warning when the analyses of ``case`` will be slow, with an estimate; None otherwise."""
    pairs = sentence_pairs(case)
    if pairs < SLOW_PAIRS:
        return None
    megabytes = sum(len(a.raw.encode("utf-8")) for a in case.articles) / 1e6
    retold = sum(len(a.sentences) for a in case.derivatives)
    return Problem(
        display_path(case.folder / "case.toml", case.folder),
        f"a large case ({megabytes:.1f} MB of text: {len(case.primary.sentences):,} primary sentences, {retold:,} "
        f"retold ones). Each analysis compares every retold sentence with the primary, so provenance, framing "
        f"and figures take {_duration(pairs / PAIRS_PER_SECOND)} each here, more on a slower computer",
        "wait for it, or keep only the articles themselves in the text files (long files are usually whole web "
        "pages or several articles pasted together)",
        level="warning",
    )


def article_warnings(case: Case) -> list[Problem]:
    """Articles that loaded but give the analyses little to work with.

    - no body sentence (every line looks like a headline: no line ends with ``.``, ``!``,
      ``?`` or ``。！？``);
    - most body sentences without a word the engines can read (they compare words in the
      Latin alphabet, accents folded, so a text in Chinese, Russian or Arabic loads and
      splits into sentences, but every sentence reads as new).
    """
    found = []
    for article in case.articles:
        shown = display_path(article.path, case.folder)
        if not article.body:
            found.append(
                Problem(
                    shown,
                    f"no body sentences: all {len(article.sentences)} lines read as headlines or headings, "
                    "so the analyses have nothing to compare",
                    "end each paragraph of the article with a full stop (. ! ? or 。！？)",
                    level="warning",
                )
            )
        else:
            unread = sum(1 for s in article.body if not any(t.isalpha() for t in words(s.text)))
            if unread * 2 > len(article.body):
                found.append(
                    Problem(
                        shown,
                        f"{unread} of its {len(article.body)} sentences have no word in the Latin alphabet (a-z): the "
                        "analyses compare such words, so those sentences will all read as new",
                        "use an English (or other Latin-alphabet) version of the text for the analyses",
                        level="warning",
                    )
                )
    return found


def case_warnings(case: Case) -> list[Problem]:
    """Every warning about ``case``: its articles first, then its size."""
    size = size_warning(case)
    return article_warnings(case) + ([size] if size else [])
