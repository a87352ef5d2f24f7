"""Hostile Python values for totality properties: what no JSON reader gives.

Values whose ``__repr__``, ``__str__``, ``__hash__``, ``__eq__``, ``__bool__``,
``__len__`` or ``__iter__`` raise (once :func:`armed`, so that they can be put
into dicts first), ``str`` subclasses, lone surrogates, huge integers, deep
nesting, NaN and infinities, and valid payloads with such values or keys
planted anywhere in them.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from payloads import accounting, response

_ARMED = [False]


@contextlib.contextmanager
def armed() -> Iterator[None]:
    """Make every hostile method raise inside the block."""
    _ARMED[0] = True
    try:
        yield
    finally:
        _ARMED[0] = False


class Boom(Exception):  # noqa: N818 - what a hostile method raises
    """Raised by a hostile method; a foreign exception if it escapes."""


def _boom(*_: object) -> Any:
    if _ARMED[0]:
        raise Boom
    return NotImplemented


class Hostile:
    """An object whose dunders raise when armed."""

    def __repr__(self) -> str:
        if _ARMED[0]:
            raise Boom
        return "Hostile()"

    __str__ = __repr__

    def __hash__(self) -> int:
        if _ARMED[0]:
            raise Boom
        return id(self)

    def __eq__(self, other: object) -> bool:
        if _ARMED[0]:
            raise Boom
        return self is other

    def __bool__(self) -> bool:
        if _ARMED[0]:
            raise Boom
        return True


class HostileStr(str):
    """A str subclass whose methods raise when armed."""

    __slots__ = ()

    def __hash__(self) -> int:
        if _ARMED[0]:
            raise Boom
        return str.__hash__(self)

    def __eq__(self, other: object) -> bool:
        if _ARMED[0]:
            raise Boom
        return str.__eq__(self, other)

    def __repr__(self) -> str:
        if _ARMED[0]:
            raise Boom
        return str.__repr__(self)

    __str__ = __repr__

    def __len__(self) -> int:
        if _ARMED[0]:
            raise Boom
        return str.__len__(self)


class HostileMapping(Mapping[Any, Any]):
    """A mapping whose reading raises when armed."""

    def __init__(self, data: dict[Any, Any]) -> None:
        self._data = data

    def __getitem__(self, key: Any) -> Any:
        if _ARMED[0]:
            raise Boom
        return self._data[key]

    def __iter__(self) -> Iterator[Any]:
        if _ARMED[0]:
            raise Boom
        return iter(self._data)

    def __len__(self) -> int:
        if _ARMED[0]:
            raise Boom
        return len(self._data)


def _nested(depth: int, inner: Any) -> Any:
    value = inner
    for i in range(depth):
        value = [value] if i % 2 else {"a": value}
    return value


surrogates = st.text(
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
    | st.characters(codec="utf-8"),
    min_size=1,
    max_size=8,
)
"""Text with lone surrogates, as ``json.loads`` reads ``"\\ud800"``."""

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([5000, -400, 64, 15]).map(lambda n: 10 ** abs(n) * (n // abs(n))),
    st.floats(),
    st.decimals(),
    st.sampled_from([Decimal("sNaN"), Decimal("-Infinity"), Decimal("1E999999999")]),
    st.text(max_size=12),
    surrogates,
    st.builds(HostileStr, st.text(max_size=12)),
    st.sampled_from(["2024-01-01", "2024-13-01", "netsuite", "a@b.de", "1E999999999"]),
    st.binary(max_size=8),
    st.datetimes(),
    st.uuids(),
    st.builds(Hostile),
    st.just(object()),
    st.just(dt.timezone.utc),
    st.just(uuid.UUID),
    st.just(str),
)
"""Single values, plain and hostile."""

keys = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["id", "name", "creditLimit", "contact", "email", "isubsidiary"]),
    surrogates,
    st.builds(HostileStr, st.sampled_from(["id", "name", "x", "billingAddress"])),
    st.integers(),
    st.tuples(st.integers()),
    st.none(),
    st.builds(Hostile),
)
"""Keys: strings, str subclasses, and what is no string."""

values: st.SearchStrategy[Any] = st.one_of(
    st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.tuples(inner),
            st.frozensets(st.integers(), max_size=2),
            st.dictionaries(keys, inner, max_size=5),
            st.dictionaries(keys, inner, max_size=3).map(HostileMapping),
        ),
        max_leaves=20,
    ),
    st.builds(_nested, st.integers(30, 2000), scalars),
)
"""Any value: nested containers of the above, some nested very deep."""


@st.composite
def planted(draw: st.DrawFn, payload: dict[str, Any] | None = None) -> Any:
    """A valid payload with hostile values or keys planted at a few places."""
    result = copy.deepcopy(
        payload
        if payload is not None
        else draw(st.sampled_from([accounting(), response()]))
    )
    for _ in range(draw(st.integers(1, 3))):
        target = result
        while True:  # walk down to a random nested object
            key = draw(st.sampled_from(sorted(target, key=repr)))
            inner = target[key]
            if type(inner) is not dict or not inner or draw(st.booleans()):
                break
            target = inner
        if draw(st.booleans()):
            target[key] = draw(values)
        else:
            target[draw(keys)] = target.pop(key)
    return result


anything = st.one_of(values, planted())
"""What the totality properties feed the public functions."""
