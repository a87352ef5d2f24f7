"""The one empty ``extras`` that every model without unknown keys shares.

An empty ``dict`` costs 64 bytes, and a loaded customer has eleven models, most
of them without unknown keys. Models are frozen values, so they can share one
empty mapping; it is read-only, so that no one model's ``extras`` can change
another's. It is still a ``dict``: it compares, prints, copies and dumps as
``{}``, and pickles as a reference to itself.
"""

from __future__ import annotations

from typing import Any, NoReturn

__all__ = ["NO_EXTRAS"]


class _NoExtras(dict[str, Any]):
    __slots__ = ()

    def _read_only(self, *_args: object, **_kwargs: object) -> NoReturn:
        msg = (
            "a model's empty extras is shared and read-only; "
            "build a new model with the keys instead (attrs.evolve(model, extras=...))"
        )
        raise TypeError(msg)

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __reduce__(self) -> str:
        return "NO_EXTRAS"  # pickle and copy give back the one instance


NO_EXTRAS: dict[str, Any] = _NoExtras()
"""The ``extras`` of a model without unknown keys: ``{}``, shared, read-only."""
