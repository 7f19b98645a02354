"""Spreading a large case's articles over the computer's cores.

Each engine works article by article, and one article's records never depend on
another's, so a case of many articles can be cut into as many runs of articles as
there are cores, each run worked in its own process, and the records put back together
in article order: the same records as one process gives, sooner. A case of fewer than
:data:`PARALLEL_FROM` articles (every case a class reads) stays in one process, where
starting another would cost more than it saves.

The other processes are forked, so they start with the case and the primary's indexes
already in memory, and only their records travel back. Forking is safe only in a
process with a single thread, on Linux: everything runs in one process on macOS and
Windows, inside a Jupyter kernel (which runs several threads), when
``NEWSLIT_WORKERS=1`` is set, and whenever another process fails (it died, or its error
could not be sent back): the work is then done again here, so a result is never lost
and nothing waits forever. The other processes ignore Ctrl-C; the interrupted call
stops here and shuts them down.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PARALLEL_FROM = 200
"""The number of articles from which the work is spread over several processes."""

# The work of the current call, read by the forked processes (a closure cannot be pickled,
# but a forked process has a copy of everything the parent had, this included).
_JOB: tuple[Callable, list[Sequence]] | None = None


def workers(items: int) -> int:
    """How many processes to use for ``items`` articles: 1 below :data:`PARALLEL_FROM`, else one a core.

    Also 1 off Linux and in a process with more than one thread. ``NEWSLIT_WORKERS`` (a whole
    number), when set, caps it; 1 keeps everything in one process.
    """
    if items < PARALLEL_FROM or not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 1  # a forked copy of a process with other threads can deadlock (see the module notes)
    cores = len(os.sched_getaffinity(0))  # the cores this process may use, not all the machine has
    wanted = os.environ.get("NEWSLIT_WORKERS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        cores = min(cores, int(wanted))
    return max(1, min(cores, items))


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for this process; the others are shut down


def _run(part: int) -> list:
    work, parts = _JOB
    return [work(item) for item in parts[part]]


def map_in_order(work: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """``[work(item) for item in items]``, over several processes when there are many items.

    Parameters
    ----------
    work : callable
        Called once per item; what it returns must be picklable (plain records are).
        Anything it caches between items is cached within each process only.
    items : sequence
        The articles, in the order their results are wanted.

    Returns
    -------
    list
        The results in the order of ``items``, the same as in one process. An exception
        raised by ``work`` in another process is raised here; a run whose process died is
        worked again in this one.
    """
    global _JOB
    count = workers(len(items))
    if count < 2:
        return [work(item) for item in items]
    size = -(-len(items) // count)  # runs of consecutive articles, the last one shorter
    parts = [items[i : i + size] for i in range(0, len(items), size)]
    # imported here: a notebook's kernel never forks, and the pool's modules cost it ~15 ms to import
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _JOB = (work, parts)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(len(parts) - 1, mp_context=context, initializer=_ignore_interrupt) as pool:
            others = [pool.submit(_run, part) for part in range(1, len(parts))]
            results = _run(0)  # this process works the first run meanwhile
            for part, other in enumerate(others, start=1):
                try:
                    results.extend(other.result())
                except BrokenProcessPool:  # the process died: its run is worked here
                    results.extend(_run(part))
    finally:
        _JOB = None
    return results
