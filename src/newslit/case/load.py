"""Loading a case folder: read ``case.toml`` and every article, clean and split them."""

from __future__ import annotations

from pathlib import Path

from newslit.case.article_text import read_article_text
from newslit.case.cleaning import CleanedText, clean
from newslit.case.errors import CaseError, Problem, display_path
from newslit.case.key import folded_sentences
from newslit.case.model import Article, Case, Sentence
from newslit.case.sentences import split_sentences
from newslit.case.spec import read_case_file
from newslit.text.folding import Fold, register


def default_case_dir() -> Path:
    """The case ``load_case()`` reads when given no folder.

    In order: the folder in ``NEWSLIT_CASE`` (teachers point every notebook at their own
    case this way); a ``seeds/`` holding a ``case.toml`` in the working folder or a
    folder above it (a checkout, whose notebooks run in ``notebooks/``); the seed case
    that comes with the package (:func:`newslit.case.bundled.bundled`).
    """
    import os

    from newslit.case.bundled import bundled

    if os.environ.get("NEWSLIT_CASE", "").strip():
        return Path(os.environ["NEWSLIT_CASE"]).expanduser()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "seeds" / "case.toml").is_file():
            return folder / "seeds"
    return bundled("seeds")


def split_article(article_id: str, cleaned: CleanedText) -> tuple[Sentence, ...]:
    """Split the kept blocks of ``cleaned`` into sentences with file offsets."""
    sentences: list[Sentence] = []
    for block in cleaned.blocks:
        text, origin = cleaned.text_of(block.start, block.end)
        spans = [(0, len(text))] if block.role != "body" else split_sentences(text)
        for start, end in spans:
            piece = text[start:end].strip()
            if not piece:
                continue
            start += text[start:end].index(piece)
            end = start + len(piece)
            sentences.append(
                Sentence(
                    article=article_id,
                    index=len(sentences),
                    text=piece,
                    start=origin[start],
                    end=origin[end - 1] + 1,
                    paragraph=block.paragraph,
                    role=block.role,
                )
            )
    return tuple(sentences)


def load_case(folder: str | Path | None = None) -> Case:
    """Load and validate a case folder.

    Parameters
    ----------
    folder : str or Path, optional
        The case folder; defaults to :func:`default_case_dir` (the bundled seeds).

    Returns
    -------
    Case

    Raises
    ------
    CaseError
        Listing every problem in ``case.toml`` and the article files, each with the file,
        the line where there is one, and how to fix it. Nothing is half-loaded.
    """
    folder = Path(folder) if folder is not None else default_case_dir()
    spec = read_case_file(folder)
    problems = []
    articles = []
    for article_spec in spec.articles:
        shown = display_path(article_spec.path, folder)
        text, found = read_article_text(article_spec.path, shown, article_spec.sha256)
        problems.extend(found)
        if text is None:
            continue
        cleaned = clean(text)
        sentences = split_article(article_spec.id, cleaned)
        if not sentences:
            problems.append(
                Problem(
                    shown,
                    "no article text left after cleaning (only captions, credits or page furniture)",
                    "check that the file holds the article itself",
                )
            )
            continue
        articles.append(Article(article_spec, text, cleaned, sentences))
    if problems:
        raise CaseError(problems)
    case = Case(spec, tuple(articles))
    # Every view of this session folds the sentences the case's key lists (key/folded.csv).
    register(Fold(text, note) for text, note in folded_sentences(case))
    return case
