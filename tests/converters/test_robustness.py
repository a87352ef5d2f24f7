"""Unusual input to the converters: only custbridge errors, with bounded messages."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest

from custbridge import (
    AccountingCustomer,
    PaymentTerms,
    ValidationError,
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge.converters import load_value, wire_names
from payloads import accounting, changed

UNKNOWN = "is not a known field (loaded with forbid_extra=True)"


class Hostile:
    """A value whose every rendering fails."""

    def __repr__(self) -> str:
        raise RuntimeError

    __str__ = __repr__

    def __hash__(self) -> int:
        raise RuntimeError


class OddStr(str):
    """A string whose own methods fail once armed; its text is what counts."""

    __slots__ = ()
    armed = False

    def __hash__(self) -> int:
        if OddStr.armed:
            raise RuntimeError
        return str.__hash__(self)

    def __eq__(self, other: object) -> bool:
        if OddStr.armed:
            raise RuntimeError
        return str.__eq__(self, other)

    def __str__(self) -> str:
        raise RuntimeError

    __repr__ = __str__


def message(call: Any, *args: Any, **kwargs: Any) -> str:
    """Return the message of the ValidationError that *call* raises."""
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return str(info.value)


@pytest.mark.parametrize(
    ("call", "args", "expected"),
    [
        (load_accounting, ([{(1,): 1}],),
         "$: must be a JSON object, or JSON text of one (got: <list>)"),
        (dump_accounting, ({(1,): 1},),
         "$: must be an AccountingCustomer, not a dict value (got: <dict>)"),
        (dump_response, (Hostile(),),
         '$: must be a CustomerResponse, not a Hostile value (got: "<Hostile>")'),
        (load_accounting, ({"id": Hostile(), "name": "N"},),
         '$.id: must be a string (got: "<Hostile>")'),
        (load_accounting, ({"id": "C", "name": "N", (1,): 1},),
         "$: has a key that is not a string (got: [1])"),
        (load_accounting, ({"id": "C", "name": "N", "tags": {(1,): 1}},),
         "$.tags: has a key that is not a string (got: [1])"),
        (load_accounting, ({"id": "\ud800", "name": "N"},),
         '$.id: is not valid Unicode text: it has a lone surrogate (got: "\\ud800")'),
        (load_accounting, ('{"id": "C", "name": "x\\udfff"}',),
         "$.name: is not valid Unicode text: it has a lone surrogate"
         ' (got: "x\\udfff")'),
        (load_accounting, ({"id": "C", "name": "N", "creditLimit": "1E999999999"},),
         '$.creditLimit: must be between -10^15 and 10^15 (got: "1E999999999")'),
        (load_accounting, ({"id": "C", "name": "N", "creditLimit": -(10**5000)},),
         "$.creditLimit: must be between -10^15 and 10^15 (got: <int>)"),
        (load_accounting, ({"id": "C", "name": "N", "big": [2**14001]},),
         "$.big[0]: must be an integer below 2^14000 (JSON text of a longer one is"
         " not read back) (got: 5259800734650623560778682586881442644455543103163463669102…)"),
        (load_response, ({"id": 10**40},),
         "$.id: must be a UUID (8-4-4-4-12 hexadecimal digits)"
         " (got: 10000000000000000000000000000000000000000)"),
    ],
    ids=["list with a tuple key", "dump a dict with a tuple key", "hostile dump",
         "hostile value", "tuple key", "nested tuple key", "lone surrogate",
         "escaped surrogate", "money overflow", "huge int", "huge unknown int",
         "big int"],
)  # fmt: skip
def test_unusual_values_get_a_message(call: Any, args: Any, expected: str) -> None:
    """Each gets a ValidationError with its exact message, never another error."""
    assert expected == message(call, *args).split("\n")[0]


def test_a_mapping_that_fails_when_read_is_named() -> None:
    """A safety net names the exception's type, never its text."""

    class Broken(dict[str, Any]):
        def items(self) -> Any:
            raise RuntimeError(Hostile())

        def keys(self) -> Any:
            raise RuntimeError

    payload = Broken(id="C", name="N", x=1)
    assert "$: could not be read (it raised RuntimeError)" == message(
        load_accounting, payload
    )


def test_an_object_forced_past_its_checks_is_refused() -> None:
    """dump_* turns any failure of a forged object into a ValidationError."""
    customer = AccountingCustomer(id="C", name="N")
    object.__setattr__(customer, "payment_terms", "net 30")
    assert "$: could not be written (it raised AttributeError)" == message(
        dump_accounting, customer
    )


def test_str_subclasses_load_as_plain_strings() -> None:
    """Keys and values of a str subclass are read as their text."""
    payload = {
        OddStr("id"): OddStr("C"),
        "name": "N",
        "creditLimit": OddStr("5"),
        OddStr("x"): {OddStr("y"): 1},
    }
    OddStr.armed = True
    try:
        customer = load_accounting(payload)
    finally:
        OddStr.armed = False
    assert (
        AccountingCustomer(
            id="C", name="N", credit_limit=Decimal(5), extras={"x": {"y": 1}}
        )
        == customer
    )
    assert (str, str) == (type(customer.id), type(next(iter(customer.extras))))
    response = load_response(
        changed(load_response_payload(), "source", OddStr("netsuite"))
    )
    assert "netsuite" == response.source.value


def test_unknown_values_of_subclasses_are_kept_as_plain_values() -> None:
    """extras hold plain JSON values: a str, int or float subclass is copied plain."""

    class Text(str):
        __slots__ = ()

    class Whole(int):
        pass

    class Real(float):
        pass

    customer = load_accounting(
        {
            "id": "C",
            "name": "N",
            "x": [Text("a"), Whole(2), Real(0.5), True, -(10**400)],
        }
    )
    assert {"x": ["a", 2, 0.5, True, -(10**400)]} == customer.extras
    assert [str, int, float, bool, int] == [type(v) for v in customer.extras["x"]]  # type: ignore[union-attr]


def load_response_payload() -> dict[str, Any]:
    from payloads import response  # noqa: PLC0415 - one test needs it

    return response()


def test_a_huge_unknown_key_gives_a_short_message() -> None:
    """A 1 MB key is cut in the path as values are."""
    payload = changed(accounting(), "k" * 10**6, 1)
    expected = f"$['{'k' * 59}…']: {UNKNOWN} (got: 1)"
    assert expected == message(load_accounting, payload, forbid_extra=True)


def test_sixty_thousand_problems_are_all_kept_and_few_shown() -> None:
    """Every problem is in .problems; the message lists 20 and counts the rest."""
    payload = accounting() | {f"k{i:05}": i for i in range(60_000)}
    with pytest.raises(ValidationError) as info:
        load_accounting(payload, forbid_extra=True)
    error = info.value
    lines = str(error).split("\n")
    assert 60_000 == len(error.problems)
    assert f"$.k00019: {UNKNOWN} (got: 19)" == lines[19]
    assert "… and 59980 more problems (see the error's problems)" == lines[20]
    assert 21 == len(lines)
    assert f"$.k59999: {UNKNOWN} (got: 59999)" == str(error.problems[-1])


@pytest.mark.parametrize(
    ("call", "kwargs", "expected"),
    [
        (load_accounting, {"data": {}, "forbid_extra": "yes"},
         'forbid_extra: must be True or False (got: "yes")'),
        (load_accounting, {"data": {}, "drop_invalid": 1},
         "drop_invalid: must be True or False (got: 1)"),
        (load_response, {"data": {}, "with_report": None},
         "with_report: must be True or False (got: null)"),
        (dump_accounting, {"customer": AccountingCustomer(id="C", name="N"),
                           "omit_none": []},
         "omit_none: must be True or False (got: [])"),
        (dump_response, {"response": None, "omit_none": 0},
         "omit_none: must be True or False (got: 0)"),
        (load_value, {"kind": Hostile(), "value": 1},
         "kind: must be one of the wire's scalar types (UUID, datetime, date, ...)"
         ' (got: "<Hostile>")'),
        (load_value, {"kind": [], "value": 1},
         "kind: must be one of the wire's scalar types (UUID, datetime, date, ...)"
         " (got: [])"),
        (wire_names, {"cls": dict},
         "cls: must be one of custbridge's model classes (AccountingCustomer, ...)"
         ' (got: "<class \'dict\'>")'),
        (wire_names, {"cls": Hostile()},
         "cls: must be one of custbridge's model classes (AccountingCustomer, ...)"
         ' (got: "<Hostile>")'),
    ],
    ids=["forbid_extra", "drop_invalid", "with_report", "omit_none", "omit_none 0",
         "hostile kind", "list kind", "not a model", "hostile class"],
)  # fmt: skip
def test_arguments_of_the_wrong_type_are_named(
    call: Any, kwargs: dict[str, Any], expected: str
) -> None:
    """A wrong argument gets a ValidationError naming it."""
    assert expected == message(call, **kwargs)


def test_wire_names_is_a_copy() -> None:
    """Changing the returned mapping changes nothing for the next caller."""
    names = wire_names(PaymentTerms)
    names["id"] = "changed"
    assert {"id": "id", "name": "name"} == wire_names(PaymentTerms)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (str, "x\ud800", "$: is not valid Unicode text: it has a lone surrogate"
         ' (got: "x\\ud800")'),
        (uuid.UUID, Hostile(), '$: must be a UUID (8-4-4-4-12 hexadecimal digits)'
         ' (got: "<Hostile>")'),
        (dt.date, float("nan"), "$: must be a date (YYYY-MM-DD) or a date-time"
         " (YYYY-MM-DDTHH:MM:SS, then optional .ffffff, then optional Z or ±HH:MM)"
         " (got: NaN)"),
    ],
)  # fmt: skip
def test_load_value_refuses_unusual_values(
    kind: type, value: object, expected: str
) -> None:
    """load_value says which rule, for any value."""
    assert expected == message(load_value, kind, value)


def test_messages_encode_as_utf8() -> None:
    """A lone surrogate in a key or a value is shown escaped."""
    payload = changed(accounting(), "\ud800", "\udc00")
    text = message(load_accounting, payload, forbid_extra=True)
    assert f"$['\\ud800']: {UNKNOWN} (got: \"\\udc00\")" == text
    assert text == text.encode().decode()
    assert {"\ud800": "\udc00"} == load_accounting(payload).extras
    assert '"\\ud800": "\\udc00"' in json.dumps(
        dump_accounting(load_accounting(payload))
    )
