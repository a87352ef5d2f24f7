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

from custbridge.exceptions import ArgumentError, Problem
from custbridge.tax import _prefixes, _stdnum, _types, own
from custbridge.tax._classifier import lookup_country
from custbridge.tax._discriminators import DISCRIMINATORS
from custbridge.tax._kinds import Kind
from custbridge.tax._stdnum import CANDIDATES, MODULES, SELF_IDENTIFYING
from custbridge.tax._stdnum import countries as _countries
from custbridge.tax._text import shown
from custbridge.tax._types import NumberType

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
    source: str = "python-stdnum"
    """Who defines the type: python-stdnum, or custbridge (``custbridge.tax.own``)
    with or without a published check digit; the type's docstring cites its rule."""


def _text(argument: str, value: object) -> str:
    """Return *value* as a plain ``str``, or raise ``ArgumentError`` naming it."""
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)  # a plain copy: no subclass method is called
    raise ArgumentError([Problem(argument, "must be a string", shown(value))])


def countries() -> tuple[str, ...]:
    """Return the ISO alpha-2 codes of every country with a number type, sorted."""
    return tuple(sorted(_countries()))


def number_types(cc: str) -> tuple[NumberType, ...]:
    """Return the number types of country *cc* in the order they are tried.

    Raises:
        ArgumentError: *cc* is not a string.
    """
    return CANDIDATES[_text("cc", cc)]


def self_identifying() -> tuple[str, ...]:
    """Return the number types whose written form names their country.

    Only these (and VAT-prefixed numbers) are decided without a country hint,
    and only when the part that names their country is written.
    """
    return tuple(SELF_IDENTIFYING)


def describe(name: str) -> Description:
    """Return what the number type *name* (``es.nif``) is.

    Raises:
        ArgumentError: *name* is not a number type the classifier knows.
    """
    name = _text("name", name)
    if name not in MODULES:
        known = "must be a number type the classifier knows, such as es.nif"
        raise ArgumentError([Problem("name", known, shown(name))])
    kind, region, title = MODULES[name]
    rule = DISCRIMINATORS[name][1] if name in DISCRIMINATORS else None
    if name in own.MODULES and name not in _stdnum.STDNUM_MODULES:
        checked = "check digit" if name in own.CHECKED else "format only"
        return Description(name, kind, region, title, rule, f"custbridge, {checked}")
    return Description(name, kind, region, title, rule)


def entity(name: str, compact: str) -> bool | None:
    """Return whether a valid number of *name* belongs to an entity.

    ``True`` for an entity, ``False`` for a natural person, ``None`` when the
    type has no rule or the number does not say.

    Raises:
        ArgumentError: *name* or *compact* is not a string.
    """
    name, compact = _text("name", name), _text("compact", compact)
    if name not in DISCRIMINATORS:
        return None
    return DISCRIMINATORS[name][0](compact)


def country(hint: str) -> str | None:
    """Return the alpha-2 code of a country hint as the classifier reads it."""
    return lookup_country(_text("hint", hint))


def vat_prefix(cc: str) -> str | None:
    """Return the prefix a VAT number of *cc* is written with, or None if none.

    >>> vat_prefix("GR"), vat_prefix("DE"), vat_prefix("US")
    ('EL', 'DE', None)

    Raises:
        ArgumentError: *cc* is not a string.
    """
    return _prefixes.vat_prefix(_text("cc", cc))


def number_type(name: str) -> NumberType:
    """Return the loaded python-stdnum module *name* (``es.nif``) with its class.

    Raises:
        ArgumentError: *name* is not a string.
        ModuleNotFoundError: the installed python-stdnum has no such module.
        LoadError: it has the module, but importing it failed.
    """
    return _stdnum.number_type(_text("name", name))


def country_code(name: str) -> str:
    """Return the ISO alpha-2 code of a module name: ``in_.pan`` -> ``IN``.

    Raises:
        ArgumentError: *name* is not a string.
    """
    return _types.country_code(_text("name", name))
