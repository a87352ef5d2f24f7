"""What a module never sees, against python-stdnum itself.

The classifier asks a module the normal form of a number (no separators, upper
case) only when the number as written differs from it by something the module
can see (``NumberType.blind``, found by ``invisible``). A separator wrongly
called invisible would leave a valid number unread, so the premise is checked
on every module's source and the result on numbers made from valid ones.
"""

from __future__ import annotations

import ast
import inspect
import random
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge.strategies import _samples as _tax_samples
from custbridge.tax import _country, _stdnum, _types
from custbridge.tax._kinds import Kind
from custbridge.tax._taxonomy import MODULES

NAMES = sorted(n for n in MODULES if "." in n and _stdnum.available(n))
BLIND = [n for n in NAMES if _stdnum.number_type(n).blind]


def _first_statement(name: str) -> str:
    source = inspect.getsource(_stdnum.number_type(name).check)
    validate = ast.parse(source).body[0]
    assert isinstance(validate, ast.FunctionDef)
    body = [s for s in validate.body if not isinstance(s, ast.Expr)]  # docstring
    return ast.unparse(body[0])


@pytest.mark.parametrize("name", BLIND)
def test_a_module_with_invisible_marks_reads_only_its_compact_form(name: str) -> None:
    """invisible() holds only if validate() starts from compact(number)."""
    assert "number = compact(number)" == _first_statement(name)


def test_most_modules_ignore_spaces() -> None:
    """The probes find what stdnum's cleaning removes: a space, for most modules."""
    assert len([n for n in BLIND if " " in _stdnum.number_type(n).blind]) > 150


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("de.vat", frozenset(" -./,a")),  # clean(number, ' -./,').upper()
        ("es.nif", frozenset(" -a")),
        ("us.ein", frozenset()),  # a regular expression on the text as written
        ("fi.hetu", frozenset("a")),  # upper-cases; its century sign may be a dash
    ],
)
def test_invisible_marks_of_some_modules(name: str, expected: frozenset[str]) -> None:
    """Separators and case, as each module's compact() treats them."""
    assert expected == _stdnum.number_type(name).blind


def _kind(compact: object) -> _types.NumberType:
    module = SimpleNamespace(validate=str, compact=compact)
    return _types.NumberType("xx.test", Kind.BUSINESS, False, module, None)  # noqa: FBT003


def _refuse(_number: str) -> str:
    raise ValueError(_number)


@pytest.mark.parametrize(
    ("compact", "expected"),
    [
        (None, frozenset()),  # no compact(): nothing is known
        (_refuse, frozenset()),  # a compact() that raises on a probe
        (str.upper, frozenset("a")),  # case only
        (str, frozenset()),  # sees everything
        (lambda n: n.replace("-", "").lower(), frozenset("-a")),  # one case too
        (str.swapcase, frozenset()),  # case changed, not lost: seen
    ],
)
def test_invisible_asks_compact(compact: object, expected: frozenset[str]) -> None:
    """What a compact() removes from every probe; nothing if it raises."""
    assert expected == _kind(compact).blind


def _hidden(name: str, number: str, rng: random.Random) -> str:
    """*number* with what *name* cannot see put in at random places."""
    blind = sorted(_stdnum.number_type(name).blind - {_types.CASE})
    chars = list(number)
    for _ in range(rng.randint(1, 3)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(blind) if blind else "")
    text = "".join(chars)
    return text.lower() if _types.CASE in _stdnum.number_type(name).blind else text


@pytest.mark.parametrize("name", BLIND)
@given(seed=st.integers(0, 2**32), cut=st.integers(0, 3))
def test_what_a_module_cannot_see_changes_no_answer(
    name: str, seed: int, cut: int
) -> None:
    """A valid number, or one made invalid, gets the same answer with them."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    valid = _tax_samples.examples(name)[0]
    number = rng.choice(valid) if valid else "123456789"
    number = number[: len(number) - cut] if cut else number
    kind = _stdnum.number_type(name)
    written = _hidden(name, number, rng)
    assert kind.validate((number,)) == kind.validate((written,)), written


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12 345-678", frozenset(" -")),
        ("ab12", frozenset("a")),
        ("AB/12.c", frozenset("/.a")),
        ("AB12", frozenset()),
    ],
)
def test_what_a_text_shows_beyond_its_normal_form(
    raw: str, expected: frozenset[str]
) -> None:
    """Its separators, and lower case as CASE."""
    assert expected == _country.seen_in(raw)
