"""The error tree: every error custbridge raises for bad input is one of these.

``CustbridgeError`` is the root. ``ValidationError`` carries every problem found in
one payload or object; ``MappingError`` says which field could not be mapped. Both
are ``ValueError`` subclasses, so code that already catches ``ValueError`` keeps
working. ``ArgumentError``, a ``ValidationError`` whose paths are argument names,
says a function was called with an argument it cannot take; it is a ``TypeError``
too, which is what Python raises for a wrong argument.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ArgumentError",
    "CustbridgeError",
    "MappingError",
    "Problem",
    "ValidationError",
]

_SHOWN_CHARS = 60


class CustbridgeError(Exception):
    """Base class of every error custbridge raises on purpose."""


@attrs.frozen
class Problem:
    """One thing wrong with a payload or an object.

    Attributes:
        path: Where the problem is: a JSON path in the payload's own key names
            (``$.billingAddress.postalCode``) for wire input, the attribute name
            for an object built in Python.
        message: The rule that was broken, as a sentence fragment for a person.
        value: The offending value, rendered as JSON and shortened; ``None`` when
            there is no value to show (a missing key).
    """

    path: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        """Render as ``path: message (got: value)``."""
        if self.value is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}: {self.message} (got: {self.value})"


def show(value: object) -> str:
    """Render *value* for an error message: JSON where possible, at most 60 chars.

    >>> show("x" * 100)[-5:]
    'xxx…"'
    >>> show(None)
    'null'
    """
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True, default=repr)
    except (ValueError, RecursionError):  # a cycle, or nesting too deep to print
        text = f"<{type(value).__name__}>"
    if len(text) <= _SHOWN_CHARS:
        return text
    cut = text[: _SHOWN_CHARS - 2] + "…"
    return cut + text[-1] if text[-1] in '"]}' else cut


class ValidationError(CustbridgeError, ValueError):
    """A payload or object breaks one or more rules; every problem is listed.

    ``str(error)`` gives one problem per line, as ``$.path: message (got: value)``;
    ``error.problems`` gives them as :class:`Problem` items.

    >>> err = ValidationError([Problem("$.name", "is required")])
    >>> print(err)
    $.name: is required
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        """Create the error from one or more problems."""
        items = tuple(problems)
        super().__init__(items)
        self.problems: tuple[Problem, ...] = items

    def __str__(self) -> str:
        """List every problem, one per line."""
        return "\n".join(str(p) for p in self.problems)


class ArgumentError(ValidationError, TypeError):
    """A public function was given an argument of the wrong type or value.

    Each problem's path is the argument's name. It is a :class:`ValidationError`
    (so a ``CustbridgeError`` and a ``ValueError``) and a ``TypeError``, so code
    that catches any of them keeps working.

    >>> print(ArgumentError([Problem("strict", "must be true or false", "1")]))
    strict: must be true or false (got: 1)
    """


class MappingError(CustbridgeError, ValueError):
    """A customer could not be mapped; ``field`` names the wire field at fault."""

    def __init__(self, field: str, message: str) -> None:
        """Create the error for *field* (a wire path) with a *message*."""
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        """Render as ``field: message``."""
        return f"{self.field}: {self.message}"
