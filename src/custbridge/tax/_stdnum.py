"""python-stdnum, loaded lazily: each country's modules in the order they are tried.

Nothing here imports a stdnum country module until a number of that country is
first classified; then the modules are kept, so no call imports or looks up again.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from typing import Any

import attrs

from custbridge.tax._discriminators import DISCRIMINATORS, Discriminator
from custbridge.tax._kinds import Kind
from custbridge.tax._lengths import LENGTHS
from custbridge.tax._taxonomy import MODULES, VAT_MODULES

# Not tried themselves: their sub-modules are.
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
        """Return the compact form of the first of *texts* that is valid, or None."""
        for text in texts:
            try:
                return str(self.check(text))
            except Exception:  # noqa: BLE001, PERF203, S112 - stdnum raises others on junk
                continue
        return None


def country_code(name: str) -> str:
    """Return the ISO alpha-2 code of a module name: ``in_.pan`` -> ``IN``."""
    return name.split(".", maxsplit=1)[0].rstrip("_").upper()


@functools.cache
def number_type(name: str) -> NumberType:
    """Return the loaded module *name* (``es.nif``) with its class.

    Raises:
        ModuleNotFoundError: the installed python-stdnum has no such module.
    """
    module = importlib.import_module(f"stdnum.{name}")
    kind = MODULES[name][0]
    disc = DISCRIMINATORS[name][0] if name in DISCRIMINATORS else None
    return NumberType(name, kind, name in VAT_MODULES, module, disc)


@functools.cache
def available(name: str) -> bool:
    """Return whether the installed python-stdnum has the module *name*.

    Types the taxonomy lists but an older stdnum lacks are left out; a module
    the taxonomy does not list is never asked at all.
    """
    try:
        return importlib.util.find_spec(f"stdnum.{name}") is not None
    except ModuleNotFoundError:  # not even its country's package (stdnum.az)
        return False


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


class _ByCountry(dict[str, tuple[NumberType, ...]]):
    """Each country's modules, resolved on first look-up and then kept."""

    def __missing__(self, cc: str) -> tuple[NumberType, ...]:
        types = [
            number_type(name)
            for name in MODULES
            if "." in name
            and country_code(name) == cc
            and name not in DISPATCHERS
            and available(name)
        ]
        found = self[cc] = tuple(
            sorted(types, key=lambda t: 0 if t.is_vat else _ORDER[t.kind])
        )
        return found


CANDIDATES = _ByCountry()
"""Country code: its modules in the order they are tried (7.1.3); empty if none.

A dict, so the classifier's look-up costs no call; the missing ones are made.
"""


class _ByLength(dict[tuple[str, int], tuple[NumberType, ...]]):
    """Each country's modules that may accept a number of a given length."""

    def __missing__(self, key: tuple[str, int]) -> tuple[NumberType, ...]:
        cc, size = key
        found = self[key] = tuple(
            t for t in CANDIDATES[cc] if t.lengths is None or size in t.lengths
        )
        return found


FITTING = _ByLength()
"""(country code, number of letters and digits): the candidates that may accept it.

The same order as :data:`CANDIDATES`, less the modules that accept no number of
that length (``custbridge._lengths``), so the first to accept still decides.
"""


def vat_type(cc: str) -> NumberType | None:
    """Return the VAT number type of country *cc*, or None if it has none."""
    found = CANDIDATES[cc]
    return found[0] if found and found[0].is_vat else None


@functools.cache
def countries() -> frozenset[str]:
    """Return every country code that has at least one module."""
    return frozenset(
        country_code(n) for n in MODULES if "." in n and not n.startswith("eu.")
    )


@functools.cache
def eu_vat() -> Any:
    """Return ``stdnum.eu.vat``, for the EU One Stop Shop's numbers."""
    from stdnum.eu import vat  # noqa: PLC0415 - stdnum loads on first use

    return vat
