"""Rule 3: the forms of a number each module of a country is asked."""

from __future__ import annotations

from types import SimpleNamespace
from typing import NoReturn

import pytest

from custbridge import classify_tax_number
from custbridge.tax import _stdnum, _types
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
