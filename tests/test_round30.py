"""Politics, goals, analysts' estimates, streaks and a dash that signs nothing: what the 30th review brought out.

The 30th review (2026-12-07, eighth session) was written by helpers who never saw the code: invented
release-and-story pairs with every figure keyed, and 24 stories with every sentence labelled (from Portugal,
Greece, Czechia, Hungary, Romania, Thailand, Bangladesh, Sri Lanka, Kenya, Morocco, Chile, Ukraine, Turkey,
Iceland, Finland, Estonia, Ethiopia, Tanzania, Uganda, Jamaica, Northern Ireland, Saudi Arabia, Texas and British
Columbia). Measured first on the rules before it (politicised recall 31 of 50, precision 31 of 32; figure
accusations right 35 of 39, a blind judge agreeing with the writers on 59 of 59), then these rules were written on
its misses (in-sample for it). The sentences here are invented in the same shapes.
"""

from __future__ import annotations

import pytest

from newslit.analysis.framing.asides import classify_aside, quotation_runs
from newslit.case.model import Sentence

from conftest import paper_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "“Cutting taxes without building homes will push prices higher,” said Left Bloc deputy Sofia Marques.",
        "The bill has been stuck in the Chamber of Deputies for years.",
        "“You cannot force parents,” said AUR deputy Cristian Moldovan.",
        "“The numbers show that we cannot let up,” said the state secretary responsible for family affairs.",
        "Yet it was under the left-liberal governments before 2010 that births sank to a low.",
        "In the Jatiya Sangsad last week, a lawmaker demanded to know why the money was spent.",
        "In La Moneda, the figures were received as a sign that the agenda is working.",
        "In 2024 the Althing passed legislation allowing the company to buy residents' homes.",
        "The Shura Council last month approved amendments to the labour law.",
        "After the storm, the Legislature passed laws requiring power plants to weatherize.",
    ],
)
def test_politics_the_30th_review_found(sentence):
    assert classify_aside(sentence).label == "politicised"


@pytest.mark.parametrize(
    "sentence",
    [
        "The aura of the old town draws visitors all year.",  # "AUR" only in capitals, as a whole word
        "The state legislature's library is open to the public on weekdays.",  # a legislature in lower case, no act
        "Temperatures in 1850–1900 were the baseline for the study.",
    ],
)
def test_words_beside_them_that_are_not_politics(sentence):
    aside = classify_aside(sentence)
    assert aside is None or aside.label != "politicised", aside.reason


def _sentences(*texts: str) -> list[Sentence]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence("paper", i, text, at, at + len(text), role="body", paragraph=0))
        at += len(text) + 1
    return out


def test_a_dash_inside_a_name_signs_no_quotation():
    # the 30th review: "the Fidesz–KDNP government" was read as a post signed "– KDNP", and every sentence of the
    # paragraph before it, demographers' included, took the label of a party's sentence
    body = _sentences(
        "Demographers point out that the decline is a Europe-wide phenomenon.",
        "The rate is still above the 1.25 recorded in 2010, before the Fidesz–KDNP government made it a priority.",
    )
    assert quotation_runs(body) == {}
    signed = _sentences("We will not let this stand.", "The tariffs start on Monday. — President Biden")
    assert quotation_runs(signed) == {0: 1}  # a post signed at its end is still one speaker's


BIRTHS = (
    "The total fertility rate fell from 1.51 children in 2023 to 1.48 children in 2024. Sanliurfa was the province "
    "with the highest total fertility rate at 3.29 children, while Bartin had the lowest at 1.04 children."
)


KANEMORI = (
    "For the fiscal year ending March 31, 2026, the company forecasts revenue of ¥1,300.0 billion and operating "
    "profit of ¥90.0 billion. The annual dividend will be ¥48 per share, an increase of ¥6. The company also "
    "resolved to repurchase up to ¥20.0 billion of its own shares."
)
INFLATION = (
    "The general point-to-point inflation rate in May 2025 stood at 9.05 percent, down from 9.17 percent in April "
    "2025. The twelve-month average inflation rate (June 2024 to May 2025) stood at 10.03 percent."
)


@pytest.mark.parametrize(
    ("release", "paper", "written", "verdict", "words"),
    [
        # "up to" after "buy back", with a raise in the clause before "and": a ceiling, as the company's is
        (
            KANEMORI,
            "Kanemori will raise its annual dividend by 6 yen to 48 yen per share and buy back up to 20 billion yen of "
            "its own shares.",
            "up to 20 billion yen",
            "match",
            "Same quantity",
        ),
        # an analyst's own estimate, not the company's forecast rounded
        (
            KANEMORI,
            "“The guidance looks conservative, and we think operating profit could reach 95 billion yen,” said Takeshi "
            "Morita, an analyst at a Tokyo securities house.",
            "could reach 95 billion yen",
            "not_in_primary",
            "what an outside expert says (“analyst”)",
        ),
        # where inflation has stood since a time, not the release's 12-month average rounded
        (
            INFLATION,
            "Inflation has stayed above 9 percent since March 2023, peaking in July 2024.",
            "above 9 percent",
            "not_in_primary",
            "since a time (“since March 2023”)",
        ),
        # a number someone calls for or urges is a goal
        (
            BIRTHS,
            "The President has repeatedly urged couples to have at least three children.",
            "at least three",
            "not_in_primary",
            "(“urged”)",
        ),
        # guard: the release's own figure changed is still an accusation
        (INFLATION, "The twelve-month average inflation rate stood at 10.3 percent.", "10.3 percent", "changed", ""),
    ],
)
def test_figures_the_30th_review_found(make_case, release, paper, written, verdict, words):
    found = paper_figures(make_case, release, paper, outlet="Kanemori Holdings", published="2025-06-10")[written]
    assert found["verdict"] == verdict, found["explanation"]
    assert words in found["explanation"], found["explanation"]


def test_a_post_on_x_ends_its_sentence():
    # the 30th review: "… the minister wrote on X. “We will not step back …”" was one sentence, read as the initial
    # of a name, so a quotation's second sentence was never labelled on its own
    from newslit.case.sentences import split_sentences

    text = "Inflation will fall, the minister wrote on X. “We will not step back.” Malcolm X. Little was born in 1925."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Inflation will fall, the minister wrote on X.",
        "“We will not step back.”",
        "Malcolm X. Little was born in 1925.",  # an initial is still an initial
    ]
