"""What a mapping did not carry over as it was: the per-record report."""

from __future__ import annotations

import enum

import attrs

from custbridge._typed import check_types
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

    def __attrs_post_init__(self) -> None:
        """Check the type of every field (see ``custbridge._typed``)."""
        check_types(self)

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

    def __attrs_post_init__(self) -> None:
        """Check the type of every field (see ``custbridge._typed``)."""
        check_types(self)

    def __str__(self) -> str:
        """List the items, one per line."""
        return "\n".join(str(item) for item in self.items)

    def by_action(self) -> dict[Action, int]:
        """Count the items per action."""
        counts: dict[Action, int] = {}
        for item in self.items:
            counts[item.action] = counts.get(item.action, 0) + 1
        return counts
