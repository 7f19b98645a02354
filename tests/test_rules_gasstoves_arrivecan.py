"""Rules written on the gasstoves-2022-12 and arrivecan-2024-02 development cases (issue 15), with invented texts.

A study's abstract (a population attributable fraction, a list of states with their shares)
and an auditor's release (a government named for its leader, a party's leader, an auditor
speaking of parliamentarians) showed: a share is put down to something in many words
("attributable to", "responsible for", "account for"), none of which says what is counted;
a bracket after a figure ("12.7% (95% CI = 6.3–19.3%) of …") hides its "of"; each figure of a
list is its own place's; "the Trudeau government" names a politician, as "Conservative Leader
Pierre Poilievre" and "DOE Secretary Jennifer Granholm" do; "parliamentarians" alone is not
politics; and a retelling that gives the primary's own minister a fuller title adds none.
"""

from __future__ import annotations

import pytest

from newslit.analysis.figures.quantity import sentence_quantities
from newslit.analysis.framing.asides import classify_aside, classify_insertion, party_names
from newslit.text.numbers import find_figures

ABSTRACT = (  # the state list after three sentences, as in the abstract: the first three say what it is about
    "The population-level implications of gas cooking are largely unrecognized. We quantified the population"
    " attributable fraction for gas stove use and current childhood asthma."
    " We found that 12.7% (95% CI = 6.3–19.3%) of current childhood asthma in the US is attributable to gas stove use."
    " The proportion varied by state (Illinois = 21.1%; California = 20.1%; New York = 18.8%)."
)


@pytest.mark.parametrize(
    "paper",
    [
        "The study finds that gas stove use is responsible for 12.7 percent of childhood asthma cases nationwide.",
        "The study states that gas stoves account for 12.7 percent of childhood asthma cases.",
        "“If we got rid of gas stoves we would prevent 12.7% of childhood asthma cases,” she said.",
    ],
)
def test_a_share_put_down_to_something_in_other_words_is_the_same_share(make_case, paper):
    from conftest import paper_figures

    found = paper_figures(make_case, ABSTRACT, paper, outlet="The Study", published="2022-12-21")
    (record,) = [r for text, r in found.items() if text.startswith("12.7")]
    assert record["verdict"] == "match"


def test_a_bracket_after_a_figure_does_not_hide_what_it_is_a_share_of():
    text = ABSTRACT.split(" The proportion")[0].split("asthma. ")[1]
    figures = find_figures(text)
    (share, *_) = sentence_quantities(text, figures, primary=True)
    assert {"asthma", "childhood"} <= share.what and {"gas", "stov"} <= share.part


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "The highest rates were in Illinois (21%), California (20%) and New York (18%).",
            ["Illinois", "California", "New York"],
        ),
        ("It varied across the states, from 21.1% in Illinois to 13.5% in Pennsylvania.", ["Illinois", "Pennsylvania"]),
    ],
)
def test_each_figure_of_a_list_is_its_own_places(text, places):
    figures = find_figures(text)
    found = [sorted(q.places) for q in sentence_quantities(text, figures)]
    assert found == [[p] for p in places]


@pytest.mark.parametrize(
    "sentence",
    [
        "A report from the Auditor General has slammed the Justin Trudeau government for glaring disregard.",
        "The auditor released a worrying report on the Trudeau government's ArriveCAN app.",
        "Conservative Leader Pierre Poilievre is calling the development process corrupt.",
        "“We can and must FIX this,” DOE Secretary Jennifer Granholm tweeted Wednesday.",
    ],
)
def test_a_politician_named_by_a_government_a_party_or_a_department_is_politics(sentence):
    assert classify_aside(sentence).label == "politicised"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Canadian government said it would review the contracts.",
        "The federal government paid the contractors.",
        "The Ontario government announced a review.",
        "The California government said it had no data.",
    ],
)
def test_a_government_named_for_its_place_or_level_names_no_politician(sentence):
    assert not any(m.term.term == "a government named for its leader" for m in party_names(sentence))


def test_an_auditor_speaking_of_parliamentarians_is_not_politics_by_itself():
    sentence = "“Many questions that parliamentarians and Canadians are asking cannot be answered,” the auditor said."
    assert classify_aside(sentence).label != "politicised"


def test_a_government_named_for_its_leader_slipped_into_a_retold_sentence_is_an_aside():
    primary = "The Office of the Auditor General found a glaring disregard for basic management practices."
    retold = "A report from the Auditor General has slammed the Justin Trudeau government for glaring disregard."
    aside = classify_insertion(retold, primary)
    assert aside is not None and aside.label == "politicised"


def test_the_primarys_own_minister_with_a_fuller_title_adds_no_politics():
    primary = "“Homelessness is solvable,” said Secretary Marcia L. Fudge."
    retold = "“Homelessness is solvable,” HUD Secretary Marcia Fudge said in a statement."
    assert classify_insertion(retold, primary) is None


def test_a_range_from_one_place_to_another_is_no_earlier_value():
    text = "The share varied across the states, from 21.1% in Illinois to 13.5% in Pennsylvania."
    figures = find_figures(text)
    assert [q.baseline for q in sentence_quantities(text, figures)] == [False, False]


def test_who_found_it_is_not_what_a_figure_counts(make_case):
    from conftest import paper_figures

    paper = (
        "Researchers found that the highest rates of this proportion could be seen in Illinois (21%), California (20%)"
        " and New York (18%)."
    )
    found = paper_figures(make_case, ABSTRACT, paper, outlet="The Study", published="2022-12-21")
    # Illinois's 21% is Illinois's 21.1%, not California's 20.1% (which it is also within a unit of)
    assert (found["21%"]["verdict"], found["21%"]["primary_text"]) == ("rounded", "21.1%")
    assert (found["20%"]["verdict"], found["20%"]["primary_text"]) == ("rounded", "20.1%")


def test_an_adverb_of_place_is_not_what_a_share_is_of(make_case):
    from conftest import paper_figures

    paper = "“Nationally, over 12% of childhood asthma can be attributable to gas stove pollution.”"
    found = paper_figures(make_case, ABSTRACT, paper, outlet="The Study", published="2022-12-21")
    assert found["over 12%"]["verdict"] == "rounded"
