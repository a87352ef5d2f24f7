"""Streaming batch conversion: read records, convert them in chunks, in order.

Input is a JSON array or JSON Lines, told apart by the first character. Records
are read one at a time, so memory does not grow with the file; chunks of records
go to worker processes with a bounded number in flight, and come back in order.
"""

from __future__ import annotations

import json
from collections import deque
from typing import IO, TYPE_CHECKING, Any

import attrs

from custbridge.converters import (
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge.exceptions import CustbridgeError
from custbridge.mapping import accounting_to_response, response_to_accounting

if TYPE_CHECKING:
    import datetime as dt
    import uuid
    from collections.abc import Iterable, Iterator

    from custbridge.report import MappingReport
    from custbridge.response import DataSource

CHUNK = 256
"""Records per unit of work: enough to make process hand-offs cheap."""
_READ = 1 << 16
_DECODER = json.JSONDecoder()
_BLANK = " \t\r\n"


@attrs.frozen
class Item:
    """One record as read: where it was, and its text."""

    where: str
    """``line N`` for JSON Lines, ``index N`` for an array (0-based)."""
    text: str


@attrs.frozen
class Options:
    """What every record is converted with; pickles to the worker processes."""

    to: str
    tenant_id: uuid.UUID
    source: DataSource
    now: dt.datetime
    drop_invalid: bool = False
    """Load an invalid value of an optional field as null instead of rejecting."""


Result = tuple[list[str], list[dict[str, Any]], dict[str, int], int]
"""One chunk's output lines, rejected records, report counts and record count.

Plain lists and dicts, so that a chunk crosses process boundaries cheaply.
"""


class InputError(CustbridgeError, ValueError):
    """The input cannot be read on: it is neither a JSON array nor JSON Lines."""


def read(stream: IO[str]) -> Iterator[Item]:
    """Yield the records of *stream*, a JSON array or JSON Lines, one at a time.

    Raises:
        InputError: the array breaks off or is malformed; records before the
            break were yielded.
    """
    first = stream.read(1)
    while first and first in _BLANK:
        first = stream.read(1)
    if first == "[":
        yield from _array(stream)
    elif first:
        yield from _lines(first + stream.readline(), stream)


def _lines(head: str, stream: IO[str]) -> Iterator[Item]:
    for number, text in enumerate(_chain(head, stream), start=1):
        if text.strip():
            yield Item(f"line {number}", text.strip())


def _chain(head: str, stream: IO[str]) -> Iterator[str]:
    yield head
    yield from stream


def _array(stream: IO[str]) -> Iterator[Item]:
    buffer, index, eof = "", 0, False
    expect_value = True
    while True:
        buffer = buffer.lstrip(_BLANK)
        if not buffer and not eof:
            chunk = stream.read(_READ)
            buffer, eof = chunk, not chunk
            continue
        if buffer[:1] == "]" and (expect_value is False or index == 0):
            return
        if not expect_value:
            if buffer[:1] != ",":
                raise InputError(f"expected ',' or ']' after index {index - 1}")
            buffer, expect_value = buffer[1:], True
            continue
        try:
            _, end = _DECODER.raw_decode(buffer)
        except json.JSONDecodeError as error:
            if eof:
                raise InputError(
                    f"index {index} is not valid JSON: {error.msg}"
                ) from None
            chunk = stream.read(_READ)
            buffer, eof = buffer + chunk, not chunk
            continue
        if end == len(buffer) and not eof:  # a number may go on in the next chunk
            chunk = stream.read(_READ)
            buffer, eof = buffer + chunk, not chunk
            continue
        yield Item(f"index {index}", buffer[:end])
        buffer, index, expect_value = buffer[end:], index + 1, False


def chunks(items: Iterable[Item], size: int = CHUNK) -> Iterator[list[Item]]:
    """Group *items* into lists of at most *size*.

    When the input breaks off, the records read before the break still come
    out as a last batch before the error.
    """
    batch: list[Item] = []
    try:
        for item in items:
            batch.append(item)
            if len(batch) == size:
                yield batch
                batch = []
    finally:
        if batch:
            yield batch


def convert_chunk(batch: list[Item], options: Options) -> Result:
    """Convert every record of *batch*; never raises for a bad record."""
    lines: list[str] = []
    errors: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for item in batch:
        try:
            converted, report, salvaged = _convert(item, options)
        except CustbridgeError as error:
            errors.append(_error(item, error))
            continue
        lines.append(json.dumps(converted, ensure_ascii=False))
        for action, count in report.by_action().items():
            counts[action.value] = counts.get(action.value, 0) + count
        if salvaged:
            counts[SALVAGED] = counts.get(SALVAGED, 0) + salvaged
            counts[SALVAGED_RECORDS] = counts.get(SALVAGED_RECORDS, 0) + 1
    return lines, errors, counts, len(batch)


SALVAGED = "salvaged"
"""The count of values ``--drop-invalid`` dropped, beside the report's actions."""
SALVAGED_RECORDS = "salvaged records"


def _convert(item: Item, options: Options) -> tuple[dict[str, Any], MappingReport, int]:
    """Convert one record; also return how many values the load dropped."""
    if options.to == "response":
        customer, loaded = load_accounting(
            item.text, drop_invalid=options.drop_invalid, with_report=True
        )
        response, report = accounting_to_response(
            customer, tenant_id=options.tenant_id,
            source=options.source, clock=lambda: options.now, with_report=True,
        )  # fmt: skip
        return dump_response(response), report, len(loaded.items)
    record, loaded = load_response(
        item.text, drop_invalid=options.drop_invalid, with_report=True
    )
    customer, report = response_to_accounting(record, with_report=True)
    return dump_accounting(customer), report, len(loaded.items)


def _error(item: Item, error: CustbridgeError) -> dict[str, Any]:
    kind, _, number = item.where.partition(" ")
    try:
        record: Any = json.loads(item.text)
    except ValueError:  # the record itself is not JSON: keep its text
        record = item.text
    return {kind: int(number), "messages": str(error).splitlines(), "record": record}


def run(
    items: Iterable[Item], options: Options, *, jobs: int, pool: Any = None
) -> Iterator[Result]:
    """Convert *items* in order, in *pool* when given (at most 4 chunks a job ahead)."""
    if pool is None:
        for batch in chunks(items):
            yield convert_chunk(batch, options)
        return
    pending: deque[Any] = deque()
    try:
        for batch in chunks(items):
            pending.append(pool.apply_async(convert_chunk, (batch, options)))
            if len(pending) >= 4 * jobs:
                yield pending.popleft().get()
    finally:  # what was read before the input broke off is still converted
        while pending:
            yield pending.popleft().get()
