"""Country prefixes of tax numbers: the one home of what a prefix means.

A VAT number written with its VAT prefix (``ATU13585627``, ``EL094259216``) is a
VAT registration, so a business (rule V). The prefixes are those of
``stdnum.eu.vat``'s member states, Greece's ``EL``, Northern Ireland's ``XI`` and
Great Britain's ``GB``; Switzerland and Norway mark a VAT number by a suffix
after their prefix instead. ``EU`` and ``IM`` start the EU's One Stop Shop
numbers, which belong to no country.
"""

from __future__ import annotations

ALIASES = {"EL": "GR", "XI": "GB", "UK": "GB"}
"""Prefixes and hints that name a country by another code than ISO 3166."""

VAT_PREFIXES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"  # noqa: SIM905 - 30 codes read better as one string
    " EL XI GB".split()
)
"""The prefixes that make a valid number a VAT registration (rule V)."""

VAT_SUFFIXES = {"CH": ("MWST", "TVA", "IVA", "TPV"), "NO": ("MVA",)}
"""Countries whose VAT number is their prefix, the number and one of these."""

OSS_PREFIXES = ("EU", "IM")
"""The EU One Stop Shop's prefixes: non-union (EU) and import (IM) schemes."""

HEADS = VAT_PREFIXES | VAT_SUFFIXES.keys()
"""Every two letters that may start a VAT-form number."""

_WRITTEN = {"GR": "EL"}  # VIES writes Greece's VAT numbers with EL


def country_of(prefix: str) -> str:
    """Return the ISO alpha-2 code a prefix or hint stands for: ``EL`` -> ``GR``."""
    return ALIASES.get(prefix, prefix)


def vat_prefix(cc: str) -> str | None:
    """Return the prefix a VAT number of *cc* is written with, or None if none.

    >>> vat_prefix("GR"), vat_prefix("DE"), vat_prefix("US")
    ('EL', 'DE', None)
    """
    written = _WRITTEN.get(cc, cc)
    return written if written in VAT_PREFIXES else None
