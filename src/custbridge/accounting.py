"""The accounting platform's unified customer, as typed, frozen values.

Attribute names are snake_case; the camelCase wire names live in
:mod:`custbridge.converters`. Every attribute but ``id`` and ``name`` may be
``None``, which means the platform did not send a value. Every class keeps the
keys it does not know in ``extras``, so nothing is lost on a round trip.
"""

import datetime as dt
from decimal import Decimal

import attrs

from custbridge import _imported
from custbridge._json_values import JsonValue
from custbridge._rules import calendar, money, rule
from custbridge._typed import extras_field, fast_init

__all__ = [
    "AccountingAddress",
    "AccountingCustomer",
    "AddressContact",
    "ContactAddress",
    "CorporateAddress",
    "PaymentTerms",
    "PrimaryContact",
    "RelatedCompany",
]


def _extras() -> dict[str, JsonValue]:
    return extras_field()  # type: ignore[no-any-return]


@fast_init
@attrs.frozen(kw_only=True)
class CorporateAddress:
    """The customer's corporate (registered) address."""

    id: str | None = None
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    """Province or state."""
    postal_code: str | None = None
    country: str | None = None
    """Country as the platform spells it: a name, an alpha-2 or alpha-3 code."""
    phone: str | None = None
    extras: dict[str, JsonValue] = _extras()
    """Keys the platform sent that this model does not know, kept as received."""


@fast_init
@attrs.frozen(kw_only=True)
class ContactAddress:
    """The postal address of the customer's primary contact."""

    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    extras: dict[str, JsonValue] = _extras()


@fast_init
@attrs.frozen(kw_only=True)
class PrimaryContact:
    """The customer's primary contact person."""

    salutation: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    """Any text, as the platform's schema types it; the mapping checks it."""
    phone: str | None = None
    mobile: str | None = None
    fax: str | None = None
    address: ContactAddress | None = None
    extras: dict[str, JsonValue] = _extras()


@fast_init
@attrs.frozen(kw_only=True)
class AddressContact:
    """The contact person at a billing or shipping address."""

    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    """Any text, as the platform's schema types it; the mapping checks it."""
    extras: dict[str, JsonValue] = _extras()


@fast_init
@attrs.frozen(kw_only=True)
class AccountingAddress:
    """A billing or shipping address, with the contact person there."""

    id: str | None = None
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    phone: str | None = None
    contact: AddressContact | None = None
    extras: dict[str, JsonValue] = _extras()


@fast_init
@attrs.frozen(kw_only=True)
class PaymentTerms:
    """The payment terms that apply to the customer."""

    id: str | None = None
    name: str | None = None
    extras: dict[str, JsonValue] = _extras()


@fast_init
@attrs.frozen(kw_only=True)
class RelatedCompany:
    """A parent or subsidiary company that is itself a customer."""

    id: str | None = None
    name: str | None = None
    extras: dict[str, JsonValue] = _extras()


def _money() -> Decimal | None:
    return attrs.field(default=None, validator=rule(money))  # type: ignore[no-any-return]


def _calendar() -> dt.date | None:
    return attrs.field(default=None, validator=rule(calendar))  # type: ignore[no-any-return]


@fast_init
@attrs.frozen(kw_only=True)
class AccountingCustomer:
    """A customer as the accounting platform's unified API describes it.

    Money is ``Decimal`` and must fit a JSON number exactly. Dates hold a
    ``datetime.date`` or a ``datetime.datetime`` exactly as received; a naive
    datetime means UTC.
    """

    id: str
    """The platform's identifier, unique within the company."""
    name: str
    external_id: str | None = None
    """A friendly reference, or the customer's id in yet another system."""
    active: bool | None = None
    currency: str | None = None
    credit_limit: Decimal | None = _money()
    description: str | None = None
    web_site: str | None = None
    total_outstanding_amount: Decimal | None = _money()
    """The amount still outstanding across all transactions."""
    total_paid_amount: Decimal | None = _money()
    account: str | None = None
    created_date: dt.date | None = _calendar()
    """A ``date`` or a ``datetime``, as received."""
    modified_date: dt.date | None = _calendar()
    """A ``date`` or a ``datetime``, as received."""
    end_date: dt.date | None = _calendar()
    """The day the customer stopped transacting; a ``date`` or a ``datetime``."""
    language: str | None = None
    price_level: str | None = None
    tax_code: str | None = None
    tax_id: str | None = None
    """The tax or registration number, as the platform holds it."""
    corporate_address: CorporateAddress | None = None
    contact: PrimaryContact | None = None
    billing_address: AccountingAddress | None = None
    shipping_address: AccountingAddress | None = None
    payment_terms: PaymentTerms | None = None
    parent: RelatedCompany | None = None
    subsidiary: RelatedCompany | None = None
    extras: dict[str, JsonValue] = _extras()


_imported.imported(__name__)  # the Hypothesis plugin may register these models now
