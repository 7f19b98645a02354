"""Figure rules written on the gas-stove and PFAS development cases (issue 15), each on a small invented text.

"Cases of childhood asthma" count childhood asthma, as "12.7% of current childhood asthma"
does; "the 12.7% figure" names no quantity and points back at the primary's one figure of
that value; the same number in a unit a thousand times bigger stays a lead, whatever names
the two sentences share.
"""

from __future__ import annotations

import pytest

from conftest import REPO, paper_figures

ASTHMA = (
    "We found that 12.7% (95% CI = 6.3–19.3%) of current childhood asthma in the US is attributable to gas stove use."
)
LIMITS = (
    "The EPA is promulgating individual Maximum Contaminant Levels for PFOA and PFOS at 4.0 nanograms per liter "
    "(ng/L) or parts per trillion (ppt)."
)


# the retelling's sentence -> (the figure as written, its verdict, the primary figure it is paired with)
ASTHMA_TOLD = {
    # gasstoves-2022-12's energylive: one in eight is 12.5%, "roughly" the abstract's 12.7%
    "Roughly one-in-eight cases of childhood asthma in the US are the result of gas stoves.": (
        "Roughly one-in-eight",
        "rounded",
        "12.7%",
    ),
    # adults are not the abstract's children, though both count asthma (a fresh-eyes review's probe)
    "Roughly one-in-eight cases of adult asthma in the US are the result of gas stoves.": (
        "Roughly one-in-eight",
        "not_in_primary",
        None,
    ),
    # gasstoves-2022-12's washexaminer: "the 12.7% figure" points back at the abstract's one 12.7%
    "They matched that with the number of known gas stoves to calculate the 12.7% figure.": ("12.7%", "match", "12.7%"),
    # ... unless words after it say what it counts (a fresh-eyes review's probe)
    "Economists doubted the 12.7% figure for adult eczema.": ("12.7%", "not_in_primary", None),
}


@pytest.mark.parametrize("paper", ASTHMA_TOLD)
def test_what_a_share_of_cases_or_a_figure_named_by_its_value_counts(make_case, paper):
    written, verdict, primary = ASTHMA_TOLD[paper]
    record = paper_figures(make_case, ASTHMA, paper)[written]
    assert (record["verdict"], record["primary_text"]) == (verdict, primary), record["explanation"]


def test_a_value_the_primary_gives_twice_is_not_found_by_its_value_alone(make_case):
    release = ASTHMA + " Gas stoves are in 12.7% of rented flats."
    record = paper_figures(make_case, release, "Researchers used census data to calculate the 12.7% figure.")["12.7%"]
    assert record["verdict"] == "not_in_primary", record["explanation"]


def test_the_same_number_in_a_unit_a_thousand_times_bigger_stays_a_lead_even_for_the_same_chemicals(make_case):
    # pfas-2024's newsrnd. Calling it changed when both sentences name "PFOA and PFOS" was tried on 2026-12-06 and
    # withdrawn: a fresh-eyes review found the same names in a measurement ("State tests found PFOA at 4 parts per
    # billion in Wilmington's tap water") that is no retelling of the limit at all
    record = paper_figures(
        make_case, LIMITS, "Two types of those substances, PFOA and PFOS, will be limited to 4 parts per billion."
    )["4 parts per billion"]
    assert record["verdict"] == "not_in_primary"
    assert "another unit, so it is 1,000 times more" in record["explanation"]


def test_the_key_pairs_a_figure_with_a_sign_and_the_noun_after_it():
    from newslit.analysis.figures.key import key_matches

    record = {"article": "a", "sentence": "It passed the ₹2 lakh crore mark.", "text": "₹2 lakh crore"}
    assert key_matches(record, {"article": "a", "sentence": "It passed the", "text": "₹2 lakh crore mark"})
    words = {"article": "a", "sentence": "It passed the two lakh crore rupees mark.", "text": "two lakh crore rupees"}
    assert key_matches(words, {"article": "a", "sentence": "It passed", "text": "two lakh crore rupees mark"})
    share = {"article": "a", "sentence": "Almost three-quarters of all arrivals.", "text": "three-quarters"}
    assert key_matches(share, {"article": "a", "sentence": "Almost", "text": "three-quarters of all arrivals"})
    april = {"article": "a", "sentence": "Prices rose from April to May.", "text": "April"}
    assert not key_matches(april, {"article": "a", "sentence": "Prices rose", "text": "April to May"})


def test_who_a_figure_is_credited_to_is_read_whole_and_never_from_inside_a_number():
    # whoopingcough-2024-05 (validation) showed these in its explanations
    from newslit.analysis.figures.records import credited_to

    assert credited_to("More than 2,700 whooping cough cases have been reported in the UK so far this year.") == ""
    assert (
        credited_to("Nearly 2,800 people were diagnosed, according to new figures from the UK Health Security Agency.")
        == "according to new figures from the UK Health Security Agency"
    )
    long = "Births fell, according to provisional data shared on Thursday by the U.S. Centers for Disease Control."
    assert credited_to(long).endswith(" …")
    assert credited_to("Costs rose, the agency said.") == "the agency said"
    # the sixth review (in-sample): those a number counts are no source; a source may still carry its year
    assert credited_to("Around 27k people found a place through Clearing.") == ""
    assert credited_to("Scores dropped in all 50 states, the report showed.") == "the report showed"
    assert credited_to("An October 2020 study found that 40% agreed.") == "An October 2020 study found"
    assert credited_to("Federal MPs claimed roughly A$62m in expenses.") == ""  # money claimed, not a claim
    assert credited_to("Critics claimed the cost was $5m.") == "Critics claimed"


def test_a_rate_held_before_a_decision_is_an_earlier_value():
    # cashrate-2025-02 (validation; in-sample): "had held" joins "hold", "holds", "holding" in quantity_terms.csv
    from newslit.analysis.figures.quantity import sentence_quantities
    from newslit.text.numbers import find_figures

    text = "The central bank had held the cash rate at 4.35% since November 2023."
    (rate, _) = find_figures(text)
    assert sentence_quantities(text, [rate])[0].baseline


def test_on_the_rate_cut_case_rates_of_other_times_are_not_called_changes():
    # cashrate-2025-02 (validation; in-sample): AP's "had held the cash rate at 4.35%" and "fell from 4.5% to 4.25%
    # in December 2011" were called changes of the statement's 4.10 per cent at its one measurement
    from newslit import load_case
    from newslit.analysis.figures import figure_records

    records = figure_records(load_case(REPO / "tests" / "cases" / "cashrate-2025-02"))
    told = {(r["index"], r["text"]): r["verdict"] for r in records if r["article"] == "ap"}
    assert told[(11, "4.35%")] == told[(12, "4.25%")] == "not_in_primary"
    assert told[(1, "4.1%")] == "match"


def test_what_an_amount_is_paid_as_is_read_after_in():
    # wellsfargo-2022-12 (validation): "more than $2 billion in redress to consumers" counts redress
    from newslit.analysis.figures.quantity import sentence_quantities
    from newslit.text.numbers import find_figures

    text = "The bureau ordered the bank to pay more than $2 billion in redress and $5 million in fines in 2022."
    figures = find_figures(text)
    quantities = dict(zip((f.text for f in figures), sentence_quantities(text, figures)))
    assert "redres" in quantities["more than $2 billion"].what
    assert "fin" in quantities["$5 million"].what
    lost = "It lost $2 billion in the third quarter."
    (amount,) = [f for f in find_figures(lost) if f.kind == "money"]
    assert not sentence_quantities(lost, [amount])[0].what & {"third", "quarter"}


def test_multiples_told_as_verbs_and_with_a_half_are_read():
    # renewables-2024-01 (validation; in-sample): "tripling renewable capacity", "two-and-a-half times"
    from newslit.text.numbers import find_figures

    def read(text):
        return [(f.text, f.kind, f.value) for f in find_figures(text) if f.kind == "multiple"]

    assert read("Nations agreed on tripling renewable capacity by 2030.") == [("tripling", "multiple", 3.0)]
    assert read("The goal is to triple capacity.") == [("triple", "multiple", 3.0)]
    assert read("It grew two-and-a-half times faster.") == [("two-and-a-half times", "multiple", 2.5)]
    assert read("It rose 10 to 100 times.") == [("10 to 100 times", "multiple", 100.0)]
    assert read("The firm posted double-digit growth.") == []
