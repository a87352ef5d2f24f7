"""A number written with its own country's code: the right hint never hurts.

Issue 12, class 1: ``RU0274051582`` was b2b without a hint and "invalid" with
the hint RU, for every country outside the VAT-prefix list. The rule now lives
in ``custbridge.tax._prefixes.forms``: with its own country's code (or an alias
of it: EL/GR, XI/GB, UK/GB) in front, a number is tried as written and without
the code, with a hint and without one alike.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import B2bOrB2c, classify_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.strategies import supported_countries, tax_numbers
from custbridge.tax import catalog
from custbridge.tax._prefixes import ALIASES, forms

B2B, B2C = B2bOrB2c.B2B, B2bOrB2c.B2C

OWN_CODE = [
    # The examples: each was b2c "invalid" with its hint.
    ("RU0274051582", "RU", B2B, "entity", "ru.inn", "0274051582"),
    ("RS100010812", "RS", B2B, "business", "rs.pib", "100010812"),
    ("NO864234232", "NO", B2B, "business", "no.orgnr", "864234232"),
    ("AU53004085616", "AU", B2B, "business", "au.abn", "53004085616"),
    ("TR1234567890", "TR", B2B, "business", "tr.vkn", "1234567890"),
    ("ADF000000F", "AD", B2C, "person", "ad.nrt", "F000000F"),  # AD + F000000F
    ("PY12345678-9", "PY", B2C, "person", "py.ruc", "123456789"),
    ("CR123456789012", "CR", B2C, "personal", "cr.cr", "123456789012"),
    ("SM12345", "SM", B2B, "business", "sm.coe", "12345"),  # needs-country unhinted
    # Aliases, as prefix and as hint.
    ("EL094259216", "GR", B2B, "vat-prefix", "gr.vat", "EL094259216"),
    ("GR094259216", "EL", B2B, "vat-prefix", "gr.vat", "GR094259216"),
    ("XI980780684", "GB", B2B, "vat-prefix", "gb.vat", "XI980780684"),
    ("UK980780684", "GB", B2B, "business", "gb.vat", "980780684"),
    ("GB980780684", "UK", B2B, "vat-prefix", "gb.vat", "GB980780684"),
    ("uk 980 780 684", "United Kingdom", B2B, "business", "gb.vat", "980780684"),
    # Where the code is part of the number, as written still decides.
    ("CHE-113.690.319", "CH", B2B, "business", "ch.uid", "CHE113690319"),
    ("MXS030318BP0", "MX", B2B, "entity", "mx.rfc", "MXS030318BP0"),
    # The formatting rules of US and Canada see the number without the code.
    ("US91-1144442", "US", B2B, "format", "us.ein", "911144442"),
    ("US 536-90-4399", "US", B2C, "format", "us.ssn", "536904399"),
    ("CA 123026635RC0001", "CA", B2B, "business", "ca.bn", "123026635RC0001"),
    # Rule V still comes first; separators after the code are dropped.
    ("ES12345678Z", "ES", B2B, "vat-prefix", "es.nif", "ES12345678Z"),
    ("BR16.727.230/0001-97", "BR", B2B, "business", "br.cnpj", "16727230000197"),
    ("ru-0274051582", "RU", B2B, "entity", "ru.inn", "0274051582"),
]


@pytest.mark.parametrize(
    ("number", "hint", "expected"), [(n, h, rest) for n, h, *rest in OWN_CODE]
)
def test_own_code_with_the_hint(number: str, hint: str, expected: list[Any]) -> None:
    """With the right hint, a number written with its country's code is valid."""
    check = classify_tax_number(number, country=hint)
    assert (*expected, True) == (
        check.b2b_or_b2c,
        check.reason,
        check.number_type,
        check.compact,
        check.valid,
    )


@pytest.mark.parametrize(("number", "hint"), [row[:2] for row in OWN_CODE])
def test_the_hint_is_at_least_as_decided_as_none(number: str, hint: str) -> None:
    """What is valid and decided without a hint stays so, with the same label."""
    unhinted = classify_tax_number(number)
    hinted = classify_tax_number(number, country=hint)
    assert hinted.valid
    if unhinted.valid and unhinted.b2b_or_b2c is not None:
        assert (unhinted.b2b_or_b2c, unhinted.number_type) == (
            hinted.b2b_or_b2c,
            hinted.number_type,
        )


@pytest.mark.parametrize(
    ("cc", "raw", "norm", "expected"),
    [
        ("RU", "RU 0274051582", "RU0274051582",
         ("RU 0274051582", "RU0274051582", "0274051582")),
        ("GR", "el-094 259 216", "EL094259216",
         ("el-094 259 216", "EL094259216", "094 259 216", "094259216")),
        ("GB", "UK980780684", "UK980780684", ("UK980780684", "980780684")),
        ("RU", "R U0274051582", "RU0274051582",
         ("R U0274051582", "RU0274051582", "0274051582")),  # not written as a code
        ("DE", "RU0274051582", "RU0274051582", ("RU0274051582",)),
        ("RU", "0274051582", "0274051582", ("0274051582",)),
    ],
)  # fmt: skip
def test_forms(cc: str, raw: str, norm: str, expected: tuple[str, ...]) -> None:
    """The one rule: as written, then without the country's own code."""
    assert expected == forms(cc, raw, norm)


def _codes(cc: str) -> list[str]:
    """The codes a number of *cc* may be written with: its own and its aliases."""
    return [cc, *sorted(a for a, c in ALIASES.items() if c == cc)]


def _check_own_code(number: str, cc: str, code: str) -> None:
    """The invariant of issue 12, class 1, for one valid *number* of *cc*."""
    written = code + number
    hinted = classify_tax_number(written, country=cc)
    unhinted = classify_tax_number(written)
    if unhinted.valid and unhinted.b2b_or_b2c is not None:
        assert unhinted.b2b_or_b2c == hinted.b2b_or_b2c, (written, unhinted, hinted)
    # One code is taken off, not two: "RO" + "RO18547290" may stay invalid.
    if not number.lstrip(" -").upper().startswith(tuple(_codes(cc))):
        assert hinted.valid, (written, hinted)


LABELLED = [
    (label, cc) for label in ("b2b", "b2c") for cc in supported_countries(label)
]


@pytest.mark.parametrize("cc", catalog.countries())
def test_every_country_with_its_code(cc: str) -> None:
    """For each country, three seeds a label, each code: the hint never hurts."""
    seeds = [n for lb in ("b2b", "b2c") for _, n in _tax_samples.seeds(lb, cc)[:3]]
    for number in seeds:
        for code in _codes(cc):
            _check_own_code(number, cc, code)


@given(data=st.data())
def test_prefixing_the_code_never_makes_the_hint_hurt(data: st.DataObject) -> None:
    """Generated valid numbers, written as people do, with their country's code.

    Countries are drawn too, so the property costs the profile's examples in
    all, not per country; ``test_every_country_with_its_code`` covers each one.
    """
    label, cc = data.draw(st.sampled_from(LABELLED))
    number = data.draw(tax_numbers(label, cc))
    code = data.draw(st.sampled_from(_codes(cc)))
    gap = data.draw(st.sampled_from(["", " ", "-"]))
    _check_own_code(gap + number, cc, code)
