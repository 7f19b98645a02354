"""Words near a figure that say where a company is from or when something was told, not what is counted.

A place joined to an organisation's name ("Mexico-based Grupo Bimbo") is where the company is from: the
release's "four counts" retold beside it is still the release's figure (from the validation case
bread-2023-06's errors after its one measurement, in-sample for it). "Estimated one year ago" says when a figure
was told, not the span it counts (from reconstruction-2024-02's, in-sample for it). The texts are invented."""

from __future__ import annotations

import pytest

from conftest import paper_figures

RELEASE = (
    "Canada Loaf Company was sentenced today by the Ontario Superior Court of Justice to pay a fine after "
    "pleading guilty. It pleaded guilty to four counts of price-fixing under the Competition Act. The fine is the "
    "largest of its kind."
)


@pytest.mark.parametrize("home", ["Mexico-based", "London-headquartered"])
def test_a_figure_beside_a_companys_home_is_still_the_releases(make_case, home):
    paper = (
        f"It says Canada Loaf, a subsidiary of {home} Grupo Norte, pleaded guilty to four counts of "
        "price-fixing under the Competition Act."
    )
    assert paper_figures(make_case, RELEASE, paper)["four"]["verdict"] == "match"


def test_a_time_something_was_told_ago_is_not_the_span_a_figure_counts():
    from datetime import date

    from newslit.analysis.figures.quantity import sentence_quantities
    from newslit.text.numbers import find_figures

    text = "The cost is put at $486 billion, up from $411 billion estimated one year ago."
    figures = find_figures(text)
    quantities = sentence_quantities(text, figures, date(2024, 2, 15))
    told = [q for f, q in zip(figures, quantities) if f.text == "$411 billion"][0]
    assert told.period is None


def test_a_time_a_figure_is_likened_to_is_no_date_changed(make_case):
    release = (
        "Life expectancy was 76.5 years for males in the years 2020-2022, the Office said. It fell for the third "
        "time. Improvements stalled in around 2012-2014."
    )
    paper = "Life expectancy for males was 76.5 years, now comparable to 2010-12, the Office said."
    assert paper_figures(make_case, release, paper)["2010-12"]["verdict"] != "changed"


def test_a_partys_nickname_counts_what_its_name_counts(make_case):
    # The sixth fresh-eyes review (2026-12-06, in-sample): "it counts Tories, not Conservatives"
    found = paper_figures(
        make_case,
        "Labour won 34.2% of the vote, the Conservatives 26.1% and the Liberal Democrats 17.3%.",
        "Labour got roughly 34%, the Tories about a quarter and the Lib Dems 17%.",
    )
    assert found["about a quarter"]["verdict"] == "rounded", found["about a quarter"]["explanation"]
    assert found["17%"]["verdict"] == "rounded", found["17%"]["explanation"]


def test_a_figure_after_which_grew_counts_what_is_named_before_the_comma(make_case):
    # The sixth review (in-sample): "average regular pay, which grew by 6.0%" was read as a rise in rents
    release = "Rents continued to rise faster than average regular pay, which grew by 6.0% over the same period."
    found = paper_figures(make_case, release, "Pay grew by just 6.0% over the same period.")
    assert found["just 6.0%"]["verdict"] == "match", found["just 6.0%"]["explanation"]
    assert "average regular pay" in found["just 6.0%"]["explanation"]


def test_a_rounded_share_rounds_the_nearest_of_two_figures_the_words_fit_alike(make_case):
    # The sixth review (in-sample): "about 6 in 10 were women" was compared with the 58% aged 85 and over
    found = paper_figures(
        make_case,
        "People aged 85 and over accounted for 58% of the deaths, and women for 61%.",
        "Nearly 60% were people aged 85 and over, and about 6 in 10 were women.",
    )
    assert found["about 6 in 10"]["verdict"] == "rounded"
    assert "61%" in found["about 6 in 10"]["explanation"]
