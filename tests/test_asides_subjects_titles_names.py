"""Politics from politics, not from a subject, a place or a namesake (issue 15, point 3).

Two fresh-eyes reviews on 2026-12-06 (224 invented retellings, half of their added sentences traps for a
word-spotter; then 445 pairs aimed at breaking the first review's fixes) found wrong `politicised` flags on a subject ("Abortion clinics have reported longer waiting
lists"), a central bank's governor named with the bank before the title, and places named for a
parliament; and missed politics in "Scotland's First Minister, Humza Yousaf, …", "Brexit", "all three main
parties", "standing for mayor" and the names of heads of government. Development material; the sentences
here are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside

NOT_POLITICS = {
    "a_clinic_s_waiting_list": "Abortion clinics have reported longer waiting lists since the service moved online.",
    "a_gun_safety_class": "A gun control group, Moms Demand Action, runs free gun-safety classes.",
    "a_law_s_content": "The Second Amendment protects the right to keep and bear arms.",
    "a_central_bank_governor": "Bank of England Governor Andrew Bailey has said it is too early to cut rates.",
    "a_reserve_bank_governor": "Reserve Bank of Australia Governor Michele Bullock said inflation was too high.",
    "a_deputy_governor": "The Bank of England's Deputy Governor Ben Broadbent said the fall would continue.",
    "a_square": "Shoppers at a market near Parliament Square said they had noticed.",
    "a_youth_forum": "The Youth Parliament, a forum for 11 to 18-year-olds, discussed school lunches.",
    "a_doctor_namesake": "Dr Kamala Harris, a paediatrician in Leeds, said parents were confused.",
    "a_church_s_children_s_minister": "The children's minister at St Mary's church ran the holiday club.",
    "a_professor_namesake": "Professor David Cameron, an oncologist in Edinburgh, said the figures were worrying.",
    "a_namesake_with_a_first_name": "Car makers were hit hardest, said Professor Hans Scholz of the University of Mannheim.",
    "a_common_surname": "Anna Scholz, an economist at the Ifo Institute, said the outlook was weak.",
    "an_airport_named_for_a_prime_minister": "Flights from Pierre Elliott Trudeau International Airport rose.",
    "a_central_bank_s_president": "ECB President Christine Lagarde said inflation would ease in 2024.",
    "brexit_as_a_date": "Exports to the EU remain below their level before Brexit.",
    "the_parties_to_a_contract": "The main parties to the contract, the council and Ardmore Ltd, have 28 days to respond.",
    "the_parties_in_a_dispute": "The main parties in the dispute are expected to return to mediation.",
    "an_ordained_minister": "She was the first minister to be ordained in the parish.",
    "a_professional_body_s_election": "She is standing for president of the Royal Statistical Society in 2024.",
    "a_students_union_referendum": "Students at one London university held a referendum on whether to cap admissions.",
    "a_council_tax_rule": "Council tax can rise by 5.99% without a referendum.",
    "a_poll_s_voters": "Six in ten voters back a higher motorway speed limit, the poll found.",
    "the_hill_in_hampstead": "Crowds gathered at Parliament Hill on Hampstead Heath to watch the fireworks.",
}

POLITICS = {
    "a_first_minister_named_after_a_comma": "Scotland's First Minister, Humza Yousaf, called the figures a shame.",
    "a_first_minister_unnamed": "The Welsh First Minister said drug policy should be devolved.",
    "an_attorney_general": "Attorney General Victoria Prentis said the law would not change.",
    "a_minister_with_a_portfolio_in_lower_case": "Policing minister Chris Philp said the law would not change.",
    "brexit": "Leave campaigners had promised that Brexit would free up money for the NHS.",
    "brexiteers": "Brexiteers had promised tighter borders.",
    "the_main_parties": "Councils controlled by all three main parties have warned they face bankruptcy.",
    "a_candidate": "Susan Hall, who is standing for mayor in May, said crime was out of control.",
    "a_former_prime_minister_s_name": "Homeowners are still paying for Liz Truss's mini-budget.",
    "a_governor_of_a_state": "Texas Governor Greg Abbott blamed the White House for the rise.",
    "a_country_s_president_in_a_race": "He is running for president in November.",
    "brexit_campaigners": "Brexit campaigners had promised that trade would boom.",
    "the_main_parties_at_westminster": "The main parties at Westminster have both promised to review the rules.",
    "canada_s_parliament_hill": "A bill to cap airport fees is expected to face resistance on Parliament Hill.",
    "a_german_chancellor": "Dr Angela Merkel, the former German chancellor, warned against complacency.",
    "a_country_s_president_in_a_central_bank_story": "President Joe Biden said inflation would ease.",
    "abortion_with_a_party": "Republicans in the state senate voted to ban abortion after six weeks.",
}


@pytest.mark.parametrize("name", NOT_POLITICS)
def test_a_subject_a_place_an_official_or_a_namesake_is_not_politics(name):
    aside = classify_aside(NOT_POLITICS[name])
    assert aside.label != "politicised", aside.reason


@pytest.mark.parametrize("name", POLITICS)
def test_politicians_parties_and_elections_are_politics(name):
    aside = classify_aside(POLITICS[name])
    assert aside.label == "politicised", aside.reason
