"""The report collector: what one mapping call did not carry over unchanged."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, overload

import attrs

from custbridge._json_values import key_path
from custbridge.exceptions import MappingError, show
from custbridge.report import Action, ReportItem

if TYPE_CHECKING:
    from collections.abc import Mapping


@attrs.define
class Collector:
    """Collects report items during one mapping; raises in strict mode.

    Items are only made when ``keep`` is true: a plain call pays nothing for
    a report it does not ask for.
    """

    strict: bool
    keep: bool
    items: list[ReportItem] = attrs.Factory(list)

    def add(self, path: str, action: Action, reason: str, value: object = None) -> None:
        """Record what happened to the value at *path*.

        Raises:
            MappingError: in strict mode, for a truncated or invalid value.
        """
        if self.strict and action in (Action.TRUNCATED, Action.INVALID):
            raise MappingError(path, f"{reason} (strict mapping)")
        if self.keep:
            shown = None if value is None else show(_plain(value))
            self.items.append(ReportItem(path, action, reason, shown))

    @overload
    def fit(self, path: str, value: str, limit: int) -> str: ...
    @overload
    def fit(self, path: str, value: None, limit: int) -> None: ...
    @overload
    def fit(self, path: str, value: str | None, limit: int) -> str | None: ...
    def fit(self, path: str, value: str | None, limit: int) -> str | None:
        """Return *value* cut to *limit* characters, reporting the cut."""
        if value is None or len(value) <= limit:
            return value
        self.add(path, Action.TRUNCATED, f"longer than {limit} characters", value)
        return value[:limit]

    def drop(self, path: str, value: object, reason: str) -> None:
        """Report *value* at *path* as dropped unless it is empty."""
        if value is not None and value != {}:
            self.add(path, Action.DROPPED, reason, value)

    def drop_extras(self, path: str, extras: Mapping[str, object], side: str) -> None:
        """Report each unknown key of the object at *path* as dropped.

        *side* names the destination: "the tax engine" or "the accounting platform".
        """
        for key, value in extras.items():
            self.drop(path + key_path(key), value, f"unknown to {side}")


def _plain(value: object) -> object:
    """A value as the report shows it: scalars as they are, objects by their type."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return type(value).__name__ if attrs.has(type(value)) else str(value)
