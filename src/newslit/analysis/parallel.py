"""Spreading a large case's articles over the computer's cores.

Each engine works article by article, and one article's records never depend on
another's, so a case of many retellings can be cut into as many runs of articles as
there are cores, each run worked in its own process, and the records put back together
in article order: the same records as one process gives, sooner. A case of fewer than
:data:`PARALLEL_FROM` retellings (every case a class reads) stays in one process, where
starting another would cost more than it saves.

The other processes are forked (Linux and macOS), so they start with the case and the
primary's indexes already in memory, and only their records travel back. Where forking
is not available (Windows), or ``NEWSLIT_WORKERS=1`` is set, everything runs in one
process.
"""

from __future__ import annotations

import multiprocessing
import os
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

    ``NEWSLIT_WORKERS`` (a whole number), when set, caps it; 1 keeps everything in one process.
    """
    if items < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))  # the cores this process may use, not all the machine has
    except AttributeError:  # macOS
        cores = os.cpu_count() or 1
    wanted = os.environ.get("NEWSLIT_WORKERS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        cores = min(cores, int(wanted))
    return max(1, min(cores, items))


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
        raised by ``work`` in another process is raised here.
    """
    global _JOB
    count = workers(len(items))
    if count < 2:
        return [work(item) for item in items]
    size = -(-len(items) // count)  # runs of consecutive articles, the last one shorter
    parts = [items[i : i + size] for i in range(0, len(items), size)]
    _JOB = (work, parts)
    try:
        with multiprocessing.get_context("fork").Pool(len(parts) - 1) as pool:
            others = [pool.apply_async(_run, (part,)) for part in range(1, len(parts))]
            results = _run(0)  # this process works the first run meanwhile
            for other in others:
                results.extend(other.get())
    finally:
        _JOB = None
    return results
