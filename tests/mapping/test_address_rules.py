"""Address rules of the mapping, each from both sides."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from custbridge import (
    AccountingAddress,
    AccountingCustomer,
    AddressContact,
    DataSource,
    PrimaryContact,
    accounting_to_response,
)

STAMP = dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=dt.timezone.utc)


def _report(customer: AccountingCustomer) -> list[str]:
    _, report = accounting_to_response(
        customer,
        tenant_id=uuid.UUID(int=1),
        source=DataSource.QUICKBOOKS,
        clock=lambda: STAMP,
        with_report=True,
    )
    return [str(item) for item in report.items]


# ISO 3166-1: a country written any other way than its alpha-2 code is
# normalised to the code and reported; the code itself is not. Croatia's code
# (HR, from Hrvatska) sorts after its English name, Germany's (DE) before.
@pytest.mark.parametrize(
    ("written", "code"),
    [("Croatia", "HR"), ("Cambodia", "KH"), ("Germany", "DE"), ("de", "DE")],
)
def test_country_written_otherwise_is_normalised_and_reported(
    written: str, code: str
) -> None:
    """A country name or lower-case code becomes the alpha-2 code, reported."""
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP,
        billing_address=AccountingAddress(country=written),
    )  # fmt: skip
    expected = (
        f"$.billingAddress.country: normalised: written as its ISO code {code}"
        f' (was: "{written}")'
    )
    assert [expected] == [r for r in _report(customer) if "country" in r]


def test_country_code_is_not_reported() -> None:
    """A country already written as its alpha-2 code is kept without a word."""
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP,
        billing_address=AccountingAddress(country="HR"),
    )  # fmt: skip
    assert [] == [r for r in _report(customer) if "country" in r]


def test_address_contact_email_is_not_reported_as_dropped() -> None:
    """An address contact's email is the record's to report, not the address's."""
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP,
        contact=PrimaryContact(email="anna@example.com"),
        billing_address=AccountingAddress(
            contact=AddressContact(email="bob@example.com", first_name="Bob")
        ),
    )  # fmt: skip
    contact = [r for r in _report(customer) if ".contact." in r]
    assert [
        "$.billingAddress.contact.firstName: dropped: the tax engine's address has"
        ' no contact (was: "Bob")',
        "$.billingAddress.contact.email: dropped: an earlier contact's email is used"
        ' (was: "bob@example.com")',
    ] == contact
