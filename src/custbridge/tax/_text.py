"""Reading a tax number: any object to text, normalised, and junk told apart.

Nothing here raises, whatever the input: a hostile ``str`` or ``int`` subclass
is read without calling its own methods.
"""

from __future__ import annotations

import re
import unicodedata
from typing import cast

from custbridge.exceptions import show
from custbridge.tax import _stdnum
from custbridge.tax._prefixes import country_of

MAX_LENGTH = 128
"""Longer input is not a tax number; it is refused before any parsing."""
_MAX_BITS = 4 * MAX_LENGTH  # an int of more bits has more than 128 digits
_LETTERS_ONLY = 15
"""Up to this many letters alone are no country's tax number.

The shortest all-letter number python-stdnum 2.2 accepts is an Italian
codice fiscale whose seven digits were all replaced (omocodia): 16 letters.
"""
_SEPARATORS = re.compile(r"[\s.\-/,:_]+")
# Hyphens, dashes, minus and soft hyphen: written as "-" before anything else.
_DASHES = str.maketrans(
    dict.fromkeys("\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
)


def plain(value: object) -> str | None:
    """Return *value* as plain text, or None when it is neither text nor an int.

    A subclass's own methods (``__str__``, ``strip``) are never called, so a
    hostile one cannot raise here; an int too long to be a tax number becomes
    text just long enough to be refused as such.
    """
    kind = type(value)
    if issubclass(kind, str):
        return str.__str__(cast("str", value))
    if not issubclass(kind, int) or issubclass(kind, bool):
        return None
    if int.bit_length(cast("int", value)) > _MAX_BITS:  # str() would refuse it
        return "9" * (MAX_LENGTH + 1)
    return int.__repr__(cast("int", value))


def type_name(value: object) -> str:
    try:
        return str(type(value).__name__)
    except Exception:  # noqa: BLE001 - a metaclass can make even the name raise
        return "object"


def shown(value: object) -> str:
    """Return *value* as error messages show it, whatever it is."""
    try:
        return show(value)
    except Exception:  # noqa: BLE001 - a hostile __repr__ or the like
        return f"<{type_name(value)}>"


def normalised(number: str) -> tuple[str, str, int | None]:
    """Return *number* stripped, normalised (rule 1), and its size.

    Format characters (Unicode category Cf: zero-width spaces, joiners,
    direction marks, the byte order mark) are invisible and dropped; the
    soft hyphen is read as a hyphen first. The size, the number of letters
    and digits, is given for ASCII text only: stdnum maps some other
    characters of its own, so they are not counted.
    """
    if not number.isascii():
        text = unicodedata.normalize("NFKC", number).translate(_DASHES)
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
        raw = text.strip()
        return raw, _SEPARATORS.sub("", raw).upper(), None
    raw = number.strip()  # the common case: NFKC and dashes change nothing
    if raw.isalnum():
        return raw, raw.upper(), len(raw)
    norm = _SEPARATORS.sub("", raw).upper()
    return raw, norm, len(norm) if norm.isalnum() else None


def zeros(norm: str) -> bool:
    """Return whether *norm* is zeros alone, perhaps after a country's code.

    ``0``, ``000000000``, ``DE 000 000 000``: what people type for "none".
    Many stdnum modules accept them (the check digit of zeros is 0), but no
    authority issues them, so they are invalid with a hint and without one.
    Other letters stay: ``EM0000000`` is a valid Dutch identity card number.
    """
    if norm[:2].isalpha() and country_of(norm[:2]) in _stdnum.countries():
        norm = norm[2:]
    return bool(norm) and not norm.strip("0")


def nowhere(norm: str) -> str | None:
    """Return why *norm* is no country's tax number, or None if it may be one.

    Checked when no hint and no prefix decided, instead of asking for a country.
    """
    if not norm.isalnum() and not any(c.isalnum() for c in norm):
        return "no letter or digit: valid in no country"
    if norm.isalpha() and len(norm) <= _LETTERS_ONLY:
        return f"only letters, {_LETTERS_ONLY} or fewer: valid in no country"
    return None
