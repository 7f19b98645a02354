"""A rule written after the one measurement of hunger-2023-07, the twenty-fourth validation case (issue 15), with invented texts.

The AP's "More than 3.1 billion people – 42% of the global population – were unable to afford a
healthy diet in 2021" was called a change of the key messages' "About 29.6 percent of the global
population – 2.4 billion people – were moderately or severely food insecure in 2022": both shares
name the population they are taken of, and the words that say what each counts come after a
dash, beyond what the figure reader reads. The population a share is taken of is not what it
counts: two such shares are one quantity only when the retold sentence retells the primary's.
"""

from __future__ import annotations

from newslit import load_case
from newslit.analysis.figures import figure_records

from conftest import primary_and_paper

CASE = primary_and_paper("Food (invented)", "agency", "The Food Agency", "2025-07-12", "2025-07-13")

AGENCY = (
    "Key messages\n\n"
    "About 29.6 percent of the national population – 2.4 million people – were moderately or severely food "
    "insecure in 2024, of which about 900,000 (11.3 percent of people in the country) were severely food insecure.\n\n"
    "It is estimated that between 691,000 and 783,000 people in the country faced hunger in 2024.\n"
)


def _verdict(make_case, paper_sentence: str, figure: str) -> dict:
    folder = make_case(CASE, {"agency.txt": AGENCY, "paper.txt": f"Food report\n\n{paper_sentence}\n"})
    return next(r for r in figure_records(load_case(folder)) if r["article"] == "paper" and r["text"] == figure)


def test_a_share_of_the_same_population_that_counts_something_else_is_not_changed(make_case):
    record = _verdict(
        make_case,
        "More than 3.1 million people – 42% of the national population – were unable to afford a healthy diet in 2023, "
        "an increase of 134,000 people compared to 2021, it said.",
        "42%",
    )
    assert record["verdict"] == "not_in_primary"
    assert "changed" not in record["explanation"].lower() and "different number" not in record["explanation"]


def test_a_retold_share_of_the_primary_sentence_is_still_checked(make_case):
    sentence = "About 29.6 percent of the national population were food insecure in 2024, the agency said."
    assert _verdict(make_case, sentence, "About 29.6 percent")["verdict"] == "match"
