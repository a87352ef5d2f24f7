"""Modules that refuse any text with a letter, against python-stdnum itself.

A number written after its country's code (``TR17291716060``) is not asked of
a module that refuses every text with an ASCII letter in it
(``_types.LETTERLESS``): it would refuse the form with the code. A module
wrongly listed would leave a valid number unread, so each is checked against
its source, and on valid numbers with a letter put in.
"""

from __future__ import annotations

import ast
import inspect
import random
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import classify_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.tax import _stdnum, _types

LETTERLESS = sorted(_types.LETTERLESS)


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


@pytest.mark.parametrize("name", LETTERLESS)
def test_a_letterless_module_refuses_a_letter_by_its_source(name: str) -> None:
    """validate() compacts, then refuses non-digits; compact() keeps letters."""
    kind = _stdnum.number_type(name)
    validate = [ast.unparse(s) for s in _body(kind.check)[:2]]
    assert validate == [
        "number = compact(number)",
        "if not isdigits(number):\n    raise InvalidFormat()",
    ]
    compact = _body(kind.module.compact)
    assert len(compact) == 1
    assert isinstance(compact[0], ast.Return)
    assert compact[0].value is not None
    assert _cleans_no_letter(compact[0].value), ast.unparse(compact[0])
    assert kind.letterless


@pytest.mark.parametrize("name", ["tr.tckimlik", "mx.rfc", "pt.nif", "us.ein"])
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
def test_a_letterless_number_with_its_code_is_still_read(name: str) -> None:
    """The form without the code is still asked: the code never hides a number."""
    cc = _types.country_code(name)
    for compact in _tax_samples.examples(name)[0]:
        for number in _tax_samples.variants(name, compact):
            bare = classify_tax_number(number, country=cc)
            coded = classify_tax_number(cc + number, country=cc)
            assert bare.valid, number
            assert coded.valid, cc + number
