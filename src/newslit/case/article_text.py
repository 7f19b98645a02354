"""Read one article's text file, refusing anything that is not plain UTF-8 text."""

from __future__ import annotations

import hashlib
from pathlib import Path

from newslit.case.errors import Problem

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
    Refused: a missing file, a folder, an empty file (or one of only white space), a file
    over ``MAX_BYTES``, a binary file (a NUL byte), bytes that are not UTF-8 (the message
    names the byte, its offset and its line), a checksum mismatch.
    """
    if not path.exists():
        return None, [
            Problem(shown_as, "file not found", "check the file name in case.toml, or add the file to the case folder")
        ]
    if not path.is_file():
        return None, [Problem(shown_as, "this is a folder, not a text file", "point file = ... at a .txt file")]
    size = path.stat().st_size
    if size > MAX_BYTES:
        return None, [
            Problem(
                shown_as,
                f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit",
                "an article fits easily; split the file or remove what is not the article",
            )
        ]
    data = path.read_bytes()
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
        if actual != expected_sha256:
            return None, [
                Problem(
                    shown_as,
                    f"file has changed: its SHA-256 is {actual[:12]}…, case.toml expects {expected_sha256[:12]}…",
                    "restore the original file, or update sha256 in case.toml if the change is intended",
                )
            ]
    return text, []
