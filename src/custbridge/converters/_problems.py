"""Turn what the detailed structuring pass raised into problems with JSON paths."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cattrs.errors import AttributeValidationNote, ClassValidationError

from custbridge._json_values import key_path
from custbridge._rules import RuleError
from custbridge.converters._hooks import structure_hook
from custbridge.converters._keys import RefusedKeysError
from custbridge.converters._names import names_of
from custbridge.exceptions import Problem

if TYPE_CHECKING:
    from collections.abc import Mapping

Trail = tuple[tuple[type, str], ...]
"""The fields from the top object down to a problem: (model, attribute) pairs."""


def detailed_error(
    cls: type, data: Mapping[str, Any], *, forbid_extra: bool
) -> Exception:
    """Return what the detailed pass raises for *data*, which the fast pass refused."""
    try:
        structure_hook(cls, forbid_extra, True)(data, cls)  # noqa: FBT003
    except Exception as error:  # noqa: BLE001 - every failure becomes a problem
        return error
    # The fast and the detailed pass check the same rules; this is a safety net.
    return RuleError("could not be loaded")  # pragma: no cover


def problems(error: BaseException, path: str = "$") -> list[Problem]:
    """Turn what the detailed pass raised into problems with JSON paths."""
    return [problem for problem, _, _ in leaves(error, path)]


def leaves(
    error: BaseException, path: str
) -> list[tuple[Problem, Trail | None, BaseException]]:
    """Return each problem in *error*, the fields that lead to it, and its cause.

    The trail ends with the field whose own value broke the rule; it is
    ``None`` when the problem is in an object as a whole (an unknown key, say).
    """
    found: list[tuple[Problem, Trail | None, BaseException]] = []
    _walk(error, path, (), False, found)  # noqa: FBT003
    return found


def _walk(
    error: BaseException,
    path: str,
    trail: Trail,
    own: bool,  # noqa: FBT001 - positional: called once per problem
    found: list[tuple[Problem, Trail | None, BaseException]],
) -> None:
    if isinstance(error, ClassValidationError):  # the models hold no lists
        cls = error.cl
        names = names_of(cls)
        for sub in error.exceptions:
            note = next(
                (
                    n
                    for n in getattr(sub, "__notes__", ())
                    if isinstance(n, AttributeValidationNote)
                ),
                None,
            )
            if note is None:  # a problem of the object as a whole (an unknown key)
                _walk(sub, path, trail, False, found)  # noqa: FBT003
            else:
                where = path + key_path(names.get(note.name, note.name))
                _walk(sub, where, (*trail, (cls, note.name)), True, found)  # noqa: FBT003
        return
    at = trail if own else None
    if isinstance(error, RefusedKeysError):
        for message, where, shown in error.items:
            found.append((Problem(path + where, message, shown), None, error))
    elif isinstance(error, RuleError):
        found.append(
            (Problem(path + error.path, error.message, error.shown), at, error)
        )
    elif isinstance(error, KeyError):
        found.append((Problem(path, "is required"), at, error))
    else:  # a mapping or key that fails when read: a safety net, by type only
        why = f"could not be read (it raised {type(error).__name__})"
        found.append((Problem(path, why), at, error))
