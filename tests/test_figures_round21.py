"""Rules written on the twenty-first review and on the points left from the twentieth (2026-12-07, fourth session).

Each rule was measured on the earlier reviews and on the validation cases before it was kept; the sentences are
invented, in the shape of the review's pairs.
"""

from __future__ import annotations

import pytest

from newslit.text.numbers import find_figures

from conftest import paper_figures

PRICES = (
    "In February, house prices were on average 10.2 percent higher than a year earlier. Among the largest cities, "
    "prices rose by 8.3 percent in Amsterdam and by 11.0 percent in Rotterdam."
)


def test_an_average_is_told_exactly_so_another_average_is_no_rounding(make_case):
    # "an average of" says what the number is (a mean), not that it is rough: 8.7% does not round 8.3%; nor is it
    # Amsterdam's 8.3% changed, since the outlet names no city (review 18)
    found = paper_figures(make_case, PRICES, "Over the whole of 2024, prices rose by an average of 8.7 percent.")
    told = found["an average of 8.7 percent"]
    assert told["verdict"] == "not_in_primary", told["explanation"]
    assert "A lead to check" in told["explanation"]


def test_an_average_with_the_primarys_value_is_still_a_match(make_case):
    found = paper_figures(make_case, PRICES, "In Amsterdam, prices rose by an average of 8.3 percent.")
    assert found["an average of 8.3 percent"]["verdict"] == "match", found["an average of 8.3 percent"]["explanation"]


def test_a_figure_told_without_the_city_the_primary_gives_it_for_is_no_change(make_case):
    # the primary's 8.3% is Amsterdam's ("8.3 percent in Amsterdam"); the outlet's 8.9% names no city
    found = paper_figures(make_case, PRICES, "Among the largest cities, prices rose by 8.9 percent.")
    assert found["8.9 percent"]["verdict"] == "not_in_primary", found["8.9 percent"]["explanation"]
    assert "A lead to check" in found["8.9 percent"]["explanation"]


def test_a_month_after_a_figure_names_no_place():
    from newslit.analysis.figures.primary import names_after
    from newslit.text.numbers import find_figures

    text = "Prices rose 12% in March and 9% in Amsterdam."
    march, amsterdam = find_figures(text)[:1] + [f for f in find_figures(text) if f.text.startswith("9")]
    assert names_after(text, march) == frozenset()
    assert names_after(text, amsterdam) == {"amsterdam"}


# Review 21: European outlets write a decimal comma with no unit after it, and "mld" for a billion. Read as two
# numbers before ("148,3" gave "3"), every such figure was "not in the primary".
@pytest.mark.parametrize(
    "text, told, value",
    [
        ("The state budget deficit reached 148,3 mld zł at the end of July.", "148,3 mld zł", 148.3e9),
        ("Finland's fertility rate has fallen to 1,23 children per woman.", "1,23", 1.23),
        ("New mothers are now 30,4 years old on average and new fathers 32,1.", "32,1", 32.1),
        ("Ostrobothnia recorded 1,61, while Lapland managed only about 1,06.", "1,61", 1.61),
        ("The programme cost 2,5 Mrd. Euro.", "2,5 Mrd", 2.5e9),
        ("The hospital treated 1,234 patients.", "1,234", 1234.0),
        # Switzerland's thousands apostrophe (review 22)
        ("That is up from 247’300 in 2010.", "247’300", 247300.0),
        ("Their median pay of CHF 6’480 a month is lower.", "CHF 6’480", 6480.0),
    ],
)
def test_a_european_number_is_read_whole(text, told, value):
    found = {f.text: f.value for f in find_figures(text)}
    assert found.get(told) == pytest.approx(value), found


def test_a_fertility_rate_with_a_decimal_comma_matches_the_primarys_point(make_case):
    release = "The total fertility rate fell to 1.23 children per woman in 2024, from 1.26 in 2023."
    found = paper_figures(make_case, release, "Finland's fertility rate has fallen to 1,23 children per woman.")
    assert found["1,23"]["verdict"] == "match", found["1,23"]["explanation"]


SLEEP = (
    "Teenagers who use their phones after 11pm on school nights sleep on average 53 minutes less than those who do "
    "not, according to a study of 11,870 pupils."
)


def test_nearly_an_hour_for_53_minutes_is_rounded_not_changed(make_case):
    # a figure in words is as rough as a fraction: "nearly" allows 15% under it, as for "almost a fifth"
    found = paper_figures(
        make_case,
        SLEEP,
        "Teenagers glued to their phones after 11pm are losing nearly an hour of sleep a night, a study has found.",
    )
    assert found["nearly an hour"]["verdict"] == "rounded", found["nearly an hour"]["explanation"]


DIVISIONS = (
    "Konkan division recorded the highest pass percentage at 98.82%, while Nagpur division recorded the lowest at "
    "90.78%. Mumbai division, the largest of the nine divisions with 3,58,745 candidates appearing, recorded 95.84%."
)


def test_a_region_the_primary_never_names_is_no_figure_changed(make_case):
    # review 21: the outlet's Pune division was compared with Konkan's 98.82% and Mumbai's candidates
    found = paper_figures(
        make_case,
        DIVISIONS,
        "In Pune division, which had about 2.7 lakh candidates, the pass percentage was 94.8%, officials said.",
    )
    for told in ("about 2.7 lakh", "94.8%"):
        assert found[told]["verdict"] == "not_in_primary", found[told]["explanation"]


def test_the_same_region_with_another_value_is_still_changed(make_case):
    found = paper_figures(make_case, DIVISIONS, "Konkan division recorded the highest pass percentage at 97.82%.")
    assert found["97.82%"]["verdict"] == "changed", found["97.82%"]["explanation"]


# Quarters (reviews 12-21: about forty figures): "the first quarter of 2025" was read as "2025" alone, and "the first
# three months of 2025" as a length of three months, so neither met the other.
@pytest.mark.parametrize(
    "text, told, date",
    [
        ("Alberta added 78,600 people in the first quarter of 2025.", "the first quarter of 2025", "2025-Q1"),
        ("Alberta added 78,600 people in the first three months of 2025.", "the first three months of 2025", "2025-Q1"),
        ("The airline flew 9.84m passengers in Q2 2025.", "Q2 2025", "2025-Q2"),
        ("Results for 2024 Q3 beat forecasts.", "2024 Q3", "2024-Q3"),
        (
            "Sales fell in the final quarter of last year.",
            "the final quarter of last year",
            "relative: q4 of last year",
        ),
        ("Sales rose in the last six months of 2024.", "the last six months of 2024", "2024-H2"),
        (
            "Births fell in the final three months of last year.",
            "the final three months of last year",
            "relative: q4 of last year",
        ),
        ("The population rose by 0.4% in the December quarter 2024.", "the December quarter 2024", "2024-Q4"),
    ],
)
def test_a_quarter_is_a_date(text, told, date):
    found = {f.text: f.date for f in find_figures(text)}
    assert found.get(told) == date, found


def test_a_code_like_q2_alone_is_no_quarter():
    assert [f.text for f in find_figures("The Q2 model sold 2025 units.")] == ["2025"]


FERRIES = (
    "In the first quarter of 2025, ferry passenger numbers were 4.6 million, 3.0% higher than in the first quarter "
    "of 2024."
)


def test_the_first_three_months_of_this_year_are_the_primarys_first_quarter(make_case):
    found = paper_figures(
        make_case,
        FERRIES,
        "The first three months of this year brought 4.6 million passengers, up 3 per cent on the same period last year.",
        published="2025-05-20",
    )
    for told in ("The first three months of this year", "4.6 million", "3 per cent"):
        assert found[told]["verdict"] == "match", (told, found[told]["explanation"])


def test_another_quarter_is_not_the_primarys(make_case):
    found = paper_figures(make_case, FERRIES, "In the second quarter of 2025, passengers numbered 4.6 million.")
    assert found["the second quarter of 2025"]["verdict"] != "match", found["the second quarter of 2025"]["explanation"]


def test_a_change_on_a_year_counts_from_that_year(make_case):
    # "an increase of 5.7% on 2023": 2023 is what the rise is counted from; the figure is the primary's 2024 one
    release = (
        "In 2024, Morocco recorded 4,024 road deaths, an increase of 5.7% compared with the 3,807 deaths recorded in "
        "2023, according to provisional figures."
    )
    found = paper_figures(
        make_case,
        release,
        "Moroccan roads claimed 4,024 lives last year, an increase of 5.7% on 2023, the road safety agency said.",
        published="2025-02-12",
    )
    assert found["5.7%"]["verdict"] == "match", found["5.7%"]["explanation"]


def test_next_year_is_the_year_after_the_article(make_case):
    release = "The Bank now forecasts headline inflation to average 3.3% in 2025, 3.6% in 2026 and 3.1% in 2027."
    found = paper_figures(
        make_case,
        release,
        "The Bank expects inflation to average 3.3% this year and 3.6% next year.",
        published="2025-07-25",
    )
    assert found["next year"]["verdict"] == "match", found["next year"]["explanation"]


@pytest.mark.parametrize("verb", ["shot past", "climbed past", "surged past", "crossed"])
def test_a_count_gone_past_a_round_number_is_rounded(make_case, verb):
    found = paper_figures(
        make_case,
        "A total of 712 measles cases have been confirmed this year.",
        f"Measles cases have {verb} 700 this year.",
    )
    told = f"{verb} 700"
    assert found[told]["verdict"] == "rounded", found[told]["explanation"]


def test_hours_with_two_digits_swapped_are_a_slip_in_copying(make_case):
    release = "Nelson was the sunniest centre with 2,717 hours, and Hamilton the gloomiest with 1,994 hours."
    found = paper_figures(make_case, release, "Hamilton was the gloomiest main centre with 1,949 hours.")
    assert found["1,949 hours"]["verdict"] == "changed", found["1,949 hours"]["explanation"]
    assert "two of them swapped" in found["1,949 hours"]["explanation"]


CLAIMS = "Insurers rejected 2,846 claims worth Sh3.1 billion, while life insurers paid Sh38.5 billion in benefits."


def test_an_amount_with_its_decimal_point_moved_is_a_slip_in_copying(make_case):
    found = paper_figures(make_case, CLAIMS, "Some 2,846 claims worth Sh31 billion were rejected.")
    assert found["Sh31 billion"]["verdict"] == "changed", found["Sh31 billion"]["explanation"]
    assert (
        "decimal point moved one place, which makes the outlet's figure ten times too big"
        in found["Sh31 billion"]["explanation"]
    )


def test_a_bare_number_ten_times_another_is_no_slip(make_case):
    # 61 quintals a hectare is 6.1 tonnes: a bare number may be the same quantity in another unit
    found = paper_figures(
        make_case, "Farms harvested 6.1 tonnes per hectare.", "Farms harvested 61 quintals per hectare."
    )
    assert found["61"]["verdict"] != "changed", found["61"]["explanation"]


@pytest.mark.parametrize(
    "text, told, value",
    [
        ("Nearly 95 of every 100 students who sat the exam have passed.", "Nearly 95 of every 100", 0.95),
        ("One of every five homes is rented.", "One of every five", 0.2),
    ],
)
def test_a_share_told_as_so_many_of_every_hundred(text, told, value):
    found = {f.text: f for f in find_figures(text)}
    assert found[told].kind == "ratio" and found[told].value == pytest.approx(value), found


def test_megalitres_a_day_are_shown_with_their_per_day():
    # a teacher's read: "“380 Ml”" was quoted without the "/d" the release and the outlet wrote
    assert [f.text for f in find_figures("Scottish Water aims to cut leakage to 380 Ml/d by 2027.")][0] == "380 Ml/d"


# The twenty-second review (measured first; in-sample for these): European ranges, Swiss apostrophes, written numbers.
def test_both_ends_of_a_range_told_with_bn_are_the_outlets_own_range(make_case):
    release = "The group confirmed its guidance for underlying EBITDA of between €1.40 billion and €1.48 billion."
    found = paper_figures(
        make_case, release, "The group stuck to its guidance for underlying EBITDA of €1,40 bn to €1,48 bn."
    )
    for told in ("€1,40 bn", "€1,48 bn"):
        assert found[told]["verdict"] == "match", (told, found[told]["explanation"])


@pytest.mark.parametrize(
    "text, written",
    [
        ("517 300", "517300"),
        ("247’300", "247300"),
        ("46,1 million", "46.1"),
        ("1.234,5", "1234.5"),
        ("₹4,81,997 crore", "481997"),
    ],
)
def test_a_number_as_written_reads_every_separator(text, written):
    from newslit.text.numbers import number_as_written

    assert number_as_written(text) == written


def test_a_count_with_a_space_between_thousands_and_two_digits_swapped_is_a_slip(make_case):
    release = "Over the past year, employment grew by 2.6%, or 571,300 people."
    found = paper_figures(make_case, release, "Over the past 12 months, employment grew by 2,6%, or 517 300 people.")
    assert found["517 300"]["verdict"] == "changed", found["517 300"]["explanation"]


@pytest.mark.parametrize(
    "text, told, value, change",
    [
        ("Losses in manufacturing (-3,200) exceeded gains in construction (+400).", "-3,200", 3200.0, "down"),
        ("Employment changed by -3,200 over the month.", "-3,200", 3200.0, "down"),
        ("Gains in construction (+400) were small.", "+400", 400.0, None),
    ],
)
def test_a_table_change_written_with_its_sign(text, told, value, change):
    # before, "-3,200" was read as "200": the minus kept "3" from starting a number and the comma let "200" start one
    found = {f.text: f for f in find_figures(text)}
    assert found[told].value == value and found[told].change == change, found


def test_a_temperature_below_zero_is_no_fall():
    # read as a temperature below zero since the tenth session (it was not read at all), never as a signed change
    found = [(f.text, f.kind, f.value, f.change) for f in find_figures("Temperatures fell to -12.6°C.")]
    assert found == [("-12.6°C", "temperature", -12.6, None)]


def test_ringgit_before_a_number():
    found = {f.text: (f.value, f.unit) for f in find_figures("Officers issued notices worth RM109,500.")}
    assert found["RM109,500"] == (109500.0, "MYR"), found


def test_jobs_shed_are_the_primarys_minus(make_case):
    release = "Goods-producing industries lost 2,800 jobs over the month, as losses in manufacturing (-3,200) exceeded gains in construction (+400)."
    found = paper_figures(make_case, release, "Manufacturing shed 3,200 jobs over the month.")
    assert found["3,200"]["verdict"] == "match", found["3,200"]["explanation"]


def test_firms_and_companies_are_one_thing_counted(make_case):
    # a learner's read: "it counts firms, not companies" named a difference that is none
    release = (
        "The court found that the man controlled a network of 14 companies in the Netherlands, Belgium and Germany, "
        "several of which were run by straw men."
    )
    paper = (
        "The 47-year-old ran a web of 14 firms in the Netherlands, Belgium and Germany that traded phones and chips, "
        "often only on paper, between 2019 and 2022."
    )
    found = paper_figures(make_case, release, paper)
    assert found["14"]["verdict"] == "match", found["14"]["explanation"]


def test_a_change_on_an_earlier_quarter_is_dated_by_its_own_quarter(make_case):
    # a learner's read: the 2.9% fall was dated "the second quarter of 2024", the quarter it is counted from
    release = "Run-of-mine production for Q2 2025 was 6.42 Mt, up 4.2% on Q1 2025 (6.16 Mt) and down 2.9% on Q2 2024 (6.61 Mt)."
    found = paper_figures(make_case, release, "Output was 2.9% lower than a year earlier, at 6.42 Mt.")
    assert found["2.9%"]["verdict"] == "match", found["2.9%"]["explanation"]
    assert "second quarter of 2025" in found["2.9%"]["explanation"], found["2.9%"]["explanation"]


@pytest.mark.parametrize(
    "text, regions",
    [
        ("In Pune division, 94.8% passed.", ("pune",)),
        ("Otago Region had its driest year.", ("otago",)),
        ("In the Casablanca-Settat region, 692 people died.", ("casablanca-settat",)),
        ("The Region said rainfall fell.", ()),
    ],
)
def test_a_region_is_named_with_what_it_is(text, regions):
    from newslit.analysis.figures.match import _regions

    assert _regions(text) == regions
