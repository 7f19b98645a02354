"""The figure grammar: named sentences, what a reader counts in them, and what is not a figure."""

from __future__ import annotations

import math
import re

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
    "age_range": ("students aged 13 to 17", [("13 to 17", "age", 13, None)]),
    "ages_listed": ("buyers' ages of 56 and 38", [("56", "age", 56, None), ("38", "age", 38, None)]),
    # a fiscal year (deficit-2024-10's errors, in-sample): "FY2023" was dropped as digits inside a word
    "fiscal_year": (
        "In FY2023, the deficit was $1.7 trillion.",
        [("FY2023", "year", 2023, None), ("$1.7 trillion", "money", 1.7e12, None)],
    ),
    "fiscal_year_short": ("the FY24 budget", [("FY24", "year", 2024, None)]),
    "years_range": ("from 2019 to 2023", [("2019", "year", 2019, None), ("2023", "year", 2023, None)]),
    "period_window": ("in the past two years taken down", [("in the past two years", "period", 2, None)]),
    "period_adjective": ("A four-year study", [("four-year", "period", 4, None)]),
    "period_article": ("a whole hour more sleep", [("a whole hour", "period", 1, "sleep")]),
    # after "for" or "after", "a year" is how long; "£6m a year" (a rate) stays no period
    "period_after_for": ("relief after a year of high costs", [("a year", "period", 1, None)]),
    "times": ("from 7:45 a.m. to 8:30 a.m.", [("7:45 a.m.", "time", 465, None), ("8:30 a.m.", "time", 510, None)]),
    "rank_hashtag": ("his “#1 priority”", [("#1", "rank", 1, "priority")]),
    "rank_ordinal": ("Instagram is the first platform used", [("first", "rank", 1, "platform")]),
    # a possessive is a determiner as "the" is: "its first cut" claims a history, as "the first cut" does
    "rank_after_possessive": ("The Bank has announced its first cut.", [("first", "rank", 1, "cut")]),
    "rank_after_a_name": ("The Bank’s first interest rate cut", [("first", "rank", 1, "interest")]),
}

DATES = {
    "month_day": ("a report slated for release on June 7.", "June 7", "????-06-07"),
    "abbreviated": ("after the Jan. 6 Capitol riot", "Jan. 6", "????-01-06"),
    "full": ("the events of January 6, 2021.", "January 6, 2021", "2021-01-06"),
    "iso": ("date 2023-06-07 By Nick Pope", "2023-06-07", "2023-06-07"),
    "month_year": ("when he acquired the platform in Oct. 2022.", "Oct. 2022", "2022-10"),
    "day_month_year": ("Riverton University, 14 March 2025", "14 March 2025", "2025-03-14"),
    "bare_month": ("490,000 accounts in January alone", "January", "????-01"),
    "years_cut_to_two_digits": ("life expectancy in 2020-22 was 76.5 years", "2020-22", "2020/2022"),
    "an_academic_year": ("fees for the academic year 2025-26", "2025-26", "2025/2026"),
    "weekday": ("a report published Wednesday by Stanford", "Wednesday", "wednesday"),
    # a season after "last", "this" or "next" says when, as "last month" does
    "season": ("to a peak of 5.25% last summer, before", "last summer", "relative: last summer"),
    # an academic or financial year over two calendar years is one year, not its first (unifinance-2024-11's
    # errors, in-sample): "2024-25" and "2025-26" must not both read as the years 2024 and 2025
    "split_year": ("could be in deficit by 2025-26, and", "2025-26", "2025/2026"),
    "split_year_slash": ("by academic year 2025/2026 and", "2025/2026", "2025/2026"),
    "split_year_short_slash": ("fees for 2025/26.", "2025/26", "2025/2026"),
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
    "its_is_it_is": "It's first come, first served.",
    "a_fall_in_prices": "Shoppers saw this fall in prices.",
    "a_year_as_a_rate": "It pays out a year after the claim, once a year.",
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


def test_two_years_that_do_not_follow_each_other_are_a_run_of_years_and_a_slashed_date_no_split_year():
    found = find_figures("between 2019-21, on 2025/26/01 and in 2025-2027")
    # "2019-21" is the years 2019 to 2021, as "2025-2027" is; not the academic year 2019/2020
    assert [f.date for f in found if f.kind == "date" and f.date and "/" in f.date] == ["2019/2021", "2025/2027"]


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


# ---- formats (issue 15): each written form a retelling may use, by name -----------------------

# name -> (text, figure as written, kind, value)
FORMATS = {
    "suffix_bn": ("Sales reached 1.5bn last year.", "1.5bn", "count", 1.5e9),
    "suffix_m_money": ("The fine was $3.5m.", "$3.5m", "money", 3.5e6),
    "suffix_k_upper": ("The post had 100K followers.", "100K", "count", 100_000),
    "suffix_bn_money_pounds": ("a £2bn deal", "£2bn", "money", 2e9),
    "scale_word_short": ("They spent $3.5 m on it.", "$3.5 m", "money", 3.5e6),
    "space_thousands": ("the final figure will be 48 210 lives", "48 210", "count", 48_210),
    "no_break_space_thousands": ("the final figure will be 48\u00a0210 lives", "48\u00a0210", "count", 48_210),
    "narrow_no_break_space_thousands": ("exactly 48\u202f210 deaths", "48\u202f210", "count", 48_210),
    "thin_space_thousands": ("exactly 48\u2009210 deaths", "48\u2009210", "count", 48_210),
    "decimal_comma_after_dot_thousands": ("The bill came to 1.234,5 euros.", "1.234,5 euros", "money", 1234.5),
    "decimal_comma_percent": ("Unemployment fell to 3,5% in May.", "3,5%", "percent", 3.5),
    "decimal_comma_per_cent": ("a rise of 20,5 per cent", "20,5 per cent", "percent", 20.5),
    "dot_thousands_groups": ("1.234.567 visitors came", "1.234.567", "count", 1_234_567),
    "vulgar_half": ("The trip took 2½ hours.", "2½ hours", "period", 2.5),
    "bare_half_sign": ("It fell by ½ point.", "½", "count", 0.5),
    "words_and_a_half": ("They waited two and a half years.", "two and a half years", "period", 2.5),
    "long_digits": ("It has 12345678901234567890 entries.", "12345678901234567890", "count", 12345678901234567890),
    "slash_half": ("cut the rate by 1/2 percentage point", "1/2 percentage point", "percent", 0.5),
    "whole_and_slash_fraction": ("a range of 4-3/4 to 5 percent", "4-3/4", "percent", 4.75),
    "whole_space_slash_fraction": ("It rose 2 1/2 percent.", "2 1/2 percent", "percent", 2.5),
    "basis_points": ("a cut of 50 basis points", "50 basis points", "percent", 0.5),
    "basis_points_hyphenated": ("a 50-basis-point cut", "50-basis-point", "percent", 0.5),
    "basis_points_bp": ("a 25 bp cut", "25 bp", "percent", 0.25),
    "hyphenated_percent_word": ("the two-percent target", "two-percent", "percent", 2.0),
    "hyphenated_half_a_point": ("The bank cut rates by half-a-point.", "half-a-point", "percent", 0.5),
    "hyphenated_share_in_words": (
        "Roughly one-in-eight cases are linked to it.",
        "Roughly one-in-eight",
        "ratio",
        0.125,
    ),
    "hyphenated_share_in_digits": ("It affects about 1-in-5 adults.", "about 1-in-5", "ratio", 0.2),
    "count_hyphened_to_its_noun": ("The nine-member committee voted.", "nine-member", "count", 9),
    "count_in_digits_hyphened_to_its_noun": ("a 300-page report", "300-page", "count", 300),
    "a_period_after_a_hedge": ("It took nearly a year to open.", "nearly a year", "period", 1),
    "a_period_after_more_than": ("The site stood empty for more than a month.", "more than a month", "period", 1),
    "money_scale_after_a_hyphen": ("the $50-million fine", "$50-million", "money", 50e6),
    "indian_grouping_lakhs": ("grew to 6,65,500 persons", "6,65,500", "count", 665_500),
    "half_a_million_hyphened": ("almost half-a-million people lost work", "almost half-a-million", "count", 500_000),
    "a_quarter_million_hyphened": ("a quarter-million people", "a quarter-million", "count", 250_000),
    "a_year_before_a_word_in_ss": ("from the 2024 mass bleaching event", "2024", "year", 2024),
    "a_year_before_a_word_in_us": ("the 2020 census showed it", "2020", "year", 2020),
    "scale_bln_after_a_space": ("costs will reach $486 bln over ten years", "$486 bln", "money", 486e9),
    "scale_mln_after_a_space": ("a 3 mln increase", "3 mln", "count", 3e6),
    "the_next_decade": ("needed over the next decade", "the next decade", "period", 1),
    "money_in_a_countrys_dollars": ("a fine of Can$50 million", "Can$50 million", "money", 50e6),
    "money_with_a_currency_code_before": ("an authorisation to borrow EUR 60 billion", "EUR 60 billion", "money", 60e9),
}


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        ("a fine of Can$50 million (US$38 million)", "Can$50 million", "CAD"),
        ("a fine of Can$50 million (US$38 million)", "US$38 million", "USD"),
        ("a C$1.8 billion deal", "C$1.8 billion", "CAD"),
        ("an A$2bn plan", "A$2bn", "AUD"),
        ("It costs $5 a loaf.", "$5", "$"),
    ],
)
def test_the_letters_before_a_dollar_sign_say_whose_dollar_a_bare_sign_does_not(sentence, written, unit):
    (figure,) = [f for f in find_figures(sentence) if f.text == written]
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("The nine-member committee voted.", "member"),
        ("the 27-nation bloc agreed", "nation"),
        ("that involves several other companies", "companies"),
        ("three other firms were fined", "firms"),
    ],
)
def test_the_noun_a_count_counts_is_read_past_a_hyphen_or_other(sentence, noun):
    (figure,) = find_figures(sentence)
    assert figure.noun == noun


@pytest.mark.parametrize(
    "sentence",
    ["a one-off payment", "the 1,000-strong crowd", "a 20-odd page note", "a 6-foot wall", "a one-sided fight"],
)
def test_a_word_of_manner_or_size_after_a_hyphen_makes_no_count(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize("name", FORMATS)
def test_formats_are_read(name):
    text, written, kind, value = FORMATS[name]
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert figure.kind == kind and figure.value == pytest.approx(value)


def test_six_figures_is_a_range_of_six_digit_numbers():
    (figure,) = find_figures("The death toll reached six figures.")
    assert (figure.text, figure.kind, figure.low, figure.high) == ("six figures", "count", 100_000, 999_999)
    assert figure.vague
    (salary,) = find_figures("She earns a six-figure salary.")
    assert salary.kind == "money" and salary.noun == "salary"


def test_a_comma_that_may_separate_thousands_stays_a_thousands_separator():
    assert parse_number("1,234") == 1234 and parse_number("1.234") == pytest.approx(1.234)
    (figure,) = find_figures("It sold 1,500 copies.")
    assert figure.value == 1500


def test_a_decimal_before_a_suffix_is_not_read_as_its_whole_part():
    # the old grammar read "1.5bn" as 1 and "$3.5m" as $3
    assert [f.value for f in find_figures("1.5bn and $3.5m")] == [1.5e9, 3.5e6]
    assert [f.text for f in find_figures("a 1.5-bn deal")] == []


def test_look_alikes_with_letters_after_digits_stay_blocked():
    assert find_figures("a 5mg dose, a 3D film and 3M, the company") == []


def test_a_number_too_long_for_a_float_has_no_value_rather_than_infinity():
    assert parse_number("9" * 400) is None and parse_number("9" * 300 + " billion") is None
    (figure,) = find_figures("9" * 400 + " people came")
    assert figure.value is None and figure.comparable is None


@given(st.text(alphabet="0123456789 ,.½%$mkKbn\u00a0\u202f\u2009", min_size=1, max_size=500))
def test_every_value_is_finite_or_none(text):
    for figure in find_figures(text):
        for number in (figure.value, figure.low, figure.high, figure.comparable):
            assert number is None or math.isfinite(number)


_WORDS = st.sampled_from(
    ["1.48c", "2°C", "degrees", "June", "May", "Monday", "in", "of", "the", "last", "year", "aged", "old", "$5", "40",
     "cents", "percent", "%", "half", "a", "third", "out", "few", "millions", "first", "time", "#1", "No.", "figures",
     "12-month", "whole", "hour", "2023", "1850-1900", "16-to-19-year-olds", "per cent", "3,5", "1.5bn",
     "8:30", "a.m.", "5pm", "7 PM", "3rd", "21st", "2023-06-07", "2019 - 2023", "13 to 17", "-", "to", ":",
     "nine-member", "1-in-5", "one-in-eight", "300-page"]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=14).map(" ".join))
def test_skipping_patterns_that_cannot_match_changes_nothing(text):
    import newslit.text.numbers as numbers

    every = tuple(numbers._PATTERNS)
    quick = find_figures(text)
    original = numbers._possible
    numbers._possible = lambda _text: every
    try:
        assert find_figures(text) == quick
    finally:
        numbers._possible = original


_LOOKALIKE_WORDS = st.sampled_from(
    ["COVID-19", "H-1B", "to-2", "[3]", "(1)", "The", "²", "#fashion", "#1st", "#4", "s3ller", "mp4", "3D", "5mg",
     "5bn", "1.5C", "3M", "a@b.org", "https://x.org/1", "http", "@", "40", "and", "-", "x"]
)  # fmt: skip


@given(st.lists(_LOOKALIKE_WORDS, max_size=12).map(" ".join))
def test_leaving_out_look_alikes_that_cannot_match_finds_the_same_spans(text):
    import newslit.text.numbers as numbers

    assert numbers._blocked(text) == [m.span() for m in numbers._LOOKALIKES.finditer(text)]


_HEDGE_WORDS = st.sampled_from(
    ["almost", "Nearly", "just", "under", "up", "to", "UP TO", "as", "many", "if", "not", "the", "past", "in", "last",
     "at", "least", "over", "moreover", "cost", "ſome", "some", "an", "estimated", ",", " ", "  ", "\u00a0", "5", "x_",
     "é", "about", "whole", "a"]
)  # fmt: skip


@given(st.lists(_HEDGE_WORDS, max_size=8).map("".join), st.lists(_HEDGE_WORDS, max_size=8).map(" ".join))
def test_a_window_the_hedge_check_skips_has_no_hedge(glued, spaced):
    # _qualifier asks _may_end_in_hedge before searching the window: it must never skip a hedge
    import newslit.text.numbers as numbers

    for window in (glued, spaced, spaced + " ", spaced + ", "):
        if numbers._QUALIFIER.search(window):
            assert numbers._may_end_in_hedge(window)


def test_every_number_word_can_start_a_number():
    # the number pattern skips positions that cannot start a number: a new number word
    # with another first letter must be added there, or it would never be found
    import newslit.text.numbers as numbers

    for word in [*numbers.UNITS, *numbers.TENS]:
        assert re.match(numbers._NUMBER_START, word) and re.match(numbers._NUMBER_START, word.title())
    assert [f.value for f in find_figures("Eleven buses and Twenty-seven cars, ½ of them new")] == [11, 27, 0.5]


def test_a_count_with_thousands_separators_before_in_and_a_year_is_not_a_ratio():
    # Found on crime-2023 (a validation case) when listing its errors for the closing note, after it was measured.
    found = [(f.text, f.kind) for f in find_figures("Incidents fell from 10,687 in 2022 to 10,627 in 2023.")]
    assert found == [("10,687", "count"), ("2022", "year"), ("10,627", "count"), ("2023", "year")]
    assert [(f.text, f.kind) for f in find_figures("One in 5 adults")] == [("One in 5", "ratio")]


def test_the_first_end_of_a_range_of_percentages_is_a_percentage():
    low, high = find_figures("lower the target range to 4-3/4 to 5 percent")
    assert (low.kind, low.unit, high.kind) == ("percent", "%", "percent")


def test_basis_points_are_in_percentage_points():
    (cut,) = find_figures("a cut of 50 basis points")
    assert cut.unit == "percentage points"


def test_a_date_or_a_slogan_with_a_slash_is_not_a_fraction():
    found = [(f.text, f.value) for f in find_figures("on 9/11, open 24/7, a 5/4 split, on 3/8")]
    assert found == [("9", 9.0), ("24", 24.0), ("5", 5.0), ("3", 3.0)]


def test_a_year_before_a_fraction_stays_a_year():
    assert [(f.text, f.kind) for f in find_figures("In 2023 1/4 of adults")] == [("2023", "year"), ("1/4", "count")]


def test_a_range_of_basis_points_is_in_hundredths_at_both_ends():
    low, high = find_figures("a cut of 25 to 50 basis points")
    assert (low.value, high.value) == (0.25, 0.5)


def test_bp_in_capitals_is_a_company_not_basis_points():
    assert [f.kind for f in find_figures("It bought 3 BP petrol stations.")] == ["count"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("the leading cause of death for Americans aged 18-44.", "18-44"),
        ("for people 18-44 years old", "18-44"),
        ("adults aged 18–44 years", "18–44"),
        ("among 18-44-year-olds", "18-44"),
        # written out (births-2024-04's errors, in-sample): one group, not the ages 18 and 44
        ("teenagers ages 18 to 44 years", "18 to 44"),
        ("women aged 18 to 44", "18 to 44"),
        ("the 18- to 44-year-old age group", "18- to 44"),
    ],
)
def test_an_age_band_written_compactly_is_one_figure(text, written):
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.low, figure.high) == (written, "age", 18.0, 44.0)


def test_a_dash_between_numbers_without_an_age_word_is_no_age_band():
    assert all(f.kind != "age" for f in find_figures("scores of 18-44 points"))


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        ("deaths among Americans aged 18-44 and 45-64 fell", [(18.0, 44.0), (45.0, 64.0)]),
        ("people aged 18-24, 25-34 or 35-44", [(18.0, 24.0), (25.0, 34.0), (35.0, 44.0)]),
    ],
)
def test_every_age_band_of_a_list_after_aged_is_an_age_band_not_a_count(text, bands):
    assert [(f.kind, f.low, f.high) for f in find_figures(text)] == [("age", low, high) for low, high in bands]


def test_a_count_after_an_age_band_stays_a_count():
    assert [f.kind for f in find_figures("of those aged 18-44, 2,300 died")] == ["age", "count"]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("It found a violation of Article 8 by sixteen votes to one.", ["sixteen"]),
        ("Under Section 301 of the Trade Act, tariffs of 25% were set.", ["25%"]),
        ("Part 1 of the report counts 653,104 people.", ["1", "653,104"]),
        # from a fresh-eyes review: a figure may follow a treaty's or a rule's name
        ("The ozone layer has healed since the Montreal Protocol 35 years ago.", ["35 years"]),
        ("Under Rule 11 people were charged.", ["11"]),
    ],
)
def test_the_number_in_a_legal_texts_name_is_not_a_figure(sentence, figures):
    # Seen in an explanation as "the court's count of violation of Article, “6”".
    assert [f.text for f in find_figures(sentence)] == figures


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        ("The board imposed a 1.2 billion euro fine on the firm.", "1.2 billion euro", "EUR"),
        ("She paid with a 20 dollar bill.", "20 dollar", "$"),
        ("The firm was fined 1.2 billion euros.", "1.2 billion euros", "EUR"),
    ],
)
def test_a_currency_word_before_what_it_pays_for_makes_an_amount_of_money(sentence, written, unit):
    # gdprfine-2023-05's release: "a 1.2 billion euro fine" was read as a count, so every "€1.2 billion" was unchecked
    (figure,) = [f for f in find_figures(sentence) if f.text == written]
    assert (figure.kind, figure.unit) == ("money", unit)


def test_a_pound_before_a_noun_may_be_a_weight_and_is_not_read_as_money():
    (figure,) = find_figures("The baby was a 10 pound girl.")
    assert figure.kind != "money"


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # derailment-2023-02's report, copied from a PDF with its footnote marks: "3" was read as three train movements
        ("2 Train 32N was traveling about 47 mph at the time.", ["about 47"]),
        ("3 Train movements near the site are authorized by cab signals.", []),
        # a count or a date that opens a sentence is still a figure
        ("3 Americans died in the crash.", ["3"]),
        ("1 January 2024 marked the start.", ["1 January 2024"]),
    ],
)
def test_a_footnote_mark_opening_a_sentence_is_not_a_figure(sentence, figures):
    assert [f.text for f in find_figures(sentence)] == figures


@pytest.mark.parametrize(
    "sentence, change",
    [
        ("Prices were up 47% on the year.", "up"),
        ("Exports fell 5% in May.", "down"),
        ("First-time buyers made up 31 percent of purchases.", None),  # a part of a whole, not a rise
        ("Women make up 30 percent of the board.", None),
        ("Rent takes up 40% of their income.", None),
    ],
)
def test_a_share_a_group_makes_up_is_no_rise(sentence, change):
    (figure,) = [f for f in find_figures(sentence) if f.kind == "percent"]
    assert figure.change == change


@pytest.mark.parametrize(
    "sentence, change",
    [
        # the sixteenth review (in-sample): "saw trips rise 1.8 per cent" was read as no change at all, so it
        # matched the release's "1.8% lower": a fall told as a rise called a match
        ("Taxis saw trips rise 1.8 per cent to 642,000 a day.", "up"),
        ("Prices have risen 3% since May.", "up"),
        ("Imports surged 12% in March.", "up"),
        ("Sales slumped 8% over the winter.", "down"),
        ("Output is expected to fall 2% next year.", "down"),
    ],
)
def test_a_rise_or_a_fall_in_any_tense_gives_the_change(sentence, change):
    (figure,) = [f for f in find_figures(sentence) if f.kind == "percent"]
    assert figure.change == change


def test_a_fall_told_as_a_rise_is_no_match(make_case):
    from conftest import paper_figures

    found = paper_figures(
        make_case,
        "Taxis recorded an average of 521,000 trips a day, 2.6% lower than in 2023.",
        "Taxis saw trips rise 2.6 per cent to 521,000 a day.",
    )
    assert found["2.6 per cent"]["verdict"] != "match"


@pytest.mark.parametrize("written", ["15-year-olds", "15 year olds", "15-year-old"])
def test_the_age_of_a_group_of_people_is_an_age_not_a_length_of_time(written):
    # pisa-2023-12 (in-sample): "15-year-olds" was read as a period of 15 years
    (figure,) = find_figures(f"The test is taken by {written} in most countries.")
    assert (figure.text, figure.kind, figure.value) == (written, "age", 15.0)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [("Net migration (YE Jun 23) was 672,000.", "2023-06"), ("The shop opens on Jun 23.", "????-06-23")],
)
def test_a_two_digit_year_after_year_ending_is_a_year_not_a_day(sentence, date):
    (when,) = [f for f in find_figures(sentence) if f.kind == "date"]
    assert when.date == date


@pytest.mark.parametrize("told", ["in the year to date", "over the year so far"])
def test_the_year_to_date_is_not_a_period_of_one_year(told):
    # "in the year to date" was read as "in the year", one year: it matched the primary's "12 months"
    assert not [f for f in find_figures(f"Prices have risen {told}.") if f.kind == "period"]


@pytest.mark.parametrize(
    ("text", "written", "kind", "value"),
    [
        ("Almost three in ten workers were over 50.", "Almost three in ten", "ratio", 0.3),
        ("Three in 10 people agreed.", "Three in 10", "ratio", 0.3),
        ("Unemployment was 4.3pc in August.", "4.3pc", "percent", 4.3),
        ("The rate fell 0.2pp on the quarter.", "0.2pp", "percent", 0.2),
    ],
)
def test_shares_written_the_way_papers_write_them_are_read_whole(text, written, kind, value):
    # a tester's probes: "almost three in ten" was read as "almost three" and "ten"; "4.3pc" and "0.2pp" not at all
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert (figure.kind, round(figure.value, 6)) == (kind, value)


@pytest.mark.parametrize("text", ["There were 58 in 2023.", "Three in 2023 and four in 2024 were closed."])
def test_a_count_in_a_year_is_no_share(text):
    # "58 in 2023" was read as the share 58/2023
    assert not [f for f in find_figures(text) if f.kind == "ratio"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("the first time the population exceeded five million", "exceeded five million"),
        ("Sales topped 500 units.", "topped 500"),
        ("Revenue surpassed $2 billion.", "surpassed $2 billion"),
    ],
)
def test_a_threshold_crossed_is_read_as_a_lower_limit(text, written):
    # irishcensus-2022-06 (in-sample): "exceeded five million" says more than five million, as "over" does
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert figure.hedge == "above"


def test_over_the_next_decade_is_during_it_not_more_than_it():
    (figure,) = find_figures("needed over the next decade")
    assert figure.hedge is None and figure.unit == "decades"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The lowest temperature was minus 15.2C at Kinbrace.", "minus 15.2C", -15.2),
        ("It was −8C overnight.", "−8C", -8.0),
        ("The coldest night was almost minus 15C.", "almost minus 15C", -15.0),
        ("Temperatures fell to 8C below zero in Aviemore.", "8C below zero", -8.0),
    ],
)
def test_a_temperature_below_zero_keeps_its_sign(text, written, value):
    # a third review (2026-12-06): "minus 15.2C" was read as 15.2C, so "15.2C" would have matched it
    (figure,) = [f for f in find_figures(text) if f.kind == "temperature"]
    assert (figure.text, figure.value) == (written, value)


@pytest.mark.parametrize(
    ("text", "written", "hedge"),
    [
        ("The race covers 3,492 kilometres over 21 stages.", "21", None),
        ("The festival is spread over 11 acres.", "11", None),
        ("4,000 patients waited over 18 weeks.", "over 18 weeks", "above"),
        ("The firm has 300 employees over 50.", "over 50", "above"),
        ("He ran over 21 miles.", "over 21", "above"),
    ],
)
def test_over_that_spreads_an_amount_across_parts_is_no_limit(text, written, hedge):
    # a third review (2026-12-06): "21" stages was called a rounding of "over 21" ("leaves out the limit")
    figure = next(f for f in find_figures(text) if f.text.endswith(written.split()[-1]) and f.text == written)
    assert figure.hedge == hedge


@pytest.mark.parametrize(
    ("text", "written", "hedge"),
    [
        ("Inflation stayed above 4% in 2023.", "above 4%", "above"),
        ("Profits will top £675 million.", "will top £675 million", "above"),
        ("Sales tops £2bn.", "tops £2bn", "above"),
        ("The top 10 firms paid £5m.", "10", None),
        ("The top 1% of earners paid more.", "1%", None),
    ],
)
def test_above_and_top_as_a_verb_are_limits(text, written, hedge):
    # fresh-eyes reviews (2026-12-06): "above 4%" for 3.9% was read as 4% and called rounded
    figure = next(f for f in find_figures(text) if f.text == written)
    assert figure.hedge == hedge


# ---- from the sixth fresh-eyes review (2026-12-06; invented texts, in-sample for these rules) ----


@pytest.mark.parametrize(
    ("text", "written", "hedge"),
    [
        # an amount then "fewer than"/"more than" compares that amount: the length after it is exact
        ("3,120 seals were counted, 18% fewer than five years earlier.", "five years", None),
        ("That is £120 more than a year ago, on top of 12 months of rises.", "12 months", None),
        # "hand over" is one verb; "paid over £2,500" is more than £2,500
        ("Tenants hand over £1,276 a month.", "£1,276", None),
        ("Households paid over £2,500 extra.", "over £2,500", "above"),
        # a rough hedge with "a" before its number
        ("Short sleepers had about a 30% higher chance of it.", "about a 30%", "approx"),
        ("More than 5,000 people died.", "More than 5,000", "above"),
    ],
)
def test_a_comparison_or_a_verbs_over_is_no_limit_and_about_a_is_a_hedge(text, written, hedge):
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert figure.hedge == hedge


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A new survey of 3,450 young people says most spend more.", "people"),  # the sixth review: "it counts says"
        ("A poll of 2,000 adults shows most back it.", "adults"),
        ("It aired 1,200 TV shows.", "shows"),  # a plural noun after a word that is not one
        ("Some 300 police reports were filed.", "reports"),
    ],
)
def test_a_verb_of_saying_after_the_counted_people_is_not_what_is_counted(text, noun):
    assert find_figures(text)[0].noun == noun


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        # the seventh review (in-sample): "aged between 35 and 54" is one age group, as "aged 35 to 54" is
        ("Workers aged between 35 and 54 made up most.", "35 and 54", "age"),
        # "two in five euros" is a share of the euros, not "About two" and "five euros"
        ("About two in five euros spent went on hotels.", "About two in five", "ratio"),
        ("It cost five euros.", "five euros", "money"),
    ],
)
def test_an_age_group_between_two_ages_and_a_share_of_euros_are_read_whole(text, written, kind):
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert figure.kind == kind


@pytest.mark.parametrize("text", ["Guests in four- and five-star hotels pay more.", "A 5-star rating was given."])
def test_a_star_rating_is_a_kind_of_thing_not_a_count(text):
    # The seventh review (in-sample): "five-star" hotels were called a change of the release's "four stars"
    assert not [f for f in find_figures(text) if "star" in f.text]


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("London had 6.1 deaths per 100,000 people, against 2.8 per 100 000 in the North East.", ["6.1", "2.8"]),
        ("The rate was 54.4 births per 1,000 women.", ["54.4"]),
        ("The North East was lower, under 3 per 100k.", ["under 3"]),
        ("There were 1.26 deaths per 100 million vehicle miles.", ["1.26"]),
        ("Two nurses per 1,500 residents, at $15 per hour.", ["Two", "1,500", "$15"]),  # a base no power of ten
    ],
)
def test_the_base_of_a_rate_is_not_a_figure(sentence, figures):
    # a learner checking "100,000" against the release would be checking nothing: it is how the rate is counted
    assert [f.text for f in find_figures(sentence)] == figures


@pytest.mark.parametrize(
    "text, written, hedge",
    [
        ("Roughly a third of ~10k river sections are good.", "~10k", "approx"),
        ("It reached ≈40 sites.", "≈40", "approx"),
    ],
)
def test_a_tilde_written_onto_a_number_is_a_hedge(text, written, hedge):
    figure = next(f for f in find_figures(text) if f.text == written)
    assert figure.hedge == hedge and figure.comparable == float(written[1:].replace("k", "000"))


def test_a_tilde_between_two_numbers_is_no_hedge():
    assert [(f.text, f.hedge) for f in find_figures("a score of 5~6")] == [("5", None), ("6", None)]


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("It reported a net profit of ¥1.9 billion.", "¥1.9 billion", "¥"),
        ("The tax gap was KSh 485 billion.", "KSh 485 billion", "KES"),
        ("Fines reached JPY 5bn.", "JPY 5bn", "JPY"),
    ],
)
def test_yen_yuan_and_shillings_are_money(text, written, unit):
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.unit) == (written, "money", unit)


@pytest.mark.parametrize(
    "text, written, unit, value",
    [
        # rand written with an R: only with a scale, thousands or cents ("R0.9" and the R2 road are names)
        ("The extension will cost R35.2bn.", "R35.2bn", "ZAR", 35.2e9),
        ("Tax collections are R1.91 trillion.", "R1.91 trillion", "ZAR", 1.91e12),
        ("The rand firmed to R17.21 against the dollar.", "R17.21", "ZAR", 17.21),
        ("Rent is R3,500 a month.", "R3,500", "ZAR", 3500),
        ("The grant rises to R370-a-month.", "R370", "ZAR", 370),
        ("Revenue was R38.6 billion (H1 2024: R43.4 billion).", None, "ZAR", 38.6e9),  # a scale after a space
        ("Unit costs climbed 6% to R21 450.", "R21 450", "ZAR", 21450),  # a space between thousands
        # shillings written with Sh or KSh, with or without a space
        ("A ministry statement said Sh45 million was spent.", "Sh45 million", "KES", 45e6),
        ("Residents paid Sh30 a jerrycan.", "Sh30", "KES", 30),
        ("It cost KSh1.1 billion.", "KSh1.1 billion", "KES", 1.1e9),
    ],
)
def test_rand_and_shillings_written_with_letters_are_money(text, written, unit, value):
    figure = next(f for f in find_figures(text) if f.kind == "money")
    assert (figure.text, figure.kind, figure.unit, figure.value) == (written or figure.text, "money", unit, value)
    assert written or figure.text == "R38.6 billion"


@pytest.mark.parametrize(
    "text, written, kind, value",
    [
        # a bare "c" among money words is cents; among words of heat, or alone, degrees
        ("Headline earnings per share fell 48% to 320c.", "320c", "money", 3.2),
        ("The group declared an interim dividend of 80c a share.", "80c", "money", 0.8),
        ("Temperatures hit 32c on Monday as prices of fans soared.", "32c", "temperature", 32),
        ("It reached 41c in Seville.", "41c", "temperature", 41),
    ],
)
def test_a_bare_c_is_cents_among_money_words_and_degrees_otherwise(text, written, kind, value):
    figure = next(f for f in find_figures(text) if f.text == written)
    assert (figure.kind, figure.value) == (kind, pytest.approx(value))


@pytest.mark.parametrize(
    "text, written, value",
    [
        # naira, with its sign or an N before a scale, thousands or kobo ("N95" and the N2 road are names)
        ("Profit rose to ₦412.6 billion.", "₦412.6 billion", 412.6e9),
        ("Profit rose to N412.6bn.", "N412.6bn", 412.6e9),
        ("Earnings per share were N10.78.", "N10.78", 10.78),
        ("A bag of rice costs N1,200.", "N1,200", 1200),
    ],
)
def test_naira_are_money(text, written, value):
    (figure,) = find_figures(text)
    assert (figure.text, figure.unit, figure.value) == (written, "NGN", pytest.approx(value))


@pytest.mark.parametrize("text", ["Wear an N95 mask.", "Take the N2 north."])
def test_an_n_before_a_bare_number_is_a_name(text):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Rainfall was 148 mm, against 125mm a year ago.", [148, 125]),
        ("Households used 4,120 kWh, down from 4,340kWh.", [4120, 4340]),
        ("A 2.5MW turbine.", [2.5]),
        ("The 3D film used 5mg.", []),  # a unit not listed stays part of a word
    ],
)
def test_a_measure_written_onto_its_number_leaves_the_number_readable(text, numbers):
    assert [f.value for f in find_figures(text) if f.kind != "date"] == numbers  # "a year ago" is a date


@pytest.mark.parametrize(
    ("text", "month"), [("Prices have risen since last October.", "????-10"), ("It opens next March.", "????-03")]
)
def test_a_month_after_last_or_next_is_a_date(text, month):
    (figure,) = find_figures(text)
    assert (figure.kind, figure.date) == ("date", month)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Unit costs climbed 6% to R21 450 an ounce.", ["6%", "R21 450"]),  # what the price is for
        ("Petrol costs 135p a litre.", ["135p"]),
        ("Add an ounce of butter.", ["an ounce"]),  # a size of its own
    ],
)
def test_a_unit_a_price_is_for_is_no_figure(text, written):
    assert [f.text for f in find_figures(text)] == written


def test_lakh_metric_tonnes_are_lakhs():
    # India's farm ministry writes harvests in LMT: 1,154.30 LMT is 115.43 million tonnes
    (figure,) = find_figures("Wheat is put at 1,154.30 LMT.")
    assert figure.value == pytest.approx(115.43e6)


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("A litre of unleaded now costs almost 135p.", "almost 135p", 1.35),
        ("Petrol fell by 2.3 pence per litre.", "2.3 pence", 0.023),
        ("You will pay on average 24.86p per kilowatt hour.", "on average 24.86p", 0.2486),
    ],
)
def test_pence_are_money(text, written, value):
    (figure,) = [f for f in find_figures(text) if f.kind == "money"]
    assert (figure.text, figure.unit) == (written, "GBP") and figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, written, unit, value",
    [
        ("Debt costs will swallow nearly 22c of every rand the taxman collects.", "nearly 22c", "ZAR", 0.22),
        ("Petrol rose 9c a litre.", "9c", "$", 0.09),
    ],
)
def test_cents_written_with_a_c_before_what_they_are_of_are_money_not_degrees(text, written, unit, value):
    (figure,) = [f for f in find_figures(text) if f.text == written]
    assert (figure.kind, figure.unit) == ("money", unit) and figure.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["It was shot in 1080p.", "Meet at 4p.m.", "See p45."])
def test_a_p_that_is_no_penny_is_no_money(text):
    assert [f for f in find_figures(text) if f.kind == "money"] == []


@pytest.mark.parametrize("text", ["The R number is R0.9.", "Take the R2 to the R12 motorway.", "A jet, the A320."])
def test_a_letter_and_a_number_that_are_a_name_are_no_money(text):
    assert [f for f in find_figures(text) if f.kind == "money"] == []


@pytest.mark.parametrize(
    "text, written, hedge",
    [
        ("Losses could run as high as A$3.9bn.", "as high as A$3.9bn", "max"),
        ("as low as 3.9 per cent", "as low as 3.9 per cent", "min"),
    ],
)
def test_as_high_as_and_as_low_as_are_limits(text, written, hedge):
    (figure,) = find_figures(text)
    assert (figure.text, figure.hedge) == (written, hedge)


@pytest.mark.parametrize(
    "text, written, low, high",
    [
        ("An adult swallows a few thousand particles a year.", "a few thousand", 2_000, 5_000),
        ("Several hundred people came.", "Several hundred", 300, 900),
        ("He invited several million migrants.", "several million", 3_000_000, 9_000_000),
        ("A few people came.", "A few", 2, 5),
    ],
)
def test_a_vague_amount_with_a_scale_is_read_whole(text, written, low, high):
    (figure,) = find_figures(text)
    assert (figure.text, figure.low, figure.high) == (written, low, high)


@pytest.mark.parametrize(
    "sentence, figure, kind",
    [
        # the sixteenth review (in-sample): "28,914 times" was read as the multiple "914 times"
        ("The overflows spilled 28,914 times for a total of 196,480 hours.", "28,914", "count"),
        ("Staff used the lifts 1,200 times last year.", "1,200", "count"),
        ("Prices are 3 times higher than in 2020.", "3 times", "multiple"),
        ("Levels were 10 to 100 times greater.", "10 to 100 times", "multiple"),
    ],
)
def test_a_number_with_thousands_before_times_is_read_whole(sentence, figure, kind):
    found = {f.text: f.kind for f in find_figures(sentence)}
    assert found.get(figure) == kind
    assert "914 times" not in found and "200 times" not in found


@pytest.mark.parametrize(
    "sentence, figure, minutes",
    [
        # "an hour and a half" was read as "an hour": against a release's 90 minutes, a change the outlet never made
        ("The queue lasted an hour and a half.", "an hour and a half", 90.0),
        ("Patients waited a day and a half for a bed.", "a day and a half", 36 * 60.0),
        ("It took an hour.", "an hour", 60.0),
    ],
)
def test_a_unit_and_a_half_is_one_and_a_half_units(sentence, figure, minutes):
    (found,) = [f for f in find_figures(sentence) if f.kind == "period"]
    assert (found.text, found.comparable) == (figure, minutes)
