"""Own types for Stripe types the guide shows no example of: au.wpn, bw.vat, tt.bir.

Their rules come from the tax authorities and secondary sources their docstrings
cite. None has a published check digit, so none decides without a hint, and
none may turn a mistyped number of a checked type into a business.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import classify_tax_number
from custbridge.strategies import _samples, supported_countries
from custbridge.tax import catalog, own
from custbridge.tax.own import _stripe

NEW = ("au.wpn", "bw.vat", "tt.bir")
# Valid ABNs: stdnum au.abn's example, the ABN of au.acn's example 004 085 616,
# and three whose check digits stdnum's au.abn.calc_check_digits made.
ABNS = ("83914571673", "53004085616", "18123456789", "89000000019", "95555444333")


def _one_digit_changes(number: str) -> list[str]:
    return [
        number[:i] + d + number[i + 1 :]
        for i, c in enumerate(number)
        for d in string.digits
        if d != c
    ]


@pytest.mark.parametrize(
    ("number", "country", "label", "name", "reason"),
    [
        ("C01234567890", "BW", "b2b", "bw.vat", "entity"),
        ("P 0123 4567 890", "BW", "b2b", "bw.vat", "entity"),
        ("t01234567890", "BW", "b2b", "bw.vat", "entity"),
        ("I01234567890", "BW", "b2c", "bw.vat", "person"),
        ("1234567890", "TT", "b2c", "tt.bir", "default"),
        ("12345677", "AU", "b2c", "au.wpn", "default"),
        ("987 654 321", "AU", "b2c", "au.wpn", "default"),
    ],
)
def test_hinted_labels(
    number: str, country: str, label: str, name: str, reason: str
) -> None:
    """With its country, each number gets its class's label, and says why."""
    check = classify_tax_number(number, country=country)
    assert (check.b2b_or_b2c.value, check.number_type, check.reason, check.valid) == (
        label, name, reason, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "number",
    ["C01234567890", "BWC01234567890", "BW C01234567890", "1234567890",
     "TT1234567890", "12345677", "AU12345677"],
)  # fmt: skip
def test_never_decided_without_a_hint(number: str) -> None:
    """Format only: without a country, none of them decides."""
    check = classify_tax_number(number)
    assert (check.b2b_or_b2c, check.valid) == (None, False)


@pytest.mark.parametrize(
    ("number", "country"),
    [("X01234567890", "BW"), ("C0123456789", "BW"), ("123456789", "TT"),
     ("12345678901", "TT"), ("1234567", "AU"), ("00012345677", "AU"),
     ("0012345677", "AU")],
)  # fmt: skip
def test_wrong_shapes_are_invalid(number: str, country: str) -> None:
    """A wrong letter or length is no number of the country."""
    check = classify_tax_number(number, country=country)
    assert (check.b2b_or_b2c.value, check.reason, check.number_type) == (
        "b2c", "invalid", None,
    )  # fmt: skip


def test_a_mistyped_abn_is_never_read_as_a_wpn() -> None:
    """Every one-digit change of a valid ABN stays invalid with hint AU.

    au.abn alone reads 11 digits: the WPN padded to 11 digits for an ABN field
    is not read, for it could not be told from such a typo.
    """
    kind = catalog.number_type("au.abn")
    abns = [kind.validate((n,)) for n in ABNS]
    assert abns == list(ABNS)
    seen = {
        (m, check.number_type)
        for n in ABNS
        for m in _one_digit_changes(n)
        if (check := classify_tax_number(m, country="AU")).valid
    }
    assert seen == set()


@given(st.text(alphabet=string.digits + " -", max_size=16))
def test_a_wpn_is_never_b2b(text: str) -> None:
    """With hint AU, a number read as a WPN is b2c, and never has 11 digits."""
    check = classify_tax_number(text, country="AU")
    if check.number_type == "au.wpn":
        assert (check.b2b_or_b2c.value, len(check.compact or "")) in {
            ("b2c", 8), ("b2c", 9),
        }  # fmt: skip


@given(st.text(alphabet=string.digits + " -", max_size=16))
def test_a_bir_number_is_never_b2b(text: str) -> None:
    """With hint TT, no number is b2b: neither Stripe type says who holds it."""
    check = classify_tax_number(text, country="TT")
    assert check.b2b_or_b2c is None or check.b2b_or_b2c.value == "b2c"


def test_a_wpn_after_an_acn_and_a_tfn() -> None:
    """A valid ACN or TFN is read as one; 9 digits neither accepts, as a WPN."""
    names = [t.name for t in catalog.number_types("AU")]
    assert names.index("au.wpn") > max(names.index("au.acn"), names.index("au.tfn"))
    assert classify_tax_number("004 085 616", country="AU").number_type == "au.acn"


def test_the_types_and_their_stripe_types() -> None:
    """Each is format only, in the registry, and reads its Stripe types."""
    assert set(NEW) <= own.FORMAT_ONLY
    assert (own.MODULES["bw.vat"][0], "bw.vat" in own.VAT_MODULES) == (
        catalog.Kind.MIXED, True,
    )  # fmt: skip
    assert {n: own.MODULES[n][0] for n in ("au.wpn", "tt.bir")} == {
        "au.wpn": catalog.Kind.NO_DISCRIMINATOR,
        "tt.bir": catalog.Kind.NO_DISCRIMINATOR,
    }
    assert not {"au.wpn", "tt.bir"} & own.VAT_MODULES
    read = {row[0]: row[2] for row in _stripe.TYPES}
    assert [read[t] for t in ("au_wpn", "bw_vat", "tt_bir", "tt_vat")] == [
        "au.wpn", "bw.vat", "tt.bir", "tt.bir",
    ]  # fmt: skip
    assert {"au_wpn", "bw_vat", "tt_bir", "tt_vat"} <= set(_stripe.NOTES)


def test_the_strategies_cover_the_new_countries() -> None:
    """tax_numbers() draws b2b numbers of Botswana and b2c of all three."""
    assert "BW" in supported_countries("b2b")
    assert {"AU", "BW", "TT"} <= set(supported_countries("b2c"))
    drawn = {m for m, _ in _samples.seeds("b2c", "BW") + _samples.seeds("b2c", "TT")}
    assert drawn == {"bw.vat", "tt.bir"}
