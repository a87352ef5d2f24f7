"""Addresses between the two sides, and countries as ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from custbridge._countries import alpha_2
from custbridge._rules import max_length
from custbridge.accounting import AccountingAddress, AddressContact, CorporateAddress
from custbridge.converters import wire_names
from custbridge.report import Action
from custbridge.response import AddressDto

if TYPE_CHECKING:
    from custbridge.mapping._collector import Collector

STREET_JOIN = ", "
"""Between ``line1`` and ``line2`` in the tax engine's ``street``."""
_LIMITS = {name: max_length(AddressDto, name) for name in ("street", "city", "state")}
_ZIP, _COUNTRY = max_length(AddressDto, "zip"), max_length(AddressDto, "country")
_NO_HOME = "the tax engine's address has no {}"
_TAX_ENGINE = "the tax engine"
ACCOUNTING = "the accounting platform"


def to_dto(
    address: AccountingAddress | CorporateAddress, path: str, out: Collector
) -> AddressDto:
    """Map an accounting address to the tax engine's, reporting what changes."""
    lines = [line for line in (address.line1, address.line2) if line is not None]
    street = STREET_JOIN.join(lines) if lines else None
    if address.line2 is not None:
        why = "written into street after line1"
        out.add(f"{path}.line2", Action.NORMALISED, why, address.line2)
    if out.keep:  # what has no home is only worth naming for a report
        _report_unmapped(address, path, out)
    zip_code = address.postal_code
    if zip_code is not None and len(zip_code) > _ZIP:
        out.add(
            f"{path}.postalCode",
            Action.DROPPED,
            f"longer than {_ZIP} characters",
            zip_code,
        )
        zip_code = None
    return AddressDto(
        street=out.fit(f"{path}.line1", street, _LIMITS["street"]),
        city=out.fit(f"{path}.city", address.city, _LIMITS["city"]),
        state=out.fit(f"{path}.province", address.province, _LIMITS["state"]),
        zip=zip_code,
        country=country_code(address.country, f"{path}.country", out),
    )


def _report_unmapped(
    address: AccountingAddress | CorporateAddress, path: str, out: Collector
) -> None:
    out.drop(f"{path}.id", address.id, _NO_HOME.format("id"))
    out.drop(f"{path}.phone", address.phone, _NO_HOME.format("phone"))
    out.drop_extras(path, address.extras, _TAX_ENGINE)
    contact = address.contact if isinstance(address, AccountingAddress) else None
    if contact is None:
        return
    for name, wire in wire_names(AddressContact).items():
        if wire != "email":  # the email may be the record's; email_of reports it
            value = getattr(contact, name)
            out.drop(f"{path}.contact.{wire}", value, _NO_HOME.format("contact"))
    out.drop_extras(f"{path}.contact", contact.extras, _TAX_ENGINE)


def country_code(country: str | None, path: str, out: Collector) -> str | None:
    """Return *country* as an alpha-2 code, or as given when it is not a country."""
    if country is None:
        return None
    code = alpha_2(country)
    if code is not None:
        if code != country:
            out.add(path, Action.NORMALISED, f"written as its ISO code {code}", country)
        return code
    if len(country) > _COUNTRY:
        out.add(path, Action.DROPPED, "not a country, and too long to keep", country)
        return None
    out.add(
        path, Action.INVALID, "not a country ISO 3166 knows; kept as given", country
    )
    return country


def from_dto(dto: AddressDto, path: str, out: Collector) -> AccountingAddress:
    """Map a tax engine address to an accounting billing or shipping address."""
    out.drop(f"{path}.county", dto.county, "the accounting address has no county")
    out.drop(
        f"{path}.is_partial", dto.is_partial, "the accounting address has no such flag"
    )
    out.drop_extras(path, dto.extras, ACCOUNTING)
    return AccountingAddress(
        line1=dto.street,
        city=dto.city,
        province=dto.state,
        postal_code=dto.zip,
        country=dto.country,
    )
