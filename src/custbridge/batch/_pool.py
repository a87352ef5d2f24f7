"""Convert records in chunks, in worker processes or here, keeping input order."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from typing import TYPE_CHECKING

from custbridge.batch._array import UNPARSED
from custbridge.batch._convert import Chunk, Options, convert_chunk
from custbridge.batch._read import Record
from custbridge.batch._workers import Worker, WorkerLostError, started

if TYPE_CHECKING:
    from collections.abc import Generator, Iterable, Iterator

__all__ = ["CHUNK", "MAX_JOBS", "WorkerLostError", "convert_in_chunks", "jobs_for"]

CHUNK = 256
"""Records per unit of work: enough to make process hand-offs cheap."""
MAX_JOBS = 64
"""The most worker processes a run starts, whatever was asked."""
_AHEAD = 4  # chunks in flight per worker: enough to keep each one busy


def jobs_for(requested: int | None) -> int:
    """The number of processes to use: *requested* (``None``: one per CPU), capped.

    The cap is the number of CPUs this process may run on, and
    :data:`MAX_JOBS`; at least 1.

    >>> jobs_for(10**20) <= MAX_JOBS
    True
    """
    cpus = _cpus()
    wanted = cpus if requested is None else requested
    return max(1, min(wanted, cpus, MAX_JOBS))


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform (macOS, Windows)
        return os.cpu_count() or 1


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _texts(batch: list[Record]) -> list[Record]:
    """*batch* without the values the reader parsed: text pickles faster."""
    return [
        record
        if record.value is UNPARSED
        else Record(record.position, record.text, record.problem)
        for record in batch
    ]


def convert_in_chunks(
    records: Iterable[Record],
    options: Options,
    *,
    jobs: int = 1,
    with_report: bool = False,
    size: int = CHUNK,
) -> Generator[Chunk, None, None]:
    """Convert *records* a chunk at a time, in *jobs* processes, in input order.

    With ``jobs=1`` the work is done in this process. Otherwise worker
    processes are started, handed chunks in turn, with a bounded number in
    flight so memory stays flat, and stopped when the iterator ends or is
    closed (Ctrl-C included), without waiting on a stopped one.

    Raises:
        WorkerLostError: when a worker process ended before sending back its
            chunk (it was killed, or ran out of memory).
    """
    if jobs == 1:
        for batch in _chunks(records, size):
            yield convert_chunk(batch, options, with_report=with_report)
        return
    with started(multiprocessing.get_context("spawn"), jobs) as workers:
        pending: deque[Worker] = deque()
        for number, batch in enumerate(_chunks(records, size)):
            worker = workers[number % jobs]  # in turn: results come back in order
            worker.send((_texts(batch), options, with_report))
            pending.append(worker)
            if len(pending) >= _AHEAD * jobs:
                yield pending.popleft().receive()
        while pending:
            yield pending.popleft().receive()
