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
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from custbridge._extras import NO_EXTRAS
from custbridge._json_values import json_object
from custbridge._rules import LONE_SURROGATE, RuleError
from custbridge._values import Convert, converter, unicode_text
from custbridge.exceptions import Problem, ValidationError, show

Check = Callable[[Any, tuple[Problem, ...]], None]
T = TypeVar("T")

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
        convert = unicode_text if kind is str else converter(kind)
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


def text_test(value: str, check: Any) -> str | None:
    """Return the inline test that *value* is valid text keeping rule *check*.

    ``type(value) is str``, valid Unicode, and, for a length rule
    (:func:`~custbridge._rules.text`, whose ``fits`` this repeats), its
    limits. None when *check* is another rule (email): that must be run.
    The generated ``__init__`` and the loaders' generated code both use it.
    """
    test = _fast_test(value, "", str)
    if check is None:
        return test
    if getattr(check, "max_len", None) is None:
        return None
    return f"{test} and {check.min_len} <= len({value}) <= {check.max_len}"


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


def fast_init(cls: type[T]) -> type[T]:
    """Give attrs class *cls* an ``__init__`` that builds a valid object at once.

    The generated ``__init__`` takes the same keyword arguments. When every
    value already has its field's exact type (the fast check above), keeps
    its text rule's length limits, passes its other rule, and ``extras`` is
    empty, it fills the object in; else it hands the arguments to attrs'
    own ``__init__``, which converts what is unambiguous or raises saying
    why. An object is built by either path only if attrs' ``__init__`` would
    build the same (``tests/test_typed.py`` checks both on every model).
    """
    original = cls.__init__
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {
        "_init": original,
        "_no_extras": NO_EXTRAS,
        "_date": dt.date,
        "_datetime": dt.datetime,
        "_lone": LONE_SURROGATE.search,
    }
    params, tests, rules, fills = [], [], [], []
    for i, field in enumerate(attrs.fields(typing.cast("Any", cls))):
        name = field.name
        namespace[f"_s{i}"] = slot_setter(cls, name)
        if name == "extras":
            params.append("extras=_no_extras")
            tests.append(
                "(extras is _no_extras or (type(extras) is dict and not extras))"
            )
            fills.append(f"    _s{i}(self, _no_extras)")
            continue
        if field.default is not attrs.NOTHING and field.default is not None:
            msg = f"{cls.__name__}.{name}: only None may be a default"
            raise TypeError(msg)
        params.append(name if field.default is attrs.NOTHING else f"{name}=None")
        args = typing.get_args(hints[name])
        kind = next(a for a in args if a is not type(None)) if args else hints[name]
        optional = type(None) in args
        namespace[f"_k{i}"] = kind
        check = getattr(field.validator, "check", None)
        test = text_test(name, check) if kind is str else None
        if test is None:  # no text, or another rule: the type test, then the rule
            test = _fast_test(name, f"_k{i}", kind)
            if check is not None:
                namespace[f"_c{i}"] = check
                rules.append(f"            if {name} is not None: _c{i}({name})")
        tests.append(f"({name} is None or {test})" if optional else f"({test})")
        fills.append(f"    _s{i}(self, {name})")
    keywords = ", ".join(f"{p.split('=')[0]}={p.split('=')[0]}" for p in params)
    source = "\n".join(
        [
            f"def __init__(self, *, {', '.join(params)}):",
            f"    if {' and '.join(tests)}:",
            "        try:",
            *(rules or ["            pass"]),
            "        except Exception:",  # attrs' __init__ says what is wrong
            f"            return _init(self, {keywords})",
            *(f"    {line}" for line in fills),
            "        return",
            f"    return _init(self, {keywords})",
            "",
        ]
    )
    code = compile(source, f"<custbridge __init__ of {cls.__name__}>", "exec")
    exec(code, namespace)  # noqa: S102 - source built above from field names
    init = namespace["__init__"]
    init.__annotations__ = original.__annotations__
    init.__doc__, init.__qualname__ = original.__doc__, original.__qualname__
    init.__module__ = cls.__module__
    init.__wrapped__ = original  # inspect.signature() reads attrs' own
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def slot_setter(cls: type, name: str) -> Callable[[object, Any], None]:
    """Return what sets attribute *name* past a frozen ``__setattr__``: its slot."""
    slot = cls.__dict__.get(name)
    if type(slot) is types.MemberDescriptorType:
        return slot.__set__
    return lambda instance, value: object.__setattr__(instance, name, value)
