"""Properties of load and dump: round trips, idempotence, and totality."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from hypothesis import given
from hypothesis import strategies as st

from custbridge import (
    ValidationError,
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge import strategies as cst
from custbridge.converters import wire_names
from payloads import accounting, response

if TYPE_CHECKING:
    from collections.abc import Callable

SIDES: list[tuple[Callable[..., Any], Callable[..., Any]]] = [
    (load_accounting, dump_accounting),
    (load_response, dump_response),
]


@given(cst.accounting_payloads())
def test_accounting_payload_round_trip(payload: dict[str, Any]) -> None:
    """Every generated accounting payload is written back exactly as read."""
    assert payload == dump_accounting(load_accounting(payload))


@given(cst.response_payloads())
def test_response_payload_round_trip(payload: dict[str, Any]) -> None:
    """Every generated tax engine payload is written back exactly as read."""
    assert payload == dump_response(load_response(payload))


@given(cst.accounting_customers())
def test_accounting_object_round_trip(customer: Any) -> None:
    """Every generated customer survives dump then load, through JSON text too."""
    assert customer == load_accounting(dump_accounting(customer))
    assert customer == load_accounting(json.dumps(dump_accounting(customer)))


@given(cst.customer_responses())
def test_response_object_round_trip(record: Any) -> None:
    """Every generated record survives dump then load, through JSON text too."""
    assert record == load_response(dump_response(record))
    assert record == load_response(json.dumps(dump_response(record)))


@given(cst.accounting_customers())
def test_omit_none_round_trip(customer: Any) -> None:
    """Leaving out None keys loses nothing: missing keys load as None."""
    assert customer == load_accounting(dump_accounting(customer, omit_none=True))


def _known_keys() -> list[str]:
    from custbridge import strategies  # noqa: PLC0415 - the model list lives there

    return sorted(
        {key for cls in strategies.STRATEGIES for key in wire_names(cls).values()}
    )


def json_like() -> st.SearchStrategy[Any]:
    """JSON values whose objects often use the models' own keys."""
    keys = st.sampled_from(_known_keys()) | st.text(max_size=5)
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats()
        | st.text(max_size=12)
        | st.sampled_from(["2024-01-01", "2024-01-01T00:00:00Z", "netsuite", "a@b.de"])
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=8)
        ),
        max_leaves=30,
    )


def _total(load: Callable[..., Any], dump: Callable[..., Any], data: Any) -> None:
    """Load *data*: either a ValidationError, or an object that round-trips."""
    try:
        loaded = load(data)
    except ValidationError as error:
        problems = error.problems
        text = str(error)
    else:
        problems = ()
        text = ""
    if problems:
        assert all(p.path.startswith("$") for p in problems)
        lines = min(len(problems), 20) + (len(problems) > 20)  # 20, then a count
        assert text.count("\n") == lines - 1
        return
    dumped = dump(loaded)
    json.dumps(dumped, allow_nan=False)
    assert loaded == load(dumped)
    assert dumped == dump(load(dumped))


@given(st.sampled_from(SIDES), json_like())
def test_only_our_errors_escape_for_json_values(side: Any, data: Any) -> None:
    """Any JSON value loads or raises ValidationError, nothing else."""
    _total(*side, data)


@given(st.sampled_from(SIDES), st.text() | st.binary())
def test_only_our_errors_escape_for_text(side: Any, data: str | bytes) -> None:
    """Any text or bytes loads or raises ValidationError, nothing else."""
    _total(*side, data)


@given(st.sampled_from(SIDES), st.from_type(object))
def test_only_our_errors_escape_for_any_object(side: Any, data: object) -> None:
    """Any Python object at all loads or raises ValidationError, nothing else."""
    _total(*side, data)


@given(st.data())
def test_only_our_errors_escape_for_mutated_payloads(data: st.DataObject) -> None:
    """A valid payload with one value replaced by anything loads or is refused."""
    load, dump = data.draw(st.sampled_from(SIDES))
    payload = accounting() if load is load_accounting else response()
    target = payload
    while True:  # walk down to a random nested object
        key = data.draw(st.sampled_from(sorted(target)))
        if not isinstance(target[key], dict) or data.draw(st.booleans()):
            break
        target = target[key]
    target[key] = data.draw(json_like())
    _total(load, dump, payload)
    _total(load, dump, json.dumps(payload))
