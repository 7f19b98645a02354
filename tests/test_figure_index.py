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


def test_sentence_similarities_are_similarity_to_each_primary_sentence():
    from newslit.analysis.figures.index import sentence_similarities

    case = load_case(CASE)
    idf = primary_idf(case)
    index = index_candidates(primary_figures(case), idf, primary_scope(case))
    words = figure_stems(RETOLD)
    sims = sentence_similarities(words, index)
    assert sims
    for p in index.figures:
        if p.sentence is not None:
            assert sims.get(p.sentence.index, 0.0) == similarity(words, p.stems, idf)


def test_reasons_kept_with_the_index_are_those_of_the_quantity_and_noun_asked():
    from dataclasses import replace

    from newslit.analysis.figures.match import _why_not
    from newslit.analysis.figures.quantity import conflicts, sentence_quantities
    from newslit.text.numbers import find_figures

    case = load_case(CASE)
    index = index_candidates(primary_figures(case), primary_idf(case), primary_scope(case))
    text = "Pupils who kept their phones slept 34 more minutes a night, and 120 teachers agreed."
    figures = find_figures(text)
    quantities = [index.known_quantity(q) for q in sentence_quantities(text, figures)]
    counted = [p for p in index.figures if p.sentence is not None]
    assert any(_why_not(d, q, p, index) for d, q in zip(figures, quantities) for p in counted)
    for d, q in zip(figures, quantities):
        for p in counted:
            assert _why_not(d, q, p, index) == tuple(conflicts(q, p.quantity, d, p.figure, index.scope))
            other = replace(d, noun="lorries", kind="count")  # another noun asked next: never the first one's reasons
            assert _why_not(other, q, p, index) == tuple(conflicts(q, p.quantity, other, p.figure, index.scope))
    # an equal quantity read again is the one kept; each case's index keeps its own
    again = [index.known_quantity(q) for q in sentence_quantities(text, figures)]
    assert again == quantities and all(a is b for a, b in zip(again, quantities))
    fresh = index_candidates(primary_figures(case), primary_idf(case), primary_scope(case))
    assert fresh.reasons == {} and fresh.quantities == {}
