"""Rules written after the one measurement of homeless-2023-12, the sixth validation case (issue 15), with invented texts.

A value more exact than the primary's limit ("about 653,100" in "more than 650,000") was
counted elsewhere, not the limit dropped; the government as a source ("administration
officials said") is not politics; a politician the primary itself names, judged in the
outlet's loaded words, is; so are the immigration fight's own terms.
"""

from __future__ import annotations

import pytest

from conftest import primary_and_paper

COUNT_CASE = primary_and_paper(
    "A homeless count (invented)", "agency", "The Housing Agency", "2023-12-15", "2023-12-16"
)
AGENCY = (
    "Count released\n\n"
    "The agency found more than 650,000 people were homeless on a single night in January 2023. "
    "President Biden's plan prevented a rise between 2020 and 2022. "
    "The Biden administration has taken new steps since.\n"
)


def _records(make_case, paper: str):
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records
    from newslit.analysis.framing.records import framing_records

    case = load_case(make_case(COUNT_CASE, {"agency.txt": AGENCY, "paper.txt": paper}))
    figures = {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}
    asides = {r["sentence"][:16]: r["aside"] for r in framing_records(case) if r["article"] == "paper"}
    return figures, asides


def test_a_value_more_exact_than_the_primarys_limit_is_not_called_changed(make_case):
    figures, _ = _records(make_case, "Count released\n\nAbout 653,100 people were homeless on one night in January.\n")
    found = figures["About 653,100"]
    assert found["verdict"] == "not_in_primary"
    assert "only a limit" in found["explanation"] and "more exact" in found["explanation"]


def test_an_exact_value_inside_the_primarys_limit_is_never_changed(make_case):
    figures, _ = _records(make_case, "Count released\n\n653,104 people were homeless on one night in January.\n")
    found = figures["653,104"]
    assert found["verdict"] == "not_in_primary" and "only a limit" in found["explanation"]


@pytest.mark.parametrize(
    ("retold", "primary", "finer"),
    [
        ("about 653,100 people", "more than 650,000 people", True),
        ("653,104 people", "more than 650,000 people", True),
        ("554,000 people", "more than 650,000 people", False),  # below the limit: not inside it
        ("110,035 deaths", "more than 81 lives", False),  # a thousand times the limit: another quantity
        ("in 2005", "more than 38,000 veterans", False),  # a year is no count inside a limit
        ("12%", "more than 650,000 people", False),  # a share is no count
    ],
)
def test_only_a_value_of_the_same_kind_inside_the_limit_is_finer_than_it(retold, primary, finer):
    from newslit.analysis.figures.match import finer_than_limit
    from newslit.text.numbers import find_figures

    (d,) = find_figures(retold)
    (p,) = find_figures(primary)
    assert finer_than_limit(d, p) is finer


def test_the_limit_itself_stated_flatly_is_rounded_never_changed(make_case):
    # "650,000" for "more than 650,000": the number is the release's, its limit word left out. Every key calls
    # such a figure rounded or a match (usaid-2025-06, where "changed" made five wrong accusations: in-sample)
    figures, _ = _records(make_case, "Count released\n\nThe agency found 650,000 people were homeless in January.\n")
    assert figures["650,000"]["verdict"] == "rounded"
    assert "leaves out the limit" in figures["650,000"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "politicised"),
    [
        ("Biden administration officials said the rise reflected the end of aid the government gave.", False),
        ("Biden is corrupt, a dictator, and he is ruining the country.", True),
        ("The report does not mention the influx of illegal aliens.", True),
        ("Rents rose by a fifth in many cities over the same years.", False),
    ],
)
def test_politics_the_outlet_brings_in(make_case, sentence, politicised):
    paper = f"Count released\n\nMore than 650,000 people were homeless in January 2023.\n\n{sentence}\n"
    _, asides = _records(make_case, paper)
    assert (asides[sentence[:16]] == "politicised") is politicised


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the plan Biden signed, homelessness among veterans fell by a staggering 50%.",
        "Biden, visiting a shelter in Ohio on Tuesday, met families who described massive rent rises.",
    ],
)
def test_a_loaded_word_not_said_of_the_politician_does_not_make_it_politics(make_case, sentence):
    paper = f"Count released\n\nMore than 650,000 people were homeless in January 2023.\n\n{sentence}\n"
    _, asides = _records(make_case, paper)
    assert asides[sentence[:16]] != "politicised"


def test_a_former_administration_official_is_politics_not_the_government_speaking(make_case):
    sentence = "Former Trump administration official Stephen Miller called the count a lie."
    paper = f"Count released\n\nMore than 650,000 people were homeless in January 2023.\n\n{sentence}\n"
    _, asides = _records(make_case, paper)
    assert asides[sentence[:16]] == "politicised"
