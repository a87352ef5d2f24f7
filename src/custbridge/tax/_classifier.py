"""B2B/B2C classification of tax numbers, offline, with python-stdnum.

:func:`classify_tax_number` answers for any input and never raises;
:func:`validate_tax_number` returns the same answer for a valid number and raises
:class:`~custbridge.ValidationError` otherwise. The rules are the docs' B2B/B2C
policy; the class of every stdnum module is data in ``_taxonomy``, each
discriminator a small function in ``_discriminators``.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from typing import Any

import attrs

from custbridge._countries import alpha_2
from custbridge.exceptions import Problem, ValidationError, show
from custbridge.tax import _stdnum
from custbridge.tax._prefixes import (
    ALIASES,
    HEADS,
    OSS_PREFIXES,
    VAT_PREFIXES,
    VAT_SUFFIXES,
    country_of,
)
from custbridge.tax._special import SPECIAL

__all__ = ["B2bOrB2c", "TaxNumberCheck", "classify_tax_number", "validate_tax_number"]

MAX_LENGTH = 128
"""Longer input is not a tax number; it is refused before any parsing."""

_SEPARATORS = re.compile(r"[\s.\-/,:_]+")
# Hyphens, dashes, minus and soft hyphen: written as "-" before anything else.
_DASHES = str.maketrans(
    dict.fromkeys("\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
)


class B2bOrB2c(str, enum.Enum):
    """Whether a customer is a business (``b2b``) or a consumer (``b2c``)."""

    B2B = "b2b"
    B2C = "b2c"


_LABELS = {"b2b": B2bOrB2c.B2B, "b2c": B2bOrB2c.B2C}
_new = object.__new__


# Not slotted: a frozen dict class is built faster (one result per call, on
# the hot path), and nothing keeps many of them.
@attrs.frozen(slots=False)
class TaxNumberCheck:
    """What a tax number says about its holder, and why.

    Attributes:
        b2b_or_b2c: The label, or ``None`` when a valid number cannot be decided
            without more information (see ``reason``).
        valid: Whether the number is valid for ``country``.
        country: ISO alpha-2 code of the country the number was checked for.
        number_type: The python-stdnum module that matched, such as ``es.nif``.
        compact: The number in its compact form, as that module writes it.
        reason: What decided: ``empty``, ``invalid``, ``vat-prefix``,
            ``business``, ``personal``, ``entity``, ``person``, ``default``,
            ``format``, ``ambiguous``, ``needs-country`` or ``unsupported-country``.
        explanation: The decision in words, for a log or a person.
        unknown_country: The country hint, when it named no known country (it
            was then ignored).
    """

    b2b_or_b2c: B2bOrB2c | None
    valid: bool
    country: str | None
    number_type: str | None
    compact: str | None
    reason: str
    explanation: str
    unknown_country: str | None = None


def classify_tax_number(number: object, *, country: object = None) -> TaxNumberCheck:
    """Classify *number* as B2B or B2C; never raises.

    Args:
        number: The tax number as written, with any separators and prefix.
            ``None`` or an empty string is "no number" (``b2c``).
        country: Where the number is from: ISO alpha-2 or alpha-3 code, an
            English country name, or ``EL``, ``XI``, ``UK``; any case. Without
            it, only VAT-prefixed and self-identifying numbers are decided.

    >>> classify_tax_number("ATU13585627").b2b_or_b2c
    <B2bOrB2c.B2B: 'b2b'>
    >>> check = classify_tax_number("12345678Z", country="ES")
    >>> check.b2b_or_b2c, check.number_type, check.reason
    (<B2bOrB2c.B2C: 'b2c'>, 'es.nif', 'person')
    """
    if country is None:
        return _classify(number, None)
    cc = lookup_country(country) if isinstance(country, str) else None
    if cc is not None:
        return _classify(number, cc)
    shown = country if isinstance(country, str) else show(country)
    return attrs.evolve(_classify(number, None), unknown_country=shown)


def validate_tax_number(number: object, *, country: object = None) -> TaxNumberCheck:
    """Return the classification of a valid *number*, or raise saying why not.

    Raises:
        ValidationError: the number is empty, invalid, or cannot be checked
            without a country.
    """
    check = classify_tax_number(number, country=country)
    if not check.valid:
        raise ValidationError([Problem("tax number", check.explanation, show(number))])
    return check


def _classify(number: object, cc: str | None) -> TaxNumberCheck:  # noqa: PLR0911 - a return per rule of section 7.1
    if not isinstance(number, str):
        if number is None:
            return _result(None, "empty", "no tax number was given")
        if not isinstance(number, int) or isinstance(number, bool):
            return _invalid(
                cc, f"a value of type {type(number).__name__} is not a tax number"
            )
        number = str(number)
    if len(number) > MAX_LENGTH:
        return _invalid(cc, f"longer than {MAX_LENGTH} characters")
    raw, norm, size = _normalised(number)
    if not norm:
        return _result(None, "empty", "no tax number was given")
    # As written first (separators can carry meaning), then normalised.
    texts = (raw,) if raw == norm else (raw, norm)
    prefix = _vat_prefix(norm) if norm[:2] in HEADS else None
    if prefix is not None:
        found = _with_vat_prefix(norm, prefix)
        if found is not None:
            return found
        if cc in (None, prefix):
            return _in_country(_without_prefix(raw, norm) + texts, prefix, norm[2:])
    if cc is not None:
        return _in_country(texts, cc, norm, size)
    return _without_hint(raw, norm, texts)


def _normalised(number: str) -> tuple[str, str, int | None]:
    """Return *number* stripped, normalised (rule 1), and its size.

    The size, the number of letters and digits, is given for ASCII text only:
    stdnum maps some other characters of its own, so they are not counted.
    """
    if not number.isascii():
        raw = unicodedata.normalize("NFKC", number).translate(_DASHES).strip()
        return raw, _SEPARATORS.sub("", raw).upper(), None
    raw = number.strip()  # the common case: NFKC and dashes change nothing
    if raw.isalnum():
        return raw, raw.upper(), len(raw)
    norm = _SEPARATORS.sub("", raw).upper()
    return raw, norm, len(norm) if norm.isalnum() else None


def _vat_prefix(norm: str) -> str | None:
    head = norm[:2]
    if head in VAT_PREFIXES:
        return country_of(head)
    if head in VAT_SUFFIXES and norm.endswith(VAT_SUFFIXES[head]):
        return head if norm.startswith(("CHE", "NO")) else None
    return None


def _with_vat_prefix(norm: str, cc: str) -> TaxNumberCheck | None:
    """Rule V: a valid number with its VAT prefix is a VAT registration: B2B.

    As ``stdnum.vatin`` checks it, but with the country's VAT type from the
    taxonomy, so a module the taxonomy does not know never decides: the rest
    after the prefix, else the whole text (``CHE…MWST``).
    """
    kind = _stdnum.vat_type(cc)
    if kind is None:
        return None
    compact = kind.validate((norm[2:],))
    if compact is not None:
        compact = norm[:2] + compact
    else:
        compact = kind.validate((norm,))
        if compact is None:
            return None
    return _result(
        B2bOrB2c.B2B,
        "vat-prefix",
        f"a valid VAT number of {cc} written with its VAT prefix: a VAT"
        " registration, so a business (sole traders included)",
        valid=True,
        country=cc,
        number_type=kind.name,
        compact=compact,
    )


def _without_prefix(raw: str, norm: str) -> tuple[str, ...]:
    rest = raw[2:].lstrip(" .-/,:_")
    return (rest, norm[2:]) if rest != norm[2:] else (rest,)


def _in_country(
    texts: tuple[str, ...], cc: str, norm: str, size: int | None = None
) -> TaxNumberCheck:
    """Try *cc*'s modules on *texts*; *norm* is the first text normalised.

    *size* is given when every text is *norm* but for case and ASCII
    separators: its number of letters and digits. The modules that accept no
    number of that length are then not asked (``custbridge._lengths``).
    """
    if cc in SPECIAL:
        found = _special(texts[0], norm, cc)
        if found is not None:
            return found
    kinds = _stdnum.CANDIDATES[cc] if size is None else _stdnum.FITTING[cc, size]
    for kind in kinds:  # NumberType.validate, inlined: the hot loop
        for text in texts:
            try:
                compact = kind.check(text)
            except Exception:  # noqa: BLE001, S112 - stdnum raises others on junk
                continue
            return _label(kind, str(compact))
    lower = (texts[-1].lower(),)
    if lower[0] != texts[-1]:  # a few modules (at.businessid) want lower case
        for kind in kinds:
            compact = kind.validate(lower)
            if compact is not None:
                return _label(kind, compact)
    if not _stdnum.CANDIDATES[cc]:
        return _result(
            None, "unsupported-country", f"python-stdnum knows no tax numbers of {cc}",
            country=cc,
        )  # fmt: skip
    return _invalid(cc, f"not a valid tax number of {cc}")


def _special(raw: str, norm: str, cc: str) -> TaxNumberCheck | None:
    outcome = SPECIAL[cc](raw, norm)
    if outcome is None:
        return None
    label, reason, explanation, name, compact = outcome
    if reason == "invalid":
        return _invalid(cc, explanation)
    return _result(
        None if label is None else B2bOrB2c(label), reason, explanation,
        valid=True, country=cc, number_type=name, compact=compact,
    )  # fmt: skip


def _without_hint(raw: str, norm: str, texts: tuple[str, ...]) -> TaxNumberCheck:
    eu_vat = _stdnum.eu_vat()
    if norm.startswith(OSS_PREFIXES) and eu_vat.is_valid(norm):
        return _result(
            B2bOrB2c.B2B, "vat-prefix",
            "a valid EU One Stop Shop VAT number: a business",
            valid=True, number_type="eu.oss", compact=norm,
        )  # fmt: skip
    head = country_of(norm[:2])
    if head in _stdnum.countries():
        rest = _without_prefix(raw, norm) + texts
        if any(
            t.validate(rest)
            for t in _stdnum.CANDIDATES[head]
            if t.name not in _stdnum.WEAK
        ):
            return _in_country(rest, head, norm[2:])
    for name in _stdnum.SELF_IDENTIFYING:
        kind = _stdnum.number_type(name)
        compact = kind.validate(texts)
        if compact is not None:
            return _label(kind, compact)
    return _result(
        None, "needs-country",
        "without a country, a number without a VAT prefix could belong to many"
        " countries; pass country= to decide",
    )  # fmt: skip


def _label(kind: _stdnum.NumberType, compact: str) -> TaxNumberCheck:
    outcome = kind.fixed or kind.outcome(compact)
    fields = kind.results.get(outcome[1]) or _fields(kind, outcome)
    # Filled in, not built by __init__: about half the cost, on the hot path.
    result = _new(TaxNumberCheck)
    made = result.__dict__
    made.update(fields)
    made["compact"] = compact
    return result


def _fields(kind: _stdnum.NumberType, outcome: _stdnum.Outcome) -> dict[str, Any]:
    """Make, once per module and reason, the fields of its results."""
    label, reason, explanation = outcome
    valid, cc = True, _stdnum.country_code(kind.name)
    made = TaxNumberCheck(
        _LABELS[label], valid, cc, kind.name, None, reason, explanation
    )
    fields = kind.results[reason] = dict(made.__dict__)
    return fields


def _invalid(cc: str | None, why: str) -> TaxNumberCheck:
    return _result(B2bOrB2c.B2C, "invalid", why, country=cc)


def _result(
    label: B2bOrB2c | None,
    reason: str,
    explanation: str,
    *,
    valid: bool = False,
    country: str | None = None,
    number_type: str | None = None,
    compact: str | None = None,
) -> TaxNumberCheck:
    if label is None and reason == "empty":
        label = B2bOrB2c.B2C
    return TaxNumberCheck(
        label, valid, country, number_type, compact, reason, explanation
    )


@functools.lru_cache(maxsize=512)
def lookup_country(country: str) -> str | None:
    hint = country.strip().upper()
    return ALIASES.get(hint) or alpha_2(hint)
