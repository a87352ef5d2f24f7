"""The fast pass's generated structuring code agrees with the detailed pass.

The fast pass builds models without ``__init__`` (``converters/_fused.py``),
so nothing but these tests says that it checks what ``__init__`` checks. The
oracle is the detailed pass: cattrs' own generated code, each field's rule
beside its hook, and the models' ``__init__`` with every validator. For any
payload both must accept it and build equal objects, or both refuse it.
"""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hostile_payloads import planted
from hypothesis import given
from hypothesis import strategies as st

from custbridge import AccountingCustomer, CustomerResponse, accounting, response
from custbridge import strategies as cst
from custbridge._rules import RuleError, length_limits
from custbridge.converters import _hooks, _wire
from custbridge.converters._fused import IMPLIED, fused_structure
from custbridge.converters._names import names_of
from payloads import accounting as accounting_payload
from payloads import response as response_payload

MODELS = [accounting.AccountingCustomer, response.CustomerResponse]


def outcome(cls: type, data: Any, *, detailed: bool) -> tuple[type, str] | None:
    """Return the type and repr of what the pass builds, or None if it refuses."""
    try:
        built = _hooks.structure_hook(cls, False, detailed)(data, cls)  # noqa: FBT003
    except Exception:  # noqa: BLE001 - either pass refuses in its own way
        return None
    return type(built), repr(built)


def assert_agree(cls: type, data: Any) -> None:
    assert outcome(cls, data, detailed=False) == outcome(cls, data, detailed=True)


@st.composite
def thinned(draw: st.DrawFn) -> dict[str, Any]:
    """A valid payload, nested objects included, with some keys left out."""
    payload = draw(
        st.sampled_from([accounting_payload(), response_payload()])
        | cst.accounting_payloads()
        | cst.response_payloads()
    )

    def thin(value: Any) -> Any:
        if type(value) is not dict:
            return value
        kept = draw(
            st.sets(st.sampled_from(sorted(value))) if value else st.just(set())
        )
        return {key: thin(item) for key, item in value.items() if key in kept}

    return thin(payload)  # type: ignore[no-any-return]


@given(
    st.one_of(cst.accounting_payloads(), cst.response_payloads(), planted(), thinned())
)
def test_both_passes_accept_and_build_the_same(data: dict[str, Any]) -> None:
    """Valid payloads, with unknown keys, odd values planted anywhere, keys left out."""
    for cls in MODELS:
        assert_agree(cls, data)


@pytest.mark.parametrize(
    ("make", "cls", "required"),
    [
        (accounting_payload, AccountingCustomer, {"id", "name"}),
        (response_payload, CustomerResponse, set(response_payload()) - {
            "addresses", "b2b_or_b2c", "comment", "customer_status",
            "customer_type", "email", "tax_number"}),
    ],
)  # fmt: skip
def test_only_a_required_key_left_out_refuses(
    make: Any, cls: type, required: set[str]
) -> None:
    """Each key left out alone: refused if its field is required, else loaded."""
    for key in make():
        data = {k: v for k, v in make().items() if k != key}
        assert (outcome(cls, data, detailed=False) is None) == (key in required), key
        assert_agree(cls, data)


def _text_fields() -> list[tuple[type, str, int, int]]:
    """Every text field with a length rule, and its limits, over all models."""
    classes = [getattr(m, n) for m in (accounting, response) for n in m.__all__]
    return [
        (cls, field.name, *length_limits(cls, field.name))
        for cls in classes
        if attrs.has(cls)
        for field in attrs.fields(cls)
        if hasattr(getattr(field.validator, "check", None), "max_len")
    ]


def _payload_with(cls: type, wire: str, value: object) -> tuple[type, dict[str, Any]]:
    """Return (top model, a valid payload) with *value* at field *wire* of *cls*."""
    if cls is response.CustomerResponse:
        return cls, {**response_payload(), wire: value}
    top = response.CustomerResponse
    data = response_payload()
    address = copy.deepcopy(data["addresses"]["billing"])
    data["addresses"]["billing"] = {**address, wire: value}
    return top, data


TEXT_FIELDS = _text_fields()


def test_the_text_fields_are_found() -> None:
    """The table below is not empty: the limits of the tax engine's fields."""
    names = {(cls.__name__, name) for cls, name, _, _ in TEXT_FIELDS}
    assert ("CustomerResponse", "comment") in names
    assert ("AddressDto", "zip") in names


@pytest.mark.parametrize(("cls", "name", "low", "high"), TEXT_FIELDS)
@pytest.mark.parametrize(
    "make",
    [
        lambda limits: "x" * limits[1],
        lambda limits: "x" * (limits[1] + 1),
        lambda limits: "x" * max(limits[0] - 1, 0),
        lambda limits: "é" * limits[1],
        lambda limits: "é" * (limits[1] + 1),
        lambda _: "\ud800",
        lambda _: "a\udfffb",
        lambda _: "",
        lambda _: None,
        lambda _: 7,
        lambda limits: type("S", (str,), {})("x" * limits[1]),
        lambda limits: type("S", (str,), {})("x" * (limits[1] + 1)),
    ],
)
def test_text_limits_agree_at_each_boundary(
    cls: type, name: str, low: int, high: int, make: Any
) -> None:
    """At and past each length limit, empty, odd text and no text: the same answer."""
    top, data = _payload_with(cls, names_of(cls)[name], make((low, high)))
    assert_agree(top, data)


@pytest.mark.parametrize(
    ("make", "cls"),
    [(accounting_payload, AccountingCustomer), (response_payload, CustomerResponse)],
)
def test_the_generated_function_builds_what_init_builds(make: Any, cls: type) -> None:
    """Called alone on a payload of known keys, it builds what the detailed pass does."""
    conv = _hooks._converter()
    fused = fused_structure(cls, conv)
    data = make()
    assert repr(fused(data)) == outcome(cls, data, detailed=True)[1]  # type: ignore[index]
    assert fused(data) == cls(**attrs.asdict(fused(data), recurse=False))


@pytest.mark.parametrize(("parse", "rule"), sorted(IMPLIED, key=repr))
@given(data=st.data())
def test_a_rule_left_out_holds_for_whatever_its_parser_returns(
    parse: Any, rule: Any, data: st.DataObject
) -> None:
    """Every text the parser's grammar admits parses to a value that keeps the rule."""
    grammar = {
        _wire.parse_timestamp: _wire._TIMESTAMP,
        _wire.parse_date: _wire._CALENDAR,
    }
    text = data.draw(st.from_regex(grammar[parse], fullmatch=True))
    try:
        value = parse(text)
    except RuleError:  # a day, hour or minute out of range: refused, no value
        return
    rule(value)


def _required_keys() -> list[tuple[Any, type, str]]:
    """Every required field's wire name, with the payload and model it is in."""
    return [
        (make, cls, names_of(cls)[field.name])
        for make, cls in ((accounting_payload, AccountingCustomer),
                          (response_payload, CustomerResponse))
        for field in attrs.fields(cls)
        if field.default is attrs.NOTHING
    ]  # fmt: skip


@pytest.mark.parametrize(("make", "cls", "key"), _required_keys())
def test_null_in_a_required_field_is_refused(make: Any, cls: type, key: str) -> None:
    """A required field given as null is no value: refused by both passes."""
    data = {**make(), key: None}
    assert outcome(cls, data, detailed=False) is None
    assert_agree(cls, data)


def test_the_code_is_generated_once_per_class() -> None:
    """Each model's function is made once and shared by every model that nests it."""
    conv = _hooks._converter()
    assert fused_structure(response.AddressDto, conv) is fused_structure(
        response.AddressDto, conv
    )
