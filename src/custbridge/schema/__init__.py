"""JSON Schema (draft 2020-12) of both wire forms, derived from the models.

The schema describes what ``dump_*`` writes: the keys and nullability come from
the attrs fields and the converters' wire names, the lengths and formats from
the models' own rules. The loaders accept a little more (a numeric string for
money, ``isubsidiary``, a key left out instead of ``null``), never less.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
import uuid
from decimal import Decimal
from typing import Any

import attrs

from custbridge import _rules
from custbridge._values import arguments
from custbridge.accounting import AccountingCustomer
from custbridge.converters import wire_names
from custbridge.exceptions import ArgumentError, Problem, show
from custbridge.response import CustomerResponse
from custbridge.schema._descriptions import DESCRIPTIONS

__all__ = ["json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
# Naive date-times have no JSON Schema format, so the pattern carries the whole
# calendar: years 0001-9999, 30- and 31-day months, 29 February in leap years.
_YEAR = "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_LEAP = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = (
    "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    "|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    "|02-(0[1-9]|1[0-9]|2[0-8]))"
)
_DATE = f"({_YEAR}-{_MONTH_DAY}|{_LEAP}-02-29)"
_TIME = "T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,6})?"
_OFFSET = "(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
_UUID = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"
_LIMIT = float(_rules.MONEY_LIMIT)


def json_schema(cls: type, *, forbid_extra: bool = False) -> dict[str, Any]:
    """Return the JSON Schema of the wire form of a top-level model.

    Args:
        cls: ``AccountingCustomer`` or ``CustomerResponse``.
        forbid_extra: Describe loading with ``forbid_extra=True``: unknown keys
            are not allowed (``additionalProperties: false``).

    Raises:
        ArgumentError: *cls* is neither of the two top-level models, or
            *forbid_extra* is not a bool.

    >>> schema = json_schema(CustomerResponse)
    >>> schema["required"][:3], schema["properties"]["name"]["maxLength"]
    (['id', 'tenant_id', 'source'], 256)
    """
    problems = []
    if cls is not AccountingCustomer and cls is not CustomerResponse:
        rule = "must be AccountingCustomer or CustomerResponse (the class itself)"
        problems.append(Problem("cls", rule, show(cls)))
    try:
        arguments(("forbid_extra", bool, forbid_extra))
    except ArgumentError as error:
        problems.extend(error.problems)
    if problems:
        raise ArgumentError(problems)
    defs: dict[str, Any] = {}
    root = _object(cls, defs, forbid_extra=forbid_extra)
    title = (
        "Accounting platform customer"
        if cls is AccountingCustomer
        else "Tax engine customer"
    )
    return {"$schema": DIALECT, "title": title, **root, "$defs": defs}


def _object(cls: type, defs: dict[str, Any], *, forbid_extra: bool) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    names = wire_names(cls)
    described = DESCRIPTIONS[cls.__name__]
    properties: dict[str, Any] = {}
    required = []
    for field in attrs.fields(cls):
        if field.name == "extras":
            continue
        wire = names[field.name]
        kind, nullable = _unwrap(hints[field.name])
        schema = _value(kind, field, defs, forbid_extra=forbid_extra)
        if nullable:
            schema = {"anyOf": [schema, {"type": "null"}]}
        properties[wire] = {"description": described[wire], **schema}
        if field.default is attrs.NOTHING:
            required.append(wire)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": not forbid_extra,
    }


def _unwrap(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


_SCALARS: dict[Any, dict[str, Any]] = {
    Decimal: {
        "type": "number",
        "exclusiveMinimum": -_LIMIT,
        "exclusiveMaximum": _LIMIT,
    },
    uuid.UUID: {"type": "string", "format": "uuid", "pattern": _UUID},
    dt.datetime: {
        "type": "string",
        "format": "date-time",
        "pattern": f"^{_DATE}{_TIME}{_OFFSET}$",
    },
    dt.date: {
        "anyOf": [
            {"type": "string", "format": "date", "pattern": f"^{_DATE}$"},
            {"type": "string", "pattern": f"^{_DATE}{_TIME}{_OFFSET}?$"},
        ]
    },
    bool: {"type": "boolean"},
}


def _value(
    kind: Any, field: Any, defs: dict[str, Any], *, forbid_extra: bool
) -> dict[str, Any]:
    if attrs.has(kind):
        if kind.__name__ not in defs:
            defs[kind.__name__] = {}  # reserve the name before recursing
            defs[kind.__name__] = _object(kind, defs, forbid_extra=forbid_extra)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"type": "string", "enum": [m.value for m in kind]}
    if kind in _SCALARS:
        return dict(_SCALARS[kind])
    check = getattr(field.validator, "check", None)
    schema: dict[str, Any] = {"type": "string"}
    if check is _rules.email:
        schema["format"] = "email"
    if getattr(check, "min_len", 0):
        schema["minLength"] = check.min_len  # type: ignore[union-attr]
    if getattr(check, "max_len", None) is not None:
        schema["maxLength"] = check.max_len  # type: ignore[union-attr]
    return schema
