"""Run code once a module of models is imported, without importing it.

Hypothesis runs custbridge's plugin on every ``import hypothesis``, also in
programs that never use custbridge, so the plugin must not import the models;
yet it can only register a strategy for a class that exists. So each module of
models calls :func:`imported` as its last statement, and the plugin asks
:func:`when_imported` to run its registration then, or at once if the module
is imported already. This module imports nothing of custbridge.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

__all__ = ["imported", "when_imported"]

_DONE: set[str] = set()
_WAITING: dict[str, list[Callable[[ModuleType], None]]] = {}
_LOCK = threading.Lock()


def when_imported(name: str, callback: Callable[[ModuleType], None]) -> None:
    """Call *callback* with the module *name* once it is imported, or now."""
    with _LOCK:
        if name not in _DONE:
            _WAITING.setdefault(name, []).append(callback)
            return
    callback(sys.modules[name])


def imported(name: str) -> None:
    """Say that the module *name* is imported: run the callbacks waiting for it."""
    with _LOCK:
        _DONE.add(name)
        waiting = _WAITING.pop(name, [])
    for callback in waiting:
        callback(sys.modules[name])
