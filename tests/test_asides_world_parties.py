"""Parties and offices of many countries, and the word-list terms that heed capitals (issue 15, point 3).

The seventeenth review (2026-12-07) missed parties no list named: Greece's PASOK, Taiwan's KMT,
Bangladesh's BNP, Austria's SPÖ and FPÖ, Morocco's PJD, Sri Lanka's National People's Power, Kerala's
UDF. Rather than add those five, the word list now names the main parties of some sixty countries, from
general knowledge, each with what it is (``src/newslit/data/aside_topics.csv``, "a political party").
Rows written after the seventeenth review was measured: in-sample for it; the eighteenth review's rows (a
coalition government, Nigeria's Presidency, the Senate, the Commission President, a state's Premier, and "Labor"
ending a ministry's name as no party) likewise.

Many parties go by initials that are also words or other initials ("PAN", a tax number in India; "BNP
Paribas", a bank; "pasok" is no word, but "New Democracy" is also "a new democracy"). Such a row heeds
capitals: ``re:(?-i:PASOK)``. The sentences here are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside
from newslit.text.lexicon import Lexicon, Term

PARTIES = {
    "greek_centre_left": "PASOK accused the government of ignoring the strain on island workers.",
    "greek_centre_right": "New Democracy won the last election with a large majority.",
    "taiwan_kmt": "KMT legislators countered that the boom was confined to a handful of chipmakers.",
    "bangladesh_bnp": "BNP standing committee member Rafiq Haque said confidence had returned.",
    "austrian_party_in_brackets": "The FPÖ's city branch accused the council of wasting money.",
    "moroccan_party": "PJD deputy Amina Lahlou said rural jobs had been lost.",
    "sri_lankan_government": "The National People's Power government has claimed credit for falling prices.",
    "kerala_front": "UDF convener Thomas Kuriakose alleged that supporters had been left off the list.",
    "south_africa_anc": "The ANC said the figures showed its plan was working.",
    "indian_congress_leader": "Congress leader Priya Nair called the figures a betrayal.",
    "nigerian_apc": "APC chieftain Musa Bello said the results vindicated the reforms.",
    "mexican_pan": "The PAN has promised to reverse the cuts if it wins the capital.",
    "canadian_ndp": "The NDP said the province had ignored the warnings for years.",
    "a_minority_spokesperson": "The minority spokesperson on health said the clinics had been abandoned.",
    "a_senate_majority_leader": "The Senate majority leader said a vote would come next week.",
    "a_bill_signed_into_law": "The results come weeks after the Governor signed a voucher program into law.",
    "a_premiers_office": "The premier's office said the province would compensate families.",
    # the eighteenth review (measured first, out-of-sample; these rows written after: in-sample for them)
    "a_coalition_government": "The findings land as the coalition government prepares to review the standards.",
    "a_governing_coalition": "ACT, a partner in the governing coalition, has long argued the rules are too strict.",
    "nigerias_presidency": "A Presidency spokesperson rejected the claim, saying the reforms were working.",
    "an_upper_house": "Fiscal pressures remain, with the Senate yet to pass the supplementary budget.",
    "the_eus_commission_president": "The Commission President promised last year that housing would be a priority.",
    "a_states_premier": "In Sydney, the NSW Premier said the state would extend its own rebate.",
    # the nineteenth review (measured first, out-of-sample; these rows written after: in-sample for them)
    "going_to_the_polls": "Uganda goes to the polls in January, and opposition figures have seized on the outbreak.",
    "a_presidents_austerity": "The President hailed the figures as proof that his austerity programme was working.",
    "an_argentine_alliance": "Unión por la Patria deputy Mariela Sosa said the figures hide the real cost of living.",
    "a_governors_office": "The governor's office said officials were in contact with the company.",
    "a_government_of_national_unity": "The ruling comes as the Government of National Unity drafts amendments.",
}

NOT_PARTIES = {
    "a_tax_card_in_india": "Applicants must link their PAN card to the account by March.",
    "a_frying_pan": "A pan of water left on the stove started the fire.",
    "a_bank": "BNP Paribas said the loan book grew by 4%.",
    "a_young_democracy": "The island, a new democracy, held its census in 2022.",
    "a_rally_in_lower_case": "Hundreds joined a national rally of nurses in the park.",
    "armoured_vehicles": "The APC vehicles were parked outside the stadium.",
    "a_premier_league_club": "The Premier League club's office said tickets had sold out.",
    "a_coalition_of_charities": "A coalition of charities said the rules were too weak.",
    "a_university_senate": "The university senate approved the new fees.",
    "a_ministry_of_labor": "The Ministry of Employment and Labor requires employers to give outdoor workers a break.",
    "a_premier_supplier": "The firm is a premier supplier of heat pumps.",
    "a_firms_austerity": "Austerity measures at the firm hit its staff.",
    "a_central_bank_governors_office": "The central bank governor's office declined to comment.",
}


@pytest.mark.parametrize("name", PARTIES)
def test_a_countrys_party_or_office_is_politics(name):
    aside = classify_aside(PARTIES[name])
    assert aside.label == "politicised", aside.reason


@pytest.mark.parametrize("name", NOT_PARTIES)
def test_the_same_letters_in_another_sense_are_no_party(name):
    assert classify_aside(NOT_PARTIES[name]).label != "politicised"


def test_a_term_that_heeds_capitals_finds_only_the_capitals_and_the_longer_match_wins():
    lexicon = Lexicon(
        [
            Term("re:(?-i:PAN)", "politicised", {}),
            Term("pan card", "ignore", {}),
            Term("congress*", "politicised", {}),
            Term("re:(?-i:Congress) (?i:leader)", "politicised", {"group": "a party"}),
        ]
    )
    found = [(m.matched, m.kind) for m in lexicon.find("The PAN checked a pan and a PAN card.")]
    assert found == [("PAN", "politicised"), ("PAN card", "ignore")]
    led = lexicon.find("Congress leader Priya Nair spoke to the congress of nurses.")
    assert [(m.matched, m.term.get("group")) for m in led] == [("Congress leader", "a party"), ("congress", "")]


def test_a_term_that_heeds_capitals_is_found_in_a_text_whose_lower_case_moves_offsets():
    # "İ" lower-cases to two characters: the whole text is then scanned as written, by one pattern
    lexicon = Lexicon([Term("re:(?-i:PASOK)", "politicised", {})])
    assert [m.matched for m in lexicon.find("İstanbul: PASOK said pasok is no word.")] == ["PASOK"]
