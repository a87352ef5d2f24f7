"""The check digits of custbridge's own types, against their published definitions.

Each reference below is written from the rule's source, not from
``custbridge.tax.own._checks``; the types must agree with it for every body in
a fixed sweep: each digit at each place, and seeded random bodies.
"""

from __future__ import annotations

import random
import string

import pytest

from custbridge.tax import own
from custbridge.tax.own import _checks


def kz_reference(first11: str) -> int | None:
    """Kazakh rules for forming IIN and BIN (Ministry of Justice).

    The digits weighted 1, 2, ..., 11, modulo 11; if that gives 10, weighted
    3, 4, ..., 11, 1, 2, modulo 11; if 10 again, no number has these digits.
    """
    for weights in (
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2],
    ):
        remainder = sum(w * int(d) for w, d in zip(weights, first11, strict=True)) % 11
        if remainder < 10:
            return remainder
    return None


def qst_reference(first9: str) -> int:
    """Revenu Québec's QST check digit (as stdnum-js ``ca/qst`` computes it).

    The sum of the digits weighted 4, 3, 2, 7, 6, 5, 4, 3, 2, modulo 11, is
    s; the check digit is (11 - s) modulo 10.
    """
    s = sum(
        w * int(d) for w, d in zip([4, 3, 2, 7, 6, 5, 4, 3, 2], first9, strict=True)
    )
    return (11 - s % 11) % 10


def gs1_reference(first12: str) -> int:
    """GS1 General Specifications 7.9, for a GLN's first 12 digits.

    From the left, weights 1, 3, 1, 3, ... (so the digit before the check
    digit has weight 3); the check digit makes the sum a multiple of 10.
    """
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return (10 - s % 10) % 10


def _bodies(size: int) -> list[str]:
    """Each digit at each place of a fixed body, and seeded random bodies."""
    rng = random.Random(size)  # noqa: S311 - reproducible test data
    base = "31415926535897932384"[:size]
    placed = [base[:i] + d + base[i + 1 :] for i in range(size) for d in string.digits]
    ones = [
        "0" * i + d + "0" * (size - i - 1) for i in range(size) for d in string.digits
    ]
    drawn = ["".join(rng.choices(string.digits, k=size)) for _ in range(600)]
    return placed + ones + drawn


def test_kazakh_check_digit() -> None:
    """IIN/BIN: the reference's digit, and no number where it gives none."""
    for body in _bodies(11):
        expected = kz_reference(body)
        assert _checks.kz_check_digit(body) == expected, body
        accepted = [d for d in string.digits if _checks.kz(body + d)]
        assert accepted == ([] if expected is None else [str(expected)]), body


@pytest.mark.parametrize(("name", "place"), [("kz.bin", "4"), ("kz.iin", "0")])
def test_kazakh_types_check_their_digit(name: str, place: str) -> None:
    """A number of the type's shape is valid exactly when its 12th digit is right."""
    kind = own.load(name)
    for drawn in _bodies(11):
        body = drawn[:2] + "0" + drawn[3] + place + drawn[5] + "1" + drawn[7:]
        expected = kz_reference(body)
        accepted = [d for d in string.digits if kind.is_valid(body + d)]
        assert accepted == ([] if expected is None else [str(expected)]), body


@pytest.mark.parametrize("file", ["0001", "9999", "0420"])
def test_qst_check_digit(file: str) -> None:
    """QST: the 10th digit is the reference's, whatever the file number."""
    kind = own.load("ca.qst")
    for body in _bodies(9):
        assert _checks.qst_check_digit(body) == qst_reference(body), body
        tail = "TQ" + file
        accepted = [d for d in string.digits if kind.is_valid(f"{body}{d}{tail}")]
        assert accepted == [str(qst_reference(body))], body


def test_nzbn_check_digit() -> None:
    """NZBN: a GLN beginning 94, its 13th digit the GS1 check digit."""
    kind = own.load("nz.nzbn")
    for drawn in _bodies(12):
        body = "94" + drawn[2:]
        assert _checks.gs1_check_digit(body) == gs1_reference(body), body
        accepted = [d for d in string.digits if kind.is_valid(body + d)]
        assert accepted == [str(gs1_reference(body))], body
