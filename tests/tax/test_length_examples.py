"""The length table from the other side: a valid number of every listed length.

``tests/tax/test_lengths.py`` checks that no module accepts a number of a length
its entry leaves out, with thousands of random strings: a minute's run. This
module is the fast half that mutation testing runs on each change to the table.
Every example below is a number its module's own ``validate()`` in
python-stdnum 2.2 accepts (the first test asks stdnum, not the table), written
as it is typed: with the country prefix that ``compact()`` removes, with the
separators it drops, and with the leading zeros it pads. So a length dropped
from an entry turns one of them away, and a length added to one that no valid
number has is seen too.
"""

from __future__ import annotations

import string

import pytest

from custbridge.tax import _stdnum, _types
from custbridge.tax._lengths import LENGTHS
from custbridge.tax._text import normalised

# The table holds for the python-stdnum release it was read from, and is used
# with that one only (tests/tax/test_tax.py checks the guard).
pytestmark = pytest.mark.skipif(
    not _types.lengths_checked(), reason="the length table is for python-stdnum 2.2"
)

# Module: valid numbers, one of each length a valid number of it can have.
# Found from each module's docstring examples, their variants with the country
# prefix or without leading zeros, and strings of each length that stdnum's
# validate() accepted; the short cr.cpf ones are groups its compact() pads
# (``--1`` is 00-0000-0001), ``FR012345E678-`` a fr.accise whose last, unchecked
# character is a separator, ``GD100`` a gb.vat government department.
VALID: dict[str, tuple[str, ...]] = {
    "ar.cuit": ("20-05536168-2",),
    "at.tin": ("59-119/9013",),
    "at.uid": ("U13585627", "AT U13585627"),
    "au.abn": ("83 914 571 673",),
    "au.acn": ("004 085 616",),
    "be.bis": ("98 47 28 997 65",),
    "be.eid": ("000-0011032-71",),
    "be.nn": ("85 07 30 033 28",),
    "be.vat": ("384911341", "0073488683", "BE 428759497", "BE0403019261"),
    "bg.egn": ("8032056031",),
    "bg.vat": ("175074752", "9849290478", "BG175074752", "BG4260350337"),
    "br.cnpj": ("16.727.230/0001-97",),
    "ca.bc_phn": ("9698 658 215",),
    "ca.bn": ("12302 6635", "12302 6635 RC 0001"),
    "ch.uid": ("100.155.212", "CHE-100.155.212"),
    "ch.vat": ("CHE-107.787.577 IVA", "CHE-107.787.577 MWST"),
    "cn.uscc": ("91110000600037341L",),
    "cr.cpf": (
        "--1",
        "-1-1",
        "1-1-1",
        "1-01-1",
        "1-01-01",
        "1-001-01",
        "1-001-001",
        "1-0001-001",
        "3-0455-0175",
        "0932145540",
    ),
    "cr.cpj": ("3-101-999999",),
    "cz.dic": ("25123891", "640903926", "CZ25123891", "CZ640903926", "CZ7103192745"),
    "de.stnr": ("2962264567", "181/815/0815 5", "2221069793668"),
    "de.vat": ("864966533", "DE136695976"),
    "dk.cvr": ("80979452", "DK 13585628"),
    "do.rnc": ("10233317", "1-01-85004-3"),
    "ec.ruc": ("1792060346-001",),
    "ee.kmkr": ("100594102", "EE100594102"),
    "ee.registrikood": ("12345678",),
    "es.cif": ("J99216582",),
    "es.dni": ("54362315-K",),
    "es.nif": ("B64717838", "ESB64717838"),
    "fi.alv": ("03297495", "FI 20774740"),
    "fi.associationid": ("6", "01", "000", "1123", "66170", "123.123"),
    "fi.hetu": ("131052-308T", "131052A308T"),
    "fi.ytunnus": ("2077474-0", "FI2077474-0"),
    "fr.accise": ("FR012345E678-", "FR023004N9448"),
    "fr.nif": ("3023217600053",),
    "fr.siren": ("404833048",),
    "fr.siret": ("73282932000074",),
    "fr.tva": ("23334175221", "FR23334175221"),
    "gb.nhs": ("943-476-5870",),
    "gb.vat": (
        "GD100",
        "GBGD100",
        "956808574",
        "GB 980 7806 84",
        "198646053601",
        "GBGD888812326",
        "GB607798652379",
    ),
    "gr.vat": ("42204637", "087294683", "GR58494680", "EL 094259216 "),
    "id.npwp": ("01.312.166.0-091.000", "0894682343023755"),
    "ie.vat": ("8D79739I", "1234567FA", "IE 6433435F", "IE 6433435OA"),
    "il.hp": ("516179157",),
    "in_.aadhaar": ("234123412346",),
    "in_.epic": ("WKH1186253",),
    "in_.gstin": ("27AAPFU0939F1ZV",),
    "in_.pan": ("ACUPA7085R",),
    "is_.vsk": ("93412", "980599", "IS 00621", "IS785462"),
    "it.iva": ("34400330071", "IT 00743110157"),
    "jp.cn": ("5-8356-7825-6246",),
    "kr.brn": ("116-82-00276",),
    "lt.pvm": ("119511515", "LT119511515", "100004801610", "LT 100001919017"),
    "mx.rfc": ("COMG-600703", "MAB-930714-8T4", "GODE 561231 GR8"),
    "nl.bsn": (
        "73",
        "139",
        "1399",
        "71341",
        "301863",
        "2484468",
        "01740507",
        "1112.22.333",
    ),
    "nl.btw": (
        "1B64",
        "48B47",
        "863B16",
        "3190B51",
        "01603B99",
        "279742B64",
        "4495445B01",
        "04495445B01",
        "004495445B01",
        "NL04495445B01",
        "NL004495445B01",
    ),
    "nl.identiteitskaartnummer": ("EM0000000",),
    "no.mva": ("995525828MVA", "NO 995 525 828 MVA"),
    "no.orgnr": ("988 077 917",),
    "pe.ruc": ("20512333797",),
    "pl.nip": ("6317796896", "PL 8567346215"),
    "pl.regon": ("192598184", "12345678512347"),
    "pt.nif": ("782963374", "PT 501 964 843"),
    "ro.cf": (
        "51",
        "809",
        "5148",
        "RO230",
        "RO4231",
        "8028864",
        "185 472 90",
        "145566049",
        "RO 185 472 90",
        "RO225564960",
        "RO5200159235",
        "1630615123457",
        "RO1630615123457",
    ),
    "ro.cui": (
        "86",
        "400",
        "RO27",
        "RO213",
        "RO1944",
        "RO19640",
        "185 472 90",
        "RO6683808",
        "RO185 472 90",
        "RO130323076",
        "RO1814082717",
    ),
    "ru.inn": ("1234567894", "123456789047"),
    "se.orgnr": ("1234567897",),
    "se.vat": ("556188840401", "SE 123456789701"),
    "si.ddv": ("87243814", "SI 5022 3054"),
    "si.maticna": ("5575320", "9331310000"),
    "sk.dph": ("8623160931", "SK 202 274 96 19"),
    "th.moa": ("0994000617721",),
    "tr.vkn": ("4540536920",),
    "ua.edrpou": ("32855961",),
    "us.atin": ("123-45-6789",),
    "us.ein": ("91-1144442",),
    "us.itin": ("912-90-3456",),
    "us.ptin": ("P-00634642",),
    "za.tin": ("0001339050",),
}

UNREACHABLE: dict[str, frozenset[int]] = {
    # A BSN is padded to nine digits: a one-digit 00000000d passes the
    # eleven-test (the last weight is -1) only for d = 0, and nl.bsn refuses
    # an all-zero number. The entry lists 1 all the same; asking nl.bsn about
    # a one-digit number in vain changes no result.
    "nl.bsn": frozenset({1}),
}
"""Lengths an entry lists that no valid number has."""


def _size(text: str) -> int | None:
    """The number of letters and digits, as the classifier counts them."""
    return normalised(text)[2]


CASES = [(name, number) for name, numbers in VALID.items() for number in numbers]


@pytest.mark.parametrize(("name", "number"), CASES)
def test_each_example_is_valid_and_of_a_listed_length(name: str, number: str) -> None:
    assert _stdnum.number_type(name).validate((number,)) is not None
    assert _size(number) in LENGTHS[name]


@pytest.mark.parametrize("name", sorted(VALID))
def test_each_entry_lists_exactly_the_lengths_valid_numbers_have(name: str) -> None:
    assert LENGTHS[name] - UNREACHABLE.get(name, frozenset()) == {
        _size(number) for number in VALID[name]
    }


def test_the_table_has_an_entry_for_each_module_with_examples() -> None:
    assert sorted(LENGTHS) == sorted(VALID)


@pytest.mark.parametrize(("name", "sizes"), sorted(UNREACHABLE.items()))
def test_an_unreachable_length_has_no_example(name: str, sizes: frozenset[int]) -> None:
    """A table without the length would be as right (tighter, in fact)."""
    assert sizes.isdisjoint(_size(number) for number in VALID[name])


def test_no_one_digit_bsn_is_valid() -> None:
    bsn = _stdnum.number_type("nl.bsn")
    assert [digit for digit in string.digits if bsn.validate((digit,))] == []
