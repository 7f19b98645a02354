"""A place joined to an organisation's name ("Mexico-based Grupo Bimbo") is where the company is from, not
what a figure counts: the release's "four counts" retold beside it is still the release's figure. Written
from the validation case bread-2023-06's errors after its one measurement (in-sample for it); the texts
here are invented on its pattern."""

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
