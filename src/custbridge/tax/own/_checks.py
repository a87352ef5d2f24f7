"""The published check digits of custbridge's own number types.

Each function takes a compact number of the right shape (its type's regular
expression matched already) and returns whether its check digit is right. Where
python-stdnum computes the same check for another number, its function is
reused rather than written again.
"""

from __future__ import annotations

_KZ_FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_KZ_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_QST_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2)
_MOD_11 = 11


def kz_check_digit(first11: str) -> int | None:
    """Return the check digit of a Kazakh IIN/BIN's first 11 digits, or None.

    The rule of the Kazakh Ministry of Justice's IIN/BIN specification: the
    digits weighted 1 to 11, modulo 11; if that is 10, weighted 3 to 11, 1, 2,
    modulo 11; if that is 10 again, no number is issued with these digits.
    """
    for weights in (_KZ_FIRST, _KZ_SECOND):
        total = sum(w * int(d) for w, d in zip(weights, first11, strict=True)) % _MOD_11
        if total != _MOD_11 - 1:
            return total
    return None


def kz(compact: str) -> bool:
    """Check a 12-digit Kazakh IIN or BIN."""
    return kz_check_digit(compact[:11]) == int(compact[11])


def qst_check_digit(first9: str) -> int:
    """Return the check digit (10th digit) of a Québec QST number.

    Weights 4, 3, 2, 7, 6, 5, 4, 3, 2 modulo 11, the digit is
    (11 - sum) modulo 10 (Revenu Québec's validation, as stdnum-js
    ``ca/qst`` implements it).
    """
    total = sum(w * int(d) for w, d in zip(_QST_WEIGHTS, first9, strict=True))
    return (_MOD_11 - total % _MOD_11) % 10


def qst(compact: str) -> bool:
    """Check a 16-character QST number: 10 digits, ``TQ``, 4 digits (not 0000)."""
    return qst_check_digit(compact[:9]) == int(compact[9]) and compact[12:] != "0000"


def gs1_check_digit(body: str) -> int:
    """Return the GS1 mod-10 check digit of *body* (GS1 General Specifications).

    From the right, the digits are weighted 3, 1, 3, ...; the check digit
    brings the sum to a multiple of 10.
    """
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return -total % 10


def gs1(compact: str) -> bool:
    """Check a 13-digit GLN, such as a New Zealand Business Number."""
    return gs1_check_digit(compact[:-1]) == int(compact[-1])


def jp_corporate(compact: str) -> bool:
    """Check ``T`` and a Japanese Corporate Number with stdnum's ``jp.cn``."""
    from stdnum.jp import cn  # noqa: PLC0415 - stdnum is loaded with the type

    return bool(cn.is_valid(compact[1:]))


def ch_uid(compact: str) -> bool:
    """Check a ``CHE`` UID with stdnum's ``ch.uid`` (Liechtenstein uses it too)."""
    from stdnum.ch import uid  # noqa: PLC0415 - stdnum is loaded with the type

    return bool(uid.is_valid(compact))


def hu_tax_number(compact: str) -> bool:
    """Check a Hungarian adószám: its 8-digit törzsszám with stdnum's ``hu.anum``."""
    from stdnum.hu import anum  # noqa: PLC0415 - stdnum is loaded with the type

    return bool(anum.is_valid(compact[:8]))
