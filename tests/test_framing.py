"""The framing engine end to end: records per sentence, the seeds, another case, the command, the views."""

from __future__ import annotations

import csv
import json

import pytest

from newslit import load_case
from newslit.analysis.framing.records import (
    KEY_FILE,
    aside_records,
    attribution_rates,
    cue_counts,
    framing_records,
    headlines,
    key_asides,
    key_cues,
)
from newslit.case.key import agreement, find_record, read_rows
from newslit.cli import main
from newslit.lessons.questions import ask
from newslit.views.framing import asides_view, doubt_chart, doubt_summary, headlines_view, sentences_view

from conftest import REPO

SLEEP = REPO / "tests" / "cases" / "sleep-study"


def provenance_from_labels(case, rows):
    """Provenance records written by hand: rows of (article, sentence opening, label, primary opening)."""
    records = []
    for article, opening, label, primary_opening in rows:
        sentence = next(s for s in case.article(article).sentences if s.text.startswith(opening))
        primary = None
        if primary_opening:
            primary = next(s.text for s in case.primary.sentences if s.text.startswith(primary_opening))
        records.append(
            {
                "article": article,
                "sentence": sentence.text,
                "start": sentence.start,
                "end": sentence.end,
                "label": label,
                "primary_sentence": primary,
                "score": 1.0,
            }
        )
    return records


@pytest.fixture(scope="module")
def seed_records():
    return framing_records(load_case(REPO / "seeds"))


def test_one_record_per_sentence_of_every_article(seed_case, seed_records):
    assert len(seed_records) == sum(len(a.sentences) for a in seed_case.articles)
    assert {r["article"] for r in seed_records} == {a.id for a in seed_case.articles}
    for record in seed_records:
        article = seed_case.article(record["article"])
        assert record["sentence"] == article.sentences[record["index"]].text
        assert (record["start"], record["end"]) == (
            article.sentences[record["index"]].start,
            article.sentences[record["index"]].end,
        )
        for cue in record["cues"]:
            assert {"kind", "text", "start", "end", "explanation"} <= cue.keys()
            assert cue["start"] == cue["end"] or record["sentence"][cue["start"] : cue["end"]] == cue["text"]
    json.dumps(seed_records)  # the command prints them as JSON


def test_headlines_are_records_too(seed_records):
    roles = {(r["article"], r["role"]) for r in seed_records}
    assert ("wsj", "headline") in roles and ("lifesite", "headline") in roles


def test_the_primarys_own_loaded_words_are_found(seed_records):
    wsj = {c["text"].lower() for r in seed_records if r["article"] == "wsj" for c in r["cues"] if c["kind"] == "loaded"}
    assert {"vast", "brazen"} <= wsj
    assert all(r["aside"] is None and r["label"] == "primary" for r in seed_records if r["article"] == "wsj")


def test_the_insurrection_scare_quote_is_found(seed_records):
    record = find_record(seed_records, "lifesite", "The WSJ report noted")
    (cue,) = [c for c in record["cues"] if c["kind"] == "scare_quote"]
    assert cue["text"] == "“insurrection”" and cue["guess"] is False


def test_every_key_row_points_at_a_sentence(seed_case, seed_records):
    key = read_rows(seed_case, KEY_FILE)
    assert key, "seeds/key/framing.csv is missing"
    for row in key:
        assert find_record(seed_records, row["article"], row["sentence"]), row
    assert all(
        row["found"] for row in key_cues(seed_records, key) if row["kind"] in ("loaded", "doubt_verb", "scare_quote")
    )


def test_doubt_verbs_are_counted_per_thousand_words(seed_case):
    rates = {r["article"]: r for r in attribution_rates(seed_case)}
    assert rates["lifesite"]["doubt_verbs"] >= 3 and "claimed" in rates["lifesite"]["doubt_words"]
    assert rates["blog-nl"]["doubt_verbs"] == 0
    assert rates["dcnf"]["doubt_per_1000"] == round(1000 * rates["dcnf"]["doubt_verbs"] / rates["dcnf"]["words"], 2)


# ---- with the asides: known provenance, then the real engine ----------------------------

SEED_LABELS = [
    ("lifesite", "The WSJ report noted", "reworded", "Documents previously reviewed"),
    ("lifesite", "It should therefore not be too difficult", "added", None),
    ("lifesite", "A spokesperson claimed", "reworded", "A Meta spokesman said the company actively"),
    ("dcnf", "The company has established an internal task force", "added", None),
    ("dcnf", "The report comes in the wake", "added", None),
    ("dcnf", "While platform moderators", "added", None),
    ("dcnf", "Elon Musk said", "added", None),
    ("dcnf", "Musk said", "added", None),
    ("afp", "Meta did not immediately respond", "added", None),
    ("afp", "In March 2023", "added", None),
    ("afp", "Instagram is also regularly accused", "added", None),
    ("afp", "The actors of these networks", "added", None),
    ("blog-nl", "Fortunately, there are several", "added", None),
    ("blog-nl", "Offlimits", "added", None),
    ("blog-nl", "So algorithms can be harmful", "added", None),
    ("blog-nl", "You are probably familiar", "added", None),
]


def test_asides_on_known_provenance(seed_case):
    records = framing_records(seed_case, provenance=provenance_from_labels(seed_case, SEED_LABELS))
    asides = {(r["article"], r["sentence"][:25]): r["aside"] for r in aside_records(records)}
    politicised = sorted(k for k, v in asides.items() if v == "politicised")
    assert [a for a, _ in politicised] == ["dcnf"] * 4 + ["lifesite"] * 2
    assert asides[("blog-nl", "Offlimits (Expertise Cent")] == "advocacy"
    assert asides[("afp", "In March 2023, an organiz")] == "context"
    claimed = find_record(records, "lifesite", "A spokesperson claimed")
    assert any(c["kind"] == "reframed" and "said" in c["explanation"] for c in claimed["cues"])


def test_on_the_seeds_the_engine_flags_the_political_asides_and_few_others(seed_case, seed_records):
    key = read_rows(seed_case, KEY_FILE)
    flagged = {(r["article"], r["sentence"]) for r in seed_records if r["aside"] == "politicised"}
    wanted = {
        (row["article"], find_record(seed_records, row["article"], row["sentence"])["sentence"])
        for row in key
        if row["kind"] == "politicised"
    }
    assert wanted <= flagged, "a politicised aside of the key was missed"
    assert flagged == wanted, f"false alarms: {flagged - wanted}"  # exactly the key's six, no extra


# ---- another case: nothing seed-specific -------------------------------------------------

SLEEP_LABELS = {
    ("tabloid", "It's time lazy school boards"): "editorial",
    ("tabloid", "Governor Hale's budget cuts"): "politicised",
    ("wire", "The National Sleep Foundation"): "advocacy",
    ("local-paper", "The district's school board"): "context",
}


def test_another_case_with_its_own_labels():
    case = load_case(SLEEP)
    with (SLEEP / "labels.csv").open(encoding="utf-8") as handle:
        rows = [
            (r["article"], r["sentence"], r["label"].split("/")[0], r["primary"].split("|")[0] or None)
            for r in csv.DictReader(handle)
        ]
    records = framing_records(case, provenance=provenance_from_labels(case, rows))
    for (article, opening), label in SLEEP_LABELS.items():
        assert find_record(records, article, opening)["aside"] == label, opening
    lead = find_record(records, "tabloid", "Kids get a whole hour")
    assert [(c["kind"], c["text"]) for c in lead["cues"] if c["kind"] != "reframed"] == [
        ("loaded", "bombshell"),
        ("doubt_verb", "claims"),
    ]
    assert sum(r["aside"] == "politicised" for r in records) == 1


def test_another_case_runs_through_the_real_engines():
    records = framing_records(load_case(SLEEP))
    assert find_record(records, "tabloid", "Governor Hale's budget cuts")["aside"] == "politicised"


AD_HOC = {
    "case.toml": """[case]
title = "A stadium vote"
question = "What did the blog add?"
primary = "report"

[[article]]
id = "report"
file = "report.txt"
outlet = "City News"
headline = "Council approves new stadium"

[[article]]
id = "blog"
file = "blog.txt"
outlet = "Fan Blog"
headline = "Bombshell: stadium finally approved"
""",
    "report.txt": "Council approves new stadium\n\nThe council approved the stadium plan on Tuesday, the mayor said.\n\nBuilding will start next spring.\n",
    "blog.txt": "Bombshell: stadium finally approved\n\nThe council approved the stadium plan on Tuesday, the mayor claimed.\n\nThe so-called “consultation” lasted two weeks.\n\nIt is time the club's owners paid their share.\n",
}


def test_a_hand_made_case_with_invented_texts(make_case):
    folder = make_case(AD_HOC["case.toml"], {k: v for k, v in AD_HOC.items() if k != "case.toml"})
    case = load_case(folder)
    records = framing_records(
        case,
        provenance=provenance_from_labels(
            case,
            [
                ("blog", "The council approved", "reworded", "The council approved"),
                ("blog", "The so-called", "added", None),
                ("blog", "It is time", "added", None),
            ],
        ),
    )
    blog = {r["sentence"][:12]: r for r in records if r["article"] == "blog"}
    assert [c["kind"] for c in blog["Bombshell: s"]["cues"]] == ["loaded"]
    assert {c["kind"] for c in blog["The council "]["cues"]} == {"doubt_verb", "reframed"}
    assert [c["text"] for c in blog["The so-calle"]["cues"] if c["kind"] == "scare_quote"] == ["“consultation”"]
    assert blog["It is time t"]["aside"] == "editorial"


# ---- the command ----------------------------------------------------------------------------


def test_the_command_prints_json_records(capsys):
    assert main(["framing", str(REPO / "seeds"), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {"article", "sentence", "cues", "aside"} <= records[0].keys()
    assert any(c["text"] == "bombshell" for r in records for c in r["cues"])


def test_the_command_prints_a_table(capsys):
    assert main(["framing", str(REPO / "seeds")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["article", "aside", "cues", "sentence"]


# ---- summaries and views ----------------------------------------------------------------------


def test_cue_counts_and_agreement(seed_records):
    counts = {row["article"]: row for row in cue_counts(seed_records)}
    assert counts["dcnf"]["loaded"] >= 5 and counts["lifesite"]["scare_quote"] >= 1
    assert agreement([("a", "a"), ("a", "b"), (None, None)]) == {"agree": 1, "total": 3, "share": 1 / 3}
    assert agreement([])["share"] == 0.0


def test_key_asides_compare_engine_and_key(seed_case, seed_records):
    rows = key_asides(seed_records, read_rows(seed_case, KEY_FILE))
    assert rows and {"key", "engine", "agree", "explanation"} <= rows[0].keys()
    assert {r["key"] for r in rows} == {"politicised", "context", "advocacy", "editorial"}


HOSTILE = {
    "case.toml": """[case]
title = "Hostile text"
question = "Is it shown safely?"
primary = "a"

[[article]]
id = "a"
file = "a.txt"
outlet = "<b>Outlet</b>"
headline = "A <script>alert(1)</script> bombshell"

[[article]]
id = "b"
file = "b.txt"
outlet = "B"
""",
    "a.txt": "A <script>alert(1)</script> bombshell\n\nThe so-called “<img src=x onerror=alert(1)>” costs $5 and #pedowhore is listed.\n",
    "b.txt": "Plain text here, nothing else.\n",
}


def test_views_escape_and_mask_article_text(make_case):
    folder = make_case(HOSTILE["case.toml"], {k: v for k, v in HOSTILE.items() if k != "case.toml"})
    case = load_case(folder)
    records = framing_records(case, provenance=[])
    for view in (headlines_view(headlines(case, records)), sentences_view(records), asides_view(records)):
        assert "<script>" not in view._repr_html_() and "<img" not in view._repr_html_()
        assert "pedowhore" not in view._repr_html_() and "pedowhore" not in repr(view)
    assert "&lt;script&gt;" in headlines_view(headlines(case, records))._repr_html_()


def test_the_chart_has_a_title_labels_and_a_summary(seed_case):
    rates = attribution_rates(seed_case)
    axes = doubt_chart(rates).axes[0]
    assert axes.get_title() and axes.get_xlabel() and axes.get_ylabel()
    summary = doubt_summary(rates)
    assert "per 1,000" in summary and "LifeSiteNews" in summary


# ---- the lesson's exercises (with a stand-in for the exercise widgets) ------------------------


@pytest.fixture
def captured(monkeypatch):
    """Replace the exercise widgets by a recorder of what each exercise was built with."""
    import sys
    import types
    from dataclasses import dataclass

    @dataclass
    class Feedback:
        correct: object
        message: str
        score: object = None

    built = {}
    stub = types.ModuleType("newslit.views.exercises")
    stub.Feedback = Feedback
    stub.choice = lambda eid, prompt, options, *, check=None: built.setdefault(eid, (options, check))
    stub.tags = lambda eid, prompt, items, labels, *, check=None: built.setdefault(eid, (items, labels, check))
    stub.free_text = lambda eid, prompt, *, model_answer=None: built.setdefault(eid, (prompt, model_answer))
    stub.first_exercise = lambda widget: widget
    stub.later = lambda make, prompt, items, labels: make()  # built when opened: open it
    monkeypatch.setitem(sys.modules, "newslit.views.exercises", stub)
    import newslit.views

    monkeypatch.setattr(newslit.views, "exercises", stub, raising=False)
    return built


def test_the_transfer_exercise_is_checked_by_the_engine(captured):
    from newslit.lessons import framing as lesson

    lesson.transfer_exercise()
    items, labels, check = captured["02.transfer"]
    right = {
        "in a shocking move": "loaded word",
        "according to a survey": "neutral",
        "the so-called “experts”": "scare quote",
        "pupils allegedly hid phones": "doubt word",
        "The council claimed": "doubt word",
        "a staggering 40%": "loaded word",
    }
    assert set(right.values()) == set(labels)
    assert check(right).correct is True
    wrong = check({**right, "The council claimed": "neutral"})
    assert wrong.correct is False and "5 of 6" in wrong.message and "Claimed" in wrong.message


@pytest.mark.parametrize(
    "exercise_id", ["02.headline", "02.claimed", "02.insurrection", "02.first-platform", "02.primary-doubt"]
)
def test_every_question_explains_its_answer(captured, exercise_id):
    from newslit.lessons import framing as lesson

    lesson.question(exercise_id)
    options, check = captured[exercise_id]
    results = [check(option) for option in options]
    assert sum(r.correct for r in results) == 1
    assert all(len(r.message) > 80 for r in results)


def test_the_hunt_feedback_scores_the_learner_and_the_engine(captured, seed_case):
    from newslit.lessons import framing as lesson

    records = framing_records(seed_case, provenance=provenance_from_labels(seed_case, SEED_LABELS))
    lesson.aside_hunt(seed_case, records, "dcnf")
    items, labels, check = captured["02.hunt-dcnf"]
    truth = {item: lesson.hunt_truth(seed_case, records, "dcnf")[item][0] for item in items}
    assert sum(label == "politicised" for label in truth.values()) == 4
    perfect = check(truth)
    assert perfect.correct is True and "on 20 of 20" in perfect.message
    all_retold = check([ask("02.hunt-{article}").default_label] * len(items))
    assert all_retold.correct is False and "Elon Musk" in all_retold.message


# ---- reframing: only changes pinned to a few words of one aligned pair ------------------------


def test_the_reframing_view_shows_word_changes_only_within_one_aligned_pair(seed_case):
    from newslit.analysis.framing import framing_records, retellings
    from newslit.views.framing import MAX_REFRAMED_WORDS, one_sentence, reframing_view, shown_reframings

    records = framing_records(seed_case)
    view = reframing_view(retellings(records), seed_case).text
    assert "“said” became “claimed”" in view, "LifeSiteNews and the Daily Caller: said → claimed"
    assert "“purportedly” became" in view
    assert "(dropped)" not in view and "Instagram Connects Vast” →" not in view
    assert "said “acknowledged” because it could not be sure" not in view
    for record in retellings(records):
        for cue in shown_reframings(record):
            assert one_sentence(record["primary_sentence"])
            assert len(cue["old"].split()) <= MAX_REFRAMED_WORDS and len(cue["new"].split()) <= MAX_REFRAMED_WORDS
