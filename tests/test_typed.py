"""Typed construction: a model never holds a value of the wrong type."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import types
import typing
import uuid
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import custbridge
from custbridge import (
    AccountingAddress,
    AccountingCustomer,
    Action,
    AddressContact,
    AddressDto,
    ContactAddress,
    CorporateAddress,
    CustomerAddresses,
    CustomerResponse,
    CustomerType,
    DataSource,
    MappingReport,
    PaymentTerms,
    PrimaryContact,
    RelatedCompany,
    ReportItem,
    ValidationError,
    dump_accounting,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge import strategies as cst
from custbridge._extras import NO_EXTRAS
from custbridge._typed import fast_init, slot_setter
from hostile import HostileStr, hostile_values
from payloads import accounting as accounting_payload
from payloads import response as response_payload

UTC = dt.timezone.utc
STAMP = dt.datetime(2024, 1, 1, tzinfo=UTC)
RESPONSE = {
    "id": uuid.UUID(int=1), "tenant_id": uuid.UUID(int=2), "source": DataSource.ZOHO_BOOKS,
    "external_id": "C-1", "name": "Acme", "created_at": STAMP, "updated_at": STAMP,
    "external_created_at": STAMP, "external_updated_at": STAMP,
}  # fmt: skip
REPORT_ITEM = {"path": "$.x", "action": Action.DROPPED, "reason": "why"}
# The fewest valid arguments of each public model class.
MINIMAL: dict[type, dict[str, Any]] = {
    AccountingCustomer: {"id": "C-1", "name": "Acme"},
    CustomerResponse: RESPONSE,
    ReportItem: REPORT_ITEM,
}
MODELS = sorted(
    (
        getattr(custbridge, name)
        for name in custbridge.__all__
        if attrs.has(getattr(custbridge, name))
        and getattr(custbridge, name).__module__.rsplit(".", 1)[-1]
        in ("accounting", "response", "report")
    ),
    key=lambda cls: cls.__name__,
)


def test_every_public_model_is_covered() -> None:
    """The properties below run over all twelve public model classes."""
    expected = [
        AccountingAddress, AccountingCustomer, AddressContact, AddressDto,
        ContactAddress, CorporateAddress, CustomerAddresses, CustomerResponse,
        MappingReport, PaymentTerms, PrimaryContact, RelatedCompany, ReportItem,
    ]  # fmt: skip
    assert expected == MODELS


def response(**changes: Any) -> CustomerResponse:
    return CustomerResponse(**(RESPONSE | changes))


class Text(str):
    """A harmless str subclass, as an enum-like or typed-id class would be."""

    __slots__ = ()


class Currency(str, enum.Enum):
    EUR = "EUR"


WRONG = [
    ("the issue's id and active",
     lambda: AccountingCustomer(id=1, name="Acme", active="yes"),
     'id: must be a string (got: 1)\nactive: must be true or false (got: "yes")'),
    ("the issue's contact", lambda: AccountingCustomer(id="C", name="N", contact="notacontact"),
     'contact: must be a PrimaryContact (got: "notacontact")'),
    ("the issue's response", lambda: response(tenant_id="x", source="netsuite", customer_type="zzz"),
     'tenant_id: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: "x")\n'
     'customer_type: must be one of "retail", "marketplace", "reseller" (got: "zzz")'),
    ("bool for str", lambda: AccountingCustomer(id="C", name=True),
     "name: must be a string (got: true)"),
    ("int for bool", lambda: AccountingCustomer(id="C", name="N", active=1),
     "active: must be true or false (got: 1)"),
    ("int for money", lambda: AccountingCustomer(id="C", name="N", credit_limit=500),
     "credit_limit: must be a Decimal (got: 500)"),
    ("bool for money", lambda: AccountingCustomer(id="C", name="N", credit_limit=True),
     "credit_limit: must be a Decimal (got: true)"),
    ("None for a required field", lambda: AccountingCustomer(id=None, name="N"),
     "id: must be a string (got: null)"),
    # Every field given of one kind: the generated __init__'s fast test of
    # each field must hold alone (one wrong test would accept them all).
    ("bool for str, every field", lambda: PaymentTerms(id=True, name=False),
     "id: must be a string (got: true)\nname: must be a string (got: false)"),
    ("a date for str, every field", lambda: RelatedCompany(id=dt.date(2024, 1, 1)),
     'id: must be a string (got: "datetime.date(2024, 1, 1)")'),
    ("a datetime for str, every field", lambda: RelatedCompany(name=STAMP),
     'name: must be a string (got: "datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timez…")'),
    ("a date for a nested model", lambda: PrimaryContact(address=dt.date(2024, 1, 1)),
     'address: must be a ContactAddress (got: "datetime.date(2024, 1, 1)")'),
    ("a date for a UUID", lambda: response(id=dt.date(2024, 1, 1)),
     'id: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: "datetime.date(2024, 1, 1)")'),
    ("a length limit on the fast path", lambda: AddressDto(zip="1" * 21),
     'zip: must be at most 20 characters long (it has 21) (got: "111111111111111111111")'),
    ("an email rule on the fast path", lambda: response(email="no email"),
     'email: is not a valid email address: An email address must have an @-sign'
     ' (got: "no email")'),
    ("str for bool, every field", lambda: AddressDto(is_partial="True"),
     'is_partial: must be true or false (got: "True")'),
    ("a nested subclass", lambda: AccountingCustomer(id="C", name="N", parent=PaymentTerms()),
     'parent: must be a RelatedCompany (got: "PaymentTerms(id=None, name=None, extras={})")'),
    ("a UUID in braces", lambda: response(id="{00000000-0000-0000-0000-000000000001}"),
     'id: must be a UUID (8-4-4-4-12 hexadecimal digits)'
     ' (got: "{00000000-0000-0000-0000-000000000001}")'),
    ("bytes for a UUID", lambda: response(id=b"ab"),
     'id: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: "b\'ab\'")'),
    ("another enum's member", lambda: response(customer_status=CustomerType.RETAIL),
     'customer_status: must be one of "active", "inactive", "suspended" (got: "retail")'),
    ("an enum's name", lambda: response(source="NETSUITE"),
     'source: must be one of "netsuite", "priority", "zoho_books", "quickbooks",'
     ' "salesforce" (got: "NETSUITE")'),
    ("a date for a timestamp", lambda: response(created_at=dt.date(2024, 1, 1)),
     'created_at: must be a datetime (got: "datetime.date(2024, 1, 1)")'),
    ("a list of items", lambda: MappingReport(items=[ReportItem(**REPORT_ITEM)]),
     "items: must be a tuple of ReportItem items"
     ' (got: ["ReportItem(path=\'$.x\', action=<Action.DROPPED: \'dropped\'…])'),
    ("an unknown action", lambda: ReportItem("$.x", "lost", "why"),
     'action: must be one of "dropped", "truncated", "normalised", "defaulted",'
     ' "invalid" (got: "lost")'),
    ("a hostile object", lambda: AddressDto(city=HostileObjectForTest()),
     'city: must be a string (got: "<HostileObjectForTest>")'),
    ("extras not a dict", lambda: AddressDto(extras=[1]),
     "extras: must be a dict (got: [1])"),
    ("extras and a field", lambda: AddressDto(is_partial="no", extras={1: 2}),
     'is_partial: must be true or false (got: "no")\n'
     "extras: has a key that is not a string (got: 1)"),
    ("a time zone that fails", lambda: response(created_at=dt.datetime(2024, 1, 1, tzinfo=BrokenZone())),
     "created_at: has a time zone whose utcoffset() fails"
     ' (got: "datetime.datetime(2024, 1, 1, 0, 0, tzinfo=<BrokenZone>)")'),
    # A lone surrogate: Python allows it in a str, the loaders refuse it (found by
    # the heavy profile: built, dumped, and then refused by load_accounting).
    ("a lone surrogate", lambda: AccountingAddress(id="\ud800"),
     'id: is not valid Unicode text: it has a lone surrogate (got: "\\ud800")'),
    ("a lone surrogate after text", lambda: AddressDto(city="Köln\udfff"),
     'city: is not valid Unicode text: it has a lone surrogate (got: "Köln\\udfff")'),
    ("a lone surrogate in a subclass", lambda: response(name=HostileStr("\udc80")),
     'name: is not valid Unicode text: it has a lone surrogate (got: "\\udc80")'),
    ("evolve", lambda: attrs.evolve(AccountingCustomer(id="C", name="N"), active="yes"),
     'active: must be true or false (got: "yes")'),
]  # fmt: skip


class HostileObjectForTest:
    def __repr__(self) -> str:
        raise RuntimeError


class BrokenZone(dt.tzinfo):
    def utcoffset(self, _: object) -> dt.timedelta:
        raise RuntimeError

    def __repr__(self) -> str:
        return "<BrokenZone>"


@pytest.mark.parametrize(
    ("build", "expected"), [c[1:] for c in WRONG], ids=[c[0] for c in WRONG]
)
def test_wrong_types_are_refused(build: Any, expected: str) -> None:
    """A value of the wrong type raises ValidationError naming each attribute."""
    with pytest.raises(ValidationError) as info:
        build()
    assert expected == str(info.value)


CONVERTED = [
    ("an enum's value", lambda: response(source="netsuite").source, DataSource.NETSUITE),
    ("a UUID string", lambda: response(tenant_id="0000000A-0000-0000-0000-000000000002").tenant_id,
     uuid.UUID(int=(10 << 96) + 2)),
    ("a str subclass", lambda: type(AccountingCustomer(id=Text("C"), name="N").id), str),
    ("a str enum member", lambda: type(AccountingCustomer(id="C", name="N", currency=Currency.EUR).currency), str),
    ("a Decimal subclass", lambda: type(AccountingCustomer(id="C", name="N", credit_limit=Money("1.5")).credit_limit),
     Decimal),
    ("a datetime subclass", lambda: type(response(updated_at=Stamp(2024, 1, 1, tzinfo=UTC)).updated_at),
     dt.datetime),
    ("a date subclass", lambda: type(AccountingCustomer(id="C", name="N", end_date=Day(2024, 1, 1)).end_date),
     dt.date),
    ("an action's value", lambda: ReportItem("$.x", "dropped", "why").action, Action.DROPPED),
    ("extras None", lambda: AddressDto(extras=None).extras, {}),
]  # fmt: skip


class Money(Decimal):
    pass


class Stamp(dt.datetime):
    pass


class Day(dt.date):
    pass


@pytest.mark.parametrize(
    ("build", "expected"), [c[1:] for c in CONVERTED], ids=[c[0] for c in CONVERTED]
)
def test_unambiguous_values_are_converted(build: Any, expected: object) -> None:
    """Enum values, UUID strings and subclasses of the field's type are converted."""
    assert expected == build()


def test_a_hostile_str_subclass_is_copied() -> None:
    """A str subclass whose methods raise is stored as the plain string."""
    customer = AccountingCustomer(
        id=HostileStr("C-1"), name="N", extras={Text("k"): [HostileStr("v")]}
    )
    assert (str, "C-1", {"k": ["v"]}) == (
        type(customer.id),
        customer.id,
        customer.extras,
    )
    assert [str, str] == [type(k) for k in customer.extras] + [
        type(customer.extras["k"][0])
    ]


def _allowed(hint: Any, value: object) -> bool:
    """Whether *value* is exactly of the field type *hint* (no subclass)."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    args = typing.get_args(hint) if union else (hint,)
    if value is None:
        return type(None) in args
    kind = next(a for a in args if a is not type(None))
    if typing.get_origin(kind) is tuple:
        return type(value) is tuple
    if kind is dt.date:
        return type(value) in (dt.date, dt.datetime)
    return type(value) is kind


def _wrap(obj: Any) -> Any:
    """Put *obj* where it belongs in a top-level model, for a round trip."""
    places = {
        PrimaryContact: ("contact", None), ContactAddress: ("address", PrimaryContact),
        CorporateAddress: ("corporate_address", None), AccountingAddress: ("billing_address", None),
        AddressContact: ("contact", AccountingAddress), PaymentTerms: ("payment_terms", None),
        RelatedCompany: ("parent", None), AddressDto: ("billing", CustomerAddresses),
        CustomerAddresses: ("addresses", None),
    }  # fmt: skip
    while type(obj) in places:
        name, outer = places[type(obj)]
        if outer is None:
            outer = (
                CustomerResponse
                if type(obj) is CustomerAddresses
                else AccountingCustomer
            )
        obj = outer(**MINIMAL.get(outer, {}), **{name: obj})
    return obj


def _holds_its_types(obj: Any) -> None:
    hints = typing.get_type_hints(type(obj))
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if field.name == "extras":
            assert type(value) is dict or value is NO_EXTRAS
        else:
            assert _allowed(hints[field.name], value), field.name


def _round_trips(obj: Any) -> None:
    top = _wrap(obj)
    if type(top) is AccountingCustomer:
        assert top == load_accounting(dump_accounting(top))
    elif type(top) is CustomerResponse:
        assert top == load_response(dump_response(top))


@given(st.sampled_from(MODELS), st.data())
def test_only_our_errors_escape_construction(cls: type, data: st.DataObject) -> None:
    """Any values for any fields: the object holds its types, or ValidationError."""
    names = [f.name for f in attrs.fields(cls)]
    chosen = data.draw(
        st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True)
    )
    values = {name: data.draw(hostile_values()) for name in chosen}
    try:
        obj = cls(**(MINIMAL.get(cls, {}) | values))
    except ValidationError:
        return
    _holds_its_types(obj)
    _round_trips(obj)


@given(st.sampled_from(MODELS), st.data())
def test_only_our_errors_escape_evolve(cls: type, data: st.DataObject) -> None:
    """attrs.evolve checks as construction does."""
    name = data.draw(st.sampled_from([f.name for f in attrs.fields(cls)]))
    base = cls(**MINIMAL.get(cls, {}))
    try:
        obj = attrs.evolve(base, **{name: data.draw(hostile_values())})
    except ValidationError:
        return
    _holds_its_types(obj)
    _round_trips(obj)


def _loosen(value: Any, draw: Any) -> Any:  # noqa: PLR0911 - a return per kind
    """Write *value* as a program might: values for enums, strings for UUIDs."""
    if attrs.has(type(value)):
        return type(value)(**{
            f.name: _loosen(getattr(value, f.name), draw) for f in attrs.fields(type(value))
        })  # fmt: skip
    if isinstance(value, enum.Enum):
        return draw(st.sampled_from([value, value.value, Text(value.value)]))
    if isinstance(value, uuid.UUID):
        return draw(st.sampled_from([value, str(value), str(value).upper()]))
    if isinstance(value, str):
        return draw(st.sampled_from([value, Text(value)]))
    if isinstance(value, Decimal):
        return draw(st.sampled_from([value, Money(value)]))
    if isinstance(value, dt.datetime):
        return draw(
            st.sampled_from([value, Stamp.combine(value.date(), value.timetz())])
        )
    if isinstance(value, dt.date):
        return draw(st.sampled_from([value, Day(value.year, value.month, value.day)]))
    if isinstance(value, dict):
        return {_loosen(k, draw): _loosen(v, draw) for k, v in value.items()}
    return value


@given(cst.accounting_customers() | cst.customer_responses(), st.data())
def test_hand_built_objects_round_trip(original: Any, data: st.DataObject) -> None:
    """Built from loosely typed values, an object equals the original and round-trips."""
    built = _loosen(original, data.draw)
    assert original == built
    _holds_its_types(built)
    if type(built) is AccountingCustomer:
        assert built == load_accounting(dump_accounting(built))
    else:
        assert built == load_response(dump_response(built))


def test_an_empty_report_holds_a_tuple() -> None:
    """MappingReport's items are a tuple, checked item by item (no fast path)."""
    item = ReportItem(**REPORT_ITEM)
    assert ((), (item,)) == (MappingReport().items, MappingReport(items=(item,)).items)


def test_decimal_context_does_not_matter() -> None:
    """A Decimal subclass is copied exactly, whatever the context's precision."""
    with decimal.localcontext(decimal.Context(prec=2)):
        limit = AccountingCustomer(
            id="C", name="N", credit_limit=Money("1234.5")
        ).credit_limit
    assert Decimal("1234.5") == limit


class Id(uuid.UUID):
    __slots__ = ()


class Number(int):
    __slots__ = ()


class OddKey(str):
    """A str subclass whose hash differs from its text's, so a dict holds it twice."""

    __slots__ = ()

    def __hash__(self) -> int:
        return 1

    def __eq__(self, other: object) -> bool:
        return other is self


def test_subclasses_in_extras_and_uuids_are_copied() -> None:
    """A UUID subclass becomes a UUID; an int subclass in extras a plain int."""
    record = response(id=Id(int=7), extras={"n": Number(3)})
    assert (uuid.UUID, 7, int) == (
        type(record.id),
        record.id.int,
        type(record.extras["n"]),
    )


def test_a_broken_uuid_subclass_is_refused() -> None:
    """A UUID subclass whose value was never set is not a UUID."""
    with pytest.raises(ValidationError) as info:
        response(id=Id.__new__(Id))
    assert str(info.value).startswith(
        "id: must be a UUID (8-4-4-4-12 hexadecimal digits)"
    )


def test_a_key_twice_in_extras_is_refused() -> None:
    """Two keys with the same text (one a str subclass) cannot both be kept."""
    with pytest.raises(ValidationError) as info:
        AddressDto(extras={OddKey("a"): 1, "a": 2})
    assert 'extras: has a key twice (as a str subclass) (got: "a")' == str(info.value)


def test_a_broken_time_zone_on_an_accounting_date() -> None:
    """A tzinfo whose utcoffset() raises is a rule broken, not a crash."""
    with pytest.raises(ValidationError) as info:
        AccountingCustomer(
            id="C", name="N", end_date=dt.datetime(2024, 1, 1, tzinfo=BrokenZone())
        )
    assert str(info.value).startswith(
        "end_date: has a time zone whose utcoffset() fails"
    )


FAST = [cls for cls in MODELS if hasattr(cls.__init__, "__wrapped__")]
"""The models whose ``__init__`` is generated (``_typed.fast_init``)."""
LIMITS = st.sampled_from(
    ["x" * n for n in (1, 20, 21, 50, 51, 100, 101, 200, 201, 256, 257)]
    + ["é" * 21, "", "a\ud800", Decimal("1E15"), Decimal("NaN"), Decimal("0.1")]
    + [dt.datetime(2024, 1, 1), dt.date(2024, 1, 1), "anna@acme.de", "no email"]
)


def _built(build: Any) -> tuple[str, str]:
    """Return what *build* did: ("ok", repr of the object) or the error's type and text."""
    try:
        return "ok", repr(build())
    except Exception as error:  # noqa: BLE001 - compared, whatever it is
        return type(error).__name__, str(error)


def test_the_models_have_a_generated_init() -> None:
    """Every model of both sides, not the report's classes."""
    assert {cls.__module__ for cls in FAST} == {
        "custbridge.accounting",
        "custbridge.response",
    }
    assert len(FAST) == 11


@pytest.mark.parametrize("cls", FAST, ids=lambda cls: cls.__name__)
# A quarter of the profile's examples for each of the eleven classes: drawing
# whole valid models is slow, and the classes share the generator's code.
@settings(max_examples=max(10, settings().max_examples // 4))
@given(data=st.data())
def test_the_generated_init_builds_what_attrs_init_builds(
    cls: type, data: st.DataObject
) -> None:
    """Valid, odd and hostile values, at and past the limits: the same object or error."""
    valid = attrs.asdict(data.draw(cst.STRATEGIES[cls]()), recurse=False)
    names = sorted(valid)
    chosen = data.draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
    values = valid | {n: data.draw(hostile_values() | LIMITS) for n in chosen}

    def by_attrs() -> object:
        made = object.__new__(cls)
        cls.__init__.__wrapped__(made, **values)
        return made

    assert _built(lambda: cls(**values)) == _built(by_attrs)


def test_the_generated_init_keeps_the_signature() -> None:
    """Keyword-only, the same names, defaults and annotations: what tools read."""
    import inspect  # noqa: PLC0415 - this test's own need

    for cls in FAST:
        ours = inspect.signature(cls).parameters.values()
        attrs_own = inspect.signature(cls.__init__.__wrapped__).parameters.values()
        assert list(ours) == list(attrs_own)[1:]  # but self
        assert cls.__init__.__annotations__ == cls.__init__.__wrapped__.__annotations__


def test_a_class_without_slots_is_filled_in_too() -> None:
    """A dict class has no slot descriptors: its attributes are set all the same."""

    @attrs.frozen(slots=False)
    class Plain:
        name: str

    made = object.__new__(Plain)
    slot_setter(Plain, "name")(made, "x")
    assert made == Plain(name="x")


def test_a_default_other_than_none_is_refused_when_the_class_is_made() -> None:
    """The generated ``__init__`` knows None alone as a default: no silent other."""

    class Odd:
        count: int = 0

    with pytest.raises(TypeError, match=r"^Odd.count: only None may be a default$"):
        fast_init(attrs.frozen(kw_only=True)(Odd))


@pytest.mark.parametrize("extras", [{}, {"kept": 1}])
@pytest.mark.parametrize(
    ("make", "field", "expected"),
    [
        (lambda: load_accounting(accounting_payload()), "id",
         "id: must be a string (got: null)"),
        (lambda: load_response(response_payload()), "tenant_id",
         "tenant_id: must be a UUID (8-4-4-4-12 hexadecimal digits) (got: null)"),
    ],
)  # fmt: skip
def test_none_for_a_required_field_is_refused_when_all_others_are_set(
    make: Any, field: str, expected: str, extras: dict[str, Any]
) -> None:
    """With no optional field left None, a None must still fail its own test.

    With unknown keys too: then attrs' own ``__init__`` and its type check decide.
    """
    full = make()
    filled = {
        f.name: FILLERS[f.name] for f in attrs.fields(type(full))
        if getattr(full, f.name) is None
    }  # fmt: skip
    full = attrs.evolve(full, **filled)
    assert all(getattr(full, f.name) is not None for f in attrs.fields(type(full)))
    with pytest.raises(ValidationError) as info:
        attrs.evolve(full, **{field: None, "extras": extras})
    assert expected == str(info.value)


FILLERS = {
    "end_date": dt.date(2024, 1, 1),
    "shipping_address": AccountingAddress(),
    "subsidiary": RelatedCompany(),
}
"""Valid values for the fields the full payloads leave null."""


@pytest.mark.parametrize("extras", [None, {"kept": [1, {"a": None}]}])
def test_equal_models_hash_alike_whatever_their_extras(extras: Any) -> None:
    """Models are frozen values, usable as keys; extras, a dict, is not hashed."""
    one, two = (
        AddressDto(city="Köln", extras=extras),
        AddressDto(city="Köln", extras=extras),
    )
    assert (one == two, hash(one) == hash(two)) == (True, True)
    assert {one: "x"}[two] == "x"


def test_a_rule_other_than_a_length_is_run_on_the_fast_path() -> None:
    """A class whose one field has such a rule: a value of the right type breaking it."""
    from custbridge._rules import aware, rule  # noqa: PLC0415 - this test's own need

    @fast_init
    @attrs.frozen(kw_only=True)
    class Stamped:
        at: dt.datetime | None = attrs.field(default=None, validator=rule(aware))

    with pytest.raises(ValidationError) as info:
        Stamped(at=dt.datetime(2024, 1, 1))
    assert "at: must carry a UTC offset (Z or ±HH:MM) (got:" in str(info.value)
    assert Stamped(at=STAMP).at is STAMP
