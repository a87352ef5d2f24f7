"""classify_tax_number and validate_tax_number against tax-classification.md."""

from __future__ import annotations

import pickle
import random
import string
import subprocess
import sys
from typing import Any, NoReturn

import attrs
import pytest
import stdnum
from hypothesis import given, settings
from hypothesis import strategies as st

from custbridge import (
    ArgumentError,
    B2bOrB2c,
    ValidationError,
    classify_tax_number,
    validate_tax_number,
)
from custbridge.strategies import _samples as _tax_samples
from custbridge.strategies import supported_countries, tax_numbers
from custbridge.strategies._tax import AS_WRITTEN
from custbridge.tax import TaxNumberCheck, _stdnum, _types, own
from custbridge.tax._discriminators import DISCRIMINATORS
from custbridge.tax._taxonomy import MODULES

B2B, B2C = B2bOrB2c.B2B, B2bOrB2c.B2C


def needs(module: str) -> None:
    """Skip a test of *module* when the installed python-stdnum lacks it (2.1)."""
    if not _stdnum.available(module):
        pytest.skip(f"python-stdnum {stdnum.__version__} has no {module}")


# Docstring examples the policy alone does not decide, each with the rule that
# does (tax-classification.md sections 2, 3 and 7).
EXAMPLE_EXCEPTIONS = {
    ("ca.bn", "12302 6635"): (None, "ambiguous"),  # 7.1.3 CA: bare 9 digits
    ("ca.sin", "123-456-782"): (None, "ambiguous"),  # every SIN is also a BN
    ("eu.excise", "LU 987ABC"): (B2C, "invalid"),  # LU prefix: not a VAT number
    ("ie.pps", "6433435F"): (B2B, "default"),  # 7.2 IE: 8 chars, ie.vat first
    ("ie.vat", "IE 6433435OA"): (B2B, "vat-prefix"),  # rule V: a sole trader
    ("lei", "213800KUD8LAJWSQ9D15"): (None, "needs-country"),  # never guessed
}


def _hint(module: str) -> str | None:
    return (
        None
        if "." not in module or module.startswith("eu.")
        else _types.country_code(module)
    )


@pytest.mark.parametrize("module", sorted(MODULES))
def test_docstring_examples_follow_the_policy(module: str) -> None:
    """Every example in a module's stdnum docstring gets the policy's label."""
    needs(module)
    valid, invalid = _tax_samples.examples(module)
    kind = _stdnum.number_type(module)
    for number in valid:
        check = classify_tax_number(number, country=_hint(module))
        compact = kind.validate((number,))
        assert compact is not None
        expected = EXAMPLE_EXCEPTIONS.get(
            (module, number), (B2bOrB2c(_tax_samples.policy(module, compact)), None)
        )
        assert expected[0] == check.b2b_or_b2c, (number, check)
        if expected[1] is not None:
            assert expected[1] == check.reason
    for number in invalid:
        check = classify_tax_number(number, country=_hint(module))
        assert (module, True) != (check.number_type, check.valid), (number, check)


# Section 7.2: one row per discriminator, a case on each side.
DISCRIMINATOR_CASES = [
    ("ad.nrt", "AD", "U132950X", B2B), ("ad.nrt", "AD", "F447577X", B2C),
    ("ar.cuit", "AR", "33317236455", B2B), ("ar.cuit", "AR", "20055361682", B2C),
    ("az.voen", "AZ", "1401555071", B2B), ("az.voen", "AZ", "1401555072", B2C),
    ("bg.vat", "BG", "175074752", B2B), ("bg.vat", "BG", "7523169263", B2C),
    ("by.unp", "BY", "200988541", B2B), ("by.unp", "BY", "MA1953684", B2C),
    ("cl.rut", "CL", "76086428-5", B2B), ("cl.rut", "CL", "12531909-2", B2C),
    ("co.nit", "CO", "9141299685", B2B), ("co.nit", "CO", "2131234321", B2C),
    ("cz.dic", "CZ", "25123891", B2B), ("cz.dic", "CZ", "7103192745", B2C),
    ("ec.ruc", "EC", "1792060346001", B2B), ("ec.ruc", "EC", "0847632437081", B2C),
    ("es.nif", "ES", "B64717838", B2B), ("es.nif", "ES", "54362315K", B2C),
    ("es.nif", "ES", "X-5253868-R", B2C), ("es.nif", "ES", "M-1234567-L", B2C),
    ("gh.tin", "GH", "C0000803561", B2B), ("gh.tin", "GH", "P0099373475", B2C),
    ("id.npwp", "ID", "013121660091000", B2B), ("id.npwp", "ID", "3171011708450001", B2C),
    ("ie.vat", "IE", "6433435IH", B2B), ("ie.vat", "IE", "8D79739I", B2B),
    ("ie.vat", "IE", "6433435OA", B2C), ("ie.pps", "IE", "6433435FT", B2C),
    ("in_.pan", "IN", "PRUJA5794R", B2B), ("in_.pan", "IN", "ACUPA7085R", B2C),
    ("is_.kennitala", "IS", "4504013150", B2B), ("is_.kennitala", "IS", "1201743399", B2C),
    ("it.codicefiscale", "IT", "RCCMNL83S18D969H", B2C),
    ("ke.pin", "KE", "P051365947M", B2B), ("ke.pin", "KE", "A004416331M", B2C),
    ("lv.pvn", "LV", "40003521600", B2B), ("lv.pvn", "LV", "16117519997", B2C),
    ("mx.rfc", "MX", "MAB9307148T4", B2B), ("mx.rfc", "MX", "GODE561231GR8", B2C),
    ("pe.ruc", "PE", "20512333797", B2B), ("pe.ruc", "PE", "17890335551", B2C),
    ("pt.nif", "PT", "501964843", B2B), ("pt.nif", "PT", "114765901", B2C),
    ("py.ruc", "PY", "80028061-0", B2B), ("py.ruc", "PY", "9991603", B2C),
    ("ro.cf", "RO", "18547290", B2B), ("ro.cf", "RO", "1630615123457", B2C),
    ("ru.inn", "RU", "1234567894", B2B), ("ru.inn", "RU", "123456789047", B2C),
    ("se.orgnr", "SE", "1234567897", B2B), ("se.orgnr", "SE", "7300400947", B2C),
    ("sk.dph", "SK", "2022749619", B2B), ("sk.dph", "SK", "9984561609", B2C),
    ("tn.mf", "TN", "1234567MAM000", B2B), ("tn.mf", "TN", "1234567MAP000", B2C),
    ("ve.rif", "VE", "G451437170", B2B), ("ve.rif", "VE", "V114702834", B2C),
]  # fmt: skip


@pytest.mark.parametrize(
    ("module", "country", "number", "expected"), DISCRIMINATOR_CASES
)
def test_discriminators(
    module: str, country: str, number: str, expected: B2bOrB2c
) -> None:
    """Each discriminator of section 7.2 decides both ways."""
    needs(module)
    check = classify_tax_number(number, country=country)
    assert (expected, module, True) == (
        check.b2b_or_b2c,
        check.number_type,
        check.valid,
    )
    assert check.reason == ("entity" if expected is B2B else "person")


@pytest.mark.parametrize(
    ("module", "compact", "expected"),
    [
        ("it.codicefiscale", "00743110157", True),  # 11 digits: a partita IVA
        ("ie.pps", "6433435IH", True),
        ("ie.pps", "6433435F", None),
        ("th.tin", "0994000617721", True),
        ("th.tin", "1112034561236", False),
        ("us.tin", "91-1144442", True),
        ("us.tin", "536-90-4399", False),
        ("tn.mf", "1282182W", None),
        ("gh.tin", "Q0000000000", None),
        ("pe.ruc", "30512333797", None),
        ("pt.nif", "401964843", None),
        ("ve.rif", "C451437170", None),
        ("ar.cuit", "40055361682", None),
    ],
)
def test_discriminator_functions(
    module: str, compact: str, expected: bool | None
) -> None:
    """The discriminators the classifier never reaches first still decide, or abstain."""
    assert expected is DISCRIMINATORS[module][0](compact)


PITFALLS = [
    # Greece: EL is the VAT prefix, GR the ISO code; both work.
    ("EL 094259216", None, B2B, "vat-prefix", "GR"),
    ("GR 094259216", None, B2B, "vat-prefix", "GR"),
    ("094259216", "EL", B2B, "default", "GR"),
    # Northern Ireland: XI for both vatin and eu.vat; GB through vatin only.
    ("XI 980 7806 84", None, B2B, "vat-prefix", "GB"),
    ("GB 980 7806 84", None, B2B, "vat-prefix", "GB"),
    ("980780684", "UK", B2B, "business", "GB"),
    # Austria: the U is part of the number.
    ("ATU13585627", None, B2B, "vat-prefix", "AT"),
    ("AT13585627", None, B2C, "invalid", "AT"),
    # Switzerland: ch.vat needs the suffix; without it a CHE number is a UID.
    ("CHE-113.690.319 MWST", None, B2B, "vat-prefix", "CH"),
    ("CHE-113.690.319 TVA", None, B2B, "vat-prefix", "CH"),
    ("CHE-113.690.319", None, B2B, "business", "CH"),
    # Norway: MVA suffix; bare nine digits are an organisation number.
    ("NO 974 760 673 MVA", None, B2B, "vat-prefix", "NO"),
    ("974 760 673", "NO", B2B, "business", "NO"),
    ("974760673", None, None, "needs-country", None),
    # Sweden: the VAT number is orgnr + 01.
    ("SE 556036079301", None, B2B, "vat-prefix", "SE"),
    ("556036-0793", "SE", B2B, "entity", "SE"),
    ("811218-9876", "SE", B2C, "person", "SE"),
    # Romania: a doubled prefix passes vatin.
    ("RO RO18547290", None, B2B, "vat-prefix", "RO"),
    # EU One Stop Shop: EU (non-union) and IM (import).
    ("EU372022452", None, B2B, "vat-prefix", None),
    ("IM5280000079", None, B2B, "vat-prefix", None),
    # Monaco numbers are French-format VAT numbers.
    ("FR 53 000004605", None, B2B, "vat-prefix", "FR"),
    # Rule V: a prefixed personal VAT number is a sole trader's; bare it is a person.
    ("ES 12345678Z", None, B2B, "vat-prefix", "ES"),
    ("12345678Z", "ES", B2C, "person", "ES"),
    ("CZ 710319/2745", None, B2B, "vat-prefix", "CZ"),
    ("7103192745", "CZ", B2C, "person", "CZ"),
    ("BG 7523169263", None, B2B, "vat-prefix", "BG"),
    # Rule V applies even when the hint names another country.
    ("ATU13585627", "DE", B2B, "vat-prefix", "AT"),
    # A failed prefix with a different hint: the hint's country decides.
    ("ESI920217GY0", "MX", B2B, "entity", "MX"),
    # Letters that are not a prefix: Mexican RFCs.
    ("CAR910506BW8", None, B2B, "entity", "MX"),
    ("COP891005HV6", None, B2B, "entity", "MX"),
    ("MXS030318BP0", None, B2B, "entity", "MX"),
    # Another two-letter prefix whose country validates the rest.
    ("BR16.727.230/0001-97", None, B2B, "business", "BR"),
    # Self-identifying formats need no hint.
    ("004495445B01", None, B2B, "business", "NL"),
    ("27AAPFU0939F1ZV", None, B2B, "business", "IN"),
    ("91110000600037341L", None, B2B, "business", "CN"),
    ("V-11470283-4", None, B2C, "person", "VE"),
    ("A004416331M", None, B2C, "person", "KE"),
    # US: only the dashes tell an EIN from an SSN.
    ("91-1144442", "US", B2B, "format", "US"),
    ("536-90-4399", "US", B2C, "format", "US"),
    ("P00634642", "US", B2C, "format", "US"),
    ("536904399", "US", None, "ambiguous", "US"),
    ("07-1144442", "US", B2C, "invalid", "US"),
    ("P0063464", "US", B2C, "invalid", "US"),
    ("071144442", "US", B2C, "personal", "US"),  # valid only as an ATIN
    # Canada: BN15 is a business; a bare 9-digit number is also a SIN.
    ("12302 6635 RC 0001", "CA", B2B, "business", "CA"),
    ("123026635rc0001", "CA", B2B, "business", "CA"),
    ("123026635", "CA", None, "ambiguous", "CA"),
    ("046454286", "CA", B2B, "business", "CA"),  # valid only as a BN
    ("123456789", "CA", B2C, "invalid", "CA"),
    # Israel: a company number (first digit 5) before a personal ID.
    ("516179157", "IL", B2B, "business", "IL"),
    ("039337423", "IL", B2C, "personal", "IL"),
    # Germany: an IdNr also passes as a St.-Nr.; both are not business.
    ("36574261809", "DE", B2C, "default", "DE"),
    # Australia: ACN before TFN.
    ("004 085 616", "AU", B2B, "business", "AU"),
    # Checksum-less modules never win a guess without a hint.
    ("123456789", None, None, "needs-country", None),
    ("123456", None, None, "needs-country", None),
    ("12345", None, None, "needs-country", None),
    # ...but with a hint they decide, VAT module first.
    ("100-431-367", "EG", B2B, "default", "EG"),
    # Formatting: outer whitespace, no-break space, dashes, lower case.
    ("  1401555071  ", "AZ", B2B, "entity", "AZ"),
    ("\u00a0DE\u00a0136\u00a0695\u00a0976\u00a0", None, B2B, "vat-prefix", "DE"),
    ("DE\u2013136\u2013695\u2013976", None, B2B, "vat-prefix", "DE"),
    ("de 136.695.976", None, B2B, "vat-prefix", "DE"),
    ("DE 136/695/976", None, B2B, "vat-prefix", "DE"),
    ("ＤＥ１３６６９５９７６", None, B2B, "vat-prefix", "DE"),
    ("DE１３６６９５９７６", None, B2B, "vat-prefix", "DE"),
    # Separators that carry meaning are tried as written first.
    ("131052-308T", "FI", B2C, "personal", "FI"),
    ("Aachen HRA 11223", "DE", B2B, "business", "DE"),
    # Empty and junk.
    ("", None, B2C, "empty", None),
    (" - / . ", "DE", B2C, "empty", None),
    (None, "DE", B2C, "empty", None),
    ("DE 136695977", None, B2C, "invalid", "DE"),
    ("hello", "DE", B2C, "invalid", "DE"),
    ("12345", "FJ", None, "unsupported-country", "FJ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("number", "country", "label", "reason", "where"),
    PITFALLS,
    ids=[f"{n!r}@{c}" for n, c, *_ in PITFALLS],
)
def test_pitfalls(
    number: str | None,
    country: str | None,
    label: B2bOrB2c | None,
    reason: str,
    where: str | None,
) -> None:
    """Every pitfall of sections 3 and 7.4 is handled as the spec says."""
    if country == "AZ":
        needs("az.voen")
    check = classify_tax_number(number, country=country)
    assert (label, reason, where) == (check.b2b_or_b2c, check.reason, check.country)


NEEDS_COUNTRY = (
    "without a country, a number without a VAT prefix could belong to many"
    " countries; pass country= to decide"
)
ZEROS = "only zeros: a placeholder, valid in no country"
LETTERS = "only letters, 15 or fewer: valid in no country"
NOTHING = "no letter or digit: valid in no country"
EMPTY = "no tax number was given"


@pytest.mark.parametrize(
    ("number", "label", "reason", "module"),
    [
        # Issue 12, class 2: each was b2b as a Swiss UID (stdnum adds CHE).
        ("054122360", None, "needs-country", None),
        ("299999998", None, "needs-country", None),
        ("000000000", B2C, "invalid", None),  # and a placeholder
        ("100.155.212", None, "needs-country", None),  # ch.uid's own example, bare
        ("CHE-100.155.212", B2B, "business", "ch.uid"),  # with CHE as written
        ("che 100 155 212", B2B, "business", "ch.uid"),
        # An all-digit USCC: 1 in 31 random 18-digit strings passes its check.
        ("911139825979190745", None, "needs-country", None),
        ("91110000600037341L", B2B, "business", "cn.uscc"),
        # The others need their letters anyway.
        ("004495445B01", B2B, "business", "nl.btw"),
        ("974760673MVA", B2B, "business", "no.mva"),
        ("27AAPFU0939F1ZV", B2B, "business", "in_.gstin"),
        ("MAB9307148T4", B2B, "entity", "mx.rfc"),
        ("V114702834", B2C, "person", "ve.rif"),
        ("P051365947M", B2B, "entity", "ke.pin"),
    ],
)
def test_a_format_names_its_country_only_as_written(
    number: str, label: B2bOrB2c | None, reason: str, module: str | None
) -> None:
    """Without a hint, only the identifying part written in the text decides."""
    check = classify_tax_number(number)
    assert (label, reason, module) == (
        check.b2b_or_b2c,
        check.reason,
        check.number_type,
    )


@pytest.mark.parametrize("name", sorted(_stdnum.SELF_IDENTIFYING))
def test_no_self_identifying_format_is_digits_alone(name: str) -> None:
    """No identifying part is made of digits alone, of any length."""
    written = _stdnum.SELF_IDENTIFYING[name]
    assert [] == [n for n in range(1, 31) if written.fullmatch("1" * n)]


@given(st.text("0123456789ABCEGHIJKMNOPRSTVWXYZ&\u00d1", max_size=20))
def test_the_one_test_of_every_format_matches_as_they_do(text: str) -> None:
    """One pattern for all the formats: it matches a text exactly when one does."""
    each = any(p.fullmatch(text) for p in _stdnum.SELF_IDENTIFYING.values())
    assert each == bool(_stdnum.ANY_SELF_IDENTIFYING.fullmatch(text))


@pytest.mark.parametrize("name", sorted(_stdnum.SELF_IDENTIFYING))
def test_every_written_example_keeps_its_identifying_part(name: str) -> None:
    """The docstring examples, but for bare UIDs, still name their country."""
    from custbridge.tax._classifier import _normalised  # noqa: PLC0415

    written = _stdnum.SELF_IDENTIFYING[name]
    valid = _tax_samples.examples(name)[0]
    missed = [n for n in valid if not written.fullmatch(_normalised(n)[1])]
    assert (["100.155.212"] if name == "ch.uid" else []) == missed


def _written_as(digits: str, separator: str, every: int) -> str:
    return separator.join(digits[i : i + every] for i in range(0, len(digits), every))


@given(
    st.text(string.digits, min_size=1, max_size=24),
    st.sampled_from(["", " ", "-", ".", "/", "\u00a0", "\u2013"]),
    st.integers(1, 6),
)
def test_digits_alone_are_never_b2b(digits: str, separator: str, every: int) -> None:
    """Random digit strings without a hint: a country is asked for, never guessed."""
    check = classify_tax_number(_written_as(digits, separator, every))
    expected = (B2C, "invalid") if not digits.strip("0") else (None, "needs-country")
    assert expected == (check.b2b_or_b2c, check.reason)


@pytest.mark.slow
def test_twenty_thousand_random_digit_strings_are_never_b2b() -> None:
    """0 b2b labels over 20,000 random digit strings of 5 to 15 digits (issue 12)."""
    rng = random.Random(12)  # noqa: S311 - reproducible test data, not secrets
    numbers = []
    for _ in range(20_000):
        digits = "".join(rng.choices(string.digits, k=rng.randint(5, 15)))
        numbers.append(_written_as(digits, rng.choice(["", " ", "-", "."]), 3))
    b2b = [n for n in numbers if classify_tax_number(n).b2b_or_b2c is B2B]
    assert [] == b2b


JUNK_CASES = [
    # Issue 12, section 4: valid nowhere, so b2c "invalid" rather than None.
    ("N/A", None, B2C, "invalid", None, LETTERS),
    ("n/a", None, B2C, "invalid", None, LETTERS),
    ("UNKNOWN", None, B2C, "invalid", None, LETTERS),
    ("0", None, B2C, "invalid", None, ZEROS),
    ("000-000-000", None, B2C, "invalid", None, ZEROS),
    ("DE 000 000 000", None, B2C, "invalid", None, ZEROS),
    ("€", None, B2C, "invalid", None, NOTHING),
    ("?!", None, B2C, "invalid", None, NOTHING),
    ("-", None, B2C, "empty", None, EMPTY),
    ("\u200b", None, B2C, "empty", None, EMPTY),
    ("\u200b\u200d\ufeff\u2060\u200e", None, B2C, "empty", None, EMPTY),
    ("\u00ad", None, B2C, "empty", None, EMPTY),  # a soft hyphen
    # Zeros are a placeholder with a hint too, though stdnum accepts them.
    ("0", "PY", B2C, "invalid", "PY", ZEROS),  # py.ruc
    ("000000000", "NO", B2C, "invalid", "NO", ZEROS),  # no.orgnr: was b2b
    # With a hint, the country's modules answer for anything else.
    ("hello", "DE", B2C, "invalid", "DE", "not a valid tax number of DE"),
    ("EM0000000", "NL", B2C, "personal", "NL",
     "a valid nl.identiteitskaartnummer: held by natural persons"),
    # 16 letters: a codice fiscale whose digits were all replaced (omocodia).
    ("RCCMNLUPSMUDVSVO", None, None, "needs-country", None, NEEDS_COUNTRY),
    ("RCCMNLUPSMUDVSVO", "IT", B2C, "person", "IT",
     "a valid it.codicefiscale of a natural person (11 digits (partita IVA): an"
     " entity; 16 characters: a person)"),
    # Format characters are invisible, wherever they are.
    ("\u200bDE\u200c136\u2060695\ufeff976", None, B2B, "vat-prefix", "DE",
     "a valid VAT number of DE written with its VAT prefix: a VAT registration,"
     " so a business (sole traders included)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("number", "country", "expected"), [(n, c, rest) for n, c, *rest in JUNK_CASES]
)
def test_junk_is_valid_nowhere(
    number: str, country: str | None, expected: list[Any]
) -> None:
    """What can be no country's number is b2c "invalid", not a question."""
    check = classify_tax_number(number, country=country)
    assert tuple(expected) == (
        check.b2b_or_b2c,
        check.reason,
        check.country,
        check.explanation,
    )


def _country_types() -> list[_types.NumberType]:
    return [t for cc in sorted(_stdnum.countries()) for t in _stdnum.CANDIDATES[cc]]


def _accepted_anywhere(text: str) -> list[str]:
    return [t.name for t in _country_types() if t.validate((text,)) is not None]


@pytest.mark.parametrize("size", [1, 2, pytest.param(3, marks=pytest.mark.heavy)])
def test_no_short_letters_alone_are_valid_anywhere(size: int) -> None:
    """Every string of 1, 2 (and 3) letters is refused by every country's module."""
    import itertools  # noqa: PLC0415

    letters = [
        "".join(p) for p in itertools.product(string.ascii_uppercase, repeat=size)
    ]
    assert [] == [(t, a) for t in letters for a in _accepted_anywhere(t)]


@given(st.text(string.ascii_uppercase, min_size=4, max_size=15))
def test_letters_alone_are_valid_nowhere(text: str) -> None:
    """Up to 15 letters alone: no country's module accepts them."""
    assert [] == _accepted_anywhere(text)


@given(st.text(st.characters(categories=["P", "S"]), min_size=1, max_size=8))
def test_no_letter_or_digit_is_valid_nowhere(text: str) -> None:
    """Symbols and punctuation alone: no country's module accepts them."""
    from custbridge.tax._classifier import _normalised  # noqa: PLC0415

    raw, norm, _ = _normalised(text)
    if norm:  # else it is "empty", and never reaches a module
        assert [] == _accepted_anywhere(raw) + _accepted_anywhere(norm)


@pytest.mark.parametrize(
    ("hint", "country"),
    [
        ("DE", "DE"), ("de", "DE"), ("DEU", "DE"), ("deu", "DE"), ("Germany", "DE"),
        (" germany ", "DE"), ("EL", "GR"), ("XI", "GB"), ("UK", "GB"), ("uk", "GB"),
        ("United Kingdom", "GB"),
    ],
)  # fmt: skip
def test_country_hints(hint: str, country: str) -> None:
    """Hints: alpha-2, alpha-3, English names, EL, XI, UK; any case."""
    check = classify_tax_number(
        "136695976" if country == "DE" else "094259216", country=hint
    )
    if country == "GB":
        check = classify_tax_number("980780684", country=hint)
    assert (country, None) == (check.country, check.unknown_country)


@pytest.mark.parametrize(
    ("hint", "shown"),
    [
        ("Atlantis", "Atlantis"),
        (49, "49"),
        ("", ""),
        ("x" * 1_000_000, "x" * 57 + "…"),  # shortened as error messages show values
        ("Atlantis\n", "Atlantis\\n"),
        (10**5000, "<int>"),
        (b"DE", "\"b'DE'\""),  # not text: shown as error messages show it
    ],
    ids=["name", "int", "empty", "long", "newline", "huge", "bytes"],
)
def test_unknown_hint_is_reported_not_raised(hint: object, shown: str) -> None:
    """An unknown hint is named in the result and otherwise ignored."""
    check = classify_tax_number("ATU13585627", country=hint)
    assert (shown, B2B, "vat-prefix") == (
        check.unknown_country,
        check.b2b_or_b2c,
        check.reason,
    )


def test_validate_returns_the_check_for_a_valid_number() -> None:
    """validate_tax_number returns the same result as classify for a valid number."""
    expected = classify_tax_number("B64717838", country="ES")
    assert expected == validate_tax_number("B64717838", country="ES")


@pytest.mark.parametrize(
    ("number", "country", "message"),
    [
        ("AT13585627", None, 'tax number: not a valid tax number of AT (got: "AT13585627")'),
        ("", None, 'tax number: no tax number was given (got: "")'),
        ("974760673", None,
         "tax number: without a country, a number without a VAT prefix could belong to"
         ' many countries; pass country= to decide (got: "974760673")'),
        (b"DE", None, "tax number: a value of type bytes is not a tax number (got: \"b'DE'\")"),
        ("x" * 200, "DE", f'tax number: longer than 128 characters (got: "{"x" * 57}…")'),
        ("07-1144442", "US",
         'tax number: written as an EIN (XX-XXXXXXX) but not a valid one (got: "07-1144442")'),
        ("0", None, 'tax number: only zeros: a placeholder, valid in no country (got: "0")'),
    ],
)  # fmt: skip
def test_validate_raises_saying_why(
    number: object, country: str | None, message: str
) -> None:
    """validate_tax_number raises a ValidationError with the reason in words."""
    with pytest.raises(ValidationError) as info:
        validate_tax_number(number, country=country)
    assert message == str(info.value)


def test_validate_shows_a_huge_int_safely() -> None:
    """An int too long to print is named by its type in the error."""
    with pytest.raises(ValidationError) as info:
        validate_tax_number(10**5000)
    assert "tax number: longer than 128 characters (got: <int>)" == str(info.value)


def test_int_numbers_are_read_as_digits() -> None:
    """An int is classified as the digits it is written with."""
    assert classify_tax_number(136695976, country="DE") == classify_tax_number(
        "136695976", country="DE"
    )


def test_import_loads_no_stdnum_country_module() -> None:
    """``import custbridge`` imports neither stdnum nor pycountry."""
    code = (
        "import sys, custbridge; "
        "print(sorted(m for m in sys.modules if m.startswith(('stdnum', 'pycountry'))))"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "[]\n" == done.stdout


@pytest.mark.parametrize(
    ("hint", "loaded"),
    [("DE", False), (" de", False), ("AQ", False), ("Germany", True)],
)
def test_a_country_code_needs_no_pycountry(hint: str, loaded: bool) -> None:
    """The first classification with a code loads stdnum's modules only."""
    code = (
        "import sys; from custbridge import classify_tax_number;"
        f"check = classify_tax_number('136695976', country={hint!r});"
        "print(check.country, 'pycountry' in sys.modules)"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    country = "AQ" if hint == "AQ" else "DE"
    assert f"{country} {loaded}\n" == done.stdout


def test_modules_are_resolved_once() -> None:
    """A country's modules are looked up on first use and then reused."""
    classify_tax_number("136695976", country="DE")
    modules = _stdnum.CANDIDATES["DE"]
    before = dict(_stdnum.TYPES)
    classify_tax_number("136695976", country="DE")
    assert (modules, before) == (_stdnum.CANDIDATES["DE"], _stdnum.TYPES)
    assert all(m is n for m, n in zip(modules, _stdnum.CANDIDATES["DE"], strict=True))


CASES = [(k, c) for k in ("b2b", "b2c", "invalid") for c in supported_countries(k)]


@pytest.mark.parametrize(("kind", "country"), CASES, ids=[f"{k}-{c}" for k, c in CASES])
@settings(max_examples=15)
@given(data=st.data())
def test_generated_numbers_are_classified_as_their_kind(
    kind: str, country: str, data: st.DataObject
) -> None:
    """tax_numbers(kind=k, country=c) is classified as k for every supported country."""
    number = data.draw(tax_numbers(kind, country))
    check = classify_tax_number(number, country=country)
    expected = B2C if kind == "invalid" else B2bOrB2c(kind)
    assert (expected, kind != "invalid") == (check.b2b_or_b2c, check.valid), check


@pytest.mark.parametrize("kind", ["b2b", "b2c", "invalid"])
@given(data=st.data())
def test_generated_numbers_without_a_country(kind: str, data: st.DataObject) -> None:
    """Without a country, tax_numbers gives numbers that need no hint."""
    check = classify_tax_number(data.draw(tax_numbers(kind)))
    expected = B2C if kind == "invalid" else B2bOrB2c(kind)
    assert (expected, kind != "invalid") == (check.b2b_or_b2c, check.valid), check


@pytest.mark.parametrize(
    ("kind", "country", "message"),
    [
        ("b2x", None, 'kind: must be one of "b2b", "b2c", "invalid" (got: "b2x")'),
        (None, None, 'kind: must be one of "b2b", "b2c", "invalid" (got: null)'),
        ("b2b", "Atlantis",
         'country: must name a country the classifier knows (got: "Atlantis")'),
        ("b2b", 7, "country: must be a string or None (got: 7)"),
        ("b2b", "AR", "country: has no b2b numbers that can be made;"
         ' see supported_countries() (got: "AR")'),
    ],
)  # fmt: skip
def test_tax_numbers_refuses(kind: Any, country: Any, message: str) -> None:
    """tax_numbers says which argument it cannot serve, as an ArgumentError."""
    with pytest.raises(ArgumentError) as info:
        tax_numbers(kind, country)
    assert message == str(info.value)


def test_supported_countries_of_an_unknown_kind() -> None:
    """An unknown kind has no supported countries; a kind not a string is an error."""
    with pytest.raises(ArgumentError) as info:
        supported_countries(1)  # type: ignore[arg-type]
    assert ((), 'kind: must be one of "b2b", "b2c", "invalid" (got: 1)') == (
        supported_countries("b2x"), str(info.value),
    )  # fmt: skip


FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SEEDS = [
    (cc, module, number)
    for label in ("b2b", "b2c")
    for cc in supported_countries(label)
    for module, number in _tax_samples.seeds(label, cc)
    if module not in AS_WRITTEN
]


@given(
    st.sampled_from(SEEDS),
    st.sampled_from([" ", ".", "-", "/", "\u00a0"]),
    st.integers(1, 8),
    st.sampled_from([str.lower, str.upper, str.swapcase]),
    st.booleans(),
)
def test_reformatting_does_not_change_the_label(
    seed: tuple[str, str, str], sep: str, every: int, case: Any, wide: bool
) -> None:
    """Spaces, dots, dashes, case and full-width digits change nothing."""
    cc, _, number = seed
    pieces = [number[i : i + every] for i in range(0, len(number), every)]
    written = case(sep.join(pieces))
    if wide:
        written = written.translate(FULL_WIDTH)
    expected = classify_tax_number(number, country=cc)
    got = classify_tax_number(written, country=cc)
    assert (expected.b2b_or_b2c, expected.number_type) == (
        got.b2b_or_b2c,
        got.number_type,
    )


REASONS = {
    "empty", "invalid", "vat-prefix", "business", "personal", "entity", "person",
    "default", "format", "ambiguous", "needs-country", "unsupported-country",
    "unavailable",
}  # fmt: skip
UNDECIDED = {"ambiguous", "needs-country", "unsupported-country", "unavailable"}


def _refuse(*_args: object, **_kwargs: object) -> NoReturn:
    raise RuntimeError("hostile")


class HostileStr(str):
    """A str whose every method that could be called on it raises."""

    __slots__ = ()
    strip = upper = lower = translate = isascii = isalnum = encode = _refuse
    __str__ = __repr__ = __hash__ = __eq__ = __len__ = __iter__ = _refuse
    __getitem__ = __contains__ = __add__ = __format__ = _refuse


class HostileInt(int):
    """An int whose every method that could be called on it raises."""

    __str__ = __repr__ = __format__ = __index__ = __hash__ = __eq__ = _refuse
    bit_length = __abs__ = __neg__ = __bool__ = __int__ = _refuse


def impostor() -> object:
    """An object that claims to be a str, cannot be shown, and whose class's
    very name raises (made here: collectors read the names of module classes)."""

    class LyingMeta(type):
        @property
        def __name__(cls) -> str:  # type: ignore[override]
            raise RuntimeError("hostile")

    class Impostor(metaclass=LyingMeta):
        @property  # type: ignore[misc]
        def __class__(self) -> type:
            return str

        __repr__ = __str__ = __hash__ = _refuse  # type: ignore[assignment]

    return Impostor()


# Text with what stdnum and str methods trip over: lone surrogates, format and
# control characters, odd spaces and dashes, mixed with the shapes of numbers.
AWKWARD = st.characters(categories=["Cs", "Cf", "Cc", "Zs", "Zl", "Pd", "Nd", "Lu"])
ANYTHING = (
    st.text()
    | st.text(AWKWARD, max_size=30)
    | st.builds("{}{}{}".format, st.from_regex(r"[A-Z]{2}", fullmatch=True),
                st.text(AWKWARD, max_size=3), st.from_regex(r"[0-9]{6,12}", fullmatch=True))
    | st.binary()
    | st.integers()
    | st.builds(lambda e, s: s * 10**e, st.integers(100, 6000), st.sampled_from([1, -1]))
    | st.floats()
    | st.none()
    | st.booleans()
    | st.just("9" * 1_000_000)
    | st.just("DE" + "1" * 127)
    | st.builds(HostileStr, st.sampled_from(["DE136695976", "", "x" * 200, "0"]))
    | st.builds(HostileInt, st.integers())
    | st.builds(impostor)
    | st.from_type(object)
)  # fmt: skip


@given(ANYTHING, ANYTHING | st.sampled_from(["DE", "US", "CA", "SE", "xx", "EL"]))
def test_anything_gets_an_answer(number: object, country: object) -> None:
    """Anything at all, as number and as country, gets an answer, never an exception."""
    check = classify_tax_number(number, country=country)
    assert check.reason in REASONS
    assert (check.b2b_or_b2c is None) == (check.reason in UNDECIDED)
    assert check.unknown_country is None or len(check.unknown_country) <= 60


@pytest.mark.parametrize(
    ("number", "country", "expected"),
    [
        (10**5000, None, (B2C, "invalid", "longer than 128 characters", None)),
        (-(10**200), "DE", (B2C, "invalid", "longer than 128 characters", None)),
        (HostileStr("DE136695976"), None, (B2B, "vat-prefix", None, None)),
        (HostileStr("136695976"), HostileStr("DE"), (B2B, "business", None, None)),
        (HostileInt(136695976), "DE", (B2B, "business", None, None)),
        (HostileInt(7), HostileInt(7), (None, "needs-country", None, "7")),
        (impostor(), impostor(), (B2C, "invalid", "a value of type object is not a"
                                  " tax number", "<object>")),
        (b"DE136695976", None, (B2C, "invalid", "a value of type bytes is not a"
                                " tax number", None)),
    ],
    ids=["10**5000", "-10**200", "str", "str-hint", "int", "int-hint", "impostor",
         "bytes"],
)  # fmt: skip
def test_hostile_input(
    number: object, country: object, expected: tuple[Any, ...]
) -> None:
    """Huge and hostile ints, strs and impostors: read as plain values, or refused."""
    label, reason, explanation, unknown = expected
    check = classify_tax_number(number, country=country)
    assert (label, reason, unknown) == (
        check.b2b_or_b2c,
        check.reason,
        check.unknown_country,
    )
    if explanation is not None:
        assert check.explanation.startswith(explanation)


def test_a_discriminator_that_fails_counts_as_undecided() -> None:
    """A discriminator that cannot read a compact form falls back to the default."""
    from custbridge.tax._kinds import Kind  # noqa: PLC0415

    broken = _types.NumberType(
        "es.nif", Kind.MIXED, is_vat=True, module=None, discriminator=int
    )
    assert ("b2b", "default") == broken.outcome("ABC")[:2]


def test_formatting_falls_back_to_the_number() -> None:
    """A stdnum format() that refuses a number leaves it as it is."""
    from custbridge.strategies._tax import _formatted  # noqa: PLC0415

    def refuse(number: str) -> str:
        raise ValueError(number)

    assert "123" == _formatted(refuse, "123")


def test_vat_prefixes_match_stdnum() -> None:
    """The VAT prefixes kept in custbridge are the pinned stdnum's member states."""
    from stdnum.eu import vat  # noqa: PLC0415

    from custbridge.tax._prefixes import VAT_PREFIXES  # noqa: PLC0415

    assert {c.upper() for c in vat.MEMBER_STATES} | {"EL", "GB"} == VAT_PREFIXES


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("12345678Z", "ES"),
        ("B64717838", "ES"),
        ("131052-308T", "FI"),
        ("DE136695976", None),
    ],
)
def test_a_result_is_an_ordinary_frozen_instance(
    number: str, country: str | None
) -> None:
    """Results filled in from ready-made fields equal, hash and pickle as built ones."""
    check = classify_tax_number(number, country=country)
    built = TaxNumberCheck(**attrs.asdict(check, recurse=False))
    assert (check, hash(check), repr(check)) == (built, hash(built), repr(built))
    assert list(vars(check)) == list(vars(built))
    assert pickle.loads(pickle.dumps(check)) == check  # noqa: S301 - our own object
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        check.valid = False  # type: ignore[misc]


def test_a_module_the_installed_stdnum_lacks_is_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An older python-stdnum without a module: the country's others still work."""
    monkeypatch.setattr(_stdnum, "available", lambda name: name != "es.cif")
    fresh = _stdnum._ByCountry()
    assert ["es.nif", "es.dni", "es.nie"] == [t.name for t in fresh["ES"]]


@pytest.mark.parametrize("cc", sorted(_stdnum.countries()))
def test_the_vat_type_is_the_one_stdnum_vatin_uses(cc: str) -> None:
    """The taxonomy's VAT type of a country is stdnum's own ``vat`` alias."""
    from stdnum.util import get_cc_module  # noqa: PLC0415

    kind = _stdnum.vat_type(cc)
    module = get_cc_module(cc.lower(), "vat")
    if kind is not None and kind.name not in MODULES:  # custbridge's own (tax.own)
        assert (module, kind.module) == (None, own.load(kind.name))
        return
    assert (None if module is None else module.__name__) == (
        None if kind is None else kind.module.__name__
    )


def test_a_missing_module_is_not_available() -> None:
    """Neither a module nor its country's package: not available, no error."""
    assert _stdnum.available("es.nif")
    assert not _stdnum.available("es.nosuch")
    assert not _stdnum.available("zz.nosuch")


def test_without_a_vat_type_rule_v_does_not_decide(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stdnum without the country's VAT module: the country's others decide."""
    monkeypatch.setattr(_stdnum, "vat_type", lambda _cc: None)
    check = classify_tax_number("DE136695976")
    assert ("vat-prefix", "de.vat") != (check.reason, check.number_type)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # A Swiss UID and Venezuelan RIFs with one wrong check digit: each has a
        # Mexican company RFC's shape (3 letters, a date, 3 characters), whose
        # check digits python-stdnum does not check. Found by the peer oracles.
        ("CHE-180.214.205", (None, "needs-country", None)),
        ("VEV180214205", (None, "needs-country", None)),
        ("VE V180214205", (None, "needs-country", None)),
        # Starts with a country's code (CA) that reads no number of this shape.
        ("CAR910506BW8", (B2B, "entity", "MX")),
        # The same Swiss UID with its right check digit.
        ("CHE-113.690.319", (B2B, "business", "CH")),
    ],
)
def test_a_mistyped_number_is_no_other_countrys(number: str, expected: Any) -> None:
    """Without a hint, a number its own code's country reads as mistyped is no guess."""
    check = classify_tax_number(number)
    assert expected == (check.b2b_or_b2c, check.reason, check.country)
