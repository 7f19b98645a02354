"""The answers store: saved at once, merged across notebooks and processes, never lost."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest

from newslit.learners import answers
from newslit.learners.answers import AnswerStore, parse, salvage, slug

# Named fixtures: what a damaged answers file can look like.
TWO_GOOD = (
    '{"format": "newslit-answers", "version": 1, "learner": "Sam", "answers": {'
    '"01.a": {"value": "B", "kind": "choice"}, "01.b": {"value": {"x": "loaded"}, "kind": "tags"}}}'
)
CUT_OFF = TWO_GOOD[: TWO_GOOD.index('"01.b"') + 20]  # the computer stopped half-way through the second answer
HAND_EDITED_SHAPE = '{"format": "newslit-answers", "answers": ["B", "C"]}'
ENTRY_WITHOUT_VALUE = '{"format": "newslit-answers", "answers": {"01.a": {"value": "B"}, "01.b": {"answer": "C"}}}'
NOT_JSON = "this is not an answers file"
EMPTY = ""


@pytest.fixture
def store(tmp_path):
    return AnswerStore(tmp_path / "answers", "sam")


def test_an_answer_is_saved_at_once_and_read_back(store):
    store.save("04.guardrail", "Stop recommending accounts to adults", kind="free_text", prompt="Propose one change")
    on_disk = json.loads(store.path.read_text(encoding="utf-8"))
    assert on_disk["format"] == "newslit-answers"
    assert on_disk["answers"]["04.guardrail"]["value"] == "Stop recommending accounts to adults"
    assert AnswerStore(store.folder, "sam").get("04.guardrail")["prompt"] == "Propose one change"


def test_saving_leaves_no_temporary_files(store):
    for n in range(5):
        store.save(f"x.{n}", n)
    names = sorted(p.name for p in store.folder.iterdir())
    assert names == [f".{store.id}.lock", f"{store.id}.json"]


def test_first_checked_answer_is_kept_when_the_learner_changes_it(store):
    store.save("02.claimed", "wrong", correct=False, checked=True)
    store.save("02.claimed", "right", correct=True, checked=True)
    entry = store.get("02.claimed")
    assert entry["value"] == "right" and entry["correct"] is True
    assert entry["first_checked"] == {"value": "wrong", "correct": False}


def test_two_notebooks_open_at_once_keep_each_others_answers(store):
    other_notebook = AnswerStore(store.folder, "sam")
    store.read()
    other_notebook.read()  # both "opened" before either saved
    store.save("02.headline", "LifeSiteNews")
    other_notebook.save("03.percent", "47%")
    assert set(AnswerStore(store.folder, "sam").answers()) == {"02.headline", "03.percent"}


WRITER = textwrap.dedent(
    """
    import sys
    from newslit.learners.answers import AnswerStore
    store = AnswerStore(sys.argv[1], "sam")
    for n in range(int(sys.argv[3])):
        store.save(f"{sys.argv[2]}.{n}", n, kind="choice")
    """
)


def test_two_processes_writing_at_once_lose_nothing(store):
    count = 40
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(store.folder), name, str(count)]) for name in ("a", "b")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    saved = store.answers()
    assert len(saved) == 2 * count
    assert {saved[f"a.{n}"]["value"] for n in range(count)} == set(range(count))
    assert not list(store.folder.glob("*.damaged-*"))


def test_a_cut_off_file_is_backed_up_reported_and_what_is_readable_restored(store):
    store.folder.mkdir(parents=True)
    store.path.write_text(CUT_OFF, encoding="utf-8")
    data = store.read()
    assert data["answers"] == {"01.a": {"value": "B", "kind": "choice"}}
    backups = list(store.folder.glob(f"{store.id}.damaged-*.json"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == CUT_OFF
    (notice,) = store.notices
    assert "damaged or edited by hand" in notice
    assert backups[0].name in notice
    assert "1 answer could be read and was restored" in notice and "1 could not be read" in notice


def test_saving_over_a_damaged_file_keeps_the_backup_and_the_old_answers(store):
    store.folder.mkdir(parents=True)
    store.path.write_text(CUT_OFF, encoding="utf-8")
    store.save("01.c", "new")
    assert set(store.answers()) == {"01.a", "01.c"}
    assert len(list(store.folder.glob(f"{store.id}.damaged-*.json"))) == 1


@pytest.mark.parametrize(
    ("text", "kept", "lost"),
    [(TWO_GOOD, {"01.a", "01.b"}, 0), (CUT_OFF, {"01.a"}, 1), (ENTRY_WITHOUT_VALUE, {"01.a"}, 1), (NOT_JSON, set(), 0)],
    ids=["two-good", "cut-off", "entry-without-value", "not-json"],
)
def test_salvage_reads_every_whole_answer(text, kept, lost):
    data, lost_count = salvage(text)
    assert set(data["answers"]) == kept
    assert lost_count == lost


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        (TWO_GOOD, False),
        (CUT_OFF, True),
        (HAND_EDITED_SHAPE, True),
        (ENTRY_WITHOUT_VALUE, True),
        (NOT_JSON, True),
        (EMPTY, True),
    ],
    ids=["two-good", "cut-off", "hand-edited-shape", "entry-without-value", "not-json", "empty"],
)
def test_parse_tells_a_damaged_file_from_a_good_one(text, damaged):
    assert parse(text)[2] is damaged


def test_a_good_file_is_never_backed_up(store):
    store.folder.mkdir(parents=True)
    store.path.write_text(TWO_GOOD, encoding="utf-8")
    assert set(store.answers()) == {"01.a", "01.b"}
    assert store.notices == [] and not list(store.folder.glob("*.damaged-*"))


def test_a_file_edited_into_another_shape_is_kept_and_reported(store):
    store.folder.mkdir(parents=True)
    store.path.write_text(HAND_EDITED_SHAPE, encoding="utf-8")
    assert store.answers() == {}
    assert "0 answers could be read" in store.notices[0]
    assert list(store.folder.glob(f"{store.id}.damaged-*.json"))[0].read_text(encoding="utf-8") == HAND_EDITED_SHAPE


def test_export_writes_json_and_a_readable_summary(store):
    store.set_learner_name("Sam <b>")
    store.save(
        "02.rewrite", "Promoting it is illegal, <script>x</script> says the WSJ", kind="free_text", prompt="Rewrite it"
    )
    json_path, md_path, html_path = answers.export(store, store.folder / "out")
    assert json.loads(json_path.read_text(encoding="utf-8"))["answers"]["02.rewrite"]["kind"] == "free_text"
    markdown = md_path.read_text(encoding="utf-8")
    assert (
        "# Answers of Sam &lt;b&gt;" in markdown
        and "> Rewrite it" in markdown
        and "*no key (open answer)*" not in markdown
    )
    page = html_path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "Sam &lt;b&gt;" in page


def test_start_over_forgets_the_answers_but_keeps_a_copy(store):
    store.save("01.a", "B")
    backup = store.start_over()
    assert store.answers() == {}
    assert json.loads(backup.read_text(encoding="utf-8"))["answers"]["01.a"]["value"] == "B"
    assert store.start_over() is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Sam Lee", "sam-lee"), ("", "my-answers"), ("???", "my-answers"), ("../etc/passwd", "etc-passwd")],
)
def test_learner_file_names_are_safe(name, expected):
    assert slug(name) == expected


def test_the_answers_folder_and_learner_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path / "class"))
    monkeypatch.setenv("NEWSLIT_LEARNER", "Ada L.")
    store = AnswerStore()
    assert store.path.parent == tmp_path / "class" and store.path.name.startswith("ada-l-")
    store.save("x", 1)
    assert store.read()["learner"] == "Ada L."


def test_the_default_folder_is_beside_the_notebooks_being_run(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLIT_ANSWERS_DIR", raising=False)
    workbook = tmp_path / "newslit"
    workbook.mkdir()
    monkeypatch.chdir(workbook)  # a kernel runs in its notebook's folder
    assert AnswerStore().path.parent == workbook / "answers"


def test_answers_never_go_inside_the_installed_package(tmp_path, monkeypatch):
    from newslit.case.bundled import PACKAGE

    monkeypatch.delenv("NEWSLIT_ANSWERS_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(PACKAGE / "lessons")  # a lesson opened where newslit is installed
    assert answers.answers_dir() == tmp_path / "newslit" / "answers"


def test_a_folder_the_learner_cannot_write_to_sends_answers_home(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLIT_ANSWERS_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "image").mkdir()
    monkeypatch.chdir(tmp_path / "image")
    monkeypatch.setattr(answers.os, "access", lambda path, mode: Path(path) != tmp_path / "image")  # read-only
    assert answers.answers_dir() == tmp_path / "home" / "newslit" / "answers"


def test_the_environment_folder_wins_over_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLIT_ANSWERS_DIR", str(tmp_path / "class"))
    monkeypatch.chdir(tmp_path)
    assert answers.answers_dir() == tmp_path / "class"


def test_each_save_records_the_release_that_made_it(tmp_path):
    import newslit

    store = AnswerStore(tmp_path, "sam")
    store.save("01.pick", "a")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["version"] == answers.VERSION
    assert data["newslit"] == data["answers"]["01.pick"]["newslit"] == newslit.__version__


def test_a_file_from_a_newer_release_is_kept_and_explained(tmp_path):
    newer = {
        "format": "newslit-answers",
        "version": answers.VERSION + 1,
        "newslit": "9.0.0",
        "learner": "Sam",
        "answers": {"01.pick": {"value": "a", "future_field": [1, 2]}},
    }
    AnswerStore(tmp_path, "Sam").path.write_text(json.dumps(newer), encoding="utf-8")
    store = AnswerStore(tmp_path, "Sam")
    assert store.get("01.pick")["value"] == "a"
    (notice,) = store.notices
    assert "newslit 9.0.0" in notice and "Nothing has been thrown away" in notice
    (backup,) = tmp_path.glob(f"{store.id}.from-newer-newslit-*.json")
    assert json.loads(backup.read_text(encoding="utf-8")) == newer
    again = AnswerStore(tmp_path, "Sam")
    assert again.get("01.pick")["value"] == "a" and again.notices == []  # said once; the backup stays


# ---- issue 16: nothing lost, nothing shown that should not be ------------------------------

# Named fixtures: learners whose names an older release gave one shared file.
SAME_OLD_FILE = {
    "cyrillic": ["Мария", "Иван"],  # both were "my-answers.json"
    "accents": ["Zoë", "Zoï", "zo"],  # all three were "zo.json"
    "punctuation": ["Sam Lee", "sam-lee", "SAM LEE"],  # all three were "sam-lee.json"
}


@pytest.mark.parametrize("names", SAME_OLD_FILE.values(), ids=SAME_OLD_FILE)
def test_every_distinct_learner_name_gets_its_own_file(tmp_path, names):
    for name in names:
        AnswerStore(tmp_path, name).save("01.a", f"answer of {name}")
    paths = {AnswerStore(tmp_path, name).path for name in names}
    assert len(paths) == len(names)
    for name in names:
        assert AnswerStore(tmp_path, name).get("01.a")["value"] == f"answer of {name}"
        assert AnswerStore(tmp_path, name).read()["learner"] == name


def test_a_learner_name_typed_two_ways_is_one_learner(tmp_path):
    composed, decomposed = unicodedata.normalize("NFC", "Zoë"), unicodedata.normalize("NFD", "Zoë")
    assert composed != decomposed
    AnswerStore(tmp_path, composed).save("01.a", "B")
    assert AnswerStore(tmp_path, decomposed).get("01.a")["value"] == "B"
    assert answers.file_stem(composed).startswith("zoe-") and answers.file_stem("Мария").startswith("learner-")


def test_the_default_learner_keeps_the_file_it_always_had(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLIT_LEARNER", raising=False)
    (tmp_path / "my-answers.json").write_text(TWO_GOOD, encoding="utf-8")
    store = AnswerStore(tmp_path)
    assert store.path.name == "my-answers.json" and set(store.answers()) == {"01.a", "01.b"}


def test_an_older_file_is_read_only_by_the_learner_it_names(tmp_path):
    (tmp_path / "sam.json").write_text(TWO_GOOD, encoding="utf-8")  # written by an older release for "Sam"
    assert set(AnswerStore(tmp_path, "Sam").answers()) == {"01.a", "01.b"}
    assert AnswerStore(tmp_path, "sam").answers() == {}  # another learner with the same old file name
    assert (tmp_path / f"{answers.file_stem('Sam')}.json").is_file() and (tmp_path / "sam.json").read_text() == TWO_GOOD


@pytest.mark.parametrize("lock_file", [False, True], ids=["no-lock-file-yet", "lock-file-there"])
def test_a_read_only_folder_shows_the_saved_answers_and_says_new_ones_cannot_be_kept(tmp_path, read_only, lock_file):
    folder = tmp_path / "class"
    AnswerStore(folder, "sam").save("01.a", "B")
    if not lock_file:
        for lock in folder.glob(".*.lock"):
            lock.unlink()
    read_only(folder)
    store = AnswerStore(folder, "sam")
    assert store.get("01.a")["value"] == "B"
    (notice,) = store.notices
    assert "cannot be written to" in notice and "new answers cannot be kept" in notice
    with pytest.raises(answers.AnswersNotKept, match="cannot be kept"):
        store.save("01.b", "C")
    assert AnswerStore(folder, "sam").answers().keys() == {"01.a"}


@pytest.mark.parametrize(
    "edit",
    [{"updated": 5}, {"updated": None}, {"learner": 5}, {"prompt": 5}, {"prompt": None}, {"prompt": ["a", 1]}],
    ids=["updated-5", "updated-null", "learner-5", "prompt-5", "prompt-null", "prompt-list"],
)
def test_export_of_a_hand_edited_file_writes_all_three_files(store, edit):
    store.save("01.a", "B", prompt="Which?")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    for key, value in edit.items():
        (data["answers"]["01.a"] if key == "prompt" else data)[key] = value
    store.path.write_text(json.dumps(data), encoding="utf-8")
    paths = answers.export(store, store.folder / "out")
    assert [p.suffix for p in paths] == [".json", ".md", ".html"]
    assert "**Answer:** B" in paths[1].read_text(encoding="utf-8")


def test_temporary_files_left_by_a_killed_save_are_cleaned_on_open(store):
    store.save("01.a", "B")
    old, fresh = store.folder / f".{store.id}-killed.tmp", store.folder / f".{store.id}-saving-now.tmp"
    for path in (old, fresh):
        path.write_text("{half a fi", encoding="utf-8")
    two_minutes_ago = time.time() - 120
    os.utime(old, (two_minutes_ago, two_minutes_ago))
    assert AnswerStore(store.folder, "sam").get("01.a")["value"] == "B"
    assert not old.exists() and fresh.exists()


def test_the_markdown_export_escapes_html_from_answers(store):
    store.save("02.rewrite", '<img src=x onerror="alert(1)"> [click](javascript:alert(1))', prompt="<b>Rewrite</b>")
    markdown = answers.export(store, store.folder / "out")[1].read_text(encoding="utf-8")
    assert "<img" not in markdown and "<b>" not in markdown and "[click](javascript" not in markdown
    assert "&lt;img src=x" in markdown and "&lt;b&gt;Rewrite&lt;/b&gt;" in markdown


def test_exports_have_the_same_file_mode_as_the_answers_file(store):
    store.save("01.a", "B")
    mode = stat.S_IMODE(store.path.stat().st_mode)
    assert mode == 0o600
    assert [stat.S_IMODE(p.stat().st_mode) for p in answers.export(store, store.folder / "out")] == [mode] * 3


def _some_saves(store):
    """A learner's morning: a name, answers changed after a check, a tagging score, a free text."""
    store.set_learner_name("Sam (simulated)")
    store.save("04.rules", "B", kind="choice", prompt="Which rule?", correct=False, checked=True)
    store.save("04.rules", "C", kind="choice", prompt="Which rule?", correct=True, checked=True)
    store.save("04.evidence", {"a": "x"}, kind="tags", prompt="Tag it", correct=False, checked=True, score=0.5)
    store.save("04.guardrail", "Answer every report within a day", kind="free_text", prompt="Propose one change")


def test_a_batch_of_saves_leaves_the_same_file_as_the_same_saves_one_by_one(tmp_path, monkeypatch):
    monkeypatch.setattr(answers, "now", lambda: "2026-01-01T09:00:00+00:00")
    one_by_one, batched = AnswerStore(tmp_path / "a", "sam"), AnswerStore(tmp_path / "b", "sam")
    _some_saves(one_by_one)
    with batched.batch():
        _some_saves(batched)
        assert batched.get("04.rules")["first_checked"] == {"value": "B", "correct": False}  # read from memory
        assert not batched.path.exists()  # written once, at the end
    assert batched.path.read_bytes() == one_by_one.path.read_bytes()
    assert sorted(p.name for p in batched.folder.iterdir()) == [f".{batched.id}.lock", f"{batched.id}.json"]


def test_a_batch_that_fails_half_way_leaves_the_file_as_it_was(store):
    store.save("01.a", "B")
    before = store.path.read_bytes()
    with pytest.raises(KeyError), store.batch():
        store.save("01.b", "C")
        store.save("01.c", {}["the kernel stopped here"])
    assert store.path.read_bytes() == before
    store.save("01.d", "D")  # the lock was let go
    assert set(store.answers()) == {"01.a", "01.d"}


def test_a_batch_in_a_read_only_folder_says_the_answers_cannot_be_kept(tmp_path, read_only):
    folder = tmp_path / "class"
    AnswerStore(folder, "sam").save("01.a", "B")
    read_only(folder)
    with pytest.raises(answers.AnswersNotKept, match="cannot be kept"), AnswerStore(folder, "sam").batch():
        pass


def test_an_export_without_summaries_writes_only_the_json_the_class_summary_reads(store):
    store.save("01.a", "B", prompt="Which?")
    (path,) = answers.export(store, store.folder / "out", summaries=False)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert json.loads(path.read_text(encoding="utf-8"))["answers"]["01.a"]["value"] == "B"


def test_throwaway_files_are_written_whole_without_waiting_for_the_disk(tmp_path, monkeypatch):
    synced = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    with answers.throwaway_files():
        answers.write_atomic(tmp_path / "demo.json", {"a": 1})
    assert synced == [] and json.loads((tmp_path / "demo.json").read_text()) == {"a": 1}
    answers.write_atomic(tmp_path / "own.json", {"b": 2})  # a learner's own file: on the disk before the rename
    assert len(synced) == 1 and not list(tmp_path.glob("*.tmp"))
