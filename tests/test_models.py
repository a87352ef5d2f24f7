"""Models built in Python keep the same rules as loaded ones."""

from __future__ import annotations

import datetime as dt
import pickle
import uuid
from decimal import Decimal
from typing import Any

import attrs
import pytest

from custbridge import (
    AccountingCustomer,
    AddressDto,
    CustomerAddresses,
    CustomerResponse,
    DataSource,
    PrimaryContact,
    ValidationError,
)

UTC = dt.timezone.utc
STAMP = dt.datetime(2024, 1, 1, tzinfo=UTC)


def response(**changes: Any) -> CustomerResponse:
    fields: dict[str, Any] = {
        "id": uuid.UUID(int=1),
        "tenant_id": uuid.UUID(int=2),
        "source": DataSource.QUICKBOOKS,
        "external_id": "C-1",
        "name": "Acme",
        "created_at": STAMP,
        "updated_at": STAMP,
        "external_created_at": STAMP,
        "external_updated_at": STAMP,
    }
    return CustomerResponse(**(fields | changes))


BAD = [
    ("money float", lambda: AccountingCustomer(id="C", name="N", credit_limit=1.5),
     "credit_limit: must be a Decimal (got: 1.5)"),
    ("money NaN", lambda: AccountingCustomer(id="C", name="N", credit_limit=Decimal("NaN")),
     'credit_limit: must be a finite number (got: "Decimal(\'NaN\')")'),
    ("money too precise",
     lambda: AccountingCustomer(id="C", name="N", total_paid_amount=Decimal("1.0000000000000001")),
     "total_paid_amount: must be a number that a JSON reader holds exactly (at most 15"
     " significant digits) (got: \"Decimal('1.0000000000000001')\")"),
    ("money subnormal",
     lambda: AccountingCustomer(id="C", name="N", credit_limit=Decimal("1.23456789012345E-320")),
     "credit_limit: must be a number that a JSON reader holds exactly (at most 15"
     " significant digits) (got: \"Decimal('1.23456789012345E-320')\")"),
    ("date text", lambda: AccountingCustomer(id="C", name="N", end_date="2024-01-01"),
     'end_date: must be a date or a datetime (got: "2024-01-01")'),
    ("seconds offset",
     lambda: AccountingCustomer(
         id="C", name="N",
         end_date=dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=30))),
     ),
     "end_date: must have a UTC offset of whole minutes (±HH:MM)"
     ' (got: "datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timez…")'),
    ("email type", lambda: PrimaryContact(email=5),
     "email: must be a string (got: 5)"),
    ("extras not a dict", lambda: AddressDto(extras=[1]),
     "extras: must be a dict (got: [1])"),
    ("extras NaN", lambda: AddressDto(extras={"a": {"b": [float("nan")]}}),
     "extras.a.b[0]: must be a finite number (NaN and Infinity are not JSON) (got: NaN)"),
    ("extras key", lambda: AddressDto(extras={"a": {2: 1}}),
     "extras.a: has a key that is not a string (got: 2)"),
    ("zip long", lambda: AddressDto(zip="1" * 21),
     f'zip: must be at most 20 characters long (it has 21) (got: "{"1" * 21}")'),
    ("naive timestamp", lambda: response(created_at=dt.datetime(2024, 1, 1)),
     "created_at: must carry a UTC offset (Z or ±HH:MM)"
     ' (got: "datetime.datetime(2024, 1, 1, 0, 0)")'),
    ("date timestamp", lambda: response(updated_at=dt.date(2024, 1, 1)),
     'updated_at: must be a datetime (got: "datetime.date(2024, 1, 1)")'),
    ("empty external id", lambda: response(external_id=""),
     'external_id: must not be empty (got: "")'),
    ("name type", lambda: response(name=5),
     "name: must be a string (got: 5)"),
    ("email type", lambda: response(email=5),
     "email: must be a string (got: 5)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("build", "expected"), [c[1:] for c in BAD], ids=[c[0] for c in BAD]
)
def test_construction_checks_rules(build: Any, expected: str) -> None:
    """Building a model with a value that breaks a rule raises ValidationError."""
    with pytest.raises(ValidationError) as info:
        build()
    assert expected == str(info.value)


def test_models_are_frozen_and_hashable() -> None:
    """Models cannot be changed in place and can be hashed and used in sets."""
    customer = AccountingCustomer(id="C", name="N", extras={"x": [1]})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        customer.name = "M"  # type: ignore[misc]
    assert len({customer, AccountingCustomer(id="C", name="N", extras={"x": [1]})}) == 1


def test_response_models_with_extras_are_hashable() -> None:
    """The tax engine's models hash with extras too: extras are not hashed."""
    records = [
        response(extras={"x": [1]}, addresses=CustomerAddresses(extras={"y": {}})),
        AddressDto(city="Berlin", extras={"x": [1]}),
    ]
    assert [1, 1] == [len({r, attrs.evolve(r)}) for r in records]


@pytest.mark.parametrize(
    "cls",
    [
        AccountingCustomer,
        AddressDto,
        CustomerAddresses,
        CustomerResponse,
        PrimaryContact,
    ],
)
def test_models_take_keyword_arguments_only(cls: type) -> None:
    """No model takes a positional argument, so fields can be added in any order."""
    with pytest.raises(TypeError, match="takes 1 positional argument but 2 were given"):
        cls({})


@pytest.mark.parametrize(
    "value",
    [AccountingCustomer(id="C", name="N", credit_limit=Decimal("1.5")), response()],
)
def test_models_pickle(value: object) -> None:
    """Models survive pickling, so they cross process boundaries."""
    assert value == pickle.loads(pickle.dumps(value))  # noqa: S301 - our own data


def test_extras_are_copied() -> None:
    """A model keeps its own copy of the extras it was given."""
    given: dict[str, Any] = {"x": [1]}
    dto = AddressDto(extras=given)
    given["x"].append(2)
    assert {"x": [1]} == dto.extras


@pytest.mark.parametrize("email", ["orders(at)bakery", "", "anna@acme.de"])
def test_accounting_emails_are_any_text(email: str) -> None:
    """The accounting schema types contact emails as strings; the mapping checks them."""
    assert email == PrimaryContact(email=email).email
