"""The wire's dates and date-times at their boundaries, from RFC 3339.

The grammar is section 5.6 (full-date, partial-time with seconds, an optional
fraction of up to six digits here, time-numoffset with its colon), the ranges
section 5.7 (a month's last day, hours 00-23, minutes 00-59); the seeds'
timestamps are ``Format: date-time``. A date field also takes a date alone; a
timestamp needs the offset. Fast: mutation testing runs it on every mutant of
``converters/_wire.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from custbridge._rules import RuleError
from custbridge.converters import _wire

UTC = dt.timezone.utc


def _refusal(parse: Any, value: object) -> str:
    with pytest.raises(RuleError) as info:
        parse(value)
    return info.value.message


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


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (dt.date(2024, 1, 2), "2024-01-02"),
        (dt.datetime(2024, 1, 2, 3, 4, 5), "2024-01-02T03:04:05"),  # naive: no Z
        (dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), "2024-01-02T03:04:05Z"),
        (
            dt.datetime(
                2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(-dt.timedelta(hours=5))
            ),
            "2024-01-02T03:04:05-05:00",
        ),
    ],
)
def test_a_date_is_written_in_its_rfc_3339_form(
    value: dt.date | None, expected: str | None
) -> None:
    assert _wire.dump_date(value) == expected
