"""The primary's figure index gives the same answers as the plain functions it speeds up."""

from newslit.analysis.figures.index import index_candidates, primary_idf, similarity
from newslit.analysis.figures.primary import figure_stems, primary_figures, primary_scope
from newslit.case.load import load_case

CASE = "tests/cases/sleep-study"
RETOLD = "Teenagers who put their phones away slept 34 minutes more, the researchers found."


def test_similarity_to_is_similarity_for_every_primary_figure():
    case = load_case(CASE)
    idf = primary_idf(case)
    index = index_candidates(primary_figures(case), idf, primary_scope(case))
    words = figure_stems(RETOLD)
    assert index.figures
    for p in index.figures:
        assert index.similarity_to(words, p.near) == similarity(words, p.near, idf)
    # a second set of other words is weighed on its own, not with the first one's weight
    other = figure_stems("The study followed 120 pupils for a year.")
    for p in index.figures:
        assert index.similarity_to(other, p.near) == similarity(other, p.near, idf)
    assert any(similarity(words, p.near, idf) > 0 for p in index.figures)
