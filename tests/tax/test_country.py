"""Rule 3: the forms of a number each module of a country is asked."""

from __future__ import annotations

from types import SimpleNamespace
from typing import NoReturn

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counting_module import CountingModule
from custbridge import classify_tax_number
from custbridge.strategies import supported_countries
from custbridge.tax import _classifier, _country, _stdnum, _types
from custbridge.tax._kinds import Kind


@pytest.mark.parametrize(
    "number", ["FN 122119M", "FN122119M", "122119M", "fn 122119m", "FN 122119m"]
)
def test_a_module_that_wants_lower_case_gets_it(number: str) -> None:
    """at.businessid accepts its check letter in lower case only: it is asked so."""
    check = classify_tax_number(number, country="AT")
    assert ("at.businessid", "122119m") == (check.number_type, check.compact)


def _import_inside(_number: str) -> NoReturn:
    raise ImportError("No module named 'stdnum.numdb'")


@pytest.mark.parametrize("number", ["136 695 976", "DE 136695976", "136695976"])
def test_an_import_inside_validate_is_reported_for_every_form(
    monkeypatch: pytest.MonkeyPatch, number: str
) -> None:
    """Written with separators or a code too: not checked, never invalid."""
    module = SimpleNamespace(validate=_import_inside)
    # A module that may accept letters and any length, so every form is asked.
    name = "de.handelsregisternummer"
    broken = _types.NumberType(name, Kind.BUSINESS, False, module, None)  # noqa: FBT003
    for table in (_stdnum.FITTING, _stdnum.FITTING_WITH_CODE):
        monkeypatch.setitem(table, ("DE", 9), (broken,))
        monkeypatch.setitem(table, ("DE", 11), (broken,))
    monkeypatch.setitem(_stdnum.CANDIDATES, "DE", (broken,))
    check = classify_tax_number(number, country="DE")
    expected = "the number was not checked: No module named 'stdnum.numdb'"
    assert (None, "unavailable", expected) == (
        check.b2b_or_b2c,
        check.reason,
        check.explanation,
    )


# Digits other than ASCII: stdnum maps the fullwidth ones itself, NFKC the
# superscripts; Arabic-Indic and Devanagari digits are digits to str.isdigit.
_DIGITS = st.sampled_from("0123456789" * 4 + "\uff11\u00b2\u0663\u0967")
_HINTS = st.sampled_from([*sorted(supported_countries("b2b")), "US", "CA", "AQ"])


@given(st.text(_DIGITS, max_size=140), _HINTS)
def test_digits_alone_get_what_the_whole_rules_give(number: str, cc: str) -> None:
    """The short way for digits with a hint answers as every rule in order does."""
    assert _classifier._classify(number, cc) == classify_tax_number(number, country=cc)


@pytest.mark.parametrize(
    ("number", "cc", "reason"),
    [
        ("1" * 128, "DE", "invalid"),  # the longest text read
        ("1" * 129, "DE", "invalid"),  # longer than 128 characters
        ("000000000", "DE", "invalid"),  # zeros alone: a placeholder
        ("136695976", "DE", "business"),
        ("DE136695976", "DE", "vat-prefix"),  # not digits alone
        ("123456789", "US", "ambiguous"),  # a country with special cases
        ("\u00b9\u00b3\u2076695976", "DE", "business"),  # NFKC makes it ASCII
    ],
)
def test_each_condition_of_the_short_way(number: str, cc: str, reason: str) -> None:
    """Each case the short way leaves to the whole rules gets their answer."""
    check = classify_tax_number(number, country=cc)
    assert (reason, check) == (reason, _classifier._classify(number, cc))
    assert reason == check.reason


@pytest.mark.parametrize(
    ("norm", "letterless", "lengths", "asked"),
    [
        ("U1234", False, None, ["u1234"]),
        ("U1234", True, None, []),  # it refuses any ASCII letter
        ("U1234", False, frozenset({4, 6}), []),  # no number of 5 characters
        ("U1234", False, frozenset({5}), ["u1234"]),
        ("U12-34", True, frozenset({4}), ["u12-34"]),  # a mark: not counted
        ("\u00c912", True, frozenset({2}), ["\u00e912"]),  # not ASCII: not counted
        ("1234", False, None, []),  # no letter: lower case is the same text
    ],
)
def test_lower_case_is_asked_of_a_module_that_may_accept_it(
    norm: str, letterless: bool, lengths: frozenset[int] | None, asked: list[str]
) -> None:
    """The normal form in lower case, of a module it may be valid for, only."""
    module = CountingModule(lambda n: n)  # sees case
    kind = _types.NumberType("at.test", Kind.BUSINESS, False, module, None)  # noqa: FBT003
    assert _types.CASE not in kind.blind
    object.__setattr__(kind, "letterless", letterless)
    object.__setattr__(kind, "lengths", lengths)
    check = _country._none_accepted((norm, norm), (kind,), "AT")
    assert (asked, "invalid") == (module.asked, check.reason)
