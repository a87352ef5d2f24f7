"""The mapping functions check their arguments: only custbridge errors escape."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import (
    AccountingCustomer,
    ArgumentError,
    CustbridgeError,
    CustomerType,
    DataSource,
    MappingError,
    accounting_to_response,
    response_to_accounting,
)
from custbridge import strategies as cst
from custbridge.mapping import ID_NAMESPACE, default_id
from hostile import hostile_values

UTC = dt.timezone.utc
TENANT = uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")
MAPPED_AT = dt.datetime(2024, 5, 1, 12, tzinfo=UTC)
CUSTOMER = AccountingCustomer(id="C-1", name="Acme", created_date=dt.date(2024, 1, 1))
OPTIONS: dict[str, Any] = {
    "tenant_id": TENANT, "source": DataSource.QUICKBOOKS, "clock": lambda: MAPPED_AT,
}  # fmt: skip
SOURCES = '"netsuite", "priority", "zoho_books", "quickbooks", "salesforce"'


def _fails() -> dt.datetime:
    raise ZeroDivisionError


WRONG = [
    ("customer", {}, "x", 'customer: must be an AccountingCustomer (got: "x")'),
    ("tenant_id", {"tenant_id": "not-a-uuid"}, CUSTOMER,
     'tenant_id: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: "not-a-uuid")'),
    ("source", {"source": "sap"}, CUSTOMER, f'source: must be one of {SOURCES} (got: "sap")'),
    ("customer_type", {"customer_type": 1}, CUSTOMER,
     'customer_type: must be one of "retail", "marketplace", "reseller" (got: 1)'),
    ("existing", {"existing": "x"}, CUSTOMER, 'existing: must be a CustomerResponse (got: "x")'),
    ("clock", {"clock": MAPPED_AT}, CUSTOMER,
     'clock: must be callable (got: "datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.time…")'),
    ("id_factory", {"id_factory": None}, CUSTOMER, "id_factory: must be callable (got: null)"),
    ("strict", {"strict": 1}, CUSTOMER, "strict: must be true or false (got: 1)"),
    ("with_report", {"with_report": "yes"}, CUSTOMER,
     'with_report: must be true or false (got: "yes")'),
    ("several", {"tenant_id": None, "source": None}, None,
     "customer: must be an AccountingCustomer (got: null)\n"
     "tenant_id: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: null)\n"
     f"source: must be one of {SOURCES} (got: null)"),
    ("clock raises", {"clock": _fails}, CUSTOMER,
     "clock: raised ZeroDivisionError instead of returning"),
    ("naive clock", {"clock": lambda: dt.datetime(2024, 1, 1)}, CUSTOMER,
     'clock: must return a datetime with a UTC offset (got: "datetime.datetime(2024, 1, 1, 0, 0)")'),
    ("clock of text", {"clock": lambda: "now"}, CUSTOMER,
     'clock: must return a datetime with a UTC offset (got: "now")'),
    ("id factory raises", {"id_factory": lambda *_: 1 / 0}, CUSTOMER,
     "id_factory: raised ZeroDivisionError instead of returning"),
    ("id factory of int", {"id_factory": lambda *_: 5}, CUSTOMER,
     "id_factory: must return a UUID (got: 5)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "customer", "expected"),
    [c[1:] for c in WRONG],
    ids=[c[0] for c in WRONG],
)
def test_wrong_arguments_to_response(
    changes: dict[str, Any], customer: object, expected: str
) -> None:
    """Each wrong argument is named, with its value and rule, all at once."""
    with pytest.raises(ArgumentError) as info:
        accounting_to_response(customer, **(OPTIONS | changes))  # type: ignore[call-overload]
    assert expected == str(info.value)


def test_an_id_factorys_own_custbridge_error_is_passed_on() -> None:
    """An id_factory may refuse an id with a custbridge error (as default_id does)."""
    refusal = MappingError("$.id", "is reserved")

    def reserved(*_: object) -> uuid.UUID:
        raise refusal

    with pytest.raises(MappingError) as info:
        accounting_to_response(CUSTOMER, **OPTIONS, id_factory=reserved)
    assert refusal is info.value


def test_argument_error_is_a_type_error() -> None:
    """Code that catches TypeError or ValueError for bad arguments keeps working."""
    with pytest.raises(ArgumentError) as info:
        accounting_to_response("x", **OPTIONS)  # type: ignore[call-overload]
    assert (True, True) == (
        isinstance(info.value, TypeError),
        isinstance(info.value, ValueError),
    )


def test_values_are_taken_for_members() -> None:
    """tenant_id as a UUID string, source and customer_type as their values."""
    response = accounting_to_response(
        CUSTOMER, tenant_id=str(TENANT).upper(), source="quickbooks",  # type: ignore[arg-type]
        customer_type="retail", clock=lambda: MAPPED_AT,  # type: ignore[arg-type]
    )  # fmt: skip
    assert (TENANT, DataSource.QUICKBOOKS, CustomerType.RETAIL) == (
        response.tenant_id, response.source, response.customer_type,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("response", "with_report", "expected"),
    [
        (None, False, "response: must be a CustomerResponse (got: null)"),
        (CUSTOMER, 0, 'response: must be a CustomerResponse (got: "AccountingCustomer(id=\'C-1\','
         " name='Acme', external_id=Non…\")\nwith_report: must be true or false (got: 0)"),
    ],
)  # fmt: skip
def test_wrong_arguments_to_accounting(
    response: object, with_report: object, expected: str
) -> None:
    """response_to_accounting names each wrong argument."""
    with pytest.raises(ArgumentError) as info:
        response_to_accounting(response, with_report=with_report)  # type: ignore[call-overload]
    assert expected == str(info.value)


def test_default_id_is_uuid5() -> None:
    """default_id is uuid5 of its parts (a lone surrogate: tests/mapping/test_dirty_data.py)."""
    made = default_id(TENANT, DataSource.NETSUITE, "C-1")
    assert uuid.uuid5(ID_NAMESPACE, f"{TENANT}/netsuite/C-1") == made


ARGUMENTS = ["customer", "tenant_id", "source", "customer_type", "existing",
             "clock", "id_factory", "strict", "with_report"]  # fmt: skip


@given(
    st.lists(st.sampled_from(ARGUMENTS), min_size=1, max_size=3, unique=True), st.data()
)
def test_only_our_errors_escape_to_response(
    names: list[str], data: st.DataObject
) -> None:
    """Any values for any arguments, clock results included: only our errors."""
    values = {name: data.draw(hostile_values()) for name in names}
    if "clock" in values and data.draw(st.booleans()):
        result = values["clock"]
        values["clock"] = lambda: result
    customer = values.pop("customer", CUSTOMER)
    with contextlib.suppress(CustbridgeError):
        accounting_to_response(customer, **(OPTIONS | values))


@given(cst.accounting_customers(), hostile_values())
def test_only_our_errors_escape_for_generated_customers(
    customer: Any, tenant: Any
) -> None:
    """A valid customer with a wrong tenant: only our errors."""
    with contextlib.suppress(CustbridgeError):
        accounting_to_response(customer, **(OPTIONS | {"tenant_id": tenant}))


@given(hostile_values(), hostile_values())
def test_only_our_errors_escape_to_accounting(response: Any, with_report: Any) -> None:
    """response_to_accounting raises only ArgumentError for wrong arguments."""
    with pytest.raises(ArgumentError):
        response_to_accounting(response, with_report=with_report)
