"""custbridge.batch: chunks in worker processes, in order; the jobs cap."""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
import os
import uuid
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from collections.abc import Iterator

    from custbridge.batch import Record

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


@pytest.mark.parametrize("form", ["lines", "array"])
def test_processes_give_what_one_process_gives(form: str) -> None:
    """Two worker processes write the same lines, in the same order.

    An array's elements reach the workers as text: what the reader parsed stays
    behind, and the workers parse again, to the same result.
    """
    records = [good(i) if i % 7 else bad(i) for i in range(70)]
    data = jsonl(records) if form == "lines" else json.dumps(records).encode()
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


def deep(depth: int) -> bytes:
    """A record whose ``id`` is a list nested *depth* levels deep."""
    return b'{"id": ' + b"[" * depth + b"]" * depth + b"}\n"


DEPTHS = [198, 199, 200, 201, 1000, 5000]  # about the guard, and past the parsers'


def test_deeply_nested_rejections_come_back_from_workers() -> None:
    """Records nested deep are one rejection each, as in one process; the rest go on."""
    data = jsonl([good(0)]) + b"".join(deep(depth) for depth in DEPTHS)
    one = run(data, size=2)
    assert (1, len(DEPTHS), 1 + len(DEPTHS)) == (len(one[0]), len(one[1]), one[3])
    assert one == run(data, jobs=2, size=2)


def interrupted(after: int) -> Iterator[Record]:
    """Records of good customers, then Ctrl-C."""
    yield from RecordReader(io.BytesIO(jsonl([good(i) for i in range(after)])))
    raise KeyboardInterrupt


def test_an_interrupt_stops_every_worker() -> None:
    """Ctrl-C while chunks are in flight: it goes up, and no worker is left."""
    chunks = convert_in_chunks(interrupted(10), OPTIONS, jobs=2, size=2)
    with pytest.raises(KeyboardInterrupt):
        next(chunks)
    assert [] == multiprocessing.active_children()


def test_closing_early_stops_every_worker() -> None:
    """A reader that stops after the first chunk leaves no worker behind."""
    data = jsonl([good(i) for i in range(40)])
    chunks = convert_in_chunks(RecordReader(io.BytesIO(data)), OPTIONS, jobs=2, size=2)
    assert 2 == next(chunks).read
    chunks.close()
    assert [] == multiprocessing.active_children()
