"""Figures an outlet quoted right are never called changed or rounded.

Found by trying invented retellings of an invented hospital-waiting release (2026-12-05),
before the eighth and ninth validation cases were measured: "only 71.3 percent" was called
a hedge ("rounded"), "longer than 18 weeks" for "more than 18 weeks" was called a dropped
limit ("changed"), "doubled to 3,412" was compared with the release's earlier value 1,706
although the release gives 3,412 ("changed"), and "lost over 12 months" was read as "more
than 12 months". And from poverty-2025-09's errors after its one measurement (in-sample for
this rule): "the median Black household had an income of $56,290" was called a change of the
release's median household income, a group the release never names. And from pricecap-2024-11's
one wrong accusation at its measurement (in-sample for this rule): "could pay up to £1,738" for
the release's flat £1,738 was called rounded.
"""

from __future__ import annotations

import pytest

from newslit import load_case
from newslit.analysis.figures import figure_records

from conftest import paper_figures, write_retold_case

RELEASE = """Waiting times, March 2024 (invented test release)

The ministry said 3,412 patients waited more than 18 weeks for surgery at the end of March 2024, up from 1,706 a year earlier.

The share of patients seen within four hours fell to 71.3% from 74.0%.

In all, 48,210 people died on the roads in the 12 months to June 2024.

Real median household income was $83,730 in 2024.
"""

TOML = """[case]
title = "Waiting times (invented)"
question = "Which figures did the outlets keep?"
primary = "ministry"

[[article]]
id = "ministry"
file = "release.txt"
outlet = "Ministry of Health"
published = 2024-07-02

"""

# name -> (sentence of a retelling, figure as written, verdicts that accuse nobody wrongly)
RETOLD = {
    "only_is_no_hedge": ("Only 71.3 percent of patients were seen within four hours.", "Only 71.3 percent", {"match"}),
    "longer_than_is_more_than": (
        "Some 3,412 patients were waiting longer than 18 weeks.",
        "longer than 18 weeks",
        {"match"},
    ),
    "over_a_wait_is_more_than": ("The number waiting over 18 weeks hit 3,412.", "over 18 weeks", {"match"}),
    "over_a_span_is_during_it": ("In all, 48,210 lives were lost over 12 months.", "over 12 months", {"match"}),
    "a_group_the_primary_never_names": (
        "In 2024, the median Black household had an income of $56,290.",
        "$56,290",
        {"not_in_primary"},
    ),
    # A primary that names no place (this release) takes one for granted (pricecap-2024-11's errors, in-sample):
    # the outlet that names it keeps the figure; a place with another value is still only a lead.
    "a_place_the_primary_takes_for_granted": (
        "In Britain, the share of patients seen within four hours fell to 71.3%.",
        "71.3%",
        {"match"},
    ),
    "a_place_with_another_value_is_a_lead": (
        "In Wales, the share of patients seen within four hours fell to 69.0%.",
        "69.0%",
        {"not_in_primary"},
    ),
    # From pricecap-2024-11's one wrong accusation (in-sample for this rule): "could pay up to £1,738" for a flat £1,738.
    "a_limit_word_on_the_primarys_own_value": (
        "Up to 48,210 people died on the roads in the 12 months to June 2024.",
        "Up to 48,210",
        {"match"},
    ),
    "the_same_number_given_elsewhere": (
        "The number of patients waiting for surgery doubled to 3,412 in the year to March.",
        "3,412",
        {"match", "not_in_primary"},
    ),
}


def _retold_records(factory, name: str, release: str, retold: dict, toml: str = TOML) -> list[dict]:
    """The figure records of an invented case: ``release`` and one retelling per sentence of ``retold``."""
    folder = factory.mktemp(name)
    sentences = [sentence for sentence, *_ in retold.values()]
    write_retold_case(folder, toml, ("release.txt", release), sentences, "Headline {n}", "2024-07-03")
    return figure_records(load_case(folder))


def _record(records: list[dict], retold: dict, name: str) -> dict:
    """The record of the figure ``retold[name]`` names, in its own retelling."""
    n = list(retold).index(name)
    (record,) = [r for r in records if r["article"] == f"r{n}" and r["text"] == retold[name][1]]
    return record


def _paper_figures(make_case, release: str, paper: str) -> list[dict]:
    """The figure records of one retelling, ``paper``, of an invented ``release``."""
    toml = TOML + '[[article]]\nid = "paper"\nfile = "paper.txt"\noutlet = "The Paper"\npublished = 2024-07-03\n'
    return figure_records(load_case(make_case(toml, {"release.txt": release, "paper.txt": paper})))


def _paper_record(make_case, release: str, paper: str, written: str) -> dict:
    """The one record of the paper's figure written ``written``."""
    (record,) = [
        r for r in _paper_figures(make_case, release, paper) if r["article"] == "paper" and r["text"] == written
    ]
    return record


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return _retold_records(tmp_path_factory, "waits", RELEASE, RETOLD)


@pytest.mark.parametrize("name", RETOLD)
def test_a_figure_quoted_right_is_not_called_changed_or_rounded(records, name):
    record = _record(records, RETOLD, name)
    assert record["verdict"] in RETOLD[name][2], record["explanation"]


def test_the_same_number_given_elsewhere_is_a_lead_to_that_number(records):
    record = _record(records, RETOLD, "the_same_number_given_elsewhere")
    assert record["verdict"] == "match" or record["lead_text"] == "3,412"
    assert "1,706" not in record["explanation"]


def test_a_changed_figure_in_a_title_case_headline_is_still_changed(make_case):
    records = _paper_figures(
        make_case,
        "Jobs (invented)\n\nTotal payroll employment rose by 206,000 in June.\n",
        "US Economy Adds 208,000 New Jobs\n\nThe economy added 208,000 jobs in June.\n",
    )
    verdicts = {r["verdict"] for r in records if r["text"] == "208,000"}
    assert verdicts == {"changed"}


def test_a_primary_figure_for_a_place_the_retelling_never_names_is_not_its_figure_changed(make_case):
    records = _paper_figures(
        make_case,
        "Awareness (invented)\n\nAwareness was even higher in Scotland (90%), where the rule was new.\n",
        "Awareness\n\nAwareness was, however, lower amongst young people (83%).\n",
    )
    (record,) = [r for r in records if r["text"] == "83%"]
    assert record["verdict"] == "not_in_primary", record["explanation"]


def test_a_quarter_of_the_year_is_a_period_the_engine_can_read(make_case):
    # Found by population-2024-09 (the first measurement crashed with KeyError: 'quarter'): "in the quarter"
    # was read as a period whose length the engine did not know.
    records = _paper_figures(
        make_case,
        "Population (invented)\n\nThe population grew by 0.6% in the quarter, to 41,288,599.\n",
        "Growth\n\nThe population grew 0.6 per cent in the quarter.\n",
    )
    verdicts = {r["text"]: r["verdict"] for r in records if r["article"] == "paper"}
    assert verdicts["0.6 per cent"] == "match"


# ---- from sewage-2024-03's errors, after its one measurement (in-sample for these) ----


def test_a_figure_the_outlet_credits_to_someone_else_is_not_called_a_rounding(make_case):
    records = _paper_figures(
        make_case,
        "Overflows (invented)\n\nData was returned from 14,318 storm overflows in 2023.\n",
        "Overflows\n\nThere are around 15,000 storm overflows, according to the House of Lords website.\n",
    )
    (record,) = [r for r in records if r["text"] == "around 15,000"]
    assert record["verdict"] == "not_in_primary"
    assert "someone else" in record["explanation"]


@pytest.mark.parametrize(
    ("retold", "verdict"),
    [
        ("around 15,000", "rounded"),  # to the nearest 5,000
        ("around 13,000", "rounded"),
        ("about 13,300", "rounded"),
        ("about 10,000", "changed"),  # one digit: 15% either side, not 13,313
        ("around 16,000", "changed"),  # written to the thousand: 15,200 to 16,800
    ],
)
def test_about_a_round_number_allows_what_rounds_to_it_as_written(make_case, retold, verdict):
    records = _paper_figures(
        make_case,
        "Overflows (invented)\n\nData was returned from 13,313 storm overflows in 2022.\n",
        f"Overflows\n\nData was returned from {retold} storm overflows in 2022.\n",
    )
    (record,) = [r for r in records if r["text"] == retold]
    assert record["verdict"] == verdict, record["explanation"]


# ---- found by a fresh-eyes review of this stop's rules, on invented texts (2026-12-05) ----

REVIEW_RELEASE = """Waiting and roads (invented test release)

In a survey, 30% of patients waited more than four hours.

Patients must wait no more than 18 weeks for surgery.

In March 2024, 3,412 patients had waited more than 18 weeks.

Road deaths fell to 1,624 in 2023.
"""

# name -> (sentence of a retelling, figure as written, the verdict a careful reader gives)
REVIEW_RETOLD = {
    "about_a_third_is_rounded": ("About a third of patients waited more than four hours.", "About a third", "rounded"),
    "no_longer_than_is_no_more_than": (
        "Patients must wait no longer than 18 weeks for surgery.",
        "no longer than 18 weeks",
        "match",
    ),
    "the_ministry_saying_a_changed_figure_is_still_changed": (
        "The ministry said 3,900 patients had waited more than 18 weeks in March 2024.",
        "3,900",
        "changed",
    ),
    "someone_else_named_like_the_primary_is_someone_else": (
        "Around 1,700 people were killed on the roads in 2023, according to the Department of Transport Safety.",
        "Around 1,700",
        "not_in_primary",
    ),
}


@pytest.fixture(scope="module")
def review_records(tmp_path_factory):
    toml = TOML.replace('outlet = "Ministry of Health"', 'outlet = "Ministry of Health and Roads"')
    return _retold_records(tmp_path_factory, "review", REVIEW_RELEASE, REVIEW_RETOLD, toml)


@pytest.mark.parametrize("name", REVIEW_RETOLD)
def test_each_figure_of_the_review_gets_the_verdict_a_careful_reader_gives(review_records, name):
    record = _record(review_records, REVIEW_RETOLD, name)
    assert record["verdict"] == REVIEW_RETOLD[name][2], record["explanation"]


def test_a_list_of_age_bands_stops_before_a_count_or_a_range_of_percentages():
    from newslit.text.numbers import find_figures

    assert [f.kind for f in find_figures("Of those aged 65-74, 12-14 were readmitted.")][:1] == ["age"]
    assert len([f for f in find_figures("Of those aged 65-74, 12-14 were readmitted.") if f.kind == "age"]) == 1
    assert len([f for f in find_figures("Among those aged 16-24, 10-15% said so.") if f.kind == "age"]) == 1


# ---- age groups and a count beside the primary's (written from births-2024-04's errors after its one
# measurement; in-sample for these): the release's age groups were "rounded" by every single age near them,
# another group's rate was called a rounding of the release's, and the year before's count a change of the year's.

BIRTHS = """Births, 2023 (invented test release)

The birth rate for teenagers aged 15–19 was down 3% in 2023 to 13.2 births per 1,000 women.

The birth rate for women ages 20–24 (55.4) reached a record low.

The report shows a 2% decline from 2022, with 3,591,328 births recorded in 2023.
"""

AGES = {
    "the_group_written_out": ("The rate for teenagers ages 15 to 19 fell 3% in 2023.", "15 to 19", {"match"}),
    "one_age_of_a_group": (
        "The birth rate for teenagers aged 15 fell 3% to 13.2 births per 1,000 women.",
        "aged 15",
        {"not_in_primary"},
    ),
    "a_narrower_group": ("The rate for older teenagers, ages 18 to 19 years, fell 3%.", "18 to 19", {"not_in_primary"}),
    "another_groups_rate": (
        "That beats the previous low from 2020, when statistics showed 56 births for every 1,000 women ages 15 to 44.",
        "56",
        {"not_in_primary"},
    ),
    "the_year_befores_count_beside_the_years": (
        "The number of births in 2023 was 3,591,328, a 2 percent drop from the previous year, which saw 3,667,758 births.",
        "3,667,758",
        {"not_in_primary"},
    ),
}


@pytest.fixture(scope="module")
def ages_records(tmp_path_factory):
    return _retold_records(tmp_path_factory, "ages", BIRTHS, AGES)


@pytest.mark.parametrize("name", AGES)
def test_an_age_group_or_a_count_beside_the_primarys_is_not_called_changed_or_rounded(ages_records, name):
    assert _record(ages_records, AGES, name)["verdict"] in AGES[name][2]


GROUPS = """Births, 2023 (invented test release)

The birth rate for teenagers aged 15–19 was down 3% in 2023 to 13.2 births per 1,000 women.

2023 birth rates declined for women ages 20–39 years and were unchanged for females aged 10–14 and 40–49.

The report shows a 2% decline from 2022, with 3,591,328 births recorded in 2023.
"""


def test_each_single_age_near_an_age_group_is_named_in_its_own_lead(tmp_path_factory):
    sentence = (
        "Declines in birth rates were seen for women in age groups 15 to 19 years through 35 to 39 years but were "
        "unchanged for the 10- to 14-year-old age group and for women ages 40 to 44 and 45 to 49 years."
    )
    records = _retold_records(tmp_path_factory, "single_ages", GROUPS, {"groups": (sentence, "", set())})
    said = {r["text"]: r["explanation"] for r in records if r["kind"] == "age" and r["verdict"] == "not_in_primary"}
    assert "age 35, not ages 20 to 39" in said["35"]
    assert "age 45, not ages 40 to 49" in said["45"]


# ---- found by a second fresh-eyes review, of the rules written after homebuyers-2024-11 (invented texts) ----

PERIOD_RELEASE = "Prices (invented)\n\nConsumer prices rose 4.1% between May 2023 and May 2024.\n"


@pytest.mark.parametrize(
    "paper",
    [
        # the month before's yearly rate, with its own period
        "Prices rose 4.1% between May 2023 and May 2024, after 3.9% between April 2023 and April 2024.",
        # another quantity's period, in another part of the sentence
        "Prices rose 4.1% between May 2023 and May 2024; from June 2023 to June 2024 wages rose 5.0%.",
    ],
)
def test_a_period_a_month_off_that_goes_with_another_figure_is_not_the_primarys_changed(make_case, paper):
    records = _paper_figures(make_case, PERIOD_RELEASE, f"Prices\n\n{paper}\n")
    others = [r for r in records if r["article"] == "paper" and r["kind"] == "date" and "May" not in r["text"]]
    assert len(others) == 2
    assert all(r["verdict"] != "changed" for r in others), [r["explanation"] for r in others]


CHANGE_RELEASE = (
    "Home prices (invented)\n\n"
    "The median home price in Ashby County rose to $108,800 in 2024 from $107,000 in 2023, the agency said.\n\n"
    "The median rent in Ashby County was $1,450 a month in 2024, compared with $1,300 across the state.\n"
)


@pytest.mark.parametrize(
    ("paper", "written"),
    [
        # counted from further back than the primary's earlier value: a longer change, not the primary's
        ("The median home price in Ashby County hit $108,800, up $8,800 since 2020.", "$8,800"),
        # the value beside the level is another place's, not the one before it
        ("The median rent in Ashby County was $1,450 a month, up $150 from a year earlier.", "$150"),
    ],
)
def test_a_change_beside_a_level_is_not_checked_against_a_difference_the_primary_does_not_make(
    make_case, paper, written
):
    record = _paper_record(make_case, CHANGE_RELEASE, f"Prices\n\n{paper}\n", written)
    assert record["verdict"] == "not_in_primary", record["explanation"]


def test_a_change_beside_a_level_counted_from_the_earlier_value_is_still_checked(make_case):
    paper = "Prices\n\nThe median home price in Ashby County hit $108,800, up $1,800.\n"
    record = _paper_record(make_case, CHANGE_RELEASE, paper, "$1,800")
    assert record["verdict"] == "match", record["explanation"]


def test_a_rounded_figure_of_another_primary_figure_is_not_called_a_change_of_the_one_it_was_paired_with(make_case):
    release = (
        "Fuel poverty (invented)\n\nAround 28% of households are in fuel poverty.\n\n"
        "Among households in fuel poverty, 45% have someone with a disability.\n"
    )
    paper = "Fuel poverty\n\nNearly half of households in fuel poverty have a disabled member.\n"
    record = _paper_record(make_case, release, paper, "Nearly half")
    assert record["verdict"] == "not_in_primary", record["explanation"]
    assert record["lead_text"] == "45%"


@pytest.mark.parametrize("told", ["aged 65 and over", "aged 65 and older", "aged 65+"])
def test_a_limit_written_after_the_number_is_not_a_limit_dropped(make_case, told):
    release = "Buyers (invented)\n\nBuyers over age 65 made up 12% of the market.\n"
    paper = f"Buyers\n\nBuyers {told} made up 12% of the market.\n"
    record = _paper_record(make_case, release, paper, "aged 65")
    assert record["verdict"] == "match", record["explanation"]


def test_a_share_in_words_near_another_primary_share_is_a_lead_to_it_not_a_change(make_case):
    release = (
        "Buyers (invented)\n\nFirst-time buyers made up 24% of all buyers.\n\n"
        "Among first-time buyers, 27% received a gift from family.\n"
    )
    paper = "Buyers\n\nOne in four buyers was buying for the first time.\n"
    record = _paper_record(make_case, release, paper, "One in four")
    assert record["verdict"] != "changed", record["explanation"]


@pytest.mark.parametrize(
    ("told", "written", "verdicts"),
    [
        ("Fees rise to £9,535 in 2025/26.", "2025/26", {"match"}),
        # the release's one £9,535 is the fee, whatever year the outlet gives it (2026-12-07: three exact digits are
        # seldom a coincidence, see _unmistakable); told for another academic year, that year is changed
        ("Fees rise to £9,535 in 2024-25.", "2024-25", {"changed"}),
        ("Fees rise to £9,535 in 2024-25.", "£9,535", {"match"}),
        ("Fees rise to £9,535 in 2025.", "£9,535", {"match"}),
        ("Fees rise to £9,535 in 2025.", "2025", {"not_in_primary"}),  # the calendar year is not 2025-26
    ],
)
def test_an_academic_year_is_one_year_and_another_is_never_called_the_same(make_case, told, written, verdicts):
    # unifinance-2024-11 (in-sample): "2025-26" was read as the year 2025
    release = "Fees (invented)\n\nTuition fees will rise to £9,535 in 2025-26.\n"
    record = _paper_record(make_case, release, f"Fees\n\n{told}\n", written)
    assert record["verdict"] in verdicts, record["explanation"]


def test_a_count_of_the_non_ones_is_not_a_count_of_the_ones_changed(make_case):
    # population-2024-09 (in-sample for the rule): "non-permanent residents" share "permanent" with "permanent"
    release = "Population (invented)\n\nIn the second quarter, Canada saw a net increase of 117,836 non-permanent residents.\n"
    paper = "Canada\n\nIn the second quarter, Canada saw a net increase of 122,000 permanent residents.\n"
    record = _paper_record(make_case, release, paper, "122,000")
    assert record["verdict"] == "not_in_primary", record["explanation"]
    assert "“non-permanent”" in record["explanation"]


@pytest.mark.parametrize(
    ("told", "verdict"), [("40%", "not_in_primary"), ("39%", "not_in_primary"), ("55%", "changed")]
)
def test_a_share_told_from_its_other_side_is_a_lead_not_a_change(make_case, told, verdict):
    # waitinglist-2025-07 (in-sample for the rule): "40% of people waiting longer than 18 weeks" was called a
    # change of the release's "60.9% waiting 18 weeks or less" (100 less 60.9 is 39.1)
    release = "Waits (invented)\n\nSome 60.9% of patients waited 18 weeks or less for planned care.\n"
    paper = f"Waits\n\nSome {told} of patients waited 18 weeks or less for planned care.\n"
    record = _paper_record(make_case, release, paper, f"Some {told}")
    assert record["verdict"] == verdict, record["explanation"]
    if verdict == "not_in_primary":
        assert "100% less 60.9% is 39.1%" in record["explanation"]


@pytest.mark.parametrize(
    ("told", "new", "old"),
    [
        ("Unemployment fell to 4.3% from 4.1% in June.", "4.3%", "4.1%"),  # the values swapped
        ("The unemployment rate has now dropped to 4.3%.", "4.3%", None),  # the old value told as the new one
    ],
)
def test_the_earlier_value_told_as_the_new_one_is_never_a_match(make_case, told, new, old):
    # a fresh-eyes tester's case: "fell to 4.3%" is the value unemployment came to; the agency's 4.3% is May's
    found = paper_figures(make_case, "The unemployment rate fell to 4.1% in June from 4.3% in May.", told)
    assert found[new]["verdict"] == "not_in_primary", found[new]["explanation"]
    assert found[new]["lead_text"] == "4.3%"
    if old:
        assert found[old]["verdict"] == "not_in_primary"


def test_the_earlier_value_told_as_such_is_still_a_match(make_case):
    found = paper_figures(
        make_case,
        "The unemployment rate fell to 4.1% in June from 4.3% in May.",
        "Unemployment fell to 4.1% from 4.3%.",
    )
    assert [found[t]["verdict"] for t in ("4.1%", "4.3%")] == ["match", "match"]


@pytest.mark.parametrize("told", ["Fines can reach 5,000 euros.", "Fines could reach 5,000 euros."])
def test_a_limit_told_as_what_something_can_reach_is_no_limit_dropped(make_case, told):
    # a fresh-eyes tester's probe: "can reach" is an upper limit, as "up to" is
    record = paper_figures(make_case, "Fines of up to 5,000 euros can be imposed.", told)
    (figure,) = record.values()
    assert figure["verdict"] == "match", figure["explanation"]


@pytest.mark.parametrize(
    ("release", "told", "swapped"),
    [
        ("Cases rose from 200 cases in May to 300 cases in June.", "Cases rose from 300 cases to 200 cases.", "200"),
        ("Cases rose from 200 cases in May to 300 cases in June.", "Cases dropped to 200 cases from 300 cases.", "300"),
        ("Visitors came from 12 countries, up from 9 countries.", "Visitors came from 9 countries, up from 12.", "9"),
    ],
)
def test_an_old_and_a_new_value_swapped_are_never_matches(make_case, release, told, swapped):
    # a fresh-eyes tester's probes: the second figure of the pair had kept the wrong role
    found = paper_figures(make_case, release, told)
    assert found[swapped]["verdict"] == "not_in_primary", found[swapped]["explanation"]


@pytest.mark.parametrize("told", ["Nearly 2.4 billion people lacked food.", "Almost 2.4 billion people lacked food."])
def test_a_limit_word_added_to_the_primarys_own_flat_number_is_no_rounding(make_case, told):
    # "nearly 2.4 billion" for a flat "2.4 billion": the outlet copied the number; it rounded nothing
    record = paper_figures(make_case, "About 29.6 percent of the world, 2.4 billion people, lacked food.", told)
    figure = next(r for t, r in record.items() if "2.4 billion" in t)
    assert figure["verdict"] == "match", figure["explanation"]
    assert "read both sentences" in figure["explanation"]


def test_a_change_of_a_count_the_primary_does_not_give_is_no_change_of_the_primarys(make_case):
    # frontex-2024-01's error after its one measurement (in-sample): one route's rise is not the rise of all crossings
    found = paper_figures(
        make_case,
        "Crossings reached a total of approximately 380 000. "
        "This marks the highest level since 2016 and constitutes a 17% increase from the figures in 2022.",
        "On one route, 158,000 crossings were counted in 2023, the highest level since 2016 and a 50% increase "
        "from the figures in 2022.",
    )
    assert found["50%"]["verdict"] == "not_in_primary"
    assert "the outlet's own “158,000”, which the Agency does not give" in found["50%"]["explanation"]


def test_a_change_told_beside_the_primarys_own_level_is_still_checked(make_case):
    found = paper_figures(
        make_case,
        "Crossings reached a total of approximately 380 000. "
        "This marks the highest level since 2016 and constitutes a 17% increase from the figures in 2022.",
        "Crossings reached approximately 380,000, the highest level since 2016 and a 20% increase "
        "from the figures in 2022.",
    )
    assert found["20%"]["verdict"] == "changed"


@pytest.mark.parametrize(("told", "written"), [("Women were one in 10 of those counted.", "one in 10")])
def test_the_same_amount_written_another_way_is_a_match(make_case, told, written):
    # frontex-2024-01's error after its one measurement (in-sample): "one in 10" is 10%, nothing rounded
    record = paper_figures(make_case, "Women accounted for 10% of those counted.", told)[written]
    assert record["verdict"] == "match", record["explanation"]


def test_a_figure_of_a_place_the_primary_never_names_is_a_lead(make_case):
    # irishcensus-2022-06's error after its one measurement (in-sample): a county's rise is not the national one
    found = paper_figures(
        make_case,
        "The population was 5,123,536, up 7.6% since 2016; females rose 7.7% and males 7.5%.",
        "In Roscommon, the housing stock increased by 3pc while the population increased by 8pc.",
    )
    assert found["8pc"]["verdict"] == "not_in_primary"
    assert "it is about Roscommon, which the Agency never names" in found["8pc"]["explanation"]
    # the Agency speaks of the population, so it is never said to give no figure for it; and its 7.7%, which
    # rounds to 8pc, is named as such, not hidden behind "no figure like 8pc"
    assert "no figure for the population" not in found["8pc"]["explanation"]
    assert "gives “7.7%”, which rounds to “8pc”" in found["8pc"]["explanation"]


def test_a_place_the_primary_names_is_still_checked(make_case):
    found = paper_figures(
        make_case,
        "In Longford the population grew by 14.1%.",
        "In Longford, the population grew by 15%.",
    )
    assert found["15%"]["verdict"] == "changed"


# ---- from the fifth fresh-eyes review's wrong accusations (2026-12-06; invented texts, in-sample for this rule) ----

FERTILITY = (
    "The total fertility rate fell to 1.49 children per woman, the lowest on record. "
    "Wales had a lower fertility rate, 1.44, than England, 1.49."
)


def test_a_figure_that_rounds_one_of_several_alike_is_a_lead_to_it_not_a_change_of_another(make_case):
    # "1.5 kids per woman" rounds the national 1.49 to its last digit; paired with Wales's 1.44 it read as changed
    record = paper_figures(make_case, FERTILITY, "Fertility is at 1.5 kids per woman, a record low.")["1.5"]
    assert record["verdict"] in ("rounded", "not_in_primary"), record["explanation"]
    if record["verdict"] == "not_in_primary":
        assert record["lead_text"] == "1.49"
        assert "gives “1.49”, which rounds to “1.5”" in record["explanation"]


def test_a_figure_that_rounds_no_figure_of_the_primary_is_still_a_change(make_case):
    record = paper_figures(make_case, FERTILITY, "The total fertility rate fell to 1.7 children per woman.")["1.7"]
    assert record["verdict"] == "changed", record["explanation"]


def test_a_rise_of_another_size_for_a_fall_is_a_lead_not_a_change(make_case):
    # the twenty-fourth review (2026-12-07; in-sample): "the cap rose by 6.4% in April" is an earlier change, not
    # Ofgem's coming fall of 7% got wrong
    release = (
        "Ofgem today announced that the energy price cap will fall by 7% for the period from 1 July to 30 September "
        "2025, compared with the current cap for April to June."
    )
    found = paper_figures(make_case, release, "The cut comes after the cap rose by 6.4% in April.")["6.4%"]
    assert found["verdict"] == "not_in_primary", found["explanation"]
    assert "the outlet gives a rise and the Agency a fall" in found["explanation"]


def test_the_same_number_the_other_way_round_is_still_changed(make_case):
    release = "The energy price cap will fall by 7% from July."
    found = paper_figures(make_case, release, "The energy price cap will rise by 7% from July.")["7%"]
    assert found["verdict"] == "changed"
