"""Figures on texts the engine had never seen: the thirteenth review's invented pairs (2026-12-07).

Writers who had not seen the engine invented 24 releases and retellings with a key for every
figure, and other helpers labelled every figure again, blind. Measured with the rules frozen,
every accusation was right (28 of 28); the misses were values read nowhere (naira, "125mm",
"last October", see tests/test_numbers.py) and a statistics office's own figures, which it
writes as "expected" in a flash estimate ("Euro area annual inflation is expected to be 2.2%
in March"), kept from every retelling that gives them plainly. Fixed here on invented texts
of the same shape; a figure the outlet gives as expected, or another value, is still no match.
"""

from __future__ import annotations

from conftest import paper_figures

FLASH = "Euro area annual inflation is expected to be 2.2% in March 2025, down from 2.3% in February."
ACTUAL = "Euro area annual inflation was 2.2% in March 2025, down from 2.3% in February."


def test_a_release_s_own_expected_figure_told_plainly_is_a_match(make_case):
    found = paper_figures(
        make_case, FLASH, "Inflation in the euro area eased to 2.2% in March, Eurostat said.", outlet="Eurostat",
        published="2025-04-01",
    )  # fmt: skip
    assert found["2.2%"]["verdict"] == "match"


def test_another_value_for_an_expected_figure_is_no_change(make_case):
    found = paper_figures(
        make_case, FLASH, "Inflation in the euro area eased to 2.1% in March, Eurostat said.", outlet="Eurostat",
        published="2025-04-01",
    )  # fmt: skip
    assert found["2.1%"]["verdict"] not in ("changed", "rounded")


def test_what_economists_expected_is_not_the_release_s_actual_figure(make_case):
    found = paper_figures(
        make_case, ACTUAL, "Economists had expected inflation of 2.2% in March.", outlet="Eurostat",
        published="2025-04-01",
    )  # fmt: skip
    assert found["2.2%"]["verdict"] != "match"
