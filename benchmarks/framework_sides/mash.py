"""The mashumaro side: dataclasses whose converters mashumaro generates per class.

mashumaro writes plain Python code for each class once, the best a pure-Python
framework does. Its own hooks add what it does not check: every string and
boolean strictly (it would read ``"yes"`` as ``True``), money and dates by the
seeds' rules, offset-aware timestamps, unknown keys into ``extras``
(``__pre_deserialize__``) and back (``__post_serialize__``); the engine's
lengths and the email in ``__post_init__``, so the mapping's objects are
checked as pydantic's are. A UUID without dashes and a lone surrogate pass, as
in pydantic; that favours mashumaro.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

from mashumaro import DataClassDictMixin
from mashumaro.config import BaseConfig
from mashumaro.exceptions import MissingField

from framework_sides import rules
from framework_sides.mapping import Target, to_response
from framework_sides.rules import Kind, Label, Refused, Source, Status


def _text(v: Any) -> str:
    if type(v) is str:
        return v
    raise Refused("string")


def _bool(v: Any) -> bool:
    if v is True or v is False:
        return v
    raise Refused("boolean")


_STRATEGY = {
    str: {"deserialize": _text},
    bool: {"deserialize": _bool},
    Decimal: {"deserialize": rules.parse_money},
    dt.date: {"deserialize": rules.parse_calendar},
    dt.datetime: {"deserialize": rules.parse_timestamp, "serialize": rules.rfc3339},
}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


class _Base(DataClassDictMixin):
    _known: ClassVar[frozenset[str]]

    class Config(BaseConfig):
        serialization_strategy = _STRATEGY  # type: ignore[assignment]

    @classmethod
    def __pre_deserialize__(cls, d: dict[Any, Any]) -> dict[Any, Any]:
        known = cls._known
        if type(d) is not dict:
            raise Refused("object")
        if d.keys() <= known:
            return d
        kept = {k: v for k, v in d.items() if k in known}
        kept["extras"] = rules.extras(d, known)
        return kept

    def __post_serialize__(self, d: dict[Any, Any]) -> dict[Any, Any]:
        extras = d.pop("extras")
        if extras:
            d.update(extras)
        return d


def _model(cls: type) -> type:
    """Make *cls* a slotted frozen dataclass reading camelCase keys."""
    names = [n for n in cls.__annotations__ if n != "extras"]
    aliases = {n: _camel(n) for n in names if _camel(n) != n}
    cls.Config = type("Config", (_Base.Config,), {"aliases": aliases})  # type: ignore[attr-defined]
    cls._known = frozenset(_camel(n) for n in names)  # type: ignore[attr-defined]
    return dataclass(frozen=True, slots=True)(cls)


def _engine(cls: type) -> type:
    """Make *cls* a slotted frozen dataclass of the tax engine (snake_case)."""
    cls._known = frozenset(n for n in cls.__annotations__ if n != "extras")  # type: ignore[attr-defined]
    return dataclass(frozen=True, slots=True)(cls)


def _extras() -> Any:
    return field(default_factory=dict)


@_model
class ContactAddress(_Base):  # noqa: D101
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    extras: dict[str, Any] = _extras()


@_model
class CorporateAddress(_Base):  # noqa: D101
    id: str | None = None
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    phone: str | None = None
    extras: dict[str, Any] = _extras()


@_model
class AddressContact(_Base):  # noqa: D101
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    extras: dict[str, Any] = _extras()


@_model
class PrimaryContact(_Base):  # noqa: D101
    salutation: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    fax: str | None = None
    address: ContactAddress | None = None
    extras: dict[str, Any] = _extras()


@_model
class AccountingAddress(_Base):  # noqa: D101
    id: str | None = None
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    phone: str | None = None
    contact: AddressContact | None = None
    extras: dict[str, Any] = _extras()


@_model
class Ref(_Base):  # noqa: D101
    id: str | None = None
    name: str | None = None
    extras: dict[str, Any] = _extras()


@_model
class Customer(_Base):  # noqa: D101
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
    created_date: dt.date | None = None
    modified_date: dt.date | None = None
    end_date: dt.date | None = None
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
    extras: dict[str, Any] = _extras()


def _fits(value: str | None, most: int) -> None:
    if value is not None and len(value) > most:
        raise Refused("too long")


@_engine
class Dto(_Base):  # noqa: D101
    street: str | None = None
    city: str | None = None
    county: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    is_partial: bool | None = None
    extras: dict[str, Any] = _extras()

    def __post_init__(self) -> None:
        """The engine's lengths."""
        _fits(self.street, rules.STREET_MAX)
        _fits(self.city, rules.CITY_MAX)
        _fits(self.county, rules.COUNTY_MAX)
        _fits(self.state, rules.STATE_MAX)
        _fits(self.zip, rules.ZIP_MAX)
        _fits(self.country, rules.COUNTRY_MAX)


@_engine
class Addresses(_Base):  # noqa: D101
    billing: Dto | None = None
    shipping: Dto | None = None
    extras: dict[str, Any] = _extras()


@_engine
class Response(_Base):  # noqa: D101
    id: uuid.UUID
    tenant_id: uuid.UUID
    source: Source
    external_id: str
    name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    external_created_at: dt.datetime
    external_updated_at: dt.datetime
    addresses: Addresses | None = None
    b2b_or_b2c: Label | None = None
    comment: str | None = None
    customer_status: Status | None = None
    customer_type: Kind | None = None
    email: str | None = None
    tax_number: str | None = None
    extras: dict[str, Any] = _extras()

    def __post_init__(self) -> None:
        """The engine's lengths and the email."""
        if not self.external_id:
            raise Refused("external_id")
        _fits(self.external_id, rules.EXTERNAL_ID_MAX)
        _fits(self.name, rules.NAME_MAX)
        _fits(self.comment, rules.COMMENT_MAX)
        _fits(self.tax_number, rules.TAX_NUMBER_MAX)
        if self.email is not None:
            rules.email(self.email)


TARGET = Target(Response, Addresses, Dto)


def load_accounting(d: Any) -> Customer:
    """Load the camelCase accounting customer."""
    try:
        return Customer.from_dict(d)
    except MissingField as error:  # a LookupError: refused, as by the others
        raise Refused(str(error)) from error


def load_response(d: Any) -> Response:
    """Load the snake_case tax engine record."""
    try:
        return Response.from_dict(d)
    except MissingField as error:
        raise Refused(str(error)) from error


def dump_response(r: Response) -> dict[str, Any]:
    """Write the record as JSON-ready values."""
    return r.to_dict()


def pipeline(d: Any, tenant: uuid.UUID, source: Source, now: dt.datetime) -> Any:
    """Load, map, dump."""
    customer = load_accounting(d)
    return to_response(
        customer, TARGET, tenant=tenant, source=source, now=now
    ).to_dict()
