"""Holder-type codes in a number, each against its published source.

The rules here read a letter or digit that the issuer puts in the number to say
what kind of holder it is. As in ``test_rule_sources.py``, the expected label
comes from the issuer's definition (cited on each table), never from
custbridge's table, and each number is made valid with python-stdnum's own
check-digit helper, so only the holder code varies. Each table has every code
the source lists, so a rule that moved one code to the other side fails here.
"""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.by import unp
from stdnum.co import nit as co_nit
from stdnum.gh import tin as gh_tin
from stdnum.pt import nif
from stdnum.ve import rif

from custbridge import B2bOrB2c, classify_tax_number
from custbridge.tax import catalog

B2B, B2C = B2bOrB2c.B2B, B2bOrB2c.B2C
ENTITY, PERSON = (B2B, "entity"), (B2C, "person")
# A number of the country's VAT type whose code names no holder type: the
# B2B/B2C policy's "reason default" (docs/explanation/b2b-policy.md).
DEFAULT = (B2B, "default")


def _outcome(number: str, country: str, number_type: str) -> tuple[object, ...]:
    """Return (valid, number type, label, reason), to compare in one assert."""
    check = classify_tax_number(number, country=country)
    assert (True, number_type) == (check.valid, check.number_type)
    return check.b2b_or_b2c, check.reason


# Ghana TIN: python-stdnum's gh.tin docstring, from the GRA's TIN FAQ and the
# OECD's Ghana TIN sheet: "P00 For Individuals. C00 For Companies … G00
# Government Agencies, MDAs. Q00 Foreign Missions, Employees of foreign
# missions. V00 Public Institutions, Trusts, Co-operatives …". Q mixes missions
# (entities) with their employees (persons), so it names neither.
GHANA = [("P", PERSON), ("C", ENTITY), ("G", ENTITY), ("V", ENTITY), ("Q", DEFAULT)]


@pytest.mark.parametrize(("prefix", "expected"), GHANA)
def test_ghana_tin_prefix_is_the_holder_type(
    prefix: str, expected: tuple[B2bOrB2c, str]
) -> None:
    """A Ghana TIN's first letter: P an individual; C, G, V an entity."""
    body = f"{prefix}000080356"
    number = body + gh_tin.calc_check_digit(body + "0")
    assert expected == _outcome(number, "GH", "gh.tin")


# Venezuelan RIF: the first letter is the taxpayer type as SENIAT assigns it;
# python-stdnum's ve.rif lists them with their check-digit weights: V a natural
# person born in Venezuela, E a foreign natural person, P a passport (a natural
# person), J a company, G the government.
VENEZUELA = [
    ("V", PERSON),
    ("E", PERSON),
    ("P", PERSON),
    ("J", ENTITY),
    ("G", ENTITY),
]


@pytest.mark.parametrize(("letter", "expected"), VENEZUELA)
def test_venezuela_rif_letter_is_the_holder_type(
    letter: str, expected: tuple[B2bOrB2c, str]
) -> None:
    """A RIF starting V, E or P is a natural person's; J or G, an entity's."""
    body = f"{letter}12345678"
    number = body + rif.calc_check_digit(body + "0")
    assert expected == _outcome(number, "VE", "ve.rif")


# Tunisian matricule fiscal, long form: python-stdnum's tn.mf docstring: 7
# digits, a check letter, the VAT code, then the "code catégorie", one of M, P,
# C, N, E, and a 3-digit establishment number (E: a secondary establishment).
# P is a personne physique; M a personne morale; C, N and E are businesses.
# The short form (7 digits and the check letter) has no category.
TUNISIA = [
    ("1234567MAP000", PERSON),
    ("1234567MAM000", ENTITY),
    ("1234567MAC000", ENTITY),
    ("1234567MAN000", ENTITY),
    ("1234567MAE001", ENTITY),
    ("1234567MPM000", ENTITY),  # P as the VAT code, not the category
    ("1282182W", DEFAULT),
]


@pytest.mark.parametrize(("number", "expected"), TUNISIA)
def test_tunisia_mf_category_is_the_holder_type(
    number: str, expected: tuple[B2bOrB2c, str]
) -> None:
    """The category letter (10th character) P is a person; the others are not."""
    assert expected == _outcome(number, "TN", "tn.mf")


# Portuguese NIF: the Autoridade Tributária's ranges by first digits: 1, 2, 3 a
# natural person (pessoa singular); 45 a non-resident natural person; 5 a
# legal person (pessoa coletiva); 6 the public administration; 70-79 estates,
# funds and other entities; 8 a sole trader (empresário em nome individual);
# 90, 91, 98, 99 condominiums, non-residents without an establishment and
# partnerships. The other 4x are no series of either.
PORTUGAL = [
    ("1", PERSON),
    ("2", PERSON),
    ("3", PERSON),
    ("45", PERSON),
    ("40", DEFAULT),
    ("44", DEFAULT),
    ("46", DEFAULT),
    ("49", DEFAULT),
    ("5", ENTITY),
    ("6", ENTITY),
    ("70", ENTITY),
    ("8", ENTITY),
    ("9", ENTITY),
]


@pytest.mark.parametrize(("start", "expected"), PORTUGAL)
def test_portugal_nif_first_digits_are_the_holder_type(
    start: str, expected: tuple[B2bOrB2c, str]
) -> None:
    """A NIF from 1, 2, 3 or 45 is a person's; from 5 to 9 an entity's."""
    body = start.ljust(8, "0")[:7] + "1"
    number = body + nif.calc_check_digit(body)
    assert expected == _outcome(number, "PT", "pt.nif")


# Belarus UNP: python-stdnum's by.unp docstring: "9 digits (numeric for
# organisations, alphanumeric for individuals)"; an individual's starts with two
# letters (its validate() allows letters only in both of the first two places).
BELARUS = [
    ("10098854", ENTITY),  # region 1
    ("70098854", ENTITY),  # region 7
    ("AB195368", PERSON),
    ("KH195368", PERSON),
    ("MA195368", PERSON),
]


@pytest.mark.parametrize(("body", "expected"), BELARUS)
def test_belarus_unp_letters_are_an_individual(
    body: str, expected: tuple[B2bOrB2c, str]
) -> None:
    """A UNP of digits only is an organisation's; one with letters, a person's."""
    number = body + unp.calc_check_digit(body)
    assert expected == _outcome(number, "BY", "by.unp")


# Thai TIN: python-stdnum's th.tin docstring: personal income taxpayers use
# their PIN, companies the Memorandum of Association number (MOA), and its
# th.moa: an MOA starts with 0, a PIN's first digit (1-8) is the person's
# category. The classifier tries th.moa and th.pin themselves, so the th.tin
# rule is reached through the catalog.
THAILAND = [
    ("0994000617721", True),  # python-stdnum's MOA example
    ("0993000133978", True),
    ("1234545678781", False),  # its PIN example
    ("3100600445635", False),
]


@pytest.mark.parametrize(("number", "expected"), THAILAND)
def test_thailand_tin_leading_zero_is_a_company(number: str, expected: bool) -> None:
    """A Thai TIN starting 0 is a company's MOA; any other first digit, a PIN."""
    assert expected is catalog.entity("th.tin", number)


# US TIN: the IRS's forms: an EIN is XX-XXXXXXX and identifies a business; an
# SSN, ITIN (9XX-7X-XXXX, 9XX-8X-XXXX …) and ATIN (9XX-93-XXXX, for a child
# being adopted) identify persons. A number is a business's only when it can
# be nothing but an EIN: 96X-93-XXXX is an ATIN and no EIN (96 is no EIN
# prefix). Reached through the catalog, as the classifier decides US numbers
# by how they are written (see the special-country tests).
UNITED_STATES = [
    ("91-1144442", True),  # written as an EIN
    ("960931234", False),  # an ATIN, and no EIN
    ("900931234", False),  # an ATIN, and also an EIN: not only an EIN
    ("536-90-4399", False),  # written as an SSN
]


@pytest.mark.parametrize(("number", "expected"), UNITED_STATES)
def test_us_tin_only_an_ein_is_a_business(number: str, expected: bool) -> None:
    """A US TIN is a business's only when it can be nothing but an EIN."""
    assert expected is catalog.entity("us.tin", number)


# Indonesian NPWP: python-stdnum's id.npwp docstring: 16 digits, "either a NIK
# (Nomor Induk Kependudukan)" (a resident's personal number, which never
# starts with 0) "or a number that starts with a 0" followed by the old NPWP;
# "the old 15 digit format … is just the 16 digit format without the starting
# 0". Its first two digits are the taxpayer type, per the DJP's NPWP layout:
# 01-03 a Wajib Pajak Badan (an entity); 04 and 06 a Wajib Pajak Pengusaha (an
# individual entrepreneur), 05 a Wajib Pajak Karyawan (an employee), 07-09 a
# Wajib Pajak Orang Pribadi (an individual): natural persons. Other types are
# not published: the number does not say.
def _npwp(kind: str) -> str:
    """Return a valid old-format (15-digit) NPWP of taxpayer type *kind*."""
    body = f"{kind}312166"
    return f"{body}{luhn.calc_check_digit(body)}091000"


def test_npwp_nik_is_a_person() -> None:
    """A 16-digit NPWP that does not start with 0 is a NIK: a natural person."""
    assert PERSON == _outcome("3171011708450001", "ID", "id.npwp")


@pytest.mark.parametrize("kind", ["01", "02", "03"])
def test_npwp_of_an_entity_type_is_an_entity(kind: str) -> None:
    """An NPWP of type 01-03 (Wajib Pajak Badan) is an entity's, in both forms."""
    old = _npwp(kind)
    assert [ENTITY, ENTITY] == [
        _outcome(old, "ID", "id.npwp"),
        _outcome(f"0{old}", "ID", "id.npwp"),
    ]


@pytest.mark.parametrize("kind", ["04", "05", "06", "07", "08", "09"])
def test_npwp_of_an_individual_type_is_a_person(kind: str) -> None:
    """An NPWP of type 04-09 (entrepreneur, employee, individual) is a person's."""
    old = _npwp(kind)
    assert [PERSON, PERSON] == [
        _outcome(old, "ID", "id.npwp"),
        _outcome(f"0{old}", "ID", "id.npwp"),
    ]


@pytest.mark.parametrize("kind", ["00", "10", "21", "99"])
def test_npwp_of_an_unpublished_type_does_not_say(kind: str) -> None:
    """An NPWP of a type outside 01-09 gets the shared type's default."""
    old = _npwp(kind)
    assert [DEFAULT, DEFAULT] == [
        _outcome(old, "ID", "id.npwp"),
        _outcome(f"0{old}", "ID", "id.npwp"),
    ]


@pytest.mark.parametrize("kind", ["01", "21", "31", "47", "97"])
def test_npwp_old_and_new_forms_agree(kind: str) -> None:
    """The 15-digit NPWP and the same number with a 0 in front get one label."""
    old = _npwp(kind)
    first = _outcome(old, "ID", "id.npwp")
    assert first == _outcome(f"0{old}", "ID", "id.npwp")


@pytest.mark.parametrize(
    "number", ["3171011708450001", "3171011708450010", "0013121660091000"]
)
def test_npwp_serial_digits_do_not_decide(number: str) -> None:
    """The last digits (a NIK's serial, an NPWP's branch) never change the label."""
    changed = number[:-1] + ("1" if number[-1] == "0" else "0")
    assert _outcome(number, "ID", "id.npwp") == _outcome(changed, "ID", "id.npwp")


# Irish VAT and PPS numbers: Revenue's formats: 7 digits and a check letter;
# since 2013 a second letter, "A" (or "B") for an individual and "H" for a
# non-individual; the older W (a married woman's number), T and X are persons'
# too. An old-style VAT number (a letter or symbol in 2nd place, 8Z49289F) is
# a company's. Without a second letter the number does not say.
IRELAND = [
    ("1234567WH", "ie.vat", ENTITY),
    ("1234567FA", "ie.vat", PERSON),
    ("1234567OB", "ie.vat", PERSON),
    ("1234567TW", "ie.vat", PERSON),
    ("1234567PT", "ie.vat", PERSON),
    ("1234567TX", "ie.pps", PERSON),
    ("8Z49289F", "ie.vat", ENTITY),
    ("1234017H", "ie.vat", DEFAULT),  # H here is the check letter, not a type
    ("1234005A", "ie.vat", DEFAULT),
]


@pytest.mark.parametrize(("number", "number_type", "expected"), IRELAND)
def test_ireland_second_letter_is_the_holder_type(
    number: str, number_type: str, expected: tuple[B2bOrB2c, str]
) -> None:
    """The letter after the check letter: H a non-individual; A, B, W, T, X not."""
    assert expected == _outcome(number, "IE", number_type)


# Colombian NIT: the DIAN gives a legal entity a 9-digit NIT from the 800 and
# 900 million series (plus a check digit); a natural person's NIT is the
# cédula, whose numbers of 8 digits also start with 8 or 9 (heuristic rule).
COLOMBIA = [
    ("800123456", ENTITY),
    ("900123456", ENTITY),
    ("80123456", PERSON),  # an 8-digit cédula
    ("90012345", PERSON),
    ("101234567", PERSON),  # a 9-digit body that starts 1
    ("8012345678", PERSON),  # a 10-digit cédula
]


@pytest.mark.parametrize(("body", "expected"), COLOMBIA)
def test_colombia_nit_entities_are_nine_digits_from_eight(
    body: str, expected: tuple[B2bOrB2c, str]
) -> None:
    """A NIT of 9 digits starting 8 or 9 is an entity's; a cédula, a person's."""
    number = body + co_nit.calc_check_digit(body)
    assert expected == _outcome(number, "CO", "co.nit")


# US numbers by how they are written (the IRS's forms: EIN XX-XXXXXXX for a
# business; SSN, ITIN and ATIN XXX-XX-XXXX and PTIN P######## for persons). A
# bare 9-digit number that is valid both ways is ambiguous; its compact form is
# still the number itself.
US_FORMS = [
    ("91-1144442", "b2b", "us.ein", "911144442", "written in the form of us.ein: business"),
    ("536-90-4399", "b2c", "us.ssn", "536904399", "written in the form of us.ssn: a natural person"),
    ("P12345678", "b2c", "us.ptin", "P12345678", "written in the form of us.ptin: a natural person"),
    ("123456789", None, None, "123456789", "valid for a business and for a person; write it as XX-XXXXXXX (EIN) or XXX-XX-XXXX (SSN, ITIN, ATIN)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("number", "label", "number_type", "compact", "explanation"), US_FORMS
)
def test_us_form_decides_and_says_why(
    number: str,
    label: str | None,
    number_type: str | None,
    compact: str,
    explanation: str,
) -> None:
    """A US number's written form gives its label, type and the reason in words."""
    check = classify_tax_number(number, country="US")
    assert (label, number_type, compact, explanation) == (
        check.b2b_or_b2c and check.b2b_or_b2c.value,
        check.number_type,
        check.compact,
        check.explanation,
    )
