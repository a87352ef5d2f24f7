"""Wire names: how each model's attributes are spelled in JSON, in one place.

The accounting platform speaks camelCase (``billingAddress``), the tax engine
snake_case, which is the attribute names themselves. Spellings the loaders also
accept for a field are aliases; they are never written.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

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
from custbridge.exceptions import Problem, ValidationError, show
from custbridge.response import AddressDto, CustomerAddresses, CustomerResponse

if TYPE_CHECKING:
    from collections.abc import Mapping

CAMEL_CASE: frozenset[type] = frozenset({
    AccountingAddress, AccountingCustomer, AddressContact, ContactAddress,
    CorporateAddress, PaymentTerms, PrimaryContact, RelatedCompany,
})  # fmt: skip
"""The models whose wire names are camelCase; every other model's are snake_case."""

MODELS: tuple[type, ...] = (
    *sorted(CAMEL_CASE, key=lambda model: model.__name__),
    AddressDto, CustomerAddresses, CustomerResponse,
)  # fmt: skip
"""Every model class, the accounting platform's first."""

ALIASES: Mapping[type, Mapping[str, str]] = {
    # The accounting schema's summary table spells the key "isubsidiary".
    AccountingCustomer: {"isubsidiary": "subsidiary"}
}
"""Per model: another spelling accepted on load -> the wire name it stands for."""


def wire_names(cls: type) -> dict[str, str]:
    """Map each attribute of the model *cls* (but ``extras``) to its wire key.

    Args:
        cls: One of custbridge's model classes.

    Raises:
        ValidationError: *cls* is not one of custbridge's model classes.

    >>> wire_names(PaymentTerms)
    {'id': 'id', 'name': 'name'}
    >>> wire_names(AccountingCustomer)["credit_limit"]
    'creditLimit'
    """
    if not any(cls is model for model in MODELS):  # by identity: hashing may fail
        msg = "must be one of custbridge's model classes (AccountingCustomer, ...)"
        raise ValidationError([Problem("cls", msg, show(cls))])
    return dict(names_of(cls))


@functools.cache
def names_of(cls: type) -> Mapping[str, str]:
    """Return :func:`wire_names` of *cls*, computed once; not to be changed."""
    camel = cls in CAMEL_CASE
    return {
        a.name: _camel(a.name) if camel else a.name
        for a in attrs.fields(cls)
        if a.name != "extras"
    }


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
