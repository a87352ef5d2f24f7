"""custbridge.batch: converting records, rejections and reports in one shape."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import DataSource, ValidationError, load_response
from custbridge import strategies as cst
from custbridge.batch import (
    Converted,
    Options,
    Position,
    Record,
    Rejected,
    convert_chunk,
    convert_record,
    convert_records,
)
from custbridge.batch import _convert as batch_convert
from custbridge.batch._read import AFTER_ARRAY
from payloads import response
from records import DEEP, DEEP_MESSAGE, bad, good

TENANT = uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")
NOW = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
OPTIONS = Options(tenant_id=TENANT, source=DataSource.NETSUITE, now=NOW)
LINE = Position("line", 7)
SURROGATE = (
    "$: holds a lone surrogate (a \\ud800-\\udfff escape without its pair),"
    " which is not text and cannot be written as UTF-8"
)
NOT_UTF8 = "$: is not UTF-8 text: byte 0xFF cannot be decoded; save the input as UTF-8"


CLEAN = json.dumps(
    {"id": "C-9", "name": "A", "active": True, "createdDate": "2024-01-01T00:00:00Z",
     "modifiedDate": "2024-01-01T00:00:00Z"}
)  # fmt: skip


def test_a_good_record_converts() -> None:
    """A valid record gives its converted wire form and the line written."""
    outcome = convert_record(Record(LINE, json.dumps(good(1))), OPTIONS)
    assert isinstance(outcome, Converted)
    assert (LINE, None) == (outcome.position, outcome.report)
    assert outcome.record == json.loads(outcome.line)
    converted = load_response(outcome.line)
    assert ("C-1", NOW, NOW) == (
        converted.external_id, converted.created_at, converted.updated_at
    )  # fmt: skip


REJECTED = [
    (json.dumps(bad(1)), None, ['$.creditLimit: must be a number or a numeric string (got: "n/a")'], bad(1)),
    ("{not json", None, ['$: is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) (got: "{not json")'], "{not json"),
    ('{"id": "\udcff"}', None, [NOT_UTF8], '{"id": "\\xff"}'),
    ('{"id": "\\ud800", "name": "A", "modifiedDate": "2024-01-01"}', None, ['$.id: is not valid Unicode text: it has a lone surrogate (got: "\\ud800")'], {"id": "\ud800", "name": "A", "modifiedDate": "2024-01-01"}),
    ('{"id": "C-1", "name": "\\udc00", "modifiedDate": "2024-01-01"}', None, ['$.name: is not valid Unicode text: it has a lone surrogate (got: "\\udc00")'], {"id": "C-1", "name": "\udc00", "modifiedDate": "2024-01-01"}),
    (DEEP.decode(), None, [DEEP_MESSAGE], DEEP.decode()),
    (json.dumps(good(1)), AFTER_ARRAY, [f"$: {AFTER_ARRAY}"], good(1)),
]  # fmt: skip


def parsed(text: str) -> Any:
    """What the array reader hands on for *text*: its value, or ``...``."""
    try:
        return json.loads(text, object_pairs_hook=_no_key_twice)
    except (ValueError, RecursionError):
        return ...


def _no_key_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if len({key for key, _ in pairs}) < len(pairs):
        raise ValueError
    return dict(pairs)


@pytest.mark.parametrize("from_array", [False, True])
@pytest.mark.parametrize(("text", "problem", "messages", "record"), REJECTED)
def test_a_bad_record_is_rejected(
    text: str, problem: str | None, messages: list[str], record: Any, from_array: bool
) -> None:
    """A record that cannot convert is rejected with every problem, never raised.

    The same whether it comes with the value the array reader parsed or not.
    """
    value = parsed(text) if from_array else ...
    assert Rejected(LINE, tuple(messages), record) == convert_record(
        Record(LINE, text, problem, value), OPTIONS
    )


def test_a_string_holding_an_object_is_no_object() -> None:
    """An element that is a JSON string is refused, even if the string is JSON."""
    text = json.dumps(json.dumps(good(1)))
    expected = convert_record(Record(LINE, text), OPTIONS)
    assert isinstance(expected, Rejected)
    assert expected == convert_record(
        Record(LINE, text, None, json.loads(text)), OPTIONS
    )


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "name", "email", "creditLimit", "addresses"])
            | st.text(max_size=4),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)


@given(
    cst.accounting_payloads() | st.builds(bad, st.integers(0, 9)) | _VALUES,
    st.booleans(),
)
def test_a_parsed_value_converts_as_its_text(value: Any, with_report: bool) -> None:
    """Handing on the parsed value changes nothing: not an id, not a message."""
    text = json.dumps(value)
    assert convert_record(
        Record(LINE, text), OPTIONS, with_report=with_report
    ) == convert_record(
        Record(LINE, text, None, parsed(text)), OPTIONS, with_report=with_report
    )


@pytest.mark.parametrize(
    ("rejected", "line"),
    [
        (Rejected(Position("index", 0), ("$: x",), {"a": "é"}),
         '{"index": 0, "messages": ["$: x"], "record": {"a": "é"}}'),
        (Rejected(LINE, ("$: x",), {"a": "\ud800"}),
         '{"line": 7, "messages": ["$: x"], "record": {"a": "\\ud800"}}'),
    ],
)  # fmt: skip
def test_the_rejection_shape(rejected: Rejected, line: str) -> None:
    """A rejection is one JSON line: position, messages, record; escapes only if needed."""
    assert line == rejected.to_json()


def test_the_report_shape() -> None:
    """A report is one JSON line: position, the record's id, and each item."""
    payload = dict(good(1), fax="+49 30 1")
    outcome = convert_record(
        Record(LINE, json.dumps(payload)), OPTIONS, with_report=True
    )
    assert isinstance(outcome, Converted)
    shape = json.loads(outcome.report_json())
    assert (7, outcome.record["id"]) == (shape["line"], shape["id"])
    assert {"path": "$.fax", "action": "dropped"} == {
        k: v for k, v in shape["items"][-1].items() if k in ("path", "action")
    }
    assert ["action", "path", "reason", "value"] == sorted(shape["items"][0])


def test_a_report_not_asked_for_is_empty() -> None:
    """Without a report, the report shape lists no items."""
    outcome = convert_record(Record(LINE, json.dumps(good(1))), OPTIONS)
    assert isinstance(outcome, Converted)
    assert {"line": 7, "id": outcome.record["id"], "items": []} == json.loads(
        outcome.report_json()
    )


def test_back_to_accounting() -> None:
    """``to="accounting"`` reads tax engine records."""
    options = Options(to="accounting", tenant_id=TENANT, source=DataSource.NETSUITE)
    outcome = convert_record(Record(LINE, json.dumps(response())), options)
    assert isinstance(outcome, Converted)
    assert response()["external_id"] == outcome.record["id"]


def test_convert_records_yields_one_outcome_per_record() -> None:
    """Every record gives exactly one outcome, in order."""
    records = [Record(Position("line", i), json.dumps(good(i))) for i in (1, 2)]
    records.insert(1, Record(Position("line", 9), "x"))
    kinds = [type(o).__name__ for o in convert_records(records, OPTIONS)]
    assert ["Converted", "Rejected", "Converted"] == kinds


@pytest.mark.parametrize("with_report", [False, True])
def test_a_chunk_counts_and_reports(with_report: bool) -> None:
    """A chunk holds output lines, rejections, report lines on request and counts."""
    payload = dict(good(1), fax="+49 30 1")
    records = [
        Record(Position("line", 1), json.dumps(payload)),
        Record(Position("line", 2), json.dumps(bad(2))),
        Record(Position("line", 3), json.dumps(good(3))),
        Record(Position("line", 4), CLEAN),  # a report without items
    ]
    chunk = convert_chunk(records, OPTIONS, with_report=with_report)
    assert (3, [2], 4) == (
        len(chunk.output), [r.position.number for r in chunk.rejected], chunk.read
    )  # fmt: skip
    expected: dict[str, int] = {}
    for record in (records[0], records[2]):
        single = convert_record(record, OPTIONS, with_report=True)
        assert isinstance(single, Converted)
        assert single.report is not None
        for action, count in single.report.by_action().items():
            expected[action.value] = expected.get(action.value, 0) + count
    assert expected == chunk.counts
    reports = [json.loads(r)["line"] for r in chunk.reports]
    assert ([1, 3] if with_report else []) == reports


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"to": "xml"}, "to: must be 'response' or 'accounting' (got: \"xml\")"),
        ({"now": dt.datetime(2024, 1, 1)}, 'now: must have a UTC offset (got: "2024-01-01T00:00:00")'),
    ],
)  # fmt: skip
def test_bad_options(options: dict[str, Any], message: str) -> None:
    """Options name the argument, the value and the rule."""
    with pytest.raises(ValidationError) as info:
        Options(tenant_id=TENANT, source=DataSource.NETSUITE, **options)
    assert message == str(info.value)


def test_options_read_the_clock_once() -> None:
    """Without ``now``, the options carry the time they were made, with an offset."""
    before = dt.datetime.now(dt.timezone.utc)
    options = Options(tenant_id=TENANT, source=DataSource.NETSUITE)
    assert before <= options.now <= dt.datetime.now(dt.timezone.utc)


@pytest.mark.parametrize(
    "convert",
    [
        pytest.param(
            lambda *_: "\ud800".encode(), id="the mapping meets a lone surrogate"
        ),
        pytest.param(lambda *_: ({"id": "\ud800"}, None, 0), id="the output holds one"),
    ],
)
def test_a_lone_surrogate_past_the_loaders_is_still_one_rejection(
    monkeypatch: pytest.MonkeyPatch, convert: Any
) -> None:
    """Loaders refuse lone surrogates; should one get past them, it is rejected.

    The guard keeps a record from ending the run (or writing text that is not
    UTF-8) if a later change lets a surrogate through.
    """
    monkeypatch.setattr(batch_convert, "_convert", convert)
    outcome = convert_record(Record(LINE, json.dumps(good(1))), OPTIONS)
    assert Rejected(LINE, (SURROGATE,), good(1)) == outcome


@pytest.mark.parametrize(("levels", "kept_as"), [(200, list), (201, str)])
def test_a_rejected_record_too_deep_to_pickle_is_kept_as_text(
    levels: int, kept_as: type
) -> None:
    """Up to 200 levels a rejected record is kept as JSON; deeper, as its text."""
    text = "[" * (levels + 1) + "]" * (levels + 1)
    outcome = convert_record(Record(LINE, text), OPTIONS)
    assert (Rejected, kept_as) == (type(outcome), type(outcome.record))
