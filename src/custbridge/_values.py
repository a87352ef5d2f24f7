"""Values of the models' types: converting, checking, and function arguments.

:func:`converter` gives, for a field type, the function that returns a value
of that type or raises ``RuleError``: the same value, or the unambiguous
conversion (an enum's value to its member, a UUID string to the ``UUID``, a
``str`` or ``Decimal`` subclass to the plain type). Typed construction
(``custbridge._typed``) and :func:`arguments`, which checks the arguments of
public functions, share them.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from custbridge._rules import LONE_SURROGATE, SURROGATE_RULE, RuleError
from custbridge.exceptions import ArgumentError, Problem, show

Convert = Callable[[Any], Any]

UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
UUID_RULE = "must be a UUID (8-4-4-4-12 hexadecimal digits)"


def converter(kind: Any) -> Convert:
    """Return the function that gives a value of *kind* or raises ``RuleError``."""
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum(kind)
    if typing.get_origin(kind) is tuple:
        return _tuple_of(typing.get_args(kind)[0])
    if kind in _SCALARS:
        return _SCALARS[kind]
    return _instance_of(kind)


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)  # a plain copy: no subclass method is called
    raise RuleError("must be a string")


def unicode_text(value: Any) -> str:
    """A model's text: a string (a subclass read as plain text) of Unicode text.

    A lone surrogate is refused as the loaders refuse it, so whatever a model
    holds, ``dump_*`` writes and ``load_*`` reads back. (An argument such as
    ``default_id``'s *external_id* says so in its own error instead.)
    """
    text = _text(value)
    if not text.isascii() and LONE_SURROGATE.search(text):
        raise RuleError(SURROGATE_RULE)
    return text


def _boolean(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise RuleError("must be true or false")


def _decimal(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value if type(value) is Decimal else Decimal(value)
    raise RuleError("must be a Decimal")


def _plain_datetime(value: dt.datetime) -> dt.datetime:
    get = dt.datetime
    return dt.datetime(
        get.year.__get__(value), get.month.__get__(value), get.day.__get__(value),
        get.hour.__get__(value), get.minute.__get__(value), get.second.__get__(value),
        get.microsecond.__get__(value), get.tzinfo.__get__(value),
        fold=get.fold.__get__(value),
    )  # fmt: skip


def _datetime(value: Any) -> dt.datetime:
    if type(value) is dt.datetime:
        return value
    if isinstance(value, dt.datetime):
        return _plain_datetime(value)
    raise RuleError("must be a datetime")


def _calendar(value: Any) -> dt.date:
    if type(value) is dt.date or type(value) is dt.datetime:
        return value
    if isinstance(value, dt.datetime):
        return _plain_datetime(value)
    if isinstance(value, dt.date):
        get = dt.date
        return dt.date(
            get.year.__get__(value), get.month.__get__(value), get.day.__get__(value)
        )
    raise RuleError("must be a date or a datetime")


def to_uuid(value: Any) -> uuid.UUID:
    """Return *value* as a ``UUID``: one, or a string in the 8-4-4-4-12 form."""
    if type(value) is uuid.UUID:
        return value
    if isinstance(value, str):
        text = str.__str__(value)
        if UUID_TEXT.fullmatch(text):
            return uuid.UUID(text)
    elif isinstance(value, uuid.UUID):
        try:
            return uuid.UUID(int=uuid.UUID.__dict__["int"].__get__(value))
        except Exception:  # noqa: BLE001, S110 - a subclass that broke its own slot
            pass
    raise RuleError(UUID_RULE)


_SCALARS: dict[Any, Convert] = {
    str: _text,
    bool: _boolean,
    Decimal: _decimal,
    dt.date: _calendar,
    dt.datetime: _datetime,
    uuid.UUID: to_uuid,
}


def enum_rule(kind: type[enum.Enum]) -> str:
    """Return the rule of *kind*'s values, as the loaders word it."""
    return "must be one of " + ", ".join(f'"{m.value}"' for m in kind)


def _enum(kind: type[enum.Enum]) -> Convert:
    members = {m.value: m for m in kind}
    rule = enum_rule(kind)

    def convert(value: Any) -> enum.Enum:
        if type(value) is kind:
            return value
        if isinstance(value, str):
            member = members.get(str.__str__(value))
            if member is not None:
                return member
        raise RuleError(rule)

    return convert


def _article(name: str) -> str:
    return "an" if name[0] in "AEIOU" else "a"


def _instance_of(kind: type) -> Convert:
    rule = f"must be {_article(kind.__name__)} {kind.__name__}"

    def convert(value: Any) -> Any:
        if type(value) is kind:
            return value
        raise RuleError(rule)

    return convert


def _tuple_of(kind: type) -> Convert:
    rule = f"must be a tuple of {kind.__name__} items"

    def convert(value: Any) -> Any:
        if type(value) is tuple and all(type(item) is kind for item in value):
            return value
        raise RuleError(rule)

    return convert


def arguments(*items: tuple[str, Any, object]) -> list[Any]:
    """Check a function's arguments: each item is (name, type, value).

    The type is one the models use (``T | None`` allowed) or ``callable``;
    values are converted as the models convert them.

    Returns:
        The values, converted, in order.

    Raises:
        ArgumentError: listing every argument that is wrong.
    """
    problems: list[Problem] = []
    values: list[Any] = []
    for name, kind, value in items:
        optional, convert = _ARGUMENT.get(kind) or _argument(kind)
        if value is None and optional:
            values.append(None)
            continue
        try:
            values.append(convert(value))
        except RuleError as error:
            problems.append(Problem(name, error.message, show(value)))
    if problems:
        raise ArgumentError(problems)
    return values


_ARGUMENT: dict[Any, tuple[bool, Convert]] = {}
"""An argument's type: whether ``None`` is allowed, and its conversion."""


def _argument(kind: Any) -> tuple[bool, Convert]:
    """Resolve *kind* once: every call of a public function checks its arguments."""
    args = typing.get_args(kind)
    inner = next(a for a in args if a is not type(None)) if args else kind
    resolved = (
        type(None) in args,
        _callable if inner is callable else converter(inner),
    )
    _ARGUMENT[kind] = resolved  # a race only makes the same entry twice
    return resolved


def _callable(value: Any) -> Any:
    if callable(value):
        return value
    raise RuleError("must be callable")
