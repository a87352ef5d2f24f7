"""Each person-or-entity rule against its published source, not custbridge's table.

The classifier reads a discriminator per number type; a test that also read it
would agree with any mistake in it. Here the expected label comes from the rule
as its issuer publishes it (cited on each table), and the numbers are made valid
with python-stdnum's own validator, so only the holder part varies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import stdnum
from stdnum import luhn
from stdnum.cl import rut
from stdnum.in_ import pan
from stdnum.is_ import kennitala
from stdnum.py import ruc
from stdnum.ro import cui

from custbridge import B2bOrB2c, classify_tax_number
from custbridge.tax._discriminators import DISCRIMINATORS

if TYPE_CHECKING:
    from types import ModuleType

B2B, B2C = B2bOrB2c.B2B, B2bOrB2c.B2C


def _complete(module: ModuleType, numbers: list[str]) -> str:
    """Return the first of *numbers* that *module* accepts (a valid check digit)."""
    for number in numbers:
        if module.is_valid(number):
            return str(module.compact(number))
    msg = f"no valid {module.__name__} among {numbers[:3]}…"
    raise AssertionError(msg)


# Kennitala: DDMMYY, two serial digits, a check digit, the century (9: 1900s).
# Registers Iceland (Þjóðskrá, skra.is): a company's kennitala is its registration
# date with 40 added to the day, so days 41-71 are organisations and 01-31 are
# persons; python-stdnum's is_.kennitala says the same ("number 4 is added to the
# first digit") and its examples are 450401-3150 (organisation), 120174-3399.
def _kennitala(ddmmyy: str) -> str:
    return _complete(
        kennitala,
        [
            f"{ddmmyy}{serial:02d}{check}9"
            for serial in range(100)
            for check in range(10)
        ],
    )


KENNITALA = [
    ("0101", B2C),  # a person born on the 1st
    ("3101", B2C),  # the last day a person's number can have
    ("4101", B2B),  # an organisation registered on the 1st: 1 + 40
    ("7101", B2B),  # an organisation registered on the 31st: 31 + 40
    ("4501", B2B),
    ("1201", B2C),
]


@pytest.mark.parametrize(("ddmm", "expected"), KENNITALA)
def test_kennitala_day_tells_organisation_from_person(
    ddmm: str, expected: B2bOrB2c
) -> None:
    """A kennitala whose day is 41-71 is an organisation's; 01-31, a person's."""
    number = _kennitala(ddmm + "74")
    check = classify_tax_number(number, country="IS")
    assert (True, "is_.kennitala", expected) == (
        check.valid,
        check.number_type,
        check.b2b_or_b2c,
    )


@pytest.mark.parametrize("day", range(32, 41))
def test_kennitala_days_32_to_40_are_never_valid(day: int) -> None:
    """Days 32-40 are no date, as a person's or as 40 + an organisation's day.

    So through the classifier every threshold from 32 to 41 labels valid
    numbers alike; the split itself is pinned against stdnum's validate below.
    """
    numbers = [
        f"{day}0174{serial:02d}{check}9" for serial in range(100) for check in range(10)
    ]
    assert not any(kennitala.is_valid(n) for n in numbers)
    assert [False] == list(
        {classify_tax_number(n, country="IS").valid for n in numbers}
    )


# python-stdnum's is_.kennitala.validate reads the day part itself before it
# checks the date: ``if day >= 40:  # organisation`` (then the date is day - 40),
# else an individual's. The classifier's discriminator runs on numbers that
# validate accepted, so it must split the day part where validate does, even
# on the days 32-40 that no valid number has (a different split would be a
# second opinion that happens to agree today).
@pytest.mark.parametrize("day", range(80))
def test_kennitala_discriminator_splits_the_day_where_stdnum_does(day: int) -> None:
    """Day parts 40-79 are an organisation's in stdnum's own validate; 00-39 not."""
    discriminate, _ = DISCRIMINATORS["is_.kennitala"]
    assert discriminate(f"{day:02d}01743399") is (day >= 40)


# PAN: the 4th character is the holder's status, as the Income Tax Department's
# PAN tutorial (incometaxindia.gov.in, cited by python-stdnum's in_.pan, whose
# table has the same letters) lists it: P individual; C company, H Hindu
# undivided family, F firm, A association of persons, T trust, B body of
# individuals, L local authority, J artificial juridical person, G government.
PAN = [
    ("P", B2C),
    ("C", B2B),
    ("H", B2B),  # a HUF is a family, taxed as a unit: not a natural person
    ("F", B2B),
    ("A", B2B),
    ("T", B2B),
    ("B", B2B),
    ("L", B2B),
    ("J", B2B),
    ("G", B2B),
]


@pytest.mark.parametrize(("holder", "expected"), PAN)
def test_pan_fourth_character_is_the_holder_type(
    holder: str, expected: B2bOrB2c
) -> None:
    """Only an individual's PAN (P) is a person's; every other status is not."""
    number = f"AAB{holder}K1234Z"  # PAN has no published check digit
    assert pan.is_valid(number)
    check = classify_tax_number(number, country="IN")
    assert (True, "in_.pan", expected) == (
        check.valid,
        check.number_type,
        check.b2b_or_b2c,
    )


# RUT: a natural person's RUT is the RUN the Registro Civil gives; the SII
# numbers personas jurídicas from 50.000.000 up (python-stdnum's examples:
# 76.086.428-5 a company, 12.531.909-2 a person). The boundary is a numbering
# convention, not a field of the number.
RUT = [
    (12_531_909, B2C),
    (39_999_999, B2C),
    (40_000_000, B2C),
    (45_000_000, B2C),
    (49_999_999, B2C),
    (50_000_000, B2B),
    (50_000_001, B2B),
    (76_086_428, B2B),
]


@pytest.mark.parametrize(("body", "expected"), RUT)
def test_rut_companies_start_at_fifty_million(body: int, expected: B2bOrB2c) -> None:
    """A RUT of 50,000,000 or more is a company's; below, a natural person's."""
    number = f"{body}{rut.calc_check_digit(str(body))}"
    check = classify_tax_number(number, country="CL")
    assert (True, "cl.rut", expected) == (
        check.valid,
        check.number_type,
        check.b2b_or_b2c,
    )


# VÖEN: python-stdnum's az.voen docstring, from the OECD's Azerbaijan TIN sheet:
# "The tenth digit represents the legal status of a taxpayer: 1 for legal
# persons and 2 for natural persons." python-stdnum 2.1 has no az.voen.
VOEN = [("1", B2B), ("2", B2C)]


@pytest.mark.parametrize(("status", "expected"), VOEN)
def test_voen_last_digit_is_the_legal_status(status: str, expected: B2bOrB2c) -> None:
    """A VÖEN ending in 1 is a legal person's; ending in 2, a natural person's."""
    voen = pytest.importorskip("stdnum.az.voen")
    number = _complete(voen, [f"14015550{check}{status}" for check in range(10)])
    check = classify_tax_number(number, country="AZ")
    assert (True, "az.voen", expected) == (
        check.valid,
        check.number_type,
        check.b2b_or_b2c,
    )


def _label(number: str, country: str, number_type: str) -> B2bOrB2c | None:
    """Return the label of *number*, checking it is a valid *number_type*."""
    check = classify_tax_number(number, country=country)
    assert (True, number_type) == (check.valid, check.number_type)
    return check.b2b_or_b2c


# Paraguayan RUC: python-stdnum's py.ruc docstring, after the SET's registry
# (ruc.com.py): "The RUC number for legal entities consists of 8 digits
# starting after 80000000. Number for residents and foreigners are up to 9
# digits", the last one a check digit; its examples: 80028061-0 an entity,
# 9991603 a person. The entities' series is the block from 80000000 up.
PARAGUAY = [
    (999_160, B2C),
    (9_999_999, B2C),
    (79_999_999, B2C),
    (80_000_000, B2B),
    (80_000_001, B2B),
    (80_028_061, B2B),
]


@pytest.mark.parametrize(("body", "expected"), PARAGUAY)
def test_paraguay_ruc_entities_start_at_eighty_million(
    body: int, expected: B2bOrB2c
) -> None:
    """A RUC of 80,000,000 or more is a legal entity's; below, a person's."""
    number = f"{body}{ruc.calc_check_digit(str(body))}"
    assert expected == _label(number, "PY", "py.ruc")


# Latvian PVN: python-stdnum's lv.pvn docstring: "a reference to a legal
# entity (in which case the first digit > 3) or a natural person (…) the
# personal code (personas kods). Personal codes start "32". Older personal
# codes start with 6 digits to denote the birth date in the form ddmmyy."
LATVIA = [
    ("30017509995", B2C),  # born on the 30th: first digit 3
    ("31017509990", B2C),  # born on the 31st
    pytest.param(  # a personal code without a birth date
        "32867300679",
        B2C,
        marks=pytest.mark.skipif(
            stdnum.__version__ < "2.2", reason="python-stdnum reads 32… codes from 2.2"
        ),
    ),
    ("16117519997", B2C),
    ("40003521600", B2B),  # first digit 4: a legal entity
    ("50000000002", B2B),
    ("90000000014", B2B),
]


@pytest.mark.parametrize(("number", "expected"), LATVIA)
def test_latvia_pvn_entities_start_above_three(number: str, expected: B2bOrB2c) -> None:
    """A PVN whose first digit is above 3 is an entity's; 3 or below, a person's."""
    assert expected == _label(number, "LV", "lv.pvn")


# Swedish organisationsnummer: Bolagsverket and Skatteverket: the third and
# fourth digits of an organisation number are always 20 or more, so that it
# cannot be taken for a personnummer (YYMMDD-NNNC, whose month is 01-12),
# which a sole trader uses as its organisation number.
def _orgnr(group: str) -> str:
    body = f"55{group}12345"
    return body + luhn.calc_check_digit(body)


SWEDEN = [("01", B2C), ("12", B2C), ("19", B2C), ("20", B2B), ("21", B2B), ("99", B2B)]


@pytest.mark.parametrize(("group", "expected"), SWEDEN)
def test_sweden_orgnr_groups_from_twenty_are_entities(
    group: str, expected: B2bOrB2c
) -> None:
    """Digits 3-4 of 20 or more make an organisation number; below, a person's."""
    assert expected == _label(_orgnr(group), "SE", "se.orgnr")


# Romanian CF: python-stdnum's ro.cf docstring: "can be from 2 to 10 digits
# long" (a CUI, a company's), and "a CNP can also be used": the 13-digit
# personal numeric code of a natural person (ro.cnp).
ROMANIA = [
    ("1", B2B),  # 2 digits
    ("123456789", B2B),  # 10 digits
    ("1630615123457", B2C),  # a CNP
]


@pytest.mark.parametrize(("body", "expected"), ROMANIA)
def test_romania_cf_cui_is_an_entity_cnp_a_person(
    body: str, expected: B2bOrB2c
) -> None:
    """A CF of 2 to 10 digits is a CUI, an entity's; 13 digits is a CNP."""
    number = body if len(body) == 13 else body + cui.calc_check_digit(body)
    assert expected == _label(number, "RO", "ro.cf")


# Mexican RFC: the SAT's structure: a persona moral's RFC has 12 characters
# (3 letters, the date, a 3-character homoclave), a persona física's 13 (4
# letters, the date, the homoclave); python-stdnum's mx.rfc also accepts a
# persona física's 10 characters written without the homoclave.
MEXICO = [
    ("GODE561231", B2C),
    ("GODE561231GR8", B2C),
    ("MAB9307148T4", B2B),
]


@pytest.mark.parametrize(("number", "expected"), MEXICO)
def test_mexico_rfc_twelve_characters_are_a_company(
    number: str, expected: B2bOrB2c
) -> None:
    """A 12-character RFC is a persona moral's; 10 or 13, a persona física's."""
    assert expected == _label(number, "MX", "mx.rfc")
