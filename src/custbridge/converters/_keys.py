"""The keys of one payload object: known, aliased, unknown (kept or refused).

The structuring hooks hand each object here when it has a key that is not a
field's wire name; what comes back is the fields, the unknown keys under
:data:`EXTRAS_KEY`, and the problems.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custbridge._json_values import json_object, key_path
from custbridge._rules import RuleError
from custbridge.exceptions import ValidationError, show

if TYPE_CHECKING:
    from collections.abc import Mapping

# The key that carries a payload's unknown keys to the generated structuring
# function. Unknown keys are moved under it, so it only has to differ from every
# wire name; cattrs before 26.2 writes it into generated source, so no NUL.
EXTRAS_KEY = "extras"


def only_known(data: Mapping[Any, Any], known: frozenset[str]) -> bool:
    """Tell whether every key of *data* is a known wire name (the common case)."""
    try:
        return data.keys() <= known
    except Exception:  # noqa: BLE001 - a key that cannot be hashed or compared
        return False


def _plain(key: object) -> str | None:
    """Return the text of a ``str`` subclass key, without its methods; else None."""
    return str.__str__(key) if isinstance(key, str) else None


def split_extras(
    data: Mapping[Any, Any],
    known: frozenset[str],
    aliases: Mapping[str, str],
    *,
    forbid_extra: bool,
    check: bool,
) -> tuple[dict[str, Any], list[RuleError]]:
    """Return *data* with unknown keys moved under one key, and their problems.

    With *check*, the unknown keys' values are checked here, each problem at its
    own path, and every problem is returned; without, the first problem is
    raised (the detailed pass will list them all) and the model checks the
    values once, on construction. A key of a ``str`` subclass is read as the
    plain string.
    """
    fields: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    refused: list[tuple[str, str, str]] = []
    for odd_key, value in data.items():
        key = odd_key if type(odd_key) is str else _plain(odd_key)
        if key in known:
            fields[key] = value
        elif key is not None and key in aliases and aliases[key] not in data:
            fields[aliases[key]] = value
        elif key is not None and key not in aliases and not forbid_extra:
            extras[key] = value
        else:
            refused.append(_refused(key, odd_key, value, aliases))
            if not check:
                message, path, shown = refused[0]
                raise RuleError(message, path=path, shown=shown)
    errors: list[RuleError] = [RefusedKeysError(refused)] if refused else []
    if extras and not check:  # the model checks and copies them on construction
        fields[EXTRAS_KEY] = extras
    elif extras:  # the detailed pass: report each bad value at its own path
        try:
            fields[EXTRAS_KEY] = json_object(extras)
        except ValidationError as error:
            (problem,) = error.problems
            errors.append(
                RuleError(
                    problem.message,
                    path=problem.path.removeprefix("extras"),
                    shown=problem.value,
                )
            )
    return fields, errors


def _refused(
    key: str | None, odd_key: object, value: object, aliases: Mapping[str, str]
) -> tuple[str, str, str]:
    """Say why the key *odd_key* (read as *key*) is refused: message, path, value."""
    if key is None:
        return "has a key that is not a string", "", show(odd_key)
    if key in aliases:
        message = f'is another spelling of "{aliases[key]}"; send only one'
        return message, key_path(key), show(value)
    message = "is not a known field (loaded with forbid_extra=True)"
    return message, key_path(key), show(value)


class RefusedKeysError(RuleError):
    """Every refused key of one object, as (message, path, value) triples.

    One exception for all of them: a payload with 60,000 unknown keys makes
    60,000 problems, not 60,000 exceptions as well.
    """

    def __init__(self, items: list[tuple[str, str, str]]) -> None:
        """Create the error from the triples, in the order the keys came."""
        super().__init__(items[0][0])
        self.items = items
