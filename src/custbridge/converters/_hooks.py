"""The cattrs converters behind :mod:`custbridge.converters`, built once each.

Two structuring passes share every hook. The fast pass loads valid payloads: an
object of known keys with its own generated code (``_fused``: each field's hook
and rule, then the instance filled in without ``__init__``), any other with
cattrs' code without detailed validation, where the models' validators check
the rules. When it fails, the detailed pass runs each field's rule beside its
type hook, so cattrs collects every problem, and :func:`problems` turns them
into JSON paths.

Hooks for ``T | None`` resolve the hook of ``T`` once, when they are built, rather
than dispatching on every call as cattrs' union handling does.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from custbridge._rules import RuleError
from custbridge.converters import _wire
from custbridge.converters._fused import fused_structure
from custbridge.converters._keys import EXTRAS_KEY, only_known, split_extras
from custbridge.converters._names import ALIASES, names_of
from custbridge.exceptions import show
from custbridge.response import CustomerStatus, CustomerType, DataSource
from custbridge.tax import B2bOrB2c

StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]

SCALAR_PARSERS: Mapping[type, StructureHook] = {
    str: _wire.parse_str,
    bool: _wire.parse_bool,
    Decimal: _wire.parse_money,
    dt.date: _wire.parse_date,
    dt.datetime: _wire.parse_timestamp,
    uuid.UUID: _wire.parse_uuid,
}
_ENUMS = (B2bOrB2c, CustomerStatus, CustomerType, DataSource)
# Each writer passes None through, so `T | None` needs no wrapper around it.
_SCALAR_WRITERS: Mapping[type, UnstructureHook] = {
    Decimal: _wire.dump_money,
    dt.date: _wire.dump_date,
    dt.datetime: _wire.dump_date,
    uuid.UUID: _wire.dump_uuid,
}


# Positional arguments only: these look-ups run on every load and dump.
@functools.cache
def structure_hook(cls: type, forbid_extra: bool, detailed: bool) -> StructureHook:  # noqa: FBT001
    """Return the structuring hook for *cls* from the converter for this policy."""
    return _converter(forbid_extra=forbid_extra, detailed=detailed).get_structure_hook(
        cls
    )


@functools.cache
def unstructure_hook(cls: type, omit_none: bool) -> UnstructureHook:  # noqa: FBT001
    """Return the unstructuring hook for *cls* from the converter for this policy."""
    return _converter(omit_none=omit_none).get_unstructure_hook(cls)


@functools.cache
def _converter(
    *, forbid_extra: bool = False, detailed: bool = False, omit_none: bool = False
) -> cattrs.Converter:
    conv = cattrs.Converter(
        detailed_validation=detailed, omit_if_default=omit_none, forbid_extra_keys=False
    )
    # By class: cattrs looks classes up by MRO before any predicate, so each enum
    # (a str subclass) needs its own entry to win over the str hook.
    for kind, parse in SCALAR_PARSERS.items():
        conv.register_structure_hook(kind, parse)
    for kind, write in _SCALAR_WRITERS.items():
        conv.register_unstructure_hook(kind, write)
    for kind in _ENUMS:
        conv.register_structure_hook(kind, _wire.enum_parser(kind))
        conv.register_unstructure_hook(kind, _wire.dump_enum)
    conv.register_structure_hook_factory(
        _is_optional,
        lambda t, c: _optional_structure(t, c, forbid_extra=forbid_extra),
    )
    conv.register_unstructure_hook_factory(_is_optional, _optional_unstructure)
    conv.register_structure_hook_factory(
        attrs.has,
        lambda cls, c: _class_structure(cls, c, forbid_extra=forbid_extra),
    )
    conv.register_unstructure_hook_factory(attrs.has, _class_unstructure)
    return conv


def _is_optional(t: Any) -> bool:
    if typing.get_origin(t) not in (typing.Union, types.UnionType):
        return False
    args = typing.get_args(t)
    return len(args) == 2 and type(None) in args  # noqa: PLR2004 - T and None


def _inner(t: Any) -> Any:
    return next(a for a in typing.get_args(t) if a is not type(None))


_OPTIONAL_PARSERS: Mapping[type, StructureHook] = {
    str: _wire.parse_optional_str,
    bool: _wire.parse_optional_bool,
}


def _optional_structure(
    t: Any, conv: cattrs.Converter, *, forbid_extra: bool
) -> StructureHook:
    inner_type = _inner(t)
    if inner_type in _OPTIONAL_PARSERS:  # most fields: one call instead of two
        return _OPTIONAL_PARSERS[inner_type]
    if attrs.has(inner_type):  # a nested object: one call instead of two
        return _class_structure(
            inner_type, conv, forbid_extra=forbid_extra, nullable=True
        )
    inner = conv.get_structure_hook(inner_type)

    def hook(value: Any, _: object) -> Any:
        return None if value is None else inner(value, inner_type)

    return hook


def _optional_unstructure(t: Any, conv: cattrs.Converter) -> UnstructureHook:
    inner_type = _inner(t)
    if attrs.has(inner_type):  # one call per nested object, not three
        return _class_unstructure(inner_type, conv, nullable=True)
    # Scalars either pass through (identity) or have None-safe writers.
    return conv.get_unstructure_hook(inner_type)


def _checked(hook: StructureHook, rule: Callable[[Any], None]) -> StructureHook:
    """Run a field's model rule right after its type hook (detailed pass)."""

    def checked(value: Any, kind: Any) -> Any:
        result = hook(value, kind)
        if result is not None:
            try:
                rule(result)
            except RuleError as error:
                raise RuleError(
                    error.message, path=error.path, shown=error.shown or show(value)
                ) from None
        return result

    return checked


def _class_structure(
    cls: type, conv: cattrs.Converter, *, forbid_extra: bool, nullable: bool = False
) -> StructureHook:
    names = names_of(cls)
    known = frozenset(names.values())
    aliases = ALIASES.get(cls, {})
    overrides = {"extras": override(rename=EXTRAS_KEY, struct_hook=_identity)}
    for field in attrs.fields(cls):
        if field.name == "extras":
            continue
        rule = getattr(field.validator, "check", None)
        hook = None
        if conv.detailed_validation and rule is not None:
            hook = _checked(conv.get_structure_hook(field.type), rule)
        overrides[field.name] = override(rename=names[field.name], struct_hook=hook)
    base: StructureHook = make_dict_structure_fn(cls, conv, **overrides)  # type: ignore[arg-type]
    detailed = conv.detailed_validation
    # The fast pass's own generated code, for an object of known keys only.
    known_only = (
        (lambda data: base(data, cls)) if detailed else fused_structure(cls, conv)
    )

    def structure(data: Any, _: object) -> Any:
        if type(data) is not dict and not isinstance(data, Mapping):
            if data is None and nullable:
                return None
            raise RuleError("must be an object", shown=show(data))
        if only_known(data, known):
            return known_only(data)
        data, errors = split_extras(
            data, known, aliases, forbid_extra=forbid_extra, check=detailed
        )
        if detailed:
            return _collect(cls, base, data, errors)
        return base(data, cls)  # without detail, the first problem was raised

    return structure


def _collect(
    cls: type, base: StructureHook, data: Mapping[str, Any], errors: list[RuleError]
) -> Any:
    """Structure *data*, raising its field problems and *errors* together."""
    try:
        result = base(data, cls)
    except ClassValidationError as error:
        raise ClassValidationError(
            f"While structuring {cls.__name__}", [*error.exceptions, *errors], cls
        ) from None
    if errors:
        raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)
    return result


def _identity(value: Any, _: object) -> Any:
    return value


def _class_unstructure(
    cls: type, conv: cattrs.Converter, *, nullable: bool = False
) -> UnstructureHook:
    names = names_of(cls)
    overrides = {name: override(rename=wire) for name, wire in names.items()}
    base: UnstructureHook = make_dict_unstructure_fn(
        cls,
        conv,
        _cattrs_omit_if_default=conv.omit_if_default,
        extras=override(omit=True),
        **overrides,  # type: ignore[arg-type]
    )
    known = frozenset(names.values())

    def unstructure(obj: Any) -> dict[str, Any] | None:
        if obj is None and nullable:
            return None
        result: dict[str, Any] = base(obj)
        extras = obj.extras
        if extras:
            clash = known.intersection(extras)
            if clash:
                raise RuleError(
                    f"{cls.__name__} has an extras key that is a field's wire name",
                    shown=show(min(clash)),
                )
            result.update(extras)
        return result

    return unstructure
