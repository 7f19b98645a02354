"""Sentence provenance, word changes, coverage, voices and profiles, as a learner sees them in lesson 01."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from newslit import load_case
from newslit.analysis.coverage import fact_coverage, read_facts, sentence_coverage
from newslit.analysis.profile import article_profiles
from newslit.analysis.provenance import label_shares, provenance_records
from newslit.analysis.voices import voice_records
from newslit.case.errors import CaseError
from newslit.cli import main
from newslit.text.wordchanges import word_changes
from newslit.views.provenance import sentence_card

from conftest import primary_and_paper

HERE = Path(__file__).parent
SLEEP = HERE / "cases" / "sleep-study"
KEY_FILE = HERE.parent / "seeds" / "key" / "provenance.csv"


@pytest.fixture(scope="module")
def records(seed_case):
    return provenance_records(seed_case)


def record(records, article, opening):
    (found,) = [r for r in records if r["article"] == article and r["sentence"].startswith(opening)]
    return found


def read_labels(path: Path):
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def accuracy(pairs):
    """Share of (engine, truth) pairs where the engine label is one of the truth's (a/b) labels."""
    return sum(engine in truth.split("/") for engine, truth in pairs) / len(pairs)


# ---- labels on named sentences ------------------------------------------------------------

QUOTE_WITH_OWN_CREDIT = ("lifesite", "“According to data gathered via Maltego")
FAITHFUL_REWORDING = ("dcnf", "Meta claimed to have dismantled 27")
DAILY_CALLER_MUSK_ASIDE = ("dcnf", "Elon Musk said that stamping out")
ADVOCACY_ENDING = ("blog-nl", "Offlimits (Expertise Center")
BLOG_VERDICT = ("blog-nl", "Despite the efforts to prevent the spread")


def test_a_quote_copied_under_the_outlets_own_credit_is_copied(records):
    found = record(records, *QUOTE_WITH_OWN_CREDIT)
    assert found["label"] == "copied"
    assert found["primary_sentence"].startswith("According to data gathered via Maltego")


def test_a_faithful_rewording_points_to_its_primary_sentence(records):
    found = record(records, *FAITHFUL_REWORDING)
    assert found["label"] == "reworded"
    assert "taken down 27 pedophile networks" in found["primary_sentence"]


@pytest.mark.parametrize("sentence", [DAILY_CALLER_MUSK_ASIDE, ADVOCACY_ENDING])
def test_sentences_the_primary_never_wrote_are_added(records, sentence):
    found = record(records, *sentence)
    assert found["label"] == "added" and found["primary_sentence"] is None and found["primary_index"] == []


def test_a_verdict_that_reuses_the_primarys_words_is_added_and_says_why(records):
    found = record(records, *BLOG_VERDICT)
    assert found["score"] >= 0.5, "it shares most of its words with a WSJ sentence"
    assert found["label"] == "added" and found["own_voice"] == "editorial"
    assert "not enough" in found["own_voice_reason"] and found["nearest_sentence"].startswith("The effort by")


def test_only_sentences_in_the_outlets_own_voice_carry_a_reason(records):
    for r in records:
        assert (r["own_voice"] is None) == (r["own_voice_reason"] is None)
        assert r["own_voice"] is None or r["label"] == "added"


def test_a_sentence_built_from_two_primary_sentences_lists_both(records):
    merged = record(records, "lifesite", "Researchers from Stanford University and the University")
    assert len(merged["primary_index"]) == 2


def test_one_primary_sentence_split_in_two_is_found_twice(records, seed_case):
    meta_rules = [r for r in records if r["article"] == "dcnf" and r["index"] in (6, 7)]
    assert {tuple(r["primary_index"]) for r in meta_rules} == {(13,)}


def test_records_carry_the_offsets_of_the_sentence_in_the_file(records, seed_case):
    for r in records:
        raw = seed_case.article(r["article"]).raw
        assert raw[r["start"] : r["end"]].split()[:2] == r["sentence"].split()[:2]


# ---- accuracy against the hand labels -----------------------------------------------------


def test_accuracy_on_the_hand_labelled_seed_sentences(records):
    labels = read_labels(KEY_FILE)
    by_key = {(r["article"], r["index"]): r for r in records}
    assert len(labels) == len(records), "every derivative sentence has a hand label"
    pairs = []
    for row in labels:
        found = by_key[(row["article"], int(row["index"]))]
        assert found["sentence"].startswith(row["sentence_starts"]), row
        pairs.append((found["label"], row["label"]))
    confusion = Counter((truth.split("/")[0], engine) for engine, truth in pairs)
    print("seed confusion (truth, engine):", dict(confusion))
    assert accuracy(pairs) >= 0.9  # measured 0.922 (94 of 102); 0.882 before the own-voice step


SECOND_READER = HERE / "labels" / "seed_provenance_second_reader.csv"


def test_a_second_reader_labelled_blind_agrees_with_the_key():
    """The key is one reading; a second reader, who saw neither the key nor the engine, labelled every sentence."""
    key = {(r["article"], r["index"]): set(r["label"].split("/")) for r in read_labels(KEY_FILE)}
    second = {(r["article"], r["index"]): set(r["label"].split("/")) for r in read_labels(SECOND_READER)}
    assert second.keys() == key.keys()
    agree = sum(bool(key[k] & second[k]) for k in key) / len(key)
    assert agree >= 0.95  # measured 0.961 (98 of 102): both readers call the same 4 sentences hard


def test_accuracy_against_the_second_reader(records):
    second = {(r["article"], int(r["index"])): r["label"] for r in read_labels(SECOND_READER)}
    pairs = [(r["label"], second[(r["article"], r["index"])]) for r in records]
    assert accuracy(pairs) >= 0.9  # measured 0.902 (92 of 102)


def test_accuracy_on_the_invented_second_case():
    case = load_case(SLEEP)
    found = provenance_records(case)
    pairs = []
    for row in read_labels(SLEEP / "labels.csv"):
        (match,) = [r for r in found if r["article"] == row["article"] and r["sentence"].startswith(row["sentence"])]
        pairs.append((match["label"], row["label"]))
    assert accuracy(pairs) >= 0.85  # measured 0.917 (22 of 24); 0.875 before the own-voice step


def test_shares_add_up_per_article(records):
    for shares in label_shares(records).values():
        assert sum(shares.values()) == pytest.approx(1.0)


def test_a_case_with_only_a_primary_has_no_records(make_case):
    folder = make_case(
        '[case]\ntitle = "t"\nquestion = "q?"\nprimary = "p"\n\n[[article]]\nid = "p"\nfile = "p.txt"\n'
        'outlet = "Paper"\nlanguage = "en"\nkind = "news"\n',
        {"p.txt": "One sentence here. Another one there.\n"},
    )
    assert provenance_records(load_case(folder)) == []


def test_identical_syndicated_copies_get_identical_labels(make_case):
    story = "The council approved a new park on Tuesday. It will open in May.\n"
    toml = '[case]\ntitle = "t"\nquestion = "q?"\nprimary = "p"\n'
    files = {"p.txt": story}
    for name in ("a", "b"):
        toml += (
            f'\n[[article]]\nid = "{name}"\nfile = "{name}.txt"\noutlet = "{name}"\nlanguage = "en"\nkind = "news"\n'
        )
        files[f"{name}.txt"] = "The council approved a new park on Tuesday. Locals cheered loudly at the meeting.\n"
    toml += '\n[[article]]\nid = "p"\nfile = "p.txt"\noutlet = "P"\nlanguage = "en"\nkind = "news"\n'
    found = provenance_records(load_case(make_case(toml, files)))
    assert [r["label"] for r in found if r["article"] == "a"] == [r["label"] for r in found if r["article"] == "b"]
    assert [r["label"] for r in found if r["article"] == "a"] == ["copied", "added"]


# ---- word changes -------------------------------------------------------------------------


def test_word_changes_name_the_swapped_words():
    changes = word_changes(
        "accounts purportedly run by children themselves", "accounts that are allegedly run by the children themselves"
    )
    assert {"op": "replace", "old": "purportedly", "new": "that are allegedly"} in [
        {k: c[k] for k in ("op", "old", "new")} for c in changes
    ]


def test_word_form_and_case_are_not_changes():
    assert word_changes("Meta said it removed accounts.", "meta said it removed account") == []


def test_change_offsets_point_into_the_retold_sentence():
    new = "A spokesperson claimed that they removed almost 500,000 accounts."
    for change in word_changes("A Meta spokesman said the company removed 490,000 accounts.", new):
        assert new[change["new_start"] : change["new_end"]] == change["new"]


# ---- coverage, voices, profiles -----------------------------------------------------------


def test_coverage_is_found_through_the_alignment(seed_case, records):
    coverage = {(r["fact"], r["article"]): r for r in fact_coverage(seed_case, records)}
    assert coverage[("followers", "lifesite")]["how"] == "copied"
    assert coverage[("networks27", "dcnf")]["carried"]
    assert not coverage[("followers", "dcnf")]["carried"]
    assert len(read_facts(seed_case)) * 4 == len(coverage)


# Marks the matching gets wrong: a sentence that shares words with a fact's sentence
# without stating the fact (issue 21). The answer key's hand reading disputes each one.
FALSE_CARRIED = [
    ("test-accounts", "dcnf", "Meta claimed to have dismantled 27"),
    ("reports-ignored", "dcnf", "The company has established an internal task force"),
    ("twitter128", "blog-nl", "It is therefore a platform where"),
]


@pytest.mark.parametrize(("fact", "article", "sentence"), FALSE_CARRIED)
def test_a_carried_mark_the_key_disputes_is_flagged_with_its_sentence(seed_case, records, fact, article, sentence):
    from newslit.views.provenance import coverage_view

    coverage = fact_coverage(seed_case, records)
    (record,) = [r for r in coverage if (r["fact"], r["article"]) == (fact, article)]
    assert record["carried"] and record["key_carried"] is False and record["sentence"].startswith(sentence)
    shown = coverage_view(seed_case, coverage).text
    (line,) = [x for x in shown.splitlines() if x.startswith("- " + record["label"]) and sentence in x]
    assert "the key's reading finds no sentence" in line
    row = next(x for x in shown.splitlines() if x.endswith(")") and record["label"] in x)
    assert "?" in row


def test_without_a_key_no_mark_is_flagged(make_case, seed_case):
    folder = make_case((Path(seed_case.folder) / "case.toml").read_text(encoding="utf-8"))
    for article in seed_case.articles:
        (folder / article.file).write_bytes((Path(seed_case.folder) / article.file).read_bytes())
    (folder / "key").mkdir()
    (folder / "key" / "facts.csv").write_bytes((Path(seed_case.folder) / "key" / "facts.csv").read_bytes())
    case = load_case(folder)
    coverage = fact_coverage(case, provenance_records(case))
    assert {r["key_carried"] for r in coverage} == {None}


def test_a_fact_that_opens_no_primary_sentence_is_reported_with_its_line(make_case, seed_case):
    folder = make_case(
        (Path(seed_case.folder) / "case.toml").read_text(encoding="utf-8"),
        {"key/facts.csv": "id,label,primary_sentence\nx,Something,This sentence is not in the WSJ\n"},
    )
    for article in seed_case.articles:
        (folder / article.file).write_bytes((Path(seed_case.folder) / article.file).read_bytes())
    with pytest.raises(CaseError) as error:
        read_facts(load_case(folder))
    assert "facts.csv:2" in str(error.value) and "copy the first words" in str(error.value)


def test_sentence_coverage_works_without_a_facts_list(seed_case, records):
    rows = sentence_coverage(seed_case, records)
    assert max(rows, key=lambda r: r["count"])["count"] >= 3
    assert all(r["count"] == len(r["outlets"]) for r in rows)


def test_voices_join_a_misspelt_surname_and_keep_the_spelling(seed_case):
    levin = [r for r in voice_records(seed_case) if r["article"] == "lifesite" and r["note"]]
    assert [(r["who"], r["note"]) for r in levin] == [("Brian Levine", 'spelled "Levin" here')]


def test_sources_name_the_outlet_they_point_to(seed_case):
    sources = [r for r in voice_records(seed_case) if r["kind"] == "source"]
    dcnf = {r["who"] for r in sources if r["article"] == "dcnf"}
    assert "The Verge" in dcnf and "the report" in dcnf
    assert any(r["refers_to"] == "The Wall Street Journal" for r in sources if r["article"] == "lifesite")


def test_according_to_the_wsj_credits_the_wsj(seed_case):
    # Walkthrough (issue 17): lesson 01's voices chart gave AFP "0 credits to sources",
    # though AFP writes "According to the WSJ, ..." twice.
    afp = [r for r in voice_records(seed_case) if r["article"] == "afp" and r["kind"] == "source"]
    assert [r["refers_to"] for r in afp] == ["The Wall Street Journal", "The Wall Street Journal"]
    assert all(r["sentence"].startswith("According to the WSJ") for r in afp)


def test_profiles_show_the_primary_first_and_the_shares(seed_case, records):
    profiles = article_profiles(seed_case, records)
    assert profiles[0]["article"] == "wsj" and profiles[0]["added"] is None
    lifesite = next(p for p in profiles if p["article"] == "lifesite")
    assert lifesite["copied"] > 0.2 and 0 < lifesite["reading_ease"] < 100 and lifesite["quotes"] > 5


# ---- the command and the scale -----------------------------------------------------------


def test_newslit_provenance_json_has_the_design_fields(capsys):
    assert main(["provenance", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"article", "sentence", "start", "end", "label", "primary_sentence", "score"} <= set(rows[0])
    assert {r["label"] for r in rows} == {"copied", "reworded", "added"}


def test_newslit_provenance_runs_on_another_case(capsys):
    assert main(["provenance", str(SLEEP), "--json"]) == 0
    assert {r["article"] for r in json.loads(capsys.readouterr().out)} == {"local-paper", "tabloid", "wire"}


def test_the_same_case_gives_the_same_labels_on_every_run():
    """Ties between equally good primary sentences are broken by position, not by Python's hash order."""
    import subprocess
    import sys

    script = (
        "import json; from newslit import load_case; from newslit.analysis.provenance import provenance_records; "
        f"print(json.dumps(provenance_records(load_case({str(HERE / 'cases' / 'hostile')!r}))))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env={"PYTHONHASHSEED": seed}, check=True
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(runs) == 1


def test_the_reader_card_of_an_own_voice_sentence_says_why_and_shows_the_closest_wsj_sentence(records):
    html, text = sentence_card(record(records, *BLOG_VERDICT), "WSJ")
    for shown in (html, text):
        assert "[added]" in shown and "not enough" in shown
        assert "The closest sentence in WSJ" in shown and "The effort by social-media platforms" in shown
    assert "Not close enough" not in text


# ---- one speaker, one voice (issue 17) ------------------------------------------------------

LAB_STORY = (
    "Dana Reyes, a researcher at the Northfield Water Lab, said the river was clean. "
    "Reyes added that more tests were planned. "
    "Tom Abel, chief chemist at the Northfield Water Lab, said the samples were fresh. "
    "The Northfield Water Lab found no lead in any sample, said Reyes of Northfield Water Lab. "
    "Northfield found the pipes old. "
    "Mayor Ann Lee said the results were good news.\n"
)


def lab_voices(make_case):
    toml = (
        '[case]\ntitle = "t"\nquestion = "q?"\nprimary = "p"\n\n[[article]]\nid = "p"\nfile = "p.txt"\n'
        'outlet = "Paper"\nlanguage = "en"\nkind = "news"\n'
    )
    return voice_records(load_case(make_case(toml, {"p.txt": LAB_STORY})))


def test_a_surname_with_its_workplace_joins_the_full_name_given_earlier(make_case):
    found = lab_voices(make_case)
    assert {r["who"] for r in found if "Reyes" in r["who"]} == {"Dana Reyes"}
    assert not any(" of " in r["who"] for r in found)


def test_an_institution_named_with_the_person_quoted_from_it_is_not_a_second_voice(make_case):
    found = lab_voices(make_case)
    chemist = [r for r in found if r["index"] == 2]
    assert [(r["who"], r["kind"]) for r in chemist] == [("Tom Abel", "researchers")]


def test_a_researcher_counts_as_researchers_in_every_mention_and_others_stay_voices(make_case):
    kinds = {(r["who"], r["kind"]) for r in lab_voices(make_case)}
    assert ("Dana Reyes", "researchers") in kinds and ("Dana Reyes", "voice") not in kinds
    assert ("Northfield", "researchers") in kinds and ("Mayor Ann Lee", "voice") in kinds


def test_on_the_seeds_each_researcher_is_one_voice_and_no_institution_is_an_other_voice(seed_case):
    wsj = [r for r in voice_records(seed_case) if r["article"] == "wsj"]
    names = {r["who"] for r in wsj}
    assert "Levine of UMass" not in names and "Brian Levine" in names
    others = {r["who"] for r in wsj if r["kind"] == "voice"}
    assert not others & {"Stanford", "Alex Stamos", "Brian Levine", "David Thiel"}, others
    thiel = [r["who"] for r in wsj if r["sentence"].startswith("David Thiel, chief technologist")]
    assert thiel == ["David Thiel"]
    lifesite = {(r["who"], r["kind"]) for r in voice_records(seed_case) if r["article"] == "lifesite"}
    assert ("UMass Resue Lab", "researchers") not in lifesite and ("Brian Levine", "researchers") in lifesite


# ---- a quotation of words the primary does not have (issue 15) ---------------------------------

RULE = (
    "The agency set the first national limits on six chemicals in drinking water. "
    "The limits will prevent thousands of deaths and reduce serious illnesses, the agency said.\n"
)


def paper_records(make_case, paper: str) -> list[dict]:
    """The provenance records of the one retelling ``paper`` of :data:`RULE`."""
    folder = make_case(
        primary_and_paper("t", "agency", "The Agency", "2024-04-10", "2024-04-10"),
        {"agency.txt": f"Rule\n\n{RULE}", "paper.txt": f"News\n\n{paper}\n"},
    )
    return [r for r in provenance_records(load_case(folder)) if r["role"] == "body"]


def test_a_quotation_of_words_the_primary_does_not_have_is_added_and_says_why(make_case):
    # pfas-2024's Nexstar: "“There could not be a more important chemical for the EPA to be tackling …”"
    paper = (
        "The agency set the first national limits on six chemicals in drinking water. "
        "“No chemicals in water matter more than these six, and national limits are overdue,” the chief said."
    )
    quoted = paper_records(make_case, paper)[1]
    assert quoted["label"] == "added"
    assert quoted["added_reason"].startswith(
        "It quotes words that are not in the primary: they were said somewhere else"
    )
    html, text = sentence_card(quoted, "The Agency")
    assert "said somewhere else" in text and "Not close enough" not in text


def test_a_quotation_of_the_primarys_own_words_is_no_addition(make_case):
    paper = "“The limits will prevent thousands of deaths and reduce serious illnesses,” the agency said."
    (quoted,) = paper_records(make_case, paper)
    assert quoted["label"] in ("copied", "reworded") and quoted["added_reason"] is None
