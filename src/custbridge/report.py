"""What a mapping did not carry over as it was: the per-record report."""

from __future__ import annotations

import datetime as dt
import enum
from typing import overload

import attrs

from custbridge.exceptions import MappingError, show
from custbridge.tax import TaxNumberCheck  # noqa: TC001 - attrs needs it at runtime

__all__ = ["Action", "MappingReport", "ReportItem"]


class Action(str, enum.Enum):
    """What happened to a source value."""

    DROPPED = "dropped"
    """It has no place on the other side, or did not fit there."""
    TRUNCATED = "truncated"
    """It was cut to the destination's length limit."""
    NORMALISED = "normalised"
    """It was carried over in another spelling (a country name as its code)."""
    DEFAULTED = "defaulted"
    """It was missing, and a fallback took its place."""
    INVALID = "invalid"
    """It breaks a rule of the destination (an invalid tax number), said here."""


@attrs.frozen
class ReportItem:
    """One source value and what happened to it.

    Attributes:
        path: The value's wire path in the source payload (``$.creditLimit``).
        action: What happened.
        reason: Why, in words.
        value: The source value as JSON, shortened; ``None`` when not shown.
    """

    path: str
    action: Action
    reason: str
    value: str | None = None

    def __str__(self) -> str:
        """Render as ``path: action: reason (was: value)``."""
        shown = "" if self.value is None else f" (was: {self.value})"
        return f"{self.path}: {self.action.value}: {self.reason}{shown}"


@attrs.frozen
class MappingReport:
    """Everything one mapping call did not carry over unchanged.

    Attributes:
        items: One item per source value, in the order the mapping met them.
        classification: How the tax number was classified, when it was
            (accounting to tax engine only).
    """

    items: tuple[ReportItem, ...] = ()
    classification: TaxNumberCheck | None = None

    def __str__(self) -> str:
        """List the items, one per line."""
        return "\n".join(str(item) for item in self.items)

    def by_action(self) -> dict[Action, int]:
        """Count the items per action."""
        counts: dict[Action, int] = {}
        for item in self.items:
            counts[item.action] = counts.get(item.action, 0) + 1
        return counts


@attrs.define
class Collector:
    """Collects report items during one mapping; raises in strict mode.

    Items are only made when ``keep`` is true, and only counted per action when
    ``count`` is: a plain call pays nothing for a report it does not ask for.
    """

    strict: bool
    keep: bool
    count: bool = False
    items: list[ReportItem] = attrs.Factory(list)
    counts: dict[str, int] = attrs.Factory(dict)

    @property
    def wants(self) -> bool:
        """Whether anything is recorded at all."""
        return self.keep or self.count

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
        if self.count:
            self.counts[action.value] = self.counts.get(action.value, 0) + 1

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


def _plain(value: object) -> object:
    """A value as the report shows it: scalars as they are, objects by their type."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return type(value).__name__ if attrs.has(type(value)) else str(value)
