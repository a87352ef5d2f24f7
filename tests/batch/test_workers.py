"""custbridge.batch._workers: pipes of their own, chunks that always travel, no hang."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import pickle
import signal
import subprocess
import sys
import threading
import uuid
from typing import Any

import pytest

from custbridge import DataSource
from custbridge.batch import Chunk, Options, Position, Record, Rejected, convert_chunk
from custbridge.batch import _workers as workers
from records import bad, good

OPTIONS = Options(
    tenant_id=uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"),
    source=DataSource.NETSUITE,
    now=dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc),
)
SPAWN = multiprocessing.get_context("spawn")


def records(*values: Any) -> list[Record]:
    return [
        Record(Position("line", n), json.dumps(value))
        for n, value in enumerate(values, 1)
    ]


@pytest.fixture
def interrupts() -> Any:
    """Give back this process's Ctrl-C handler and mask after the test."""
    handler = signal.getsignal(signal.SIGINT)
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    yield
    signal.signal(signal.SIGINT, handler)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)


@pytest.mark.usefixtures("interrupts")
def test_workers_leave_interrupts_to_the_parent() -> None:
    """A worker ignores Ctrl-C, held or not: the parent stops it, no traceback."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    workers.ignore_interrupts()
    assert (signal.SIG_IGN, False) == (
        signal.getsignal(signal.SIGINT),
        signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set()),
    )


FIRST_STARTS = """
import multiprocessing, signal
from custbridge.batch._workers import _interrupts_held

codes = []
for _ in range(2):
    with _interrupts_held():
        process = multiprocessing.get_context("spawn").Process(
            target=signal.raise_signal, args=(signal.SIGINT,)
        )
        process.start()
    process.join()
    codes.append(process.exitcode)
print(codes)
"""


def test_a_process_started_first_starts_with_ctrl_c_held() -> None:
    """Even the first start (which starts multiprocessing's resource tracker).

    A process whose Ctrl-C is held when it starts gets through a Ctrl-C of
    its own alive (exit status 0); one that is not dies of it (status 1).
    """
    done = subprocess.run(  # noqa: S603 - our own interpreter, a fresh one
        [sys.executable, "-c", FIRST_STARTS],
        capture_output=True, check=False, timeout=120,
    )  # fmt: skip
    assert (0, b"[0, 0]\n", b"") == (done.returncode, done.stdout, done.stderr)


@pytest.mark.usefixtures("interrupts")
def test_a_worker_converts_each_task_in_turn_then_ends() -> None:
    """serve: one chunk back for each task, in order, until the task pipe closes."""
    tasks, to_worker = SPAWN.Pipe(duplex=False)
    from_worker, results = SPAWN.Pipe(duplex=False)
    batches = [records(good(1), bad(2)), records(good(3))]
    for batch in batches:
        to_worker.send((batch, OPTIONS, True))
    to_worker.close()
    workers.serve(tasks, results)
    expected = [convert_chunk(batch, OPTIONS, with_report=True) for batch in batches]
    assert expected == [from_worker.recv(), from_worker.recv()]
    assert not from_worker.poll()


@pytest.mark.usefixtures("interrupts")
def test_a_worker_stops_when_nobody_listens() -> None:
    """serve: a result pipe whose reader has gone ends the worker, quietly."""
    tasks, to_worker = SPAWN.Pipe(duplex=False)
    from_worker, results = SPAWN.Pipe(duplex=False)
    from_worker.close()
    to_worker.send((records(good(1)), OPTIONS, False))
    workers.serve(tasks, results)  # returns: no BrokenPipeError
    to_worker.close()


def nested(depth: int) -> Any:
    """A list *depth* levels deep, made without recursion."""
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


def unpicklable() -> list[Any]:
    def local() -> None:
        """A function pickle cannot find by name."""

    return [nested(100_000), lambda: None, local, {"lock": threading.Lock()}]


@pytest.mark.parametrize(
    "value", unpicklable(), ids=["too deep", "lambda", "local", "lock"]
)
def test_a_rejected_value_that_cannot_travel_goes_as_its_text(value: Any) -> None:
    """portable: the chunk always pickles; only the culprit's value becomes text."""
    batch = [
        Record(Position("line", 1), '{"id": 1}'),
        Record(Position("line", 2), '{"id": "\udcff"}'),  # a byte that was not UTF-8
    ]
    kept = Rejected(Position("line", 1), ("$.id: must be text",), {"id": 1})
    chunk = Chunk(
        ["x"], [kept, Rejected(Position("line", 2), ("m",), value)], [], {}, 2
    )
    assert pickle.loads(workers.portable(chunk, batch)) == Chunk(  # noqa: S301
        ["x"],
        [kept, Rejected(Position("line", 2), ("m",), '{"id": "\\xff"}')],
        [],
        {},
        2,
    )


def test_a_chunk_that_travels_is_left_alone() -> None:
    """portable: a chunk pickles as it is when it can."""
    batch = records(good(1), bad(2))
    chunk = convert_chunk(batch, OPTIONS)
    assert chunk == pickle.loads(workers.portable(chunk, batch))  # noqa: S301


def test_a_killed_worker_is_reported_not_waited_for() -> None:
    """A worker that dies with work in hand: WorkerLostError with its exit status."""
    worker = workers.Worker(SPAWN)
    worker.process.kill()
    worker.process.join()
    with pytest.raises(workers.WorkerLostError) as raised:
        worker.receive()
    worker.stop(finished=False)
    assert (
        "a worker process ended before sending back its records"
        f" (exit status {-signal.SIGKILL})"
    ) == str(raised.value)


class Process:
    """A stand-in process that ends at the n-th way asked, or never."""

    def __init__(self, ends_at: str | None) -> None:
        self.exitcode: int | None = None
        self.ends_at = ends_at
        self.calls: list[str] = []

    def _call(self, name: str) -> None:
        self.calls.append(name)
        if name == self.ends_at:
            self.exitcode = 0

    def join(self, timeout: float | None = None) -> None:
        assert workers._GRACE == timeout  # never an unbounded wait
        self._call("join")

    def terminate(self) -> None:
        self._call("terminate")

    def kill(self) -> None:
        self._call("kill")


class Connection:
    def close(self) -> None:
        """Nothing to close."""


@pytest.mark.parametrize(
    ("finished", "ends_at", "calls"),
    [
        (True, "join", ["join"]),
        (True, "terminate", ["join", "terminate", "join"]),
        (False, "terminate", ["terminate", "join"]),
        (False, "kill", ["terminate", "join", "kill", "join"]),
        (False, None, ["terminate", "join", "kill", "join"]),
    ],
)
def test_stopping_never_waits_without_a_limit(
    finished: bool, ends_at: str | None, calls: list[str]
) -> None:
    """stop: join a finished worker a while, then terminate, then kill; give up."""
    worker = workers.Worker.__new__(workers.Worker)
    worker._tasks = worker._results = Connection()  # type: ignore[assignment]
    worker.process = Process(ends_at)  # type: ignore[assignment]
    worker.stop(finished=finished)
    assert calls == worker.process.calls  # type: ignore[attr-defined]
