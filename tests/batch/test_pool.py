"""custbridge.batch: chunks in worker processes, in order; the jobs cap."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import uuid
from typing import Any

import pytest
from hypothesis import given, settings

from custbridge import DataSource
from custbridge.batch import (
    Options,
    RecordReader,
    convert_in_chunks,
    jobs_for,
)
from custbridge.batch._pool import MAX_JOBS
from records import array_files, bad, good, jsonl, line_files

OPTIONS = Options(
    tenant_id=uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"),
    source=DataSource.NETSUITE,
    now=dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc),
)


def run(data: bytes, **kwargs: Any) -> tuple[list[str], list[str], list[str], int]:
    output, rejected, reports, read = [], [], [], 0
    for chunk in convert_in_chunks(RecordReader(io.BytesIO(data)), OPTIONS, **kwargs):
        output += chunk.output
        rejected += [r.to_json() for r in chunk.rejected]
        reports += chunk.reports
        read += chunk.read
    return output, rejected, reports, read


def test_processes_give_what_one_process_gives() -> None:
    """Two worker processes write the same lines, in the same order."""
    data = jsonl([good(i) if i % 7 else bad(i) for i in range(70)])
    one = run(data, size=8, with_report=True)
    assert (60, 10, 70) == (len(one[0]), len(one[1]), one[3])
    assert one == run(data, jobs=2, size=8, with_report=True)


@pytest.mark.parametrize(
    ("requested", "cpus", "expected"),
    [
        (None, 2, 2),
        (1, 2, 1),
        (3, 2, 2),
        (10**20, 512, MAX_JOBS),
        (None, 512, MAX_JOBS),
    ],
)
def test_jobs_are_capped(
    monkeypatch: pytest.MonkeyPatch, requested: int | None, cpus: int, expected: int
) -> None:
    """``None`` means one per CPU; never more than the CPUs, nor than MAX_JOBS."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: set(range(cpus)))
    assert expected == jobs_for(requested)


def test_cpus_without_affinity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the affinity cannot be read, the CPU count is used."""
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    assert 3 == jobs_for(None)


@given(line_files())
def test_converted_and_rejected_make_the_lines_read(case: tuple[bytes, int]) -> None:
    """For any mix of lines, converted + rejected = records read."""
    data, count = case
    output, rejected, _, read = run(data, size=4)
    assert (count, count) == (len(output) + len(rejected), read)


@given(array_files())
@settings(max_examples=10)
def test_converted_and_rejected_make_the_elements_read(case: tuple[bytes, int]) -> None:
    """For any array with text after it, converted + rejected = records read."""
    data, count = case
    output, rejected, _, read = run(data, size=4)
    assert (count, count) == (len(output) + len(rejected), read)
    assert all(json.loads(line) for line in output + rejected)


def test_workers_leave_interrupts_to_the_parent() -> None:
    """A worker ignores Ctrl-C: the parent stops the pool, without worker tracebacks."""
    import signal  # noqa: PLC0415

    from custbridge.batch._pool import _ignore_interrupts  # noqa: PLC0415

    before = signal.getsignal(signal.SIGINT)
    try:
        _ignore_interrupts()
        assert signal.SIG_IGN == signal.getsignal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, before)
