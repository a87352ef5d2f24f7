"""custbridge's own number types (``custbridge.tax.own``) and Stripe's table."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import string
from pathlib import Path

import pytest
import stdnum
from hypothesis import given
from hypothesis import strategies as st
from stdnum.exceptions import InvalidChecksum

from custbridge import classify_tax_number
from custbridge.tax import _stdnum, catalog, own
from custbridge.tax.own import _checks, _stripe
from custbridge.tax.own._number import OwnNumber

DOCS = Path(__file__).parents[2] / "docs" / "reference" / "stripe-tax-ids.md"

# Valid numbers of every type with a check digit: real where known (the NTA's
# own T7000012050002, the examples of stdnum hu.anum), else made with the rule.
CHECKED = {
    "ca.qst": ("7917023659TQ0001", "0806957810TQ0001", "3511813068TQ0001",
               "0106243298TQ0001", "0383112460TQ0001", "6067774009TQ0001",
               "6669725106TQ0001", "9589693504TQ0001", "3649420555TQ0001", "8531941307TQ0001"),
    "hu.adoszam": ("12892312142", "26352606142", "47514649402", "08050786542",
                   "20399209120", "30157040451"),
    "jp.trn": ("T7000012050002", "T1582156461337", "T6300356993040",
               "T8602833884809", "T2983797527213", "T3015412029135"),
    "kz.bin": ("080440643307", "120544452943", "950440394028", "060649077940",
               "110543454615"),
    "kz.iin": ("850312590417", "920101385377", "000715444570", "770228612705",
               "641130670716"),
    "li.uid": ("CHE396121712", "CHE092223602", "CHE516641963", "CHE313660934",
               "CHE685086504"),
    "nz.nzbn": ("9403648613167", "9414176263229", "9466836257260",
                "9436074941146", "9473873978270", "9481150717085"),
}  # fmt: skip

# The python-stdnum module that would replace each own type: the same name,
# for each type is named as stdnum would most likely name it.
REPLACED_BY = {name: name for name in own.MODULES}


def _kz_switches(number: str) -> bool:
    """Whether the Kazakh rule's first weights give 10, so the second decide."""
    first = sum(w * int(d) for w, d in enumerate(number[:11], start=1))
    return first % 11 == 10


def _blind(name: str, number: str, mutant: str, index: int) -> bool:
    """Whether the published scheme of *name* cannot see this change (by design)."""
    if not (number[index] + mutant[index]).isdigit():
        return False  # a letter for a digit, or a digit for a fixed letter
    if name == "ca.qst":
        return index >= 12  # the file number is not covered by the check digit
    if name == "hu.adoszam":  # VAT status 1 to 5 and county follow the törzsszám
        return index > 8 or (index == 8 and mutant[index] in "12345")
    if name == "jp.trn":  # the NTA's sum is taken modulo 9: 0 and 9 are alike
        return abs(int(number[index]) - int(mutant[index])) == 9
    if name.startswith("kz."):  # weight 11 is 0 modulo 11
        return index == 10 or _kz_switches(number) or _kz_switches(mutant)
    return False


def _mutants(number: str) -> list[tuple[int, str]]:
    """Every change of one character to another digit or letter."""
    return [
        (index, number[:index] + other + number[index + 1 :])
        for index, char in enumerate(number)
        for other in string.digits + string.ascii_uppercase
        if other != char
    ]


def test_the_registry_and_the_types_agree() -> None:
    """Every row has its type, and the table's check-digit flag is the type's."""
    types = {name: own.load(name) for name in own.MODULES}
    assert {n for n, t in types.items() if t.has_check_digit} == set(own.CHECKED)
    assert set(CHECKED) == set(own.CHECKED)
    assert all(t.name == n for n, t in types.items())


@pytest.mark.parametrize("name", sorted(own.MODULES))
def test_docstring_examples(name: str) -> None:
    """Each type's docstring examples run, with its functions in scope."""
    kind = own.load(name)
    test = doctest.DocTestParser().get_doctest(
        kind.__doc__ or "", {"validate": kind.validate}, name, None, 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert (runner.failures, test.examples != []) == (0, True)


@pytest.mark.parametrize("name", sorted(CHECKED))
def test_valid_numbers_and_their_mutants(name: str) -> None:
    """At least five valid numbers; a one-character change is refused, but where
    the published scheme cannot see it (``_blind``)."""
    kind = own.load(name)
    numbers = CHECKED[name]
    assert len(numbers) >= 5
    assert [kind.validate(n) for n in numbers] == list(numbers)
    seen = [
        (n, m)
        for n in numbers
        for index, m in _mutants(n)
        if kind.is_valid(m) and not _blind(name, n, m, index)
    ]
    assert seen == []


def test_a_wrong_check_digit_is_a_checksum_error() -> None:
    """A check digit off by one raises stdnum's InvalidChecksum: a typo, not junk."""
    with pytest.raises(InvalidChecksum):
        own.load("kz.bin").validate("080440643308")


@pytest.mark.parametrize("name", sorted(REPLACED_BY))
def test_python_stdnum_wins(name: str) -> None:
    """Where python-stdnum ships the module, the classifier uses stdnum's."""
    path = f"stdnum.{REPLACED_BY[name]}"
    package = path.rpartition(".")[0]
    shipped = importlib.util.find_spec(package) is not None and (
        importlib.util.find_spec(path) is not None
    )
    module = _stdnum.number_type(name).module
    expected = importlib.import_module(path) if shipped else own.load(name)
    assert module is expected


@pytest.mark.parametrize(
    ("number", "country", "label", "name"),
    [
        ("310122393500003", "SA", "b2b", "sa.vat"),
        ("T7000012050002", "JP", "b2b", "jp.trn"),
        ("7917023659TQ0001", "CA", "b2b", "ca.qst"),
        ("PST-1234-5678", "CA", "b2b", "ca.pst_bc"),
        ("080440643307", "KZ", "b2b", "kz.bin"),
        ("850312590417", "KZ", "b2c", "kz.iin"),
        ("M123456789000L", "CM", "b2b", "cm.niu"),
        ("P123456789000L", "CM", "b2c", "cm.niu"),
        ("SG 1234567890", "MY", "b2c", "my.itn"),
        ("4123456789", "ZA", "b2b", "za.vat"),
        ("OM1100012345", "OM", "b2b", "om.vat"),
        ("204567890", "GE", "b2b", "ge.tin"),
        ("01234567890", "GE", "b2c", "ge.tin"),
        ("1014751879", "UG", "b2b", "ug.tin"),
    ],
)
def test_hinted_labels(number: str, country: str, label: str, name: str) -> None:
    """With its country, a number of an own type gets its class's label."""
    check = classify_tax_number(number, country=country)
    assert (check.b2b_or_b2c.value, check.number_type, check.valid) == (
        label, name, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "number", ["310122393500003", "OM1100012345", "4123456789", "SA310122393500003"]
)
def test_format_only_types_never_decide_without_a_hint(number: str) -> None:
    """Without a country, a format-only type's number is not decided."""
    check = classify_tax_number(number)
    assert (check.b2b_or_b2c, check.reason) == (None, "needs-country")


def test_a_checked_type_decides_after_its_country_code() -> None:
    """``KZ`` written before a valid BIN names the country: decided."""
    check = classify_tax_number("KZ080440643307")
    assert (check.b2b_or_b2c.value, check.number_type) == ("b2b", "kz.bin")


@given(st.text(alphabet="0123456789 -", max_size=20))
def test_digits_alone_are_never_b2b_through_an_own_type(text: str) -> None:
    """No own type makes a bare number B2B without a hint."""
    check = classify_tax_number(text)
    assert check.number_type not in own.MODULES or check.b2b_or_b2c is None


def test_new_countries_are_supported() -> None:
    """The countries python-stdnum lacks now have number types."""
    new = {"AE", "AM", "BD", "BH", "KZ", "NG", "OM", "PH", "SA", "ZM", "ZW"}
    assert new <= set(catalog.countries())
    assert [t.name for t in catalog.number_types("SA")] == ["sa.vat"]


def test_format_groups() -> None:
    """``format`` joins the groups with dashes, and leaves odd lengths alone."""
    kind = own.load("ca.qst")
    assert (kind.format("7917023659tq0001"), kind.format("12")) == (
        "7917023659-TQ-0001", "12",
    )  # fmt: skip
    assert kind.format("7917023659TQ00011") == "7917023659TQ00011"  # too long
    assert repr(kind) == "<custbridge number type ca.qst>"
    plain = OwnNumber("xx.test", "", "[0-9]{3}", (3,))
    assert (plain.format("1 2 3"), plain.is_valid("12a"), plain.is_valid("1a2")) == (
        "123", False, False,
    )  # fmt: skip


def test_a_types_options_are_keyword_only() -> None:
    """The check, prefix, groups and check digit are named, never by position."""
    with pytest.raises(TypeError):
        OwnNumber("xx.test", "", "[0-9]{3}", (3,), None)  # type: ignore[call-arg]


def test_a_prefix_is_dropped_only_before_a_whole_number() -> None:
    """``VAT`` before a Mauritian number goes; ``VAT`` alone stays."""
    kind = own.load("mu.vat")
    assert (kind.compact("VAT 20123456"), kind.compact("VAT1")) == ("20123456", "VAT1")


def test_every_stripe_type_is_listed_once() -> None:
    """The 135 types of stripe 16.1.0's ``tax_id_data.type``, sorted, no repeats."""
    names = [row[0] for row in _stripe.TYPES]
    assert (len(names), names == sorted(set(names))) == (135, True)


@pytest.mark.parametrize("row", _stripe.TYPES, ids=[r[0] for r in _stripe.TYPES])
def test_stripe_examples(row: _stripe.Row) -> None:
    """Stripe's example is valid with its country as hint, or the table says why not."""
    _, cc, name, example, refusal = row
    assert name in _stdnum.MODULES
    if not _stdnum.available(name):
        pytest.skip(f"python-stdnum {stdnum.__version__} has no {name}")
    if example is None:
        return
    kind = _stdnum.number_type(name)
    if refusal is None:
        assert kind.validate((example,)) is not None
        assert classify_tax_number(example, country=cc).valid
    else:
        with pytest.raises(Exception) as error:  # noqa: PT011 - the class is the data
            kind.check(example)
        assert type(error.value).__name__ == refusal


def test_the_reference_page_is_the_table() -> None:
    """docs/reference/stripe-tax-ids.md is generated from the table, unchanged."""
    assert DOCS.read_text(encoding="utf-8") == _stripe.markdown()


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("es.nif", "python-stdnum"),
        ("kz.bin", "custbridge, check digit"),
        ("sa.vat", "custbridge, format only"),
    ],
)
def test_the_catalog_names_the_source(name: str, source: str) -> None:
    """The reference page says who defines each type."""
    assert catalog.describe(name).source == source


@pytest.mark.parametrize("name", sorted(own.MODULES))
def test_an_own_type_reads_only_its_compact_form(name: str) -> None:
    """It sees no separator and no case, and validate() starts from compact().

    So the classifier may skip asking it the normal form of a number it
    refused as written (``NumberType.blind``), as for stdnum's modules.
    """
    import ast  # noqa: PLC0415
    import inspect  # noqa: PLC0415
    import textwrap  # noqa: PLC0415

    from custbridge.tax import _types  # noqa: PLC0415

    kind = _stdnum.number_type(name)
    assert frozenset(_types.SEPARATORS + _types.CASE) == kind.blind
    source = textwrap.dedent(inspect.getsource(OwnNumber.validate))
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    first = next(s for s in function.body if not isinstance(s, ast.Expr))
    assert "compact = self.compact(number)" == ast.unparse(first)


@pytest.mark.parametrize(
    "number",
    ["080442791808", "950441419314", "080449128451", "081149792629",
     "850312389559", "770228378661", "850312590137", "921201589212"],
)  # fmt: skip
def test_kazakh_second_weights_decide_when_the_first_give_10(number: str) -> None:
    """The first weights give 10: the check digit is the second weights' sum."""
    name = "kz.bin" if number[4] in "456" else "kz.iin"
    kind = own.load(name)
    assert (_kz_switches(number), kind.validate(number)) == (True, number)
    wrong = [number[:11] + d for d in string.digits if d != number[11]]
    assert [w for w in wrong if kind.is_valid(w)] == []


@pytest.mark.parametrize("body", ["85031236826", "95044965724"])
def test_kazakh_digits_that_give_10_twice_have_no_number(body: str) -> None:
    """Both weights give 10: no number is issued with these eleven digits."""
    kind = own.load("kz.iin" if body[4] in "0123" else "kz.bin")
    assert _checks.kz_check_digit(body) is None
    assert [body + d for d in string.digits if kind.is_valid(body + d)] == []


@pytest.mark.parametrize(
    ("number", "valid"),
    [("7917023659TQ0001", True), ("7917023659TQ0000", False),
     ("7917023659TQ9999", True)],
)  # fmt: skip
def test_a_qst_file_number_is_never_0000(number: str, valid: bool) -> None:
    """Revenu Québec issues no QST number with the file number 0000."""
    assert valid == own.load("ca.qst").is_valid(number)
