"""The tax number types the classifier knows, for documentation and test data.

Read-only: the number types of each country in the order a country hint tries
them, what each is, and the rule that tells an entity from a person for the
types that both hold. The documentation's reference of number types and
:func:`custbridge.strategies.tax_numbers` are built from it.

>>> [t.name for t in number_types("ES")]
['es.nif', 'es.cif', 'es.dni', 'es.nie']
>>> describe("es.nif").rule
'DNI or NIE (a digit, X, Y, Z, K, L or M first): a person; CIF: an entity'
"""

from __future__ import annotations

import attrs

from custbridge.tax._classifier import lookup_country
from custbridge.tax._discriminators import DISCRIMINATORS
from custbridge.tax._kinds import Kind
from custbridge.tax._prefixes import vat_prefix
from custbridge.tax._stdnum import CANDIDATES, SELF_IDENTIFYING, number_type
from custbridge.tax._stdnum import countries as _countries
from custbridge.tax._taxonomy import MODULES
from custbridge.tax._types import NumberType, country_code

__all__ = [
    "Description",
    "Kind",
    "NumberType",
    "countries",
    "country",
    "country_code",
    "describe",
    "entity",
    "number_type",
    "number_types",
    "self_identifying",
    "vat_prefix",
]


@attrs.frozen
class Description:
    """What a number type is, in words."""

    name: str
    """The python-stdnum module's name below ``stdnum``, such as ``es.nif``."""
    kind: Kind
    country: str
    """The country or region, in English."""
    title: str
    """What the number is, as the module's docstring says."""
    rule: str | None
    """How a number tells an entity from a person, for mixed types."""


def countries() -> tuple[str, ...]:
    """Return the ISO alpha-2 codes of every country with a number type, sorted."""
    return tuple(sorted(_countries()))


def number_types(cc: str) -> tuple[NumberType, ...]:
    """Return the number types of country *cc* in the order they are tried."""
    return CANDIDATES[cc]


def self_identifying() -> tuple[str, ...]:
    """Return the number types whose written form names their country.

    Only these (and VAT-prefixed numbers) are decided without a country hint,
    and only when the part that names their country is written.
    """
    return tuple(SELF_IDENTIFYING)


def describe(name: str) -> Description:
    """Return what the number type *name* (``es.nif``) is."""
    kind, region, title = MODULES[name]
    rule = DISCRIMINATORS[name][1] if name in DISCRIMINATORS else None
    return Description(name, kind, region, title, rule)


def entity(name: str, compact: str) -> bool | None:
    """Return whether a valid number of *name* belongs to an entity.

    ``True`` for an entity, ``False`` for a natural person, ``None`` when the
    type has no rule or the number does not say.
    """
    if name not in DISCRIMINATORS:
        return None
    return DISCRIMINATORS[name][0](compact)


def country(hint: str) -> str | None:
    """Return the alpha-2 code of a country hint as the classifier reads it."""
    return lookup_country(hint)
