"""Hypothesis strategies for every public model and for their wire forms.

Install the extra (``custbridge[hypothesis]``) and import this module
explicitly. Every strategy builds valid values by construction, so none of them
filters, and every wire payload satisfies ``dump_x(load_x(p)) == p``.

Once custbridge is installed, ``st.from_type(AccountingCustomer)`` (and the same
for every model) uses these strategies through Hypothesis's plugin entry point.

>>> from hypothesis import given
>>> from custbridge import dump_accounting, load_accounting
>>> @given(accounting_customers())
... def test_name_survives(customer):
...     assert load_accounting(dump_accounting(customer)).name == customer.name
>>> test_name_survives()
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custbridge.strategies._models import (
        accounting_addresses,
        accounting_customers,
        accounting_payloads,
        address_contacts,
        address_dtos,
        contact_addresses,
        corporate_addresses,
        customer_addresses,
        customer_responses,
        emails,
        json_values,
        money,
        payment_terms,
        primary_contacts,
        related_companies,
        response_payloads,
    )
    from custbridge.strategies._tax import supported_countries, tax_numbers

__all__ = [
    "accounting_addresses",
    "accounting_customers",
    "accounting_payloads",
    "address_contacts",
    "address_dtos",
    "contact_addresses",
    "corporate_addresses",
    "customer_addresses",
    "customer_responses",
    "emails",
    "json_values",
    "money",
    "payment_terms",
    "primary_contacts",
    "related_companies",
    "response_payloads",
    "supported_countries",
    "tax_numbers",
]

# Hypothesis loads only when a strategy is first asked for, so the entry-point
# plugin (custbridge.strategies._plugin) can import this package while
# Hypothesis itself is still being imported, and without importing it at all.
_HOMES = dict.fromkeys(__all__, "custbridge.strategies._models") | {
    "supported_countries": "custbridge.strategies._tax",
    "tax_numbers": "custbridge.strategies._tax",
    "STRATEGIES": "custbridge.strategies._models",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value  # the next look-up is a plain one
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
