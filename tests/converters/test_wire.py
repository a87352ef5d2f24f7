"""Wire scalars: the pure-Python timestamp parser agrees with fromisoformat."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import _rules
from custbridge.converters import _wire

OFFSETS = st.builds(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)),
    st.integers(-1439, 1439),
)


@given(st.datetimes() | st.datetimes(timezones=OFFSETS))
def test_build_reads_what_dump_date_writes(value: dt.datetime) -> None:
    """The 3.10 parser reads every written date-time back to the same value."""
    text = _wire.dump_date(value)
    assert text is not None
    parsed = _wire.build(text)
    assert (value, value.utcoffset()) == (parsed, parsed.utcoffset())
    assert parsed == dt.datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05.5-01:30", dt.datetime(2024, 1, 2, 3, 4, 5, 500000,
                                                    dt.timezone(-dt.timedelta(minutes=90)))),
        ("2024-01-02T03:04:05Z", dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)),
        ("2024-01-02T03:04:05", dt.datetime(2024, 1, 2, 3, 4, 5)),
    ],
)  # fmt: skip
def test_build(text: str, expected: dt.datetime) -> None:
    """The 3.10 parser reads fractions, Z, negative offsets and naive times."""
    parsed = _wire.build(text)
    assert (expected, expected.tzinfo) == (parsed, parsed.tzinfo)


@pytest.mark.parametrize("text", ["2024-01-02", "2024-02-30T00:00:00Z", "x"])
def test_build_refuses(text: str) -> None:
    """The 3.10 parser raises ValueError for what it cannot read."""
    with pytest.raises(ValueError, match=r"2024|x|day"):
        _wire.build(text)


@pytest.mark.parametrize("value", [None, 0, 1, "true"])
def test_required_booleans_are_strict(value: object) -> None:
    """The parser for a required boolean takes true or false, nothing else."""
    with pytest.raises(_rules.RuleError, match="must be true or false"):
        _wire.parse_bool(value)
    assert [True, False] == [_wire.parse_bool(b) for b in (True, False)]
