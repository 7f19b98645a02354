"""The general rules of the sentence alignment, each on a small named text (issue 15).

Each rule was added because retellings of statistics releases and climate reports were
mislabelled: a faithful sentence wrapped in a dateline and "the agency said" read as
added, and a sentence that reused a release's words to report another finding read as
reworded. Every text here is invented for the test.
"""

from __future__ import annotations

import pytest

from newslit import load_case
from newslit.analysis.provenance import provenance_records, unify_units
from newslit.text.attribution import claim
from newslit.text.tokens import concepts

# A short statistics release and a short climate summary (invented).
JOBS_RELEASE = (
    "The unemployment rate in the region fell to 4.2 percent in March, the regional statistics office reported today. "
    "Factory orders rose 3.1 percent over the month. "
    "Retail sales were little changed in March."
)
CLIMATE_SUMMARY = (
    "The year was 1.48°C warmer than the 1850-1900 pre-industrial level. "
    "Each month from June to December was warmer than the same month in any earlier year. "
    "The average for September was 0.93°C above the 1991-2020 average."
)
PRICES_RELEASE = (
    "The price index for the region increased 1.3 percent in June, the statistics office reported today. "
    "Over the last 12 months, the all items index increased 9.1 percent before seasonal adjustment. "
    "The food index increased 1.0 percent in June."
)

# Retold sentences (invented), each with what it shows.
DATELINE_AND_AGENCY = (
    "Jan. 9 (UPI) -- The Lakeside labour department said on Tuesday that the unemployment rate in the region "
    "went down in March."
)
AGENCY_AT_THE_END = (
    "The unemployment rate in the region went down in March, according to figures the Lakeside labour department "
    "released on Tuesday."
)
DATELINE_AND_AGENCY_AT_THE_END = (
    "Lakeside (Canada) (AFP) – The unemployment rate in the region went down in March, the Lakeside labour "
    "department said on Tuesday."
)
OTHER_FINDING_SAME_WORDS = (
    "For the first time, two days were more than 2°C warmer than the 1850-1900 pre-industrial level."
)
SAME_FINDING_ROUNDED = "The year was about 1.5 degrees Celsius warmer than the 1850-1900 pre-industrial level."
FIGURE_IN_ANOTHER_LINE = "The price index in the region rose 9.1% in the year to June, the office said."
HIGHEST_FOR_LARGEST = "Prices rose at the highest rate in June."


TWO_ARTICLES = (
    '[case]\ntitle = "t"\nquestion = "q?"\nprimary = "p"\n\n'
    '[[article]]\nid = "p"\nfile = "p.txt"\noutlet = "Regional Statistics Office"\nlanguage = "en"\nkind = "news"\n\n'
    '[[article]]\nid = "d"\nfile = "d.txt"\noutlet = "Daily"\nlanguage = "en"\nkind = "news"\n'
)


def align(make_case, primary: str, sentence: str) -> dict:
    """The provenance record of ``sentence`` retold against ``primary`` (a one-sentence retelling)."""
    folder = make_case(TWO_ARTICLES, {"p.txt": primary + "\n", "d.txt": sentence + "\n"})
    (found,) = [r for r in provenance_records(load_case(folder)) if r["article"] == "d"]
    return found


# ---- attribution and datelines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("Jan. 9 (UPI) -- Prices rose 9.1% in June.", "Prices rose 9.1% in June."),
        ("Lakeside (Canada) (AFP) – Prices rose 9.1% in June.", "Prices rose 9.1% in June."),
        ("Prices rose 9.1% in June, the agency said.", "Prices rose 9.1% in June."),
        ("Prices rose 9.1% in June, says the regional statistics office.", "Prices rose 9.1% in June."),
        ("The agency said on Tuesday that prices rose 9.1% in June.", "prices rose 9.1% in June."),
        ("Prices rose 9.1% in June, according to data released Wednesday.", "Prices rose 9.1% in June."),
    ],
)
def test_a_dateline_and_an_attribution_are_set_aside(sentence, left):
    assert claim(sentence).text == left


def test_an_attribution_inside_the_sentence_or_alone_stays():
    assert claim("Prices, the agency said, rose 9.1% in June.").text == "Prices, the agency said, rose 9.1% in June."
    assert claim("According to the report.").text == "According to the report."
    assert claim("The team found 128 accounts.").text == "The team found 128 accounts."


def test_a_faithful_sentence_with_a_dateline_and_the_agency_said_is_reworded(make_case):
    found = align(make_case, JOBS_RELEASE, DATELINE_AND_AGENCY)
    assert found["label"] == "reworded"
    assert found["primary_index"] == [0]


@pytest.mark.parametrize("sentence", [AGENCY_AT_THE_END, DATELINE_AND_AGENCY_AT_THE_END])
def test_a_faithful_sentence_credited_at_its_end_is_reworded(make_case, sentence):
    found = align(make_case, JOBS_RELEASE, sentence)
    assert found["label"] == "reworded"
    assert found["primary_index"] == [0]


# ---- numbers ------------------------------------------------------------------------------


def test_a_sentence_whose_numbers_are_not_in_its_primary_sentence_is_added(make_case):
    found = align(make_case, CLIMATE_SUMMARY, OTHER_FINDING_SAME_WORDS)
    assert found["label"] == "added"
    assert found["nearest_index"] == 0  # the reader still sees which line it resembles


def test_the_same_figure_rounded_and_in_other_units_stays_reworded(make_case):
    found = align(make_case, CLIMATE_SUMMARY, SAME_FINDING_ROUNDED)
    assert found["label"] == "reworded"
    assert found["primary_index"] == [0]


def test_the_line_that_gives_the_retold_figure_joins_the_match(make_case):
    found = align(make_case, PRICES_RELEASE, FIGURE_IN_ANOTHER_LINE)
    assert found["label"] == "reworded"
    assert 1 in found["primary_index"]


def test_degrees_celsius_and_the_degree_sign_are_the_same_word():
    assert set(concepts(unify_units("0.93 degrees Celsius"))) == set(concepts(unify_units("0.93°C")))
    assert unify_units("9.1%") == unify_units("9.1 percent") == "9.1 percent"


# ---- synonyms (data/synonyms.csv) -----------------------------------------------------------


def test_highest_and_largest_and_rose_and_increased_are_one_word_each():
    assert set(concepts("the highest rate")) == set(concepts("the largest rate"))
    assert set(concepts("prices rose")) == set(concepts("prices increased"))
    assert set(concepts("higher costs")) & set(concepts("higher prices"))


def test_a_retold_highest_rate_is_matched_to_the_largest_increase(make_case):
    release = (
        "The all items index increased 9.1 percent for the 12 months ending June, the largest 12-month increase "
        "since the period ending November 1981. The energy index rose 7.5 percent over the month."
    )
    found = align(make_case, release, "Annual inflation reached the highest rate since November 1981.")
    assert found["label"] == "reworded"
    assert found["primary_index"] == [0]


def test_the_only_line_that_gives_the_retold_year_joins_the_match(make_case):
    summary = (
        "The year is confirmed as the warmest calendar year in global temperature data records going back to 1850. "
        "The year had a global average temperature of 14.98°C, 0.17°C higher than the previous highest annual value "
        "in 2016. Each month from June to December was warmer than the same month in any earlier year."
    )
    found = align(make_case, summary, "The year was the hottest on record, beating the old record set in 2016.")
    assert found["label"] == "reworded"
    assert found["primary_index"] == [0, 1]


def test_who_a_sentence_credits_still_helps_to_find_its_primary_sentence(make_case):
    statement = (
        "The parent company Northwind says it is improving internal controls against fraud on the market. "
        "It said it is also working on preventing its tools from recommending that buyers contact one another."
    )
    found = align(
        make_case, statement, "According to the parent company Northwind, more is now being done against fraud."
    )
    assert found["label"] == "reworded"
    assert found["primary_index"] == [0]


def test_a_shared_unit_is_not_shared_content(make_case):
    release = (
        "The number of overdose deaths in the 12-month period ending in April was 48,210. "
        "Deaths involving opioids rose to 31,005 in the same period. Fentanyl was involved in 28.5% of the deaths."
    )
    found = align(make_case, release, "About 30% of the deaths involved cocaine.")
    assert found["label"] == "added"


@pytest.mark.parametrize(
    ("last_line", "sentence", "label"),
    [
        ("Four members preferred to maintain the bank rate at 4.25%.", "It had stood at 4.25 percent for a full year.",
         "reworded"),  # one distinctive figure shared: enough
        ("4 members disagreed.", "It was the 4th cut in 4 years.", "added"),  # a small count is no such figure
    ],
    ids=["distinctive figure", "small count"],
)  # fmt: skip
def test_a_short_sentence_that_shares_only_one_figure(make_case, last_line, sentence, label):
    release = "The committee voted to reduce the bank rate by 0.25 percentage points, to 4%. " + last_line
    assert align(make_case, release, sentence)["label"] == label


RATE_DECISION = (
    "At its meeting ending on 3 June, the committee voted by a majority of 6–3 to reduce the central bank rate "
    "by 0.25 percentage points, to 4%. Three members preferred to maintain the rate at 4.25%. "
    "Inflation is expected to rise a little in the second half of the year."
)
LEDE = "The Northland central bank cut borrowing costs for the first time since the pandemic on Thursday."


def test_an_opening_that_retells_the_main_point_in_other_words_is_reworded(make_case):
    assert align(make_case, RATE_DECISION, LEDE)["label"] == "reworded"


@pytest.mark.parametrize(
    ("order", "expected"),
    [("lede first", ["reworded", "added"]), ("lede second", ["added", "added"])],
)
def test_the_same_sentence_after_the_opening_needs_more_shared_words(make_case, order, expected):
    opening = "Shoppers in the capital queued for bargains in the winter sales this week."
    sentences = [LEDE, opening] if order == "lede first" else [opening, LEDE]
    folder = make_case(TWO_ARTICLES, {"p.txt": RATE_DECISION + "\n", "d.txt": "\n\n".join(sentences) + "\n"})
    assert [r["label"] for r in provenance_records(load_case(folder)) if r["article"] == "d"] == expected


# ---- amounts, units in word pairs, a count from a second line -------------------------------

HOUSING_REPORT = (
    "The department expects to spend £1.2 billion on its large sites programme. "
    "Its latest estimates suggest the sites will cost £46 million more than using hotels. "
    "At the end of January the sites were housing approximately 900 people. "
    "The department had planned to house 8,500 people across four large sites."
)


@pytest.mark.parametrize(
    "sentence",
    ["Overall the watchdog found the sites had worked out at £46million more expensive.",
     "Overall the watchdog found the sites had worked out at £46m more expensive.",
     "Overall the watchdog found the sites had worked out at 46 million pounds more expensive."],
    ids=["£46million", "£46m", "46 million"],
)  # fmt: skip
def test_an_amount_in_millions_is_one_figure_however_it_is_written(make_case, sentence):
    found = align(make_case, HOUSING_REPORT, sentence)
    assert (found["label"], found["primary_index"]) == ("reworded", [1])


def test_five_metres_is_not_five_million():
    assert unify_units("a 5m swimming pool") == "a 5m swimming pool"
    assert unify_units("£5m and $1.5bn") == "£5000000 and $1500000000"


def test_a_more_exact_figure_retells_the_rounded_one(make_case):
    release = "The estimate of total immigration for the year was 1.2 million. Emigration was 508,000."
    found = align(make_case, release, "The statisticians estimate 1.18 million moved to the country that year.")
    assert (found["label"], found["primary_index"]) == ("reworded", [0])


def test_the_same_words_with_a_more_exact_figure_are_not_a_copy(make_case):
    release = "The estimate of total immigration for the year was 1.2 million. Emigration was 508,000."
    found = align(make_case, release, "The estimate of total immigration for the year was 1.18 million.")
    assert found["label"] == "reworded"


def test_a_count_and_its_month_bring_their_line_into_the_match(make_case):
    release = (
        "The department expects to spend £1.2 billion on its large sites programme. "
        "It has spent £230 million developing four large sites: the Bibby Stockholm barge, the former bases at "
        "Scampton and Wethersfield, and student housing in Huddersfield. "
        "At the end of January the sites were housing approximately 900 people."
    )
    sentence = (
        "By January it managed just 900 across four sites: Scampton, Wethersfield, the Bibby Stockholm barge and "
        "student housing in Huddersfield."
    )
    assert align(make_case, release, sentence)["primary_index"] == [1, 2]


def test_a_percent_sign_and_percent_make_the_same_word_pairs(make_case):
    release = (
        "The committee voted to reduce the bank rate to 5%. Four members preferred to maintain Bank Rate at 5.25%."
    )
    found = align(make_case, release, "Four members preferred to maintain the rate at 5.25 percent.")
    assert (found["label"], found["primary_index"]) == ("copied", [1])
