"""Rule 3: a number tried as one of a country's, its modules in order.

The first module to accept the number decides. A module is asked only what can
change its answer: not a number of a length it never accepts (``_lengths``),
and both the written and the normal form of a number only if the two differ by
something it can see (``NumberType.blind``), for a module's answer depends on
nothing else; else the normal form, the shorter to read.
"""

from __future__ import annotations

import string

from custbridge.tax import _stdnum, _types
from custbridge.tax._prefixes import names, without_code
from custbridge.tax._result import (
    B2bOrB2c,
    TaxNumberCheck,
    invalid,
    invalid_in,
    label,
    result,
)
from custbridge.tax._special import SPECIAL

Pair = tuple[str, str, "int | None"]
"""A form of a number: as written, normalised, and its size if counted."""

_ALNUM = frozenset(string.ascii_letters + string.digits)
_LOWER_CASE = frozenset(_types.CASE)
_NOTHING: frozenset[str] = frozenset()


def in_country(
    raw: str,
    norm: str,
    cc: str,
    size: int | None = None,
    refused: _types.NumberType | None = None,
) -> TaxNumberCheck:
    """Rule 3 for *cc*: its special cases, then its modules in order.

    The number is tried as written and, when it starts with *cc*'s own code,
    without it (:func:`~custbridge.tax._prefixes.forms`); the first module to
    accept one of those texts decides. *size* is given for ASCII text: its
    number of letters and digits (``_text.normalised``). The modules that
    accept no number of that length are then not asked (``_lengths``), nor
    with the code for a length that fits only without it, or the reverse.
    *refused* is a module that already refused the normalised forms.
    """
    coded = norm[:2].isalpha() and names(norm, cc)  # most start with a digit
    if cc in SPECIAL:
        found = _special(*(without_code(raw, norm) if coded else (raw, norm)), cc)
        if found is not None:
            return found
    if coded:  # as written, or two letters fewer
        kinds, pairs = with_code(raw, norm, cc, size)
        found = first_accepted(kinds, pairs, refused)
        last = pairs[-1][:2]
    else:  # the modules were chosen by length already
        kinds = _stdnum.CANDIDATES[cc] if size is None else _stdnum.FITTING[cc, size]
        if raw == norm:  # most numbers: one text to try
            letters = size is not None and not raw.isdigit()
            found = _first_of(kinds, raw, letters=letters)
        else:
            found = first_accepted(kinds, ((raw, norm, size),), refused)
        last = raw, norm
    if found is not None:
        return found
    return _none_accepted(last, kinds, cc)


def digits_in_country(number: str, cc: str) -> TaxNumberCheck:
    """Rule 3 for ASCII digits alone, written as they are: the common case.

    Such a text has no separator, case, prefix or code to read, so it is
    its own normal form: :func:`in_country` without the steps that cannot
    apply, for a country without special cases.
    """
    kinds = _stdnum.FITTING[cc, len(number)]
    found = _first_of(kinds, number, letters=False)
    return found or _none_accepted((number, number), kinds, cc)


def with_code(
    raw: str, norm: str, cc: str, size: int | None
) -> tuple[tuple[_types.NumberType, ...], tuple[Pair, ...]]:
    """Return the modules to ask of a number written after *cc*'s code, and its forms.

    The forms (:func:`~custbridge.tax._prefixes.forms`) are pairs as written and
    normalised, each with its size: with the code, and two letters fewer.
    """
    rest, rest_norm = without_code(raw, norm)
    if size is None:
        return _stdnum.CANDIDATES[cc], ((raw, norm, None), (rest, rest_norm, None))
    kinds = _stdnum.FITTING_WITH_CODE[cc, size]
    return kinds, ((raw, norm, size), (rest, rest_norm, size - 2))


def _first_of(
    kinds: tuple[_types.NumberType, ...], text: str, *, letters: bool
) -> TaxNumberCheck | None:
    """Return the label of the first of *kinds* to accept *text*: the hot loop.

    *letters*: *text* has an ASCII letter, so a letterless module refuses it.
    """
    for kind in kinds:
        if letters and kind.letterless:
            continue
        try:  # NumberType.validate, inlined
            compact = kind.check(text)
        except ImportError:  # says nothing about the number: reported
            raise
        except Exception:  # noqa: BLE001, S112 - stdnum raises others on junk
            continue
        return label(kind, str(compact))
    return None


def first_accepted(
    kinds: tuple[_types.NumberType, ...],
    pairs: tuple[Pair, ...],
    refused: _types.NumberType | None,
) -> TaxNumberCheck | None:
    """Return the label of the first of *kinds* to accept a text of *pairs*.

    Each pair is a form as written and normalised, with its size when it
    was counted (ASCII text); a second pair is the first without its
    country's code. A module is asked only what can change its answer:

    * not a form with a letter (of one with its size: ASCII letters and
      digits) if the module refuses every such text (``NumberType.letterless``);
    * the normal form alone, shorter to read, when the written one shows it
      nothing more (``NumberType.blind``), or the module accepts digits alone
      (it refuses whatever else the written form shows); else the written
      form, then the normal one;
    * after the form with the code, the one without only as written, and
      only if it shows the module more, when the module removes that code
      itself before a digit (``NumberType.dropped``): their normal forms
      have the same compact form;
    * *refused*, which refused the normal forms already, the others only.
    """
    raw, norm = pairs[0][0], pairs[0][1]
    seen = _NOTHING if raw == norm else seen_in(raw)
    code = norm[:2] if len(pairs) > 1 and "0" <= pairs[1][1][:1] <= "9" else None
    for kind in kinds:
        # Whether the written forms can say no more than the normal ones: a
        # module that accepts digits alone refuses any mark it does not drop.
        clear = kind.letterless or seen <= kind.blind
        asked = False  # whether its normal forms were asked, as far as it sees
        for written, normal, size in pairs:
            if size is not None and (
                (kind.lengths is not None and size not in kind.lengths)
                or (kind.letterless and not normal.isdigit())  # ASCII: a letter
            ):
                continue
            if asked or kind is refused:
                if clear or written == normal:
                    continue
                compact = _accepted(kind, written)
            elif clear or written == normal:
                compact = _accepted(kind, normal)
            else:
                compact = _accepted(kind, written)
                if compact is None:
                    compact = _accepted(kind, normal)
            if compact is not None:
                return label(kind, compact)
            asked = code in kind.dropped
    return None


def _accepted(kind: _types.NumberType, text: str) -> str | None:
    """Return the compact form of *text* if *kind* accepts it, else None."""
    try:
        return str(kind.check(text))
    except ImportError:  # says nothing about the number: reported
        raise
    except Exception:  # noqa: BLE001 - stdnum raises others on junk
        return None


def seen_in(raw: str) -> frozenset[str]:
    """What in *raw* a module may see that its normal form lacks: separators, case."""
    marks = frozenset(raw).difference(_ALNUM)
    return marks | _LOWER_CASE if raw.upper() != raw else marks


def _none_accepted(
    texts: tuple[str, str], kinds: tuple[_types.NumberType, ...], cc: str
) -> TaxNumberCheck:
    """The answer when none of *kinds* accepted the number as it came.

    A few modules (``at.businessid``) want lower case: the normal form is
    asked again in lower case, of the modules that do not upper-case it
    themselves and, for ASCII letters and digits, that accept a text of
    its length with a letter in it (it has one, or it would be no other).
    """
    lower = (texts[-1].lower(),)
    if lower[0] not in texts:
        counted = lower[0].isascii() and lower[0].isalnum()
        size = len(lower[0]) if counted else None
        for kind in kinds:
            if _types.CASE in kind.blind:  # it read the upper case form already
                continue
            if counted and (kind.letterless or not kind.fits(size)):
                continue
            compact = kind.validate(lower)
            if compact is not None:
                return label(kind, compact)
    if not _stdnum.CANDIDATES[cc]:
        return result(
            None, "unsupported-country", f"python-stdnum knows no tax numbers of {cc}",
            country=cc,
        )  # fmt: skip
    return invalid_in(cc)


def _special(raw: str, norm: str, cc: str) -> TaxNumberCheck | None:
    outcome = SPECIAL[cc](raw, norm)
    if outcome is None:
        return None
    label, reason, explanation, name, compact = outcome
    if reason == "invalid":
        return invalid(cc, explanation)
    return result(
        None if label is None else B2bOrB2c(label), reason, explanation,
        valid=True, country=cc, number_type=name, compact=compact,
    )  # fmt: skip
