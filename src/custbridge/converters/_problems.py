"""Turn what the detailed structuring pass raised into problems with JSON paths."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
)

from custbridge._rules import RuleError, key_path
from custbridge.converters._hooks import structure_hook
from custbridge.converters._names import wire_names
from custbridge.exceptions import Problem

if TYPE_CHECKING:
    from collections.abc import Mapping


def explain(cls: type, data: Mapping[str, Any], *, forbid_extra: bool) -> list[Problem]:
    """Return every problem the detailed pass finds in *data*."""
    try:
        structure_hook(cls, forbid_extra, True)(data, cls)  # noqa: FBT003
    except Exception as error:  # noqa: BLE001 - every failure becomes a problem
        return problems(error, "$")
    # The fast and the detailed pass check the same rules; this is a safety net.
    return [Problem("$", "could not be loaded")]  # pragma: no cover


def problems(error: BaseException, path: str) -> list[Problem]:
    """Turn what the detailed pass raised into problems with JSON paths."""
    if isinstance(error, BaseValidationError):
        names = wire_names(error.cl) if isinstance(error, ClassValidationError) else {}
        found: list[Problem] = []
        for sub in error.exceptions:
            note = next(
                (
                    n
                    for n in getattr(sub, "__notes__", ())
                    if isinstance(n, AttributeValidationNote)
                ),
                None,
            )
            where = (
                path
                if note is None
                else path + key_path(names.get(note.name, note.name))
            )
            found.extend(problems(sub, where))
        return found
    if isinstance(error, RuleError):
        return [Problem(path + error.path, error.message, error.shown)]
    if isinstance(error, KeyError):
        return [Problem(path, "is required")]
    # Every rule is checked field by field above; this is a safety net.
    return [Problem(path, f"could not be read: {error!r}")]  # pragma: no cover
