"""Field limits and the money rule, each boundary from both sides.

The limits are written here as the tax engine's published API reference states
them (CustomerResponse and AddressDto), not read from the models, so a model
that drifted from the reference fails a test.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import payloads
from custbridge import (
    AccountingAddress,
    AccountingCustomer,
    AddressDto,
    CustomerResponse,
    DataSource,
    ValidationError,
    _json_values,
    _rules,
    accounting_to_response,
    json_schema,
    load_accounting,
    load_response,
)

# AddressDto, "max length" column of the tax engine's API reference.
ADDRESS = [
    ("street", 200),
    ("city", 100),
    ("county", 100),
    ("state", 100),
    ("zip", 20),
    ("country", 50),
]
# CustomerResponse, "min length" / "max length" of the tax engine's reference.
RESPONSE = [
    ("external_id", 256),
    ("name", 256),
    ("comment", 200),
    ("tax_number", 100),
]


def _problems(error: ValidationError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


def _too_long(limit: int) -> str:
    return f"must be at most {limit} characters long (it has {limit + 1})"


@pytest.mark.parametrize(("field", "limit"), ADDRESS)
def test_address_field_holds_its_limit(field: str, limit: int) -> None:
    """An AddressDto field of exactly its published maximum length is kept."""
    value = "x" * limit
    assert value == getattr(AddressDto(**{field: value}), field)


@pytest.mark.parametrize(("field", "limit"), ADDRESS)
def test_address_field_over_its_limit_is_refused(field: str, limit: int) -> None:
    """An AddressDto field one character over its maximum raises, naming it."""
    with pytest.raises(ValidationError) as info:
        AddressDto(**{field: "x" * (limit + 1)})
    assert [(field, _too_long(limit))] == _problems(info.value)


def test_county_over_its_limit_message() -> None:
    """The county rule's message says the limit, the length and the value."""
    with pytest.raises(ValidationError) as info:
        AddressDto(county="x" * 101)
    expected = (
        f'county: must be at most 100 characters long (it has 101) (got: "{"x" * 57}…")'
    )
    assert expected == str(info.value)


@pytest.mark.parametrize("side", ["billing", "shipping"])
@pytest.mark.parametrize(("field", "limit"), ADDRESS)
def test_loaded_address_holds_its_limit(field: str, limit: int, side: str) -> None:
    """A payload address field of exactly its maximum length loads unchanged."""
    address = payloads.response()["addresses"]["billing"] | {field: "x" * limit}
    payload = payloads.changed(payloads.response(), f"addresses.{side}", address)
    loaded = getattr(load_response(payload).addresses, side)
    assert "x" * limit == getattr(loaded, field)


@pytest.mark.parametrize("side", ["billing", "shipping"])
@pytest.mark.parametrize(("field", "limit"), ADDRESS)
def test_loaded_address_over_its_limit_is_refused(
    field: str, limit: int, side: str
) -> None:
    """A payload address field one over its maximum fails at its JSON path."""
    address = payloads.response()["addresses"]["billing"] | {field: "x" * (limit + 1)}
    payload = payloads.changed(payloads.response(), f"addresses.{side}", address)
    with pytest.raises(ValidationError) as info:
        load_response(payload)
    expected = [(f"$.addresses.{side}.{field}", _too_long(limit))]
    assert expected == _problems(info.value)


@pytest.mark.parametrize(("field", "limit"), RESPONSE)
def test_response_field_holds_its_limit(field: str, limit: int) -> None:
    """A CustomerResponse text field of exactly its maximum length loads."""
    payload = payloads.changed(payloads.response(), field, "x" * limit)
    assert "x" * limit == getattr(load_response(payload), field)


@pytest.mark.parametrize(("field", "limit"), RESPONSE)
def test_response_field_over_its_limit_is_refused(field: str, limit: int) -> None:
    """A CustomerResponse text field one over its maximum fails at its path."""
    payload = payloads.changed(payloads.response(), field, "x" * (limit + 1))
    with pytest.raises(ValidationError) as info:
        load_response(payload)
    assert [(f"$.{field}", _too_long(limit))] == _problems(info.value)


def test_external_id_of_one_character_loads() -> None:
    """external_id's minimum length is 1: a single character is enough."""
    payload = payloads.changed(payloads.response(), "external_id", "x")
    assert "x" == load_response(payload).external_id


def test_empty_external_id_is_refused() -> None:
    """external_id's minimum length is 1: the empty string is refused."""
    payload = payloads.changed(payloads.response(), "external_id", "")
    with pytest.raises(ValidationError) as info:
        load_response(payload)
    assert '$.external_id: must not be empty (got: "")' == str(info.value)


# Money (docs/explanation/design.md, "Money"): below 10^15 in magnitude, and only
# values an IEEE double holds exactly, i.e. Decimal(repr(float(v))) == v. Every
# value of at most 15 significant digits does; of 16, only some.
NOT_A_DOUBLE = (
    "must be a number that a JSON reader holds exactly (at most 15 significant digits)"
)
OUT_OF_RANGE = "must be between -10^15 and 10^15"

MONEY_KEPT = [
    "999999999999999",  # 10^15 - 1
    "-999999999999999",
    "99999999999999.9",  # 15 digits, any scale
    "0.123456789012345",
    "123456789.012345",
    "0.1000000000000001",  # 16 digits, but the double's repr is the same
    "123456789012345.6",  # 16 digits, kept for the same reason
    "999999999999999.5",  # 16 digits; doubles this large are 1/8 apart
    "1E+14",
]
MONEY_REFUSED = [
    ("1000000000000000", OUT_OF_RANGE),  # 10^15
    ("-1000000000000000", OUT_OF_RANGE),
    ("1000000000000001", OUT_OF_RANGE),  # above 10^15, and far above
    ("1E+16", OUT_OF_RANGE),
    ("-1E+20", OUT_OF_RANGE),
    # 16 digits a double cannot hold: repr(float(v)) is the value after the arrow
    ("9.999999999999999", NOT_A_DOUBLE),  # -> 9.999999999999998
    ("822.2209650546942", NOT_A_DOUBLE),  # -> 822.2209650546943
    ("0.9554309668325211", NOT_A_DOUBLE),  # -> 0.955430966832521
    ("9579061211527.458", NOT_A_DOUBLE),  # -> 9579061211527.459
    ("1.0000000000000001", NOT_A_DOUBLE),  # 17 digits -> 1.0
]


@pytest.mark.parametrize("text", MONEY_KEPT)
def test_money_a_double_holds_is_kept(text: str) -> None:
    """An amount below 10^15 that survives a double loads as the same Decimal."""
    payload = payloads.changed(payloads.accounting(), "creditLimit", text)
    loaded = load_accounting(payload).credit_limit
    assert (Decimal(text), str(Decimal(text))) == (loaded, str(loaded))


@pytest.mark.parametrize(("text", "message"), MONEY_REFUSED)
def test_money_a_double_cannot_hold_is_refused(text: str, message: str) -> None:
    """An amount of 10^15 or more, or one a double rounds, fails with the rule."""
    payload = payloads.changed(payloads.accounting(), "creditLimit", text)
    with pytest.raises(ValidationError) as info:
        load_accounting(payload)
    assert f'$.creditLimit: {message} (got: "{text}")' == str(info.value)


@pytest.mark.parametrize(("text", "message"), MONEY_REFUSED)
def test_money_rule_holds_on_construction(text: str, message: str) -> None:
    """A model built in Python refuses the same amounts as a loaded payload."""
    with pytest.raises(ValidationError) as info:
        AccountingCustomer(id="C", name="N", total_paid_amount=Decimal(text))
    assert [("total_paid_amount", message)] == _problems(info.value)


def test_refused_values_really_are_not_doubles() -> None:
    """The table's NOT_A_DOUBLE values change on the trip through a double."""
    changed = [t for t, m in MONEY_REFUSED if m == NOT_A_DOUBLE]
    assert changed == [t for t in changed if Decimal(repr(float(t))) != Decimal(t)]


@st.composite
def _amounts(draw: Any) -> Decimal:
    digits = draw(st.integers(15, 17))
    mantissa = draw(st.integers(10 ** (digits - 1), 10**digits - 1))
    value = Decimal(mantissa).scaleb(-draw(st.integers(digits - 15, digits + 20)))
    return -value if draw(st.booleans()) else value


def _refusals(value: Decimal) -> list[tuple[str, str]]:
    try:
        AccountingCustomer(id="C", name="N", credit_limit=value)
    except ValidationError as error:
        return _problems(error)
    return []


@given(_amounts())
def test_money_is_kept_exactly_when_a_double_holds_it(value: Decimal) -> None:
    """Below 10^15, an amount is admitted if and only if a double holds it."""
    holds = Decimal(repr(float(value))) == value
    expected = [] if holds else [("credit_limit", NOT_A_DOUBLE)]
    assert expected == _refusals(value)


# Unknown keys (docs/explanation/design.md, "Unknown keys"; the wire format
# reference): plain JSON "nested at most 32 deep", counting each object or
# array as a level.
def _nested(levels: int, array: bool) -> Any:
    value: Any = [] if array else {}
    for _ in range(levels - 1):
        value = [value] if array else {"a": value}
    return value


@pytest.mark.parametrize("array", [False, True])
def test_unknown_key_nested_32_levels_loads(array: bool) -> None:
    """An unknown key's value of 32 nested objects (or arrays) is kept."""
    value = _nested(32, array)
    payload = payloads.changed(payloads.accounting(), "deep", value)
    assert value == load_accounting(payload).extras["deep"]


@pytest.mark.parametrize(
    ("array", "path"), [(False, "$.deep" + ".a" * 32), (True, "$.deep" + "[0]" * 32)]
)
def test_unknown_key_nested_33_levels_is_refused(array: bool, path: str) -> None:
    """One level more than 32 fails at the 33rd level's path, saying the limit."""
    payload = payloads.changed(payloads.accounting(), "deep", _nested(33, array))
    with pytest.raises(ValidationError) as info:
        load_accounting(payload)
    assert [(path, "nests deeper than 32 levels")] == _problems(info.value)


# The mapping to the tax engine keeps a value that fits AddressDto's limits
# (the seed's table above) and cuts or drops one that does not; at the limit
# itself nothing is reported.
_TENANT = uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")
_STAMP = dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=dt.timezone.utc)


def _mapped(address: AccountingAddress) -> tuple[AddressDto | None, list[str]]:
    customer = AccountingCustomer(
        id="C", name="N", modified_date=_STAMP, billing_address=address
    )
    record, report = accounting_to_response(
        customer,
        tenant_id=_TENANT,
        source=DataSource.QUICKBOOKS,
        clock=lambda: _STAMP,
        with_report=True,
    )
    addresses = record.addresses
    return (addresses.billing if addresses else None), [str(i) for i in report.items]


@pytest.mark.parametrize(
    ("address", "field", "limit"),
    [
        ("line1", "street", 200),
        ("city", "city", 100),
        ("province", "state", 100),
        ("postal_code", "zip", 20),
        ("country", "country", 50),  # not a country: kept as given when it fits
    ],
)
def test_mapped_address_field_at_its_limit_is_kept(
    address: str, field: str, limit: int
) -> None:
    """An accounting address field as long as AddressDto allows maps unchanged."""
    dto, report = _mapped(AccountingAddress(**{address: "x" * limit}))
    assert dto is not None
    assert "x" * limit == getattr(dto, field)
    assert [r for r in report if "truncated" in r or "dropped" in r] == []


# A payload with a problem is checked field by field to report every problem at
# once; a field at its limit is no problem in that pass either.
_BROKEN_ID = ("$.id", "must be a UUID (8-4-4-4-12 hexadecimal digits)")


@pytest.mark.parametrize(
    ("field", "value"),
    [("external_id", "x")] + [(field, "x" * limit) for field, limit in RESPONSE],
)
def test_field_at_its_limit_is_not_reported_beside_a_problem(
    field: str, value: str
) -> None:
    """Beside a broken field, a text at its minimum or maximum length is fine."""
    payload = payloads.changed(payloads.response(), field, value)
    with pytest.raises(ValidationError) as info:
        load_response(payloads.changed(payload, "id", "nope"))
    assert [_BROKEN_ID] == _problems(info.value)


@pytest.mark.parametrize(("field", "limit"), ADDRESS)
def test_address_field_at_its_limit_is_not_reported_beside_a_problem(
    field: str, limit: int
) -> None:
    """Beside a broken field, an address text at its maximum length is fine."""
    address = payloads.response()["addresses"]["billing"] | {field: "x" * limit}
    payload = payloads.changed(payloads.response(), "addresses.billing", address)
    with pytest.raises(ValidationError) as info:
        load_response(payloads.changed(payload, "id", "nope"))
    assert [_BROKEN_ID] == _problems(info.value)


# The seeds give these fields a maximum length and no minimum: the empty string
# is a value like any other (only external_id has "min length 1").
@pytest.mark.parametrize("field", [f for f, _ in ADDRESS])
def test_address_field_may_be_empty(field: str) -> None:
    """An AddressDto text field takes the empty string."""
    assert "" == getattr(AddressDto(**{field: ""}), field)


@pytest.mark.parametrize("field", [f for f, _ in RESPONSE if f != "external_id"])
def test_response_field_may_be_empty(field: str) -> None:
    """A CustomerResponse text field without a minimum loads the empty string."""
    payload = payloads.changed(payloads.response(), field, "")
    assert "" == getattr(load_response(payload), field)


# Paths (docs/explanation/design.md, "Errors": JSON-path syntax, `$['odd key']`):
# custbridge writes .key only for a key that is an ASCII identifier, which every
# JSON-path reader parses as one; any other key goes in brackets, quoted.
@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("score", "$.score"),
        ("_x1", "$._x1"),
        ("two words", "$['two words']"),
        ("1st", "$['1st']"),
        ("straße", "$['straße']"),  # an identifier, but not ASCII
        ("it's", "$['it\\'s']"),
    ],
)
def test_unknown_key_path_is_dotted_only_for_ascii_identifiers(
    key: str, path: str
) -> None:
    """A problem under an unknown key names it .key or ['key']."""
    payload = payloads.changed(payloads.accounting(), key, float("nan"))
    with pytest.raises(ValidationError) as info:
        load_accounting(payload)
    message = "must be a finite number (NaN and Infinity are not JSON)"
    assert [(path, message)] == _problems(info.value)


def _string_schema(prop: dict[str, Any]) -> dict[str, Any]:
    strings = [s for s in prop.get("anyOf", [prop]) if s.get("type") == "string"]
    return {k: v for k, v in strings[0].items() if k.endswith("Length")}


@pytest.mark.parametrize(("field", "limit"), RESPONSE)
def test_schema_states_the_response_limits(field: str, limit: int) -> None:
    """The JSON Schema says each published limit, and no minimum the seed lacks."""
    expected = {"maxLength": limit} | (
        {"minLength": 1} if field == "external_id" else {}
    )
    prop = json_schema(CustomerResponse)["properties"][field]
    assert expected == _string_schema(prop)


@pytest.mark.parametrize(("field", "limit"), ADDRESS)
def test_schema_states_the_address_limits(field: str, limit: int) -> None:
    """The JSON Schema gives each AddressDto field its maximum and no minimum."""
    prop = json_schema(CustomerResponse)["$defs"]["AddressDto"]["properties"][field]
    assert {"maxLength": limit} == _string_schema(prop)


@pytest.mark.parametrize(
    ("check", "value", "message"),
    [
        (_rules.text(max_len=5), 5, "must be a string"),
        (_rules.email, 5, "must be a string"),
        (_rules.money, 5, "must be a Decimal"),
        (_rules.aware, "2024-01-01", "must be a datetime"),
        (_rules.calendar, "2024-01-01", "must be a date or a datetime"),
    ],
)
def test_rules_check_their_own_type(check: Any, value: object, message: str) -> None:
    """A rule called directly (as the converters do) refuses a value of another type."""
    with pytest.raises(_rules.RuleError) as info:
        check(value)
    assert message == info.value.message


# The extras rules, from their docstrings: a key path longer than 60 characters
# is cut (59 and "…"), a lone surrogate is written as its escape; an integer
# must be below 2^14000 (longer JSON text is not read back); None means no
# unknown keys, and a JSON null is a value like any other.
@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("k" * 60, "." + "k" * 60),
        ("k" * 61, "['" + "k" * 59 + "…']"),
        ("é" * 60, "['" + "é" * 60 + "']"),
        ("é" * 61, "['" + "é" * 59 + "…']"),
        ("\ud800 x", "['\\ud800 x']"),
        ("é x", "['é x']"),
    ],
)
def test_a_key_path_is_cut_after_60_characters(key: str, path: str) -> None:
    """Sixty characters are kept whole; from 61, 59 and an ellipsis."""
    assert path == _json_values.key_path(key)


@pytest.mark.parametrize("bits", [1, 13_999, 14_000])
def test_an_integer_of_up_to_14000_bits_is_json(bits: int) -> None:
    """``2**14000 - 1`` (14,000 bits) is the largest integer extras may hold."""
    value = 2**bits - 1
    assert {"n": value} == _json_values.json_object({"n": value})


def test_an_integer_of_14001_bits_is_not() -> None:
    """``2**14000`` has 14,001 bits: refused, naming the key."""
    with pytest.raises(
        ValidationError, match=r"^extras\.n: must be an integer below 2\^14000"
    ):
        _json_values.json_object({"n": 2**14_000})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, {}),
        ({}, {}),
        ({"a": None}, {"a": None}),
        ({"a": [None, True, "x"]}, {"a": [None, True, "x"]}),
    ],
)
def test_none_is_no_extras_and_null_is_a_value(value: object, expected: object) -> None:
    """``None`` means no unknown keys; a JSON null inside is kept."""
    assert expected == _json_values.json_object(value)


@pytest.mark.parametrize("value", [["a"], ("a", "b"), {"a": 1}, b"ab"])
def test_a_text_rule_refuses_what_is_not_a_string_of_a_fitting_length(
    value: object,
) -> None:
    """The validator's fast path takes a ``str`` only; anything else is checked."""
    import attrs  # noqa: PLC0415 - only this test reads an attribute's definition

    validator = _rules.rule(_rules.text(0, 10))
    with pytest.raises(ValidationError, match=r"^city: must be a string"):
        validator(None, attrs.fields(AccountingAddress).city, value)


class _BrokenZone(dt.tzinfo):
    """A time zone whose ``utcoffset()`` fails: a tzinfo is user code."""

    def utcoffset(self, _: dt.datetime | None) -> dt.timedelta:
        raise ZeroDivisionError

    def tzname(self, _: dt.datetime | None) -> str:
        return "broken"

    def dst(self, _: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)


@pytest.mark.parametrize("check", [_rules.aware, _rules.calendar])
def test_a_time_zone_that_fails_is_a_rule_error(check: Any) -> None:
    """A failing ``utcoffset()`` is our rule error, never the zone's own exception."""
    with pytest.raises(_rules.RuleError) as raised:
        check(dt.datetime(2024, 1, 1, tzinfo=_BrokenZone()))
    assert "has a time zone whose utcoffset() fails" == raised.value.message


class _Text(str):
    __slots__ = ()


class _Whole(int):
    pass


class _Real(float):
    pass


def test_extras_copy_subclasses_into_the_plain_types() -> None:
    """A ``str``, ``int`` or ``float`` subclass is kept as its plain value."""
    copied = _json_values.json_object(
        {"s": _Text("x"), "i": _Whole(2), "f": _Real(0.5)}
    )
    assert {"s": str, "i": int, "f": float} == {k: type(v) for k, v in copied.items()}
    assert {"s": "x", "i": 2, "f": 0.5} == copied


@pytest.mark.parametrize("value", [[], 0, "", (), False])
def test_extras_that_are_empty_but_no_dict_are_refused(value: object) -> None:
    """Only ``None`` and an empty dict mean no extras; another empty value is wrong."""
    with pytest.raises(ValidationError, match=r"^extras: must be a dict"):
        _json_values.json_object(value)
