"""The wire's scalar rules at their boundaries, written from each rule's source.

JSON text is RFC 8259, where an object's names "SHOULD be unique" (section 4;
custbridge refuses a repeat) and a string is Unicode text (section 7; a lone
surrogate is none). A money amount is a JSON number (section 6) or a string
of one, written back as an integer when it has no fraction digits. UUIDs are
RFC 9562's 8-4-4-4-12 hex form, read in either case and written in lower case
(section 4). Dates are in ``test_wire_dates.py``. This module is fast: mutation testing runs it on every mutant
of ``converters/_wire.py``.
"""

from __future__ import annotations

import enum
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest

from custbridge._rules import RuleError
from custbridge.converters import _wire


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
    ],
)
def test_none_is_written_as_null_and_a_member_as_its_value(
    dump: Any, value: object, expected: object
) -> None:
    assert dump(value) == expected


@pytest.mark.parametrize("value", [None, 5, "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e0"])
def test_what_is_no_uuid_is_refused(value: object) -> None:
    refused = _refusal(_wire.parse_uuid, value)
    assert refused == "must be a UUID (8-4-4-4-12 hexadecimal digits)"


def test_an_enum_parser_reads_the_text_of_its_values() -> None:
    assert _wire.enum_parser(_Colour)(_Text("red"), None) is _Colour.RED


@pytest.mark.parametrize("value", ["RED", "re", None, _Colour.RED, 1])
def test_an_enum_parser_refuses_all_else(value: object) -> None:
    refused = _refusal(_wire.enum_parser(_Colour), value)
    assert refused == 'must be one of "red"'


# Text


class _Text(str):
    """A str subclass whose own methods raise: only its text may be read."""

    __slots__ = ()

    def isascii(self) -> bool:
        raise AssertionError

    def __str__(self) -> str:
        raise AssertionError

    def __hash__(self) -> int:
        raise AssertionError


@pytest.mark.parametrize("parse", [_wire.parse_str, _wire.parse_optional_str])
@pytest.mark.parametrize("text", ["", "abc", "é", "\U0001f600", _Text("x"), _Text("é")])
def test_text_is_read_as_its_plain_text(parse: Any, text: str) -> None:
    read = parse(text)
    assert (read, type(read)) == (str.__str__(text), str)


@pytest.mark.parametrize("parse", [_wire.parse_str, _wire.parse_optional_str])
@pytest.mark.parametrize("text", ["\ud800", "a\udfff", _Text("\ud83d")])
def test_a_lone_surrogate_is_refused(parse: Any, text: str) -> None:
    assert _refusal(parse, text) == _wire.SURROGATE_RULE


@pytest.mark.parametrize("parse", [_wire.parse_str, _wire.parse_optional_str])
@pytest.mark.parametrize("value", [5, b"abc", ["a"], True, _Pretender()])
def test_what_is_no_string_is_refused(parse: Any, value: object) -> None:
    assert _refusal(parse, value) == "must be a string"


def test_null_is_no_text_but_an_optional_one() -> None:
    assert _wire.parse_optional_str(None) is None
    assert _refusal(_wire.parse_str, None) == "must be a string"


# Booleans and money


class _Anything:
    """Equal to everything: a value must *be* None, true or false."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__


@pytest.mark.parametrize("value", [1, 0, 1.0, "true", _Anything()])
def test_only_true_false_and_null_are_optional_booleans(value: object) -> None:
    assert [_wire.parse_optional_bool(v) for v in (None, True, False)] == [
        None,
        True,
        False,
    ]
    assert _refusal(_wire.parse_optional_bool, value) == "must be true or false"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5, Decimal(5)), (0.1, Decimal("0.1")), (Decimal("1.50"), Decimal("1.50")),
     ("12.50", Decimal("12.50")), ("-0", Decimal("-0")), ("1e3", Decimal("1E+3")),
     (_Text("7"), Decimal(7))],
)  # fmt: skip
def test_money_is_read_as_the_number_written(value: object, expected: Decimal) -> None:
    read = _wire.parse_money(value)
    assert (str(read), type(read)) == (str(expected), Decimal)


@pytest.mark.parametrize(
    "value", [None, True, "", "abc", " 1", "1.", ".5", "+1", "01", "NaN", "1e", [1]]
)
def test_what_json_would_not_write_as_a_number_is_no_money(value: object) -> None:
    refused = _refusal(_wire.parse_money, value)
    assert refused == "must be a number or a numeric string"
