"""The rules of custbridge's own number types that are not check digits.

Lengths, written groups, fixed parts, which type is its country's VAT number,
and the rules that tell an entity from a person, each written here from the
type's published source (the tax authority, or Stripe's customer tax ID guide
where it is the only source), not read from ``custbridge.tax.own``'s tables.
"""

from __future__ import annotations

import string

import pytest
from stdnum.exceptions import InvalidFormat, InvalidLength, ValidationError

from custbridge import B2bOrB2c, classify_tax_number
from custbridge.tax import catalog, own

# The lengths of each type's compact number (letters and digits, no prefix):
# the authority's layout, else the shape of Stripe's example.
LENGTHS = {
    "ae.trn": {15}, "am.tin": {8}, "ao.nif": {10, 14}, "au.arn": {12},
    "au.wpn": {8, 9},  # SuperStream clearing houses: an 8- or 9-digit WPN
    "bw.vat": {12},  # BURS: a TIN has 12 characters
    "tt.bir": {10},  # TaxDo: 10 digits
    "aw.tin": {8}, "ba.pdv": {12}, "bb.tin": {13}, "bd.bin": {9, 13},
    "bf.ifu": {9}, "bh.vat": {15}, "bj.ifu": {13}, "bo.nit": {7, 8, 9, 10, 11, 12},
    "bs.tin": {9}, "ca.pst": {7}, "ca.pst_bc": {11}, "ca.qst": {16}, "cd.nif": {9},
    "ci.ncc": {8}, "cm.niu": {14}, "cv.nif": {9}, "et.tin": {10}, "ge.tin": {9, 11},
    "gi.tin": {5, 6}, "hk.brn": {8}, "hu.adoszam": {11}, "jp.rn": {5},
    "jp.trn": {14}, "kg.inn": {14}, "kh.tin": {13}, "kz.bin": {12}, "kz.iin": {12},
    "la.tin": {12}, "li.uid": {12}, "li.vat": {5}, "lk.vat": {13}, "ma.if": {7, 8},
    "md.vat": {7}, "mr.nif": {8}, "mu.vat": {8}, "my.frp": {8},
    "my.itn": {11, 12, 13}, "my.sst": {15}, "ng.tin": {12}, "no.voec": {7},
    "np.pan": {9}, "nz.nzbn": {13}, "om.vat": {12}, "pk.ntn": {7, 8},
    "ph.tin": {9, 12, 14}, "ru.kpp": {9}, "sa.vat": {15}, "sg.gst": {10},
    "sr.fin": {10}, "tj.inn": {9}, "tz.vrn": {9}, "ua.ipn": {12}, "ug.tin": {10},
    "uz.inn": {9}, "uz.vat": {12}, "za.vat": {10}, "zm.tin": {10}, "zw.tin": {10},
}  # fmt: skip

# A valid number of each length of the types that have several, as written.
VALID = [
    ("ao.nif", "5417071000"), ("ao.nif", "004562349LA041"),  # NIF; BI number
    ("au.wpn", "12345677"), ("au.wpn", "123456782"),
    ("bd.bin", "000123456"), ("bd.bin", "000123456-0101"),
    ("bo.nit", "1234567"), ("bo.nit", "123456789012"),
    ("ge.tin", "204567890"), ("ge.tin", "01234567890"),
    ("gi.tin", "12345"), ("gi.tin", "123456"),
    ("ma.if", "1234567"), ("ma.if", "12345678"),
    ("my.itn", "C 1234567890"), ("my.itn", "OG 12345678901"), ("my.itn", "TA 1234567890"),
    ("pk.ntn", "1234567"), ("pk.ntn", "1234567-8"),
    ("ph.tin", "123-456-789"), ("ph.tin", "123-456-789-000"),
    ("ph.tin", "123-456-789-00000"),
]  # fmt: skip

# How the authority or Stripe writes the number: format() gives that form.
WRITTEN = [
    ("bd.bin", "0001234560101", "000123456-0101"),
    ("bd.bin", "000123456", "000123456"),  # no branch code: one group
    ("bs.tin", "123456789", "123-456-789"),
    ("ca.pst", "1234567", "123456-7"),  # Manitoba's form
    ("ca.pst_bc", "PST12345678", "PST-1234-5678"),
    ("ca.qst", "7917023659TQ0001", "7917023659-TQ-0001"),
    ("hu.adoszam", "12892312142", "12892312-1-42"),  # NAV: törzsszám-status-county
    ("kh.tin", "1001123456789", "1001-123456789"),
    ("la.tin", "123456789000", "123456789-000"),
    ("lk.vat", "1234567897000", "123456789-7000"),
    ("my.sst", "A1234567891234 5", "A12-3456-78912345"),
    ("ng.tin", "123456780001", "12345678-0001"),
    ("sa.vat", "310122393500003", "310122393500003"),  # written in one piece
]

# Characters a valid number must have at a place (index: the allowed ones).
FIXED = [
    ("sa.vat", "310122393500003", {0: "3", 14: "3"}),  # ZATCA BR-KSA-39
    ("om.vat", "OM1100012345", {0: "O", 1: "M"}),
    ("ca.pst_bc", "PST12345678", {0: "P", 1: "S", 2: "T"}),
    ("bb.tin", "1123456789012", {0: "1"}),
    ("za.vat", "4123456789", {0: "4"}),  # SARS: a VAT number starts with 4
    ("cm.niu", "M123456789000L", {0: "MP"}),  # personne morale or physique
    ("nz.nzbn", "9403648613167", {0: "9", 1: "4"}),  # GS1 New Zealand's prefix
    ("kz.bin", "080440643307", {4: "456"}),  # resident, non-resident, joint venture
    ("hu.adoszam", "12892312142", {8: "12345"}),  # the VAT status digit
    ("ca.qst", "7917023659TQ0001", {10: "T", 11: "Q"}),
    (
        "bw.vat",
        "C01234567890",
        {0: "CIPT"},
    ),  # EY: company, individual, partnership, trust
]

# The types that are not their country's VAT registration number: python-stdnum
# has the country's VAT module (AU au.abn, CA ca.bn, HU hu.anum, JP jp.cn,
# MA ma.ice, NO no.mva, NZ nz.ird, RU ru.inn, SG sg.uen), or another own type
# is (KZ kz.bin, LI li.vat, MY my.sst, UZ uz.vat). Every other own type is the
# number its country's VAT (or GST, sales tax) registration carries.
NOT_VAT = {
    "au.arn", "ca.pst", "ca.pst_bc", "ca.qst", "hu.adoszam", "jp.rn", "jp.trn",
    "kz.iin", "li.uid", "ma.if", "my.frp", "my.itn", "no.voec", "nz.nzbn",
    "ru.kpp", "sg.gst", "uz.inn",
    "au.wpn",  # held by payers without an ABN, so never registered for GST
    "tt.bir",  # the BIR file number, the taxpayer's one number for every tax
}  # fmt: skip

# Each mixed type's rule, from its source: whether a valid number is an
# entity's (None: the number does not say).
ENTITY = [
    ("ao.nif", "5417071000", True),  # AGT: companies have a 10-digit NIF
    ("ao.nif", "004562349LA041", False),  # persons: their BI number
    ("cm.niu", "M123456789000L", True),
    ("cm.niu", "P123456789000L", False),
    ("ge.tin", "204567890", True),
    ("ge.tin", "01234567890", False),  # an 11-digit personal number
    ("kg.inn", "01234567890123", True),  # 0: an organisation
    ("kg.inn", "10101199012345", False),  # 1 or 2: a person's sex
    ("kg.inn", "21203198512340", False),
    ("kg.inn", "31234567890123", None),
    ("my.itn", "C1234567890", True),
    ("my.itn", "SG1234567890", False),
    ("my.itn", "OG12345678901", False),
    ("bw.vat", "C01234567890", True),  # EY VAT guide: C a company
    ("bw.vat", "P01234567890", True),  # P a partnership
    ("bw.vat", "T01234567890", True),  # T a trust
    ("bw.vat", "I01234567890", False),  # I an individual
]


def _error(name: str, number: str) -> type[ValidationError] | None:
    try:
        own.load(name).validate(number)
    except ValidationError as error:
        return type(error)
    return None


def test_every_own_type_has_its_lengths_here() -> None:
    """A new own type cannot miss the tables above: its lengths are written here."""
    assert sorted(own.MODULES) == sorted(LENGTHS)


@pytest.mark.parametrize(("name", "lengths"), sorted(LENGTHS.items()))
def test_a_number_of_another_length_is_a_length_error(
    name: str, lengths: set[int]
) -> None:
    """Every length the type never has raises ``InvalidLength``, and no other."""
    wrong = [n for n in range(1, 25) if _error(name, "1" * n) is InvalidLength]
    assert wrong == [n for n in range(1, 25) if n not in lengths]


@pytest.mark.parametrize(("name", "number"), VALID)
def test_each_length_has_valid_numbers(name: str, number: str) -> None:
    """A type with several lengths accepts a number of each."""
    assert own.load(name).is_valid(number)


@pytest.mark.parametrize(("name", "number", "written"), WRITTEN)
def test_format_writes_the_published_form(name: str, number: str, written: str) -> None:
    """``format`` splits the compact number as its source writes it."""
    kind = own.load(name)
    assert (kind.format(number), kind.validate(written)) == (
        written, kind.compact(number),
    )  # fmt: skip


@pytest.mark.parametrize(("name", "number", "fixed"), FIXED)
def test_a_fixed_part_changed_is_a_format_error(
    name: str, number: str, fixed: dict[int, str]
) -> None:
    """Any other character where the source fixes one raises ``InvalidFormat``."""
    assert own.load(name).validate(number) == number
    for index, allowed in fixed.items():
        others = set(string.digits + string.ascii_uppercase) - set(allowed)
        changed = {number[:index] + c + number[index + 1 :] for c in others}
        assert {_error(name, c) for c in changed} == {InvalidFormat}


@pytest.mark.parametrize("name", sorted(LENGTHS))
def test_the_countrys_vat_number(name: str) -> None:
    """A type is its country's VAT type unless stdnum's or another's is."""
    assert catalog.number_type(name).is_vat == (name not in NOT_VAT)


@pytest.mark.parametrize(
    ("name", "number", "label"),
    [("am.tin", "02538904", "b2b"), ("uz.inn", "123456789", "b2c"),
     ("ng.tin", "12345678-0001", "b2b"), ("ma.if", "12345678", "b2c")],
)  # fmt: skip
def test_a_tin_held_by_both_is_a_business_if_it_is_the_vat_number(
    name: str, number: str, label: str
) -> None:
    """A number held by persons and entities alike: b2b only as the VAT number."""
    check = classify_tax_number(number, country=name[:2].upper())
    assert (check.b2b_or_b2c, check.reason, check.number_type) == (
        B2bOrB2c(label), "default", name,
    )  # fmt: skip


@pytest.mark.parametrize(("name", "number", "entity"), ENTITY)
def test_mixed_types_tell_entities_from_persons(
    name: str, number: str, entity: bool | None
) -> None:
    """Each mixed type's rule gives its source's answer for a valid number."""
    assert (own.load(name).validate(number), catalog.entity(name, number)) == (
        number, entity,
    )  # fmt: skip


@pytest.mark.parametrize("name", sorted(own.FORMAT_ONLY))
def test_a_format_only_types_docstring_names_the_number(name: str) -> None:
    """Its docstring starts with what the number is, as the catalog titles it."""
    doc = own.load(name).__doc__ or ""
    assert doc.splitlines()[0] == f"{catalog.describe(name).title}."


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("au.wpn", "Never b2b"),
        ("bw.vat", "an I number is b2c"),
        ("tt.bir", "Stripe's tt_vat (the VAT registration number) is read"),
    ],
)
def test_a_type_without_stripe_example_says_what_is_not_known(
    name: str, said: str
) -> None:
    """The docstring of a type Stripe shows no example of says so, and what follows."""
    doc = own.load(name).__doc__ or ""
    assert said in doc
    assert "Stripe's guide shows no example of it (read 2026-11)" in doc
