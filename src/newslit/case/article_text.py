"""Read one article's text file, refusing anything that is not plain UTF-8 text."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from newslit.case.errors import Problem, os_problem

MAX_BYTES = 2_000_000  # about 300,000 words: far longer than any article


def read_article_text(
    path: Path, shown_as: str, expected_sha256: str | None = None
) -> tuple[str | None, list[Problem]]:
    """Read ``path`` as UTF-8 text.

    Parameters
    ----------
    path : Path
        The file to read.
    shown_as : str
        How to name the file in messages.
    expected_sha256 : str or None
        When given, the file's SHA-256 must equal it.

    Returns
    -------
    (text, problems)
        ``text`` is None whenever ``problems`` is not empty. A leading byte-order mark is
        kept in the text (offsets stay true to the file); cleaning removes it.

    Notes
    -----
    Refused: a missing file, a folder, a named pipe or another special file (never
    opened, so a pipe cannot hang the command), a file the system will not let us read
    (the message says why: permission, a link loop, a name too long), an empty file (or
    one of only white space), a file over ``MAX_BYTES``, UTF-16 text (named as such, with
    how to save it as UTF-8), a binary file (a NUL byte), bytes that are not UTF-8 (the
    message names the byte, its offset and its line), a checksum mismatch (the expected
    checksum may be in upper or lower case).
    """
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None, [
            Problem(shown_as, "file not found", "check the file name in case.toml, or add the file to the case folder")
        ]
    except OSError as error:
        return None, [os_problem(shown_as, error)]
    except ValueError:  # a NUL character in the name
        return None, [Problem(shown_as, "the file name has a NUL character in it", "rename the file")]
    kind = special_file_kind(info.st_mode)
    if kind:
        return None, [Problem(shown_as, f"this is {kind}, not a text file", "point file = ... at a .txt file")]
    size = info.st_size
    if size > MAX_BYTES:
        return None, [
            Problem(
                shown_as,
                f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit",
                "an article fits easily; split the file or remove what is not the article",
            )
        ]
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [os_problem(shown_as, error)]
    utf16 = utf16_name(data)
    if utf16:
        return None, [
            Problem(
                shown_as,
                f"saved as {utf16} text, not UTF-8",
                "open it in a text editor and save it again with the encoding UTF-8 "
                "(Notepad: Save as, Encoding: UTF-8; TextEdit: Plain Text Encoding: Unicode (UTF-8))",
            )
        ]
    if b"\x00" in data:
        offset = data.index(b"\x00")
        return None, [
            Problem(
                shown_as,
                f"binary file (a NUL byte at byte {offset})",
                "save the article as plain text (.txt, UTF-8)",
                data[:offset].count(b"\n") + 1,
            )
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [
            Problem(
                shown_as,
                f"not UTF-8: byte 0x{data[exc.start]:02x} at byte {exc.start} cannot be decoded",
                "open the file in a text editor and save it with UTF-8 encoding",
                line,
            )
        ]
    if not text.strip().lstrip("\ufeff").strip():
        return None, [
            Problem(shown_as, "file is empty", "paste the article's text into it, or remove the article from case.toml")
        ]
    if expected_sha256 is not None:
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected_sha256.lower():
            return None, [
                Problem(
                    shown_as,
                    f"file has changed: its SHA-256 is {actual[:12]}…, case.toml expects {expected_sha256[:12]}…",
                    "restore the original file, or update sha256 in case.toml if the change is intended",
                )
            ]
    return text, []


def special_file_kind(mode: int) -> str | None:
    """What a path is when it is not a regular file ("a folder", "a named pipe (FIFO)", ...), else None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def utf16_name(data: bytes) -> str | None:
    """``"UTF-16"`` when ``data`` looks like UTF-16 text, else None.

    UTF-16 is what Windows' Notepad and Word call "Unicode". It is recognised by its
    byte-order mark, or, without one, by a NUL in every other byte of mostly-Latin text
    (at least 90% of the first 2,000 byte pairs).
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    sample = data[:4000]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    return "UTF-16" if max(even, odd) >= 0.9 * pairs and min(even, odd) <= 0.1 * pairs else None
