"""The hand-written reference: plain classes with ``__slots__``, the checks inline.

It shares no code with custbridge. Loading checks what custbridge checks on a
valid payload: every type (no coercion), strings as Unicode text, money as a
``Decimal`` a JSON number holds, dates, timestamps with an offset, UUIDs,
enums, the engine's length limits, the response's email, unknown keys kept as
plain JSON. It stops at the first problem (custbridge lists them all, but only
after its fast pass failed, which valid input never pays).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from framework_sides import rules
from framework_sides.mapping import Target, to_response
from framework_sides.plain_models import (
    Address,
    Addresses,
    Contact,
    Customer,
    Dto,
    Ref,
    Response,
)
from framework_sides.rules import (
    Kind,
    Label,
    Refused,
    Source,
    Status,
    extras,
    parse_calendar,
    parse_money,
    parse_timestamp,
    rfc3339,
    unicode,
)

if TYPE_CHECKING:
    import datetime as dt
    from decimal import Decimal

TARGET = Target(Response, Addresses, Dto)


def _s(v: Any) -> str | None:
    if v is None or (type(v) is str and (v.isascii() or unicode(v))):
        return v
    raise Refused("string")


def _req(v: Any) -> str:
    if type(v) is str and (v.isascii() or unicode(v)):
        return v
    raise Refused("string")


def _limit(v: Any, most: int) -> str | None:
    if v is None or (type(v) is str and len(v) <= most and (v.isascii() or unicode(v))):
        return v
    raise Refused("string or length")


def _bool(v: Any) -> bool | None:
    if v is None or v is True or v is False:
        return v
    raise Refused("boolean")


def _money(v: Any) -> Decimal | None:
    return None if v is None else parse_money(v)


def _date(v: Any) -> dt.date | None:
    return None if v is None else parse_calendar(v)


def _obj(v: Any) -> dict[str, Any] | None:
    if v is None or type(v) is dict:
        return v
    raise Refused("object")


_CORPORATE = frozenset(("id", "line1", "line2", "city", "province", "postalCode",
                        "country", "phone"))  # fmt: skip
_ADDRESS = _CORPORATE | {"contact"}
_CONTACT_ADDRESS = _CORPORATE - {"id", "phone"}
_PRIMARY = frozenset(("salutation", "firstName", "middleName", "lastName", "email",
                      "phone", "mobile", "fax", "address"))  # fmt: skip
_CONTACT = frozenset(("firstName", "middleName", "lastName", "email"))
_REF = frozenset(("id", "name"))
_CUSTOMER = frozenset((
    "id", "name", "externalId", "active", "currency", "creditLimit", "description",
    "webSite", "totalOutstandingAmount", "totalPaidAmount", "account", "createdDate",
    "modifiedDate", "endDate", "language", "priceLevel", "taxCode", "taxId",
    "corporateAddress", "contact", "billingAddress", "shippingAddress",
    "paymentTerms", "parent", "subsidiary",
))  # fmt: skip


def _address(v: Any, known: frozenset[str] = _ADDRESS) -> Address | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return Address(
        id=_s(g("id")), line1=_s(g("line1")), line2=_s(g("line2")),
        city=_s(g("city")), province=_s(g("province")),
        postal_code=_s(g("postalCode")), country=_s(g("country")),
        phone=_s(g("phone")), contact=_contact(g("contact"), _CONTACT),
        extras=extras(d, known),
    )  # fmt: skip


def _contact(v: Any, known: frozenset[str]) -> Contact | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return Contact(
        salutation=_s(g("salutation")), first_name=_s(g("firstName")),
        middle_name=_s(g("middleName")), last_name=_s(g("lastName")),
        email=_s(g("email")), phone=_s(g("phone")), mobile=_s(g("mobile")),
        fax=_s(g("fax")), address=_address(g("address"), _CONTACT_ADDRESS),
        extras=extras(d, known),
    )  # fmt: skip


def _ref(v: Any) -> Ref | None:
    d = _obj(v)
    if d is None:
        return None
    return Ref(id=_s(d.get("id")), name=_s(d.get("name")), extras=extras(d, _REF))


def load_accounting(d: Any) -> Customer:
    """Load the camelCase accounting customer."""
    if type(d) is not dict:
        raise Refused("object")
    g = d.get
    return Customer(
        id=_req(g("id")), name=_req(g("name")), external_id=_s(g("externalId")),
        active=_bool(g("active")), currency=_s(g("currency")),
        credit_limit=_money(g("creditLimit")), description=_s(g("description")),
        web_site=_s(g("webSite")),
        total_outstanding_amount=_money(g("totalOutstandingAmount")),
        total_paid_amount=_money(g("totalPaidAmount")), account=_s(g("account")),
        created_date=_date(g("createdDate")), modified_date=_date(g("modifiedDate")),
        end_date=_date(g("endDate")), language=_s(g("language")),
        price_level=_s(g("priceLevel")), tax_code=_s(g("taxCode")),
        tax_id=_s(g("taxId")),
        corporate_address=_address(g("corporateAddress"), _CORPORATE),
        contact=_contact(g("contact"), _PRIMARY),
        billing_address=_address(g("billingAddress")),
        shipping_address=_address(g("shippingAddress")),
        payment_terms=_ref(g("paymentTerms")), parent=_ref(g("parent")),
        subsidiary=_ref(g("subsidiary")), extras=extras(d, _CUSTOMER),
    )  # fmt: skip


def _uuid(v: Any) -> uuid.UUID:
    if type(v) is str and rules.UUID_TEXT.fullmatch(v):
        return uuid.UUID(v)
    raise Refused("uuid")


_SOURCES = {m.value: m for m in Source}
_STATUSES = {m.value: m for m in Status}
_KINDS = {m.value: m for m in Kind}
_LABELS = {m.value: m for m in Label}


def _enum(v: Any, members: dict[str, Any]) -> Any:
    if v is None:
        return None
    member = members.get(v) if type(v) is str else None
    if member is None:
        raise Refused("enum")
    return member


_DTO = frozenset(("street", "city", "county", "state", "zip", "country",
                  "is_partial"))  # fmt: skip
_ADDRESSES = frozenset(("billing", "shipping"))
_RESPONSE = frozenset(Response.__slots__) - {"extras"}


def _dto(v: Any) -> Dto | None:
    d = _obj(v)
    if d is None:
        return None
    g = d.get
    return Dto(
        street=_limit(g("street"), rules.STREET_MAX),
        city=_limit(g("city"), rules.CITY_MAX),
        county=_limit(g("county"), rules.COUNTY_MAX),
        state=_limit(g("state"), rules.STATE_MAX),
        zip=_limit(g("zip"), rules.ZIP_MAX),
        country=_limit(g("country"), rules.COUNTRY_MAX),
        is_partial=_bool(g("is_partial")), extras=extras(d, _DTO),
    )  # fmt: skip


def load_response(d: Any) -> Response:
    """Load the snake_case tax engine record."""
    if type(d) is not dict:
        raise Refused("object")
    g = d.get
    external_id = _limit(g("external_id"), rules.EXTERNAL_ID_MAX)
    if not external_id:
        raise Refused("external_id")
    name = _limit(g("name"), rules.NAME_MAX)
    if name is None:
        raise Refused("name")
    addresses = _obj(g("addresses"))
    email = _s(g("email"))
    if email is not None:
        rules.email(email)
    return Response(
        id=_uuid(g("id")), tenant_id=_uuid(g("tenant_id")),
        source=_enum(g("source") or 0, _SOURCES), external_id=external_id, name=name,
        created_at=parse_timestamp(g("created_at")),
        updated_at=parse_timestamp(g("updated_at")),
        external_created_at=parse_timestamp(g("external_created_at")),
        external_updated_at=parse_timestamp(g("external_updated_at")),
        addresses=None if addresses is None else Addresses(
            billing=_dto(addresses.get("billing")),
            shipping=_dto(addresses.get("shipping")),
            extras=extras(addresses, _ADDRESSES),
        ),
        b2b_or_b2c=_enum(g("b2b_or_b2c"), _LABELS),
        comment=_limit(g("comment"), rules.COMMENT_MAX),
        customer_status=_enum(g("customer_status"), _STATUSES),
        customer_type=_enum(g("customer_type"), _KINDS), email=email,
        tax_number=_limit(g("tax_number"), rules.TAX_NUMBER_MAX),
        extras=extras(d, _RESPONSE),
    )  # fmt: skip


def _dump_dto(a: Dto | None) -> dict[str, Any] | None:
    if a is None:
        return None
    out = {
        "street": a.street, "city": a.city, "county": a.county, "state": a.state,
        "zip": a.zip, "country": a.country, "is_partial": a.is_partial,
    }  # fmt: skip
    if a.extras:
        out.update(a.extras)
    return out


def _value(member: Any) -> Any:
    return None if member is None else member.value


def dump_response(r: Any) -> dict[str, Any]:
    """Write the tax engine record as JSON-ready values."""
    a = r.addresses
    out = {
        "id": str(r.id), "tenant_id": str(r.tenant_id), "source": r.source.value,
        "external_id": r.external_id, "name": r.name,
        "created_at": rfc3339(r.created_at), "updated_at": rfc3339(r.updated_at),
        "external_created_at": rfc3339(r.external_created_at),
        "external_updated_at": rfc3339(r.external_updated_at),
        "addresses": None if a is None else {
            "billing": _dump_dto(a.billing), "shipping": _dump_dto(a.shipping),
            **a.extras,
        },
        "b2b_or_b2c": _value(r.b2b_or_b2c), "comment": r.comment,
        "customer_status": _value(r.customer_status),
        "customer_type": _value(r.customer_type), "email": r.email,
        "tax_number": r.tax_number,
    }  # fmt: skip
    if r.extras:
        out.update(r.extras)
    return out


def pipeline(d: Any, tenant: uuid.UUID, source: Source, now: dt.datetime) -> Any:
    """Load, map, dump."""
    customer = load_accounting(d)
    return dump_response(to_response(customer, TARGET, tenant=tenant, source=source,
                                     now=now))  # fmt: skip
