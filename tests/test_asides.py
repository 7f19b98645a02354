"""What an added sentence does: politicised, advocacy, editorial or context, with its reason.

Invented sentences first (the rules are general), then the seed sentences the lesson is
built on.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside, classify_insertion, load_topics, own_voice, primary_topics
from newslit.text.lexicon import TermListError

# sentence -> (label, words the reason must quote, is it a guess?)
ADDED = {
    "elections": ("The ruling comes as voters prepare for a bitter election.", "politicised", ["voters"], False),
    "a partisan fight over a policy": (
        "Democrats and Republicans had fought over vaccine mandates.",
        "politicised",
        ["Democrats", "vaccine mandates"],
        False,
    ),
    "a disease is a subject, not politics": (  # a weak word alone: context, and the reason says it is a guess
        "Experts cited the pandemic and the supply of fentanyl.",
        "context",
        ["pandemic"],
        True,
    ),
    "a politician's title and name": (
        "Governor Hale promised more money for buses.",
        "politicised",
        ["Governor"],
        False,
    ),
    "a title alone is not a politician": ("The president of the chess club resigned on Monday.", "context", [], True),
    "censorship": ("Critics accuse the site of censoring conservatives.", "politicised", ["censoring"], False),
    # deficit-2024-10's errors (in-sample): "non-partisan" was read as "partisan"
    "non-partisan is no side": (
        "The non-partisan budget office estimated that outlays totaled $6.75 trillion.",
        "context",
        [],
        True,
    ),
    "party": ("Republicans in the state senate have blocked the bill.", "politicised", ["Republicans"], False),
    "a name": ("Donald Trump once praised the club on television.", "politicised", ["Trump"], True),
    "weak words together": (
        "The decision fuels the debate about free expression and moderation online.",
        "politicised",
        ["debate"],
        True,
    ),
    "promotion": (
        "Fortunately, a local charity runs a helpline for worried parents.",
        "advocacy",
        ["charity", "helpline"],
        False,
    ),
    "an organisation's good work": (
        "The foundation is committed to safer streets and helps victims of crime.",
        "advocacy",
        ["committed to"],
        False,
    ),
    "judgement": ("The council should be ashamed of this decision.", "editorial", ["should"], False),
    "verdict": ("Despite the promises, this is not enough.", "editorial", ["not enough"], False),
    "background with a date": (
        "In March 2021, the company was fined for a similar leak.",
        "context",
        ["March 2021"],
        False,
    ),
    "background from another outlet": (
        "The firm has long faced criticism over its safety record.",
        "context",
        ["has long"],
        False,
    ),
    "no signal at all": ("The app has two million users in Spain.", "context", [], True),
}


@pytest.mark.parametrize("name", ADDED)
def test_an_added_sentence_gets_its_label_and_a_readable_reason(name):
    text, label, words, guess = ADDED[name]
    aside = classify_aside(text)
    assert aside.label == label
    assert aside.guess is guess
    for word in words:
        assert f'"{word}"' in aside.reason
    if guess:
        assert "guess" in aside.reason


def test_a_judgement_credited_to_someone_is_not_the_outlets_own():
    aside = classify_aside("The mayor said the plan should be scrapped.")
    assert aside.label == "context"


def test_judgement_words_inside_a_quotation_do_not_count():
    aside = classify_aside("“We should act now,” the minister said.")
    assert aside.label != "editorial"


def test_an_aside_names_its_other_signals():
    aside = classify_aside(
        "It should be easy for the government to act if it cared as much about children as about censoring opinions."
    )
    assert aside.label == "politicised"
    assert "editorial" in aside.reason and "editorial" in aside.signals


def test_the_primarys_own_topic_does_not_make_a_retelling_political():
    primary = [
        "The election commission published the results on Monday.",
        "Turnout in the election rose to 71%.",
        "Officials said the election ran smoothly.",
    ]
    about = primary_topics(primary)
    assert "election*" in about
    aside = classify_aside("The election was the first to use electronic counting.", primary_topic_terms=about)
    assert aside.label == "context"
    assert "primary itself is about it" in aside.reason


def test_a_passing_mention_in_the_primary_does_not_make_a_topic():
    primary = ["A long report on road safety.", "It mentions the election once."] + ["Cars were tested."] * 50
    assert primary_topics(primary) == {}


def test_a_retold_sentence_that_slips_in_politics_is_flagged():
    primary = "The company removed accounts linked to the Jan. 6 Capitol riot."
    retold = "The company removed accounts linked to the alleged “insurrection” of January 6."
    aside = classify_insertion(retold, primary)
    assert aside is not None and aside.label == "politicised"
    assert '"insurrection"' in aside.reason and '"January 6"' not in aside.reason


def test_a_faithful_retelling_is_not_an_aside():
    primary = "The company removed accounts linked to the Jan. 6 Capitol riot."
    assert classify_insertion("Accounts linked to the Jan. 6 Capitol riot were removed.", primary) is None
    assert classify_insertion("", primary) is None


def test_a_teacher_can_add_a_topic():
    topics = load_topics(
        extra=[{"term": "tariff*", "aside": "politicised", "group": "trade policy", "strength": "strong"}]
    )
    assert classify_aside("The tariffs hit farmers hardest.", topics=topics).label == "politicised"
    assert classify_aside("The tariffs hit farmers hardest.").label == "context"


@pytest.mark.parametrize(
    "row, message",
    [
        ({"term": "tariff*", "aside": "politcised"}, 'unknown kind "politcised"'),
        ({"term": "tariff*", "aside": "politicised", "strength": "very"}, 'strength "very"'),
    ],
)
def test_a_bad_topic_row_is_explained(row, message):
    with pytest.raises(TermListError, match=message):
        load_topics(extra=[row])


# ---- the seed sentences ----------------------------------------------------------------

POLITICISED_SEEDS = {
    "lifesite censorship": ("lifesite", "It should therefore not be too difficult"),
    "dcnf debate": ("dcnf", "The report comes in the wake of a heated public debate"),
    "dcnf election fraud and covid": ("dcnf", "While platform moderators targeted content"),
    "dcnf musk priority": ("dcnf", "Elon Musk said that stamping out"),
    "dcnf musk tweet": ("dcnf", "Musk said"),
}


def _seed_sentence(case, article, opening):
    return next(s for s in case.article(article).body if s.text.startswith(opening))


@pytest.mark.parametrize("name", POLITICISED_SEEDS)
def test_the_seed_asides_about_politics_are_politicised(seed_case, name):
    sentence = _seed_sentence(seed_case, *POLITICISED_SEEDS[name])
    topics = primary_topics(s.text for s in seed_case.primary.sentences)
    assert classify_aside(sentence.text, primary_topic_terms=topics).label == "politicised"


def test_the_seed_jan_6_retelling_carries_a_politicised_insertion(seed_case):
    retold = _seed_sentence(seed_case, "lifesite", "The WSJ report noted")
    primary = _seed_sentence(seed_case, "wsj", "Documents previously reviewed")
    aside = classify_insertion(retold.text, primary.text)
    assert aside.label == "politicised" and '"insurrection"' in aside.reason


OTHER_SEEDS = {
    "blog advocacy": ("blog-nl", "Offlimits (Expertise", "advocacy"),
    "blog verdict": ("blog-nl", "So algorithms can be harmful", "editorial"),
    "afp background": ("afp", "In March 2023, an organization", "context"),
    "afp own reporting": ("afp", "Meta did not immediately respond", "context"),
    "dcnf second source": ("dcnf", "The company has established an internal task force", "context"),
}


@pytest.mark.parametrize("name", OTHER_SEEDS)
def test_the_other_seed_asides_are_not_called_political(seed_case, name):
    article, opening, label = OTHER_SEEDS[name]
    assert classify_aside(_seed_sentence(seed_case, article, opening).text).label == label


# ---- the outlet's own voice in a sentence that resembles the primary -------------------------

PRIMARY_EFFORT = "The effort by the city to fight the spread of graffiti centers largely on cleaning crews."
OWN_VERDICT = "Despite the city's efforts to fight the spread of graffiti, this is not enough."
VERDICT_SAID = "Despite the city's efforts to fight the spread of graffiti, this is not enough, the mayor said."
VERDICT_QUOTED = "“Despite the efforts to fight the spread of graffiti, this is not enough,” a resident wrote."
PRIMARY_VERDICT = "Cleaning crews are not enough to stop the graffiti, the report found."
WEAK_ONLY = "The city is therefore still cleaning the walls."


def test_a_verdict_in_the_outlets_own_voice_is_found_with_its_words():
    found = own_voice(OWN_VERDICT, PRIMARY_EFFORT)
    assert found.label == "editorial" and found.signals == {"editorial": ["not enough"]}
    assert "not enough" in found.reason and not found.guess


def test_promotion_in_the_outlets_own_voice_is_found():
    assert own_voice(ADDED["an organisation's good work"][0], PRIMARY_EFFORT).label == "advocacy"


@pytest.mark.parametrize("text", [VERDICT_SAID, VERDICT_QUOTED], ids=["said", "quoted"])
def test_a_verdict_someone_is_credited_with_is_not_the_outlets_own(text):
    assert own_voice(text, PRIMARY_EFFORT) is None


def test_judgement_words_the_primary_sentence_uses_are_the_primarys():
    assert own_voice(OWN_VERDICT, PRIMARY_VERDICT) is None


def test_weak_words_alone_do_not_make_a_sentence_the_outlets_own():
    assert own_voice(WEAK_ONLY, PRIMARY_EFFORT) is None
    assert own_voice("", PRIMARY_EFFORT) is None


# ---- one speaker's quotation takes one class (issue 15) ---------------------------------------

QUOTE_CASE = """[case]
title = "Bus timetable (invented)"
question = "What did the paper add?"
primary = "council"

[[article]]
id = "council"
file = "council.txt"
outlet = "The council"

[[article]]
id = "paper"
file = "paper.txt"
outlet = "The paper"
"""

COUNCIL = "Bus timetable changes\n\nThe number 4 bus will run every ten minutes from May.\n"
PAPER = (
    "Buses to run more often\n\n"
    "The number 4 bus will run every ten minutes from May.\n\n"
    "“This is what families asked for,” President Hale said in a statement. "
    "“We are committed to doing everything we can for them.”\n\n"
    "Parents welcomed the news. Shops are open late. Fares stay the same. — Governor Okafor (@okafor) May 2, 2025\n"
)


def _paper_asides(make_case, paper: str):
    """The framing records of ``paper`` retelling the council's timetable, found by a sentence's opening words."""
    from newslit import load_case
    from newslit.analysis.framing.records import framing_records

    folder = make_case(QUOTE_CASE, {"council.txt": COUNCIL, "paper.txt": paper})
    records = [r for r in framing_records(load_case(folder)) if r["article"] == "paper"]
    return lambda opening: next(r for r in records if r["sentence"].startswith(opening))


@pytest.fixture
def quote_records(make_case):
    return _paper_asides(make_case, PAPER)


def test_every_sentence_of_a_politicians_quotation_is_politicised(quote_records):
    named = quote_records("“This is what families")
    follow = quote_records("“We are committed to doing")
    assert named["aside"] == follow["aside"] == "politicised"  # "committed to" is his, not the paper's advocacy
    assert "same person is still speaking" in follow["aside_reason"]


def test_a_post_signed_with_a_dash_is_one_quotation(quote_records):
    assert {quote_records(k)["aside"] for k in ("Parents welcomed the news", "Shops are open late.")} == {"politicised"}


def test_quotation_runs_join_only_unattributed_quoted_sentences():
    from types import SimpleNamespace as S

    from newslit.analysis.framing.asides import quotation_runs

    sentences = [
        S(text="“It works,” the mayor said.", paragraph=1),
        S(text="“It is cheap.”", paragraph=1),
        S(text="“It is late,” a driver said.", paragraph=2),
        S(text="Buses are blue.", paragraph=3),
    ]
    assert quotation_runs(sentences) == {1: 0}


# ---- politics of other democracies, and a pronoun speaker (issue 15, migration-2023) ----------

OTHER_DEMOCRACIES = {
    "a party's nickname": ("The Tories promised to cut the numbers.", ["Tories"]),
    "a manifesto": ("Cutting fees was a key promise in the party's manifesto.", ["manifesto"]),
    "a minister's title and name": ("Home Secretary Jo Hale said the figures were too high.", ["Home Secretary"]),
    # ofcom-2025-10, after its one measurement: any cabinet secretary with a department, not only the Home Secretary
    "a department's secretary": (
        "Technology Secretary Jo Hale praised the regulator's decision.",
        ["Technology Secretary"],
    ),
    "a US department's secretary": ("The Commerce Secretary welcomed the figures.", ["Commerce Secretary"]),
    "the US spelling": ("Defense Secretary Jo Hale said the plan would work.", ["Defense Secretary"]),
    "an opposition post": ("The shadow chancellor attacked the figures.", ["shadow chancellor"]),
    "the head of government, unnamed": (
        "The prime minister was already grappling with a weak economy.",
        ["prime minister"],
    ),
    "the PM": ("It is the only good news for the PM this week.", ["PM"]),
    "the leader's office": ("No10 admitted the numbers were too high.", ["No10"]),
    "the leader's street": ("Downing Street is drawing up new rules.", ["Downing Street"]),
    "members of parliament": ("Backbenchers are furious about the delay.", ["Backbenchers"]),
    "a parliament's term": ("Instead the numbers have trebled over the course of this parliament.", ["parliament"]),
    "an election promise": ("We were elected on a promise to build more homes.", ["elected on"]),
}


@pytest.mark.parametrize("name", OTHER_DEMOCRACIES)
def test_the_politics_of_other_democracies_is_politicised(name):
    text, words = OTHER_DEMOCRACIES[name]
    aside = classify_aside(text)
    assert aside.label == "politicised"
    for word in words:
        assert f'"{word}"' in aside.reason


@pytest.mark.parametrize(
    "text",
    [
        "The union's general secretary said members would strike.",
        "The club secretary kept the minutes.",
        "Unite Scottish secretary Jo Hale said members would strike.",
    ],
)
def test_a_secretary_who_runs_no_government_department_is_not_politics(text):
    assert classify_aside(text).label != "politicised"


def test_a_time_of_day_is_not_the_prime_minister():
    assert classify_aside("The shop closes at 5 pm on Sundays.").label == "context"


def test_a_pronoun_speaker_continues_the_quotation_of_the_person_named_before():
    from types import SimpleNamespace as S

    from newslit.analysis.framing.asides import quotation_runs

    sentences = [
        S(text="Jo Hale, the former minister, led a backlash from her party.", paragraph=1),
        S(text="She said: “These figures are a scandal.", paragraph=2),
        S(text="“The pressure on schools is too much. When do we say enough?", paragraph=3),
        S(text="“We promised to bring the numbers down.”", paragraph=4),
        S(text="Buses are blue.", paragraph=5),
    ]
    assert quotation_runs(sentences) == {1: 0, 2: 0, 3: 0}


def test_they_accusing_after_a_party_continues_what_the_party_said():
    from types import SimpleNamespace as S

    from newslit.analysis.framing.asides import quotation_runs

    # review 21: the party blames, then "They also accused …" is the same party's charge
    sentences = [
        S(text="PTI leaders blamed the provincial government for the heat deaths.", paragraph=1),
        S(text="They also accused it of failing to finish the cooling centres promised two summers ago.", paragraph=1),
    ]
    assert quotation_runs(sentences) == {1: 0}


def test_a_pronoun_speaker_takes_the_politicised_class_of_the_politician_named_before(make_case):
    from newslit import load_case
    from newslit.analysis.framing.records import framing_records

    paper = (
        "Buses to run more often\n\n"
        "The number 4 bus will run every ten minutes from May.\n\n"
        "Shadow Transport Secretary Jo Hale attacked the plan for Tory failure.\n\n"
        "She said: “These buses come too late for the families who needed them.”\n"
    )
    folder = make_case(QUOTE_CASE, {"council.txt": COUNCIL, "paper.txt": paper})
    records = {r["sentence"][:9]: r for r in framing_records(load_case(folder)) if r["article"] == "paper"}
    assert records["She said:"]["aside"] == "politicised"
    assert "same person is still speaking" in records["She said:"]["aside_reason"]


# The government named by its leader as the maker of a measure (written on the PFAS development case).
# A real leader's name, since only a listed name is a political signal at all.
GOVERNMENT_AS_MAKER = {
    "announced": "The Biden administration on Tuesday announced the first limits on soot in city air.",
    "a headline": "Biden Administration Announces First-Ever Limits on Soot",
    "has imposed": "President Joe Biden's administration has imposed strict limits on soot, which will cost towns money.",
    "its plans": "Under the Biden administration's plans, the agency has also called on towns to plant trees.",
}


@pytest.mark.parametrize("name", GOVERNMENT_AS_MAKER)
def test_naming_the_government_that_made_a_rule_is_not_politics(name):
    aside = classify_aside(GOVERNMENT_AS_MAKER[name])
    assert aside.label != "politicised", aside.reason


@pytest.mark.parametrize(
    "text",
    [
        "The Biden administration has been as effective as any other in the nation's history.",
        "Republican senators said the Biden administration announced the limits to win votes.",
        "The Biden administration is doing everything in its power to blame the neighbours.",
    ],
)
def test_praise_a_party_or_blame_beside_the_government_is_still_politics(text):
    assert classify_aside(text).label == "politicised"


def test_a_retold_sentence_that_names_the_government_as_maker_carries_no_politics():
    primary = "The agency is setting limits for six soot compounds."
    assert classify_insertion("The Biden administration announced limits for six soot compounds.", primary) is None


def test_a_maker_verb_a_teacher_adds_to_the_government_list_is_read(tmp_path, monkeypatch):
    from newslit.analysis.framing import asides

    sentence = "The Biden administration enacted the first limits on soot in city air."
    assert asides._government_names(sentence) == []
    edited = tmp_path / "government_names.csv"
    edited.write_text(asides.GOVERNMENT_FILE.read_text(encoding="utf-8") + 'enact*,verb,"enacted a rule"\n')
    monkeypatch.setattr(asides, "GOVERNMENT_FILE", edited)
    asides._government_patterns.cache_clear()
    try:
        assert asides._government_names(sentence) == [(0, len("The Biden administration"))]
    finally:
        monkeypatch.undo()
        asides._government_patterns.cache_clear()


# ---- a politician's run of sentences, written from adtech-2025-09's errors (in-sample for these) ----


def test_a_quotation_whose_speaker_the_next_sentence_names_belongs_to_that_sentence():
    from types import SimpleNamespace as S

    from newslit.analysis.framing.asides import quotation_runs

    sentences = [
        S(text="The mayor lashed out at the decision.", paragraph=1),
        S(text="“Very unfair, and the taxpayer will not stand for it!”", paragraph=2),
        S(text="Mayor Hale said on social media, a day after a dinner.", paragraph=2),
        S(text="“We will not allow it,” he added, warning that fees could rise.", paragraph=3),
    ]
    assert quotation_runs(sentences) == {1: 2, 3: 2}


PERSON_RUN = (
    "Buses to run more often\n\n"
    "The number 4 bus will run every ten minutes from May.\n\n"
    "President Donald Trump criticized the timetable on social media.\n\n"
    "He even threatened to launch a trade investigation.\n\n"
    "His administration has threatened new tariffs before.\n\n"
    "The decision also triggered political backlash in the city.\n\n"
    "Drivers welcomed the change. He said nothing about fares.\n"
)


@pytest.fixture
def person_records(make_case):
    return _paper_asides(make_case, PERSON_RUN)


@pytest.mark.parametrize("opening", ["He even threatened", "His administration has"])
def test_a_sentence_about_the_politician_named_before_is_politicised(person_records, opening):
    record = person_records(opening)
    assert record["aside"] == "politicised"
    assert "goes on about the politician" in record["aside_reason"]


# the fifteenth review's stories (measured first, then these written: in-sample for them)
SPOKESMAN_RUN = (
    "Buses to run more often\n\n"
    "The number 4 bus will run every ten minutes from May.\n\n"
    "The Tories' transport spokesman, Edward Pryce, said the timetable showed a council that had forgotten riders.\n\n"
    "He also called for fares to be frozen until a full review is done.\n\n"
    "Transport Minister Jo Hale said the change was overdue.\n\n"
    "That came after she promised in October that fares would not rise again.\n\n"
    "The firm's spokesman, Tom Fell, said the buses were ready. He said nothing about fares.\n"
)


@pytest.mark.parametrize("opening", ["He also called", "That came after she"])
def test_a_sentence_about_a_party_spokesman_or_a_minister_named_before_is_politicised(make_case, opening):
    record = _paper_asides(make_case, SPOKESMAN_RUN)(opening)
    assert record["aside"] == "politicised"
    assert "goes on about the politician" in record["aside_reason"]


def test_a_pronoun_after_a_companys_spokesman_keeps_its_class(make_case):
    assert _paper_asides(make_case, SPOKESMAN_RUN)("He said nothing about fares.")["aside"] != "politicised"


def test_a_political_backlash_is_politics():
    assert classify_aside("The decision also triggered political backlash in the city.").label == "politicised"


def test_a_pronoun_after_a_sentence_about_no_politician_keeps_its_class(person_records):
    assert person_records("He said nothing about fares.")["aside"] != "politicised"


# ---- a party by its name, and its words (written from echr-climate-2024-04's errors; in-sample for these) ----


@pytest.mark.parametrize(
    ("text", "politicised"),
    [
        ("The Swiss People's Party said it demands the country's withdrawal.", True),
        ("The Green Party called for a ban on the works.", True),
        ("The Article 29 Working Party issued guidance on the data.", False),
        ("Party leaders met on Monday.", False),
    ],
)
def test_a_party_named_by_its_name_is_politics(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


def test_a_partys_words_after_the_sentence_that_names_it_are_its_quotation():
    from types import SimpleNamespace as S

    from newslit.analysis.framing.asides import quotation_runs

    sentences = [
        S(text="The Swiss People's Party said it demands a withdrawal from the council.", paragraph=0),
        S(text='"The ruling is a scandal. We condemn it," the party\'s release said on Tuesday.', paragraph=1),
        S(text="Buses are blue.", paragraph=2),
    ]
    assert quotation_runs(sentences) == {1: 0}


def test_an_opening_that_leads_with_politics_the_primary_lacks_is_the_outlets_own(make_case):
    from newslit import load_case
    from newslit.analysis.provenance import provenance_records

    toml = QUOTE_CASE.replace("Bus timetable", "Court ruling")
    council = (
        "Court ruling\n\nThe court ruled on Tuesday that the state had failed to protect older people from heatwaves, "
        "in a landmark judgment that other courts are expected to follow across the continent.\n"
    )
    paper = (
        "Backlash\n\nThe Energy Secretary has led a Tory backlash against the court after its landmark ruling "
        "on heatwaves.\n"
    )
    folder = make_case(toml, {"council.txt": council, "paper.txt": paper})
    (record,) = [r for r in provenance_records(load_case(folder)) if r["sentence"].startswith("The Energy Secretary")]
    assert record["label"] == "added"


# ---- a story about an election (written from voterid-2024-09's errors; in-sample for this) ----


def test_a_retelling_of_a_report_on_an_election_brings_in_no_politics_by_naming_ballots(make_case):
    from newslit import load_case
    from newslit.analysis.framing.records import framing_records

    toml = QUOTE_CASE.replace("Bus timetable", "Voter ID")
    commission = (
        "Voter ID report\n\nThe commission's report on the general election found most voters had ID.\n\n"
        "Voters without ID were turned away at the election.\n\nElectoral staff recorded every case at the "
        "election.\n\nThe electoral rules will be reviewed before the next general election.\n"
    )
    paper = (
        "Voter ID\n\nMost people were able to cast their ballots at the general election.\n\n"
        "The registered electorate is about 47 million people.\n\n"
        "The rules were introduced under the Conservatives in 2022.\n"
    )
    folder = make_case(toml, {"council.txt": commission, "paper.txt": paper})
    flags = {r["sentence"][:20]: r["aside"] for r in framing_records(load_case(folder)) if r["article"] == "paper"}
    assert flags["Most people were abl"] != "politicised"
    assert flags["The registered elect"] != "politicised"
    assert flags["The rules were intro"] == "politicised"


# ---- found by a fresh-eyes review of this stop's rules, on invented texts (2026-12-05) ----


@pytest.mark.parametrize(
    "text",
    [
        "The Jubilee Street Party is expected to draw 2,000 people.",
        "Sunshine Party Hire will supply the tables and tents.",
        "Each High Contracting Party must secure these rights.",
    ],
)
def test_a_party_that_is_no_political_party_is_not_politics(text):
    assert classify_aside(text).label != "politicised"


REVIEW_PAPER = (
    "Club news\n\n"
    "The number 4 bus will run every ten minutes from May.\n\n"
    "Senator Ann Roe cut the ribbon alongside head coach Tom Fell.\n\n"
    "He has coached at the club for 20 years.\n\n"
    "Mayor Jo Hale praised the club's volunteers.\n\n"
    "The president of the club, Sam Ortiz, thanked the builders.\n\n"
    "“The buses are always late,” said commuter Sam Ortiz, 34.\n\n"
    "“I have waited an hour every morning this week.”\n\n"
    "Senator Jo Hale said the Tories had failed commuters for years.\n\n"
    "Vice President Kamala Harris, the Democratic nominee, has proposed a plan.\n\n"
    "“Prices are still too high,” Ms. Harris said in a statement.\n"
)


@pytest.fixture
def review_asides(make_case):
    return _paper_asides(make_case, REVIEW_PAPER)


@pytest.mark.parametrize(
    "opening",
    ["He has coached", "The president of the club", "“I have waited an hour"],
)
def test_a_sentence_about_someone_else_than_the_politician_is_not_politicised(review_asides, opening):
    assert review_asides(opening)["aside"] != "politicised"


def test_a_politician_named_again_by_ms_and_surname_is_politics(review_asides):
    record = review_asides("“Prices are still too high,”")
    assert record["aside"] == "politicised"
    assert "Harris" in record["aside_reason"]


# ---- "Labour", a name then its title, "he said on …" (written from pricecap-2024-11's errors; in-sample for these) ----


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("The rise adds to growing pressure on Labour over its decision to cut the allowance.", True),
        ("Labour is fixing the mess, the minister said.", True),
        ("Labour's plan would cost more than the budget allows.", True),
        ("Labour costs rose faster than prices last year.", False),
        ("Labour shortages have hit farms across the region.", False),
        ("The Department of Labour published the figures on Friday.", False),
        ("Parades were held on Labour Day across the country.", False),
    ],
)
def test_labour_alone_with_a_capital_is_the_party_not_work(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("Ana Ruiz, UK Secretary of State for Transport, said fares would rise.", True),
        ("Ana Ruiz, the Secretary of State, said fares would rise.", True),
        ("The secretary of state of the chess club said fares would rise.", False),
    ],
)
def test_a_name_then_its_title_names_a_politician(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


def test_a_pronoun_speaker_then_where_he_said_it_goes_on_with_the_named_speaker():
    from types import SimpleNamespace as S

    from newslit.analysis.framing.asides import quotation_runs

    sentences = [
        S(text="Ana Ruiz, the transport minister, said: “Fares will rise.”", paragraph=0),
        S(text="“We will do all we can to help people,” she said on the social media platform X.", paragraph=0),
        S(text="Buses are blue.", paragraph=1),
    ]
    assert quotation_runs(sentences) == {1: 0}


@pytest.mark.parametrize(
    "text",
    [
        "That leaves many renters, a key voting demographic, feeling shut out.",
        "Pensioners are a powerful voting bloc in the north.",
    ],
)
def test_people_named_as_a_voting_group_are_elections(text):
    aside = classify_aside(text)
    assert aside.label == "politicised" and "voting" in aside.reason


@pytest.mark.parametrize(
    "text", ["The board is voting on the merger today.", "Shareholders holding voting shares met in May."]
)
def test_voting_that_is_no_election_is_not_politics(text):
    assert classify_aside(text).label != "politicised"


def test_vp_before_a_name_is_a_politicians_title():
    aside = classify_aside("VP Hale has pitched a plan to build new homes.")
    assert aside.label == "politicised" and '"VP' in aside.reason


def test_a_vp_with_no_name_after_is_no_politician():
    assert classify_aside("The VP of sales left the firm in May.").label != "politicised"


# ---- found by a second fresh-eyes review, of the day's framing rules (invented sentences) ----


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, President of the Ashby Home Builders Association, said demand was strong.",
        "Sam Ode, Minister of the Ashby Baptist Church, said the food bank was busier than ever.",
        "Dana Holt, Governor of the Ashby Golf Club, said membership had doubled.",
        "President Hale of the Ashby Chess Club resigned on Monday.",
    ],
)
def test_the_title_of_a_private_bodys_officer_names_no_politician(text):
    assert classify_aside(text).label != "politicised"


@pytest.mark.parametrize(
    "text",
    [
        "Google VP Sissie Hsiao said the feature would roll out next month.",
        "Acme's engineering VP Dana Holt said the chips would ship in May.",
        "Senior VP Dana Holt said orders had doubled.",
    ],
)
def test_a_companys_vp_before_a_name_is_no_politician(text):
    assert classify_aside(text).label != "politicised"


@pytest.mark.parametrize(
    "text", ["US VP Hale visited the plant.", "Former VP Hale attacked the plan.", "Governor Hale of Texas signed it."]
)
def test_a_politicians_title_before_a_name_still_names_a_politician(text):
    assert classify_aside(text).label == "politicised"


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("Labour is the biggest single cost for care homes, the survey found.", False),
        ("Labour has become scarcer and dearer since the pandemic, builders said.", False),
        ("Labour's share of national income has fallen for a decade.", False),
        ("Organised Labour threatened a nationwide strike over the minimum wage.", False),  # the unions
        ("Labour has pledged to cut energy costs for families.", True),
        ("Labour has promised to freeze bills.", True),
    ],
)
def test_labour_opening_a_sentence_about_what_work_costs_is_work_not_the_party(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


@pytest.mark.parametrize(
    "text",
    [
        "Institutional investors form a powerful voting bloc at the annual meeting.",
        "Pension funds, a key voting bloc among shareholders, backed the merger.",
    ],
)
def test_a_voting_bloc_of_a_companys_owners_is_no_election(text):
    assert classify_aside(text).label != "politicised"


def test_a_voting_bloc_of_voters_is_still_an_election():
    assert classify_aside("Young renters have become a key voting bloc in the suburbs.").label == "politicised"


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("Jo Bell, President of Acme, said orders were strong.", False),
        ("Jo Bell, President and CEO of Acme Corp, said orders were strong.", False),
        ("Jo Bell, Acme's President, said orders were strong.", False),
        ("Jo Bell, President of Ashby Realty Group, said sales had slowed.", False),
        ("Jo Bell, Minister for Housing, said rents would rise.", True),
        ("Jo Bell, Britain's Secretary of State, said fares would rise.", True),
        ("Jo Bell, Governor of Texas, signed the bill.", True),
    ],
)
def test_a_title_after_a_name_is_a_politicians_when_it_names_a_portfolio_a_place_or_nothing(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


# ---- a lawmaker's party and state, opposition parties (written from deficit-2024-10's and recession-2024-02's
# errors after their one measurement; in-sample for these) ----


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("Budget Committee Ranking Member Chuck Hale (R-Iowa) issued a statement on the figures.", True),
        ("Ana Ruiz (D-Calif.) welcomed the figures.", True),
        ("Opposition parties immediately seized on the figures.", True),
        ("The (R-squared) value of the model was high.", False),
    ],
)
def test_a_lawmakers_party_and_state_or_the_opposition_parties_are_politics(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


# ---- a politician named again by surname alone or in the possessive (written from the errors of
# deficit-2024-10, usaid-2025-06 and recession-2024-02, validation cases: in-sample for this rule; the
# texts that must not be flagged come from a fresh-eyes tester's probes) ----

SURNAME_PAPER = (
    "Club news\n\n"
    "The number 4 bus will run every ten minutes from May.\n\n"
    "Both Vice President Kamala Harris and former President Donald J. Trump are proposing new spending.\n\n"
    "Ms. Harris’s plans could cost as much as $8 trillion.\n\n"
    "Secretary of State Marco Rubio announced the cuts in March.\n\n"
    "But Rubio claimed the programmes had wasted money.\n\n"
    "Prime Minister Pedro Sánchez visited the depot.\n\n"
    "Sánchez said the route was a model.\n\n"
    "President Donald Trump’s Supreme Court picks were confirmed.\n\n"
    "The ruling means the Court will publish its reasons in June.\n\n"
    "Prime Minister Theresa May opened the line.\n\n"
    "May saw record sales of season tickets.\n\n"
    "Senator Ann Roe praised Acme President Dana Holt.\n\n"
    "Holt said the firm would hire 200 new drivers.\n\n"
    "Dr. Rubio, an engineer who designs the buses, said the batteries last ten years.\n\n"
    "Rubio said the buses were late.\n\n"
    "Finance Minister Ngozi Okonjo-Iweala signed the loan.\n\n"
    "Okonjo-Iweala said the loan was cheap.\n\n"
    "Prime Minister Rishi Sunak met Bank of England Governor Andrew Bailey.\n\n"
    "Bailey said fares would rise.\n\n"
    "Health Secretary Robert F. Kennedy Jr. pulled the funding.\n\n"
    "Mr. Kennedy said the group had ignored the science.\n"
)


@pytest.fixture
def surname_asides(make_case):
    return _paper_asides(make_case, SURNAME_PAPER)


@pytest.mark.parametrize(
    "opening, surname",
    [
        ("Ms. Harris’s plans", "Harris"),
        ("But Rubio claimed", "Rubio"),
        ("Sánchez said", "Sánchez"),
        ("Okonjo-Iweala said", "Okonjo-Iweala"),
        ("Mr. Kennedy said", "Kennedy"),  # "Robert F. Kennedy Jr.": the surname before "Jr."
    ],
)
def test_a_politician_named_again_by_surname_is_politics(surname_asides, opening, surname):
    record = surname_asides(opening)
    assert record["aside"] == "politicised"
    assert f"names {surname} again" in record["aside_reason"]


@pytest.mark.parametrize(
    "opening",
    [
        "The ruling means the Court",  # "Trump’s Supreme Court": the name stops at its possessive
        "May saw record sales",  # a surname that is also a month
        "Holt said the firm",  # a company's president, not a politician
        "Rubio said the buses",  # after "Dr. Rubio, an engineer": no longer sure who
        "Bailey said fares",  # a central bank's governor, not a politician
    ],
)
def test_an_institution_a_common_word_or_someone_else_is_not_the_politician(surname_asides, opening):
    assert surname_asides(opening)["aside"] != "politicised"


# ---- heads of government as a group (written from carbonbudget-2023-12's errors after its one measurement;
# in-sample for it) ----


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("The finding comes as world leaders meet in Dubai for the climate summit.", True),
        ("Even as the world's leaders gather to discuss the climate, emissions rose.", True),
        ("Heads of state arrive in Brazil next week.", True),
        ("Business leaders welcomed the report.", False),
        ("The firm is one of the leaders in solar panels.", False),
    ],
)
def test_world_leaders_are_politicians_and_other_leaders_are_not(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


# ---- Ireland's parliament and its members (written from irishcensus-2022-06's errors after its one measurement;
# in-sample for it) ----


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("171: The minimum number of TDs that will have to be in the next Dáil.", True),
        ("The bill now goes to the Oireachtas.", True),
        ("Fine Gael and Fianna Fáil welcomed the figures.", True),
        ("The population growth will be represented in the number of elected officials.", True),
        ("The figures were published in Dublin on Thursday.", False),
    ],
)
def test_irelands_parliament_members_and_parties_are_politics(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


# ---- Australia's treasurer and parties (written from wages-2022-05's errors after its one measurement; in-sample) ----


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("Treasurer Josh Hale said in April that unemployment would fall.", True),
        ("The shadow treasurer said wages were going backwards.", True),
        ("The Labor Party seized on the data.", True),
        ("The club's treasurer said the accounts were in order.", False),
        ("The Bureau of Labor Statistics said wages rose 4.1%.", False),
    ],
)
def test_australias_treasurer_and_parties_are_politics_and_the_labor_market_is_not(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


POLL_BY_PARTY = [
    "Confidence in higher education fell to 36%.",
    "Republicans' confidence dropped to 19%, from 56% in 2015.",
    "The decline among Republicans was the steepest of any group.",
]


def test_a_poll_by_party_makes_the_other_partys_figures_its_subject_too():
    # the primary (cut before its Democrats' figures) gives Republicans' in two sentences: a retelling's
    # "Democrats" are the same poll's respondents, not politics brought in (highered-2023-07, in-sample)
    about = primary_topics(POLL_BY_PARTY)
    aside = classify_aside(
        "Democrats are the only group with majority-level confidence, at 59%.", primary_topic_terms=about
    )
    assert aside.label != "politicised"


def test_a_party_named_once_in_the_primary_does_not_make_parties_its_subject():
    about = primary_topics(["Confidence in higher education fell to 36%.", "Republicans' confidence dropped to 19%."])
    aside = classify_aside(
        "Democrats are the only group with majority-level confidence, at 59%.", primary_topic_terms=about
    )
    assert aside.label == "politicised"


def test_a_partys_politicians_stay_politics_in_a_poll_by_party():
    about = primary_topics(POLL_BY_PARTY)
    aside = classify_aside("Republican senators vowed to cut university funding.", primary_topic_terms=about)
    assert aside.label == "politicised"


def test_an_editors_bracketed_note_signed_with_a_dash_is_no_quoted_post():
    # "[Alternative headline: … — Ed]": the outlet's own note, each sentence judged for itself (highered-2023-07)
    from types import SimpleNamespace as S

    from newslit.analysis.framing.asides import quotation_runs

    sentences = [
        S(text="[Alternative headline: Americans are paying attention.", paragraph=1),
        S(text="Only 50% of post-grads have that level of confidence.", paragraph=1),
        S(text="Academia is cruising for a bruising in the next Republican administration. — Ed]", paragraph=1),
    ]
    assert quotation_runs(sentences) == {}
    sentences[-1] = S(text="Academia is cruising for a bruising, it says. — Senator Ann Hale", paragraph=1)
    assert quotation_runs(sentences) == {0: 2, 1: 2}


TABLED = (
    "A report from the Auditor General tabled today in the House of Commons concludes that the agency "
    "failed to follow good management practices in developing the app."
)


def test_a_parliament_passing_a_motion_is_politics_even_where_the_primary_names_that_parliament():
    # arrivecan-2024-02's True North: the release names the House only as where the report was tabled
    from newslit.analysis.framing.asides import classify_insertion

    retold = (
        "The audit report came after the House of Commons passed a motion to study the government's "
        "management of the app, which was shut down due to a lack of use."
    )
    aside = classify_insertion(retold, TABLED, parliament=True)
    assert aside is not None and aside.label == "politicised"
    assert (
        '"House of Commons passed a motion" (a parliament or council passing or voting on a motion)' in aside.reason
    ), aside.reason


def test_a_retold_sentences_added_politics_is_told_word_by_word_in_plain_english():
    # a learner's read (2026-12-07): "adds words that bring in politician's title and political figure" named the
    # word list's groups, in broken English, and left the reader to guess which word was which
    from newslit.analysis.framing.asides import classify_insertion

    primary = "The agency estimated that the app cost approximately $59.5 million."
    retold = "President Trump said the app cost approximately $59.5 million."
    aside = classify_insertion(retold, primary)
    assert aside is not None and aside.label == "politicised"
    assert "bring in politics:" in aside.reason, aside.reason
    assert '"Trump" (a political figure)' in aside.reason, aside.reason
    assert "politician's title and" not in aside.reason and "(political figure)" not in aside.reason, aside.reason


def test_a_report_tabled_in_parliament_is_no_vote():
    from newslit.analysis.framing.asides import classify_insertion

    retold = "The Auditor General's report, tabled in the House of Commons, says the agency failed to manage the app."
    assert classify_insertion(retold, TABLED, parliament=True) is None
    for not_a_parliament in (
        "The film showed the crash in slow motion.",
        "The board passed a motion to approve the budget.",
        "The judge tabled a motion to dismiss the case.",
        "The debate club carried the motion.",
    ):  # a fresh-eyes review's probes
        assert classify_aside(not_a_parliament).label != "politicised", not_a_parliament


PRONOUN_PAPER = (
    "Tax news\n\n"
    "The ruling party lauded the record collections.\n\n"
    "Party spokesperson and MP Anil Baluni said the figures showed the policies worked.\n\n"
    "In a statement, he dwelt on other highlights, including a 17.7 per cent growth in direct tax.\n\n"
    "He described the strength of the economy as a pivotal moment.\n\n"
    "The IMF, he said, has raised its growth projection to 7.8 per cent.\n"
)


@pytest.mark.parametrize("opening", ["In a statement, he dwelt", "He described the strength", "The IMF, he said"])
def test_a_politician_going_on_as_he_keeps_the_class(make_case, opening):
    # gst-2024-05 (validation, in-sample for this rule): PTI's story of the ruling party's spokesman
    record = _paper_asides(make_case, PRONOUN_PAPER)(opening)
    assert record["aside"] == "politicised", record["aside_reason"]


def test_they_after_one_politician_named_is_not_that_politician(make_case):
    # a fresh-eyes review's probe: "they" after one named person is usually someone else
    paper = "Local news\n\nSenator Jane Hale toured the flooded town.\n\nAt the shelter, they described water rising in minutes.\n"
    assert _paper_asides(make_case, paper)("At the shelter, they described")["aside"] != "politicised"


WARREN_PAPER = (
    "Bank news\n\n"
    "U.S. Sen. Elizabeth Warren called again for the bank to be broken up.\n\n"
    'Warren tweeted "@Bank has repeatedly broken the law."\n\n'
    "\"I've said it once, and I'll say it again: we need to break up the bank.\"\n\n"
    "In September 2021, Warren made a similar pitch when the regulator fined the bank.\n"
)


@pytest.mark.parametrize("opening", ["\"I've said it once", "In September 2021, Warren made"])
def test_a_senators_tweet_goes_on_and_her_surname_makes_a_pitch(make_case, opening):
    # wellsfargo-2022-12 (validation; in-sample): "tweeted" names a speaker; "Warren made a similar pitch"
    assert _paper_asides(make_case, WARREN_PAPER)(opening)["aside"] == "politicised"


# ---- politics words read from the validation errors of the evening of 2026-12-06 (in-sample for the case named
# on each row) ----

POLITICS_OR_NOT = [
    # vaccines-2025-07: a country's name is no party
    ("Nine countries, among them Sudan and the Democratic Republic of Congo, hold half of them.", False),
    ("The Democratic People's Republic of Korea reported no data.", False),
    ("The Democratic senator attacked the plan.", True),
    # bribery-2019-12: a people's adjective names no leader; "politicians" is politics; "-led" with a space
    ("The report was presented by the Nigerian Government in partnership with the UNODC.", False),
    ("The Kenyan government published the figures.", False),
    ("The fight against corruption by the Buhari -led administration is not holistic.", True),
    ("Some high calibre politicians are also behind bars.", True),
    # ghostflights-2024-05: Australia's party is spelt "Labor"; the US department is no party
    ("They aim to use Labor’s “same job, same pay” laws to increase the pay.", True),
    ("It didn’t take Labor long to seize on the data.", True),
    ("The Labor Department said payrolls rose.", False),
    ("Data from the Department of Labor show it.", False),
    ("The Bureau of Labor Statistics said so.", False),
    ("The Ministry of Labor and Employment said so.", False),
    ("Labor costs rose 3%.", False),
    # whoopingcough-2024-05: "Labour" opening a sentence as the party that acts
    ("Labour sources said this would help improve take-up rates.", True),
    ("Labour also plan to digitise the Red Book.", True),
    # rents-2024-04: a government named as its leader's own; a councillor named with the title
    ("Nicola Sturgeon’s government introduced a 3% cap on annual rent increases.", True),
    ("North Dumfries Councillor Andy Ferguson called for the creation of the group.", True),
    ("Acme's government contracts grew 5%.", False),
    ("Scotland's government introduced a cap.", False),
    ("The councillor said the bins would be emptied.", False),
    # "the president" alone as a country's was tried and withdrawn: a fresh-eyes review found it misfire in a
    # university's or a company's story
    ("The president of the association welcomed the report.", False),
    ("The company's president welcomed the report.", False),
    ("The president and chief executive of Acme said sales rose.", False),
    ("The university said the president would step down.", False),
    ("Acme's chief executive resigned, and the president will take over.", False),
]


@pytest.mark.parametrize("text, politicised", POLITICS_OR_NOT)
def test_politics_words_read_from_the_evenings_validation_errors(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised


def test_a_reason_says_which_kind_of_word_each_politics_word_is():
    # a teacher's read (2026-12-07): "(a political party and government and parliament)" left which word was which
    from newslit.analysis.framing.asides import classify_aside

    reason = classify_aside("The Tories lost the election.").reason
    assert '"Tories" (the UK Conservative party)' in reason and '"election" (a word of elections)' in reason, reason


def test_a_reason_glosses_each_word_from_its_row_not_by_a_kind_that_reads_as_a_definition():
    # a learner's read (2026-12-07): '"Dáil" (government and parliament)' read as what the Dáil means
    from newslit.analysis.framing.asides import classify_aside

    reason = classify_aside("The Taoiseach told the Dáil the figures were a disgrace.").reason
    assert '"Taoiseach" (Ireland\'s head of government)' in reason and '"Dáil" (Ireland\'s parliament)' in reason, (
        reason
    )


# ---- a politician named after a seat, a state or a role in their party, and named again (written from the
# twenty-third review's errors on 2026-12-07: invented stories, in-sample for these rules) ----

ROLES_PAPER = (
    "Club news\n\n"
    "The number 4 bus will run every ten minutes from May.\n\n"
    "Federal Labor MP for Corio Sam Fletcher said he had asked the Industry Minister to meet the company.\n\n"
    "Fletcher said the closure was a blow to the city.\n\n"
    "Ondo State Governor Olumide Adeyemi declared a public health emergency in three areas.\n\n"
    "Adeyemi said the state would recruit 200 health officers.\n\n"
    "Bloc Québécois finance critic Mathieu Gagnon said the figures showed Ottawa had ignored Quebec.\n\n"
    "Gagnon said families were paying more every month.\n\n"
    "A lobbyist gave $5,000 to the campaign of state Senator Rick Dahl, who voted against the bill.\n\n"
    "Dahl's office did not respond to a request for comment.\n\n"
    "The depot's manager, Ruth Keane, said the drivers were ready.\n\n"
    "Keane said the buses were late.\n"
)


@pytest.fixture
def role_asides(make_case):
    return _paper_asides(make_case, ROLES_PAPER)


@pytest.mark.parametrize(
    "opening, surname",
    [
        ("Fletcher said the closure", "Fletcher"),  # "MP for Corio Sam Fletcher": the seat before the name
        ("Adeyemi said the state", "Adeyemi"),  # "Ondo State Governor": a state's governor, not a bank's
        ("Gagnon said families", "Gagnon"),  # a party's finance critic
        ("Dahl's office did not respond", "Dahl"),  # the politician's own office speaks for them
    ],
)
def test_a_politician_named_by_seat_state_or_party_role_is_named_again(role_asides, opening, surname):
    record = role_asides(opening)
    assert record["aside"] == "politicised"
    assert f"names {surname} again" in record["aside_reason"]


def test_a_depot_manager_named_again_is_not_a_politician(role_asides):
    assert role_asides("Keane said the buses")["aside"] != "politicised"


@pytest.mark.parametrize(
    "text, politicised",
    [
        ("Nickel Belt MPP Anne Laurin said the study proved her point.", True),
        ("The local MLA visited the flooded villages on Sunday.", True),
        ("Finance Secretary Rodrigo Salinas welcomed the decision.", True),
        ("The county council's leader said the library would stay open.", True),
        ("Opposition deputies say care homes lacked cool rooms.", True),
        ("The citation follows the MLA style guide.", False),  # a citation style, not a member
        ("The club's finance secretary said the accounts were in order.", False),
        ("The DA, the second-largest party in the coalition, said the ministry was blocking reforms.", True),
        ("The DA said charges would be filed on Monday.", False),  # a district attorney
        ("Green, a party planner from Leeds, said the hall was booked.", False),
        # the twenty-fourth review (2026-12-07; in-sample for these rows)
        ("State Representative Alma Reyes will raise the outbreak at a town hall.", True),
        ("The opposition bench was unimpressed.", True),
        ("At a campaign rally on Sunday, the candidate blamed the floods on poor planning.", True),
        ("Senate candidate Ramon Villarosa visited the clinic.", True),
        ("ACT, National's coalition partner, went further.", True),
        ("Headline inflation fell, but the Coalition says the figure flatters the government.", True),
        ("The PP, which voted against the reform, has yet to comment.", True),
        ("The Coalition for Clean Air welcomed the figures.", False),  # a campaign group
        ("Margins rose 3pp in the quarter.", False),
        # the twenty-fifth review (2026-12-07; measured once first, in-sample for these rows)
        ("The Presidency welcomed the figures.", True),
        ("The sports minister congratulated her within minutes.", True),
        ("A spokesperson for the minister said the report made for difficult reading.", True),
        ("The figures land in the middle of a bitter budget fight in Berlin.", True),
        ("A spokesperson for the chancellor of the university said the senate would meet.", False),
    ],
)
def test_provincial_and_state_members_a_finance_secretary_and_a_council_leader_are_politics(text, politicised):
    assert (classify_aside(text).label == "politicised") is politicised
