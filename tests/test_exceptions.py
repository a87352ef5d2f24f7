"""The error tree: rendering, structure and pickling."""

from __future__ import annotations

import pickle

import pytest

from custbridge import CustbridgeError, MappingError, Problem, ValidationError
from custbridge.exceptions import show


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("short", '"short"'),
        (None, "null"),
        (1.5, "1.5"),
        ({"a": [1]}, '{"a": [1]}'),
        ("x" * 100, '"' + "x" * 57 + '…"'),
        (list(range(100)), "[" + ", ".join(map(str, range(100)))[:57] + "…]"),
        (10**100, "1" + "0" * 57 + "…"),
        (b"ab", "\"b'ab'\""),
    ],
)
def test_show(value: object, expected: str) -> None:
    """Values are shown as JSON, cut to at most 60 characters."""
    assert expected == show(value)
    assert len(show(value)) <= 60


def test_show_survives_cycles() -> None:
    """A value that cannot be rendered as JSON is shown by its type."""
    cycle: list[object] = []
    cycle.append(cycle)
    assert "<list>" == show(cycle)


def test_validation_error_lists_problems() -> None:
    """str() lists problems one per line; the items stay available."""
    problems = [Problem("$.a", "is required"), Problem("$.b", "must be a string", "1")]
    error = ValidationError(problems)
    assert "$.a: is required\n$.b: must be a string (got: 1)" == str(error)
    assert tuple(problems) == error.problems
    assert isinstance(error, ValueError)
    assert isinstance(error, CustbridgeError)


def test_mapping_error_names_the_field() -> None:
    """A MappingError says which field and why."""
    error = MappingError("$.createdDate", "is missing, and so is modifiedDate")
    assert "$.createdDate: is missing, and so is modifiedDate" == str(error)
    assert ("$.createdDate", "is missing, and so is modifiedDate") == (
        error.field,
        error.message,
    )


@pytest.mark.parametrize(
    "error",
    [
        ValidationError([Problem("$.a", "is required")]),
        MappingError("$.a", "is required"),
    ],
)
def test_errors_pickle(error: CustbridgeError) -> None:
    """Errors survive pickling with their structure."""
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
    assert (type(error), str(error), error.args) == (type(copy), str(copy), copy.args)
