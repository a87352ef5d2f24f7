"""accounting_to_response and response_to_accounting, with their reports."""

from __future__ import annotations

import datetime as dt
import pickle
import typing
import uuid
from decimal import Decimal
from typing import Any

import attrs
import pycountry
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from custbridge import (
    AccountingAddress,
    AccountingCustomer,
    Action,
    AddressContact,
    AddressDto,
    ContactAddress,
    CorporateAddress,
    CustomerAddresses,
    CustomerResponse,
    CustomerStatus,
    CustomerType,
    DataSource,
    MappingError,
    PaymentTerms,
    PrimaryContact,
    RelatedCompany,
    _email,
    accounting_to_response,
    response_to_accounting,
)
from custbridge import strategies as cst
from custbridge.converters import wire_names
from custbridge.mapping import default_id
from custbridge.mapping._field_table import TO_ACCOUNTING, TO_RESPONSE

UTC = dt.timezone.utc
TENANT = uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")
MAPPED_AT = dt.datetime(2024, 5, 1, 12, tzinfo=UTC)
LATER = dt.datetime(2024, 6, 1, 12, tzinfo=UTC)
STAMP = dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC)


def to_response(customer: AccountingCustomer, **options: Any) -> Any:
    options = {
        "tenant_id": TENANT,
        "source": DataSource.QUICKBOOKS,
        "clock": lambda: MAPPED_AT,
    } | options
    return accounting_to_response(customer, **options)


def report_of(customer: AccountingCustomer, **options: Any) -> list[str]:
    _, report = to_response(customer, with_report=True, **options)
    return [str(item) for item in report.items]


def wire_paths(cls: type, prefix: str = "") -> set[str]:
    """Every wire path of a model: its fields and, for nested models, theirs."""
    paths = set()
    hints = typing.get_type_hints(cls)
    for name, wire in wire_names(cls).items():
        path = prefix + wire
        paths.add(path)
        inner = [t for t in typing.get_args(hints[name]) if attrs.has(t)]
        for nested in inner:
            paths |= wire_paths(nested, path + ".")
    return paths


@pytest.mark.parametrize(
    ("cls", "table"),
    [(AccountingCustomer, TO_RESPONSE), (CustomerResponse, TO_ACCOUNTING)],
)
def test_field_table_names_every_field(cls: type, table: Any) -> None:
    """Every field of both seeds has a row saying what happens to it."""
    assert wire_paths(cls) == {row[0] for row in table}


DROPPED = [row[0] for row in TO_RESPONSE if row[2] == "dropped and reported"]


@pytest.mark.parametrize("path", DROPPED)
def test_dropped_fields_are_reported(path: str) -> None:
    """Each field the table calls dropped is reported at its path when set."""
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP,
        external_id="E", currency="EUR", credit_limit=None, web_site="w", account="a",
        end_date=dt.date(2024, 1, 1), language="de", price_level="p", tax_code="t",
        payment_terms=PaymentTerms(id="p"), parent=RelatedCompany(id="P"),
        subsidiary=RelatedCompany(id="S"),
        contact=PrimaryContact(salutation="Dr", first_name="A", middle_name="B", last_name="C",
                               phone="1", mobile="2", fax="3"),
        billing_address=AccountingAddress(id="b", phone="4", contact=AddressContact(
            first_name="F", middle_name="M", last_name="L")),
        corporate_address=CorporateAddress(id="c", phone="5"),
        shipping_address=AccountingAddress(id="s", phone="6", contact=AddressContact(
            first_name="F", middle_name="M", last_name="L")),
    )  # fmt: skip
    if path in {"creditLimit", "totalOutstandingAmount", "totalPaidAmount"}:
        customer = attrs.evolve(customer, **{wire_to_attr(path): Decimal("12.5")})
    if path.startswith("corporateAddress."):  # mapped only without a billing address
        customer = attrs.evolve(customer, billing_address=None)
    reported = {
        line.split(": ")[0] for line in report_of(customer) if ": dropped: " in line
    }
    assert "$." + path in reported


def wire_to_attr(wire: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in wire)


REPORTED = [
    ("long name", AccountingCustomer(id="C", name="n" * 300, modified_date=STAMP),
     f'$.name: truncated: longer than 256 characters (was: "{"n" * 57}…")'),
    ("long description",
     AccountingCustomer(id="C", name="N", description="d" * 201, modified_date=STAMP),
     f'$.description: truncated: longer than 200 characters (was: "{"d" * 57}…")'),
    ("long tax id", AccountingCustomer(id="C", name="N", tax_id="1" * 101, modified_date=STAMP),
     f'$.taxId: dropped: longer than 100 characters (was: "{"1" * 57}…")'),
    ("padded tax id",
     AccountingCustomer(id="C", name="N", tax_id=" DE136695976 ", modified_date=STAMP),
     '$.taxId: normalised: surrounding spaces removed (was: " DE136695976 ")'),
    ("invalid tax id",
     AccountingCustomer(id="C", name="N", tax_id="DE136695977", modified_date=STAMP),
     '$.taxId: invalid: not a valid tax number of DE (was: "DE136695977")'),
    ("date", AccountingCustomer(id="C", name="N", created_date=dt.date(2024, 1, 15),
                                modified_date=STAMP),
     '$.createdDate: normalised: a date, taken as midnight UTC (was: "2024-01-15")'),
    ("naive", AccountingCustomer(id="C", name="N", modified_date=dt.datetime(2024, 1, 15, 9)),
     "$.createdDate: defaulted: missing; modifiedDate used instead"),
    ("country name",
     AccountingCustomer(id="C", name="N", modified_date=STAMP,
                        billing_address=AccountingAddress(country="Germany")),
     '$.billingAddress.country: normalised: written as its ISO code DE (was: "Germany")'),
    ("unknown country",
     AccountingCustomer(id="C", name="N", modified_date=STAMP,
                        shipping_address=AccountingAddress(country="Atlantis")),
     "$.shippingAddress.country: invalid: not a country ISO 3166 knows; kept as given"
     ' (was: "Atlantis")'),
    ("long country",
     AccountingCustomer(id="C", name="N", modified_date=STAMP,
                        shipping_address=AccountingAddress(country="x" * 51)),
     "$.shippingAddress.country: dropped: not a country, and too long to keep"
     f' (was: "{"x" * 51}")'),
    ("long postal code",
     AccountingCustomer(id="C", name="N", modified_date=STAMP,
                        corporate_address=CorporateAddress(postal_code="1" * 21)),
     f'$.corporateAddress.postalCode: dropped: longer than 20 characters (was: "{"1" * 21}")'),
    ("long street",
     AccountingCustomer(id="C", name="N", modified_date=STAMP,
                        billing_address=AccountingAddress(line1="s" * 201)),
     f'$.billingAddress.line1: truncated: longer than 200 characters (was: "{"s" * 57}…")'),
    ("email",
     AccountingCustomer(id="C", name="N", modified_date=STAMP,
                        contact=PrimaryContact(email="Anna@ACME-Handel.DE")),
     "$.contact.email: normalised: written as email-validator normalises it"
     ' (was: "Anna@ACME-Handel.DE")'),
    ("unknown key", AccountingCustomer(id="C", name="N", modified_date=STAMP, extras={"x": 1}),
     "$.x: dropped: unknown to the tax engine (was: 1)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("customer", "expected"), [c[1:] for c in REPORTED], ids=[c[0] for c in REPORTED]
)
def test_report_items(customer: AccountingCustomer, expected: str) -> None:
    """What is not carried over unchanged is reported, with its path and reason."""
    assert expected in report_of(customer)


def test_naive_datetimes_are_taken_as_utc() -> None:
    """A naive accounting date-time means UTC."""
    naive = dt.datetime(2024, 1, 15, 9)
    response = to_response(AccountingCustomer(id="C", name="N", modified_date=naive))
    assert naive.replace(tzinfo=UTC) == response.external_updated_at
    assert (
        '$.modifiedDate: normalised: no offset, taken as UTC (was: "2024-01-15T09:00:00")'
        in report_of(AccountingCustomer(id="C", name="N", modified_date=naive))
    )


@pytest.mark.parametrize(
    ("customer", "field", "message"),
    [
        (AccountingCustomer(id="C", name="N"), "$.createdDate",
         "$.createdDate: is missing, and so is modifiedDate: no timestamp to map"),
        (AccountingCustomer(id="", name="N", modified_date=STAMP), "$.id",
         "$.id: must be 1 to 256 characters to be an external_id"),
        (AccountingCustomer(id="i" * 257, name="N", modified_date=STAMP), "$.id",
         "$.id: must be 1 to 256 characters to be an external_id"),
    ],
)  # fmt: skip
def test_mapping_errors(customer: AccountingCustomer, field: str, message: str) -> None:
    """What cannot be mapped at all raises MappingError naming the field."""
    with pytest.raises(MappingError) as info:
        to_response(customer)
    assert (field, message) == (info.value.field, str(info.value))


@pytest.mark.parametrize(
    ("customer", "message"),
    [
        (AccountingCustomer(id="C", name="n" * 300, modified_date=STAMP),
         "$.name: longer than 256 characters (strict mapping)"),
        (AccountingCustomer(id="C", name="N", tax_id="ATU13585628", modified_date=STAMP),
         "$.taxId: not a valid tax number of AT (strict mapping)"),
    ],
)  # fmt: skip
def test_strict_mapping_raises(customer: AccountingCustomer, message: str) -> None:
    """strict=True turns truncation and invalid values into MappingError."""
    with pytest.raises(MappingError) as info:
        to_response(customer, strict=True)
    assert message == str(info.value)


def test_country_hint_order() -> None:
    """The tax number's country comes from billing, then corporate, shipping, contact."""
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP, tax_id="12345678Z",
        contact=PrimaryContact(address=ContactAddress(country="FR")),
        shipping_address=AccountingAddress(country="Italy"),
        corporate_address=CorporateAddress(country="ESP"),
    )  # fmt: skip
    _, report = to_response(customer, with_report=True)
    assert ("ES", "person") == (
        report.classification.country,
        report.classification.reason,
    )


def test_corporate_address_stands_in_for_billing() -> None:
    """Without a billing address the corporate one is the billing address."""
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP,
        corporate_address=CorporateAddress(line1="Hauptstr. 1", line2="Hof", city="Berlin",
                                           province="BE", postal_code="10115", country="DEU"),
    )  # fmt: skip
    assert CustomerAddresses(
        billing=AddressDto(street="Hauptstr. 1, Hof", city="Berlin", state="BE", zip="10115",
                           country="DE")
    ) == to_response(customer).addresses  # fmt: skip


def test_email_comes_from_the_first_contact_that_has_one() -> None:
    """contact, then billing contact, then shipping contact."""
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP,
        billing_address=AccountingAddress(contact=AddressContact(email="bill@acme.de")),
        shipping_address=AccountingAddress(contact=AddressContact(email="ship@acme.de")),
    )  # fmt: skip
    assert "bill@acme.de" == to_response(customer).email
    assert (
        "$.shippingAddress.contact.email: dropped: an earlier contact's email is used"
        ' (was: "ship@acme.de")'
    ) in report_of(customer)


def test_emails_after_the_chosen_one_are_checked_for_a_report_or_strictness() -> None:
    """A bad later email changes nothing in a plain call: it is not even checked.

    With a report it is named as invalid; strict, it refuses the mapping.
    """
    customer = AccountingCustomer(
        id="C", name="N", modified_date=STAMP,
        billing_address=AccountingAddress(contact=AddressContact(email="bill@acme.de")),
        shipping_address=AccountingAddress(contact=AddressContact(email="not an email")),
    )  # fmt: skip
    checked: list[str] = []
    verdict = _email.verdict

    def spy(address: str) -> tuple[bool, str]:
        checked.append(address)
        return verdict(address)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_email, "verdict", spy)
        assert "bill@acme.de" == to_response(customer).email
        assert "not an email" not in checked
        assert any(
            "shippingAddress.contact.email: invalid" in i for i in report_of(customer)
        )
    with pytest.raises(MappingError) as info:
        to_response(customer, strict=True)
    assert "$.shippingAddress.contact.email" == info.value.field


def test_default_id_is_uuid5_of_tenant_source_and_external_id() -> None:
    """The record id is stable: the same customer always gets the same id."""
    response = to_response(AccountingCustomer(id="C-1", name="N", modified_date=STAMP))
    expected = uuid.uuid5(
        uuid.UUID("6f1d3c3e-7d2b-5c52-9a63-6b8c0e9f4a10"), f"{TENANT}/quickbooks/C-1"
    )
    assert expected == response.id == default_id(TENANT, DataSource.QUICKBOOKS, "C-1")


def test_id_factory_and_clock_are_used() -> None:
    """The injected id factory and clock decide id and timestamps."""
    response = to_response(
        AccountingCustomer(id="C", name="N", modified_date=STAMP),
        id_factory=lambda *_: uuid.UUID(int=5),
        clock=lambda: LATER,
    )
    assert (uuid.UUID(int=5), LATER, LATER) == (
        response.id,
        response.created_at,
        response.updated_at,
    )


@pytest.mark.parametrize(
    ("active", "before", "after"),
    [
        (True, None, CustomerStatus.ACTIVE),
        (False, None, CustomerStatus.INACTIVE),
        (None, None, None),
        (False, CustomerStatus.SUSPENDED, CustomerStatus.SUSPENDED),
        (True, CustomerStatus.SUSPENDED, CustomerStatus.ACTIVE),
        (None, CustomerStatus.SUSPENDED, CustomerStatus.SUSPENDED),
        (False, CustomerStatus.ACTIVE, CustomerStatus.INACTIVE),
    ],
)
def test_status(
    active: bool | None, before: CustomerStatus | None, after: CustomerStatus | None
) -> None:
    """active maps to a status; a suspension the accounting side cannot say is kept."""
    customer = AccountingCustomer(id="C", name="N", modified_date=STAMP, active=active)
    existing = attrs.evolve(to_response(customer), customer_status=before)
    assert after == to_response(customer, existing=existing).customer_status


def test_existing_keeps_what_the_accounting_side_cannot_carry() -> None:
    """existing= keeps id, created_at, customer_type; updated_at moves on change."""
    customer = AccountingCustomer(id="C", name="N", modified_date=STAMP)
    first = attrs.evolve(
        to_response(customer), id=uuid.UUID(int=9), customer_type=CustomerType.RESELLER
    )
    same = to_response(customer, existing=first, clock=lambda: LATER)
    assert first == same
    renamed = to_response(
        attrs.evolve(customer, name="M"), existing=first, clock=lambda: LATER
    )
    assert (uuid.UUID(int=9), MAPPED_AT, LATER, CustomerType.RESELLER) == (
        renamed.id, renamed.created_at, renamed.updated_at, renamed.customer_type,
    )  # fmt: skip
    retyped = to_response(customer, existing=first, customer_type=CustomerType.RETAIL)
    assert CustomerType.RETAIL == retyped.customer_type


def test_response_to_accounting_reports_what_it_drops() -> None:
    """The engine's own fields have no place on the accounting side and are reported."""
    response = attrs.evolve(
        to_response(AccountingCustomer(id="C", name="N", modified_date=STAMP)),
        customer_status=CustomerStatus.SUSPENDED,
        addresses=CustomerAddresses(
            billing=AddressDto(county="Kent", is_partial=True, extras={"x": 1}),
            extras={"y": 2},
        ),
        extras={"z": 3},
    )
    customer, report = response_to_accounting(response, with_report=True)
    assert False is customer.active
    lines = [str(item) for item in report.items]
    assert [
        '$.customer_status: normalised: suspended is written as active=false (was: "suspended")',
        "$.z: dropped: unknown to the accounting platform (was: 3)",
        "$.addresses.y: dropped: unknown to the accounting platform (was: 2)",
        '$.addresses.billing.county: dropped: the accounting address has no county (was: "Kent")',
        "$.addresses.billing.is_partial: dropped: the accounting address has no such flag (was: true)",
        "$.addresses.billing.x: dropped: unknown to the accounting platform (was: 1)",
    ] == lines[-6:]
    assert {
        "$.id",
        "$.tenant_id",
        "$.source",
        "$.created_at",
        "$.updated_at",
        "$.b2b_or_b2c",
    } <= {line.split(": ")[0] for line in lines}


def test_results_and_reports_pickle() -> None:
    """Mapped objects and reports survive pickling, for multiprocessing and Spark."""
    customer = AccountingCustomer(
        id="C", name="N" * 300, modified_date=STAMP, tax_id="DE136695976"
    )
    result = to_response(customer, with_report=True)
    assert result == pickle.loads(pickle.dumps(result))  # noqa: S301 - our own data


def has_timestamp(customer: AccountingCustomer) -> bool:
    return customer.created_date is not None or customer.modified_date is not None


@given(cst.accounting_customers())
def test_mapping_never_raises_but_mapping_errors(customer: AccountingCustomer) -> None:
    """Any valid customer maps; only a missing timestamp pair or a bad id is refused."""
    refusable = not has_timestamp(customer) or not 1 <= len(customer.id) <= 256
    try:
        response, report = to_response(customer, with_report=True)
    except MappingError as error:
        field: str | None = error.field
    else:
        field = None
        assert response.external_id == customer.id
        assert all(item.path.startswith("$") for item in report.items)
    assert (field is not None) == refusable
    assert field in {None, "$.createdDate", "$.id"}


@given(cst.accounting_customers())
def test_mapping_is_deterministic(customer: AccountingCustomer) -> None:
    """Mapping the same customer twice gives the same response, and a re-sync too."""
    assume(has_timestamp(customer) and 1 <= len(customer.id) <= 256)
    first = to_response(customer)
    assert first == to_response(customer)
    assert first == to_response(customer, existing=first, clock=lambda: LATER)


def _instant(value: dt.date | None) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@given(cst.accounting_customers())
def test_mapped_fields_survive_the_round_trip(customer: AccountingCustomer) -> None:
    """accounting -> response -> accounting keeps every field that has a home."""
    assume(has_timestamp(customer) and 1 <= len(customer.id) <= 256)
    back = response_to_accounting(to_response(customer))
    created = _instant(customer.created_date) or _instant(customer.modified_date)
    updated = _instant(customer.modified_date) or _instant(customer.created_date)
    assert (customer.id, customer.name[:256], created, updated) == (
        back.id, back.name, back.created_date, back.modified_date,
    )  # fmt: skip
    if customer.description is not None:
        assert customer.description[:200] == back.description
    if customer.tax_id is not None and len(customer.tax_id.strip()) <= 100:
        assert (customer.tax_id.strip() or None) == back.tax_id
    assert customer.active == back.active
    billing = customer.billing_address or customer.corporate_address
    for source, copy in (
        (billing, back.billing_address),
        (customer.shipping_address, back.shipping_address),
    ):
        assert (source is None) == (copy is None)
        if source is not None and copy is not None:
            parts = [line for line in (source.line1, source.line2) if line is not None]
            street = ", ".join(parts)[:200] if parts else None
            city = None if source.city is None else source.city[:100]
            assert (street, city) == (copy.line1, copy.city)


ALPHA_2 = sorted(c.alpha_2 for c in pycountry.countries)
LIMITED_DTOS = st.builds(
    AddressDto,
    street=st.none() | st.text(max_size=200), city=st.none() | st.text(max_size=100),
    state=st.none() | st.text(max_size=100), zip=st.none() | st.text(max_size=20),
    country=st.none() | st.sampled_from(ALPHA_2),
)  # fmt: skip
WITHIN_LIMITS = st.builds(
    attrs.evolve,
    cst.customer_responses(),
    addresses=st.none()
    | st.builds(
        CustomerAddresses, billing=LIMITED_DTOS, shipping=st.none() | LIMITED_DTOS
    )
    | st.builds(CustomerAddresses, billing=st.none(), shipping=LIMITED_DTOS),
    tax_number=st.none() | st.from_regex(r"[A-Z0-9]{1,20}", fullmatch=True),
)


@given(WITHIN_LIMITS)
def test_response_round_trip_with_existing(response: CustomerResponse) -> None:
    """response -> accounting -> response with existing= gives the original back."""
    again = accounting_to_response(
        response_to_accounting(response),
        tenant_id=response.tenant_id,
        source=response.source,
        existing=response,
        clock=lambda: LATER,
    )
    assert response == again


LOSSLESS_ADDRESS = st.builds(
    AccountingAddress,
    line1=st.none() | st.text(min_size=1, max_size=200),
    city=st.none() | st.text(max_size=100), province=st.none() | st.text(max_size=100),
    postal_code=st.none() | st.text(max_size=20), country=st.none() | st.sampled_from(ALPHA_2),
)  # fmt: skip


@st.composite
def lossless_customers(draw: st.DrawFn) -> AccountingCustomer:
    """Customers whose every field has a home on the tax engine side, within limits."""
    country = draw(st.sampled_from(["DE", "FR", "ES", "IT", "NL", "AT"]))
    billing = draw(LOSSLESS_ADDRESS.map(lambda a: attrs.evolve(a, country=country)))
    return AccountingCustomer(
        id=draw(st.text(min_size=1, max_size=256)),
        name=draw(st.text(max_size=256)),
        active=draw(st.none() | st.booleans()),
        description=draw(st.none() | st.text(max_size=200)),
        created_date=draw(st.datetimes(timezones=st.just(UTC))),
        modified_date=draw(st.datetimes(timezones=st.just(UTC))),
        tax_id=draw(st.none() | cst.tax_numbers("b2b", country=country).map(str.strip)),
        contact=draw(st.none() | st.builds(PrimaryContact, email=cst.emails())),
        billing_address=billing,
        shipping_address=draw(st.none() | LOSSLESS_ADDRESS),
    )


@given(lossless_customers())
def test_report_of_a_lossless_record_is_empty(customer: AccountingCustomer) -> None:
    """A customer whose every value fits and has a home maps with an empty report."""
    assume(customer.tax_id is None or customer.tax_id == customer.tax_id.strip())
    _, report = to_response(customer, with_report=True)
    assert [] == [str(item) for item in report.items]


def test_default_clock_is_utc_now() -> None:
    """Without a clock, timestamps are the current UTC time."""
    before = dt.datetime.now(UTC)
    response = accounting_to_response(
        AccountingCustomer(id="C", name="N", modified_date=STAMP),
        tenant_id=TENANT,
        source=DataSource.SALESFORCE,
    )
    assert before <= response.created_at <= dt.datetime.now(UTC)
    assert UTC == response.created_at.tzinfo


def test_report_lists_and_counts_items() -> None:
    """A report prints one item per line and counts them by action."""
    customer = AccountingCustomer(
        id="C", name="n" * 300, currency="EUR", language="de", modified_date=STAMP
    )
    _, report = to_response(customer, with_report=True)
    assert {
        Action.TRUNCATED: 1,
        Action.DROPPED: 2,
        Action.DEFAULTED: 1,
    } == report.by_action()
    assert str(report).splitlines() == [str(item) for item in report.items]
