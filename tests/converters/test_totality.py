"""Totality: for any Python value, only custbridge errors escape, and are short.

The values come from :mod:`hostile`; their methods raise inside ``armed()``,
which is where the functions under test run and their messages are rendered.
The loaders run twice as many examples as the profile says (they are the
surface a payload reaches); ``HYPOTHESIS_PROFILE=heavy`` makes that about
90,000 examples over this module.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import attrs
import hostile_payloads as hostile
import pytest
from hostile_payloads import anything, armed, planted, scalars, values
from hypothesis import given, settings
from hypothesis import strategies as st

from custbridge import (
    CustbridgeError,
    ValidationError,
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge import strategies as cst
from custbridge.converters import load_value, wire_names
from payloads import accounting, response

MESSAGE_LIMIT = 6_400
"""Characters: 20 problems of at most 300 characters, and a closing line."""
LOADERS = [(load_accounting, dump_accounting), (load_response, dump_response)]
flags = st.booleans() | scalars
options = st.fixed_dictionaries(
    {}, optional={"forbid_extra": flags, "drop_invalid": flags, "with_report": flags}
)


def as_text(payload: Any) -> str:
    """JSON text of *payload*, keeping what JSON can say (lone surrogates too)."""
    try:
        return json.dumps(payload, default=repr, skipkeys=True)
    except (ValueError, RecursionError):  # too deep, or an int too long
        return "{}"


json_text = st.one_of(
    planted().map(as_text),
    st.text(st.sampled_from('{}[]":,0123456789.eE-+ \\ud800nultrfase')),
    st.binary(max_size=40),
    hostile.surrogates,
)
SOURCES = {"values": values, "payloads": planted(), "text": json_text}
twice = settings(max_examples=2 * settings.default.max_examples)


@dataclasses.dataclass
class Outcome:
    """What a call did: its result, or the custbridge error and its message."""

    result: Any = None
    error: CustbridgeError | None = None
    message: str = ""


def call(fn: Any, *args: Any, **kwargs: Any) -> Outcome:
    """Call *fn* armed; a custbridge error is rendered armed too, and checked."""
    with armed():
        try:
            return Outcome(result=fn(*args, **kwargs))
        except CustbridgeError as error:
            outcome = Outcome(error=error, message=str(error))
    assert len(outcome.message) <= MESSAGE_LIMIT
    assert outcome.message == outcome.message.encode("utf-8").decode("utf-8")
    return outcome


@pytest.mark.parametrize("source", sorted(SOURCES))
@pytest.mark.parametrize(("load", "dump"), LOADERS, ids=["accounting", "response"])
@twice
@given(data=st.data())
def test_loaders_are_total(load: Any, dump: Any, source: str, data: Any) -> None:
    """A load refuses with a ValidationError, or its object dumps as plain JSON."""
    payload = data.draw(SOURCES[source], label="payload")
    kwargs = data.draw(options, label="options")
    outcome = call(load, payload, **kwargs)
    if outcome.error is not None:
        assert isinstance(outcome.error, ValidationError)
        return
    loaded = outcome.result[0] if kwargs.get("with_report") else outcome.result
    written = call(dump, loaded)
    assert written.error is None
    text = json.dumps(written.result, allow_nan=False)
    assert loaded == load(text)


MODELS = (load_accounting(accounting()), load_response(response()))


def forged(draw: st.DrawFn) -> Any:
    """A full model with one attribute forced to any value past its checks."""
    obj = copy.deepcopy(draw(st.sampled_from(MODELS)))
    target = obj
    while True:  # walk down to a random nested object
        name = draw(st.sampled_from([a.name for a in attrs.fields(type(target))]))
        inner = getattr(target, name)
        if not attrs.has(type(inner)) or draw(st.booleans()):
            break
        target = inner
    object.__setattr__(target, name, draw(values))
    return obj


@pytest.mark.parametrize("source", ["anything", "forged"])
@pytest.mark.parametrize("dump", [dump_accounting, dump_response])
@given(data=st.data())
def test_dumps_are_total(dump: Any, source: str, data: Any) -> None:
    """A dump refuses with a ValidationError, or returns a dict."""
    obj = data.draw(anything if source == "anything" else st.composite(forged)())
    omit_none = data.draw(flags, label="omit_none")
    outcome = call(dump, obj, omit_none=omit_none)
    assert isinstance(outcome.error, ValidationError) or type(outcome.result) is dict


KINDS = [uuid.UUID, dt.datetime, dt.date, Decimal, str, bool]


@given(kind=st.sampled_from(KINDS) | scalars, value=anything)
def test_load_value_is_total(kind: Any, value: Any) -> None:
    """load_value returns a value of the kind, or a ValidationError."""
    outcome = call(load_value, kind, value)
    if outcome.error is None:
        assert isinstance(outcome.result, kind)
    else:
        assert isinstance(outcome.error, ValidationError)


@given(cls=st.sampled_from(sorted(cst.STRATEGIES, key=repr)) | scalars)
def test_wire_names_is_total(cls: Any) -> None:
    """wire_names maps attribute names to wire names, or raises ValidationError."""
    outcome = call(wire_names, cls)
    if outcome.error is None:
        assert all(type(k) is type(v) is str for k, v in outcome.result.items())
    else:
        assert isinstance(outcome.error, ValidationError)
