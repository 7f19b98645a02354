"""Rules written after the one measurement of roaddeaths-2023-09, the twenty-second validation case (issue 15), with invented texts.

The release's "An estimated 19,515 people died …, a decrease of about 3.3% as compared to 20,190
fatalities in the first half of 2022" gave its 19,515 and its 3.3% the period of the 20,190 (the
sentence's only time): every retelling's "19,515 … in the first half of 2023" then looked like
another period and was left as a lead. A time that follows a figure something is compared with
("as compared to", "than") is that figure's own.
"""

from __future__ import annotations

import pytest

from newslit.analysis.figures.quantity import sentence_quantities
from newslit.text.numbers import find_figures

from conftest import primary_and_paper


def _roads_case(outlet: str = "The Roads Agency") -> str:
    return primary_and_paper("Road deaths (invented)", "agency", outlet, "2025-09-28", "2025-09-29")


AGENCY = (
    "Road deaths fall\n\n"
    "The agency today released its early estimates for the first half of 2025. "
    "An estimated 9,515 people died on the roads, a decrease of about 3.3% as compared to 9,840 deaths "
    "in the first half of 2024.\n"
)


def _periods(sentence: str, primary: bool = True) -> dict:
    figures = find_figures(sentence)
    return {f.text: q.period for f, q in zip(figures, sentence_quantities(sentence, figures, primary=primary))}


@pytest.mark.parametrize(
    ("sentence", "figure", "dated"),
    [
        (
            "An estimated 9,515 people died, a decrease of about 3.3% as compared to 9,840 deaths in 2024.",
            "9,840",
            True,
        ),
        (
            "An estimated 9,515 people died, a decrease of about 3.3% as compared to 9,840 deaths in 2024.",
            "about 3.3%",
            False,
        ),
        ("Sales reached 4,100, more than the 3,900 sold in May.", "4,100", False),
        # "from" is left as it was: "rose to $640 from $600 in 2024" may date the rise
        ("The fee rose to $640 from $600 in 2024.", "$640", True),
        # a time no compared figure claims is still the sentence's: both figures are June's
        ("The economy added 206,000 jobs and unemployment rose to 4.1% in June.", "206,000", True),
    ],
)
def test_the_time_of_a_figure_compared_with_is_its_own(sentence, figure, dated):
    periods = _periods(sentence)
    assert (periods[figure] is not None) is dated, periods


def test_a_retold_figure_keeps_the_sentences_only_time(make_case):
    # From a fresh-eyes review (invented): left with no time, "4.3%" was called a change of June's 4.1%,
    # though the sentence is about July. The rule is the primary's only.
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    assert _periods("The rate rose to 4.3%, higher than the 4.2% expected in July.", primary=False)["4.3%"]
    jobs = _roads_case("The Labour Bureau")
    primary = "Jobs report\n\nThe unemployment rate was 4.1% in June, the bureau said.\n"
    paper = "Jobs\n\nThe unemployment rate rose to 4.3%, compared with 4.2% in July.\n"
    case = load_case(make_case(jobs, {"agency.txt": primary, "paper.txt": paper}))
    found = {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}
    assert found["4.3%"]["verdict"] != "changed", found["4.3%"]["explanation"]


def test_a_retold_figure_of_the_new_period_is_checked_not_left_as_a_lead(make_case):
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    paper = "Deaths fall\n\nSome 9,515 people died on the roads in the first half of 2025, the agency said.\n"
    case = load_case(make_case(_roads_case(), {"agency.txt": AGENCY, "paper.txt": paper}))
    found = {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}
    assert found["Some 9,515"]["verdict"] in ("match", "rounded"), found["Some 9,515"]["explanation"]


# ---- a figure given by a pronoun to someone named in the sentence before ----

COUNCIL = (
    "Deaths fall\n\n"
    "The Road Safety Council released its own projections in August. "
    "It estimated a 3% decrease for the same months.\n"
)


@pytest.mark.parametrize(
    ("paper", "accused"),
    [
        (COUNCIL, False),  # the Council's 3%, not the agency's "about 3.3%": a lead, no accusation
        # "It" after a sentence naming only the primary is the primary: its changed figure is still changed
        ("Deaths fall\n\nThe agency released its estimates. It estimated a 5% decrease for the same months.\n", True),
    ],
)
def test_a_figure_given_by_a_pronoun_to_someone_named_before_is_theirs(make_case, paper, accused):
    # "It" after a person, a place, an acronym or the primary's own name in another form is still the primary
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    case = load_case(make_case(_roads_case(), {"agency.txt": AGENCY, "paper.txt": paper}))
    found = {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}
    record = next(r for text, r in found.items() if text.endswith("%"))
    assert (record["verdict"] in ("changed", "rounded")) is accused, record["explanation"]
    if not accused:
        assert "names in the sentence before" in record["explanation"]


@pytest.mark.parametrize(
    ("outlet", "before"),
    [
        # from a fresh-eyes review (invented): each of these hid a real change as "someone else's count"
        ("The Roads Agency", "Transportation Secretary Pete Graham welcomed the news on Monday."),
        ("The Roads Agency", "The news came as deaths rose in New York."),
        ("The Roads Agency", "The US agency released its estimates."),
        ("NHTSA", "The National Highway Traffic Safety Administration released its early estimates."),
    ],
)
def test_it_after_a_mere_mention_is_still_the_primary(make_case, outlet, before):
    from newslit import load_case
    from newslit.analysis.figures.records import figure_records

    primary = "Road deaths fall\n\nAn estimated 9,515 people died on the roads in the first half of 2025.\n"
    paper = f"Deaths fall\n\n{before} It estimated 9,900 people died on the roads in the first half of 2025.\n"
    case = load_case(make_case(_roads_case(outlet), {"agency.txt": primary, "paper.txt": paper}))
    found = {r["text"]: r for r in figure_records(case) if r["article"] == "paper"}
    assert found["9,900"]["verdict"] == "changed", found["9,900"]["explanation"]
