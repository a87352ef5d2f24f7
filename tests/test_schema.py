"""json_schema: valid draft 2020-12, and in agreement with the loaders both ways."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

from custbridge import (
    AccountingCustomer,
    ArgumentError,
    CustomerResponse,
    ValidationError,
    json_schema,
    load_accounting,
    load_response,
)
from custbridge import strategies as cst
from hostile import hostile_values
from payloads import accounting, changed, response

LOADERS = {AccountingCustomer: load_accounting, CustomerResponse: load_response}


def validator(cls: type, *, forbid_extra: bool = False) -> Draft202012Validator:
    return Draft202012Validator(
        json_schema(cls, forbid_extra=forbid_extra),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


@pytest.mark.parametrize("cls", [AccountingCustomer, CustomerResponse])
@pytest.mark.parametrize("forbid_extra", [False, True])
def test_schemas_are_valid_draft_2020_12(cls: type, forbid_extra: bool) -> None:
    """The exported schemas pass the draft 2020-12 metaschema."""
    Draft202012Validator.check_schema(json_schema(cls, forbid_extra=forbid_extra))


WRONG_ARGUMENTS = [
    ((dict,), {}, 'cls: must be AccountingCustomer or CustomerResponse (the class'
     ' itself) (got: "<class \'dict\'>")'),
    (("x",), {}, 'cls: must be AccountingCustomer or CustomerResponse (the class'
     ' itself) (got: "x")'),
    ((CustomerResponse,), {"forbid_extra": "yes"},
     'forbid_extra: must be true or false (got: "yes")'),
]  # fmt: skip


@pytest.mark.parametrize(("args", "kwargs", "expected"), WRONG_ARGUMENTS)
def test_only_the_two_models_have_a_schema(
    args: tuple[Any, ...], kwargs: dict[str, Any], expected: str
) -> None:
    """Asking for the schema of anything else is an ArgumentError (a ValueError)."""
    with pytest.raises(ArgumentError) as info:
        json_schema(*args, **kwargs)
    assert (expected, True) == (str(info.value), isinstance(info.value, ValueError))


@given(hostile_values(), hostile_values())
def test_only_our_errors_escape_json_schema(cls: Any, forbid_extra: Any) -> None:
    """Whatever the arguments, json_schema raises only ArgumentError."""
    with pytest.raises(ArgumentError):
        json_schema(cls, forbid_extra=forbid_extra)


@given(cst.accounting_payloads())
def test_dumped_accounting_payloads_validate(payload: dict[str, Any]) -> None:
    """Every payload dumped from the strategies is valid under the schema."""
    validator(AccountingCustomer).validate(payload)


@given(cst.response_payloads())
def test_dumped_response_payloads_validate(payload: dict[str, Any]) -> None:
    """Every payload dumped from the strategies is valid under the schema."""
    validator(CustomerResponse).validate(payload)


SCHEMA_SETTINGS = settings(
    # Each instance is a whole record, about a second to make: an eighth of the
    # profile's count (12 a case in CI, 625 in the heavy profile).
    max_examples=max(settings().max_examples // 8, 3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.mark.slow
@pytest.mark.parametrize("forbid_extra", [False, True])
@pytest.mark.parametrize("cls", [AccountingCustomer, CustomerResponse])
@SCHEMA_SETTINGS
@given(data=st.data())
def test_instances_of_the_schema_load(
    cls: type, forbid_extra: bool, data: st.DataObject
) -> None:
    """Every instance hypothesis-jsonschema makes from the schema loads."""
    instance = data.draw(from_schema(json_schema(cls, forbid_extra=forbid_extra)))
    LOADERS[cls](instance, forbid_extra=forbid_extra)


MUTATIONS = [
    (AccountingCustomer, accounting(), "id", None),
    (AccountingCustomer, accounting(), "name", 5),
    (AccountingCustomer, accounting(), "active", "yes"),
    (AccountingCustomer, accounting(), "creditLimit", True),
    (AccountingCustomer, accounting(), "creditLimit", 10**15),
    (AccountingCustomer, accounting(), "createdDate", "15/01/2024"),
    (AccountingCustomer, accounting(), "modifiedDate", "2024-03-01T10:15"),
    (AccountingCustomer, accounting(), "billingAddress", []),
    (AccountingCustomer, accounting(), "paymentTerms.id", 30),
    (CustomerResponse, response(), "id", "not-a-uuid"),
    (CustomerResponse, response(), "source", "sap"),
    (CustomerResponse, response(), "external_id", ""),
    (CustomerResponse, response(), "name", "n" * 257),
    (CustomerResponse, response(), "comment", "c" * 201),
    (CustomerResponse, response(), "tax_number", "1" * 101),
    (CustomerResponse, response(), "created_at", "2024-03-02T08:00:00"),
    (CustomerResponse, response(), "customer_type", "wholesale"),
    (CustomerResponse, response(), "addresses.billing.zip", "1" * 21),
    (CustomerResponse, response(), "addresses.billing.is_partial", "no"),
    (CustomerResponse, response(), "email", "anna"),
]


@pytest.mark.parametrize(
    ("cls", "payload", "path", "value"),
    MUTATIONS,
    ids=[f"{m[2]}={m[3]!r:.20}" for m in MUTATIONS],
)
def test_broken_constraints_are_rejected_by_both(
    cls: type, payload: dict[str, Any], path: str, value: Any
) -> None:
    """A payload that breaks one constraint fails the schema and the loader."""
    broken = changed(payload, path, value)
    assert validator(cls).is_valid(payload)
    assert not validator(cls).is_valid(broken)
    with pytest.raises(ValidationError):
        LOADERS[cls](broken)


@pytest.mark.parametrize(
    ("cls", "payload"),
    [(AccountingCustomer, accounting()), (CustomerResponse, response())],
)
def test_missing_required_keys_are_rejected_by_both(
    cls: type, payload: dict[str, Any]
) -> None:
    """Each required key left out fails the schema and the loader."""
    for key in json_schema(cls)["required"]:
        broken = changed(payload, key)
        assert not validator(cls).is_valid(broken)
        with pytest.raises(ValidationError):
            LOADERS[cls](broken)


@pytest.mark.parametrize(
    ("cls", "payload"),
    [(AccountingCustomer, accounting()), (CustomerResponse, response())],
)
def test_unknown_keys_follow_the_extras_policy(
    cls: type, payload: dict[str, Any]
) -> None:
    """Unknown keys are allowed by default and refused with forbid_extra."""
    extended = changed(payload, "x-vendor", 1)
    assert validator(cls).is_valid(extended)
    assert not validator(cls, forbid_extra=True).is_valid(extended)
    with pytest.raises(ValidationError):
        LOADERS[cls](extended, forbid_extra=True)
