"""The catalog and the classifier check their arguments: only our errors escape."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given

from custbridge import (
    ArgumentError,
    CustbridgeError,
    TaxNumberCheck,
    classify_tax_number,
    validate_tax_number,
)
from custbridge.tax import catalog
from hostile import hostile_values

WRONG = [
    (catalog.number_types, (1,), "cc: must be a string (got: 1)"),
    (catalog.describe, ("xx.nif",),
     'name: must be a number type the classifier knows, such as es.nif (got: "xx.nif")'),
    (catalog.describe, (None,), "name: must be a string (got: null)"),
    (catalog.entity, ("es.nif", 5), "compact: must be a string (got: 5)"),
    (catalog.country, (b"ES",), 'hint: must be a string (got: "b\'ES\'")'),
    (catalog.vat_prefix, ([],), "cc: must be a string (got: [])"),
    (catalog.number_type, (1.5,), "name: must be a string (got: 1.5)"),
    (catalog.country_code, (None,), "name: must be a string (got: null)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("function", "args", "expected"), WRONG, ids=[w[0].__name__ for w in WRONG]
)
def test_wrong_arguments(function: Any, args: tuple[Any, ...], expected: str) -> None:
    """Each catalog function names the argument it cannot take."""
    with pytest.raises(ArgumentError) as info:
        function(*args)
    assert expected == str(info.value)


def test_str_subclasses_are_read_as_their_text() -> None:
    """A str subclass (a str enum member, say) is read as the plain string."""

    class Code(str):
        __slots__ = ()

    assert ("ES", "EL") == (
        catalog.country(Code("Spain")),
        catalog.vat_prefix(Code("GR")),
    )


ONE_ARGUMENT = [catalog.number_types, catalog.describe, catalog.country,
                catalog.vat_prefix, catalog.country_code]  # fmt: skip


@given(hostile_values(), hostile_values())
def test_only_our_errors_escape_the_catalog(first: Any, second: Any) -> None:
    """Any values: each catalog function answers or raises a custbridge error."""
    for function in ONE_ARGUMENT:
        with contextlib.suppress(CustbridgeError):
            function(first)
    with contextlib.suppress(CustbridgeError):
        catalog.entity(first, second)


@given(hostile_values(), hostile_values())
def test_the_classifier_takes_any_country(number: Any, country: Any) -> None:
    """classify never raises and validate raises only ours, whatever the country."""
    assert type(classify_tax_number(number, country=country)) is TaxNumberCheck
    with contextlib.suppress(CustbridgeError):
        validate_tax_number(number, country=country)
