"""The figure grammar: named sentences, what a reader counts in them, and what is not a figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslit.text.numbers import KINDS, find_figures, parse_number

# name -> (text, [(figure as written, kind, value, noun or None)])
FIXTURES = {
    "separators": ("It took down 490,000 accounts.", [("490,000", "count", 490_000, "accounts")]),
    "space_separator": ("The survey reached 100 306 people.", [("100 306", "count", 100_306, "people")]),
    "decimal_with_scale": ("The center received 31.9 million reports.", [("31.9 million", "count", 31.9e6, "reports")]),
    "adjective_before_noun": ("They had 22,000 unique followers.", [("22,000", "count", 22_000, "followers")]),
    "of_those": ("112 of those seller accounts", [("112", "count", 112, "accounts")]),
    "number_word": ("a team of three academics", [("three", "count", 3, "academics")]),
    "percent_change": (
        "up 47% from two years earlier",
        [("47%", "percent", 47, None), ("two years", "period", 2, None)],
    ),
    "percent_word": ("They missed 12 percent fewer school days.", [("12 percent", "percent", 12, "days")]),
    "money": ("a $1.2 million grant", [("$1.2 million", "money", 1.2e6, "grant")]),
    "money_hedged": ("Bus costs rose by about $85,000 a year.", [("about $85,000", "money", 85_000, None)]),
    "ratio_one_in": (
        "less than one in 10 thousand posts viewed",
        [("less than one in 10 thousand", "ratio", 1e-4, "posts")],
    ),
    "ratio_fraction": ("less than a third the number", [("less than a third", "ratio", 1 / 3, None)]),
    "cut_in_half": ("Absences were cut in half.", [("in half", "ratio", 0.5, None)]),
    "handful": (
        "Following just a handful of these recommendations",
        [("just a handful", "count", 5, "recommendations")],
    ),
    "single": ("viewed a single account", [("a single", "count", 1, "account")]),
    "hundreds_of_thousands": (
        "in the high hundreds of thousands, if not millions.",
        [("high hundreds of thousands", "count", 800_000, None), ("if not millions", "count", 1e6, None)],
    ),
    "almost": ("they removed almost 500,000 such accounts", [("almost 500,000", "count", 500_000, "accounts")]),
    "more_than": ("more than 1.3 billion users", [("more than 1.3 billion", "count", 1.3e9, "users")]),
    "age": ("some saying they were as young as 12", [("as young as 12", "age", 12, None)]),
    "age_range": ("students aged 13 to 17", [("13", "age", 13, None), ("17", "age", 17, None)]),
    "years_range": ("from 2019 to 2023", [("2019", "year", 2019, None), ("2023", "year", 2023, None)]),
    "period_window": ("in the past two years taken down", [("in the past two years", "period", 2, None)]),
    "period_adjective": ("A four-year study", [("four-year", "period", 4, None)]),
    "period_article": ("a whole hour more sleep", [("a whole hour", "period", 1, "sleep")]),
    "times": ("from 7:45 a.m. to 8:30 a.m.", [("7:45 a.m.", "time", 465, None), ("8:30 a.m.", "time", 510, None)]),
    "rank_hashtag": ("his “#1 priority”", [("#1", "rank", 1, "priority")]),
    "rank_ordinal": ("Instagram is the first platform used", [("first", "rank", 1, "platform")]),
}

DATES = {
    "month_day": ("a report slated for release on June 7.", "June 7", "????-06-07"),
    "abbreviated": ("after the Jan. 6 Capitol riot", "Jan. 6", "????-01-06"),
    "full": ("the events of January 6, 2021.", "January 6, 2021", "2021-01-06"),
    "iso": ("date 2023-06-07 By Nick Pope", "2023-06-07", "2023-06-07"),
    "month_year": ("when he acquired the platform in Oct. 2022.", "Oct. 2022", "2022-10"),
    "day_month_year": ("Riverton University, 14 March 2025", "14 March 2025", "2025-03-14"),
    "bare_month": ("490,000 accounts in January alone", "January", "????-01"),
    "weekday": ("a report published Wednesday by Stanford", "Wednesday", "wednesday"),
}

NOT_FIGURES = {
    "covid": "the efficacy of COVID-19 vaccines",
    "digits_in_a_word": "Accounts identify themselves as s3ller.",
    "hashtag": "broad topics such as #fashion or #nba",
    "footnote": "as the study showed.[3] Then it ended.",
    "one_another": "connect with one another",
    "vague_without_size": "many users and most accounts",
    "modal_may": "These results may contain images.",
    "march_verb": "They march on.",
    "email": "contact jeff.horwitz2@wsj.com today",
}


@pytest.mark.parametrize("name", FIXTURES)
def test_figures_in_named_sentences(name):
    text, expected = FIXTURES[name]
    found = [(f.text, f.kind, f.value, f.noun) for f in find_figures(text)]
    assert [(t, k, n) for t, k, _, n in found] == [(t, k, n) for t, k, _, n in expected]
    for (_, _, value, _), (_, _, want, _) in zip(found, expected):
        assert value == pytest.approx(want)


@pytest.mark.parametrize("name", DATES)
def test_dates(name):
    text, written, date = DATES[name]
    (figure,) = [f for f in find_figures(text) if f.kind == "date"]
    assert (figure.text, figure.date) == (written, date)


@pytest.mark.parametrize("name", NOT_FIGURES)
def test_look_alikes_are_not_figures(name):
    assert find_figures(NOT_FIGURES[name]) == []


def test_hedges_are_kept_as_qualifiers():
    hedges = {
        f.text: (f.qualifier, f.hedge) for f in find_figures("almost 500,000 and more than 2,000 and some 5 million")
    }
    assert hedges == {
        "almost 500,000": ("almost", "below"),
        "more than 2,000": ("more than", "above"),
        "some 5 million": ("some", "approx"),
    }


def test_vague_quantities_carry_a_range():
    (millions,) = find_figures("followed by millions of accounts")
    assert millions.vague and millions.low == 1_000_000 and millions.noun == "accounts"
    (single,) = find_figures("viewed a single account")
    assert not single.vague


def test_a_noun_named_earlier_in_the_sentence_is_what_is_counted():
    text = "Meta accounted for 85% of the child pornography reports filed, including some 5 million from Instagram."
    assert [f.noun for f in find_figures(text)] == ["reports", "reports"]


def test_percent_and_ratio_compare_on_one_scale():
    (percent,) = find_figures("About 20% of students")
    (ratio,) = find_figures("About one in five students")
    assert percent.comparable == pytest.approx(ratio.comparable) == pytest.approx(0.2)


def test_empty_text_has_no_figures():
    assert find_figures("") == [] and find_figures("No numbers here.") == []


@given(st.integers(min_value=0, max_value=10**12))
def test_any_grouped_number_parses_back(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", " ")) == n


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["accounts", "reports", "users"]))
def test_a_number_before_a_noun_is_one_count_of_that_noun(n, noun):
    (figure,) = find_figures(f"They found {n:,} {noun} there.")
    assert figure.kind in ("count", "year") and figure.value == n
    if figure.kind == "count":
        assert figure.noun == noun


@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Z", "S"]), max_size=200))
def test_figures_never_overlap_and_point_at_their_text(text):
    figures = find_figures(text)
    for f in figures:
        assert text[f.start : f.end] == f.text and f.kind in KINDS
    spans = sorted((f.start, f.end) for f in figures)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
