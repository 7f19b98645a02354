"""Hand in: each learner's answers copied into the class folder, atomically, never touching another's."""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from newslit.learners import handin
from newslit.learners.answers import AnswerStore
from newslit.learners.classroom import read_class
from newslit.learners.handin import FILE_MODE, FOLDER_MODE, HandInError, hand_in, prepare_class_folder


@pytest.fixture(autouse=True)
def no_hub(monkeypatch):
    for name in ("JUPYTERHUB_USER", "NEWSLIT_LEARNER", "NEWSLIT_CLASS_DIR", "NEWSLIT_ANSWERS_DIR"):
        monkeypatch.delenv(name, raising=False)


def learner(tmp_path, name, answers=(("00.primary", "WSJ"), ("01.closest", "AFP"))):
    """A learner's answers store in a folder of their own, with ``name`` typed and ``answers`` given."""
    store = AnswerStore(tmp_path / f"home-{len(list(tmp_path.glob('home-*')))}", "my-answers")
    store.set_learner_name(name)
    for exercise, value in answers:
        store.save(exercise, value, kind="choice", correct=True, checked=True)
    return store


def test_a_hand_in_copies_every_answer_with_a_receipt(tmp_path):
    (tmp_path / "class").mkdir()
    store = learner(tmp_path, "Sam")
    receipt = hand_in(store, tmp_path / "class")
    copy = json.loads((tmp_path / "class" / "sam.json").read_text(encoding="utf-8"))
    assert copy["answers"] == store.answers() and copy["learner"] == "Sam"
    assert (receipt.file, receipt.lessons, receipt.answers) == ("sam.json", ["00", "01"], 2)
    assert copy["handed_in"]["time"] == receipt.time and "key" in copy["handed_in"]
    assert "2 answers from lessons 00 and 01, as sam.json" in receipt.text()
    assert handin.last_receipt(store) == receipt


def test_the_receipt_names_lesson_03_whose_exercise_ids_use_a_hyphen(tmp_path):
    (tmp_path / "class").mkdir()
    store = learner(tmp_path, "Sam", [("00.primary", "WSJ"), ("03-who-counts", "Meta"), ("04.rules", "DSA")])
    receipt = hand_in(store, tmp_path / "class")
    assert receipt.lessons == ["00", "03", "04"]
    assert "3 answers from lessons 00, 03 and 04" in receipt.text()


def test_handing_in_again_replaces_only_your_own(tmp_path):
    (tmp_path / "class").mkdir()
    sam, ana = learner(tmp_path, "Sam"), learner(tmp_path, "Ana", [("00.primary", "AFP")])
    hand_in(sam, tmp_path / "class")
    hand_in(ana, tmp_path / "class")
    ana_before = (tmp_path / "class" / "ana.json").read_bytes()
    sam.save("02.claimed", "doubt", kind="choice", correct=True, checked=True)
    receipt = hand_in(sam, tmp_path / "class")
    assert sorted(p.name for p in (tmp_path / "class").iterdir()) == ["ana.json", "sam.json"], "no temporary files left"
    assert receipt.answers == 3 and receipt.lessons == ["00", "01", "02"]
    assert json.loads((tmp_path / "class" / "sam.json").read_text())["answers"].keys() == sam.answers().keys()
    assert (tmp_path / "class" / "ana.json").read_bytes() == ana_before


def test_two_learners_who_typed_the_same_name_get_two_files(tmp_path):
    (tmp_path / "class").mkdir()
    first, second = learner(tmp_path, "Sam"), learner(tmp_path, "Sam", [("01.closest", "Blog")])
    assert hand_in(first, tmp_path / "class").file == "sam.json"
    assert hand_in(second, tmp_path / "class").file == "sam-2.json"
    assert hand_in(first, tmp_path / "class").file == "sam.json", "a second hand-in goes back to your own file"
    found = read_class(tmp_path / "class")
    assert sorted(r["learner"] for r in found.learners) == ["Sam (sam-2.json)", "Sam (sam.json)"]


def test_on_a_hub_the_file_is_the_hub_user(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "zoë")
    monkeypatch.setenv("NEWSLIT_CLASS_DIR", str(tmp_path / "class"))
    (tmp_path / "class").mkdir()
    store = AnswerStore(tmp_path / "answers")
    store.save("00.primary", "WSJ", kind="choice", correct=True, checked=True)
    receipt = hand_in(store)
    assert receipt.learner == "zoë"
    assert json.loads((tmp_path / "class" / receipt.file).read_text(encoding="utf-8"))["handed_in"]["hub_user"] == "zoë"


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ("no folder set", "No class folder is set"),
        ("missing folder", "does not exist"),
        ("no name", "Type your name first"),
    ],
)
def test_a_hand_in_that_cannot_be_made_says_why_and_loses_nothing(tmp_path, setup, words):
    store = learner(tmp_path, "" if setup == "no name" else "Sam")
    before = store.path.read_bytes()
    folder = {"no folder set": None, "missing folder": tmp_path / "nowhere", "no name": tmp_path}[setup]
    with pytest.raises(HandInError, match=words):
        hand_in(store, folder)
    assert store.path.read_bytes() == before


def test_without_a_class_folder_the_copy_is_a_file_named_after_the_learner(tmp_path):
    store = learner(tmp_path, "Léa Martin")
    path, content, receipt = handin.download_copy(store)
    assert path.name == receipt.file and path.name.endswith("-answers.json") and path.name != "my-answers-answers.json"
    assert json.loads(content)["learner"] == "Léa Martin"
    (tmp_path / "teacher").mkdir()
    (tmp_path / "teacher" / path.name).write_bytes(content)
    assert read_class(tmp_path / "teacher").learners[0]["name"] == "Léa Martin"


def test_the_class_folder_gets_the_drop_box_permissions(tmp_path):
    message = prepare_class_folder(tmp_path / "class")
    assert stat.S_IMODE((tmp_path / "class").stat().st_mode) == FOLDER_MODE
    assert "cannot list the folder" in message
    store = learner(tmp_path, "Sam")
    hand_in(store, tmp_path / "class")
    assert stat.S_IMODE((tmp_path / "class" / "sam.json").stat().st_mode) == FILE_MODE


def test_an_unknown_group_is_refused_in_words(tmp_path):
    with pytest.raises(HandInError, match="no Unix group"):
        prepare_class_folder(tmp_path / "class", group="no-such-group-newslit")


# ---- the permissions, enforced by the system: learners as Unix users of their own (needs root) ----

TEACHERS_GID, TEACHER, ANA, BO = 47100, 47101, 47102, 47103  # ids nobody on the machine uses


@pytest.fixture
def open_tmp():
    """A temporary folder other Unix users can reach (pytest's own sits in a folder only root can enter)."""
    folder = Path(tempfile.mkdtemp(prefix="newslit-handin-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def as_user(uid, groups, action, *args):
    """Run ``action(*args)`` in a forked child that has become Unix user ``uid``; return (ok, result or error).

    A fork, not a new interpreter: Python itself lives where other users may not read it.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, act, report, leave without running pytest's cleanup
        try:
            os.close(read_end)
            os.setgroups(groups)
            os.setgid(uid)
            os.setuid(uid)
            out = {"ok": True, "result": action(*args)}
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            out = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        os.write(write_end, json.dumps(out, default=str).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        found = json.loads(reader.read() or b'{"ok": false, "error": "no answer"}')
    os.waitpid(pid, 0)
    return found["ok"], found.get("result", found.get("error"))


def learner_hands_in(home, folder, name):
    store = AnswerStore(home, "my-answers")
    store.set_learner_name(name)
    store.save("01.closest", name, kind="choice", checked=True)
    return hand_in(store, folder).file


def replace_file(folder, name):
    temporary = folder / ".mine.tmp"
    temporary.write_text("{}")
    os.replace(temporary, folder / name)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to act as other Unix users")
def test_the_permissions_keep_learners_apart_for_real(open_tmp):
    """Learners as Unix users of their own: each hands in, none can list, read or replace another's."""
    tmp_path = open_tmp
    folder = tmp_path / "class"
    folder.mkdir()
    os.chown(folder, TEACHER, TEACHERS_GID)
    prepare_class_folder(folder)
    homes = {}
    for uid in (ANA, BO):
        homes[uid] = tmp_path / f"home-{uid}"
        homes[uid].mkdir(mode=0o700)
        os.chown(homes[uid], uid, uid)
    for uid, name in ((ANA, "Ana"), (BO, "Bo")):
        assert as_user(uid, [], learner_hands_in, homes[uid], folder, name) == (True, f"{name.lower()}.json")
    # Bo cannot list the folder, read Ana's hand-in, or replace it.
    for action, args in (
        (os.listdir, (folder,)),
        (Path.read_text, (folder / "ana.json",)),
        (replace_file, (folder, "ana.json")),
    ):
        ok, error = as_user(BO, [], action, *args)
        assert not ok and error.startswith("PermissionError"), (action, error)
    # Ana can hand in again (her own file is replaced), and Bo's stays his.
    assert as_user(ANA, [], learner_hands_in, homes[ANA], folder, "Ana") == (True, "ana.json")
    assert (folder / "ana.json").stat().st_uid == ANA and (folder / "bo.json").stat().st_uid == BO
    # A teacher (in the teachers' group) lists and reads every hand-in.
    assert as_user(TEACHER, [TEACHERS_GID], lambda: sorted(n for n in os.listdir(folder) if not n.startswith("."))) == (
        True,
        ["ana.json", "bo.json"],
    )
    ok, text = as_user(TEACHER, [TEACHERS_GID], Path.read_text, folder / "bo.json")
    assert ok and json.loads(text)["learner"] == "Bo"
