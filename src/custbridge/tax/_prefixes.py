"""Country prefixes of tax numbers: the one home of what a prefix means.

A VAT number written with its VAT prefix (``ATU13585627``, ``EL094259216``) is a
VAT registration, so a business (rule V). The prefixes are those of
``stdnum.eu.vat``'s member states, Greece's ``EL``, Northern Ireland's ``XI`` and
Great Britain's ``GB``; Switzerland and Norway mark a VAT number by a suffix
after their prefix instead. ``EU`` and ``IM`` start the EU's One Stop Shop
numbers, which belong to no country.

Any number may also be written with its country's two-letter code in front
(``RU0274051582``, ``AU53004085616``, ``EL094259216``): :func:`forms` is the one
rule for that, used with a hint and without one alike.
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
_SEPARATORS = " .-/,:_"  # between a code and the number: "RU 02…", "EL-09…"


def country_of(prefix: str) -> str:
    """Return the ISO alpha-2 code a prefix or hint stands for: ``EL`` -> ``GR``."""
    return ALIASES.get(prefix, prefix)


def names(norm: str, cc: str) -> bool:
    """Return whether *norm* starts with *cc*'s code or one of its aliases.

    >>> names("EL094259216", "GR"), names("UK980780684", "GB"), names("RU02", "RU")
    (True, True, True)
    >>> names("ATU13585627", "DE")
    False
    """
    head = norm[:2]
    return ALIASES.get(head, head) == cc


def forms(cc: str, raw: str, norm: str) -> tuple[str, ...]:
    """Return the texts to try as a number of *cc*, in order.

    A number written with its own country's code in front is tried as
    written (the code may be part of the number: ``CHE-…``, the Mexican RFC
    ``MXS030318BP0``) and then without the code, so giving the right country
    never makes the answer worse than giving none. Otherwise, the text as
    written.

    Args:
        cc: The country the number is tried for.
        raw: The number as written, stripped.
        norm: The number normalised: no separators, upper case.

    Returns:
        The texts, each form as written before its normal form.

    >>> forms("RU", "RU 0274051582", "RU0274051582")
    ('RU 0274051582', 'RU0274051582', '0274051582')
    >>> forms("RU", "0274051582", "0274051582")
    ('0274051582',)
    """
    texts = (raw,) if raw == norm else (raw, norm)
    if not names(norm, cc):
        return texts
    rest, rest_norm = without_code(raw, norm)
    return texts + ((rest,) if rest == rest_norm else (rest, rest_norm))


def without_code(raw: str, norm: str) -> tuple[str, str]:
    """Return the number after its two-letter code, as written and normalised.

    >>> without_code("el-094 259 216", "EL094259216")
    ('094 259 216', '094259216')
    """
    if raw[:2].upper() != norm[:2]:  # "R U…": the code is not two letters here
        return norm[2:], norm[2:]
    return raw[2:].lstrip(_SEPARATORS), norm[2:]


def vat_prefix(cc: str) -> str | None:
    """Return the prefix a VAT number of *cc* is written with, or None if none.

    >>> vat_prefix("GR"), vat_prefix("DE"), vat_prefix("US")
    ('EL', 'DE', None)
    """
    written = _WRITTEN.get(cc, cc)
    return written if written in VAT_PREFIXES else None
