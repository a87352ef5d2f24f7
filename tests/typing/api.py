"""Type-checked by mypy --strict, never executed: the public API's types hold."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from custbridge import (
    AccountingCustomer,
    Action,
    ArgumentError,
    B2bOrB2c,
    CustbridgeError,
    CustomerResponse,
    DataSource,
    MappingReport,
    Problem,
    ReportItem,
    TaxNumberCheck,
    ValidationError,
    accounting_to_response,
    batch,
    classify_tax_number,
    dump_accounting,
    dump_response,
    json_schema,
    load_accounting,
    load_response,
    response_to_accounting,
    validate_tax_number,
)
from custbridge.cli import main
from custbridge.strategies import (
    accounting_customers,
    accounting_payloads,
    emails,
    supported_countries,
    tax_numbers,
)

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

# Salvage: drop_invalid alone returns the object, with_report=True a pair.

salvaged: AccountingCustomer = load_accounting({}, drop_invalid=True)
loaded_pair: tuple[AccountingCustomer, MappingReport] = load_accounting(
    {}, drop_invalid=True, with_report=True
)
dropped: tuple[ReportItem, ...] = loaded_pair[1].items
record_pair: tuple[CustomerResponse, MappingReport] = load_response(
    wire, with_report=True
)
record = load_response(wire, forbid_extra=True, drop_invalid=False)

try:
    load_accounting({})
except ValidationError as error:
    problems: tuple[Problem, ...] = error.problems
    where: str = problems[0].path
    shown: str | None = problems[0].value

try:
    json_schema(dict)
except ArgumentError as wrong:  # a ValidationError and a TypeError
    argument_problems: tuple[Problem, ...] = wrong.problems
    as_validation: ValidationError = wrong
    as_type_error: TypeError = wrong

customers: st.SearchStrategy[AccountingCustomer] = accounting_customers()
payloads: st.SearchStrategy[dict[str, Any]] = accounting_payloads()
addresses: st.SearchStrategy[str] = emails()

# Tax numbers.

check: TaxNumberCheck = classify_tax_number("DE136695976", country="DE")
maybe_label: B2bOrB2c | None = check.b2b_or_b2c
reason: str = check.reason
checked: TaxNumberCheck = validate_tax_number(None)
numbers: st.SearchStrategy[str] = tax_numbers("b2c", country="FR")
countries: tuple[str, ...] = supported_countries("invalid")

# Mapping: a plain call returns the record, with_report=True a pair.

mapped: CustomerResponse = accounting_to_response(
    customer, tenant_id=uuid.uuid4(), source=DataSource.PRIORITY
)
pair: tuple[CustomerResponse, MappingReport] = accounting_to_response(
    customer, tenant_id=uuid.uuid4(), source=DataSource.PRIORITY, with_report=True
)
items: tuple[ReportItem, ...] = pair[1].items
action: Action = items[0].action
counts: dict[Action, int] = pair[1].by_action()
back: AccountingCustomer = response_to_accounting(mapped)
back_pair: tuple[AccountingCustomer, MappingReport] = response_to_accounting(
    mapped, with_report=True
)

# JSON Schema and the command line.

schema_doc: dict[str, Any] = json_schema(CustomerResponse, forbid_extra=True)
status: int = main(["schema", "response"])

# Batch conversion: a reader of bytes, one outcome per record, tagged lines.

options = batch.Options(tenant_id=uuid.uuid4(), source=DataSource.NETSUITE)
reader = batch.RecordReader(io.BytesIO(b"[]"))
broke_off: str | None = reader.broke_off
for outcome in batch.convert_records(reader, options, with_report=True):
    if isinstance(outcome, batch.Rejected):
        rejection_line: str = outcome.to_json()
        position: batch.Position = outcome.position
    else:
        report_line: str = outcome.report_json()
        converted: dict[str, Any] = outcome.record
try:
    for chunk in batch.convert_in_chunks(reader, options, jobs=batch.jobs_for(None)):
        written: list[str] = chunk.output
except batch.WorkerLostError as lost:
    lost_as: CustbridgeError = lost
tagged: list[batch.Tagged] = list(batch.convert_lines([b"{}"], options, first=3))
