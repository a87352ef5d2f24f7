"""Convert records one at a time, or a chunk at a time, never raising for a bad one.

The JSON shapes written for a rejection and for a report are made here, and
only here, so the command line and the Dask and Spark adapters write the same.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, Literal

import attrs

from custbridge.batch._kept import UNDECODABLE, dumps, kept
from custbridge.converters import (
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge.exceptions import CustbridgeError, Problem, ValidationError, show
from custbridge.mapping import accounting_to_response, response_to_accounting

if TYPE_CHECKING:
    import uuid
    from collections.abc import Iterable, Iterator

    from custbridge.batch._read import Position, Record
    from custbridge.report import MappingReport
    from custbridge.response import DataSource

__all__ = [
    "Chunk",
    "Converted",
    "Options",
    "Rejected",
    "convert_chunk",
    "convert_record",
    "convert_records",
]

_NOT_UTF8 = "is not UTF-8 text: byte {} cannot be decoded; save the input as UTF-8"
_SURROGATE = (
    "holds a lone surrogate (a \\ud800-\\udfff escape without its pair),"
    " which is not text and cannot be written as UTF-8"
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _check_to(_: object, __: object, value: str) -> None:
    if value not in ("response", "accounting"):
        problem = Problem("to", "must be 'response' or 'accounting'", show(value))
        raise ValidationError([problem])


def _check_now(_: object, __: object, value: dt.datetime) -> None:
    if value.utcoffset() is None:
        problem = Problem("now", "must have a UTC offset", show(value.isoformat()))
        raise ValidationError([problem])


@attrs.frozen(kw_only=True)
class Options:
    """What every record of one run is converted with.

    Made once per run, so that every record carries the same time; it pickles,
    so workers in other processes get the same options.

    Attributes:
        to: ``"response"`` reads accounting customers and makes tax engine
            records; ``"accounting"`` goes the other way.
        tenant_id: The tenant the records belong to (``"response"`` only).
        source: The integration the records come from (``"response"`` only).
        now: The time stamped on every record; by default the time the
            options were made, read once.
        drop_invalid: Load an invalid value of an optional field as null
            instead of rejecting the record (``load_accounting(...,
            drop_invalid=True)``); each such value is a report item with
            action ``invalid``, and :attr:`Chunk.counts` counts them as
            ``"salvaged"`` (values) and ``"salvaged records"``.
    """

    to: Literal["response", "accounting"] = attrs.field(
        default="response", validator=_check_to
    )
    tenant_id: uuid.UUID
    source: DataSource
    now: dt.datetime = attrs.field(factory=_now, validator=_check_now)
    drop_invalid: bool = attrs.field(
        default=False, validator=attrs.validators.instance_of(bool)
    )


@attrs.frozen
class Converted:
    """A record that converted.

    Attributes:
        position: Where it was in the input.
        record: The converted record's wire form.
        line: *record* as one line of JSON (no newline), as it is written.
        report: What the mapping did not carry over unchanged, when asked for;
            with ``drop_invalid``, the values the load set to null come first.
        salvaged: How many invalid values ``drop_invalid`` set to null.
    """

    position: Position
    record: dict[str, Any]
    line: str
    report: MappingReport | None = None
    salvaged: int = 0

    def report_json(self) -> str:
        """Return the report as one line of JSON, in the report shape.

        ``{"line": 3, "id": "…", "items": [{"path", "action", "reason",
        "value"}, …]}``, with ``index`` instead of ``line`` for an array.
        """
        items = [] if self.report is None else self.report.items
        return dumps(
            {
                self.position.kind: self.position.number,
                "id": self.record.get("id"),
                "items": [
                    {
                        "path": item.path,
                        "action": item.action.value,
                        "reason": item.reason,
                        "value": item.value,
                    }
                    for item in items
                ],
            }
        )


@attrs.frozen
class Rejected:
    r"""A record that did not convert.

    Attributes:
        position: Where it was in the input.
        messages: One sentence for each problem.
        record: The record as it was read: its JSON value, or its text when it
            is not JSON (bytes that were not UTF-8 shown as ``\\xff``).
    """

    position: Position
    messages: tuple[str, ...]
    record: Any

    def to_json(self) -> str:
        """Return the rejection as one line of JSON, in the rejection shape.

        ``{"line": 3, "messages": ["…"], "record": …}``, with ``index``
        instead of ``line`` for an array.
        """
        return dumps(
            {
                self.position.kind: self.position.number,
                "messages": list(self.messages),
                "record": self.record,
            }
        )


@attrs.frozen
class Chunk:
    """What converting a list of records gives, ready to write.

    Plain strings and counts, so that it crosses process boundaries cheaply.

    Attributes:
        output: One line of JSON for each converted record, in input order.
        rejected: The rejected records, in input order.
        reports: One line of JSON for each converted record whose report has
            items (only when reports were asked for).
        counts: Report items over the chunk, by action (``"dropped"``: 3).
        read: How many records the chunk held.
    """

    output: list[str]
    rejected: list[Rejected]
    reports: list[str]
    counts: dict[str, int]
    read: int


def convert_record(
    record: Record, options: Options, *, with_report: bool = False
) -> Converted | Rejected:
    """Convert one record; a bad record gives a :class:`Rejected`, never an error."""
    undecodable = UNDECODABLE.search(record.text)
    if undecodable:
        byte = f"0x{ord(undecodable.group()) - 0xDC00:02X}"
        return _rejected(record, [Problem("$", _NOT_UTF8.format(byte))])
    if record.problem is not None:
        return _rejected(record, [Problem("$", record.problem)])
    # A value the reader parsed is the text's; only an object loads as one.
    data = record.value if type(record.value) is dict else record.text
    try:
        wire, report, salvaged = _convert(data, options)
    except CustbridgeError as error:
        return _rejected(record, str(error).splitlines())
    except UnicodeEncodeError:  # a lone surrogate met the mapping's id hashing
        return _rejected(record, [Problem("$", _SURROGATE)])
    line = json.dumps(wire, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return _rejected(record, [Problem("$", _SURROGATE)])
    return Converted(
        record.position, wire, line, report if with_report else None, salvaged
    )


def convert_records(
    records: Iterable[Record], options: Options, *, with_report: bool = False
) -> Iterator[Converted | Rejected]:
    """Convert each of *records* in turn, yielding one outcome for each."""
    for record in records:
        yield convert_record(record, options, with_report=with_report)


def convert_chunk(
    records: list[Record], options: Options, *, with_report: bool = False
) -> Chunk:
    """Convert *records* into a :class:`Chunk`; report counts are always made."""
    chunk = Chunk([], [], [], {}, len(records))
    for record in records:
        outcome = convert_record(record, options, with_report=True)
        if isinstance(outcome, Rejected):
            chunk.rejected.append(outcome)
            continue
        chunk.output.append(outcome.line)
        report = outcome.report
        if report is not None and report.items:
            if with_report:
                chunk.reports.append(outcome.report_json())
            for action, count in report.by_action().items():
                chunk.counts[action.value] = chunk.counts.get(action.value, 0) + count
        if outcome.salvaged:
            counts = chunk.counts
            counts[SALVAGED] = counts.get(SALVAGED, 0) + outcome.salvaged
            counts[SALVAGED_RECORDS] = counts.get(SALVAGED_RECORDS, 0) + 1
    return chunk


SALVAGED = "salvaged"
"""In :attr:`Chunk.counts`: the values ``drop_invalid`` set to null."""
SALVAGED_RECORDS = "salvaged records"
"""In :attr:`Chunk.counts`: the records that had such a value."""


def _convert(
    data: str | dict[str, Any], options: Options
) -> tuple[dict[str, Any], MappingReport, int]:
    """Load and map one record; the load's salvage items come first in the report."""
    drop = options.drop_invalid
    if options.to == "response":
        customer, loaded = load_accounting(data, drop_invalid=drop, with_report=True)
        response, report = accounting_to_response(
            customer, tenant_id=options.tenant_id,
            source=options.source, clock=lambda: options.now, with_report=True,
        )  # fmt: skip
        wire = dump_response(response)
    else:
        record, loaded = load_response(data, drop_invalid=drop, with_report=True)
        customer_, report = response_to_accounting(record, with_report=True)
        wire = dump_accounting(customer_)
    if loaded.items:
        report = attrs.evolve(report, items=loaded.items + report.items)
    return wire, report, len(loaded.items)


def _rejected(record: Record, problems: Iterable[Problem | str]) -> Rejected:
    messages = tuple(str(problem) for problem in problems)
    return Rejected(record.position, messages, kept(record))
