"""Arbitrary Python values, hostile ones included, for totality properties.

``hostile_values()`` draws what a program may pass to a public function by
mistake or from configuration: ints (huge too), floats (NaN, infinities),
text with lone surrogates, bytes, ``None``, nested lists, dicts with keys that
are not strings, and objects whose ``__repr__``, ``__str__``, ``__hash__``,
``__eq__``, ``__bool__`` or ``__len__`` raise, as plain objects and as ``str``,
``int`` and ``dict`` subclasses. Use it wherever a property says "only
custbridge errors escape".
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any, NoReturn

from hypothesis import strategies as st


class HostileError(Exception):
    """Raised by the hostile values' methods; must never escape custbridge."""


def _raise(*_: object) -> NoReturn:
    raise HostileError


_TRAPS = dict.fromkeys(("__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__bool__", "__len__", "__iter__", "__format__", "__index__", "__int__", "__float__", "__lt__", "__getattr__"), _raise)  # fmt: skip

HostileObject = type("HostileObject", (), dict(_TRAPS))
HostileStr = type("HostileStr", (str,), dict(_TRAPS))
HostileInt = type("HostileInt", (int,), dict(_TRAPS))
HostileDict = type("HostileDict", (dict,), dict(_TRAPS, items=_raise, keys=_raise))


class _BrokenZone(dt.tzinfo):
    def utcoffset(self, _: object) -> NoReturn:
        raise HostileError

    def tzname(self, _: object) -> NoReturn:
        raise HostileError

    def dst(self, _: object) -> NoReturn:
        raise HostileError


def _surrogates() -> st.SearchStrategy[str]:
    lone = st.sampled_from(["\ud800", "\udfff", "\udc80"])
    return st.builds(
        lambda a, s, b: a + s + b, st.text(max_size=5), lone, st.text(max_size=5)
    )


def scalars() -> st.SearchStrategy[Any]:
    """Single values of many types, hostile ones included."""
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from([400, 4200, 63]).map(lambda n: -(10**n) if n > 400 else 2**n),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=20),
        _surrogates(),
        st.binary(max_size=10),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.uuids(),
        st.datetimes(timezones=st.none() | st.timezones()),
        st.dates(),
        st.builds(lambda: dt.datetime(2024, 1, 1, tzinfo=_BrokenZone())),
        st.sampled_from(["netsuite", "b2b", "active", "retail", "dropped"]),
        st.builds(lambda: "x" * 10**5),
        st.builds(str, st.uuids()),
        st.builds(HostileStr, st.text(max_size=10)),
        st.builds(HostileInt, st.integers()),
        st.builds(HostileObject),
        st.builds(HostileDict),
        st.just(decimal.Decimal("1E999999999")),
        st.just(uuid),
        st.just(object),
    )


def hostile_values() -> st.SearchStrategy[Any]:
    """Scalars, and lists, tuples, sets and dicts of them (keys of any type)."""
    return st.recursive(
        scalars(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.tuples(inner, inner),
            st.dictionaries(st.text(max_size=5), inner, max_size=3),
            st.dictionaries(
                st.integers() | st.tuples(st.integers()), inner, max_size=3
            ),
            st.builds(
                HostileDict,
                st.dictionaries(st.text(max_size=3), inner, max_size=2),
            ),
        ),
        max_leaves=8,
    )
