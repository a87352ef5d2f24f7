"""Wire scalars: the pure-Python timestamp parser agrees with fromisoformat."""

from __future__ import annotations

import datetime as dt
import pickle
import uuid
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import AddressDto, CustomerResponse, ValidationError, _rules
from custbridge.converters import _wire, load_value

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
    # Python 3.10's fromisoformat reads no "Z": the same instant as +00:00.
    assert parsed == dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


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


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (uuid.UUID, "8D5E7C41-0B1F-4F3A-8D8E-2B8C9F1A7E02",
         uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")),
        (dt.datetime, "2024-05-01T10:00:00+02:00",
         dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
        (dt.date, "2024-05-01", dt.date(2024, 5, 1)),
        (Decimal, "12.50", Decimal("12.50")),
    ],
)  # fmt: skip
def test_load_value_reads_as_the_loaders_do(
    kind: type, text: str, expected: object
) -> None:
    """load_value reads one scalar with the loaders' own rule."""
    assert expected == load_value(kind, text)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (uuid.UUID, "{8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02}",
         '$: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: "{8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02}")'),
        (dt.datetime, "2024-05-01T10:00:00",
         "$: must be a date-time with a UTC offset (YYYY-MM-DDTHH:MM:SS, then optional"
         ' .ffffff, then Z or ±HH:MM) (got: "2024-05-01T10:00:00")'),
        (list, [], "kind: must be one of the wire's scalar types (UUID, datetime, date, ...) (got: \"<class 'list'>\")"),
        ([], [], "kind: must be one of the wire's scalar types (UUID, datetime, date, ...) (got: [])"),
    ],
)  # fmt: skip
def test_load_value_refuses(kind: object, value: object, expected: str) -> None:
    """A value that breaks the rule, or a kind the wire has no rule for."""
    with pytest.raises(ValidationError) as info:
        load_value(kind, value)  # type: ignore[arg-type]
    assert expected == str(info.value)


def test_length_limits_are_the_models_own() -> None:
    """Limits are read from the models' text rules; a field without one is refused."""
    assert (1, 256) == _rules.length_limits(CustomerResponse, "external_id")
    assert 20 == _rules.max_length(AddressDto, "zip")
    with pytest.raises(
        TypeError, match=r"^CustomerResponse.email has no length limit$"
    ):
        _rules.length_limits(CustomerResponse, "email")


@pytest.mark.parametrize("keys", [1, 256, 257, 1000])
def test_an_object_of_many_keys_is_not_a_key_twice(keys: int) -> None:
    """JSON (RFC 8259 §4) sets no limit on an object's keys; only a repeat is refused."""
    text = "{" + ", ".join(f'"k{i}": {i}' for i in range(keys)) + "}"
    assert keys == len(_wire.loads(text))


def test_a_key_twice_is_refused_with_the_key() -> None:
    """The first key that repeats is named, however deep."""
    with pytest.raises(_rules.RuleError, match=r'repeats the key "b"'):
        _wire.loads('{"a": {"b": 1, "c": 2, "b": 3}}')


@given(st.uuids(), st.booleans(), st.booleans())
def test_a_uuid_is_read_as_the_standard_library_reads_it(
    expected: uuid.UUID, upper: bool, subclass: bool
) -> None:
    """Filled in without ``UUID.__init__``, it is the same value in every way."""
    text = str(expected).upper() if upper else str(expected)
    value = load_value(uuid.UUID, type("S", (str,), {})(text) if subclass else text)
    assert type(value) is uuid.UUID
    assert (value, repr(value), hash(value)) == (
        expected,
        repr(expected),
        hash(expected),
    )
    assert (value.is_safe, value.version) == (expected.is_safe, expected.version)
    assert pickle.loads(pickle.dumps(value)) == expected  # noqa: S301 - our own bytes
