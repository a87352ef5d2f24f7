"""Typed, strict, lossless customers for accounting platforms and a tax engine."""

from custbridge.accounting import (
    AccountingAddress,
    AccountingCustomer,
    AddressContact,
    ContactAddress,
    CorporateAddress,
    PaymentTerms,
    PrimaryContact,
    RelatedCompany,
)
from custbridge.converters import (
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge.exceptions import (
    ArgumentError,
    CustbridgeError,
    MappingError,
    Problem,
    ValidationError,
)
from custbridge.mapping import accounting_to_response, response_to_accounting
from custbridge.report import Action, MappingReport, ReportItem
from custbridge.response import (
    AddressDto,
    CustomerAddresses,
    CustomerResponse,
    CustomerStatus,
    CustomerType,
    DataSource,
)
from custbridge.schema import json_schema
from custbridge.tax import (
    B2bOrB2c,
    TaxNumberCheck,
    classify_tax_number,
    validate_tax_number,
)

__all__ = [
    "AccountingAddress",
    "AccountingCustomer",
    "Action",
    "AddressContact",
    "AddressDto",
    "ArgumentError",
    "B2bOrB2c",
    "ContactAddress",
    "CorporateAddress",
    "CustbridgeError",
    "CustomerAddresses",
    "CustomerResponse",
    "CustomerStatus",
    "CustomerType",
    "DataSource",
    "MappingError",
    "MappingReport",
    "PaymentTerms",
    "PrimaryContact",
    "Problem",
    "RelatedCompany",
    "ReportItem",
    "TaxNumberCheck",
    "ValidationError",
    "accounting_to_response",
    "classify_tax_number",
    "dump_accounting",
    "dump_response",
    "json_schema",
    "load_accounting",
    "load_response",
    "response_to_accounting",
    "validate_tax_number",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("custbridge")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
