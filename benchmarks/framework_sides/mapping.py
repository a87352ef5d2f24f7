"""accounting -> tax engine, written once for every peer side, over its own classes.

The same field rules as custbridge's mapping (``accounting_to_response`` with no
report and no existing record): the first set date stands in for a missing
one, a date is midnight UTC and a naive date-time UTC; text is cut to the
engine's limits; a postal code too long is dropped; countries are written as
alpha-2 codes; the tax number is trimmed and classified with the country of
the first address that has one; the first valid contact email is kept.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from framework_sides import rules
from framework_sides.rules import SERVICES, Refused

NAMESPACE = uuid.UUID("6f1d3c3e-7d2b-5c52-9a63-6b8c0e9f4a10")
UTC = dt.timezone.utc


class Target:
    """The classes one side builds: its response, addresses and address."""

    __slots__ = ("addresses", "dto", "response")

    def __init__(self, response: Any, addresses: Any, dto: Any) -> None:
        """Name the side's three classes (each called with keyword arguments)."""
        self.response, self.addresses, self.dto = response, addresses, dto


def _stamp(value: dt.date | None, fallback: dt.date | None) -> dt.datetime:
    if value is None:
        if fallback is None:
            raise Refused("no createdDate and no modifiedDate")
        value = fallback
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _country(country: str | None) -> str | None:
    if country is None:
        return None
    code = SERVICES.country(country)
    if code is not None:
        return code
    return country if len(country) <= rules.COUNTRY_MAX else None


def _dto(a: Any, make: Any) -> Any:
    line1, line2 = a.line1, a.line2
    if line2 is None or line1 is None:
        street = line1 if line2 is None else line2
    else:
        street = f"{line1}, {line2}"
    city, province, postal = a.city, a.province, a.postal_code
    return make(
        street=street if street is None else street[: rules.STREET_MAX],
        city=city if city is None else city[: rules.CITY_MAX],
        county=None,
        state=province if province is None else province[: rules.STATE_MAX],
        zip=postal if postal is None or len(postal) <= rules.ZIP_MAX else None,
        country=_country(a.country),
        is_partial=None,
    )


def _email(c: Any) -> str | None:
    contact = c.contact
    found = [None if contact is None else contact.email] + [
        None if a is None or a.contact is None else a.contact.email
        for a in (c.billing_address, c.shipping_address)
    ]
    for address in found:
        if address is not None:
            valid, normal = SERVICES.email(address)
            if valid:
                return normal
    return None


def _hint(c: Any) -> str | None:
    contact = c.contact
    for a in (
        c.billing_address, c.corporate_address, c.shipping_address,
        None if contact is None else contact.address,
    ):  # fmt: skip
        if a is not None and a.country:
            return a.country  # type: ignore[no-any-return]
    return None


def to_response(
    c: Any, to: Target, *, tenant: uuid.UUID, source: rules.Source, now: dt.datetime
) -> Any:
    """Map customer *c* (any side's object) to *to*'s response."""
    if not 1 <= len(c.id) <= rules.EXTERNAL_ID_MAX:
        raise Refused("id does not fit external_id")
    tax = c.tax_id
    if tax is not None:
        tax = tax.strip()
        tax = tax if tax and len(tax) <= rules.TAX_NUMBER_MAX else None
    label = SERVICES.classify(tax, country=_hint(c)).b2b_or_b2c
    billing, shipping = c.billing_address, c.shipping_address
    if billing is None:
        billing = c.corporate_address
    if billing is None and shipping is None:
        addresses = None
    else:
        addresses = to.addresses(
            billing=None if billing is None else _dto(billing, to.dto),
            shipping=None if shipping is None else _dto(shipping, to.dto),
        )
    active, description = c.active, c.description
    return to.response(
        id=uuid.uuid5(NAMESPACE, f"{tenant}/{source.value}/{c.id}"),
        tenant_id=tenant,
        source=source,
        external_id=c.id,
        name=c.name[: rules.NAME_MAX],
        created_at=now,
        updated_at=now,
        external_created_at=_stamp(c.created_date, c.modified_date),
        external_updated_at=_stamp(c.modified_date, c.created_date),
        addresses=addresses,
        b2b_or_b2c=None if label is None else rules.LABELS[label.value],
        comment=description
        if description is None
        else description[: rules.COMMENT_MAX],
        customer_status=None
        if active is None
        else (rules.Status.ACTIVE if active else rules.Status.INACTIVE),
        customer_type=None,
        email=_email(c),
        tax_number=tax,
    )
