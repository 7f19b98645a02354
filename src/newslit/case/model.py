"""A case: the primary article and the articles that retold it, loaded and split."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from newslit.case.cleaning import CleanedText, Removal, apply_edits
from newslit.case.spec import ArticleSpec, CaseSpec
from newslit.text.compiled import regex

_WORD = regex(
    r"\d+(?:[.,]\d+)*|[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF]+(?:['’-][A-Za-z0-9\u00C0-\u024F]+)*"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article.

    ``text`` is the cleaned sentence; ``start:end`` is its span in the original file, so
    ``raw[start:end]`` is the sentence exactly as published (with any page break or link
    markup that cleaning removed, see :meth:`Article.original`).
    """

    article: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int
    role: str  # headline | dek | subhead | body

    @property
    def words(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True, eq=False)
class Article:
    """An article of a case: its metadata, its file's text and its sentences."""

    spec: ArticleSpec
    raw: str
    cleaned: CleanedText = field(repr=False)
    sentences: tuple[Sentence, ...] = field(repr=False)

    def __post_init__(self):
        # The metadata as plain attributes: the engines read ``article.id`` and
        # ``article.outlet`` for every record, and __getattr__ is only the fallback.
        self.__dict__.update({name: getattr(self.spec, name) for name in ArticleSpec.__dataclass_fields__})

    def __getattr__(self, name):  # metadata reads as article.outlet, article.published, ...
        if name in ArticleSpec.__dataclass_fields__:
            return getattr(self.spec, name)
        raise AttributeError(name)

    @cached_property
    def body(self) -> tuple[Sentence, ...]:
        """Sentences of running text (no headline, dek or subheads)."""
        return tuple(s for s in self.sentences if s.role == "body")

    @cached_property
    def words(self) -> int:
        """Words in the analysed text (headings included)."""
        return sum(s.words for s in self.sentences)

    @property
    def removed(self) -> tuple[Removal, ...]:
        return self.cleaned.removed

    def original(self, sentence: Sentence) -> str:
        """The sentence exactly as it stands in the file."""
        return self.raw[sentence.start : sentence.end]


@dataclass(frozen=True, eq=False)
class Case:
    """A loaded, valid case. Build it with :func:`load_case`."""

    spec: CaseSpec
    articles: tuple[Article, ...]

    @property
    def folder(self) -> Path:
        return self.spec.folder

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def question(self) -> str:
        return self.spec.question

    @property
    def primary(self) -> Article:
        return self.article(self.spec.primary)

    @property
    def derivatives(self) -> tuple[Article, ...]:
        return tuple(a for a in self.articles if a.id != self.spec.primary)

    @property
    def key_dir(self) -> Path:
        """The answer-key folder (it may not exist: a case needs no key)."""
        return self.folder / "key"

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(f'no article "{article_id}" in this case; ids: {", ".join(a.id for a in self.articles)}')

    def sentence(self, article_id: str, index: int) -> Sentence:
        return self.article(article_id).sentences[index]

    def __repr__(self) -> str:
        # Shown in a notebook when a cell ends with ``case``: words a learner reads, no ids.
        return (
            f"The case “{self.title}”: {len(self.articles)} articles; the primary source is "
            f"{self.primary.outlet}; the retellings: {', '.join(short_outlet(a.outlet) for a in self.derivatives)}."
        )


def count_words(text: str) -> int:
    """Number of words in ``text``; 0 for an empty string. Hyphenated words count once."""
    return len(_WORD.findall(text))


def short_outlet(outlet: str) -> str:
    """An outlet's name without its note in brackets: "AFP (English rendering of the French wire)" -> "AFP"."""
    return outlet.split(" (")[0]


def sentence_fields(article: Article, sentence: Sentence) -> dict:
    """The fields every per-sentence record starts with: ``article``, ``outlet``, ``index``, ``role``, ``sentence``."""
    return {
        "article": article.id,
        "outlet": article.outlet,
        "index": sentence.index,
        "role": sentence.role,
        "sentence": sentence.text,
    }


def date_gap_days(article: Article, primary: Article) -> int | None:
    """Days between the primary's publication and ``article``'s; None if a date is unknown."""
    if not isinstance(article.published, dt.date) or not isinstance(primary.published, dt.date):
        return None
    return (article.published - primary.published).days


__all__ = [
    "Article",
    "Case",
    "Sentence",
    "apply_edits",
    "count_words",
    "date_gap_days",
    "sentence_fields",
    "short_outlet",
]
