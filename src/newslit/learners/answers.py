"""The learner's answers: one JSON file per learner, saved at once, never lost.

Every exercise answer goes to ``<answers folder>/<learner>.json`` the moment it is given.

- **Where.** ``notebooks/answers/`` beside the notebooks (git-ignored), or the folder in
  the environment variable ``NEWSLIT_ANSWERS_DIR``. The file is named after
  ``NEWSLIT_LEARNER`` (a JupyterHub or a test sets it), else ``my-answers.json``. The only
  personal data is an optional display name the learner types.
- **Safe writes.** A save takes a lock (``fcntl.flock`` on a side file), re-reads the file,
  changes only its own exercise, writes a temporary file and renames it over the old one
  (``os.replace``). Two notebooks open at once for the same learner therefore never undo
  each other's answers, and a crash mid-save leaves the old file whole.
- **Damaged files.** A file that is not valid JSON, or was edited into another shape, is
  never silently overwritten: it is copied to ``<name>.damaged-<time>.json``, every answer
  that can still be read is restored, and :attr:`AnswerStore.notices` says so in plain words.

File format (``format`` and ``version`` let a later release read old files)::

    {"format": "newslit-answers", "version": 1, "learner": "Sam", "updated": "...",
     "answers": {"04.evidence": {"value": ..., "kind": "tags", "prompt": "...",
                                 "correct": true, "checked": true, "saved": "...",
                                 "first_checked": {"value": ..., "correct": false}}}}
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

try:  # POSIX: a real lock. Elsewhere the re-read before each write still merges answers.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

FORMAT = "newslit-answers"
VERSION = 1
DIR_ENV = "NEWSLIT_ANSWERS_DIR"
LEARNER_ENV = "NEWSLIT_LEARNER"
DEFAULT_LEARNER = "my-answers"


def now() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def answers_dir() -> Path:
    """The folder for answers files.

    ``NEWSLIT_ANSWERS_DIR`` wins; otherwise ``answers/`` inside the repository's
    ``notebooks/`` folder; outside a repository checkout, ``answers/`` in the current
    folder. The folder is not created here.
    """
    if os.environ.get(DIR_ENV, "").strip():
        return Path(os.environ[DIR_ENV]).expanduser()
    for parent in Path(__file__).resolve().parents:
        if (parent / "notebooks").is_dir() and (parent / "seeds").is_dir():
            return parent / "notebooks" / "answers"
    return Path.cwd() / "answers"


def slug(name: str) -> str:
    """A safe file name for a learner: lower case letters, digits and hyphens.

    Empty, or nothing usable left (``"???"``), gives ``"my-answers"``. Accents are dropped
    letter by letter rather than guessed (``"Zoë"`` gives ``"zo"``).
    """
    text = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    return text[:60] or DEFAULT_LEARNER


def learner_id() -> str:
    """The current learner's file name (without ``.json``), from ``NEWSLIT_LEARNER``."""
    return slug(os.environ.get(LEARNER_ENV, ""))


def empty_data(learner: str = "") -> dict:
    """A fresh answers document."""
    return {"format": FORMAT, "version": VERSION, "learner": learner, "updated": now(), "answers": {}}


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


def write_atomic(path: Path, data: dict) -> None:
    """Write ``data`` as JSON to ``path``: a temporary file in the same folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=True)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class AnswerStore:
    """One learner's answers file.

    Parameters
    ----------
    folder : path, optional
        Defaults to :func:`answers_dir`.
    learner : str, optional
        The file name (made safe with :func:`slug`); defaults to :func:`learner_id`.

    Notes
    -----
    Nothing is cached: every read and write goes to the file, under the lock, so two
    stores on the same file (two notebooks, two processes) always see each other's answers.
    """

    def __init__(self, folder: str | Path | None = None, learner: str | None = None):
        self.folder = Path(folder) if folder is not None else answers_dir()
        self.id = slug(learner) if learner is not None else learner_id()
        self.path = self.folder / f"{self.id}.json"
        self.notices: list[str] = []

    def __repr__(self) -> str:
        return f"<AnswerStore {self.path}>"

    @contextlib.contextmanager
    def _locked(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / f".{self.id}.lock", "a+") as lock:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(lock, fcntl.LOCK_UN)

    def _read_unlocked(self) -> dict:
        """The file's answers; a damaged file is backed up, repaired and reported."""
        if not self.path.exists():
            return empty_data(os.environ.get(LEARNER_ENV, "").strip())
        raw = self.path.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        data, lost, damaged = parse(text)
        if damaged:
            backup = _free_name(self.folder, self.id, "damaged")
            backup.write_bytes(raw)
            write_atomic(self.path, data)
            self.notices.append(damaged_notice(self.path, backup, len(data["answers"]), lost))
        return data

    def read(self) -> dict:
        """The whole answers document (see the module docstring for its shape)."""
        with self._locked():
            return self._read_unlocked()

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
        with self._locked():
            data = self._read_unlocked()
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
            data["answers"][exercise_id] = entry
            data["updated"] = now()
            write_atomic(self.path, data)
        return entry

    def set_learner_name(self, name: str) -> None:
        """Store the learner's chosen display name (optional; an empty string clears it)."""
        with self._locked():
            data = self._read_unlocked()
            data["learner"] = name.strip()[:80]
            data["updated"] = now()
            write_atomic(self.path, data)

    def start_over(self) -> Path | None:
        """Forget every answer. The old file is kept as ``<name>.before-start-over-<time>.json``.

        Returns the backup's path, or None when there was nothing to forget.
        """
        with self._locked():
            if not self.path.exists():
                return None
            backup = _free_name(self.folder, self.id, "before-start-over")
            os.replace(self.path, backup)
            return backup


def damaged_notice(path: Path, backup: Path, restored: int, lost: int) -> str:
    """The plain-words message shown when an answers file could not be read as it was."""
    could_not = f" {lost} could not be read." if lost else ""
    return (
        f"Your answers file ({path.name}) was damaged or edited by hand, so it could not be read as it was. "
        f"Nothing has been thrown away: the file as it was is kept as {backup.name} in the same folder. "
        f"{restored} answer{'' if restored == 1 else 's'} could be read and {'was' if restored == 1 else 'were'} "
        f"restored.{could_not} You can carry on; if an answer is missing, give it again."
    )


# ---- export --------------------------------------------------------------------------------


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
    """A readable Markdown summary of an answers document, one section per exercise."""
    lines = [f"# Answers of {data.get('learner') or 'a learner'}", "", f"Saved {data.get('updated', '')}.", ""]
    for exercise_id in sorted(data["answers"]):
        entry = data["answers"][exercise_id]
        lines += [f"## {exercise_id}", ""]
        if entry.get("prompt"):
            lines += ["> " + entry["prompt"].replace("\n", "\n> "), ""]
        lines += [f"**Answer:** {_show(entry.get('value'))}", "", f"*{_verdict(entry)}*", ""]
    if not data["answers"]:
        lines.append("No answers yet.")
    return "\n".join(lines).rstrip() + "\n"


def summary_html(data: dict) -> str:
    """The same summary as a small standalone HTML page (every text escaped)."""
    from html import escape

    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>Answers of {escape(data.get('learner') or 'a learner')}</title></head><body>",
        f"<h1>Answers of {escape(data.get('learner') or 'a learner')}</h1>",
        f"<p>Saved {escape(data.get('updated', ''))}.</p>",
    ]
    for exercise_id in sorted(data["answers"]):
        entry = data["answers"][exercise_id]
        parts.append(f"<h2>{escape(exercise_id)}</h2>")
        if entry.get("prompt"):
            parts.append(f"<blockquote>{escape(entry['prompt']).replace(chr(10), '<br>')}</blockquote>")
        parts.append(f"<p><b>Answer:</b> {escape(_show(entry.get('value')))}</p><p><i>{_verdict(entry)}</i></p>")
    if not data["answers"]:
        parts.append("<p>No answers yet.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def export(store: AnswerStore | None = None, folder: str | Path | None = None) -> list[Path]:
    """Write the learner's answers to hand in: ``<name>-answers.json``, ``.md`` and ``.html``.

    ``folder`` defaults to ``export/`` inside the answers folder. The JSON is the same
    document with an ``exported`` time; the teacher's class summary reads it. Returns
    the three paths (JSON first). Works with no answers too (the summary says so).
    """
    store = store or AnswerStore()
    data = store.read()
    data["exported"] = now()
    target = Path(folder) if folder is not None else store.folder / "export"
    target.mkdir(parents=True, exist_ok=True)
    base = target / f"{store.id}-answers"
    json_path, md_path, html_path = (base.with_suffix(s) for s in (".json", ".md", ".html"))
    write_atomic(json_path, data)
    md_path.write_text(summary_markdown(data), encoding="utf-8")
    html_path.write_text(summary_html(data), encoding="utf-8")
    return [json_path, md_path, html_path]
