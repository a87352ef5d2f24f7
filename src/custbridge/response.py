"""The tax engine's customer record, as typed, frozen values.

Attribute names equal the snake_case wire names. Every constraint of the tax
engine's published API reference is a validator here, so an object that exists
keeps them, however it was built.
"""

import datetime as dt
import enum
import uuid

import attrs

from custbridge import _imported
from custbridge._json_values import JsonValue
from custbridge._rules import aware, email, rule, text
from custbridge._typed import extras_field, fast_init
from custbridge.tax import B2bOrB2c

__all__ = [
    "AddressDto",
    "B2bOrB2c",
    "CustomerAddresses",
    "CustomerResponse",
    "CustomerStatus",
    "CustomerType",
    "DataSource",
]


class DataSource(str, enum.Enum):
    """The integration a record came from; it scopes ``external_id``."""

    NETSUITE = "netsuite"
    PRIORITY = "priority"
    ZOHO_BOOKS = "zoho_books"
    QUICKBOOKS = "quickbooks"
    SALESFORCE = "salesforce"


class CustomerStatus(str, enum.Enum):
    """Account lifecycle status."""

    ACTIVE = "active"
    """Can be used in new transactions."""
    INACTIVE = "inactive"
    """Soft-deleted and excluded from look-ups."""
    SUSPENDED = "suspended"
    """Temporarily blocked from new transactions."""


class CustomerType(str, enum.Enum):
    """Customer classification that affects tax treatment."""

    RETAIL = "retail"
    MARKETPLACE = "marketplace"
    RESELLER = "reseller"


def _extras() -> dict[str, JsonValue]:
    return extras_field()  # type: ignore[no-any-return]


def _text(max_len: int) -> str | None:
    return attrs.field(default=None, validator=rule(text(max_len=max_len)))  # type: ignore[no-any-return]


def _timestamp() -> dt.datetime:
    return attrs.field(validator=rule(aware))  # type: ignore[no-any-return]


@fast_init
@attrs.frozen(kw_only=True)
class AddressDto:
    """A postal address as the tax engine stores it; every field may be ``None``."""

    street: str | None = _text(200)
    """Street number and name."""
    city: str | None = _text(100)
    county: str | None = _text(100)
    state: str | None = _text(100)
    """State or province, an abbreviation such as ``CA``."""
    zip: str | None = _text(20)
    country: str | None = _text(50)
    """ISO 3166-1 alpha-2 code, such as ``US``."""
    is_partial: bool | None = None
    """True when the address is incomplete on purpose."""
    extras: dict[str, JsonValue] = _extras()


@fast_init
@attrs.frozen(kw_only=True)
class CustomerAddresses:
    """The customer's billing and shipping addresses."""

    billing: AddressDto | None = None
    shipping: AddressDto | None = None
    extras: dict[str, JsonValue] = _extras()


@fast_init
@attrs.frozen(kw_only=True)
class CustomerResponse:
    """A customer record of the tax engine.

    Timestamps must carry a UTC offset; ``email`` must be an address
    email-validator accepts (deliverability is not checked).
    """

    id: uuid.UUID
    """The tax engine's own id for the record."""
    tenant_id: uuid.UUID
    source: DataSource
    external_id: str = attrs.field(validator=rule(text(min_len=1, max_len=256)))
    """The customer's id in ``source``; unique per source."""
    name: str = attrs.field(validator=rule(text(max_len=256)))
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()
    external_created_at: dt.datetime = _timestamp()
    external_updated_at: dt.datetime = _timestamp()
    addresses: CustomerAddresses | None = None
    b2b_or_b2c: B2bOrB2c | None = None
    comment: str | None = _text(200)
    customer_status: CustomerStatus | None = None
    customer_type: CustomerType | None = None
    email: str | None = attrs.field(default=None, validator=rule(email))
    tax_number: str | None = _text(100)
    extras: dict[str, JsonValue] = _extras()


_imported.imported(__name__)  # the Hypothesis plugin may register these models now
