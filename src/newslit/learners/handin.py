"""Hand in: copy a learner's answers into the class folder, one file per learner.

A class on a JupyterHub sets ``NEWSLIT_CLASS_DIR`` (the hub's config) to a folder every
learner's server can write to. :func:`hand_in` copies the learner's whole answers document
there as ``<learner>.json``, with a receipt (time, lessons, how many answers).

- **Whose file.** On a hub the file is named after the hub user (``JUPYTERHUB_USER``);
  elsewhere after the name the learner typed (a name is then required). The first hand-in
  makes a random key, kept in the learner's own answers folder (``.handed-in/``); the
  hand-in records only its SHA-256. Handing in again replaces the file with the same key,
  and nothing else: a file of the same name with another key belongs to another learner
  who typed the same name, and the hand-in goes to ``<learner>-2.json`` instead.
- **Atomic.** A temporary file in the class folder, written and flushed, then renamed over
  the old copy (``os.replace``): the teacher reads the old hand-in or the new, never half.
- **Permissions** (a hub where each learner is a Unix user of their own, as on The Littlest
  JupyterHub). The class folder is owned by the teacher (or root), its group is the
  teachers' group, and its mode is ``3753`` (:data:`FOLDER_MODE`): set-group-ID (each
  hand-in takes the teachers' group), sticky (only a file's owner can replace or delete
  it), owner ``rwx``, teachers ``r-x`` (list and read), learners ``-wx`` (write a file of
  their own, but not list the folder). Each hand-in is ``0640`` (:data:`FILE_MODE`): its
  learner and the teachers can read it, other learners cannot. :func:`prepare_class_folder`
  sets this up. Where every learner runs as the same Unix user (Kubernetes images run as
  ``jovyan``), file modes cannot keep learners apart: give each learner's server only its
  own sub-folder of the class volume (``deploy/values.yaml`` does).
- **Without a class folder** (Binder, a laptop), :func:`download_copy` writes the same
  document to ``<answers folder>/export/<learner>-answers.json``, for the learner to
  download and give to the teacher.
"""

from __future__ import annotations

import contextlib
import grp
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from newslit.learners.answers import AnswerStore, hub_user, now, slug, write_atomic
from newslit.text.compiled import regex

CLASS_DIR_ENV = "NEWSLIT_CLASS_DIR"
FOLDER_MODE = 0o3753  # setgid + sticky; owner rwx, teachers r-x, learners -wx
FILE_MODE = 0o640  # the learner rw, the teachers r, other learners nothing
RECEIPTS = ".handed-in"  # in the learner's own answers folder: their key and last receipt


class HandInError(Exception):
    """A hand-in that could not be made; the message says why and what to do, in plain words."""


@dataclass(frozen=True)
class Receipt:
    """What was handed in, and when.

    ``time`` is ISO 8601 in UTC; ``lessons`` the lesson numbers answered (``"00"``, ``"01"``);
    ``answers`` how many answers; ``path`` where the copy was written; ``kind`` is
    ``"class"`` (in the class folder) or ``"download"`` (a file for the learner to give).
    """

    learner: str
    file: str
    time: str
    lessons: list[str] = field(default_factory=list)
    answers: int = 0
    path: str = ""
    kind: str = "class"  # "class": in the class folder; "download": a file for the learner to give

    def as_dict(self) -> dict:
        return asdict(self)

    def text(self) -> str:
        """The receipt in plain words, with the local time."""
        when = datetime.fromisoformat(self.time).astimezone()
        count = "no answers yet" if not self.answers else f"{self.answers} answer{'' if self.answers == 1 else 's'}"
        lessons = f" from lesson{'' if len(self.lessons) == 1 else 's'} {_and(self.lessons)}" if self.lessons else ""
        at = f"{when:%H:%M} on {when.day} {when:%B %Y}"
        if self.kind == "download":
            return (
                f"Your file {self.file} is ready ({at}): {count}{lessons}. Download it and give it to your teacher. "
                "After more answers, press the button again for a new file."
            )
        return (
            f"Handed in at {at}: {count}{lessons}, as {self.file}. "
            "Hand in again after more answers: it replaces this copy, and only yours."
        )


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def class_dir() -> Path | None:
    """The class folder from ``NEWSLIT_CLASS_DIR``, or None when it is not set."""
    value = os.environ.get(CLASS_DIR_ENV, "").strip()
    return Path(value).expanduser() if value else None


LESSON_ID = regex(r"(\d\d)[.-]")  # "01.closest", "03-who-counts"


def lessons_of(answers: dict) -> list[str]:
    """The lessons a learner answered in: the ``"01"`` of ``"01.closest"`` (or of ``"03-who-counts"``), sorted.

    Lesson 03's exercise ids use a hyphen where the others use a dot; both are read.

    >>> lessons_of({"01.closest": {}, "00.primary": {}, "03-who-counts": {}, "free": {}, "2024.x": {}})
    ['00', '01', '03']
    """
    return sorted({match[1] for exercise in answers if (match := LESSON_ID.match(exercise))})


def learner_name(store: AnswerStore, data: dict | None = None) -> str:
    """The name the teacher sees: the hub user on a hub, else the name the learner typed ("" if none)."""
    data = data if data is not None else store.read()
    return hub_user() or str(data.get("learner") or "").strip()


# ---- the learner's key ---------------------------------------------------------------------


def _receipt_file(store: AnswerStore) -> Path:
    return store.folder / RECEIPTS / f"{store.id}.json"


def _local(store: AnswerStore) -> dict:
    path = _receipt_file(store)
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def learner_key(store: AnswerStore) -> str:
    """This learner's hand-in key (made and kept on first use); hand-ins record only its hash."""
    local = _local(store)
    if isinstance(local.get("key"), str) and len(local["key"]) >= 32:
        return local["key"]
    local["key"] = secrets.token_hex(16)
    write_atomic(_receipt_file(store), local, mode=0o600)
    return local["key"]


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def last_receipt(store: AnswerStore) -> Receipt | None:
    """The receipt of this learner's last hand-in (kept in their own answers folder), or None."""
    found = _local(store).get("receipt")
    try:
        return Receipt(**found) if isinstance(found, dict) else None
    except TypeError:
        return None


# ---- writing -------------------------------------------------------------------------------


def _owner_of(path: Path, mine: str) -> str:
    """Whose file ``path`` is: ``"me"``, ``"free"`` (absent) or ``"other"``.

    A file of another Unix user, one that cannot be read, or one with another key is
    another learner's. Never raises.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return "free"
    except OSError:
        return "other"
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid() and os.geteuid() != 0:
        return "other"
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "other"
    recorded = found.get("handed_in", {}).get("key") if isinstance(found, dict) else None
    return "me" if recorded == mine else "other"


def _target(folder: Path, stem: str, mine: str, remembered: str | None) -> Path:
    """This learner's file in ``folder``: the one handed in before, else ``stem.json``, else ``stem-2.json`` ..."""
    if remembered and re.fullmatch(rf"{re.escape(stem)}(-\d+)?\.json", remembered):
        if _owner_of(folder / remembered, mine) in ("me", "free"):
            return folder / remembered
    number = 1
    while True:
        candidate = folder / (f"{stem}.json" if number == 1 else f"{stem}-{number}.json")
        if _owner_of(candidate, mine) in ("me", "free"):
            return candidate
        number += 1


def _document(store: AnswerStore, name: str, key: str, file: str, path: Path, kind: str) -> tuple[dict, Receipt]:
    data = store.read()
    receipt = Receipt(
        learner=name,
        file=file,
        time=now(),
        lessons=lessons_of(data["answers"]),
        answers=len(data["answers"]),
        path=str(path),
        kind=kind,
    )
    document = dict(data)
    document["learner"] = name
    document["handed_in"] = {**receipt.as_dict(), "key": key_hash(key), "hub_user": hub_user() or None}
    return document, receipt


def _remember(store: AnswerStore, receipt: Receipt) -> None:
    local = _local(store)
    local["receipt"] = receipt.as_dict()
    with contextlib.suppress(OSError):  # the hand-in is made; a lost local receipt only costs the reminder
        write_atomic(_receipt_file(store), local, mode=0o600)


def hand_in(store: AnswerStore | None = None, folder: str | Path | None = None) -> Receipt:
    """Copy the learner's answers into the class folder; return the receipt.

    Parameters
    ----------
    store : AnswerStore, optional
        The learner's answers (default: this learner's, as the lessons use).
    folder : path, optional
        The class folder; default ``NEWSLIT_CLASS_DIR``.

    Raises
    ------
    HandInError
        No class folder set, the folder missing or not writable, or (off a hub) no name
        typed yet. The learner's answers are untouched in every case.
    """
    store = store or AnswerStore()
    folder = Path(folder).expanduser() if folder is not None else class_dir()
    safe = f"Your answers are safe in {store.path}."
    if folder is None:
        raise HandInError(f"No class folder is set ({CLASS_DIR_ENV}), so there is nowhere to hand in. {safe}")
    if not folder.is_dir():
        raise HandInError(
            f"The class folder {folder} does not exist. Ask your teacher to create it "
            f"(newslit class folder {folder}). {safe}"
        )
    data = store.read()
    name = learner_name(store, data)
    if not name:
        raise HandInError(
            "Type your name first (the box above the button), so your teacher knows whose answers these are."
        )
    key = learner_key(store)
    remembered = last_receipt(store)
    path = _target(folder, slug(name), key_hash(key), remembered.file if remembered else None)
    document, receipt = _document(store, name, key, path.name, path, "class")
    try:
        write_atomic(path, document, mode=FILE_MODE)
    except PermissionError:
        raise HandInError(
            f"The class folder {folder} does not let you write in it. Ask your teacher to run "
            f"`newslit class folder {folder}`. {safe}"
        ) from None
    except OSError as error:
        raise HandInError(f"Could not write to the class folder {folder} ({error.strerror}). {safe}") from None
    _remember(store, receipt)
    return receipt


def download_copy(store: AnswerStore | None = None) -> tuple[Path, bytes, Receipt]:
    """Without a class folder: write the hand-in to ``<answers folder>/export/<learner>-answers.json``.

    Returns the path, the file's bytes (for a download link) and the receipt. Raises
    :class:`HandInError` when no name is known (off a hub the learner must type one).
    """
    store = store or AnswerStore()
    data = store.read()
    name = learner_name(store, data)
    if not name:
        raise HandInError(
            "Type your name first (the box above the button), so your teacher knows whose answers these are."
        )
    path = store.folder / "export" / f"{slug(name)}-answers.json"
    document, receipt = _document(store, name, learner_key(store), path.name, path, "download")
    write_atomic(path, document, mode=0o644)
    _remember(store, receipt)
    return path, path.read_bytes(), receipt


# ---- the teacher's side --------------------------------------------------------------------


def prepare_class_folder(folder: str | Path, group: str | None = None) -> str:
    """Create the class folder (if needed) with the permissions above; return what was done, in words.

    ``group`` is the teachers' Unix group (on The Littlest JupyterHub: ``jupyterhub-admins``).
    Without a group the folder keeps its owner's group. Raises :class:`HandInError` for an
    unknown group or a folder that cannot be changed.
    """
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if group:
            try:
                grp.getgrnam(group)
            except KeyError:
                raise HandInError(f"There is no Unix group called {group!r} on this machine.") from None
            shutil.chown(folder, group=group)
        os.chmod(folder, FOLDER_MODE)
    except PermissionError:
        raise HandInError(
            f"Not allowed to set up {folder}: run the command as the folder's owner or with sudo."
        ) from None
    info = folder.stat()
    group_name = _group_name(info.st_gid)
    return (
        f"{folder}: mode {stat.filemode(info.st_mode)} ({oct(stat.S_IMODE(info.st_mode))[2:]}), group {group_name}.\n"
        f"Learners can hand in (write a file of their own) but cannot list the folder, read or replace another "
        f"learner's hand-in; members of {group_name} can list and read every hand-in. Set "
        f"{CLASS_DIR_ENV}={folder} in every learner's server (the hub's config)."
    )


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)
