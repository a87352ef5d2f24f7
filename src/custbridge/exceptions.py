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
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "ArgumentError",
    "CustbridgeError",
    "MappingError",
    "Problem",
    "ValidationError",
]

_SHOWN_CHARS = 60
_SHOWN_PROBLEMS = 20
_LINE_CHARS = 300


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

    Never raises: a value that cannot be written as JSON (a cycle, a non-string
    key, a ``repr`` that fails) is shown by its type, and a lone surrogate as
    its escape, so the message is always valid Unicode.

    >>> show("x" * 100)[-5:]
    'xxx…"'
    >>> show(None)
    'null'
    >>> show({(1,): 1})
    '<dict>'
    """
    kind = type(value)
    known: Any = value  # its type is checked below, by identity
    if kind is str:  # the common case; only the part shown is escaped
        text = _quote(known[: _SHOWN_CHARS + 1])
        if len(known) > _SHOWN_CHARS + 1:
            text = text[:-1] + "…" + text[-1]
    elif kind in _PLAIN:  # JSON writes these as Python does
        return _PLAIN[kind](value)
    elif kind is int and -_BIG < known < _BIG:
        return int.__repr__(known)
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=True, default=_repr)
        except Exception:  # noqa: BLE001 - a cycle, a non-string key, too deep
            text = f"<{type(value).__name__}>"
    return shorten(text)


def shorten(text: str, limit: int = _SHOWN_CHARS) -> str:
    """Cut *text* to *limit* characters, keeping a closing quote or bracket.

    Lone surrogates are written as their escapes, so the result always encodes.

    >>> shorten('"' + "y" * 70 + '"', 10)
    '"yyyyyyy…"'
    """
    if not text.isascii():
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(text) <= limit:
        return text
    cut = text[: limit - 2] + "…"
    return cut + text[-1] if text[-1] in '"]}' else cut


_quote: Callable[[str], str] = json.encoder.encode_basestring


_PLAIN: dict[type, Callable[[Any], str]] = {
    type(None): lambda _: "null",
    bool: lambda value: "true" if value else "false",
}
_BIG = 10**40


def _repr(value: object) -> str:
    try:
        return repr(value)
    except Exception:  # noqa: BLE001 - a hostile __repr__ must not hide the error
        return f"<{type(value).__name__}>"


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
        """List the problems, one per line: the first 20, then how many more.

        Each line is cut to 300 characters, so the message stays a few KB
        whatever the payload; ``problems`` holds them all.
        """
        lines = [shorten(str(p), _LINE_CHARS) for p in self.problems[:_SHOWN_PROBLEMS]]
        more = len(self.problems) - _SHOWN_PROBLEMS
        if more > 0:
            lines.append(f"… and {more} more problems (see the error's problems)")
        return "\n".join(lines)


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
