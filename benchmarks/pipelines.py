"""Two pipelines doing custbridge's work, for bench_pipeline.py to race.

Each takes an accounting customer dict and returns the tax engine record dict:
type checks, dates, money, the email checked once with email-validator, the
country written as ISO alpha-2 with pycountry, the tax number classified with
stdnum for the billing country, lengths enforced, a uuid5 id. One is plain
Python, the other pydantic v2 models.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from decimal import Decimal
from typing import Any

import pycountry
from email_validator import validate_email
from pydantic import AwareDatetime, BaseModel, ConfigDict, EmailStr, Field
from pydantic.alias_generators import to_camel
from stdnum import vatin
from stdnum.util import get_cc_module

NAMESPACE = uuid.UUID("6f1d3c3e-7d2b-5c52-9a63-6b8c0e9f4a10")


@functools.lru_cache(maxsize=1024)
def alpha_2(country: str) -> str | None:
    """Return the alpha-2 code of a country code or name."""
    try:
        return str(pycountry.countries.lookup(country).alpha_2)
    except LookupError:
        return None


def b2b_or_b2c(number: str | None, country: str | None) -> str | None:
    """Classify with stdnum: a valid VAT number (prefixed, or of the country) is b2b."""
    if not number:
        return "b2c"
    if vatin.is_valid(number):
        return "b2b"
    module = get_cc_module(country.lower(), "vat") if country else None
    if module is None:
        return None
    return "b2b" if module.is_valid(number) else "b2c"


class Failed(ValueError):  # noqa: N818 - a benchmark's stand-in
    """The plain pipeline's only error."""


def _str(v: Any) -> str | None:
    if v is None or type(v) is str:
        return v
    raise Failed(v)


def _stamp(v: Any) -> dt.datetime | None:
    if v is None:
        return None
    if type(v) is not str:
        raise Failed(v)
    if len(v) == 10:  # noqa: PLR2004 - a date
        d = dt.date.fromisoformat(v)
        return dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc)
    t = dt.datetime.fromisoformat(v)
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def _money(v: Any) -> Decimal | None:
    if v is None:
        return None
    if type(v) in (int, float):
        d = Decimal(repr(v))
        if d.is_finite() and Decimal(repr(float(d))) == d:
            return d
    raise Failed(v)


def _unknown(d: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {} if d.keys() <= known else {k: d[k] for k in d.keys() - known}


_ADDRESS_KEYS = frozenset(
    (
        "id",
        "line1",
        "line2",
        "city",
        "province",
        "postalCode",
        "country",
        "phone",
        "contact",
    )
)
_CUSTOMER_KEYS = frozenset((
    "id", "name", "externalId", "active", "currency", "creditLimit", "description",
    "webSite", "totalOutstandingAmount", "totalPaidAmount", "account", "createdDate",
    "modifiedDate", "endDate", "language", "priceLevel", "taxCode", "taxId",
    "corporateAddress", "contact", "billingAddress", "shippingAddress", "paymentTerms",
    "parent", "subsidiary",
))  # fmt: skip


def _address(a: Any) -> dict[str, Any] | None:
    if a is None:
        return None
    if type(a) is not dict:
        raise Failed(a)
    _unknown(a, _ADDRESS_KEYS)
    lines = [x for x in (_str(a.get("line1")), _str(a.get("line2"))) if x is not None]
    country = _str(a.get("country"))
    for key in ("id", "phone", "city", "province", "postalCode"):
        _str(a.get(key))
    contact = a.get("contact")
    if contact is not None:
        for key in ("firstName", "middleName", "lastName", "email"):
            _str(contact.get(key))
    return {
        "street": ", ".join(lines)[:200] if lines else None,
        "city": (a.get("city") or None) and a["city"][:100],
        "county": None,
        "state": (a.get("province") or None) and a["province"][:100],
        "zip": a.get("postalCode"),
        "country": (alpha_2(country) or country) if country else None,
        "is_partial": None,
    }


def plain(d: Any, tenant: uuid.UUID, source: str, now: dt.datetime) -> dict[str, Any]:
    """Accounting dict to tax engine dict, by hand."""
    if (
        type(d) is not dict
        or type(d.get("id")) is not str
        or type(d.get("name")) is not str
    ):
        raise Failed(d)
    for key in ("externalId", "currency", "description", "webSite", "account",
                "language", "priceLevel", "taxCode", "taxId"):  # fmt: skip
        _str(d.get(key))
    for key in ("creditLimit", "totalOutstandingAmount", "totalPaidAmount"):
        _money(d.get(key))
    _unknown(d, _CUSTOMER_KEYS)
    created, modified = _stamp(d.get("createdDate")), _stamp(d.get("modifiedDate"))
    _stamp(d.get("endDate"))
    emails = [(d.get("contact") or {}).get("email")] + [
        ((d.get(k) or {}).get("contact") or {}).get("email")
        for k in ("billingAddress", "shippingAddress")
    ]
    checked = [
        validate_email(e, check_deliverability=False).normalized for e in emails if e
    ]
    billing = _address(d.get("billingAddress") or d.get("corporateAddress"))
    shipping = _address(d.get("shippingAddress"))
    country = billing["country"] if billing else None
    tax = (_str(d.get("taxId")) or "").strip() or None
    active = d.get("active")
    return {
        "id": str(uuid.uuid5(NAMESPACE, f"{tenant}/{source}/{d['id']}")),
        "tenant_id": str(tenant),
        "source": source,
        "external_id": d["id"],
        "name": d["name"][:256],
        "created_at": now.isoformat(),
        "updated_at": now.isoformat(),
        "external_created_at": (created or modified).isoformat(),  # type: ignore[union-attr]
        "external_updated_at": (modified or created).isoformat(),  # type: ignore[union-attr]
        "addresses": {"billing": billing, "shipping": shipping},
        "b2b_or_b2c": b2b_or_b2c(tax, country),
        "comment": (d.get("description") or None) and d["description"][:200],
        "customer_status": None
        if active is None
        else ("active" if active else "inactive"),
        "customer_type": None,
        "email": checked[0] if checked else None,
        "tax_number": tax,
    }


class _Model(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, extra="allow", frozen=True)


class PContact(_Model):  # noqa: D101
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    email: EmailStr | None = None


class PAddress(_Model):  # noqa: D101
    id: str | None = None
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    phone: str | None = None
    contact: PContact | None = None


class PPrimary(_Model):  # noqa: D101
    salutation: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    email: EmailStr | None = None
    phone: str | None = None
    mobile: str | None = None
    fax: str | None = None
    address: PAddress | None = None


class PRef(_Model):  # noqa: D101
    id: str | None = None
    name: str | None = None


class PCustomer(_Model):  # noqa: D101
    id: str
    name: str
    external_id: str | None = None
    active: bool | None = None
    currency: str | None = None
    credit_limit: Decimal | None = None
    description: str | None = None
    web_site: str | None = None
    total_outstanding_amount: Decimal | None = None
    total_paid_amount: Decimal | None = None
    account: str | None = None
    created_date: dt.datetime | dt.date | None = None
    modified_date: dt.datetime | dt.date | None = None
    end_date: dt.datetime | dt.date | None = None
    language: str | None = None
    price_level: str | None = None
    tax_code: str | None = None
    tax_id: str | None = None
    corporate_address: PAddress | None = None
    contact: PPrimary | None = None
    billing_address: PAddress | None = None
    shipping_address: PAddress | None = None
    payment_terms: PRef | None = None
    parent: PRef | None = None
    subsidiary: PRef | None = None


class PDto(BaseModel):  # noqa: D101
    street: str | None = Field(None, max_length=200)
    city: str | None = Field(None, max_length=100)
    county: str | None = Field(None, max_length=100)
    state: str | None = Field(None, max_length=100)
    zip: str | None = Field(None, max_length=20)
    country: str | None = Field(None, max_length=50)
    is_partial: bool | None = None


class PAddresses(BaseModel):  # noqa: D101
    billing: PDto | None = None
    shipping: PDto | None = None


class PResponse(BaseModel):  # noqa: D101
    model_config = ConfigDict(frozen=True)
    id: uuid.UUID
    tenant_id: uuid.UUID
    source: str
    external_id: str = Field(min_length=1, max_length=256)
    name: str = Field(max_length=256)
    created_at: AwareDatetime
    updated_at: AwareDatetime
    external_created_at: AwareDatetime
    external_updated_at: AwareDatetime
    addresses: PAddresses | None = None
    b2b_or_b2c: str | None = None
    comment: str | None = Field(None, max_length=200)
    customer_status: str | None = None
    customer_type: str | None = None
    email: EmailStr | None = None
    tax_number: str | None = Field(None, max_length=100)


def _aware(value: dt.date | None) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _dto(a: PAddress | None) -> PDto | None:
    if a is None:
        return None
    lines = [x for x in (a.line1, a.line2) if x is not None]
    return PDto(
        street=", ".join(lines)[:200] if lines else None,
        city=a.city and a.city[:100],
        state=a.province and a.province[:100],
        zip=a.postal_code,
        country=(alpha_2(a.country) or a.country) if a.country else None,
    )


def pydantic(
    d: Any, tenant: uuid.UUID, source: str, now: dt.datetime
) -> dict[str, Any]:
    """Accounting dict to tax engine dict, with pydantic models."""
    c = PCustomer.model_validate(d)
    billing = _dto(c.billing_address or c.corporate_address)
    created, modified = _aware(c.created_date), _aware(c.modified_date)
    emails = [c.contact and c.contact.email] + [
        a.contact.email
        for a in (c.billing_address, c.shipping_address)
        if a and a.contact
    ]
    tax = (c.tax_id or "").strip() or None
    response = PResponse(
        id=uuid.uuid5(NAMESPACE, f"{tenant}/{source}/{c.id}"),
        tenant_id=tenant,
        source=source,
        external_id=c.id,
        name=c.name[:256],
        created_at=now,
        updated_at=now,
        external_created_at=created or modified,  # type: ignore[arg-type]
        external_updated_at=modified or created,  # type: ignore[arg-type]
        addresses=PAddresses(billing=billing, shipping=_dto(c.shipping_address)),
        b2b_or_b2c=b2b_or_b2c(tax, billing.country if billing else None),
        comment=c.description and c.description[:200],
        customer_status=None
        if c.active is None
        else ("active" if c.active else "inactive"),
        email=next((e for e in emails if e), None),
        tax_number=tax,
    )
    return response.model_dump(mode="json")
