"""Typed construction: every model checks the Python type of every field.

A model's ``extras`` is its last field, so attrs runs its converter after every
other field is set and before any rule validator: that converter is where the
model checks all field types at once (:func:`extras_field`). Classes without
``extras`` (the report) call :func:`check_types` after ``__init__``.

The check has two speeds. A valid object (what the loaders build, whose hooks
checked every type already) passes one generated boolean expression of
``type(x) is T`` tests: no call per field. Only when that fails does the slow
pass run, which converts the unambiguous values (an enum's value to its member,
a UUID string to the ``UUID``, a ``str`` or ``Decimal`` subclass to the plain
type) and lists every field whose type is wrong.
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

import attrs

from custbridge._extras import NO_EXTRAS
from custbridge._rules import LONE_SURROGATE, SURROGATE_RULE, RuleError, json_object
from custbridge.exceptions import ArgumentError, Problem, ValidationError, show

Convert = Callable[[Any], Any]
Check = Callable[[Any, tuple[Problem, ...]], None]

UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
UUID_RULE = "must be a UUID (8-4-4-4-12 hexadecimal digits)"
_CHECKS: dict[type, Check] = {}


def extras_field() -> Any:
    """Return the ``extras`` field: its converter checks the whole object's types."""
    return attrs.field(
        default=NO_EXTRAS,
        converter=attrs.Converter(_checked_extras, takes_self=True),
        hash=False,
        kw_only=True,
    )


def _checked_extras(value: Any, instance: Any) -> dict[str, Any]:
    check = _CHECKS.get(type(instance))
    if check is None:
        check = _CHECKS[type(instance)] = _build(type(instance))
    if value is NO_EXTRAS or (type(value) is dict and not value):  # one call, not three
        check(instance, ())
        return NO_EXTRAS
    extras: dict[str, Any] = {}
    problems: tuple[Problem, ...] = ()
    try:
        extras = json_object(value)
    except ValidationError as error:
        problems = error.problems
    check(instance, problems)  # raises, listing the fields' problems first
    return extras or NO_EXTRAS


def check_types(instance: Any, more: tuple[Problem, ...] = ()) -> None:
    """Check, and convert where unambiguous, the type of every field of *instance*.

    Raises:
        ValidationError: listing every field of the wrong type, and *more*.
    """
    kind = type(instance)
    check = _CHECKS.get(kind)
    if check is None:
        check = _CHECKS[kind] = _build(kind)
    check(instance, more)


def _build(cls: type) -> Check:
    """Generate the fast check of *cls* and return it with its slow pass behind."""
    hints = typing.get_type_hints(cls)
    spec: list[tuple[str, bool, Convert]] = []
    tests: list[str] = []
    names: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name == "extras":
            continue
        args = typing.get_args(hints[field.name])
        optional = type(None) in args
        kind = (
            next(a for a in args if a is not type(None))
            if optional
            else hints[field.name]
        )
        convert = _unicode_text if kind is str else converter(kind)
        spec.append((field.name, optional, convert))
        names[f"_k_{field.name}"] = kind
        test = _fast_test(f"s.{field.name}", f"_k_{field.name}", kind)
        tests.append(f"({f's.{field.name} is None or ' if optional else ''}{test})")
    slow = _slow(spec)
    source = (
        "def check(s, more):\n"
        f"    if not more and {' and '.join(tests) or 'True'}:\n"
        "        return\n"
        "    slow(s, more)\n"
    )
    namespace: dict[str, Any] = {
        "slow": slow,
        "_date": dt.date,
        "_datetime": dt.datetime,
        "_lone": LONE_SURROGATE.search,
        **names,
    }
    code = compile(source, f"<custbridge type check of {cls.__name__}>", "exec")
    exec(code, namespace)  # noqa: S102 - source built above from field names
    return namespace["check"]  # type: ignore[no-any-return]


def _fast_test(value: str, name: str, kind: Any) -> str:
    if kind is bool:
        return f"({value} is True or {value} is False)"
    if kind is str:
        return f"(type({value}) is str and ({value}.isascii() or not _lone({value})))"
    if kind is dt.date:
        return f"(type({value}) is _date or type({value}) is _datetime)"
    if typing.get_origin(kind) is tuple:
        return "False"  # a tuple of items: the slow pass checks each
    return f"type({value}) is {name}"


def _slow(spec: list[tuple[str, bool, Convert]]) -> Check:
    def slow(instance: Any, more: tuple[Problem, ...]) -> None:
        problems: list[Problem] = []
        fixed: dict[str, Any] = {}
        for name, optional, convert in spec:
            value = getattr(instance, name)
            if value is None and optional:
                continue
            try:
                new = convert(value)
            except RuleError as error:
                problems.append(Problem(name, error.message, show(value)))
                continue
            if new is not value:
                fixed[name] = new
        problems.extend(more)
        if problems:
            raise ValidationError(problems)
        for name, new in fixed.items():
            object.__setattr__(instance, name, new)

    return slow


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


def _unicode_text(value: Any) -> str:
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
        args = typing.get_args(kind)
        if value is None and type(None) in args:
            values.append(None)
            continue
        inner = next(a for a in args if a is not type(None)) if args else kind
        try:
            values.append(
                _callable(value) if inner is callable else converter(inner)(value)
            )
        except RuleError as error:
            problems.append(Problem(name, error.message, show(value)))
    if problems:
        raise ArgumentError(problems)
    return values


def _callable(value: Any) -> Any:
    if callable(value):
        return value
    raise RuleError("must be callable")
