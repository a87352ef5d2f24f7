"""Salvage a dirty record: drop each invalid value of an optional field.

What the detailed pass found is read field by field. When every problem is the
value of an optional field breaking its own rule, those values are set to
``None`` in a copy of the payload, each reported as invalid, and the copy loads.
Any other problem (a required field, an unknown key under ``forbid_extra``, a
key that is not a string) cannot be salvaged, and the record fails as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from custbridge._rules import RuleError
from custbridge.converters._names import ALIASES, names_of
from custbridge.converters._problems import Trail, leaves
from custbridge.report import Action, ReportItem

if TYPE_CHECKING:
    from collections.abc import Mapping


def salvage(
    data: Mapping[str, Any], error: BaseException
) -> tuple[dict[str, Any], list[ReportItem]] | None:
    """Return *data* without its invalid optional values, and what was dropped.

    Returns:
        The patched copy and one item per dropped value, or ``None`` when some
        problem of *error* cannot be salvaged (or *data* cannot be copied).
    """
    items: list[ReportItem] = []
    trails: list[Trail] = []
    for problem, trail, cause in leaves(error, "$"):
        if not (trail and isinstance(cause, RuleError) and not cause.path):
            return None
        model, name = trail[-1]
        if attrs.fields_dict(model)[name].default is not None:  # a required field
            return None
        trails.append(trail)
        items.append(
            ReportItem(problem.path, Action.INVALID, problem.message, problem.value)
        )
    try:
        patched = dict(data)
        for trail in trails:
            _drop(patched, trail)
    except Exception:  # noqa: BLE001 - a mapping that cannot be copied stays refused
        return None
    return patched, items


def _drop(data: dict[str, Any], trail: Trail) -> None:
    """Set the value at *trail* to ``None``, copying the objects on the way."""
    here = data
    *steps, (model, name) = trail
    for outer, field in steps:
        key = _key(here, outer, field)
        inner = dict(here[key])
        here[key] = inner
        here = inner
    here[_key(here, model, name)] = None


def _key(data: Mapping[str, Any], model: type, name: str) -> str:
    """Return the key *data* uses for attribute *name*: its wire name or an alias."""
    wire = names_of(model)[name]
    if wire in data:
        return wire
    return next(alias for alias, to in ALIASES[model].items() if to == wire)
