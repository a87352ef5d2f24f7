"""The mapping functions' arguments, checked before anything is mapped."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from custbridge._rules import RuleError, aware
from custbridge._values import arguments, converter, to_uuid
from custbridge.accounting import AccountingCustomer
from custbridge.exceptions import ArgumentError, CustbridgeError, Problem, show
from custbridge.response import CustomerResponse, CustomerType, DataSource

Clock = Callable[[], dt.datetime]
IdFactory = Callable[[uuid.UUID, DataSource, str], uuid.UUID]
_as_datetime = converter(dt.datetime)


def to_response_arguments(
    *,
    customer: object,
    tenant_id: object,
    source: object,
    customer_type: object,
    existing: object,
    clock: object,
    id_factory: object,
    strict: object,
    with_report: object,
) -> tuple[uuid.UUID, DataSource, CustomerType | None, Clock, IdFactory]:
    """Check :func:`~custbridge.accounting_to_response`'s arguments.

    Returns:
        The tenant id, the source and the customer type converted, and the
        clock and id factory wrapped so that what they return is checked.

    Raises:
        ArgumentError: listing every argument that is wrong.
    """
    _, tenant, src, kind, _, _, _, _, _ = arguments(
        ("customer", AccountingCustomer, customer),
        ("tenant_id", uuid.UUID, tenant_id),
        ("source", DataSource, source),
        ("customer_type", CustomerType | None, customer_type),
        ("existing", CustomerResponse | None, existing),
        ("clock", callable, clock),
        ("id_factory", callable, id_factory),
        ("strict", bool, strict),
        ("with_report", bool, with_report),
    )
    return tenant, src, kind, _checked_clock(clock), _checked_id_factory(id_factory)  # type: ignore[arg-type]


def to_accounting_arguments(*, response: object, with_report: object) -> None:
    """Check :func:`~custbridge.response_to_accounting`'s arguments.

    Raises:
        ArgumentError: listing every argument that is wrong.
    """
    arguments(
        ("response", CustomerResponse, response), ("with_report", bool, with_report)
    )


def _failed(name: str, rule: str, value: object) -> ArgumentError:
    return ArgumentError([Problem(name, rule, show(value))])


def _raised(name: str, error: Exception) -> ArgumentError:
    rule = f"raised {type(error).__name__} instead of returning"
    return ArgumentError([Problem(name, rule)])


def _checked_clock(clock: Callable[[], Any]) -> Clock:
    def now() -> dt.datetime:
        try:
            value = clock()
        except Exception as error:
            raise _raised("clock", error) from error
        try:
            value = _as_datetime(value)
            aware(value)
        except RuleError:
            raise _failed(
                "clock", "must return a datetime with a UTC offset", value
            ) from None
        return value  # type: ignore[no-any-return]

    return now


def _checked_id_factory(make: Callable[..., Any]) -> IdFactory:
    def make_id(
        tenant_id: uuid.UUID, source: DataSource, external_id: str
    ) -> uuid.UUID:
        try:
            value = make(tenant_id, source, external_id)
        except CustbridgeError:  # default_id's own: this id cannot be mapped
            raise
        except Exception as error:
            raise _raised("id_factory", error) from error
        try:
            return to_uuid(value)
        except RuleError:
            raise _failed("id_factory", "must return a UUID", value) from None

    return make_id
