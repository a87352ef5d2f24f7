"""load_*(drop_invalid=True, with_report=True): dirty records are salvaged."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import pytest

from custbridge import (
    AccountingCustomer,
    Action,
    CustomerResponse,
    MappingReport,
    ReportItem,
    ValidationError,
    load_accounting,
    load_response,
)
from payloads import accounting, changed, response

DATE_RULE = (
    "must be a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM:SS,"
    " then optional .ffffff, then optional Z or ±HH:MM)"
)
STATUSES = '"active", "inactive", "suspended"'


def salvaged(load: Any, payload: Any, **options: Any) -> tuple[Any, list[str]]:
    """Load with drop_invalid and a report; return the object and the items."""
    obj, report = load(payload, drop_invalid=True, with_report=True, **options)
    return obj, [str(item) for item in report.items]


@pytest.mark.parametrize(
    ("path", "value", "attribute", "item"),
    [
        ("creditLimit", "n/a", "credit_limit",
         '$.creditLimit: invalid: must be a number or a numeric string (was: "n/a")'),
        ("endDate", "2024-13-01", "end_date",
         f'$.endDate: invalid: {DATE_RULE} (was: "2024-13-01")'),
        ("active", "yes", "active",
         '$.active: invalid: must be true or false (was: "yes")'),
        ("contact", "Anna", "contact",
         '$.contact: invalid: must be an object (was: "Anna")'),
        ("taxId", "DE\ud800", "tax_id",
         "$.taxId: invalid: is not valid Unicode text: it has a lone surrogate"
         ' (was: "DE\\ud800")'),
    ],
)  # fmt: skip
def test_an_invalid_optional_value_becomes_none(
    path: str, value: Any, attribute: str, item: str
) -> None:
    """The value is dropped and reported; the rest of the record loads."""
    customer, items = salvaged(load_accounting, changed(accounting(), path, value))
    expected = load_accounting(changed(accounting(), path, None))
    assert (expected, [item]) == (customer, items)
    assert getattr(customer, attribute) is None


def test_report_items_carry_path_action_rule_and_value() -> None:
    """Each item is a ReportItem with Action.INVALID, the rule and the value."""
    _, report = load_accounting(
        changed(accounting(), "creditLimit", "x" * 100),
        drop_invalid=True,
        with_report=True,
    )
    expected = ReportItem(
        "$.creditLimit",
        Action.INVALID,
        "must be a number or a numeric string",
        '"' + "x" * 57 + '…"',
    )
    assert MappingReport((expected,)) == report


def test_nested_values_are_dropped_where_they_are() -> None:
    """A bad value inside an address drops that value, not the address."""
    payload = changed(accounting(), "billingAddress.postalCode", 10117)
    payload = changed(payload, "contact.address.country", ["DE"])
    payload = changed(payload, "totalPaidAmount", "1E999999999")
    customer, items = salvaged(load_accounting, payload)
    assert [
        "$.totalPaidAmount: invalid: must be between -10^15 and 10^15"
        ' (was: "1E999999999")',
        '$.contact.address.country: invalid: must be a string (was: ["DE"])',
        "$.billingAddress.postalCode: invalid: must be a string (was: 10117)",
    ] == items
    assert customer.billing_address is not None
    assert (None, "Berlin") == (
        customer.billing_address.postal_code,
        customer.billing_address.city,
    )
    assert customer.total_paid_amount is None


def test_the_payload_is_not_changed() -> None:
    """Salvage works on a copy."""
    payload = changed(accounting(), "billingAddress.postalCode", 10117)
    salvaged(load_accounting, payload)
    assert changed(accounting(), "billingAddress.postalCode", 10117) == payload


def test_an_alias_is_dropped_under_its_own_key() -> None:
    """isubsidiary, the schema's other spelling, is salvaged like subsidiary."""
    payload = changed(changed(accounting(), "subsidiary"), "isubsidiary", 5)
    customer, items = salvaged(load_accounting, payload)
    assert customer.subsidiary is None
    assert ["$.subsidiary: invalid: must be an object (was: 5)"] == items


def test_a_dirty_email_is_simply_kept() -> None:
    """Accounting emails are strings: nothing to salvage."""
    payload = changed(accounting(), "contact.email", "orders(at)bakery")
    customer, items = salvaged(load_accounting, payload)
    assert customer.contact is not None
    assert ("orders(at)bakery", []) == (customer.contact.email, items)


@pytest.mark.parametrize(
    ("path", "value", "item"),
    [
        ("customer_status", "deleted",
         f'$.customer_status: invalid: must be one of {STATUSES} (was: "deleted")'),
        ("email", "anna", "$.email: invalid: is not a valid email address: An email"
         ' address must have an @-sign (was: "anna")'),
        ("comment", "c" * 201, "$.comment: invalid: must be at most 200 characters"
         ' long (it has 201) (was: "' + "c" * 57 + '…")'),
        ("addresses.billing.is_partial", "no",
         '$.addresses.billing.is_partial: invalid: must be true or false (was: "no")'),
    ],
)  # fmt: skip
def test_response_values_are_salvaged(path: str, value: Any, item: str) -> None:
    """An unknown enum value, a bad email or a too long text becomes None."""
    record, items = salvaged(load_response, changed(response(), path, value))
    assert (load_response(changed(response(), path, None)), [item]) == (record, items)


def test_a_bad_required_value_still_fails_with_every_problem() -> None:
    """The record fails; the error lists the optional field's problem too."""
    payload = changed(changed(accounting(), "id", 5), "creditLimit", "n/a")
    with pytest.raises(ValidationError) as info:
        load_accounting(payload, drop_invalid=True)
    assert (
        "$.id: must be a string (got: 5)\n"
        '$.creditLimit: must be a number or a numeric string (got: "n/a")'
    ) == str(info.value)


@pytest.mark.parametrize(
    ("load", "payload", "options", "expected"),
    [
        (load_accounting, changed(changed(accounting(), "x", 1), "endDate", "no"),
         {"forbid_extra": True},
         f'$.endDate: {DATE_RULE} (got: "no")\n'
         "$.x: is not a known field (loaded with forbid_extra=True) (got: 1)"),
        (load_response, changed(response(), "tenant_id"), {}, "$.tenant_id: is required"),
        (load_accounting, changed(changed(accounting(), "score", float("nan")), "endDate", "no"),
         {},
         f'$.endDate: {DATE_RULE} (got: "no")\n'
         "$.score: must be a finite number (NaN and Infinity are not JSON) (got: NaN)"),
        (load_accounting, changed(accounting(), "billingAddress", {"city": 1, 2: 3}), {},
         "$.billingAddress.city: must be a string (got: 1)\n"
         "$.billingAddress: has a key that is not a string (got: 2)"),
    ],
    ids=["unknown key", "required missing", "bad unknown value", "key not a string"],
)  # fmt: skip
def test_problems_that_are_no_optional_value_are_not_salvaged(
    load: Any, payload: dict[str, Any], options: dict[str, Any], expected: str
) -> None:
    """Unknown keys, missing fields and bad extras fail the record as before."""
    with pytest.raises(ValidationError) as info:
        load(payload, drop_invalid=True, **options)
    assert expected == str(info.value)


def test_without_drop_invalid_nothing_changes() -> None:
    """The default refuses the record, as before."""
    with pytest.raises(ValidationError) as info:
        load_accounting(changed(accounting(), "creditLimit", "n/a"), with_report=True)
    assert '$.creditLimit: must be a number or a numeric string (got: "n/a")' == str(
        info.value
    )


@pytest.mark.parametrize("drop_invalid", [False, True])
def test_a_clean_record_has_an_empty_report(drop_invalid: bool) -> None:
    """with_report=True on a valid payload gives the object and no items."""
    customer, report = load_accounting(
        accounting(), drop_invalid=drop_invalid, with_report=True
    )
    assert (load_accounting(accounting()), MappingReport()) == (customer, report)
    record, report = load_response(response(), with_report=True)
    assert (load_response(response()), MappingReport()) == (record, report)


class Uncopyable(Mapping[str, Any]):
    """A mapping that reads but cannot be copied with dict()."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def keys(self) -> Any:  # dict() asks for it; the loaders do not need it
        raise RuntimeError


def test_a_mapping_that_cannot_be_copied_is_refused() -> None:
    """Salvage needs a copy; without one the record fails as without salvage."""
    payload = Uncopyable(changed(accounting(), "creditLimit", "n/a"))
    with pytest.raises(ValidationError) as info:
        load_accounting(payload, drop_invalid=True)
    assert '$.creditLimit: must be a number or a numeric string (got: "n/a")' == str(
        info.value
    )
    assert Decimal("15000.5") == load_accounting(Uncopyable(accounting())).credit_limit


def test_loaded_types() -> None:
    """The loaders return the model, or the model and a report."""
    assert isinstance(load_accounting(accounting()), AccountingCustomer)
    assert isinstance(load_response(response(), with_report=True)[0], CustomerResponse)
