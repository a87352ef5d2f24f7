"""The msgspec side: Structs converted in C, the ceiling of what a library does.

``msgspec.convert`` checks every type strictly, lengths, offset-aware
timestamps, UUIDs and enums in C. Python adds what msgspec has no rule for:
money a JSON number holds exactly and dates kept as a date or a date-time
(``__post_init__``), the response's email, unknown keys (msgspec drops them:
:func:`_keep` walks the payload beside the Struct and keeps them) and
timestamps written as custbridge writes them. A UUID without dashes, a lone
surrogate and a numeric string such as ``"NaN"`` (then refused as not finite)
pass msgspec's reading; that favours msgspec.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated, Any

import msgspec

from framework_sides import rules
from framework_sides.mapping import Target, to_response
from framework_sides.rules import Kind, Label, Source, Status

_EXTRAS = "(extras)"  # a key no payload uses: unknown keys are kept by _keep
Extras = dict[str, Any]


def _extras() -> Any:
    return msgspec.field(default_factory=dict, name=_EXTRAS)


def _money(value: Decimal | None) -> None:
    if value is not None:
        rules.money(value)


def _date(value: Any) -> Any:
    return None if value is None else rules.parse_calendar(value)


class _Accounting(msgspec.Struct, kw_only=True, rename="camel"):
    pass


class ContactAddress(_Accounting):  # noqa: D101
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    extras: Extras = _extras()


class CorporateAddress(ContactAddress):  # noqa: D101
    id: str | None = None
    phone: str | None = None


class AddressContact(_Accounting):  # noqa: D101
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    extras: Extras = _extras()


class PrimaryContact(AddressContact):  # noqa: D101
    salutation: str | None = None
    phone: str | None = None
    mobile: str | None = None
    fax: str | None = None
    address: ContactAddress | None = None


class AccountingAddress(CorporateAddress):  # noqa: D101
    contact: AddressContact | None = None


class Ref(_Accounting):  # noqa: D101
    id: str | None = None
    name: str | None = None
    extras: Extras = _extras()


class Customer(_Accounting):  # noqa: D101
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
    created_date: Any = None  # msgspec has no "date or date-time": __post_init__
    modified_date: Any = None
    end_date: Any = None
    language: str | None = None
    price_level: str | None = None
    tax_code: str | None = None
    tax_id: str | None = None
    corporate_address: CorporateAddress | None = None
    contact: PrimaryContact | None = None
    billing_address: AccountingAddress | None = None
    shipping_address: AccountingAddress | None = None
    payment_terms: Ref | None = None
    parent: Ref | None = None
    subsidiary: Ref | None = None
    extras: Extras = _extras()

    def __post_init__(self) -> None:
        """Money and dates by the seeds' rules."""
        _money(self.credit_limit)
        _money(self.total_outstanding_amount)
        _money(self.total_paid_amount)
        self.created_date = _date(self.created_date)
        self.modified_date = _date(self.modified_date)
        self.end_date = _date(self.end_date)


def _text(most: int) -> Any:
    return Annotated[str, msgspec.Meta(max_length=most)] | None


Stamp = Annotated[dt.datetime, msgspec.Meta(tz=True)]


class Dto(msgspec.Struct, kw_only=True):  # noqa: D101
    street: _text(rules.STREET_MAX) = None  # type: ignore[valid-type]
    city: _text(rules.CITY_MAX) = None  # type: ignore[valid-type]
    county: _text(rules.COUNTY_MAX) = None  # type: ignore[valid-type]
    state: _text(rules.STATE_MAX) = None  # type: ignore[valid-type]
    zip: _text(rules.ZIP_MAX) = None  # type: ignore[valid-type]
    country: _text(rules.COUNTRY_MAX) = None  # type: ignore[valid-type]
    is_partial: bool | None = None
    extras: Extras = _extras()


class Addresses(msgspec.Struct, kw_only=True):  # noqa: D101
    billing: Dto | None = None
    shipping: Dto | None = None
    extras: Extras = _extras()


class Response(msgspec.Struct, kw_only=True):  # noqa: D101
    id: uuid.UUID
    tenant_id: uuid.UUID
    source: Source
    external_id: Annotated[str, msgspec.Meta(min_length=1, max_length=256)]
    name: Annotated[str, msgspec.Meta(max_length=rules.NAME_MAX)]
    created_at: Stamp
    updated_at: Stamp
    external_created_at: Stamp
    external_updated_at: Stamp
    addresses: Addresses | None = None
    b2b_or_b2c: Label | None = None
    comment: _text(rules.COMMENT_MAX) = None  # type: ignore[valid-type]
    customer_status: Status | None = None
    customer_type: Kind | None = None
    email: str | None = None
    tax_number: _text(rules.TAX_NUMBER_MAX) = None  # type: ignore[valid-type]
    extras: Extras = _extras()

    def __post_init__(self) -> None:
        """The email, by the shared service."""
        if self.email is not None:
            rules.email(self.email)


def _known(cls: type) -> frozenset[str]:
    return frozenset(cls.__struct_encode_fields__) - {_EXTRAS}  # type: ignore[attr-defined]


# (class, its wire keys, {wire key of a nested object: attribute name})
_NESTED: dict[type, dict[str, str]] = {
    Customer: {
        "corporateAddress": "corporate_address", "contact": "contact",
        "billingAddress": "billing_address", "shippingAddress": "shipping_address",
        "paymentTerms": "payment_terms", "parent": "parent",
        "subsidiary": "subsidiary",
    },
    PrimaryContact: {"address": "address"},
    AccountingAddress: {"contact": "contact"},
    Response: {"addresses": "addresses"},
    Addresses: {"billing": "billing", "shipping": "shipping"},
}  # fmt: skip
_KNOWN = {
    cls: _known(cls)
    for cls in (ContactAddress, CorporateAddress, AddressContact, PrimaryContact,
                AccountingAddress, Ref, Customer, Dto, Addresses, Response)
}  # fmt: skip


def _keep(obj: Any, d: dict[str, Any]) -> Any:
    """Keep *d*'s unknown keys in *obj*'s extras, and so on down the tree."""
    cls = type(obj)
    known = _KNOWN[cls]
    if not d.keys() <= known:
        obj.extras = rules.extras(d, known)
    for key, name in _NESTED.get(cls, {}).items():
        value = d.get(key)
        if value is not None:
            _keep(getattr(obj, name), value)
    return obj


def load_accounting(d: Any) -> Customer:
    """Load the camelCase accounting customer."""
    return _keep(msgspec.convert(d, Customer), d)  # type: ignore[no-any-return]


def load_response(d: Any) -> Response:
    """Load the snake_case tax engine record."""
    return _keep(msgspec.convert(d, Response), d)  # type: ignore[no-any-return]


def _unkept(d: dict[str, Any] | None) -> None:
    if d is not None:
        extras = d.pop(_EXTRAS)
        if extras:
            d.update(extras)


_STAMPS = ("created_at", "updated_at", "external_created_at", "external_updated_at")


def dump_response(r: Response) -> dict[str, Any]:
    """Write the record as JSON-ready values, timestamps as custbridge writes them."""
    out: dict[str, Any] = msgspec.to_builtins(r, builtin_types=(dt.datetime,))
    for key in _STAMPS:
        out[key] = rules.rfc3339(out[key])
    addresses = out["addresses"]
    if addresses is not None:
        _unkept(addresses["billing"])
        _unkept(addresses["shipping"])
        _unkept(addresses)
    _unkept(out)
    return out


TARGET = Target(Response, Addresses, Dto)


def pipeline(d: Any, tenant: uuid.UUID, source: Source, now: dt.datetime) -> Any:
    """Load, map, dump."""
    customer = load_accounting(d)
    return dump_response(
        to_response(customer, TARGET, tenant=tenant, source=source, now=now)
    )
