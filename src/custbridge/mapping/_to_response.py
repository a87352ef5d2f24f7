"""Helpers of accounting_to_response: one function per field or group of fields."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from custbridge._rules import RuleError, length_limits, max_length, normalized_email
from custbridge.converters import wire_names
from custbridge.exceptions import MappingError
from custbridge.mapping._addresses import to_dto
from custbridge.mapping._field_table import TO_RESPONSE
from custbridge.report import Action
from custbridge.response import (
    AddressDto,
    CustomerAddresses,
    CustomerResponse,
    CustomerStatus,
    CustomerType,
    DataSource,
)
from custbridge.tax import TaxNumberCheck, classify_tax_number

if TYPE_CHECKING:
    import uuid
    from collections.abc import Callable, Iterator

    from custbridge.accounting import AccountingCustomer
    from custbridge.mapping._collector import Collector

# Accounting fields the tax engine has no place for, by wire name: the field
# table's rows without a destination, at the top level and in the contact.
_DROPPED = frozenset(
    source for source, target, _ in TO_RESPONSE
    if target is None and "." not in source and source != "contact"
)  # fmt: skip
_CONTACT_DROPPED = frozenset(
    source.removeprefix("contact.") for source, target, _ in TO_RESPONSE
    if target is None and source.count(".") == 1 and source.startswith("contact.")
)  # fmt: skip
_EXTERNAL_ID = length_limits(CustomerResponse, "external_id")
_NAME = max_length(CustomerResponse, "name")
_COMMENT = max_length(CustomerResponse, "comment")
_TAX_NUMBER = max_length(CustomerResponse, "tax_number")


def _fields(obj: object, wires: frozenset[str]) -> Iterator[tuple[str, object]]:
    """Yield (wire name, value) of *obj*'s fields named in *wires*, in field order."""
    kind: type = type(obj)  # mypy: a class object, not an attrs instance, is hashed
    for name, wire in wire_names(kind).items():
        if wire in wires:
            yield wire, getattr(obj, name)


def customer_type_of(
    given: CustomerType | None, existing: CustomerResponse | None
) -> CustomerType | None:
    if given is None and existing is not None:
        return existing.customer_type
    return given


def stamp(
    value: dt.date | None,
    fallback: dt.date | None,
    name: str,
    other: str,
    out: Collector,
) -> dt.datetime:
    if value is None:
        if fallback is None:
            raise MappingError(
                f"$.{name}", f"is missing, and so is {other}: no timestamp to map"
            )
        out.add(f"$.{name}", Action.DEFAULTED, f"missing; {other} used instead")
        value = fallback
    if not isinstance(value, dt.datetime):
        out.add(
            f"$.{name}",
            Action.NORMALISED,
            "a date, taken as midnight UTC",
            value.isoformat(),
        )
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    if value.tzinfo is None:
        out.add(
            f"$.{name}", Action.NORMALISED, "no offset, taken as UTC", value.isoformat()
        )
        return value.replace(tzinfo=dt.timezone.utc)
    return value


def tax_number_of(tax_id: str | None, out: Collector) -> str | None:
    if tax_id is None:
        return None
    trimmed = tax_id.strip()
    if trimmed != tax_id:
        out.add("$.taxId", Action.NORMALISED, "surrounding spaces removed", tax_id)
    if len(trimmed) > _TAX_NUMBER:
        why = f"longer than {_TAX_NUMBER} characters"
        out.add("$.taxId", Action.DROPPED, why, tax_id)
        return None
    return trimmed or None


def country_hint(customer: AccountingCustomer) -> str | None:
    contact = customer.contact
    for address in (
        customer.billing_address, customer.corporate_address, customer.shipping_address,
        None if contact is None else contact.address,
    ):  # fmt: skip
        if address is not None and address.country:
            return address.country
    return None


def addresses(customer: AccountingCustomer, out: Collector) -> CustomerAddresses | None:
    billing, shipping = customer.billing_address, customer.shipping_address
    corporate = customer.corporate_address
    billing_dto = None
    if billing is not None:
        billing_dto = to_dto(billing, "$.billingAddress", out)
        out.drop("$.corporateAddress", corporate, "billingAddress is used instead")
    elif corporate is not None:
        billing_dto = to_dto(corporate, "$.corporateAddress", out)
    shipping_dto = (
        None if shipping is None else to_dto(shipping, "$.shippingAddress", out)
    )
    if billing_dto is None and shipping_dto is None:
        return None
    return CustomerAddresses(billing=billing_dto, shipping=shipping_dto)


def kept_addresses(
    mapped: CustomerAddresses | None, existing: CustomerResponse | None
) -> CustomerAddresses | None:
    """Keep the engine's own address values while an address is otherwise unchanged.

    The accounting side has no place for ``county``, ``is_partial`` or unknown
    keys, so a mapped address never has them; the existing one's stand while
    its street, city, state, zip and country are what was mapped.
    """
    before = None if existing is None else existing.addresses
    if mapped is None or before is None:
        return mapped
    billing = _kept(mapped.billing, before.billing)
    shipping = _kept(mapped.shipping, before.shipping)
    return CustomerAddresses(billing=billing, shipping=shipping, extras=before.extras)


def _kept(mapped: AddressDto | None, before: AddressDto | None) -> AddressDto | None:
    if mapped is None or before is None:
        return mapped
    own = attrs.evolve(before, county=None, is_partial=None, extras={})
    return before if own == mapped else mapped


def status_of(
    active: bool | None,  # noqa: FBT001 - the accounting side's flag, passed on
    existing: CustomerResponse | None,
) -> CustomerStatus | None:
    before = None if existing is None else existing.customer_status
    if active is None:
        return before
    if active:
        return CustomerStatus.ACTIVE
    if before is CustomerStatus.SUSPENDED:  # the accounting side cannot say so
        return before
    return CustomerStatus.INACTIVE


def email_of(customer: AccountingCustomer, out: Collector) -> str | None:
    """Return the first valid email of the contact, billing and shipping contacts.

    The accounting platform holds any text there; each one email-validator
    refuses is reported as invalid, each valid one after the first as dropped.
    Without a report and not strict, the ones after the first valid one are not
    checked: nothing would be said of them.
    """
    contact = customer.contact
    sources = [("$.contact.email", None if contact is None else contact.email)]
    for path, address in (
        ("$.billingAddress", customer.billing_address),
        ("$.shippingAddress", customer.shipping_address),
    ):
        contact_email = (
            None
            if address is None or address.contact is None
            else address.contact.email
        )
        sources.append((f"{path}.contact.email", contact_email))
    chosen = None
    for path, email in sources:
        if email is None:
            continue
        try:
            normalized = normalized_email(email)
        except RuleError as error:
            out.add(path, Action.INVALID, error.message, email)
            continue
        if chosen is not None:
            out.drop(path, email, "an earlier contact's email is used")
            continue
        if normalized != email:
            out.add(
                path,
                Action.NORMALISED,
                "written as email-validator normalises it",
                email,
            )
        chosen = normalized
        if not (out.keep or out.strict):
            break  # the others matter only to a report or a strict mapping
    return chosen


def drop_unmapped(customer: AccountingCustomer, out: Collector) -> None:
    """Report every value that has no home on the tax engine side."""
    if not out.keep:  # only worth naming for a report
        return
    for wire, value in _fields(customer, _DROPPED):
        out.drop(f"$.{wire}", value, "the tax engine has no such field")
    contact = customer.contact
    if contact is not None:
        for wire, value in _fields(contact, _CONTACT_DROPPED):
            out.drop(f"$.contact.{wire}", value, "the tax engine keeps no contact")
        out.drop_extras("$.contact", contact.extras, "the tax engine")
    out.drop_extras("$", customer.extras, "the tax engine")


def map_customer(
    customer: AccountingCustomer,
    out: Collector,
    *,
    tenant_id: uuid.UUID,
    source: DataSource,
    customer_type: CustomerType | None,
    existing: CustomerResponse | None,
    clock: Callable[[], dt.datetime],
    id_factory: Callable[[uuid.UUID, DataSource, str], uuid.UUID],
) -> tuple[CustomerResponse, TaxNumberCheck]:
    """Map *customer*, telling *out* what is not carried over unchanged."""
    low, high = _EXTERNAL_ID
    if not low <= len(customer.id) <= high:
        raise MappingError(
            "$.id", f"must be {low} to {high} characters to be an external_id"
        )
    created = stamp(
        customer.created_date,
        customer.modified_date,
        "createdDate",
        "modifiedDate",
        out,
    )
    updated = stamp(
        customer.modified_date,
        customer.created_date,
        "modifiedDate",
        "createdDate",
        out,
    )
    tax_number = tax_number_of(customer.tax_id, out)
    check = classify_tax_number(tax_number, country=country_hint(customer))
    if check.reason == "invalid" and tax_number is not None:
        out.add("$.taxId", Action.INVALID, check.explanation, customer.tax_id)
    kept = existing is not None and existing.tax_number == tax_number
    now = clock()
    response = CustomerResponse(
        id=existing.id if existing else id_factory(tenant_id, source, customer.id),
        tenant_id=tenant_id,
        source=source,
        external_id=customer.id,
        name=out.fit("$.name", customer.name, _NAME),
        created_at=existing.created_at if existing else now,
        updated_at=now,
        external_created_at=created,
        external_updated_at=updated,
        addresses=kept_addresses(addresses(customer, out), existing),
        # The engine's own label stands while the number it judged stands.
        b2b_or_b2c=existing.b2b_or_b2c if existing and kept else check.b2b_or_b2c,
        comment=out.fit("$.description", customer.description, _COMMENT),
        customer_status=status_of(customer.active, existing),
        customer_type=customer_type_of(customer_type, existing),
        email=email_of(customer, out),
        tax_number=tax_number,
        extras=existing.extras if existing else {},
    )
    drop_unmapped(customer, out)
    if existing is not None:
        unchanged = attrs.evolve(response, updated_at=existing.updated_at)
        if unchanged == existing:
            response = unchanged
    return response, check
