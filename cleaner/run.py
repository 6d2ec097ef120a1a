"""The run engine: a function over a stream of items, in worker processes, in input order, in bounded memory.

Items are read lazily and sent to the workers in small batches; at most a few batches per
worker are in flight, so memory does not grow with the corpus. Results come back in input
order whatever the number of workers, so outputs are the same with one job or many.
Workers are forked where the platform allows it, before any input is read (they start at
once, with the code already imported, and hold nothing of the corpus); they ignore Ctrl-C
and are ended by this process, which alone writes outputs, so an interruption never leaves
a half-written file behind.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # imported when workers start: a run with -j 1, and --help, do without them
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

C = TypeVar("C")  # what stays in this process with an item (where its output goes)
P = TypeVar("P")  # what a worker gets
R = TypeVar("R")  # what a worker gives back

BATCH_ITEMS = 16  # items sent to a worker at once
BATCH_SIZE = 1_000_000  # and at most this much by ``weight`` (characters of text)
IN_FLIGHT = 2  # batches per worker sent ahead of the one awaited
STOP_SIGNALS = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: the run stops where it is. ``status`` is the exit status for it (128 + signal)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.status = 128 + signum


class WorkerDied(Exception):
    """A worker process ended unexpectedly (killed, out of memory): the run cannot go on."""


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


@contextmanager
def interruptible() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise Interrupted (once: a second signal during the cleanup waits)."""

    def stop(signum: int, frame: Any) -> None:
        for each in STOP_SIGNALS:
            signal.signal(each, signal.SIG_IGN)
        raise Interrupted(signum)

    try:
        previous = {each: signal.signal(each, stop) for each in STOP_SIGNALS}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)


def ordered_map(fn: Callable[[P], R], items: Iterable[tuple[C, P | None]], jobs: int = 1,
                weight: Callable[[P], int] = lambda item: 0) -> Iterator[tuple[C, R | None]]:
    """``(context, fn(payload))`` for each ``(context, payload)`` of ``items``, in their order.

    ``fn`` runs in ``jobs`` worker processes (in this one with ``jobs=1``) and must be a
    module-level function, or a partial of one, that does not raise. A ``None`` payload
    gives ``None`` without a call. Close the iterator (``contextlib.closing``) to stop early:
    the workers are ended at once.
    """
    if jobs <= 1:
        for batch in _batches(items, weight):
            yield from zip([c for c, _ in batch], _apply(fn, [p for _, p in batch]), strict=True)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_worker_start)
    pending: deque[tuple[list[C], Future[list[R | None]]]] = deque()
    try:
        pool.submit(int).result()  # start the workers before any item is read: they inherit a small process
        for batch in _batches(items, weight):
            pending.append(([c for c, _ in batch], pool.submit(_apply, fn, [p for _, p in batch])))
            if len(pending) > jobs * IN_FLIGHT:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
    except BrokenProcessPool:
        _end(pool)
        raise WorkerDied("a worker process ended unexpectedly (out of memory?)") from None
    except BaseException:
        _end(pool)
        raise
    pool.shutdown()


def _batches(items: Iterable[tuple[C, P | None]], weight: Callable[[P], int]) -> Iterator[list[tuple[C, P | None]]]:
    batch: list[tuple[C, P | None]] = []
    size = 0
    for item in items:
        batch.append(item)
        size += weight(item[1]) if item[1] is not None else 0
        if len(batch) >= BATCH_ITEMS or size >= BATCH_SIZE:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _apply(fn: Callable[[P], R], payloads: list[P | None]) -> list[R | None]:
    return [None if payload is None else fn(payload) for payload in payloads]


def _results(contexts: list[C], future: Future[list[R | None]]) -> Iterator[tuple[C, R | None]]:
    yield from zip(contexts, future.result(), strict=True)


def _context() -> BaseContext:
    """Fork where it is safe (Linux and other POSIX systems but macOS): workers start at once."""
    import multiprocessing

    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _worker_start() -> None:
    """In a worker: Ctrl-C is the main process's to handle; SIGTERM ends the worker at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _end(pool: ProcessPoolExecutor) -> None:
    """End the workers now: they hold no output, so nothing is left half-written."""
    if hasattr(pool, "terminate_workers"):  # Python 3.14+
        pool.terminate_workers()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
