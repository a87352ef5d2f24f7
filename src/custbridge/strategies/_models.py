"""The strategies behind :mod:`custbridge.strategies`, which imports them lazily."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from hypothesis import strategies as st

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
    dump_accounting,
    dump_response,
)

if TYPE_CHECKING:
    from custbridge._json_values import JsonValue


T = TypeVar("T")

_TLDS = ("com", "org", "net", "io", "de", "fr", "co.uk", "com.au", "ca")
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_MINUTES_IN_A_DAY = 24 * 60


def _text(max_size: int | None = None, min_size: int = 0) -> st.SearchStrategy[str]:
    # UTF-8-encodable text: what a JSON document can carry.
    return st.text(st.characters(codec="utf-8"), min_size=min_size, max_size=max_size)


def _opt(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def emails() -> st.SearchStrategy[str]:
    """Email addresses that email-validator accepts without DNS."""
    word = st.text(_ALNUM, min_size=1, max_size=8)
    local = st.lists(word, min_size=1, max_size=3).map(".".join)
    domain = st.lists(word, min_size=1, max_size=2).map(".".join)
    return st.builds("{}@{}.{}".format, local, domain, st.sampled_from(_TLDS))


def money() -> st.SearchStrategy[Decimal]:
    """Amounts below 10^15 with at most 15 significant digits, as the models admit."""
    return st.builds(
        lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
        st.integers(0, 1),
        st.lists(st.integers(0, 9), min_size=1, max_size=15),
        st.integers(-6, 0),
    )


def _offsets() -> st.SearchStrategy[dt.timezone]:
    return st.builds(
        lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)),
        st.integers(-_MINUTES_IN_A_DAY + 1, _MINUTES_IN_A_DAY - 1),
    )


def _timestamps() -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(timezones=_offsets())


def _calendar() -> st.SearchStrategy[dt.date]:
    # A date, a naive datetime, or one with an offset: all as received.
    return st.dates() | st.datetimes() | _timestamps()


def json_values() -> st.SearchStrategy[JsonValue]:
    """Plain JSON values, nested a few levels, as unknown keys may hold."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | _text(max_size=10)
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(_text(max_size=5), inner, max_size=3)
        ),
        max_leaves=8,
    )


def _extras() -> st.SearchStrategy[dict[str, JsonValue]]:
    # "x-" keys never clash with a field's wire name on either side.
    keys = _text(max_size=8).map("x-{}".format)
    return st.dictionaries(keys, json_values(), max_size=2)


def _builds(cls: type[T], **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[T]:
    return st.builds(cls, **fields, extras=_extras())


def _strings(*names: str) -> dict[str, st.SearchStrategy[str | None]]:
    return {name: _opt(_text(max_size=30)) for name in names}


def contact_addresses() -> st.SearchStrategy[ContactAddress]:
    """The primary contact's postal address."""
    return _builds(
        ContactAddress,
        **_strings("line1", "line2", "city", "province", "postal_code", "country"),
    )


def corporate_addresses() -> st.SearchStrategy[CorporateAddress]:
    """Corporate addresses."""
    names = ("id", "line1", "line2", "city", "province", "postal_code", "country")
    return _builds(CorporateAddress, **_strings(*names, "phone"))


def primary_contacts() -> st.SearchStrategy[PrimaryContact]:
    """Primary contacts, with or without an address and an email.

    The email is often a valid address and sometimes any text, as the
    accounting platform holds it.
    """
    names = ("salutation", "first_name", "middle_name", "last_name", "phone")
    return _builds(
        PrimaryContact,
        **_strings(*names, "mobile", "fax"),
        email=_opt(_accounting_emails()),
        address=_opt(contact_addresses()),
    )


def address_contacts() -> st.SearchStrategy[AddressContact]:
    """Contacts at a billing or shipping address; the email as for primary contacts."""
    return _builds(
        AddressContact,
        **_strings("first_name", "middle_name", "last_name"),
        email=_opt(_accounting_emails()),
    )


def _accounting_emails() -> st.SearchStrategy[str]:
    return emails() | _text(max_size=40)


def accounting_addresses() -> st.SearchStrategy[AccountingAddress]:
    """Billing or shipping addresses."""
    names = ("id", "line1", "line2", "city", "province", "postal_code", "country")
    return _builds(
        AccountingAddress,
        **_strings(*names, "phone"),
        contact=_opt(address_contacts()),
    )


def payment_terms() -> st.SearchStrategy[PaymentTerms]:
    """Payment terms."""
    return _builds(PaymentTerms, **_strings("id", "name"))


def related_companies() -> st.SearchStrategy[RelatedCompany]:
    """Parent or subsidiary companies."""
    return _builds(RelatedCompany, **_strings("id", "name"))


def accounting_customers() -> st.SearchStrategy[AccountingCustomer]:
    """Accounting platform customers, from bare to fully populated."""
    names = ("external_id", "currency", "description", "web_site", "account")
    return _builds(
        AccountingCustomer,
        id=_text(max_size=20),
        name=_text(max_size=40),
        **_strings(*names, "language", "price_level", "tax_code", "tax_id"),
        active=_opt(st.booleans()),
        credit_limit=_opt(money()),
        total_outstanding_amount=_opt(money()),
        total_paid_amount=_opt(money()),
        created_date=_opt(_calendar()),
        modified_date=_opt(_calendar()),
        end_date=_opt(_calendar()),
        corporate_address=_opt(corporate_addresses()),
        contact=_opt(primary_contacts()),
        billing_address=_opt(accounting_addresses()),
        shipping_address=_opt(accounting_addresses()),
        payment_terms=_opt(payment_terms()),
        parent=_opt(related_companies()),
        subsidiary=_opt(related_companies()),
    )


def address_dtos() -> st.SearchStrategy[AddressDto]:
    """Tax engine addresses within every length limit."""
    return _builds(
        AddressDto,
        street=_opt(_text(max_size=200)),
        city=_opt(_text(max_size=100)),
        county=_opt(_text(max_size=100)),
        state=_opt(_text(max_size=100)),
        zip=_opt(_text(max_size=20)),
        country=_opt(_text(max_size=50)),
        is_partial=_opt(st.booleans()),
    )


def customer_addresses() -> st.SearchStrategy[CustomerAddresses]:
    """Billing and shipping address pairs."""
    return _builds(
        CustomerAddresses, billing=_opt(address_dtos()), shipping=_opt(address_dtos())
    )


def customer_responses() -> st.SearchStrategy[CustomerResponse]:
    """Tax engine customer records within every constraint of the model."""
    return _builds(
        CustomerResponse,
        id=st.uuids(),
        tenant_id=st.uuids(),
        source=st.sampled_from(DataSource),
        external_id=_text(min_size=1, max_size=256),
        name=_text(max_size=256),
        created_at=_timestamps(),
        updated_at=_timestamps(),
        external_created_at=_timestamps(),
        external_updated_at=_timestamps(),
        addresses=_opt(customer_addresses()),
        b2b_or_b2c=_opt(st.sampled_from(B2bOrB2c)),
        comment=_opt(_text(max_size=200)),
        customer_status=_opt(st.sampled_from(CustomerStatus)),
        customer_type=_opt(st.sampled_from(CustomerType)),
        email=_opt(emails()),
        tax_number=_opt(_text(max_size=100)),
    )


def accounting_payloads() -> st.SearchStrategy[dict[str, Any]]:
    """Wire dicts of accounting customers, unknown keys and date-only dates included."""
    return accounting_customers().map(dump_accounting)


def response_payloads() -> st.SearchStrategy[dict[str, Any]]:
    """Wire dicts of tax engine customer records, unknown keys included."""
    return customer_responses().map(dump_response)


STRATEGIES: dict[type, Any] = {
    AccountingAddress: accounting_addresses,
    AccountingCustomer: accounting_customers,
    AddressContact: address_contacts,
    AddressDto: address_dtos,
    ContactAddress: contact_addresses,
    CorporateAddress: corporate_addresses,
    CustomerAddresses: customer_addresses,
    CustomerResponse: customer_responses,
    PaymentTerms: payment_terms,
    PrimaryContact: primary_contacts,
    RelatedCompany: related_companies,
}
"""The strategy factory for each model, as registered with ``st.from_type``."""
