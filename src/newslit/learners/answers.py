"""The learner's answers: one JSON file per learner, saved at once, never lost.

Every exercise answer goes to ``<answers folder>/<learner's file name>.json`` the moment it is given.

- **Where.** ``answers/`` in the working folder: in Jupyter the folder of the notebook
  being run, so answers follow each learner's own copy of the lessons (``notebooks/answers/``
  in a checkout, git-ignored). Never inside the installed package. The folder in the
  environment variable ``NEWSLIT_ANSWERS_DIR`` wins. The file is named after
  ``NEWSLIT_LEARNER`` (a test or a shared account sets it), else, on a JupyterHub, after the
  hub's user name (``JUPYTERHUB_USER``), else ``my-answers.json``. Every distinct name, in
  any script, has its own file (:func:`file_stem`: ``zoe-3f2a9c1b.json``). The only
  personal data is an optional display name the learner types (on a hub: the hub's user name).
- **Safe writes.** A save takes a lock (``fcntl.flock`` on a side file), re-reads the file,
  changes only its own exercise, writes a temporary file and renames it over the old one
  (``os.replace``). Two notebooks open at once for the same learner therefore never undo
  each other's answers, and a crash mid-save leaves the old file whole (its temporary
  file is removed the next time the folder is opened, once it is a minute old).
- **Read-only folders.** When the folder cannot be written to (a shared, read-only
  class folder), the answers saved there are still read and shown; a save raises
  :class:`AnswersNotKept`, and :attr:`AnswerStore.notices` says in plain words that new
  answers cannot be kept and what to do.
- **Damaged files.** A file that is not valid JSON, or was edited into another shape, is
  never silently overwritten: it is copied to ``<name>.damaged-<time>.json``, every answer
  that can still be read is restored, and :attr:`AnswerStore.notices` says so in plain words.

File format (``format`` and ``version`` let a later release read old files; ``newslit``
is the release that last wrote the file, and each answer keeps the release that saved it)::

    {"format": "newslit-answers", "version": 1, "newslit": "0.1.0", "learner": "Sam", "updated": "...",
     "answers": {"04.evidence": {"value": ..., "kind": "tags", "prompt": "...",
                                 "correct": true, "checked": true, "saved": "...",
                                 "newslit": "0.1.0", "first_checked": {"value": ..., "correct": false}}}}
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import hashlib
import json
import os
import re
import tempfile
import time
import unicodedata
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from newslit import __version__
from newslit.case.bundled import inside_package

try:  # POSIX: a real lock. Elsewhere the re-read before each write still merges answers.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

FORMAT = "newslit-answers"
VERSION = 1
DIR_ENV = "NEWSLIT_ANSWERS_DIR"
LEARNER_ENV = "NEWSLIT_LEARNER"
DEFAULT_LEARNER = "my-answers"
STALE_SECONDS = 60  # a save takes milliseconds: an older temporary file was left by a killed save
HUB_USER_ENV = "JUPYTERHUB_USER"  # set by JupyterHub in every learner's server


def now() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def answers_dir() -> Path:
    """The folder for answers files.

    ``NEWSLIT_ANSWERS_DIR`` wins; otherwise ``answers/`` in the working folder (in
    Jupyter, the folder of the notebook being run). A working folder inside the installed
    package, which every learner of a machine shares, or one the learner cannot write to
    (lessons opened where an image keeps them) gives ``~/newslit/answers`` instead. The
    folder is not created here.
    """
    if os.environ.get(DIR_ENV, "").strip():
        return Path(os.environ[DIR_ENV]).expanduser()
    here = Path.cwd()
    if inside_package(here) or not os.access(here, os.W_OK):
        return Path.home() / "newslit" / "answers"
    return here / "answers"


def slug(name: str) -> str:
    """The file name older releases gave a learner: lower case letters, digits and hyphens.

    Empty, or nothing usable left (``"???"``), gives ``"my-answers"``. Accents are dropped
    letter by letter rather than guessed (``"Zoë"`` gives ``"zo"``), so different names
    could share a file: :func:`file_stem` replaced it, and this is kept to find such files.
    """
    text = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    return text[:60] or DEFAULT_LEARNER


def file_stem(name: str) -> str:
    """The answers file name (without ``.json``) of the learner called ``name``.

    No name (empty or spaces) gives ``"my-answers"``, the default learner's file as it
    always was. Any other name gives a readable part, in ASCII (accents folded: ``"Zoë"``
    gives ``zoe``; a name with no Latin letter, such as ``"Мария"``, gives ``learner``),
    then ``-`` and eight hex digits of the SHA-256 of the exact name (Unicode NFC, spaces
    around it removed). So every distinct name, in any script, has its own file, the same
    on every computer: ``"Zoë"``, ``"Zoï"`` and ``"zo"`` are three files, and ``"Zoë"``
    typed with a combining accent is the same learner as ``"Zoë"``.

    >>> file_stem("Sam Lee")
    'sam-lee-e6f90a7f'
    """
    exact = unicodedata.normalize("NFC", name.strip())
    if not exact:
        return DEFAULT_LEARNER
    folded = unicodedata.normalize("NFKD", exact).encode("ascii", "ignore").decode("ascii")
    readable = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:40].strip("-") or "learner"
    return f"{readable}-{hashlib.sha256(exact.encode('utf-8')).hexdigest()[:8]}"


def hub_user() -> str:
    """The JupyterHub user name of this server (``JUPYTERHUB_USER``), or ``""`` off a hub."""
    return os.environ.get(HUB_USER_ENV, "").strip()


def learner_id() -> str:
    """The current learner's file name (without ``.json``): from ``NEWSLIT_LEARNER``, else the hub user."""
    return file_stem(os.environ.get(LEARNER_ENV, "").strip() or hub_user())


def empty_data(learner: str = "") -> dict:
    """A fresh answers document."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "newslit": __version__,
        "learner": learner,
        "updated": now(),
        "answers": {},
    }


def _valid_entry(entry) -> bool:
    return isinstance(entry, dict) and "value" in entry


def _skip(text: str, position: int, chars: str = " \t\r\n,") -> int:
    while position < len(text) and text[position] in chars:
        position += 1
    return position


def salvage(text: str) -> tuple[dict, int]:
    """Read what can be read from a damaged answers file.

    Parameters
    ----------
    text : str
        The file's text: cut off, hand-edited, or not JSON at all.

    Returns
    -------
    (data, lost) : tuple
        ``data`` is a valid answers document holding every answer that could be read,
        in full; ``lost`` counts the answers seen but not readable (an entry cut off
        half-way, or one with no ``value``). Text with no ``"answers"`` object gives an
        empty document and ``lost == 0``.
    """
    decoder = json.JSONDecoder()
    learner = re.search(r'"learner"\s*:\s*("(?:[^"\\]|\\.)*")', text)
    data = empty_data(json.loads(learner.group(1)) if learner else "")
    start = re.search(r'"answers"\s*:\s*\{', text)
    lost = 0
    if not start:
        return data, lost
    position = start.end()
    while True:
        position = _skip(text, position)
        if position >= len(text) or text[position] == "}":
            break
        try:
            key, position = decoder.raw_decode(text, position)
            position = _skip(text, position, " \t\r\n")
            if text[position] != ":":
                raise ValueError("no colon")
            value, position = decoder.raw_decode(text, _skip(text, position + 1, " \t\r\n"))
        except (ValueError, IndexError):
            lost += 1
            break
        if isinstance(key, str) and _valid_entry(value):
            data["answers"][key] = value
        else:
            lost += 1
    return data, lost


def parse(text: str) -> tuple[dict, int, bool]:
    """Parse an answers file's text.

    Returns
    -------
    (data, lost, damaged) : tuple
        ``damaged`` is False only for a well-formed document; then ``lost`` is 0. An empty
        file counts as damaged (a crash can leave one; a real save never does).
    """
    try:
        data = json.loads(text)
    except ValueError:
        data, lost = salvage(text)
        return data, lost, True
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        found, lost = salvage(text) if isinstance(data, dict) else (empty_data(), 0)
        return found, lost, True
    good = {k: v for k, v in data["answers"].items() if _valid_entry(v)}
    lost = len(data["answers"]) - len(good)
    clean = empty_data(data.get("learner") if isinstance(data.get("learner"), str) else "")
    clean.update({k: v for k, v in data.items() if k not in ("answers", "learner", "format", "version")})
    clean["answers"] = good
    return clean, lost, lost > 0 or data.get("format") != FORMAT


def _free_name(folder: Path, stem: str, label: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{stem}.{label}-{stamp}.json"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}.{label}-{stamp}-{number}.json"
        number += 1
    return candidate


def write_atomic(path: Path, data: dict, *, mode: int = 0o600) -> None:
    """Write ``data`` as JSON to ``path``: a temporary file in the same folder, then a rename (see :func:`write_text_atomic`)."""
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", mode=mode)


# False inside throwaway_files(): files are still written whole (a rename), but not waited onto the disk.
_DURABLE = contextvars.ContextVar("newslit_durable_writes", default=True)


@contextlib.contextmanager
def throwaway_files():
    """While open, :func:`write_text_atomic` does not wait for each file to reach the disk (no ``fsync``).

    For files nobody would miss after a crash, such as the demonstration class the class
    summary generates in a temporary folder: waiting for its 24 files took 10-65 ms on a
    shared machine's local disk (a fifth to half of making the class). Learners' own answers
    are never written inside.
    """
    token = _DURABLE.set(False)
    try:
        yield
    finally:
        _DURABLE.reset(token)


def write_text_atomic(path: Path, text: str, *, mode: int = 0o600) -> None:
    """Write ``text`` to ``path`` in UTF-8: a temporary file in the same folder, then a rename.

    A reader never sees half a file, and a killed write leaves only a ``.tmp`` file (cleaned
    later). The file gets ``mode``: by default its owner's only (0600), since answers and
    their exports are personal; a hand-in sets the class folder's mode. The data is on the
    disk before the rename (``fsync``), except inside :func:`throwaway_files`.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            if mode != 0o600:  # mkstemp already made it 0600
                os.fchmod(out.fileno(), mode)
            if _DURABLE.get():
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def remove_stale_temporaries(folder: Path, older_than: float = STALE_SECONDS) -> list[Path]:
    """Delete the temporary files (``.*.tmp``) a killed save left in ``folder``; returns them.

    Only files older than ``older_than`` seconds go: a save in progress is never touched.
    Files that cannot be removed are left where they are.
    """
    removed = []
    now_seconds = time.time()
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now_seconds - path.stat().st_mtime > older_than:
                path.unlink()
                removed.append(path)
    return removed


class AnswersNotKept(PermissionError):
    """An answer could not be saved because the answers folder cannot be written to.

    ``str(error)`` says so in plain words, and what to do; nothing already saved is lost.
    """


class AnswerStore:
    """One learner's answers file.

    Parameters
    ----------
    folder : path, optional
        Defaults to :func:`answers_dir`.
    learner : str, optional
        The learner's name (the file is named with :func:`file_stem`); defaults to
        ``NEWSLIT_LEARNER``, else the default learner (``my-answers.json``).

    Notes
    -----
    Nothing is cached: every read and write goes to the file, under the lock, so two
    stores on the same file (two notebooks, two processes) always see each other's answers.

    A file an older release wrote for a named learner (``<slug>.json``, see :func:`slug`)
    is read, and copied to the new name, only when the name recorded in it is exactly this
    learner's: older names were shared by different learners, so nobody is given another's
    answers. The old file is left as it was.

    When the folder cannot be written to, :attr:`read_only` becomes True at the first
    read, the answers already saved are read without the lock (saves replace the file in
    one step, so a read never sees half a file), and :attr:`notices` says that new answers
    cannot be kept; :meth:`save` then raises :class:`AnswersNotKept`.
    """

    def __init__(self, folder: str | Path | None = None, learner: str | None = None):
        self.folder = Path(folder) if folder is not None else answers_dir()
        self.learner = (
            learner if learner is not None else os.environ.get(LEARNER_ENV, "").strip() or hub_user()
        ).strip()
        self.id = file_stem(self.learner)
        self.path = self.folder / f"{self.id}.json"
        self.notices: list[str] = []
        self.read_only = False
        self._opened = False
        self._batch: dict | None = None  # the answers in memory while :meth:`batch` runs

    def __repr__(self) -> str:
        return f"<AnswerStore {self.path}>"

    @contextlib.contextmanager
    def _locked(self):
        """Hold the learner's lock; yields False instead when the folder cannot be written to."""
        if self._batch is not None:  # a second lock of the same file in this process would wait forever
            raise RuntimeError("this answers file is being saved in a batch: finish the batch first")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = open(self.folder / f".{self.id}.lock", "a+")  # closed by the with below
        except OSError as error:
            self._cannot_write(error)
            lock = None
        if lock is None:  # read without the lock: a save replaces the file in one step
            yield False
            return
        with lock:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                if not self._opened:
                    self._opened = True
                    self._check_writable()
                    if not self.read_only:
                        remove_stale_temporaries(self.folder)
                yield not self.read_only
            finally:
                if fcntl is not None:
                    fcntl.flock(lock, fcntl.LOCK_UN)

    def _check_writable(self) -> None:
        """Try to create a file as a save would (permission bits alone do not say: root ignores them)."""
        try:
            handle, probe = tempfile.mkstemp(dir=self.folder, prefix=f".{self.id}-", suffix=".tmp")
        except OSError as error:
            self._cannot_write(error)
            return
        os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(probe)

    def _notice(self, text: str) -> None:
        if text not in self.notices:  # a file read again says the same thing once
            self.notices.append(text)

    def _cannot_write(self, error: OSError) -> None:
        if not self.read_only:
            self.read_only = True
            self._notice(read_only_notice(self.folder, error))

    def _legacy_path(self) -> Path | None:
        """An older release's file for this learner, if one holds exactly this learner's name."""
        if self.id == DEFAULT_LEARNER:
            return None
        old = self.folder / f"{slug(self.learner)}.json"
        if not old.is_file():
            return None
        with contextlib.suppress(OSError, ValueError):
            recorded = json.loads(old.read_text(encoding="utf-8")).get("learner")
            if isinstance(recorded, str) and unicodedata.normalize("NFC", recorded.strip()) == unicodedata.normalize(
                "NFC", self.learner
            ):
                return old
        return None

    def _read_unlocked(self, writable: bool = True) -> dict:
        """The file's answers; a damaged file is backed up, repaired and reported (when it can be written)."""
        source = self.path if self.path.exists() else self._legacy_path()
        if source is None:
            return empty_data(self.learner)
        raw = source.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        data, lost, damaged = parse(text)
        newer = None if damaged else newer_writer(text)
        if (damaged or newer) and writable:
            backup = _free_name(self.folder, self.id, "damaged" if damaged else "from-newer-newslit")
            backup.write_bytes(raw)
            write_atomic(self.path, data)
            if damaged:
                self.notices.append(damaged_notice(self.path, backup, len(data["answers"]), lost))
            else:
                self.notices.append(newer_notice(self.path, backup, newer))
        elif damaged:
            self._notice(damaged_read_only_notice(source, len(data["answers"]), lost))
        elif newer:
            self._notice(
                f"Your answers file ({source.name}) was saved by {newer}; this older newslit may not show all of it."
            )
        elif source != self.path and writable:
            write_atomic(self.path, data)  # adopt the old file under the new name; the old one stays
        return data

    def _write(self, data: dict) -> None:
        try:
            write_atomic(self.path, data)
        except OSError as error:
            self._cannot_write(error)
            raise AnswersNotKept(not_kept_message(self.folder, error)) from None

    def read(self) -> dict:
        """The whole answers document (see the module docstring for its shape)."""
        if self._batch is not None:
            return copy.deepcopy(self._batch)
        with self._locked() as writable:
            return self._read_unlocked(writable)

    def answers(self) -> dict[str, dict]:
        """``{exercise_id: entry}`` for every saved answer."""
        return self.read()["answers"]

    def get(self, exercise_id: str) -> dict | None:
        """The saved entry of one exercise, or None if it was never answered."""
        return self.answers().get(exercise_id)

    def save(
        self,
        exercise_id: str,
        value,
        *,
        kind: str | None = None,
        prompt: str | None = None,
        correct: bool | None = None,
        checked: bool = False,
        score: float | None = None,
    ) -> dict:
        """Save one answer at once, merged into whatever the file holds now.

        ``value`` must be JSON-serialisable (a string, a list, a ``{item: label}`` dict).
        ``checked`` marks an answer the learner has submitted for feedback; the first
        checked answer is kept as ``first_checked`` for the teacher's summary, however
        often the learner changes it afterwards. ``score`` (0-1) is the share of a
        tagging exercise's items tagged as the key tags them, kept for partial credit.
        Returns the saved entry.
        """
        json.dumps(value)  # fail before touching the file
        answer = {
            "value": value,
            "kind": kind,
            "prompt": prompt,
            "correct": correct,
            "checked": checked,
            "score": score,
        }
        if self._batch is not None:
            return add_answer(self._batch, exercise_id, **answer)
        with self._locked() as writable:
            if not writable:
                raise AnswersNotKept(not_kept_message(self.folder))
            data = self._read_unlocked()
            entry = add_answer(data, exercise_id, **answer)
            self._write(data)
        return entry

    @contextlib.contextmanager
    def batch(self):
        """Make many saves with one write of the file, at the end: for the simulated class only.

        Inside, :meth:`save`, :meth:`set_learner_name` and :meth:`read` work on the answers
        in memory, under the learner's lock, and the file is written once when the block
        ends without an error (nothing is written after an error). The file then holds
        exactly what the same saves one by one would have left. A learner's own answers
        never go through here: each of their saves is written at once, so none is lost
        when a kernel dies.

        Raises :class:`AnswersNotKept` when the folder cannot be written to.
        """
        if self._batch is not None:
            raise RuntimeError("this answers file is already being saved in a batch")
        with self._locked() as writable:
            if not writable:
                raise AnswersNotKept(not_kept_message(self.folder))
            self._batch = self._read_unlocked()
            try:
                yield self
                self._write(self._batch)
            finally:
                self._batch = None

    def set_learner_name(self, name: str) -> None:
        """Store the learner's chosen display name (optional; an empty string clears it).

        Raises :class:`AnswersNotKept` when the folder cannot be written to.
        """
        if self._batch is not None:
            _put_name(self._batch, name)
            return
        with self._locked() as writable:
            if not writable:
                raise AnswersNotKept(not_kept_message(self.folder, what="your name"))
            data = self._read_unlocked()
            _put_name(data, name)
            self._write(data)

    def start_over(self) -> Path | None:
        """Forget every answer. The old file is kept as ``<name>.before-start-over-<time>.json``.

        Returns the backup's path, or None when there was nothing to forget. Raises
        :class:`AnswersNotKept` when the folder cannot be written to (nothing is forgotten).
        """
        with self._locked() as writable:
            if not self.path.exists():
                return None
            if not writable:
                raise AnswersNotKept(cannot_change_message(self.folder))
            backup = _free_name(self.folder, self.id, "before-start-over")
            try:
                os.replace(self.path, backup)
            except OSError as error:
                raise AnswersNotKept(cannot_change_message(self.folder, error)) from None
            return backup


def _put_name(data: dict, name: str) -> None:
    """Put the learner's display name (trimmed, at most 80 characters) into ``data``, stamped now."""
    data["learner"] = name.strip()[:80]
    data["updated"], data["newslit"] = now(), __version__


def add_answer(
    data: dict,
    exercise_id: str,
    *,
    value,
    kind: str | None = None,
    prompt: str | None = None,
    correct: bool | None = None,
    checked: bool = False,
    score: float | None = None,
) -> dict:
    """Put one answer into an answers document ``data`` (changed in place), as :meth:`AnswerStore.save` saves it.

    Returns the exercise's new entry.
    """
    entry = dict(data["answers"].get(exercise_id) or {})
    entry.update({"value": value, "saved": now(), "correct": correct, "checked": checked})
    if score is not None:
        entry["score"] = round(float(score), 4)
    else:
        entry.pop("score", None)
    if kind:
        entry["kind"] = kind
    if prompt:
        entry["prompt"] = prompt
    if checked and "first_checked" not in entry:
        entry["first_checked"] = {"value": value, "correct": correct}
        if score is not None:
            entry["first_checked"]["score"] = round(float(score), 4)
    entry["newslit"] = __version__
    data["answers"][exercise_id] = entry
    data["updated"], data["newslit"] = now(), __version__
    return entry


def damaged_notice(path: Path, backup: Path, restored: int, lost: int) -> str:
    """The plain-words message shown when an answers file could not be read as it was."""
    could_not = f" {lost} could not be read." if lost else ""
    return (
        f"Your answers file ({path.name}) was damaged or edited by hand, so it could not be read as it was. "
        f"Nothing has been thrown away: the file as it was is kept as {backup.name} in the same folder. "
        f"{restored} answer{'' if restored == 1 else 's'} could be read and {'was' if restored == 1 else 'were'} "
        f"restored.{could_not} You can carry on; if an answer is missing, give it again."
    )


def _reason(error: OSError | None) -> str:
    if error is None or not (error.strerror or "").strip():
        return ""
    return f" ({error.strerror.lower()})"


def read_only_notice(folder: Path, error: OSError | None = None) -> str:
    """The plain-words message shown when the answers folder cannot be written to."""
    return (
        f"Your answers folder ({folder}) cannot be written to{_reason(error)}, so new answers cannot be kept. "
        "The answers already saved there are shown. To keep new answers, ask your teacher to make the folder "
        "writable, or set NEWSLIT_ANSWERS_DIR to a folder you can write to."
    )


def not_kept_message(folder: Path, error: OSError | None = None, what: str = "this answer") -> str:
    """What a learner reads when ``what`` could not be saved."""
    return (
        f"Not saved: your answers folder ({folder}) cannot be written to{_reason(error)}, so {what} "
        "cannot be kept. Copy it somewhere else if you want to keep it, and tell your teacher."
    )


def cannot_change_message(folder: Path, error: OSError | None = None) -> str:
    """What a learner reads when their answers could not be forgotten (start over)."""
    return f"Nothing was forgotten: your answers folder ({folder}) cannot be written to{_reason(error)}."


def damaged_read_only_notice(path: Path, restored: int, lost: int) -> str:
    """The message for a damaged answers file in a folder that cannot be written to (so it is not repaired)."""
    could_not = f" {lost} could not be read." if lost else ""
    return (
        f"Your answers file ({path.name}) was damaged or edited by hand, and its folder cannot be written to, "
        f"so it was left as it is. {restored} answer{'' if restored == 1 else 's'} could be read and "
        f"{'is' if restored == 1 else 'are'} shown.{could_not}"
    )


def newer_writer(text: str) -> str | None:
    """Who wrote a well-formed answers file in a newer format than this release reads (``"newslit 0.3.0"``), else None."""
    found = json.loads(text)
    version = found.get("version")
    if isinstance(version, int) and version > VERSION:
        return f"newslit {found['newslit']}" if found.get("newslit") else f"a newer newslit (file format {version})"
    return None


def newer_notice(path: Path, backup: Path, writer: str) -> str:
    """The plain-words message shown when a newer newslit (``writer``) wrote the answers file."""
    return (
        f"Your answers file ({path.name}) was saved by {writer}; this is newslit {__version__}, which is older "
        f"and may not read every part of it. Nothing has been thrown away: the file as it was is kept as "
        f"{backup.name} in the same folder. The answers this version can read are back. "
        "To see them all, use the newer newslit again (ask whoever installed it)."
    )


def changed_question_notice(entry: dict) -> str:
    """The plain-words message when a saved answer no longer fits its question (the lesson changed since)."""
    saved_by = entry.get("newslit")
    when = f" with newslit {saved_by}" if saved_by and saved_by != __version__ else ""
    return (
        f"Your saved answer was given{when} to an earlier version of this question, and this version "
        f"(newslit {__version__}) cannot show all of it. It stays in your answers file until you answer again: "
        "please answer this question again."
    )


# ---- export --------------------------------------------------------------------------------


def _text(value) -> str:
    """Any value from a (maybe hand-edited) answers file as text: None gives ""."""
    return "" if value is None else str(value)


def markdown_text(text: str) -> str:
    """Text safe to put in Markdown: HTML tags and entities escaped, links, images and code made plain.

    >>> print(markdown_text("<b>hi</b> [x](javascript:y)"))
    &lt;b&gt;hi&lt;/b&gt; \\[x\\](javascript:y)
    """
    return re.sub(r"([\\`\[\]])", r"\\\1", escape(text, quote=False))


def _show(value) -> str:
    if value is None:
        return "(no answer)"
    if isinstance(value, dict):
        return "; ".join(f"{item} → {label or '(not tagged)'}" for item, label in value.items())
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _verdict(entry: dict) -> str:
    correct = entry.get("correct")
    if correct is True:
        return "matches the key"
    if correct is False:
        return "differs from the key"
    return "no key (open answer)" if entry.get("checked") else "not checked yet"


def summary_markdown(data: dict) -> str:
    """A readable Markdown summary of an answers document, one section per exercise.

    Every text from the file (name, prompts, answers) is escaped (:func:`markdown_text`),
    so an answer holding HTML or a link shows as typed; values of any type are shown as
    text (a hand-edited ``"updated": 5`` or ``"prompt": null`` is fine).
    """
    learner = markdown_text(_text(data.get("learner")) or "a learner")
    lines = [f"# Answers of {learner}", "", f"Saved {markdown_text(_text(data.get('updated')))}.", ""]
    for exercise_id in sorted(data["answers"]):
        entry = data["answers"][exercise_id]
        lines += [f"## {markdown_text(exercise_id)}", ""]
        prompt = markdown_text(_text(entry.get("prompt")))
        if prompt:
            lines += ["> " + prompt.replace("\n", "\n> "), ""]
        lines += [f"**Answer:** {markdown_text(_show(entry.get('value')))}", "", f"*{_verdict(entry)}*", ""]
    if not data["answers"]:
        lines.append("No answers yet.")
    return "\n".join(lines).rstrip() + "\n"


def summary_html(data: dict) -> str:
    """The same summary as a small standalone HTML page (every text escaped, any value type shown as text)."""
    learner = escape(_text(data.get("learner")) or "a learner")
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>Answers of {learner}</title></head><body>",
        f"<h1>Answers of {learner}</h1>",
        f"<p>Saved {escape(_text(data.get('updated')))}.</p>",
    ]
    for exercise_id in sorted(data["answers"]):
        entry = data["answers"][exercise_id]
        parts.append(f"<h2>{escape(exercise_id)}</h2>")
        prompt = _text(entry.get("prompt"))
        if prompt:
            parts.append(f"<blockquote>{escape(prompt).replace(chr(10), '<br>')}</blockquote>")
        parts.append(f"<p><b>Answer:</b> {escape(_show(entry.get('value')))}</p><p><i>{_verdict(entry)}</i></p>")
    if not data["answers"]:
        parts.append("<p>No answers yet.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def export(store: AnswerStore | None = None, folder: str | Path | None = None, *, summaries: bool = True) -> list[Path]:
    """Write the learner's answers to hand in: ``<name>-answers.json``, ``.md`` and ``.html``.

    ``folder`` defaults to ``export/`` inside the answers folder. The JSON is the same
    document with an ``exported`` time; the teacher's class summary reads it. Returns
    the three paths (JSON first). Works with no answers too (the summary says so), and
    with a hand-edited file. The three files get the answers file's mode (0600: for the
    learner only). Without ``summaries`` only the JSON is written (the simulated class,
    whose summary reads nothing else). Raises ``OSError`` when ``folder`` cannot be
    written to.
    """
    store = store or AnswerStore()
    data = store.read()
    data["exported"] = now()
    target = Path(folder) if folder is not None else store.folder / "export"
    target.mkdir(parents=True, exist_ok=True)
    base = target / f"{store.id}-answers"
    json_path, md_path, html_path = (base.with_suffix(s) for s in (".json", ".md", ".html"))
    write_atomic(json_path, data)
    if not summaries:
        return [json_path]
    write_text_atomic(md_path, summary_markdown(data))
    write_text_atomic(html_path, summary_html(data))
    return [json_path, md_path, html_path]
