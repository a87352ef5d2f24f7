"""The wire's scalar rules at their boundaries, written from each rule's source.

JSON text is RFC 8259, where an object's names "SHOULD be unique" (section 4;
custbridge refuses a repeat). Dates and date-times are RFC 3339 (section 5.6
grammar, 5.7 ranges: a month's last day, hours 00-23), the ``Format:
date-time`` of the seeds' timestamps. UUIDs are RFC 9562's 8-4-4-4-12 hex form,
read in either case and written in lower case (section 4). A money amount is
written as a JSON number (RFC 8259 section 6): an integer when it has no
fraction digits. This module is fast: mutation testing runs it on every mutant
of ``converters/_wire.py``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest

from custbridge._rules import RuleError
from custbridge.converters import _wire

UTC = dt.timezone.utc


def _refusal(parse: Any, value: object) -> str:
    with pytest.raises(RuleError) as info:
        parse(value)
    return info.value.message


# JSON text (RFC 8259)


def test_an_object_with_distinct_keys_loads() -> None:
    assert _wire.loads('{"a": 1, "b": {"c": [true, null]}}') == {
        "a": 1,
        "b": {"c": [True, None]},
    }


def test_an_object_with_three_hundred_distinct_keys_loads() -> None:
    """Past the small integers Python keeps one copy of, lengths still compare."""
    keys = {f"k{i}": i for i in range(300)}
    assert _wire.loads(json.dumps(keys)) == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('{"a": 1, "a": 1}', '"a"'),
        ('{"a": 1, "b": 2, "b": 3}', '"b"'),
        ('[{"x": {"\\u00e9": 1, "\\u00e9": 2}}]', '"\\u00e9"'),
    ],
)
def test_a_key_given_twice_in_one_object_is_refused(text: str, key: str) -> None:
    assert _refusal(_wire.loads, text) == f"is not valid JSON: repeats the key {key}"


@pytest.mark.parametrize("text", ["{", "[1,]", "{'a': 1}", b"\xff"])
def test_text_that_is_not_json_is_refused(text: str | bytes) -> None:
    """The reader's own words follow; they differ between Python versions."""
    assert _refusal(_wire.loads, text).startswith("is not valid JSON: ")


def test_json_nested_deeper_than_python_reads_is_refused() -> None:
    text = "[" * 100_000 + "]" * 100_000
    assert _refusal(_wire.loads, text) == "is JSON nested too deeply to read"


# Money: a JSON number or a numeric string, written back as a JSON number


class _EqualToAll(type):
    """A metaclass whose classes say they equal any other: even ``int``."""

    def __eq__(cls, other: object) -> bool:
        return True

    __hash__ = type.__hash__


class _Pretender(metaclass=_EqualToAll):
    pass


def test_money_of_a_class_that_claims_to_be_int_is_refused() -> None:
    """Only a value whose type *is* int, float or Decimal is read as a number."""
    refused = _refusal(_wire.parse_money, _Pretender())
    assert refused == "must be a number or a numeric string"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal(12), 12),  # exponent 0: no fraction digit, an integer
        (Decimal("1E+1"), 10),  # exponent 1
        (Decimal("1.5"), 1.5),  # exponent -1: one fraction digit
        (Decimal("12.50"), 12.5),  # exponent -2
        (Decimal(-3), -3),
    ],
)
def test_money_is_written_as_an_integer_exactly_without_fraction_digits(
    value: Decimal, expected: float
) -> None:
    written = _wire.dump_money(value)
    assert (written, type(written)) == (expected, type(expected))


def test_no_money_is_written_as_null() -> None:
    assert _wire.dump_money(None) is None


# Dates and date-times (RFC 3339)


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-29",  # not a leap year
        "2024-02-30",
        "2024-04-31",
        "2024-01-02T24:00:00",  # hours are 00-23
        "2024-01-02T23:60:00Z",  # minutes 00-59
    ],
)
def test_a_date_past_its_month_or_day_is_refused(text: str) -> None:
    assert _refusal(_wire.parse_date, text) == _wire.DATE_RULE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2024-04-30", dt.date(2024, 4, 30)),
        ("2024-01-02T23:59:59", dt.datetime(2024, 1, 2, 23, 59, 59)),
        ("2024-01-02T23:59:59Z", dt.datetime(2024, 1, 2, 23, 59, 59, tzinfo=UTC)),
    ],
)
def test_the_last_day_hour_and_minute_are_read(text: str, expected: dt.date) -> None:
    assert _wire.parse_date(text) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        20240102,
        dt.date(2024, 1, 2),
        "20240102",  # section 5.6: full-date has its dashes
        "2024-1-2",
        "2024-01-02 03:04:05",  # the T, as the grammar writes it
        "2024-01-02T03:04",  # partial-time has seconds
        "2024-01-02T03:04:05+0100",  # time-numoffset has its colon
    ],
)
def test_a_date_outside_the_grammar_is_refused(value: object) -> None:
    assert _refusal(_wire.parse_date, value) == _wire.DATE_RULE


@pytest.mark.parametrize(
    "value",
    [
        None,
        1704164645,
        dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        "2024-01-02",  # a date-time has a time
        "2024-01-02T03:04:05",  # and an offset (time-offset is not optional)
        "20240102T030405Z",
        "2024-01-02 03:04:05Z",
        "2024-01-02T03:04:05+0100",
        "2024-01-02T24:00:00Z",  # section 5.7: hours 00-23
        "2024-02-30T00:00:00Z",
    ],
)
def test_a_timestamp_outside_the_grammar_is_refused(value: object) -> None:
    assert _refusal(_wire.parse_timestamp, value) == _wire.TIMESTAMP_RULE


@pytest.mark.parametrize(
    ("text", "micro", "minutes"),
    [
        ("2024-01-02T03:04:05Z", 0, 0),
        ("2024-01-02T03:04:05+23:59", 0, 1439),  # the widest offsets
        ("2024-01-02T03:04:05-23:59", 0, -1439),
        ("2024-01-02T03:04:05.5-00:30", 500_000, -30),
    ],
)
def test_a_timestamp_keeps_its_offset(text: str, micro: int, minutes: int) -> None:
    zone = dt.timezone(dt.timedelta(minutes=minutes))
    parsed = _wire.parse_timestamp(text)
    assert (parsed, parsed.utcoffset()) == (
        dt.datetime(2024, 1, 2, 3, 4, 5, micro, tzinfo=zone),
        dt.timedelta(minutes=minutes),
    )


@pytest.mark.parametrize(
    ("micro", "fraction"),
    [
        (0, ""),
        (1, ".000001"),
        (999, ".000999"),  # below a millisecond: microseconds
        (1000, ".001"),  # a whole millisecond
        (1001, ".001001"),
        (500_000, ".500"),
        (999_999, ".999999"),
    ],
)
def test_a_fraction_is_written_to_the_millisecond_when_that_loses_nothing(
    micro: int, fraction: str
) -> None:
    value = dt.datetime(2024, 1, 2, 3, 4, 5, micro, tzinfo=UTC)
    assert _wire.dump_date(value) == f"2024-01-02T03:04:05{fraction}Z"


# UUIDs (RFC 9562) and enums


def test_a_uuid_is_written_in_lower_case() -> None:
    value = uuid.UUID("8D5E7C41-0B1F-4F3A-8D8E-2B8C9F1A7E02")
    assert _wire.dump_uuid(value) == "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"


class _Colour(enum.Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("dump", "value", "expected"),
    [
        (_wire.dump_uuid, None, None),
        (_wire.dump_enum, None, None),
        (_wire.dump_enum, _Colour.RED, "red"),
        (_wire.dump_date, None, None),
    ],
)
def test_none_is_written_as_null_and_a_member_as_its_value(
    dump: Any, value: object, expected: object
) -> None:
    assert dump(value) == expected
