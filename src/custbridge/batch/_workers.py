"""Worker processes of our own: each with its own pipes, stopped without waiting.

Why not :class:`multiprocessing.pool.Pool`: its workers share one task pipe
behind a lock, fed by a thread. When the pool is stopped with a large task
half written (a chunk is larger than a pipe's buffer), the feeder thread can
block for ever writing to workers that were just stopped, and the pool's
``terminate`` waits for that thread: an interrupted run hung (issue 14).

Here each worker has a task pipe and a result pipe that nothing else uses, and
no lock is shared between processes. The parent writes tasks in the caller's
thread, where Ctrl-C interrupts a blocked write; a thread in the worker reads
them as they come, so that a write never waits for the worker to finish a
chunk, and the two sides never wait on each other. Stopping closes the pipes,
then ends each worker with a signal and waits at most a few seconds for it
before killing it: nothing is ever waited on without a limit.

A worker holds Ctrl-C from its start and then ignores it: it is the parent's
to act on (a terminal sends it to every process of the run), and a worker
must not print a traceback for it, not even while it is still starting
(``multiprocessing``'s own resource tracker is started the same way).
"""

from __future__ import annotations

import contextlib
import pickle
import queue
import signal
import threading
from multiprocessing import resource_tracker
from typing import TYPE_CHECKING

import attrs

from custbridge.batch._convert import Chunk, Options, Rejected, convert_chunk
from custbridge.batch._kept import printable
from custbridge.exceptions import CustbridgeError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnContext, SpawnProcess

    from custbridge.batch._read import Record

__all__ = ["Task", "Worker", "WorkerLostError", "started"]

_GRACE = 10.0  # seconds a stopping worker gets before the next, harder, signal

Task = tuple[list["Record"], Options, bool]
"""One unit of work: the records of a chunk, the options, whether to report."""


class WorkerLostError(CustbridgeError, RuntimeError):
    """A worker process ended before it sent back the chunk it was given.

    Something outside custbridge stopped it: it was killed, or ran out of
    memory. The records it held were neither written nor rejected.
    """


class Worker:
    """One worker process and the two pipes that lead to it."""

    def __init__(self, context: SpawnContext) -> None:
        """Start the worker; Ctrl-C is held until it has said it ignores it."""
        tasks, self._tasks = context.Pipe(duplex=False)
        self._results, results = context.Pipe(duplex=False)
        self.process: SpawnProcess = context.Process(
            target=serve, args=(tasks, results), daemon=True
        )
        try:
            with _interrupts_held():
                self.process.start()
        finally:  # the worker has its own copies; ours would hide its end
            tasks.close()
            results.close()

    def send(self, task: Task) -> None:
        """Hand the worker a chunk to convert."""
        self._tasks.send(task)

    def receive(self) -> Chunk:
        """Wait for the next chunk the worker converted, in the order sent.

        Raises:
            WorkerLostError: when the worker ended first (killed, out of memory).
        """
        try:
            chunk: Chunk = self._results.recv()
        except EOFError:
            self.process.join(_GRACE)
            msg = (
                f"a worker process ended before sending back its records"
                f" (exit status {self.process.exitcode})"
            )
            raise WorkerLostError(msg) from None
        return chunk

    def stop(self, *, finished: bool) -> None:
        """End the process: let it exit when *finished*, else stop it now.

        Never waits more than a few seconds before the next, harder, signal.
        """
        self._tasks.close()
        self._results.close()
        if finished:
            self.process.join(_GRACE)
        for end in (self.process.terminate, self.process.kill):
            if self.process.exitcode is not None:
                return
            end()
            self.process.join(_GRACE)


@contextlib.contextmanager
def started(context: SpawnContext, count: int) -> Iterator[list[Worker]]:
    """Start *count* workers; stop each on the way out, whatever happened."""
    workers: list[Worker] = []
    finished = False
    try:
        for _ in range(count):  # one at a time: a failed start stops the others
            workers.append(Worker(context))  # noqa: PERF401
        yield workers
        finished = True
    finally:
        for worker in workers:
            worker.stop(finished=finished)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C in this thread: a process started meanwhile inherits the hold.

    A Ctrl-C that arrives meanwhile is not lost: it is acted on at the end.
    """
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    # A first start also starts multiprocessing's resource tracker, and that
    # lets Ctrl-C through again on its way out: start it first.
    resource_tracker.ensure_running()
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent, which stops the workers (no worker tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # pragma: no branch - not on Windows
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def serve(tasks: Connection, results: Connection) -> None:
    """A worker's life: convert each task that comes until the parent stops.

    Tasks are read by a thread as they come, so the parent's writes never wait
    on a conversion; the parent bounds how many it sends ahead.
    """
    ignore_interrupts()
    waiting: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
    threading.Thread(target=_read_tasks, args=(tasks, waiting), daemon=True).start()
    while (task := waiting.get()) is not None:
        records, options, with_report = task
        chunk = convert_chunk(records, options, with_report=with_report)
        try:
            results.send_bytes(portable(chunk, records))
        except OSError:  # the parent has gone, or stopped listening
            return


def _read_tasks(tasks: Connection, waiting: queue.SimpleQueue[Task | None]) -> None:
    try:
        while True:
            waiting.put(tasks.recv())
    except (EOFError, OSError):  # no more work: the parent closed its end
        waiting.put(None)


def portable(chunk: Chunk, records: list[Record]) -> bytes:
    """*chunk* pickled to go back to the parent; it always can.

    Everything in a chunk is text and numbers, except the value of each
    rejected record; a value that cannot be pickled (nested too deep) is
    replaced by the record's text, as a value that does not parse is.
    """
    try:
        return pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL)
    except _UNPICKLABLE:
        texts = {record.position: record.text for record in records}
        rejected = [
            rejection
            if _pickles(rejection)
            else attrs.evolve(rejection, record=printable(texts[rejection.position]))
            for rejection in chunk.rejected
        ]
        return pickle.dumps(
            attrs.evolve(chunk, rejected=rejected), pickle.HIGHEST_PROTOCOL
        )


_UNPICKLABLE = (RecursionError, pickle.PicklingError, TypeError, AttributeError)


def _pickles(value: Rejected) -> bool:
    try:
        pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    except _UNPICKLABLE:
        return False
    return True
