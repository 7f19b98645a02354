"""Politics named in ways the word list missed: the tenth review's invented stories (2026-12-06).

Two helpers who never saw the engine wrote 20 invented stories with two retellings each and a
label for every sentence (development material, no case). Of their 69 politicised sentences
the engine flagged 41 (one flag wrong). Most misses named a party by its short name ("the ANC",
"the Greens", "Dems"), a party role ("DA councillor", "Greens co-leader"), "the opposition"
reacting, a vote of no confidence, a junior minister ("Minister of State"), a government coming
to power ("within months of taking office") or a government's policy told as an attack. The
sentences here are invented in the same shapes; the traps beside them are not politics.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside

POLITICS = {
    "initials_of_a_party": "The outbreak comes after years of ANC mismanagement of the province's clinics.",
    "a_party_by_a_plural_name": "But don't expect the Liberals to tell you the whole story.",
    "a_party_nickname": "Dems on the House health subcommittee have demanded that Pierce testify.",
    "a_partys_councillor": "DA councillor Pieter Venter said the ruling was damning.",
    "a_partys_co_leader": "Greens co-leader Hana Waititi said the profits should not come at the expense of rivers.",
    "the_opposition_reacting": "The opposition said the figures showed the clinics had failed.",
    "a_vote_of_no_confidence": "He said his party would table a motion of no confidence in the mayor.",
    "a_junior_minister": "Minister of State for Digital Affairs Niamh Kelleher insisted that Ireland was tough.",
    "taking_office": "National scrapped many of those projects within months of taking office.",
    "a_policy_told_as_an_attack": "The administration has already threatened levies over digital services taxes.",
    # the eleventh review's stories (measured first, then these rows written: in-sample for them)
    "a_welsh_party": "Mabli Rowlands, the Plaid Cymru member for the county, said the government should pay.",
    "a_dutch_party": "A PVV spokesperson responded that migration was the reason for the shortage.",
    "a_scottish_member": "The local MSP said the figures were a scandal.",
    "opposition_leaders": "Opposition leaders accused the administration of using the tax to plug holes in the budget.",
    "a_council_leader": "Council leader Martin Fell said he was deeply sorry.",
    "lawmakers_voting": "The price rise comes weeks after lawmakers passed the Finance Bill.",
}

NOT_POLITICS = {
    "salad_greens": "Shoppers bought more salad greens than a year earlier.",
    "a_district_attorney": "The DA's office said it would not appeal the ruling.",
    "the_national_grid": "The National Grid said supply was secure.",
    "opposition_to_a_plan": "Residents voiced strong opposition to the plan at the meeting.",
    "a_chief_executive_taking_office": "The bank's new chief executive took the helm in March.",
    "a_student_council": "The student council voted to extend library hours.",
    "multiple_sclerosis": "People with MS in Wales will be offered the drug from next year.",
}


@pytest.mark.parametrize("name", POLITICS)
def test_a_party_or_a_politician_named_in_a_short_way_is_politics(name):
    aside = classify_aside(POLITICS[name])
    assert aside.label == "politicised", aside.reason


@pytest.mark.parametrize("name", NOT_POLITICS)
def test_the_same_words_in_another_sense_are_no_politics(name):
    assert classify_aside(NOT_POLITICS[name]).label != "politicised"
