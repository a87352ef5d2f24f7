"""python-stdnum, loaded lazily: each country's modules in the order they are tried.

Nothing here imports a stdnum country module until a number of that country is
first classified; then the modules are kept, so no call imports or looks up again.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

import attrs

from custbridge._discriminators import DISCRIMINATORS, Discriminator
from custbridge._kinds import Kind
from custbridge._taxonomy import MODULES

# Not tried themselves: their sub-modules are (tax-classification.md, 7.1.3).
DISPATCHERS = frozenset({"us.tin", "th.tin"})
# Modules that accept most strings of their shape: never used to guess a country.
WEAK = frozenset(
    {"ar.dni", "dz.nif", "eg.tn", "fo.vn", "is_.vsk", "kr.brn", "sm.coe", "us.ssn"}
)
# Formats no other country's module accepts (section 5): safe without a hint.
SELF_IDENTIFYING = (
    "ch.vat",
    "ch.uid",
    "nl.btw",
    "no.mva",
    "in_.gstin",
    "cn.uscc",
    "mx.rfc",
    "ve.rif",
    "ke.pin",
)
Outcome = tuple[str, str, str]
"""(label, reason, explanation)"""
_ORDER = {Kind.BUSINESS: 1, Kind.MIXED: 2, Kind.NO_DISCRIMINATOR: 3, Kind.PERSONAL: 4}


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
    _outcomes: dict[str, Outcome] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        """Write each possible outcome's sentence once, not on every call."""
        name, cc = self.name, country_code(self.name)
        both = f"a valid {name}, held by persons and entities alike"
        rule = DISCRIMINATORS[name][1] if name in DISCRIMINATORS else ""
        self._outcomes.update(
            {
                "business": ("b2b", "business", f"a valid {name}: held by businesses"),
                "personal": (
                    "b2c",
                    "personal",
                    f"a valid {name}: held by natural persons",
                ),
                "entity": ("b2b", "entity", f"a valid {name} of an entity ({rule})"),
                "person": (
                    "b2c",
                    "person",
                    f"a valid {name} of a natural person ({rule})",
                ),
                "default": (
                    ("b2b", "default", f"{both}; as {cc}'s VAT number, a business")
                    if self.is_vat
                    else ("b2c", "default", f"{both}; not a VAT number, so a consumer")
                ),
            }
        )

    def outcome(self, compact: str) -> Outcome:
        """Return (label, reason, explanation) for a valid number's compact form."""
        if self.kind is Kind.BUSINESS:
            return self._outcomes["business"]
        if self.kind is Kind.PERSONAL:
            return self._outcomes["personal"]
        entity = None
        if self.discriminator is not None:
            try:
                entity = self.discriminator(compact)
            except (ValueError, IndexError):  # a compact form the rule does not cover
                entity = None
        if entity is None:
            return self._outcomes["default"]
        return self._outcomes["entity" if entity else "person"]

    def validate(self, texts: tuple[str, ...]) -> str | None:
        """Return the compact form of the first of *texts* that is valid, or None."""
        for text in texts:
            try:
                return str(self.module.validate(text))
            except Exception:  # noqa: BLE001, PERF203, S112 - stdnum raises others on junk
                continue
        return None


def country_code(name: str) -> str:
    """Return the ISO alpha-2 code of a module name: ``in_.pan`` -> ``IN``."""
    return name.split(".", maxsplit=1)[0].rstrip("_").upper()


@functools.cache
def number_type(name: str) -> NumberType:
    """Return the loaded module *name* (``es.nif``) with its class."""
    module = importlib.import_module(f"stdnum.{name}")
    kind = MODULES[name][0]
    vat = _vat_module(country_code(name))
    disc = DISCRIMINATORS[name][0] if name in DISCRIMINATORS else None
    return NumberType(name, kind, vat is module, module, disc)


@functools.cache
def candidates(cc: str) -> tuple[NumberType, ...]:
    """Return the modules of country *cc* in the order they are tried (7.1.3)."""
    types = [
        number_type(name)
        for name in MODULES
        if "." in name and country_code(name) == cc and name not in DISPATCHERS
    ]
    return tuple(sorted(types, key=lambda t: 0 if t.is_vat else _ORDER[t.kind]))


@functools.cache
def countries() -> frozenset[str]:
    """Return every country code that has at least one module."""
    return frozenset(
        country_code(n) for n in MODULES if "." in n and not n.startswith("eu.")
    )


def _vat_module(cc: str) -> Any:
    from stdnum.util import get_cc_module  # noqa: PLC0415 - stdnum loads on first use

    return get_cc_module(cc.lower(), "vat")


@functools.cache
def vat_checkers() -> tuple[Any, Any]:
    """Return ``stdnum.vatin`` and ``stdnum.eu.vat``."""
    from stdnum import vatin  # noqa: PLC0415 - stdnum loads on first use
    from stdnum.eu import vat  # noqa: PLC0415

    return vatin, vat
