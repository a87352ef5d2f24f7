"""The mapping of dirty accounting data: emails, a lone surrogate, and existing=."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import attrs
import pytest

from custbridge import (
    AccountingAddress,
    AccountingCustomer,
    AddressContact,
    AddressDto,
    CustomerAddresses,
    DataSource,
    MappingError,
    PrimaryContact,
    ValidationError,
    accounting_to_response,
    load_accounting,
    load_response,
    response_to_accounting,
)
from custbridge.mapping import default_id
from payloads import accounting, changed, response

UTC = dt.timezone.utc
TENANT = uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")
LATER = dt.datetime(2024, 6, 1, 12, tzinfo=UTC)
NO_AT = "is not a valid email address: An email address must have an @-sign"


def customer_with(
    contact: str | None = None, billing: str | None = None, shipping: str | None = None
) -> AccountingCustomer:
    """A customer whose three contacts have the given emails."""
    return AccountingCustomer(
        id="C", name="N", created_date=dt.date(2024, 1, 1),
        contact=PrimaryContact(email=contact),
        billing_address=AccountingAddress(contact=AddressContact(email=billing)),
        shipping_address=AccountingAddress(contact=AddressContact(email=shipping)),
    )  # fmt: skip


def mapped(customer: AccountingCustomer, **options: Any) -> Any:
    return accounting_to_response(
        customer, tenant_id=TENANT, source=DataSource.NETSUITE,
        clock=lambda: LATER, **options,
    )  # fmt: skip


def email_items(customer: AccountingCustomer) -> list[str]:
    _, report = mapped(customer, with_report=True)
    return [str(item) for item in report.items if "email" in item.path]


def test_load_keeps_any_contact_email() -> None:
    """The accounting schema types contact emails as strings: any string loads."""
    payload = changed(accounting(), "contact.email", "orders(at)bakery")
    payload = changed(payload, "billingAddress.contact.email", "")
    customer = load_accounting(payload)
    assert customer.contact is not None
    assert customer.billing_address is not None
    assert customer.billing_address.contact is not None
    assert ("orders(at)bakery", "") == (
        customer.contact.email,
        customer.billing_address.contact.email,
    )


def test_response_email_still_has_a_rule() -> None:
    """The tax engine's email keeps its rule."""
    with pytest.raises(ValueError, match="email: is not a valid email address"):
        load_response(changed(response(), "email", "orders(at)bakery"))


@pytest.mark.parametrize(
    ("emails", "chosen", "items"),
    [
        (("orders(at)bakery", "bill@acme.de", None), "bill@acme.de",
         [f'$.contact.email: invalid: {NO_AT} (was: "orders(at)bakery")']),
        (("orders(at)bakery", "", "ship@acme.de"), "ship@acme.de",
         [f'$.contact.email: invalid: {NO_AT} (was: "orders(at)bakery")',
          "$.billingAddress.contact.email: invalid: is not a valid email address:"
          ' An email address must have an @-sign (was: "")']),
        (("a@acme.de", "x", "Ship@Acme.de"), "a@acme.de",
         [f'$.billingAddress.contact.email: invalid: {NO_AT} (was: "x")',
          "$.shippingAddress.contact.email: dropped: an earlier contact's email is"
          ' used (was: "Ship@Acme.de")']),
        (("x", "y", "z"), None,
         [f'$.contact.email: invalid: {NO_AT} (was: "x")',
          f'$.billingAddress.contact.email: invalid: {NO_AT} (was: "y")',
          f'$.shippingAddress.contact.email: invalid: {NO_AT} (was: "z")']),
    ],
    ids=["first invalid", "two invalid", "invalid after the chosen", "none valid"],
)  # fmt: skip
def test_first_valid_email_is_taken(
    emails: tuple[str | None, str | None, str | None],
    chosen: str | None,
    items: list[str],
) -> None:
    """The first valid email is the record's; each invalid one is reported."""
    customer = customer_with(*emails)
    assert chosen == mapped(customer).email
    assert items == email_items(customer)


def test_strict_mapping_refuses_an_invalid_email() -> None:
    """strict=True raises for an invalid email, even when a later one is valid."""
    with pytest.raises(MappingError) as info:
        mapped(customer_with("orders(at)bakery", "bill@acme.de"), strict=True)
    assert f"$.contact.email: {NO_AT} (strict mapping)" == str(info.value)


def test_a_lone_surrogate_is_refused_when_built_and_by_default_id() -> None:
    """load_accounting refuses one; so does construction, and default_id says so."""
    with pytest.raises(ValidationError) as built:
        attrs.evolve(customer_with(), id="C-\ud800")
    assert (
        'id: is not valid Unicode text: it has a lone surrogate (got: "C-\\ud800")'
        == str(built.value)
    )
    with pytest.raises(MappingError) as info:
        default_id(TENANT, DataSource.NETSUITE, "\udfff")
    assert "$.id: is not valid Unicode text: it has a lone surrogate" == str(info.value)


def test_existing_keeps_the_engines_own_address_values() -> None:
    """Response -> accounting -> response with existing= gives the record back."""
    before = load_response(response())
    assert before.addresses is not None
    assert before.addresses.billing is not None
    assert before.addresses.billing.is_partial is False
    back = mapped(response_to_accounting(before), existing=before)
    assert before == back


@pytest.mark.parametrize(
    ("existing", "kept"),
    [
        (AddressDto(city="Berlin", county="Mitte", is_partial=True, extras={"k": 1}),
         AddressDto(city="Berlin", county="Mitte", is_partial=True, extras={"k": 1})),
        (AddressDto(city="Bonn", county="Mitte", is_partial=True),
         AddressDto(city="Berlin")),
    ],
    ids=["unchanged address", "changed address"],
)  # fmt: skip
def test_existing_address_values_stand_while_the_address_is_unchanged(
    existing: AddressDto, kept: AddressDto
) -> None:
    """county, is_partial and unknown keys are kept only for the same address."""
    customer = AccountingCustomer(
        id="C", name="N", created_date=dt.date(2024, 1, 1),
        billing_address=AccountingAddress(city="Berlin"),
    )  # fmt: skip
    first = mapped(customer)
    before = attrs.evolve(first, addresses=CustomerAddresses(billing=existing))
    assert (
        CustomerAddresses(billing=kept) == mapped(customer, existing=before).addresses
    )
