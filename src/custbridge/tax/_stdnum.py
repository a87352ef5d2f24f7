"""python-stdnum, loaded lazily: each country's modules in the order they are tried.

Nothing here imports a stdnum country module until a number of that country is
first classified; then the modules are kept, so no call imports or looks up again.

Loading is thread-safe. Every import and every first fill of a table happens
under one lock, :data:`LOADING`: stdnum's country packages import their own
``vat`` module, so two threads importing one country's modules at once can
deadlock in Python's import locks (``_DeadlockError``) and leave half-imported
modules behind. Once loaded, nothing takes the lock: the tables are plain
dicts, read without it.

A module that the installed stdnum does not ship is left out (``available``);
one that is there but fails to import raises :class:`LoadError`, which is never
cached, so the next call tries again. Neither is ever read as an invalid number.
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
from typing import Any, TypeVar

from custbridge.tax import _taxonomy, own
from custbridge.tax._discriminators import DISCRIMINATORS
from custbridge.tax._kinds import Kind
from custbridge.tax._types import (
    NumberType,
    country_code,
)

# python-stdnum's modules, then custbridge's own types for what stdnum lacks
# (custbridge.tax.own); a name both have is stdnum's.
STDNUM_MODULES = _taxonomy.MODULES
MODULES = {**own.MODULES, **STDNUM_MODULES}
VAT_MODULES = _taxonomy.VAT_MODULES | own.VAT_MODULES.difference(_taxonomy.MODULES)
# Not tried themselves: their sub-modules are.
DISPATCHERS = frozenset({"us.tin", "th.tin"})
# Modules that accept most strings of their shape: never used to guess a country.
WEAK = (
    frozenset(
        {"ar.dni", "dz.nif", "eg.tn", "fo.vn", "is_.vsk", "kr.brn", "sm.coe", "us.ssn"}
    )
    | own.FORMAT_ONLY
)
SELF_IDENTIFYING: dict[str, re.Pattern[str]] = {
    "ch.vat": re.compile(r"CHE.*(?:MWST|TVA|IVA|TPV)"),
    # stdnum adds CHE to a bare 9-digit number itself: 1 in 11 random ones pass.
    "ch.uid": re.compile(r"CHE.*"),
    "nl.btw": re.compile(r".*B[0-9]{2}"),
    "no.mva": re.compile(r".*MVA"),
    "in_.gstin": re.compile(r"[0-9]{2}[A-Z]{5}.*"),
    # 18 digits alone pass for 1 in 31 random strings: a letter must be written.
    "cn.uscc": re.compile(r".*[A-Z].*"),
    "mx.rfc": re.compile(r"[A-Z&Ñ]{3}.*"),
    "ve.rif": re.compile(r"[VEJPG].*"),
    "ke.pin": re.compile(r"[AP].*[A-Z]"),
}
"""Formats no other country's module accepts (section 5), decided without a hint.

A format names its country only when the part that identifies it is in the
text as written; each pattern is that part, matched against the whole
normalised text (upper case, no separators). The module checks the rest.
"""
ANY_SELF_IDENTIFYING = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in SELF_IDENTIFYING.values())
)
"""Matches a whole text exactly when one of :data:`SELF_IDENTIFYING` does."""
_ORDER = {Kind.BUSINESS: 1, Kind.MIXED: 2, Kind.NO_DISCRIMINATOR: 3, Kind.PERSONAL: 4}
_K = TypeVar("_K")
_V = TypeVar("_V")

LOADING = threading.RLock()
"""Held while a stdnum module is imported or a table below is first filled.

Re-entrant: filling a country's table loads its modules under the same lock.
"""


class LoadError(ImportError):
    """A python-stdnum module that is installed could not be imported.

    The number was not checked: callers report this, never "invalid".
    """


class _Loaded(dict[_K, _V]):
    """A table whose missing entries are made once, under :data:`LOADING`.

    A present entry is a plain dict look-up, without the lock.
    """

    def __missing__(self, key: _K) -> _V:
        with LOADING:
            if key in self:  # made by another thread while this one waited
                return self[key]
            made = self[key] = self.make(key)
            return made

    def make(self, key: _K) -> _V:
        """Return the entry for *key*; called under the lock, once per key."""
        raise NotImplementedError


class _Types(_Loaded[str, NumberType]):
    def make(self, key: str) -> NumberType:
        return load(key)


TYPES = _Types()
"""Module name: its loaded number type."""
_ABSENT: set[str] = set()  # modules the installed stdnum does not ship


def number_type(name: str) -> NumberType:
    """Return the loaded module *name* (``es.nif``) with its class.

    Raises:
        ModuleNotFoundError: the installed python-stdnum has no such module.
        LoadError: it has the module, but importing it failed.
    """
    return TYPES[name]


def load(name: str) -> NumberType:
    """Import the module *name* and return it with its class, uncached.

    Call it under :data:`LOADING` (:func:`number_type` does).

    Raises:
        ModuleNotFoundError: the installed python-stdnum has no such module.
        LoadError: it has the module, but importing it failed.
    """
    # stdnum imports numdb inside some validate() functions (cn.ric, id.nik,
    # my.nric, us.ein): imported here, under the lock, the hot path never imports.
    _import("numdb")
    try:
        module = _import(name)
    except ModuleNotFoundError:
        if name not in own.MODULES:
            raise
        module = own.load(name)  # stdnum lacks it: custbridge's own type
    if not callable(getattr(module, "validate", None)):  # half-imported elsewhere
        msg = f"stdnum.{name} has no validate() yet"
        raise LoadError(msg, name=f"stdnum.{name}")
    kind = MODULES[name][0]
    disc = DISCRIMINATORS[name][0] if name in DISCRIMINATORS else None
    return NumberType(name, kind, name in VAT_MODULES, module, disc)


def _import(name: str) -> Any:
    path = f"stdnum.{name}"
    try:
        return importlib.import_module(path)
    except ModuleNotFoundError as error:
        if error.name in {path, path.rpartition(".")[0]}:
            raise  # the module, or its country's package, is not shipped
        msg = f"{path} failed to import: {error}"
        raise LoadError(msg, name=path) from error
    except Exception as error:  # whatever it is, it is not about a number
        msg = f"{path} failed to import: {error!r}"
        raise LoadError(msg, name=path) from error


def available(name: str) -> bool:
    """Return whether the installed python-stdnum has the module *name*.

    Types the taxonomy lists but an older stdnum lacks are left out; a module
    the taxonomy does not list is never asked at all. Finding out imports it.

    Raises:
        LoadError: it has the module, but importing it failed.
    """
    if name in TYPES:
        return True
    if name in _ABSENT:
        return False
    try:
        number_type(name)
    except ModuleNotFoundError:
        with LOADING:
            _ABSENT.add(name)
        return False
    return True


class _ByCountry(_Loaded[str, tuple[NumberType, ...]]):
    """Each country's modules, resolved on first look-up and then kept."""

    def make(self, key: str) -> tuple[NumberType, ...]:
        types = [
            number_type(name)
            for name in MODULES
            if "." in name
            and country_code(name) == key
            and name not in DISPATCHERS
            and available(name)
        ]
        # custbridge's format-only types come last: they check no digit, so
        # a number that a module of the country with a check accepts is that
        # module's (a 5-digit li.peid stays a PEID, not a VAT number).
        return tuple(
            sorted(
                types,
                key=lambda t: (
                    t.name in own.FORMAT_ONLY,
                    0 if t.is_vat else _ORDER[t.kind],
                ),
            )
        )


CANDIDATES = _ByCountry()
"""Country code: its modules in the order they are tried (7.1.3); empty if none.

A dict, so the classifier's look-up costs no call; the missing ones are made.
"""


class _ByLength(_Loaded[tuple[str, int], tuple[NumberType, ...]]):
    """Each country's modules that may accept a number of a given length."""

    def make(self, key: tuple[str, int]) -> tuple[NumberType, ...]:
        cc, size = key
        return tuple(
            t for t in CANDIDATES[cc] if t.lengths is None or size in t.lengths
        )


FITTING = _ByLength()
"""(country code, number of letters and digits): the candidates that may accept it.

The same order as :data:`CANDIDATES`, less the modules that accept no number of
that length (``custbridge._lengths``), so the first to accept still decides.
"""


class _ByLengthWithCode(_Loaded[tuple[str, int], tuple[NumberType, ...]]):
    """The same, for a number written with its country's code in front."""

    def make(self, key: tuple[str, int]) -> tuple[NumberType, ...]:
        cc, size = key
        return tuple(
            t
            for t in CANDIDATES[cc]
            if t.lengths is None or size in t.lengths or size - 2 in t.lengths
        )


FITTING_WITH_CODE = _ByLengthWithCode()
"""(country code, size with the code): the candidates that may accept it.

Such a number is tried as written and without its code (two letters fewer).
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


def one_stop_shop() -> NumberType | None:
    """Return ``eu.oss``, the EU One Stop Shop's numbers, or None if not shipped."""
    return number_type("eu.oss") if available("eu.oss") else None
