"""load_* and dump_*: what loads, how it is written back, and what bad input gets."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest

from custbridge import (
    AccountingAddress,
    AccountingCustomer,
    AddressContact,
    CustomerStatus,
    DataSource,
    RelatedCompany,
    ValidationError,
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from payloads import accounting, changed, response

DATE_RULE = (
    "must be a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM:SS,"
    " then optional .ffffff, then optional Z or ±HH:MM)"
)
STAMP_RULE = (
    "must be a date-time with a UTC offset (YYYY-MM-DDTHH:MM:SS,"
    " then optional .ffffff, then Z or ±HH:MM)"
)
SOURCES = '"netsuite", "priority", "zoho_books", "quickbooks", "salesforce"'
EXACT = (
    "must be a number that a JSON reader holds exactly (at most 15 significant digits)"
)


def nested(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels):
        value = {"a": value}
    return value


BAD_ACCOUNTING = [
    ("id missing", changed(accounting(), "id"), "$.id: is required"),
    ("id number", changed(accounting(), "id", 5), "$.id: must be a string (got: 5)"),
    ("name null", changed(accounting(), "name", None),
     "$.name: must be a string (got: null)"),
    ("active text", changed(accounting(), "active", "yes"),
     '$.active: must be true or false (got: "yes")'),
    ("active 1", changed(accounting(), "active", 1),
     "$.active: must be true or false (got: 1)"),
    ("money bool", changed(accounting(), "creditLimit", True),  # noqa: FBT003
     "$.creditLimit: must be a number or a numeric string (got: true)"),
    ("money NaN", changed(accounting(), "creditLimit", float("nan")),
     "$.creditLimit: must be a finite number (got: NaN)"),
    ("money Infinity", changed(accounting(), "creditLimit", float("-inf")),
     "$.creditLimit: must be a finite number (got: -Infinity)"),
    ("money comma", changed(accounting(), "creditLimit", "12,50"),
     '$.creditLimit: must be a number or a numeric string (got: "12,50")'),
    ("money NaN text", changed(accounting(), "creditLimit", "NaN"),
     '$.creditLimit: must be a number or a numeric string (got: "NaN")'),
    ("money padded", changed(accounting(), "creditLimit", " 12"),
     '$.creditLimit: must be a number or a numeric string (got: " 12")'),
    ("money too precise", changed(accounting(), "totalPaidAmount", "0.1234567890123456789"),
     f'$.totalPaidAmount: {EXACT} (got: "0.1234567890123456789")'),
    ("money too large", changed(accounting(), "totalOutstandingAmount", 10**400),
     f"$.totalOutstandingAmount: must be between -10^15 and 10^15 (got: 1{'0' * 57}…)"),
    ("money at the limit", changed(accounting(), "creditLimit", 10**15),
     "$.creditLimit: must be between -10^15 and 10^15 (got: 1000000000000000)"),
    ("money list", changed(accounting(), "totalPaidAmount", []),
     "$.totalPaidAmount: must be a number or a numeric string (got: [])"),
    ("month 13", changed(accounting(), "createdDate", "2024-13-01"),
     f'$.createdDate: {DATE_RULE} (got: "2024-13-01")'),
    ("US date", changed(accounting(), "createdDate", "01/15/2024"),
     f'$.createdDate: {DATE_RULE} (got: "01/15/2024")'),
    ("date number", changed(accounting(), "createdDate", 20240115),
     f"$.createdDate: {DATE_RULE} (got: 20240115)"),
    ("no seconds", changed(accounting(), "modifiedDate", "2024-03-01T10:15"),
     f'$.modifiedDate: {DATE_RULE} (got: "2024-03-01T10:15")'),
    ("nanoseconds", changed(accounting(), "modifiedDate", "2024-03-01T10:15:30.1234567Z"),
     f'$.modifiedDate: {DATE_RULE} (got: "2024-03-01T10:15:30.1234567Z")'),
    ("space separator", changed(accounting(), "modifiedDate", "2024-03-01 10:15:30"),
     f'$.modifiedDate: {DATE_RULE} (got: "2024-03-01 10:15:30")'),
    ("offset minutes", changed(accounting(), "modifiedDate", "2024-03-01T10:15:30+01:75"),
     f'$.modifiedDate: {DATE_RULE} (got: "2024-03-01T10:15:30+01:75")'),
    ("30 February", changed(accounting(), "endDate", "2024-02-30"),
     f'$.endDate: {DATE_RULE} (got: "2024-02-30")'),
    ("hour 24", changed(accounting(), "endDate", "2024-02-03T24:00:00"),
     f'$.endDate: {DATE_RULE} (got: "2024-02-03T24:00:00")'),
    ("email number", changed(accounting(), "contact.email", 42),
     "$.contact.email: must be a string (got: 42)"),
    ("contact text", changed(accounting(), "contact", "Anna"),
     '$.contact: must be an object (got: "Anna")'),
    ("address list", changed(accounting(), "billingAddress", []),
     "$.billingAddress: must be an object (got: [])"),
    ("postal code number", changed(accounting(), "corporateAddress.postalCode", 10115),
     "$.corporateAddress.postalCode: must be a string (got: 10115)"),
    ("country list", changed(accounting(), "contact.address.country", ["DE"]),
     '$.contact.address.country: must be a string (got: ["DE"])'),
    ("terms id number", changed(accounting(), "paymentTerms.id", 30),
     "$.paymentTerms.id: must be a string (got: 30)"),
    ("both spellings", changed(accounting(), "isubsidiary", {"id": "S"}),
     '$.isubsidiary: is another spelling of "subsidiary"; send only one'
     ' (got: {"id": "S"})'),
    ("unknown NaN", changed(accounting(), "score", float("nan")),
     "$.score: must be a finite number (NaN and Infinity are not JSON) (got: NaN)"),
    ("odd key NaN", changed(accounting(), "odd key", [float("inf")]),
     "$['odd key'][0]: must be a finite number (NaN and Infinity are not JSON)"
     " (got: Infinity)"),
    ("unknown too deep", changed(accounting(), "deep", nested(40)),
     f"$.deep{'.a' * 32}: nests deeper than 32 levels (got: {{\"a\": {{\"a\": {{\"a\""
     ': {"a": {"a": {"a": {"a": {"a": {}}}}}}}}})'),
    ("unknown set", changed(accounting(), "tags", {1}),
     '$.tags: must be a JSON value, not a Python set (got: "{1}")'),
    ("two problems", changed(changed(accounting(), "id", 5), "contact.email", 6),
     "$.id: must be a string (got: 5)\n$.contact.email: must be a string (got: 6)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("payload", "expected"),
    [case[1:] for case in BAD_ACCOUNTING],
    ids=[case[0] for case in BAD_ACCOUNTING],
)
def test_bad_accounting_payload(payload: dict[str, Any], expected: str) -> None:
    """Each broken rule of an accounting payload gets its exact message."""
    with pytest.raises(ValidationError) as info:
        load_accounting(payload)
    assert expected == str(info.value)


BAD_RESPONSE = [
    ("id not a UUID", changed(response(), "id", "not-a-uuid"),
     '$.id: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: "not-a-uuid")'),
    ("id in braces", changed(response(), "id", "{3f0c2b9e-6a57-4c1e-9a43-3f1ab3b5d001}"),
     "$.id: must be a UUID (8-4-4-4-12 hexadecimal digits)"
     ' (got: "{3f0c2b9e-6a57-4c1e-9a43-3f1ab3b5d001}")'),
    ("tenant missing", changed(response(), "tenant_id"), "$.tenant_id: is required"),
    ("source unknown", changed(response(), "source", "sap"),
     f'$.source: must be one of {SOURCES} (got: "sap")'),
    ("source case", changed(response(), "source", "NetSuite"),
     f'$.source: must be one of {SOURCES} (got: "NetSuite")'),
    ("source null", changed(response(), "source", None),
     f"$.source: must be one of {SOURCES} (got: null)"),
    ("status unknown", changed(response(), "customer_status", "deleted"),
     '$.customer_status: must be one of "active", "inactive", "suspended"'
     ' (got: "deleted")'),
    ("type wholesale", changed(response(), "customer_type", "wholesale"),
     '$.customer_type: must be one of "retail", "marketplace", "reseller"'
     ' (got: "wholesale")'),
    ("label case", changed(response(), "b2b_or_b2c", "B2B"),
     '$.b2b_or_b2c: must be one of "b2b", "b2c" (got: "B2B")'),
    ("label number", changed(response(), "b2b_or_b2c", 1),
     '$.b2b_or_b2c: must be one of "b2b", "b2c" (got: 1)'),
    ("naive timestamp", changed(response(), "created_at", "2024-03-02T08:00:00"),
     f'$.created_at: {STAMP_RULE} (got: "2024-03-02T08:00:00")'),
    ("date as timestamp", changed(response(), "updated_at", "2024-03-02"),
     f'$.updated_at: {STAMP_RULE} (got: "2024-03-02")'),
    ("offset without colon",
     changed(response(), "external_created_at", "2024-03-02T08:00:00+0100"),
     f'$.external_created_at: {STAMP_RULE} (got: "2024-03-02T08:00:00+0100")'),
    ("hour 25", changed(response(), "external_updated_at", "2024-03-02T25:00:00Z"),
     f'$.external_updated_at: {STAMP_RULE} (got: "2024-03-02T25:00:00Z")'),
    ("lower-case z", changed(response(), "created_at", "2024-03-02T08:00:00z"),
     f'$.created_at: {STAMP_RULE} (got: "2024-03-02T08:00:00z")'),
    ("external id empty", changed(response(), "external_id", ""),
     '$.external_id: must not be empty (got: "")'),
    ("external id long", changed(response(), "external_id", "x" * 257),
     "$.external_id: must be at most 256 characters long (it has 257)"
     f' (got: "{"x" * 57}…")'),
    ("name long", changed(response(), "name", "é" * 257),
     "$.name: must be at most 256 characters long (it has 257)"
     f' (got: "{"é" * 57}…")'),
    ("comment long", changed(response(), "comment", "c" * 201),
     "$.comment: must be at most 200 characters long (it has 201)"
     f' (got: "{"c" * 57}…")'),
    ("tax number long", changed(response(), "tax_number", "1" * 101),
     "$.tax_number: must be at most 100 characters long (it has 101)"
     f' (got: "{"1" * 57}…")'),
    ("email special-use", changed(response(), "email", "anna@acme.local"),
     "$.email: is not a valid email address: The part after the @-sign is a"
     " special-use or reserved name that cannot be used with email"
     ' (got: "anna@acme.local")'),
    ("zip long", changed(response(), "addresses.billing.zip", "1" * 21),
     "$.addresses.billing.zip: must be at most 20 characters long (it has 21)"
     f' (got: "{"1" * 21}")'),
    ("country long", changed(response(), "addresses.billing.country", "D" * 51),
     "$.addresses.billing.country: must be at most 50 characters long (it has 51)"
     f' (got: "{"D" * 51}")'),
    ("partial text", changed(response(), "addresses.billing.is_partial", "no"),
     '$.addresses.billing.is_partial: must be true or false (got: "no")'),
    ("shipping number", changed(response(), "addresses.shipping", 5),
     "$.addresses.shipping: must be an object (got: 5)"),
    ("addresses text", changed(response(), "addresses", "x"),
     '$.addresses: must be an object (got: "x")'),
    ("every timestamp", {k: v for k, v in response().items() if not k.endswith("_at")},
     "$.created_at: is required\n$.updated_at: is required\n"
     "$.external_created_at: is required\n$.external_updated_at: is required"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("payload", "expected"),
    [case[1:] for case in BAD_RESPONSE],
    ids=[case[0] for case in BAD_RESPONSE],
)
def test_bad_response_payload(payload: dict[str, Any], expected: str) -> None:
    """Each broken rule of a tax engine payload gets its exact message."""
    with pytest.raises(ValidationError) as info:
        load_response(payload)
    assert expected == str(info.value)


BAD_INPUT = [
    ("list", [], "$: must be a JSON object, or JSON text of one (got: [])"),
    ("number", 3, "$: must be a JSON object, or JSON text of one (got: 3)"),
    ("None", None, "$: must be a JSON object, or JSON text of one (got: null)"),
    ("JSON string", '"x"', '$: must be a JSON object, or JSON text of one (got: "x")'),
    ("broken JSON", "{",
     "$: is not valid JSON: Expecting property name enclosed in double quotes:"
     ' line 1 column 2 (char 1) (got: "{")'),
    ("repeated key", '{"id": "1", "id": "2"}',
     '$: is not valid JSON: repeats the key "id" (got: "{\\"id\\": \\"1\\", \\"id\\": \\"2\\"}")'),
    ("bad UTF-8", b'{"id": "\xff"}',
     "$: is not valid JSON: 'utf-8' codec can't decode byte 0xff in position 8:"
     " invalid start byte (got: \"b'{\\\"id\\\": \\\"\\\\xff\\\"}'\")"),
    ("deep JSON", "[" * 100_000,
     f'$: is JSON nested too deeply to read (got: "{"[" * 57}…")'),
    ("key not a string", {1: "x", "id": "C", "name": "N"},
     "$: has a key that is not a string (got: 1)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "expected"),
    [case[1:] for case in BAD_INPUT],
    ids=[case[0] for case in BAD_INPUT],
)
def test_bad_input(data: Any, expected: str) -> None:
    """Input that is not a JSON object at all is refused at ``$``."""
    with pytest.raises(ValidationError) as info:
        load_accounting(data)
    assert expected == str(info.value)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("score", "$.score: is not a known field (loaded with forbid_extra=True) (got: 1)"),
        ("billingAddress.floor",
         "$.billingAddress.floor: is not a known field (loaded with forbid_extra=True)"
         " (got: 1)"),
    ],
)  # fmt: skip
def test_forbid_extra(path: str, expected: str) -> None:
    """With ``forbid_extra=True`` an unknown key is an error at its own path."""
    payload = changed(accounting(), path, 1)
    with pytest.raises(ValidationError) as info:
        load_accounting(payload, forbid_extra=True)
    assert expected == str(info.value)
    kept = load_accounting(payload)
    holder = kept if "." not in path else kept.billing_address
    assert holder is not None
    assert {path.rsplit(".", 1)[-1]: 1} == holder.extras


def test_forbid_extra_accepts_known_keys() -> None:
    """A payload with only known keys loads the same with ``forbid_extra=True``."""
    assert load_accounting(accounting(), forbid_extra=True) == load_accounting(
        accounting()
    )
    assert load_response(response(), forbid_extra=True) == load_response(response())


def test_problems_are_structured() -> None:
    """Each problem carries its path, its rule and the value shown."""
    with pytest.raises(ValidationError) as info:
        load_accounting(changed(accounting(), "contact.firstName", 7))
    (problem,) = info.value.problems
    assert (problem.path, problem.message, problem.value) == (
        "$.contact.firstName",
        "must be a string",
        "7",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-15", dt.date(2024, 1, 15)),
        ("2024-01-15T10:00:00", dt.datetime(2024, 1, 15, 10)),
        (
            "2024-01-15T10:00:00.5Z",
            dt.datetime(2024, 1, 15, 10, 0, 0, 500000, dt.timezone.utc),
        ),
        (
            "2024-01-15T10:00:00-05:30",
            dt.datetime(
                2024, 1, 15, 10, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30))
            ),
        ),
    ],
)
def test_accounting_dates_keep_their_kind(text: str, expected: dt.date) -> None:
    """A date stays a date; a date-time keeps its offset, or its lack of one."""
    loaded = load_accounting({"id": "C", "name": "N", "createdDate": text})
    got = loaded.created_date
    assert (expected, type(expected), getattr(expected, "tzinfo", None)) == (
        got,
        type(got),
        getattr(got, "tzinfo", None),
    )


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2024-01-15", "2024-01-15"),
        ("2024-01-15T10:00:00", "2024-01-15T10:00:00"),
        ("2024-01-15T10:00:00Z", "2024-01-15T10:00:00Z"),
        ("2024-01-15T10:00:00+00:00", "2024-01-15T10:00:00Z"),
        ("2024-01-15T10:00:00.120Z", "2024-01-15T10:00:00.120Z"),
        ("2024-01-15T10:00:00.5+02:00", "2024-01-15T10:00:00.500+02:00"),
        ("2024-01-15T10:00:00.000001-03:30", "2024-01-15T10:00:00.000001-03:30"),
        ("2024-01-15T10:00:00.000Z", "2024-01-15T10:00:00Z"),
    ],
)
def test_dates_are_written_in_rfc3339(text: str, written: str) -> None:
    """Dates are written back in one RFC 3339 spelling, instant and offset kept."""
    dumped = dump_accounting(load_accounting({"id": "C", "name": "N", "endDate": text}))
    assert written == dumped["endDate"]


@pytest.mark.parametrize(
    ("value", "decimal", "written"),
    [
        (1200, Decimal(1200), 1200),
        (98000.25, Decimal("98000.25"), 98000.25),
        (0.1, Decimal("0.1"), 0.1),
        ("12.30", Decimal("12.30"), 12.3),
        ("-0.5e3", Decimal("-5E+2"), -500),
        ("123456789012345", Decimal(123456789012345), 123456789012345),
        (Decimal("1.5"), Decimal("1.5"), 1.5),
        (999999999999999, Decimal(999999999999999), 999999999999999),
        (-0.30000000000000004, Decimal("-0.30000000000000004"), -0.30000000000000004),
    ],
)
def test_money(value: Any, decimal: Decimal, written: float) -> None:
    """Money loads as the exact Decimal and is written as the same JSON number."""
    customer = load_accounting({"id": "C", "name": "N", "creditLimit": value})
    assert decimal == customer.credit_limit
    assert str(decimal) == str(customer.credit_limit)
    dumped = dump_accounting(customer)["creditLimit"]
    assert (written, type(written)) == (dumped, type(dumped))


def test_json_text_and_bytes_load_like_the_mapping() -> None:
    """JSON text, as ``str`` or ``bytes``, loads like the mapping it encodes."""
    expected = load_accounting(accounting())
    text = json.dumps(accounting())
    assert expected == load_accounting(text)
    assert expected == load_accounting(text.encode())
    assert expected == load_accounting(bytearray(text.encode()))


def test_null_and_missing_are_both_none() -> None:
    """``null`` and a missing key both load as ``None``."""
    assert load_accounting(
        {"id": "C", "name": "N", "contact": None}
    ) == load_accounting({"id": "C", "name": "N"})


def test_dump_writes_every_key_unless_omit_none() -> None:
    """``dump_*`` writes null for None; ``omit_none=True`` leaves those keys out."""
    customer = AccountingCustomer(
        id="C", name="N", billing_address=AccountingAddress(city="Berlin")
    )
    assert dump_accounting(customer, omit_none=True) == {
        "id": "C",
        "name": "N",
        "billingAddress": {"city": "Berlin"},
    }
    full = dump_accounting(customer)
    assert len(full) == 25
    assert full["billingAddress"]["contact"] is None


def test_isubsidiary_is_read_and_written_as_subsidiary() -> None:
    """The seed's ``isubsidiary`` loads into ``subsidiary``, which is what is written."""
    payload = changed(changed(accounting(), "subsidiary"), "isubsidiary", {"id": "S"})
    customer = load_accounting(payload)
    assert RelatedCompany(id="S") == customer.subsidiary
    dumped = dump_accounting(customer)
    assert "isubsidiary" not in dumped
    assert {"id": "S", "name": None} == dumped["subsidiary"]


def test_unknown_keys_are_kept_in_order_and_written_back() -> None:
    """Unknown keys land in ``extras`` in input order and are written back."""
    payload = changed(accounting(), "zeta", {"deep": [1, None, "x"]})
    payload = changed(payload, "alpha", 1.5)
    payload["billingAddress"]["floor"] = 3
    customer = load_accounting(payload)
    assert list(customer.extras) == ["zeta", "alpha"]
    assert customer.billing_address is not None
    assert {"floor": 3} == customer.billing_address.extras
    assert payload == dump_accounting(customer)


def test_unknown_keys_beside_an_error_elsewhere() -> None:
    """Unknown keys in one object do not hide or cause a problem in another."""
    payload = changed(accounting(), "billingAddress.floor", 3)
    payload = changed(payload, "parent.id", 1)
    with pytest.raises(ValidationError) as info:
        load_accounting(payload)
    assert "$.parent.id: must be a string (got: 1)" == str(info.value)


def test_unknown_keys_are_copied() -> None:
    """Changing the input after loading does not change the loaded object."""
    payload = changed(accounting(), "tags", ["a"])
    customer = load_accounting(payload)
    payload["tags"].append("b")
    assert {"tags": ["a"]} == customer.extras


def test_uuids_load_in_either_case_and_are_written_lower_case() -> None:
    """UUIDs load upper or lower case and are written lower case."""
    payload = changed(response(), "id", "3F0C2B9E-6A57-4C1E-9A43-3F1AB3B5D001")
    loaded = load_response(payload)
    assert uuid.UUID("3f0c2b9e-6a57-4c1e-9a43-3f1ab3b5d001") == loaded.id
    assert "3f0c2b9e-6a57-4c1e-9a43-3f1ab3b5d001" == dump_response(loaded)["id"]


def test_response_enums_load_as_members() -> None:
    """Enum values load as members of their enum, not as plain strings."""
    loaded = load_response(response())
    assert (DataSource.NETSUITE, CustomerStatus.ACTIVE) == (
        loaded.source,
        loaded.customer_status,
    )
    assert type(loaded.source) is DataSource


def test_full_payloads_round_trip() -> None:
    """The fully populated payloads are written back exactly as they came in."""
    assert accounting() == dump_accounting(load_accounting(accounting()))
    assert response() == dump_response(load_response(response()))


@pytest.mark.parametrize(
    ("dump", "value", "expected"),
    [
        (dump_accounting, "C-1",
         '$: must be an AccountingCustomer, not a str value (got: "C-1")'),
        (dump_response, AccountingCustomer(id="C", name="N"),
         "$: must be a CustomerResponse, not a AccountingCustomer value"
         ' (got: "AccountingCustomer(id=\'C\', name=\'N\', external_id=None, ac…")'),
        (dump_accounting,
         AccountingCustomer(id="C", name="N", extras={"taxId": "x", "webSite": "y"}),
         "$: AccountingCustomer has an extras key that is a field's wire name"
         ' (got: "taxId")'),
        (dump_accounting,
         AccountingCustomer(
             id="C", name="N",
             billing_address=AccountingAddress(contact=AddressContact(extras={"email": 1})),
         ),
         "$: AddressContact has an extras key that is a field's wire name"
         ' (got: "email")'),
    ],
)  # fmt: skip
def test_dump_refuses(dump: Any, value: Any, expected: str) -> None:
    """Dumping the wrong type, or extras that shadow a field, is refused."""
    with pytest.raises(ValidationError) as info:
        dump(value)
    assert expected == str(info.value)
