"""Formats the 38th review found unread (tenth session of 2026-12-08): a hyphen for a temperature's minus sign, the
Omani rial's "RO" and a few more currency codes, and a national body's country written with its accent.

The review's pairs were written by a helper who never saw the engine; the sentences below are invented in the same
shapes. None of these formats occurs in a development or validation case: every record of those is unchanged.
"""

from __future__ import annotations

import pytest

from newslit.text.numbers import find_figures


def _read(text: str) -> list[tuple]:
    return [(f.text, f.kind, f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The lowest air temperature was -0.9°C, recorded at Mount Dillon.", "-0.9°C", -0.9),
        ("Overnight lows (-3 °C) were recorded inland.", "-3 °C", -3.0),
        ("A low of -12C was recorded in the glens.", "-12C", -12.0),
        ("It fell to -5 degrees Celsius at night.", "-5 degrees Celsius", -5.0),
    ],
)
def test_a_hyphen_before_a_temperature_is_its_minus_sign(text, written, value):
    assert (written, "temperature", value, "°C") in _read(text)


def test_a_hyphen_between_two_numbers_is_still_no_minus_sign():
    assert not any(kind == "temperature" and value < 0 for _, kind, value, _ in _read("Highs of 10-15C today."))


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Revenues rose to RO231.4 million.", "RO231.4 million", 231.4e6, "OMR"),
        ("Revenues rose to RO 231.4 million.", "RO 231.4 million", 231.4e6, "OMR"),
        ("The fund holds OMR 12.5 million.", "OMR 12.5 million", 12.5e6, "OMR"),
        ("Spending reached SAR 2.1 billion.", "SAR 2.1 billion", 2.1e9, "SAR"),
    ],
)
def test_gulf_currency_codes_before_a_number_make_it_money(text, written, value, unit):
    assert (written, "money", value, unit) in _read(text)


@pytest.mark.parametrize("text", ["ROBERT 5 left the stage.", "The PRO 5 model sold out."])
def test_the_letters_inside_a_word_are_no_currency(text):
    assert all(kind != "money" for _, kind, _, _ in _read(text))


def test_a_negative_temperature_told_in_words_matches_the_primarys_hyphen(make_case):
    from conftest import paper_figures

    release = "The lowest air temperature was -0.9°C, recorded at Mount Dillon on 4 June."
    paper = (
        "Temperatures dipped below freezing on June 4th at Mount Dillon, where a low of minus 0.9 degrees was recorded."
    )
    found = paper_figures(make_case, release, paper, outlet="Met Éireann")["minus 0.9 degrees"]
    assert found["verdict"] == "match"
    assert found["primary_text"] == "-0.9°C"


def test_an_omani_amount_matches_however_the_rial_is_spaced(make_case):
    from conftest import paper_figures

    release = "Revenues of three- to five-star hotels rose by 12.3% to RO 231.4 million by the end of September 2024."
    paper = "Hotel revenues grew 12.3% to RO231.4 million, official figures showed."
    found = paper_figures(make_case, release, paper, outlet="The Centre")["RO231.4 million"]
    assert found["verdict"] == "match"


def test_a_national_body_named_with_accents_speaks_of_its_country(make_case):
    from newslit import load_case
    from newslit.analysis.figures.primary import primary_scope

    from conftest import primary_and_paper

    folder = make_case(
        primary_and_paper("t", "agency", "Instituto Nacional de Estadística de México", "2024-01-09", "2024-01-09"),
        {
            "agency.txt": "Release\n\nRemittances from the United States rose 4% in 2023.\n",
            "paper.txt": "News\n\nRemittances rose.\n",
        },
    )
    assert "Mexico" in primary_scope(load_case(folder))


def test_a_day_ends_a_span_as_its_month_does():
    import datetime

    from newslit.analysis.figures.quantity import Period, sentence_quantities

    text = "The service received 285,230 complaints in the year to 31 March 2025."
    figures = find_figures(text)
    assert sentence_quantities(text, figures, datetime.date(2025, 5, 20))[0].period == Period("span", 2025, 3, 12.0)


def test_a_count_of_another_year_is_no_change_of_the_year_to_a_day(make_case):
    from conftest import paper_figures

    release = "The Financial Ombudsman Service received 285,230 new complaints in the year to 31 March 2025."
    paper = "At the height of the PPI scandal in 2013-14, the ombudsman received more than 500,000 complaints."
    found = paper_figures(make_case, release, paper, outlet="The Financial Ombudsman Service")["more than 500,000"]
    assert found["verdict"] == "not_in_primary", found["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        'A Lega senator on the environment committee replied that farmers could not be "held hostage by a map".',
        "Lega leader Matteo Salvini called the report an attack on farmers.",
        "The Movimento 5 Stelle said the plan came too late.",
    ],
)
def test_italys_parties_by_their_italian_names_are_politics(sentence):
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside(sentence)
    assert aside is not None and aside.label == "politicised", aside and aside.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lega Serie A said attendance rose by a tenth last season.",  # the football league
        "The new lega of the bridge was finished in May.",  # not the party's capital
    ],
)
def test_a_sports_league_called_lega_is_no_party(sentence):
    from newslit.analysis.framing.asides import classify_aside

    aside = classify_aside(sentence)
    assert aside is None or aside.label != "politicised", aside.reason


STUDY = (
    "Children who receive antibiotics in their first year of life are more often diagnosed with asthma, but much of "
    "the association appears to be explained by factors shared within families, according to a new registry study. "
    "The researchers followed nearly 800,000 children born between 2005 and 2015. Children prescribed antibiotics "
    "before their first birthday had a 40 per cent higher risk of an asthma diagnosis by the age of six. When the "
    "researchers compared siblings within the same family, the increased risk fell to 7 per cent. The risk was higher "
    "for broad-spectrum antibiotics than for penicillin. Respiratory infections in infancy may also contribute to the "
    "association, the researchers note. The study is observational and cannot establish cause and effect. The "
    "researchers now plan to examine eczema and food allergy."
)


def _headline(make_case, headline: str) -> dict:
    from newslit import load_case
    from newslit.analysis.provenance import provenance_records

    from conftest import primary_and_paper

    folder = make_case(
        primary_and_paper("t", "agency", "The Institute", "2024-04-10", "2024-04-11"),
        {
            "agency.txt": f"Release\n\n{STUDY}\n",
            "paper.txt": f"{headline}\n\nParents have long been warned about antibiotics. The study used registers.\n",
        },
    )
    return next(r for r in provenance_records(load_case(folder)) if r["article"] == "paper" and r["role"] == "headline")


def test_a_headline_that_tells_the_main_finding_in_few_of_its_words_is_reworded(make_case):
    found = _headline(make_case, "Why babies given antibiotics get more asthma may have little to do with the drugs")
    assert found["label"] == "reworded", found


@pytest.mark.parametrize(
    "headline",
    [
        "Tory ministers ignored asthma warnings on antibiotics for 14 years",  # a number and politics of its own
        "Pollen season starts early across the south",  # nothing of the study
    ],
)
def test_a_headline_of_its_own_stays_added(make_case, headline):
    assert _headline(make_case, headline)["label"] == "added"


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Car loans became the third-largest source of complaints.", 3.0),
        ("It was the second-highest turnout on record.", 2.0),
        ("China is its fourth-biggest market.", 4.0),
        ("It was the country's fifth-best year.", 5.0),
    ],
)
def test_an_ordinal_joined_to_a_superlative_is_a_rank(text, rank):
    assert [(kind, value) for _, kind, value, _ in _read(text)] == [("rank", rank)]


@pytest.mark.parametrize("text", ["The first-half results were strong.", "The first-time buyers were young."])
def test_an_ordinal_joined_to_another_word_is_no_rank(text):
    assert all(kind != "rank" for _, kind, _, _ in _read(text))


def test_a_rank_told_with_another_superlative_matches(make_case):
    from conftest import paper_figures

    release = "Complaints about motor finance more than tripled, making it the third most complained-about product."
    paper = "Complaints about car finance more than tripled, making car loans the third-largest source of grievances."
    found = paper_figures(make_case, release, paper, outlet="The Ombudsman")["third"]
    assert found["verdict"] == "match", found["explanation"]
