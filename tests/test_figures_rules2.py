"""Figure rules written on the nanoplastics development case (issue 15), each on a small invented text.

A place in a dateline or an institution's address is not what a figure counts; an exact
retold figure retells the primary's exact figure and the primary's own vague words are not
the outlet's rounding; particles, fragments, pieces and bits are one count; the primary is
named in explanations by its outlet's name, not its file id.
"""

from __future__ import annotations

import pytest

from newslit import load_case
from newslit.analysis.figures import figure_records

from conftest import write_retold_case

RELEASE = (
    "Honey Can Hold Hundreds of Thousands of Fibres (invented test release)\n\n"
    "A new method counts the smallest fibres in food.\n\n"
    "The researchers found that on average, a jar contained some 240,000 detectable fibre fragments.\n\n"
    "One focus of research: honey, which has been shown to contain tens of thousands of fibres in each jar.\n"
)

# name -> (sentence of a retelling, figure as written, verdict, primary figure it retells)
RETOLD = {
    "a_dateline_is_not_the_figures_place": (
        "NEW YORK - A typical jar of honey contains some 240,000 fibre fragments on average, a study found.",
        "some 240,000",
        "match",
        "some 240,000",
    ),
    "an_institutions_address_is_not_the_figures_place": (
        "Researchers from the Hudson School of Public Health in New York found that each jar held around 240,000 fragments.",
        "around 240,000",
        "match",
        "some 240,000",
    ),
    "an_exact_figure_retells_the_exact_one_not_the_headlines_words": (
        "A study this week revealed that the average pot contains 240,000 pieces, and a pot of jam just 5.5.",
        "240,000",
        "match",
        "some 240,000",
    ),
    "an_exact_figure_in_the_headlines_words_retells_the_exact_one": (
        "Honey Can Hold 240,000 Fibres",
        "240,000",
        "match",
        "some 240,000",
    ),
    "the_primarys_own_vague_words_are_not_rounding": (
        "Scientists examined honey from three brands and found hundreds of thousands of bits per jar, and 5.5 in jam.",
        "hundreds of thousands",
        "match",
        "Hundreds of Thousands",
    ),
    "what_earlier_research_found_is_not_the_new_count": (
        "Honey found to contain tens of thousands of fibres in new study",
        "tens of thousands",
        "not_in_primary",
        None,
    ),
    "a_size_the_primary_never_gives_is_not_in_the_primary": (
        "The fibres counted are less than one micron wide.",
        "less than one micron",
        "not_in_primary",
        None,
    ),
}

TOML = """[case]
title = "Fibres in honey (invented)"
question = "Which figures did the outlets keep?"
primary = "hudson"

[[article]]
id = "hudson"
file = "hudson.txt"
outlet = "Hudson School of Public Health (news release)"
published = 2024-01-09

"""


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("honey")
    sentences = [s for s, *_ in RETOLD.values()]
    write_retold_case(folder, TOML, ("hudson.txt", RELEASE), sentences, "Honey news", "2024-01-10")
    return figure_records(load_case(folder))


def _record(records, article, written):
    (found,) = [r for r in records if r["article"] == article and r["text"] == written]
    return found


@pytest.mark.parametrize("name", RETOLD)
def test_each_retold_figure_is_compared_with_the_figure_it_retells(records, name):
    _, written, verdict, primary = RETOLD[name]
    record = _record(records, f"r{list(RETOLD).index(name)}", written)
    assert (record["verdict"], record["primary_text"]) == (verdict, primary)


def test_explanations_name_the_primary_by_its_outlet_not_its_file_id(records):
    explanations = " ".join(r["explanation"] for r in records)
    assert "the Hudson School of Public Health's" in explanations
    assert "HUDSON" not in explanations and "hudson-" not in explanations.lower()  # never the file's id


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("They found 10 to 100 times more than earlier estimates.", "10 to 100 times", 10, 100),
        ("It is about two to three times bigger.", "about two to three times", 2, 3),
    ],
)
def test_a_range_of_multiples_is_one_figure_with_two_ends(text, written, low, high):
    from newslit.text.numbers import find_figures

    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.low, figure.high) == (written, "multiple", low, high)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Scientists find about a quarter million particles.", "about a quarter million", 250_000),
        ("It holds a quarter of a million bits.", "a quarter of a million", 250_000),
        ("Half a million people came.", "Half a million", 500_000),
    ],
)
def test_a_part_of_a_million_is_a_count(text, written, value):
    from newslit.text.numbers import find_figures

    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.value) == (written, "count", value)


@pytest.mark.parametrize(
    ("text", "written", "kind", "unit", "value"),
    [
        ("Nanoplastics are less than a micron across.", "less than a micron", "length", "micrometres", 1),
        ("A hair is about 83 microns wide.", "about 83 microns", "length", "micrometres", 83),
        ("Particles of 1 micrometer were counted.", "1 micrometer", "length", "micrometres", 1),
        ("They are measured in billionths of a meter.", "billionths of a meter", "length", "metres", 1e-9),
        ("It is one hundredth of a millimetre.", "one hundredth of a millimetre", "length", "millimetres", 0.01),
        ("A typical (33-ounce) bottle.", "33-ounce", "volume", "US fluid ounces", 33),
    ],
)
def test_a_size_is_read_with_its_unit(text, written, kind, unit, value):
    from newslit.text.numbers import find_figures

    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.unit) == (written, kind, unit)
    assert figure.value == pytest.approx(value)


def test_a_range_of_sizes_is_one_figure_on_one_scale():
    from newslit.text.numbers import find_figures

    (figure,) = find_figures("Microplastics range from 1 micrometer to 5 millimeters.")
    assert (figure.text, figure.unit, figure.low, figure.high) == (
        "1 micrometer to 5 millimeters",
        "millimetres",
        0.001,
        5,
    )
    (figure, _) = find_figures("They measure between one and 1,000 nanometres, or 1,000 nanometres at most.")
    assert (figure.text, figure.low, figure.high) == ("between one and 1,000 nanometres", 1, 1000)
    assert figure.comparable == pytest.approx(1e-6)  # on one scale, in metres


def test_the_key_pairs_a_figure_the_engine_read_with_its_unit():
    from newslit.analysis.figures.key import key_matches

    record = {"article": "ap", "sentence": "There are 25,400 microns in an inch.", "text": "25,400 microns"}
    assert key_matches(record, {"article": "ap", "sentence": "There are 25,400", "text": "25,400"})
    assert not key_matches(record, {"article": "ap", "sentence": "There are 25,400", "text": "25"})


def test_the_lead_for_earlier_research_says_so_in_plain_words(records):
    n = list(RETOLD).index("what_earlier_research_found_is_not_the_new_count")
    why = _record(records, f"r{n}", "tens of thousands")["explanation"]
    assert "fibres in each jar" in why  # the words as the release has them, not "fibres jar"
    assert "what earlier research found" in why
    assert "for the contain" not in why and "for the found" not in why


def test_particles_fragments_and_a_litre_are_the_same_words_to_provenance(tmp_path):
    from newslit.analysis.provenance import align_sentence, index_primary

    (tmp_path / "release.txt").write_text(
        "Water study (invented)\n\nThe team counted fibres in rivers for the first time.\n\n"
        "They found that on average, a liter contained some 240,000 detectable plastic fragments.\n\n"
        "Medical scientists are racing to study the possible effects.\n",
        encoding="utf-8",
    )
    (tmp_path / "r.txt").write_text("Headline\n\nSomething else entirely.\n", encoding="utf-8")
    (tmp_path / "case.toml").write_text(
        '[case]\ntitle = "t"\nquestion = "q"\nprimary = "release"\n\n'
        '[[article]]\nid = "release"\nfile = "release.txt"\noutlet = "The lab"\npublished = 2024-01-09\n\n'
        '[[article]]\nid = "r"\nfile = "r.txt"\noutlet = "Outlet"\npublished = 2024-01-10\n',
        encoding="utf-8",
    )
    index = index_primary(load_case(tmp_path).primary)
    retold = "Researchers find about a quarter million invisible tiny particles in a litre of bottled water"
    assert align_sentence(retold, index).label == "reworded"
