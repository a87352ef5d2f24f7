"""Type-checked by mypy --strict, never executed: the public API's types hold."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custbridge import (
    AccountingCustomer,
    B2bOrB2c,
    CustomerResponse,
    DataSource,
    Problem,
    ValidationError,
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge.strategies import accounting_customers, accounting_payloads, emails

if TYPE_CHECKING:
    import datetime as dt
    import uuid
    from decimal import Decimal

    from hypothesis import strategies as st

customer: AccountingCustomer = load_accounting({"id": "C", "name": "N"})
customer = load_accounting('{"id": "C", "name": "N"}', forbid_extra=True)
customer = load_accounting(b'{"id": "C", "name": "N"}')
limit: Decimal | None = customer.credit_limit
created: dt.date | None = customer.created_date
wire: dict[str, Any] = dump_accounting(customer, omit_none=True)

record: CustomerResponse = load_response(wire)
record_id: uuid.UUID = record.id
source: DataSource = record.source
label: B2bOrB2c | None = record.b2b_or_b2c
stamp: dt.datetime = record.created_at
wire = dump_response(record)

try:
    load_accounting({})
except ValidationError as error:
    problems: tuple[Problem, ...] = error.problems
    where: str = problems[0].path
    shown: str | None = problems[0].value

customers: st.SearchStrategy[AccountingCustomer] = accounting_customers()
payloads: st.SearchStrategy[dict[str, Any]] = accounting_payloads()
addresses: st.SearchStrategy[str] = emails()
