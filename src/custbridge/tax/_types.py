"""A python-stdnum module with its class: what a valid number of it says.

Each outcome's sentence is written once per module, not on every call.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from custbridge.tax._discriminators import DISCRIMINATORS, Discriminator
from custbridge.tax._kinds import Kind
from custbridge.tax._lengths import LENGTHS

Outcome = tuple[str, str, str]
"""(label, reason, explanation)"""

LENGTHS_CHECKED = frozenset({"2.2"})
"""The python-stdnum versions ``_lengths`` was checked against."""


@functools.cache
def lengths_checked() -> bool:
    """Return whether the length table holds for the installed python-stdnum.

    With any other version, every candidate module is asked, as if the table
    were empty: slower, never wrong.
    """
    import stdnum  # noqa: PLC0415 - the package alone, not its country modules

    return stdnum.__version__ in LENGTHS_CHECKED


@attrs.frozen
class NumberType:
    """A stdnum module with its class, ready to validate numbers."""

    name: str
    """The module's name below ``stdnum``, such as ``es.nif``."""
    kind: Kind
    is_vat: bool
    """Whether this is the module ``stdnum.vatin`` uses for the country."""
    module: Any = attrs.field(repr=False, eq=False)
    discriminator: Discriminator | None = attrs.field(repr=False, eq=False)
    lengths: frozenset[int] | None = attrs.field(init=False, repr=False, eq=False)
    """How many letters and digits a number it accepts can have; None: any."""
    results: dict[str, dict[str, Any]] = attrs.field(
        init=False, factory=dict, repr=False, eq=False
    )
    """The classifier's result for each reason, but for the compact form."""
    check: Any = attrs.field(init=False, repr=False, eq=False)
    """The module's ``validate``: the compact form of a valid number, or raises."""
    fixed: Outcome | None = attrs.field(init=False, repr=False, eq=False)
    """The outcome of every valid number, when the number does not matter."""
    _default: Outcome = attrs.field(init=False, repr=False, eq=False)
    _entity: Outcome = attrs.field(init=False, repr=False, eq=False)
    _person: Outcome = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Write each possible outcome's sentence once, not on every call."""
        name, cc = self.name, country_code(self.name)
        both = f"a valid {name}, held by persons and entities alike"
        rule = DISCRIMINATORS[name][1] if name in DISCRIMINATORS else ""
        default = (
            ("b2b", "default", f"{both}; as {cc}'s VAT number, a business")
            if self.is_vat
            else ("b2c", "default", f"{both}; not a VAT number, so a consumer")
        )
        fixed = {
            Kind.BUSINESS: ("b2b", "business", f"a valid {name}: held by businesses"),
            Kind.PERSONAL: (
                "b2c",
                "personal",
                f"a valid {name}: held by natural persons",
            ),
        }.get(self.kind)
        set_ = object.__setattr__  # the class is frozen; these are derived once
        set_(self, "check", getattr(self.module, "validate", None))
        set_(self, "lengths", LENGTHS.get(name) if lengths_checked() else None)
        set_(
            self,
            "fixed",
            default if fixed is None and self.discriminator is None else fixed,
        )
        set_(self, "_default", default)
        set_(
            self, "_entity", ("b2b", "entity", f"a valid {name} of an entity ({rule})")
        )
        set_(
            self,
            "_person",
            ("b2c", "person", f"a valid {name} of a natural person ({rule})"),
        )

    def outcome(self, compact: str) -> Outcome:
        """Return (label, reason, explanation) for a valid number's compact form.

        Callers read :attr:`fixed` first: this is for the modules whose number
        matters, the ones with a discriminator.
        """
        try:
            entity = self.discriminator(compact)  # type: ignore[misc]  # set when not fixed
        except (ValueError, IndexError):  # a compact form the rule does not cover
            return self._default
        if entity is None:
            return self._default
        return self._entity if entity else self._person

    def validate(self, texts: tuple[str, ...]) -> str | None:
        """Return the compact form of the first of *texts* that is valid, or None.

        Raises:
            ImportError: the module failed to import something it needs; that
                says nothing about the number.
        """
        for text in texts:
            try:
                return str(self.check(text))
            except ImportError:  # noqa: PERF203 - says nothing about the number
                raise
            except Exception:  # noqa: BLE001, S112 - stdnum raises others on junk
                continue
        return None


def country_code(name: str) -> str:
    """Return the ISO alpha-2 code of a module name: ``in_.pan`` -> ``IN``."""
    return name.split(".", maxsplit=1)[0].rstrip("_").upper()
