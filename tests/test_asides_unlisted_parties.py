"""Politics from a country whose parties are in no word list (issue 15, point 3).

The word list names the parties of the countries the development cases come from. A story from
elsewhere still names its parties in ways any reader knows: "political parties", a government
named by a party's initials ("the ANC government"), initials before a leader's name ("DA leader
Mmusi Maimane"), a leader who "came to power", a "National Assembly". Written from the
validation case unemployment-2019-07's errors after its one measurement (in-sample for it);
the sentences here are invented. A country's or a known body's initials are no party.

The tenth and eleventh reviews (2026-12-06, night) added more: invented stories by helpers
who never saw the engine, with a label for every sentence. Parties by a short name ("the ANC",
"the Greens", "Dems"), a party role ("DA councillor"), "the opposition" reacting, a vote of no
confidence, "Minister of State", "took office", a government's policy told as an attack; then,
after the eleventh review was measured (in-sample for those), Plaid Cymru, the PVV, "MSP",
"opposition leaders", "council leader" and lawmakers voting; after the twelfth (2026-12-07), Japan's
chief cabinet secretary, a presidential spokesman, a local MP, a party's officer, Nigeria's and Kenya's
parties by initials and a minister's office; after the thirteenth, portfolio spokespeople and more
portfolio ministers, Stormont, Malacañang, a council member, a ruling coalition, opposition senators, a
party-led city government, a party acting; after the fourteenth, Kenya's portfolio cabinet secretaries, a
"Minister for" a portfolio, a ruling alliance and Zambia's parties. The traps beside them are other senses of
the same words. After the seventeenth, eighteenth and nineteenth reviews (2026-12-07, third session; each measured
first): the main parties of some sixty countries from general knowledge, a minority spokesperson, a bill signed into
law, a premier's or a governor's office, a coalition government, Nigeria's Presidency, the Senate, going to the polls.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside, classify_insertion, load_topics, primary_topics

POLITICS = {
    "a_government_named_by_party_initials": "The figures show that the XYZ government has no plan for jobs.",
    "a_government_led_by_party_initials": "The XYZ-led government cut the budget last year.",
    "initials_before_a_leaders_name": "XYZ leader Ana Tembo said the figures were a disgrace.",
    "political_parties_unnamed": "Economists and political parties described the figures as a disaster.",
    "a_leader_who_came_to_power": "Tembo, who came to power last year, promised to create jobs.",
    "a_national_assembly": "She wrote to the Speaker of the National Assembly to call for a debate.",
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
    # the twelfth review's stories (measured first, then these rows written: in-sample for them)
    "japans_government_spokesperson": "The chief cabinet secretary told reporters the government would study it.",
    "a_presidents_spokesman": "A presidential spokesman said the figures showed the reforms were working.",
    "a_places_member_of_parliament": "The museum's local MP has called on the state to restore the grant.",
    "a_partys_officer": "The party's state chief said heat plans drawn up after 2019 had been left on paper.",
    "a_nigerian_party": "The PDP dismissed that claim, saying the rebasing was statistical magic.",
    "a_ministers_office_not_answering": "The Arts Minister's office did not respond to questions about the grant.",
    # the thirteenth review's stories (measured first, then these rows written: in-sample for them)
    "a_portfolio_spokesperson": "Scottish Conservative rural affairs spokesperson Fiona Grant said it was damning.",
    "a_portfolio_minister": "The Electricity Minister has said he expects the country to remain free of cuts.",
    "stormont": "Stormont ministers have been sitting on a review of parking charges since 2023.",
    "the_philippine_palace": "Malacañang said on Friday that road safety would be a priority.",
    "a_council_member": "City Council member Dana Whitfield said she would ask the department to appear.",
    "a_ruling_coalition": "The ruling coalition and the opposition have clashed over who is to blame.",
    "opposition_senators": "Opposition senators have called for a hearing on the rise in motorcycle deaths.",
    "a_party_by_its_initials_leading_a_city": "The fare rise is the latest decision by the PP-led city government.",
    "a_patriotic_party": "The New Patriotic Party said the figures proved it had left the economy in good shape.",
    "a_politicians_party_acting": "He said his party would push for four new stations in next year's budget.",
    "a_named_legislator": "Legislator Rodrigo Salinas said the south had been abandoned.",
    # the fourteenth review's stories (measured first, then these rows written: in-sample for them)
    "a_kenyan_cabinet_secretary": "Health Cabinet Secretary Joseph Kariuki blamed county governments for the gaps.",
    "a_minister_for_a_portfolio": "The Minister for Sport and Recreation did not respond to a request for comment.",
    "a_ruling_alliance": "He accused the ruling alliance of diverting the funds to road projects.",
    "a_zambian_party": "Opposition Patriotic Front officials said the increase broke a promise.",
    # the fifteenth review's stories (measured first, then these written: in-sample for them)
    "a_mayor_in_lower_case_after_a_name": "Ana Ortiz, the PAN mayor of Coyoacán, said every swing had been repaired.",
    "a_deputy_mayor_with_a_portfolio": "The city's deputy mayor for transport, Marc Duval, rejected the criticism.",
    "a_local_mp_after_a_name": "Jo Hale, the local MP, said the closures were a scandal.",
    "a_state_governor_unnamed": "The state governor has promised to hand out seed before the rains.",
    "a_county_governor_unnamed": "The county governor blamed the shortage on illegal connections.",
    "a_county_assembly": "Members of the county assembly accused him of failing to fix the pipes.",
    "a_state_senate": "The state Senate's finance committee will hear a bill on refunds next month.",
    "a_congressional_committee": "The Ways and Means Committee has scheduled a hearing on the backlog for May.",
    "a_quebec_party": "The Parti Québécois has promised Sunday opening in every town if it wins.",
    "a_mexican_party": "Morena has run the city since 2018 and must answer for this.",
    "an_argentine_movement": "Auditors found fresh evidence of how the last Peronist government let subsidies flow.",
    # the sixteenth review's stories (measured first on the session's rules, then these written: in-sample for them)
    "a_minister_of_a_portfolio": "The Minister of Power defended the new tariff on Sunday.",
    "a_railway_minister": "The Railway Minister is due to answer questions on track safety next week.",
    "a_cabinet_secretary_for_a_portfolio": "A spokesperson said the Cabinet Secretary for Education had made it a priority.",
    "a_french_party": "Les Républicains deputy Anne Marchal said allowances had been cut too far.",
    "the_french_presidency": "The Élysée did not respond to a request for comment on the figures.",
    "indias_upper_house": "The minister will answer questions in the Rajya Sabha next week.",
    "us_senators": "Both of the state's US senators have backed the project.",
    "a_mayor_with_a_party": "Lisbon's Socialist mayor has vowed to cap holiday lets by 2028.",
    "a_lower_house": "A House of Representatives committee has summoned the companies to a hearing.",
    # the seventeenth review's misses, answered by the main parties of some sixty countries from general knowledge
    # (measured first, then these rows written: in-sample for them)
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
    "voters_casting_ballots": "Voters cast their ballots on Thursday in the state election.",
    # the twenty-first review (2026-12-07, fourth session; measured first, in-sample for these)
    "a_premier_by_name": "Premier Colleen Daignault told reporters the drop showed her investments were working.",
    "the_senedd": "The Senedd is due to debate the rules again in June.",
    "a_chief_minister": "The Sindh Chief Minister chaired an emergency meeting on Tuesday.",
    # the twenty-second review (measured first; in-sample for these)
    "a_house_speaker": "House Speaker Grant Hollis said the trade policy was bringing jobs home.",
    "polands_sejm": "The findings arrived in the middle of a row in the Sejm over climate funding.",
}

NOT_POLITICS = {
    "a_countrys_government": "The US government said the data were sound.",
    "a_health_service_leader": "NHS leader Amanda Pritchard said waiting lists fell.",
    "a_company_leader": "The firm's leader Ana Tembo said sales rose.",
    "salad_greens": "Shoppers bought more salad greens than a year earlier.",
    "a_district_attorney": "The DA's office said it would not appeal the ruling.",
    "the_national_grid": "The National Grid said supply was secure.",
    "opposition_to_a_plan": "Residents voiced strong opposition to the plan at the meeting.",
    "a_chief_executive_taking_office": "The bank's new chief executive took the helm in March.",
    "a_student_council": "The student council voted to extend library hours.",
    "multiple_sclerosis": "People with MS in Wales will be offered the drug from next year.",
    "a_party_of_guests": "The party's host said the guests stayed until midnight.",
    "a_companys_office_not_answering": "The company's office did not respond to questions about the recall.",
    "a_club_presidents_office": "The chess club's president said the office would open on Monday.",
    "a_states_government_schools": "Attendance in Karnataka's government schools climbed to 86.4% in 2024-25.",
    "a_firms_communications_spokesperson": "A communications spokesperson for the bank said the app was fixed.",
    "her_birthday_party": "Her party will be held on Saturday at the community hall.",
    "the_uk_cabinet_secretary": "The Cabinet Secretary, the country's most senior civil servant, gave evidence.",
    "a_commissioner_for_children": "The Commissioner for Children said the figures were worrying.",
    "a_university_president_in_lower_case": "Ana Ortiz, the president of the university, said fees would rise.",
    "a_central_bank_governor_in_lower_case": "The governor of the central bank said rates would stay at 5%.",
    "a_mayor_without_a_name": "The mayor's office said 300 homes had been flooded.",
    # a court's finding, not a party's charge: "the government's failure" as a row was tried and dropped (two wrong
    # flags on the validation case echr-climate-2024-04)
    "a_courts_finding_of_failure": "The court found that the government's failure to act breached the convention.",
    "a_church_minister": "Sam Ode, Minister of the Ashby Baptist Church, said the hall would reopen.",
    "the_uk_cabinet_secretary_named": "Cabinet Secretary Simon Case gave evidence to the committee.",
    # the twentieth review's wrong flags (measured first, out-of-sample; in-sample for these rows and words)
    "an_agencys_administration": "The Therapeutic Goods Administration said it had seized large numbers of vapes.",
    "a_unions_members_balloted": "SIPTU organiser Niamh Brennan said members would be balloted on the proposals.",
    "a_union_balloting_its_members": "SIPTU will ballot its members on the recommendation.",
    "a_strike_ballot": "The union will hold a strike ballot next month.",
    # a party's initials that are also a word or other initials (the rows heed capitals, see test_lexicon_capitals.py)
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
    "a_clubs_board_election": "Kirkcaldy Rovers, whose board election in December was won by a doctor, offered its ground.",
    "a_football_federations_election": (
        "Preparations were complicated by the contested election of a new Football Kenya Federation president."
    ),
    "the_premier_league": "Premier League clubs said ticket sales rose.",
    "holyrood_park": "Runners gathered in Holyrood Park on Sunday.",
}


@pytest.mark.parametrize("name", POLITICS)
def test_a_party_or_politician_of_an_unlisted_country_is_politics(name):
    aside = classify_aside(POLITICS[name])
    assert aside.label == "politicised", aside.reason


@pytest.mark.parametrize("name", NOT_POLITICS)
def test_a_countrys_or_a_bodys_initials_are_no_party(name):
    assert classify_aside(NOT_POLITICS[name]).label != "politicised"


POLL_BY_PARTY = [
    "Americans' confidence in colleges fell to 36%, the poll found.",
    "Republicans' confidence in colleges fell to 19%.",
    "Democrats' confidence in colleges fell to 59%.",
    "Republicans were the most likely to say colleges push a political agenda.",
]


def test_political_parties_in_a_poll_given_by_party_are_its_subject_not_politics():
    topics = load_topics()
    ignored = primary_topics(POLL_BY_PARTY, topics)
    added = "Confidence in colleges has decreased across all political parties, a new poll found."
    retold = "Confidence in colleges has fallen to 36% across all political parties, the poll found."
    assert classify_aside(added, topics=topics, primary_topic_terms=ignored).label != "politicised"
    assert classify_insertion(retold, POLL_BY_PARTY[0], topics=topics, primary_topic_terms=ignored) is None


RELEASE_QUOTING_A_MINISTER = [
    "The damage is estimated at $486 billion.",
    "“We are grateful to our partners for this work,” said Prime Minister of Northland Denys Shmyhal.",
]


@pytest.mark.parametrize(
    "retold",
    [
        "Northland's Prime Minister Denys Shmygal said on Thursday that the partners should pay.",
        "“This analysis lets us set priorities,” commented Prime Minister Denys Chmygal.",
    ],
)
def test_the_primarys_own_politician_speaking_again_brings_in_no_politics(retold):
    from newslit.analysis.framing.asides import primary_politicians

    politicians = primary_politicians(RELEASE_QUOTING_A_MINISTER)
    assert classify_aside(retold, politicians=politicians).label != "politicised"


@pytest.mark.parametrize(
    "retold",
    [
        "Britain's Prime Minister Rishi Sunak said the partners should pay.",  # another politician
        "The damage grew as Prime Minister Denys Shmyhal invited investors in.",  # not speaking: a claim about him
    ],
)
def test_another_politician_or_a_claim_about_the_primarys_is_still_politics(retold):
    from newslit.analysis.framing.asides import primary_politicians

    politicians = primary_politicians(RELEASE_QUOTING_A_MINISTER)
    assert classify_aside(retold, politicians=politicians).label == "politicised"


COURT_RELEASE = [
    "In a judgment pronounced today, the court held that the Budget Act is void.",
    "The applicants – 197 members of the Bundestag’s CDU/CSU parliamentary group – challenge the Act.",
]


def test_a_parliament_the_primary_names_itself_is_no_politics_brought_in():
    from newslit.analysis.framing.asides import names_a_parliament

    added = "But on Thursday, the parliament said it was postponing the vote by at least a week."
    assert names_a_parliament(COURT_RELEASE)
    assert classify_aside(added, parliament=False).label == "politicised"  # a parliament the primary never names
    assert classify_aside(added, parliament=True).label != "politicised"


def test_the_government_is_not_the_parliament_the_primary_names():
    added = "Chancellor Olaf Scholz said the government would revise its plans."
    assert classify_aside(added, parliament=True).label == "politicised"


@pytest.mark.parametrize(
    "primary",
    [
        "The White House today announced new rules for gas stoves.",
        "Downing Street said the plan would start in April.",
    ],
)
def test_a_primary_that_names_only_a_government_names_no_parliament(primary):
    from newslit.analysis.framing.asides import names_a_parliament

    # a government's release: "lawmakers" in a retelling are still politics it brings in
    assert not names_a_parliament([primary])


def test_a_party_spelt_out_before_the_initials_the_primary_uses_is_the_primarys_own():
    retold = (
        "The court upheld a lawsuit by 197 Christian Democratic Union/Christian Social Union (CDU/CSU) lawmakers "
        "against the Budget Act."
    )
    assert classify_insertion(retold, COURT_RELEASE[1], parliament=True) is None


# name -> (sentence, does it bring in politics?): a minister with a portfolio is a politician in capitals or not;
# "PM" before a number is fine particles, not a prime minister
TITLES_OR_NOT = {
    "portfolio_minister_in_lower_case": ("Health minister Ana Tembo said the money was needed.", True),
    "portfolio_minister_without_a_name": ("The finance minister said the plan would change.", True),
    "a_church_minister": ("The church minister led the service.", False),
    "pm_2_5_fine_particles": ("Over 1.4 billion people breathed poor air with PM 2.5 levels.", False),
    "pm10_fine_particles": ("PM10 levels rose in the city.", False),
    "the_pm": ("The PM said the levels would fall.", True),
}


@pytest.mark.parametrize("name", TITLES_OR_NOT)
def test_a_title_is_a_politicians_only_where_it_names_one(name):
    sentence, politics = TITLES_OR_NOT[name]
    assert (classify_aside(sentence).label == "politicised") is politics
