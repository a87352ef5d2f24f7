"""Modules that refuse any text with a letter, against python-stdnum itself.

A number written after its country's code (``TR17291716060``) is not asked of
a module that refuses every text with an ASCII letter in it
(``_types.LETTERLESS``): it would refuse the form with the code. Nor is it
asked a number as written with separators, only the normal form: it refuses
any mark it keeps. A module wrongly listed would leave a valid number unread,
so each is checked against its source, and on valid numbers with a letter or
separators put in.
"""

from __future__ import annotations

import ast
import inspect
import random
import string

import pytest
import stdnum.util
from hypothesis import given
from hypothesis import strategies as st

from custbridge import classify_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.tax import _stdnum, _types
from custbridge.tax._taxonomy import MODULES

LETTERLESS = sorted(_types.LETTERLESS)
pytestmark = pytest.mark.skipif(
    not _types.lengths_checked(), reason="the list is for python-stdnum 2.2"
)


def _body(function: object) -> list[ast.stmt]:
    source = inspect.getsource(function)  # type: ignore[arg-type]
    definition = ast.parse(source).body[0]
    assert isinstance(definition, ast.FunctionDef)
    return [s for s in definition.body if not isinstance(s, ast.Expr)]  # docstring


def _cleans_no_letter(call: ast.expr) -> bool:
    """Whether *call* is clean(number, chars), then .upper() or .strip() at most."""
    while (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in {"upper", "strip"}
        and not call.args
    ):
        call = call.func.value
    if not (isinstance(call, ast.Call) and ast.unparse(call.func) == "clean"):
        return False
    chars = call.args[1:] or [ast.Constant("")]
    return (
        ast.unparse(call.args[0]) == "number"
        and isinstance(chars[0], ast.Constant)
        and isinstance(chars[0].value, str)
        and not any(c.isalpha() for c in chars[0].value)
    )


def _refuses_non_digits(test: ast.expr) -> bool:
    """Whether an ``if`` on *test* raises at least when ``not isdigits(number)``."""
    either = isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or)
    tests = test.values if isinstance(test, ast.BoolOp) and either else [test]
    return any(ast.unparse(t) == "not isdigits(number)" for t in tests)


def _checks_digits_first(body: list[ast.stmt]) -> bool:
    """compact(), then only ifs that raise, up to one that refuses non-digits."""
    if not body or ast.unparse(body[0]) != "number = compact(number)":
        return False
    for statement in body[1:]:
        if not (
            isinstance(statement, ast.If)
            and not statement.orelse
            and len(statement.body) == 1
            and isinstance(statement.body[0], ast.Raise)
        ):
            return False
        if _refuses_non_digits(statement.test):
            return True
    return False


@pytest.mark.parametrize("name", LETTERLESS)
def test_a_letterless_module_refuses_a_letter_by_its_source(name: str) -> None:
    """validate() refuses non-digits before anything else; compact() keeps letters."""
    kind = _stdnum.number_type(name)
    assert _checks_digits_first(_body(kind.check))
    assert kind.check.__globals__["isdigits"] is stdnum.util.isdigits
    assert kind.module.compact.__globals__["clean"] is stdnum.util.clean
    compact = _body(kind.module.compact)
    assert len(compact) == 1
    assert isinstance(compact[0], ast.Return)
    assert compact[0].value is not None
    assert _cleans_no_letter(compact[0].value), ast.unparse(compact[0])
    assert kind.letterless


def _of_that_shape(name: str) -> bool:
    kind = _stdnum.number_type(name)
    compact = getattr(kind.module, "compact", None)
    if compact is None or not _checks_digits_first(_body(kind.check)):
        return False
    body = _body(compact)
    return (
        len(body) == 1
        and isinstance(body[0], ast.Return)
        and body[0].value is not None
        and _cleans_no_letter(body[0].value)
    )


def test_every_module_of_that_shape_is_listed() -> None:
    """The list is all there is, so a stdnum upgrade that adds one shows here."""
    names = [
        n
        for n in MODULES
        if "." in n
        and n not in _stdnum.DISPATCHERS
        and _stdnum.available(n)
        and _of_that_shape(n)
    ]
    assert sorted(names) == LETTERLESS


@pytest.mark.parametrize("name", ["es.nif", "mx.rfc", "pt.nif", "us.ein"])
def test_other_modules_are_not_letterless(name: str) -> None:
    assert not _stdnum.number_type(name).letterless


@pytest.mark.parametrize("name", LETTERLESS)
@given(seed=st.integers(0, 2**32))
def test_a_letter_anywhere_is_refused(name: str, seed: int) -> None:
    """A valid number has no letter, and with one put in it is refused."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    kind = _stdnum.number_type(name)
    valid = _tax_samples.examples(name)[0]
    number = rng.choice(valid) if valid else "123456789"
    assert not any(c in string.ascii_letters for c in number)
    at = rng.randint(0, len(number))
    letter = rng.choice(string.ascii_letters)
    assert kind.validate((number[:at] + letter + number[at:],)) is None


@pytest.mark.parametrize("name", LETTERLESS)
@given(seed=st.integers(0, 2**32), cut=st.integers(0, 2))
def test_the_normal_form_gets_the_written_forms_answer(
    name: str, seed: int, cut: int
) -> None:
    """A mark the module keeps is refused; one it drops changes nothing.

    So a written form need not be asked: if the module accepts it, it accepts
    the normal form (no separators) alike.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    kind = _stdnum.number_type(name)
    valid = _tax_samples.examples(name)[0]
    number = rng.choice(valid) if valid else "123456789"
    number = number[: len(number) - cut] if cut else number
    chars = list(number)
    for _ in range(rng.randint(1, 3)):
        chars.insert(rng.randint(1, len(chars)), rng.choice(_types.SEPARATORS))
    written = "".join(chars).strip()
    normal = "".join(c for c in written if c not in _types.SEPARATORS)
    answer = kind.validate((written,))
    assert answer is None or answer == kind.validate((normal,)), written
    if not set(written) <= set(string.digits) | kind.blind:
        assert answer is None, written


@pytest.mark.parametrize("name", LETTERLESS)
def test_a_letterless_number_with_its_code_is_still_read(name: str) -> None:
    """The form without the code is still asked: the code never hides a number."""
    cc = _types.country_code(name)
    for compact in _tax_samples.examples(name)[0]:
        for number in _tax_samples.variants(name, compact):
            bare = classify_tax_number(number, country=cc)
            coded = classify_tax_number(cc + number, country=cc)
            assert bare.valid, number
            assert coded.valid, cc + number
