"""Typed, strict, lossless customers for accounting platforms and a tax engine.

Every name is imported on first use, as :mod:`pydantic` does: ``import
custbridge`` costs almost nothing, and ``from custbridge import
load_accounting`` loads the models and converters, but not email-validator,
python-stdnum or pycountry, which load when a value first needs them.
"""

import importlib
import typing

if typing.TYPE_CHECKING:  # pragma: no cover - for mypy and the reader
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

    __version__: str
    """The installed version, read from the package's metadata when asked."""

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

# Where each public name lives (the TYPE_CHECKING imports above, for the reader).
_HOMES = {
    **dict.fromkeys(
        [
            "AccountingAddress",
            "AccountingCustomer",
            "AddressContact",
            "ContactAddress",
            "CorporateAddress",
            "PaymentTerms",
            "PrimaryContact",
            "RelatedCompany",
        ],
        "accounting",
    ),
    **dict.fromkeys(
        ["dump_accounting", "dump_response", "load_accounting", "load_response"],
        "converters",
    ),
    **dict.fromkeys(
        [
            "ArgumentError",
            "CustbridgeError",
            "MappingError",
            "Problem",
            "ValidationError",
        ],
        "exceptions",
    ),
    **dict.fromkeys(["accounting_to_response", "response_to_accounting"], "mapping"),
    **dict.fromkeys(["Action", "MappingReport", "ReportItem"], "report"),
    **dict.fromkeys(
        [
            "AddressDto",
            "CustomerAddresses",
            "CustomerResponse",
            "CustomerStatus",
            "CustomerType",
            "DataSource",
        ],
        "response",
    ),
    "json_schema": "schema",
    **dict.fromkeys(
        ["B2bOrB2c", "TaxNumberCheck", "classify_tax_number", "validate_tax_number"],
        "tax",
    ),
}
# The modules ``import custbridge`` used to import, still reachable as attributes.
_MODULES = frozenset(_HOMES.values())


def __getattr__(name: str) -> object:
    if name in _HOMES:
        value = getattr(importlib.import_module(f"custbridge.{_HOMES[name]}"), name)
    elif name in _MODULES:
        value = importlib.import_module(f"custbridge.{name}")
    elif name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("custbridge")
    else:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    globals()[name] = value  # the next look-up is a plain one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
