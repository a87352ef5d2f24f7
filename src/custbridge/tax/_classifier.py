"""B2B/B2C classification of tax numbers, offline, with python-stdnum.

:func:`classify_tax_number` answers for any input and never raises;
:func:`validate_tax_number` returns the same answer for a valid number and raises
:class:`~custbridge.ValidationError` otherwise. The rules are the docs' B2B/B2C
policy; the class of every stdnum module is data in ``_taxonomy``, each
discriminator a small function in ``_discriminators``.
"""

from __future__ import annotations

import functools

import attrs

from custbridge._countries import alpha_2
from custbridge.exceptions import Problem, ValidationError
from custbridge.tax import _stdnum
from custbridge.tax._country import digits_in_country as _digits_in_country
from custbridge.tax._country import first_accepted as _first_accepted
from custbridge.tax._country import in_country as _in_country
from custbridge.tax._country import seen_in as _seen
from custbridge.tax._country import with_code as _with_code
from custbridge.tax._prefixes import (
    ALIASES,
    HEADS,
    OSS_PREFIXES,
    VAT_PREFIXES,
    VAT_SUFFIXES,
    country_of,
)
from custbridge.tax._result import B2bOrB2c, TaxNumberCheck
from custbridge.tax._result import invalid as _invalid
from custbridge.tax._result import label as _label
from custbridge.tax._result import needs_country as _needs_country
from custbridge.tax._result import result as _result
from custbridge.tax._result import with_prefix as _with_prefix
from custbridge.tax._special import SPECIAL
from custbridge.tax._text import MAX_LENGTH
from custbridge.tax._text import normalised as _normalised
from custbridge.tax._text import nowhere as _nowhere
from custbridge.tax._text import plain as _plain
from custbridge.tax._text import shown as _shown
from custbridge.tax._text import type_name as _type_name
from custbridge.tax._text import zeros as _zeros

__all__ = ["B2bOrB2c", "TaxNumberCheck", "classify_tax_number", "validate_tax_number"]

_LONGEST_HINT = 100  # pycountry's longest English name has 52 characters
_NOTHING = "no tax number was given"


def classify_tax_number(number: object, *, country: object = None) -> TaxNumberCheck:
    """Classify *number* as B2B or B2C; never raises, whatever it is given.

    Args:
        number: The tax number as written, with any separators and prefix; an
            int is read as its digits. ``None`` or an empty string is "no
            number" (``b2c``); any other type is not a tax number (``b2c``,
            ``invalid``).
        country: Where the number is from: ISO alpha-2 or alpha-3 code, an
            English country name, or ``EL``, ``XI``, ``UK``; any case. Without
            it, only VAT-prefixed and self-identifying numbers are decided.
            Anything else is ignored and named in ``unknown_country``.

    Returns:
        The label and why. A python-stdnum module that cannot be loaded is
        reported with the reason ``unavailable`` (label ``None``): the number
        was not checked, so it is not called invalid.

    >>> classify_tax_number("ATU13585627").b2b_or_b2c
    <B2bOrB2c.B2B: 'b2b'>
    >>> check = classify_tax_number("12345678Z", country="ES")
    >>> check.b2b_or_b2c, check.number_type, check.reason
    (<B2bOrB2c.B2C: 'b2c'>, 'es.nif', 'person')
    """
    try:
        if type(country) is str and len(country) <= _LONGEST_HINT:  # most calls
            cc = lookup_country(country)
            if cc is not None:
                if type(number) is str and _plain_digits(number, cc):
                    return _digits_in_country(number, cc)
                return _classify(number, cc)
        return _check(number, country)
    except ImportError as error:  # the installation, not the number
        return _result(None, "unavailable", f"the number was not checked: {error}")


def validate_tax_number(number: object, *, country: object = None) -> TaxNumberCheck:
    """Return the classification of a valid *number*, or raise saying why not.

    Raises:
        ValidationError: the number is empty, invalid, or cannot be checked
            without a country.
        ImportError: a python-stdnum module could not be loaded, so the
            number was not checked (``classify_tax_number`` reports this as
            the reason ``unavailable``).
    """
    check = _check(number, country)
    if not check.valid:
        problem = Problem("tax number", check.explanation, _shown(number))
        raise ValidationError([problem])
    return check


def _plain_digits(text: str, cc: str) -> bool:
    """Whether :func:`_classify` of *text* for *cc* comes to digits in country.

    ASCII digits alone, not too long, not zeros alone, and a country without
    special cases: no rule before rule 3 applies, and rule 3 has one form.
    """
    return (
        text.isdigit()
        and text.isascii()
        and len(text) <= MAX_LENGTH
        and cc not in SPECIAL
        and bool(text.strip("0"))
    )


def _check(number: object, country: object) -> TaxNumberCheck:
    if country is None:
        return _classify(number, None)
    if type(country) is str:  # the common case, without a call
        hint: str | None = country
    else:
        hint = _plain(country) if issubclass(type(country), str) else None
    if hint is not None and len(hint) <= _LONGEST_HINT:
        cc = lookup_country(hint)
        if cc is not None:
            return _classify(number, cc)
    # A hint is echoed as written, but shortened as error messages show values.
    shown = _shown(country) if hint is None else _shown(hint)[1:-1]
    return attrs.evolve(_classify(number, None), unknown_country=shown)


def _classify(number: object, cc: str | None) -> TaxNumberCheck:  # noqa: PLR0911 - a return per rule of section 7.1
    text = number if type(number) is str else _plain(number)
    if text is None:
        if number is None:
            return _result(None, "empty", _NOTHING)
        why = f"a value of type {_type_name(number)} is not a tax number"
        return _invalid(cc, why)
    if len(text) > MAX_LENGTH:
        return _invalid(cc, f"longer than {MAX_LENGTH} characters")
    raw, norm, size = _normalised(text)
    if not norm:
        return _result(None, "empty", _NOTHING)
    if norm[-1] == "0" and not norm[2:].strip("0") and _zeros(norm):
        return _invalid(cc, "only zeros: a placeholder, valid in no country")
    prefix = _vat_prefix(norm) if norm[:2] in HEADS else None
    if prefix is not None:
        found = _with_vat_prefix(norm, prefix, size)
        if found is not None:
            return found
        if cc in (None, prefix):  # its VAT module refused it already
            return _in_country(raw, norm, prefix, size, _stdnum.vat_type(prefix))
    if cc is not None:
        return _in_country(raw, norm, cc, size)
    return _without_hint(raw, norm, size)


def _vat_prefix(norm: str) -> str | None:
    head = norm[:2]
    if head in VAT_PREFIXES:
        return country_of(head)
    if head in VAT_SUFFIXES and norm.endswith(VAT_SUFFIXES[head]):
        return head if norm.startswith(("CHE", "NO")) else None
    return None


def _with_vat_prefix(norm: str, cc: str, size: int | None) -> TaxNumberCheck | None:
    """Rule V: a valid number with its VAT prefix is a VAT registration: B2B.

    As ``stdnum.vatin`` checks it, but with the country's VAT type from the
    taxonomy, so a module the taxonomy does not know never decides: the rest
    after the prefix, else the whole text (``CHE…MWST``). Neither is asked
    when the module accepts no number of its length (*size*, ``_lengths``),
    nor the whole text when the module removes the prefix itself
    (``NumberType.dropped``): it refused that number already.
    """
    kind = _stdnum.vat_type(cc)
    if kind is None:
        return None
    shorter = None if size is None else size - 2
    asked = kind.fits(shorter)
    compact = kind.validate((norm[2:],)) if asked else None
    if compact is not None:
        compact = norm[:2] + compact
    elif asked and "0" <= norm[2:3] <= "9" and norm[:2] in kind.dropped:
        return None  # the module removes the prefix itself: it said no already
    else:
        compact = kind.validate((norm,)) if kind.fits(size) else None
        if compact is None:
            return None
    return _with_prefix(kind, compact)


def _without_hint(raw: str, norm: str, size: int | None) -> TaxNumberCheck:
    """Rules 4.1-4.3: decide only from what is written, else ask for a country.

    A country is read from the text only when its identifying part is there
    as written: two letters naming it, or a self-identifying format's letters
    and structure (``_stdnum.SELF_IDENTIFYING``). Digits alone never name one.
    """
    oss = _stdnum.one_stop_shop() if norm.startswith(OSS_PREFIXES) else None
    compact = None if oss is None else oss.validate((norm,))
    if compact is not None:
        return _result(
            B2bOrB2c.B2B, "vat-prefix",
            "a valid EU One Stop Shop VAT number: a business",
            valid=True, number_type="eu.oss", compact=compact,
        )  # fmt: skip
    head = country_of(norm[:2])
    if head in _stdnum.countries():  # letters: no digit is a country code
        kinds, pairs = _with_code(raw, norm, head, size)
        strong = tuple(t for t in kinds if t.name not in _stdnum.WEAK)
        if _first_accepted(strong, pairs, None) is not None:
            return _in_country(raw, norm, head, size)
        forms = tuple(text for pair in pairs for text in pair[:2])
        if any(kind.mistyped(forms) for kind in strong):
            return _needs_country()  # head's number with a typo, maybe: no guess
    found = _self_identified(raw, norm, size)
    if found is not None:
        return found
    nowhere = _nowhere(norm)
    if nowhere is not None:
        return _invalid(None, nowhere)
    return _needs_country()


def _self_identified(raw: str, norm: str, size: int | None) -> TaxNumberCheck | None:
    """Return the label of the first self-identifying format to accept the number."""
    if not _stdnum.ANY_SELF_IDENTIFYING.fullmatch(norm):  # most: one test, not nine
        return None
    seen = None  # what the text as written shows beyond its normal form
    for name, written in _stdnum.SELF_IDENTIFYING.items():
        if written.fullmatch(norm) and _stdnum.available(name):
            kind = _stdnum.number_type(name)
            if not kind.fits(size):
                continue
            if seen is None and raw != norm:
                seen = _seen(raw)
            same = seen is None or seen <= kind.blind  # then the shorter text
            compact = kind.validate((norm,) if same else (raw, norm))
            if compact is not None:
                return _label(kind, compact)
    return None


@functools.lru_cache(maxsize=512)
def lookup_country(country: str) -> str | None:
    hint = country.strip().upper()
    return ALIASES.get(hint) or alpha_2(hint)
