"""An election's results are the subject of a primary that gives them: retelling them brings in no politics.

A third fresh-eyes review (315 invented pairs, 2026-12-06) found 19 wrong `politicised` flags on retellings of
electoral commissions' declarations: "The Conservatives came second with 32.7%", "the Tory candidate's 9,876",
"Fewer than two in five voters went to the polls". A primary that names its election and gives votes or seats in
two sentences or more makes the election, its parties, its voters and the body elected its subject;
politicians' names and titles stay politics ("a blow to Rishi Sunak"). A primary's own minister named by the
same post ("the Finance Minister said" for "Minister for Finance Michael McGrath said") brings in nothing
either. The texts are invented.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import (
    classify_aside,
    classify_insertion,
    load_topics,
    primary_politicians,
    primary_topics,
)
from newslit.case.sentences import split_sentences

RESULTS = (
    "The Electoral Commission declared the results of the Northfield by-election held on 8 January 2024. "
    "Turnout was 38.2%, down from 64.5% at the 2019 general election. Labour's Anna Price won with 14,212 votes "
    "(47.1%). The Conservative candidate, James Ward, received 9,876 votes (32.7%). The Liberal Democrats received "
    "3,104 votes (10.3%) and the Green Party 1,987 (6.6%). Labour's majority was 4,336."
)
SURVEY = (
    "The survey of 2,000 adults found that 41% had cut back on heating. Among pensioners the share was 34%. "
    "Some 26% said they had skipped meals."
)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "added",
    [
        "The Conservatives came second with 32.7%.",
        "The Lib Dems came third.",
        "Fewer than two in five voters went to the polls.",
        "Price's majority in the constituency was 4,336.",
    ],
)
def test_telling_an_election_s_results_is_no_politics(added):
    topics = load_topics()
    ignored = primary_topics(sentences(RESULTS), topics)
    assert classify_aside(added, topics=topics, primary_topic_terms=ignored).label != "politicised"


def test_a_politician_brought_into_an_election_s_results_is_still_politics():
    topics = load_topics()
    ignored = primary_topics(sentences(RESULTS), topics)
    added = "The result is a blow to Rishi Sunak ahead of the general election expected later this year."
    assert classify_aside(added, topics=topics, primary_topic_terms=ignored).label == "politicised"


def test_parties_brought_into_a_story_that_gives_no_results_are_still_politics():
    topics = load_topics()
    ignored = primary_topics(sentences(SURVEY), topics)
    added = "The Conservatives came second in the by-election with 32.7% of the vote."
    assert classify_aside(added, topics=topics, primary_topic_terms=ignored).label == "politicised"


def test_the_primary_s_own_minister_by_the_same_post_brings_in_nothing():
    release = sentences(
        "Ireland's Minister for Finance Michael McGrath said on 9 January 2024 that tax receipts for 2023 totalled "
        "€88.1 billion, up 5.4% on 2022. Corporation tax brought in €23.8 billion."
    )
    topics = load_topics()
    retold = "Irish tax receipts rose to €88.1bn last year, the Finance Minister said."
    politicians = primary_politicians(release, topics)
    assert classify_insertion(retold, release[0], topics=topics, politicians=politicians) is None


@pytest.mark.parametrize(
    ("release", "retold"),
    [
        (
            "The Minister of Finance, Eva Lindqvist, presented the 2024 budget today. Public spending will rise by 2.8%.",
            "Finance Minister Eva Lindqvist unveiled a budget that raises spending by 2.8%.",
        ),
        (
            "The Minister for Digital Affairs, Omar Haddad, announced that 98% of homes will have gigabit broadband.",
            "Almost every home will be able to get gigabit broadband, Digital Minister Omar Haddad promised.",
        ),
        (
            "Prime Minister Elena Rossi announced that the state pension will rise by 8.5% in April. "
            "'Pensioners have earned this,' Ms Rossi said.",
            "'Pensioners have earned this,' the prime minister said.",
        ),
    ],
)
def test_the_primary_s_own_minister_under_another_form_of_the_title_brings_in_nothing(release, retold):
    # a fourth review (2026-12-06)
    topics = load_topics()
    texts = sentences(release)
    politicians = primary_politicians(texts, topics)
    aside = classify_aside(
        retold, topics=topics, primary_topic_terms=primary_topics(texts, topics), politicians=politicians
    )
    assert aside.label != "politicised", aside.reason


def test_politics_brought_into_a_story_about_politics_is_not_said_to_be_into_a_story_without_any():
    # the fifth review (2026-12-06): "a story that is not about politics" said of a by-election's results
    topics = load_topics()
    ignored = primary_topics(sentences(RESULTS), topics)
    reason = classify_aside("The result is a blow to Rishi Sunak.", topics=topics, primary_topic_terms=ignored).reason
    assert "brings in politics the primary does not have" in reason
    assert "not about politics" not in reason
