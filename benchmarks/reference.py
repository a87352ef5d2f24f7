"""A hand-written, plain-Python loader and dumper: the reference the converters race.

It does the checks the library does on valid input (types, formats, money, dates,
UUIDs, enums, emails through the models' validators, unknown keys kept) and builds
the same frozen objects, but stops at the first problem instead of collecting all.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from decimal import Decimal
from typing import Any

from custbridge import (
    AccountingAddress,
    AccountingCustomer,
    AddressContact,
    AddressDto,
    B2bOrB2c,
    ContactAddress,
    CorporateAddress,
    CustomerAddresses,
    CustomerResponse,
    CustomerStatus,
    CustomerType,
    DataSource,
    PaymentTerms,
    PrimaryContact,
    RelatedCompany,
)

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)


class RefError(ValueError):
    """The reference's only error."""


def _str(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    raise RefError(v)


def _bool(v: Any) -> bool | None:
    if v is None or v is True or v is False:
        return v
    raise RefError(v)


def _money(v: Any) -> Decimal | None:
    if v is None:
        return None
    t = type(v)
    if t is int:
        return Decimal(v)
    if t is float:
        return Decimal(repr(v))
    if t is str and _NUMBER.fullmatch(v):
        return Decimal(v)
    raise RefError(v)


def _date(v: Any) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, str):
        if _DATE.fullmatch(v):
            return dt.date.fromisoformat(v)
        if _STAMP.fullmatch(v):
            return dt.datetime.fromisoformat(v)
    raise RefError(v)


def _stamp(v: Any) -> dt.datetime:
    if isinstance(v, str) and _STAMP.fullmatch(v) and v[-1] != v[-7:-6]:
        result = dt.datetime.fromisoformat(v)
        if result.tzinfo is not None:
            return result
    raise RefError(v)


def _uuid(v: Any) -> uuid.UUID:
    if isinstance(v, str) and _UUID.fullmatch(v):
        return uuid.UUID(v)
    raise RefError(v)


def _extras(d: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    unknown = d.keys() - known
    return {k: d[k] for k in d if k in unknown} if unknown else {}


def _obj(v: Any) -> dict[str, Any] | None:
    if v is None or isinstance(v, dict):
        return v
    raise RefError(v)


_CORP = frozenset(
    ["id", "line1", "line2", "city", "province", "postalCode", "country", "phone"]
)
_CADDR = frozenset(["line1", "line2", "city", "province", "postalCode", "country"])
_CONTACT = frozenset(
    [
        "salutation",
        "firstName",
        "middleName",
        "lastName",
        "email",
        "phone",
        "mobile",
        "fax",
        "address",
    ]
)
_ACONTACT = frozenset(["firstName", "middleName", "lastName", "email"])
_ADDR = _CORP | {"contact"}
_REF = frozenset(("id", "name"))
_CUSTOMER = frozenset(
    [
        "id",
        "name",
        "externalId",
        "active",
        "currency",
        "creditLimit",
        "description",
        "webSite",
        "totalOutstandingAmount",
        "totalPaidAmount",
        "account",
        "createdDate",
        "modifiedDate",
        "endDate",
        "language",
        "priceLevel",
        "taxCode",
        "taxId",
        "corporateAddress",
        "contact",
        "billingAddress",
        "shippingAddress",
        "paymentTerms",
        "parent",
        "subsidiary",
    ]
)


def _corporate(v: Any) -> CorporateAddress | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return CorporateAddress(
        id=_str(g("id")),
        line1=_str(g("line1")),
        line2=_str(g("line2")),
        city=_str(g("city")),
        province=_str(g("province")),
        postal_code=_str(g("postalCode")),
        country=_str(g("country")),
        phone=_str(g("phone")),
        extras=_extras(d, _CORP),
    )


def _contact_address(v: Any) -> ContactAddress | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return ContactAddress(
        line1=_str(g("line1")),
        line2=_str(g("line2")),
        city=_str(g("city")),
        province=_str(g("province")),
        postal_code=_str(g("postalCode")),
        country=_str(g("country")),
        extras=_extras(d, _CADDR),
    )


def _contact(v: Any) -> PrimaryContact | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return PrimaryContact(
        salutation=_str(g("salutation")),
        first_name=_str(g("firstName")),
        middle_name=_str(g("middleName")),
        last_name=_str(g("lastName")),
        email=_str(g("email")),
        phone=_str(g("phone")),
        mobile=_str(g("mobile")),
        fax=_str(g("fax")),
        address=_contact_address(g("address")),
        extras=_extras(d, _CONTACT),
    )


def _address_contact(v: Any) -> AddressContact | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return AddressContact(
        first_name=_str(g("firstName")),
        middle_name=_str(g("middleName")),
        last_name=_str(g("lastName")),
        email=_str(g("email")),
        extras=_extras(d, _ACONTACT),
    )


def _address(v: Any) -> AccountingAddress | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return AccountingAddress(
        id=_str(g("id")),
        line1=_str(g("line1")),
        line2=_str(g("line2")),
        city=_str(g("city")),
        province=_str(g("province")),
        postal_code=_str(g("postalCode")),
        country=_str(g("country")),
        phone=_str(g("phone")),
        contact=_address_contact(g("contact")),
        extras=_extras(d, _ADDR),
    )


def _terms(v: Any) -> PaymentTerms | None:
    d = _obj(v)
    if d is None:
        return None
    return PaymentTerms(
        id=_str(d.get("id")), name=_str(d.get("name")), extras=_extras(d, _REF)
    )


def _company(v: Any) -> RelatedCompany | None:
    d = _obj(v)
    if d is None:
        return None
    return RelatedCompany(
        id=_str(d.get("id")), name=_str(d.get("name")), extras=_extras(d, _REF)
    )


def load_accounting(d: Any) -> AccountingCustomer:
    """Load an accounting customer from a dict."""
    if not isinstance(d, dict) or not isinstance(d["id"], str):
        raise RefError(d)
    if not isinstance(d["name"], str):
        raise RefError(d)
    g = d.get
    return AccountingCustomer(
        id=d["id"],
        name=d["name"],
        external_id=_str(g("externalId")),
        active=_bool(g("active")),
        currency=_str(g("currency")),
        credit_limit=_money(g("creditLimit")),
        description=_str(g("description")),
        web_site=_str(g("webSite")),
        total_outstanding_amount=_money(g("totalOutstandingAmount")),
        total_paid_amount=_money(g("totalPaidAmount")),
        account=_str(g("account")),
        created_date=_date(g("createdDate")),
        modified_date=_date(g("modifiedDate")),
        end_date=_date(g("endDate")),
        language=_str(g("language")),
        price_level=_str(g("priceLevel")),
        tax_code=_str(g("taxCode")),
        tax_id=_str(g("taxId")),
        corporate_address=_corporate(g("corporateAddress")),
        contact=_contact(g("contact")),
        billing_address=_address(g("billingAddress")),
        shipping_address=_address(g("shippingAddress")),
        payment_terms=_terms(g("paymentTerms")),
        parent=_company(g("parent")),
        subsidiary=_company(g("subsidiary")),
        extras=_extras(d, _CUSTOMER),
    )


def _money_out(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v.as_tuple().exponent >= 0 else float(v)  # type: ignore[operator]


def _date_out(v: dt.date | None) -> str | None:
    if v is None:
        return None
    if not isinstance(v, dt.datetime):
        return v.isoformat()
    us = v.microsecond
    spec = "seconds" if not us else "microseconds" if us % 1000 else "milliseconds"
    text = v.isoformat(timespec=spec)
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _with_extras(out: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    if extras:
        out.update(extras)
    return out


def _dump_corporate(a: CorporateAddress | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return _with_extras(
        {
            "id": a.id,
            "line1": a.line1,
            "line2": a.line2,
            "city": a.city,
            "province": a.province,
            "postalCode": a.postal_code,
            "country": a.country,
            "phone": a.phone,
        },
        a.extras,
    )


def _dump_contact(c: PrimaryContact | None) -> dict[str, Any] | None:
    if c is None:
        return None
    a = c.address
    address = (
        None
        if a is None
        else _with_extras(
            {
                "line1": a.line1,
                "line2": a.line2,
                "city": a.city,
                "province": a.province,
                "postalCode": a.postal_code,
                "country": a.country,
            },
            a.extras,
        )
    )
    return _with_extras(
        {
            "salutation": c.salutation,
            "firstName": c.first_name,
            "middleName": c.middle_name,
            "lastName": c.last_name,
            "email": c.email,
            "phone": c.phone,
            "mobile": c.mobile,
            "fax": c.fax,
            "address": address,
        },
        c.extras,
    )


def _dump_address(a: AccountingAddress | None) -> dict[str, Any] | None:
    if a is None:
        return None
    c = a.contact
    contact = (
        None
        if c is None
        else _with_extras(
            {
                "firstName": c.first_name,
                "middleName": c.middle_name,
                "lastName": c.last_name,
                "email": c.email,
            },
            c.extras,
        )
    )
    return _with_extras(
        {
            "id": a.id,
            "line1": a.line1,
            "line2": a.line2,
            "city": a.city,
            "province": a.province,
            "postalCode": a.postal_code,
            "country": a.country,
            "phone": a.phone,
            "contact": contact,
        },
        a.extras,
    )


def _dump_ref(r: PaymentTerms | RelatedCompany | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return _with_extras({"id": r.id, "name": r.name}, r.extras)


def dump_accounting(c: AccountingCustomer) -> dict[str, Any]:
    """Dump an accounting customer to a dict."""
    return _with_extras(
        {
            "id": c.id,
            "name": c.name,
            "externalId": c.external_id,
            "active": c.active,
            "currency": c.currency,
            "creditLimit": _money_out(c.credit_limit),
            "description": c.description,
            "webSite": c.web_site,
            "totalOutstandingAmount": _money_out(c.total_outstanding_amount),
            "totalPaidAmount": _money_out(c.total_paid_amount),
            "account": c.account,
            "createdDate": _date_out(c.created_date),
            "modifiedDate": _date_out(c.modified_date),
            "endDate": _date_out(c.end_date),
            "language": c.language,
            "priceLevel": c.price_level,
            "taxCode": c.tax_code,
            "taxId": c.tax_id,
            "corporateAddress": _dump_corporate(c.corporate_address),
            "contact": _dump_contact(c.contact),
            "billingAddress": _dump_address(c.billing_address),
            "shippingAddress": _dump_address(c.shipping_address),
            "paymentTerms": _dump_ref(c.payment_terms),
            "parent": _dump_ref(c.parent),
            "subsidiary": _dump_ref(c.subsidiary),
        },
        c.extras,
    )


_DTO = frozenset(["street", "city", "county", "state", "zip", "country", "is_partial"])
_ADDRESSES = frozenset(("billing", "shipping"))
_RESPONSE = frozenset(
    [
        "id",
        "tenant_id",
        "source",
        "external_id",
        "name",
        "created_at",
        "updated_at",
        "external_created_at",
        "external_updated_at",
        "addresses",
        "b2b_or_b2c",
        "comment",
        "customer_status",
        "customer_type",
        "email",
        "tax_number",
    ]
)
_SOURCES = {m.value: m for m in DataSource}
_STATUSES = {m.value: m for m in CustomerStatus}
_TYPES = {m.value: m for m in CustomerType}
_LABELS = {m.value: m for m in B2bOrB2c}


def _enum(table: dict[str, Any], v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str) and v in table:
        return table[v]
    raise RefError(v)


def _dto(v: Any) -> AddressDto | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return AddressDto(
        street=_str(g("street")),
        city=_str(g("city")),
        county=_str(g("county")),
        state=_str(g("state")),
        zip=_str(g("zip")),
        country=_str(g("country")),
        is_partial=_bool(g("is_partial")),
        extras=_extras(d, _DTO),
    )


def load_response(d: Any) -> CustomerResponse:
    """Load a tax engine record from a dict."""
    if not isinstance(d, dict):
        raise RefError(d)
    g = d.get
    a = _obj(g("addresses"))
    addresses = (
        None
        if a is None
        else CustomerAddresses(
            billing=_dto(a.get("billing")),
            shipping=_dto(a.get("shipping")),
            extras=_extras(a, _ADDRESSES),
        )
    )
    if not isinstance(d["external_id"], str) or not isinstance(d["name"], str):
        raise RefError(d)
    return CustomerResponse(
        id=_uuid(d["id"]),
        tenant_id=_uuid(d["tenant_id"]),
        source=_enum(_SOURCES, d["source"]),
        external_id=d["external_id"],
        name=d["name"],
        created_at=_stamp(d["created_at"]),
        updated_at=_stamp(d["updated_at"]),
        external_created_at=_stamp(d["external_created_at"]),
        external_updated_at=_stamp(d["external_updated_at"]),
        addresses=addresses,
        b2b_or_b2c=_enum(_LABELS, g("b2b_or_b2c")),
        comment=_str(g("comment")),
        customer_status=_enum(_STATUSES, g("customer_status")),
        customer_type=_enum(_TYPES, g("customer_type")),
        email=_str(g("email")),
        tax_number=_str(g("tax_number")),
        extras=_extras(d, _RESPONSE),
    )


def _dump_dto(a: AddressDto | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return _with_extras(
        {
            "street": a.street,
            "city": a.city,
            "county": a.county,
            "state": a.state,
            "zip": a.zip,
            "country": a.country,
            "is_partial": a.is_partial,
        },
        a.extras,
    )


def _value(e: Any) -> Any:
    return None if e is None else e.value


def dump_response(r: CustomerResponse) -> dict[str, Any]:
    """Dump a tax engine record to a dict."""
    a = r.addresses
    addresses = (
        None
        if a is None
        else _with_extras(
            {"billing": _dump_dto(a.billing), "shipping": _dump_dto(a.shipping)},
            a.extras,
        )
    )
    return _with_extras(
        {
            "id": str(r.id),
            "tenant_id": str(r.tenant_id),
            "source": r.source.value,
            "external_id": r.external_id,
            "name": r.name,
            "created_at": _date_out(r.created_at),
            "updated_at": _date_out(r.updated_at),
            "external_created_at": _date_out(r.external_created_at),
            "external_updated_at": _date_out(r.external_updated_at),
            "addresses": addresses,
            "b2b_or_b2c": _value(r.b2b_or_b2c),
            "comment": r.comment,
            "customer_status": _value(r.customer_status),
            "customer_type": _value(r.customer_type),
            "email": r.email,
            "tax_number": r.tax_number,
        },
        r.extras,
    )
