"""Field limits and the money rule, each boundary from both sides.

The limits are written here as the tax engine's published API reference states
them (CustomerResponse and AddressDto), not read from the models, so a model
that drifted from the reference fails a test.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import payloads
from custbridge import (
    AccountingCustomer,
    AddressDto,
    ValidationError,
    _rules,
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
