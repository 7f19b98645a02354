"""The primary's only figure of a value, retold plainly with that very value, is that figure even when the words
around the two name the thing differently.

"States of calamity are in force in 23 localities" for a disaster council's "A state of calamity has been declared
in 23 cities and municipalities": the engine kept such figures as leads ("what looks different: it counts
localities, not cities"), and the reviews' keys call most of them a match. Only when nothing but the words differs,
the value is the same exactly (no "about", no limit on either side), and the primary gives it once in that kind; not
an earlier value for a new one, a time the primary's figure lacks, nor a figure whose primary sentence names a group
(the guards of tests/test_rules_boe.py and test_figures_group_named_after.py, which a first version broke). Measured
before kept: reviews 12-27 +18 verdicts, no accusation moved; validation +12 on seven cases, none lost. The texts
here are invented.
"""

from __future__ import annotations

from conftest import paper_figures

RELEASE = (
    "A total of 412,386 families were affected in 2,047 villages in five regions. "
    "A state of calamity has been declared in 23 cities and municipalities and in the provinces of Cagayan and Isabela."
)
PAPER = "States of calamity are in force in 23 localities and two provinces."


def test_the_only_figure_of_a_value_is_retold_though_named_otherwise(make_case):
    found = paper_figures(make_case, RELEASE, PAPER)["23"]
    assert found["verdict"] == "match", found["explanation"]


def test_a_value_the_primary_gives_twice_stays_a_lead(make_case):
    release = RELEASE + " Another 23 towns asked for help."
    assert paper_figures(make_case, release, PAPER)["23"]["verdict"] == "not_in_primary"


def test_a_limit_in_the_primary_is_not_a_plain_figure(make_case):
    release = RELEASE.replace("in 23 cities", "in up to 23 cities")
    assert paper_figures(make_case, release, PAPER)["23"]["verdict"] not in ("match", "changed", "rounded")


def test_a_vague_value_is_not_the_primarys_figure(make_case):
    paper = PAPER.replace("in 23", "in about 23")
    assert paper_figures(make_case, RELEASE, paper)["about 23"]["verdict"] != "match"
