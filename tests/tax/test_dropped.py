"""A country code a module removes itself, against python-stdnum itself.

After asking a module a number written with its country's code
(``PT501964843``), the classifier does not ask it the same number without the
code (``501964843``) when the module removes that code itself in front of a
digit (``NumberType.dropped``, found by ``dropped_codes``): both have the same
compact form. A code wrongly called dropped would leave a valid number unread,
so the premise is checked on every such module's source and the result on
valid numbers and broken ones, with each code.
"""

from __future__ import annotations

import ast
import inspect
import random
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counting_module import CountingModule
from custbridge import classify_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.tax import _country, _stdnum, _types
from custbridge.tax._kinds import Kind
from custbridge.tax._result import TaxNumberCheck, invalid_in, result, with_prefix
from custbridge.tax._taxonomy import MODULES

NAMES = sorted(
    n
    for n in MODULES
    if "." in n and n not in _stdnum.DISPATCHERS and _stdnum.available(n)
)
DROPPING = [n for n in NAMES if _stdnum.number_type(n).dropped]


def _numbers(name: str) -> list[str]:
    """Valid numbers of *name* (its examples and more like them), and broken ones."""
    valid, broken = _tax_samples.examples(name)
    numbers = [n for v in valid for n in _tax_samples.variants(name, v)]
    numbers += [
        n[:-1] + str((int(n[-1]) + 1) % 10) for n in numbers if n[-1:].isdigit()
    ]
    return [*numbers, *broken]


@pytest.mark.parametrize("name", DROPPING)
def test_a_module_that_drops_its_code_reads_only_its_compact_form(name: str) -> None:
    """dropped_codes() holds only if validate() starts from compact(number)."""
    source = inspect.getsource(_stdnum.number_type(name).check)
    validate = ast.parse(source).body[0]
    assert isinstance(validate, ast.FunctionDef)
    body = [s for s in validate.body if not isinstance(s, ast.Expr)]  # docstring
    assert "number = compact(number)" == ast.unparse(body[0])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pt.nif", {"PT"}),  # if number.startswith('PT'): number = number[2:]
        ("gr.vat", {"EL", "GR"}),
        ("gb.vat", {"GB", "XI"}),  # not UK: gb.vat keeps it
        ("at.uid", {"AT"}),
        ("tr.tckimlik", set()),  # keeps TR, then refuses the letters
        ("us.ein", set()),  # read as written
        ("ch.uid", set()),  # adds CHE itself
    ],
)
def test_codes_some_modules_drop(name: str, expected: set[str]) -> None:
    assert frozenset(expected) == _stdnum.number_type(name).dropped


def test_every_eu_vat_module_drops_its_prefix() -> None:
    """Most VAT modules remove their own prefix: the case the rule is for."""
    assert len(DROPPING) >= 30  # 37 with python-stdnum 2.2


def _module(compact: object, name: str = "pt.test") -> _types.NumberType:
    module = SimpleNamespace(validate=str, compact=compact)
    return _types.NumberType(name, Kind.BUSINESS, False, module, None)  # noqa: FBT003


def _refuse(number: str) -> str:
    raise ValueError(number)


@pytest.mark.parametrize(
    ("compact", "expected"),
    [
        (None, set()),  # no compact(): nothing is known
        (_refuse, set()),  # a compact() that raises on a probe
        (str, set()),  # keeps the code
        (lambda n: n.removeprefix("PT"), {"PT"}),
        (
            lambda n: n[2:] if n.startswith("PT") and len(n) > 6 else n,
            set(),
        ),  # not every length
        (lambda n: n[2:] if n.startswith("PT0") else n, set()),  # before 0 alone
        (lambda n: "0" + n[2:] if n.startswith("PT") else n, set()),  # PT as 0: seen
    ],
)
def test_dropped_codes_asks_compact(compact: object, expected: set[str]) -> None:
    """A code whose removal changes no probe's compact form; none if it raises."""
    assert frozenset(expected) == _module(compact).dropped


def _two_letters_off(number: str) -> str:
    return number[2:] if number[:2].isalpha() else number


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gr.test", {"GR", "EL"}),  # VIES writes Greece EL
        ("gb.test", {"GB", "XI", "UK"}),  # XI: Northern Ireland; UK: not ISO
        ("pt.test", {"PT"}),
    ],
)
def test_only_the_codes_of_the_types_country_are_asked(
    name: str, expected: set[str]
) -> None:
    """A compact() that removes any two letters: its country's code and aliases."""
    assert frozenset(expected) == _module(_two_letters_off, name).dropped


@pytest.mark.parametrize("name", DROPPING)
@given(seed=st.integers(0, 2**32))
def test_a_dropped_code_changes_no_answer(name: str, seed: int) -> None:
    """A number, valid or broken, gets the same answer with the code as without.

    So asking the second after the first refused never leaves a valid one
    unread (the pre-check is never stricter than the module).
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    kind = _stdnum.number_type(name)
    numbers = [n for n in _numbers(name) if n[:1].isdigit()] or ["123456789"]
    number = rng.choice(numbers)
    for code in kind.dropped:
        assert kind.validate((number,)) == kind.validate((code + number,)), code


@pytest.mark.parametrize("name", DROPPING)
def test_no_valid_number_is_lost_with_its_code(name: str) -> None:
    """Every valid number of a module that drops its code: classified with it."""
    kind = _stdnum.number_type(name)
    cc = _types.country_code(name)
    valid = [n for n in _numbers(name) if n[:1].isdigit() and kind.validate((n,))]
    for number in valid:
        for code in kind.dropped:
            bare = classify_tax_number(number, country=cc)
            coded = classify_tax_number(code + number, country=cc)
            assert bare.valid, number
            assert coded.valid, code + number


@pytest.mark.parametrize(
    ("raw", "norm", "expected"),
    [
        ("PT 501 964 843", "PT501964843", ["PT501964843"]),  # blind to spaces
        ("PT501964843", "PT501964843", ["PT501964843"]),
        ("PT-501964843", "PT501964843", ["PT-501964843", "PT501964843"]),
        (
            "PT-501-964843",
            "PT501964843",
            ["PT-501-964843", "PT501964843", "501-964843"],
        ),
        ("PTA01964843", "PTA01964843", ["PTA01964843", "A01964843"]),  # a letter
    ],
)
def test_the_form_without_a_dropped_code_is_asked_only_if_it_shows_more(
    raw: str, norm: str, expected: list[str]
) -> None:
    """Asked the shorter normal form, and the form without the code only as written."""
    module = CountingModule(lambda n: n.replace(" ", "").upper().removeprefix("PT"))
    kind = _types.NumberType("pt.test", Kind.BUSINESS, False, module, None)  # noqa: FBT003
    assert kind.dropped == {"PT"}
    assert kind.blind == frozenset(" a")
    rest, rest_norm = raw[2:].lstrip(" -"), norm[2:]
    pairs = ((raw, norm, None), (rest, rest_norm, None))
    assert _country.first_accepted((kind,), pairs, None) is None
    assert expected == module.asked


def test_results_filled_in_are_results_built() -> None:
    """result(), with_prefix() and invalid_in() give what __init__ gives."""
    built = TaxNumberCheck(None, False, "DE", None, None, "needs-country", "why")  # noqa: FBT003
    assert built == result(None, "needs-country", "why", country="DE")
    assert built.__dict__ == result(None, "needs-country", "why", country="DE").__dict__
    check = with_prefix(_stdnum.number_type("de.vat"), "DE136695976")
    assert (check.b2b_or_b2c, check.valid, check.reason) == ("b2b", True, "vat-prefix")
    assert (check.country, check.number_type, check.compact) == (
        "DE",
        "de.vat",
        "DE136695976",
    )
    assert check.unknown_country is None
    check = invalid_in("DE")
    assert (check.b2b_or_b2c, check.valid, check.reason, check.country) == (
        "b2c",
        False,
        "invalid",
        "DE",
    )
    assert check.explanation == "not a valid tax number of DE"
    assert invalid_in("DE") == check
    assert invalid_in("DE") is not check
