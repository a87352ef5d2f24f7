"""The rule of unknown keys' values: plain JSON that reads back unchanged.

Unknown keys are kept in each model's ``extras``; :func:`json_object` checks and
copies them, for the loaders and for construction alike. :func:`key_path` writes
a key as a step of a JSON path, for every message that names one.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, TypeAlias

from custbridge._rules import RuleError
from custbridge.exceptions import Problem, ValidationError, show

if TYPE_CHECKING:
    from collections.abc import Callable

JsonValue: TypeAlias = (
    "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
)
"""A value that ``json.dumps`` writes and ``json.loads`` reads back unchanged."""

MAX_JSON_DEPTH = 32
"""How deeply an unknown key's value may nest (objects and arrays)."""
MAX_INT_BITS = 14_000
"""The longest integer an unknown key may hold: at most 4,215 digits, which
Python's JSON reader reads back (it refuses more than 4,300 by default)."""
_PLAIN: dict[type, Callable[[Any], Any]] = {
    str: str.__str__,
    int: int.__int__,
    float: float.__float__,
}


def json_object(value: Any) -> dict[str, JsonValue]:
    """Return a checked plain copy of *value*, a dict of unknown keys to JSON values.

    ``None`` means no unknown keys. Subclasses of ``dict``, ``list``, ``str``,
    ``int`` and ``float`` are copied into the plain type without calling any of
    their methods, so the copy is what ``json.dumps`` writes.

    Raises:
        ValidationError: naming the first key whose value is not plain JSON.
    """
    if value is None or (type(value) is dict and not value):
        return {}
    if not isinstance(value, dict):
        raise ValidationError([Problem("extras", "must be a dict", show(value))])
    try:
        return _json_object(value, "", 0)
    except RuleError as error:
        raise ValidationError(
            [Problem("extras" + error.path, error.message, error.shown)]
        ) from error


def _json_value(value: Any, path: str, depth: int) -> JsonValue:
    kind = type(value)
    if value is None or kind is str or kind is bool:
        return value  # type: ignore[no-any-return]
    if kind is int or kind is float:
        return _json_number(value, path)
    for base, plain in _PLAIN.items():
        if isinstance(value, base):  # a subclass of str, int or float: its value
            return _json_value(plain(value), path, depth)
    if depth >= MAX_JSON_DEPTH:
        raise RuleError(
            f"nests deeper than {MAX_JSON_DEPTH} levels", path=path, shown=show(value)
        )
    if isinstance(value, list):
        return [
            _json_value(v, f"{path}[{i}]", depth + 1)
            for i, v in enumerate(list.__iter__(value))
        ]
    if isinstance(value, dict):
        return _json_object(value, path, depth + 1)
    raise RuleError(
        f"must be a JSON value, not a Python {kind.__name__}",
        path=path,
        shown=show(value),
    )


def _json_number(value: float, path: str) -> float:
    """Return *value*, an ``int`` or a ``float``, if JSON text carries it back."""
    if type(value) is int:
        if value.bit_length() > MAX_INT_BITS:
            raise RuleError(
                f"must be an integer below 2^{MAX_INT_BITS}"
                " (JSON text of a longer one is not read back)",
                path=path,
                shown=show(value),
            )
    elif not math.isfinite(value):
        raise RuleError(
            "must be a finite number (NaN and Infinity are not JSON)",
            path=path,
            shown=show(value),
        )
    return value


def _json_object(value: dict[Any, Any], path: str, depth: int) -> dict[str, Any]:
    copy: dict[str, JsonValue] = {}
    for key, item in dict.items(value):
        if not isinstance(key, str):
            raise RuleError(
                "has a key that is not a string", path=path, shown=show(key)
            )
        plain = str.__str__(key)
        if plain in copy:
            raise RuleError(
                "has a key twice (as a str subclass)", path=path, shown=show(plain)
            )
        copy[plain] = _json_value(item, path + key_path(plain), depth)
    return copy


def key_path(key: str) -> str:
    """Return the JSON-path step for *key*: ``.key`` or ``['odd key']``.

    A key longer than 60 characters is cut, as values are in messages, and a
    lone surrogate is written as its escape.

    >>> key_path("postalCode"), key_path("two words")
    ('.postalCode', "['two words']")
    >>> key_path("k" * 100) == "['" + "k" * 59 + "…']"
    True
    """
    if len(key) > _KEY_CHARS:
        key = key[: _KEY_CHARS - 1] + "…"
    elif key.isidentifier() and key.isascii():
        return "." + key
    escaped = key.replace("\\", "\\\\").replace("'", "\\'")
    if not escaped.isascii():
        escaped = escaped.encode("utf-8", "backslashreplace").decode("utf-8")
    return f"['{escaped}']"


_KEY_CHARS = 60
