"""Regular expressions compiled once per computer and kept, so that a new kernel does not compile them again.

newslit reads text with a few hundred regular expressions, some of them thousands of
characters long (every way of writing a number, every word of a word list). Compiling them
took about a tenth of a second in each kernel that ran an engine: most of the first engine
call on the seed case, paid again by every lesson, since Python's own cache of compiled
patterns lasts only as long as the process.

:func:`regex` is ``re.compile``, with the compiled form of each pattern (the program Python's
regular-expression engine runs) kept in one file of the user's cache folder
(``$NEWSLIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/newslit``, else ``~/.cache/newslit``), named for the Python version and
the version of the engine's program format. A later process builds the same pattern objects
from it without parsing and compiling them again. The file is written when the process ends,
if it learned a pattern the file lacked.

Anything unexpected falls back to ``re.compile`` and loses nothing but the time: no cache
folder, a read-only home, a file from another Python, a damaged file (Python checks every
program it is given, and one it rejects is compiled afresh). ``NEWSLIT_NO_PATTERN_CACHE=1``
turns the file off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:  # the engine's own parts: Python 3.11 and later
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: patterns are compiled as usual
    _sre = _compiler = _parser = None

_STORE: dict[tuple[str, int], tuple] | None = None  # (source, flags) -> how to build it; None until read
_LEARNED = [0]  # patterns compiled by this process that the file lacks
_USED: set[tuple[str, int]] = set()  # the patterns this process asked for
KEEP_AT_MOST = 3000
"""A file with more patterns than this keeps only those of the process that writes it (word lists change)."""


def cache_file() -> Path | None:
    """Where the compiled patterns are kept for this Python, or None when they are not kept."""
    if _sre is None or os.environ.get("NEWSLIT_NO_PATTERN_CACHE", "").strip() not in ("", "0"):
        return None
    folder = os.environ.get("NEWSLIT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newslit"
    )
    version = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(folder) / f"patterns-{version}.marshal"


def regex(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern:
    """``re.compile(source, flags)``, built from the kept compiled form when there is one (see the module notes)."""
    store = _store()
    key = (source, int(flags))
    kept = store.get(key) if store is not None else None
    if kept is not None:
        try:
            _USED.add(key)
            return _built(source, kept)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del store[key]  # not a program this Python accepts: compiled afresh below
    if store is None or not isinstance(source, str):
        return re.compile(source, flags)
    try:
        parsed = _parser.parse(source, int(flags))
        program = array("I", _compiler._code(parsed, int(flags))).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        kept = (int(flags) | parsed.state.flags, program, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        pattern = _built(source, kept)
    except Exception:  # noqa: BLE001 - any surprise in the engine's private parts: the public way
        return re.compile(source, flags)
    store[key] = kept
    _USED.add(key)
    _LEARNED[0] += 1
    return pattern


def _built(source: str, kept: tuple) -> re.Pattern:
    flags, program, groups, groupindex, indexgroup = kept
    code = array("I")
    code.frombytes(program)
    return _sre.compile(source, flags, code.tolist(), groups, groupindex, indexgroup)


def _store() -> dict | None:
    """The kept patterns, read from the cache file the first time (an empty store if there is none yet)."""
    global _STORE
    if _STORE is None:
        path = cache_file()
        if path is None:
            return None
        try:
            with open(path, "rb") as handle:
                found = marshal.load(handle)
            _STORE = found if isinstance(found, dict) else {}
        except (OSError, EOFError, ValueError, TypeError):
            _STORE = {}
        atexit.register(save)
    return _STORE


def save() -> bool:
    """Write the kept patterns if this process learned any; True when the file was written.

    Written to a temporary file and moved into place, so a reader never sees half a file and
    two kernels ending at once leave one whole file.
    """
    path = cache_file()
    if path is None or not _STORE or not _LEARNED[0]:
        return False
    kept = _STORE if len(_STORE) <= KEEP_AT_MOST else {k: v for k, v in _STORE.items() if k in _USED}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            marshal.dump(kept, handle)
        os.replace(temporary, path)
    except (OSError, ValueError):
        return False
    _LEARNED[0] = 0
    return True
