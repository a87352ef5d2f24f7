"""Map customers between the accounting platform and the tax engine, both ways.

Both functions are pure: the clock and the id factory are parameters, and the
report of what was not carried over comes back with ``with_report=True``.
:data:`TO_RESPONSE` and :data:`TO_ACCOUNTING` say what happens to every
field; the reference's field mapping page is generated from them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal, overload

from custbridge._values import arguments
from custbridge.accounting import AccountingCustomer, PrimaryContact
from custbridge.exceptions import MappingError
from custbridge.mapping._addresses import ACCOUNTING, from_dto
from custbridge.mapping._arguments import (
    Clock,
    IdFactory,
    to_accounting_arguments,
    to_response_arguments,
)
from custbridge.mapping._collector import Collector
from custbridge.mapping._field_table import TO_ACCOUNTING, TO_RESPONSE
from custbridge.mapping._to_response import map_customer
from custbridge.report import Action, MappingReport
from custbridge.response import (
    CustomerResponse,
    CustomerStatus,
    CustomerType,
    DataSource,
)

__all__ = [
    "ID_NAMESPACE",
    "TO_ACCOUNTING",
    "TO_RESPONSE",
    "accounting_to_response",
    "default_id",
    "response_to_accounting",
]

ID_NAMESPACE = uuid.UUID("6f1d3c3e-7d2b-5c52-9a63-6b8c0e9f4a10")
"""The uuid5 namespace of :func:`default_id`."""

# The tax engine's own fields, which the accounting platform has no place for:
# the field table's top-level rows without a destination, but those mapped or
# reported for a reason of their own.
_NO_HOME = tuple(
    source for source, target, _ in TO_ACCOUNTING
    if target is None and "." not in source
    and source not in ("addresses", "b2b_or_b2c")
)  # fmt: skip


def default_id(tenant_id: uuid.UUID, source: DataSource, external_id: str) -> uuid.UUID:
    """Return the uuid5 of (tenant, source, external id): stable across re-mappings.

    Raises:
        ArgumentError: an argument is not of its type.
        MappingError: *external_id* is not valid Unicode text (it has a lone
            surrogate, which ``load_accounting`` refuses but Python allows).
    """
    tenant_id, source, external_id = arguments(
        ("tenant_id", uuid.UUID, tenant_id),
        ("source", DataSource, source),
        ("external_id", str, external_id),
    )
    name = f"{tenant_id}/{source.value}/{external_id}"
    try:
        return uuid.uuid5(ID_NAMESPACE, name)
    except UnicodeEncodeError:
        msg = "is not valid Unicode text: it has a lone surrogate"
        raise MappingError("$.id", msg) from None


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@overload
def accounting_to_response(
    customer: AccountingCustomer,
    *,
    tenant_id: uuid.UUID,
    source: DataSource,
    customer_type: CustomerType | None = ...,
    existing: CustomerResponse | None = ...,
    clock: Clock = ...,
    id_factory: IdFactory = ...,
    strict: bool = ...,
    with_report: Literal[False] = ...,
) -> CustomerResponse: ...
@overload
def accounting_to_response(
    customer: AccountingCustomer,
    *,
    tenant_id: uuid.UUID,
    source: DataSource,
    customer_type: CustomerType | None = ...,
    existing: CustomerResponse | None = ...,
    clock: Clock = ...,
    id_factory: IdFactory = ...,
    strict: bool = ...,
    with_report: Literal[True],
) -> tuple[CustomerResponse, MappingReport]: ...
def accounting_to_response(
    customer: AccountingCustomer,
    *,
    tenant_id: uuid.UUID,
    source: DataSource,
    customer_type: CustomerType | None = None,
    existing: CustomerResponse | None = None,
    clock: Clock = _utc_now,
    id_factory: IdFactory = default_id,
    strict: bool = False,
    with_report: bool = False,
) -> CustomerResponse | tuple[CustomerResponse, MappingReport]:
    """Map an accounting customer to the tax engine's record.

    Args:
        customer: The customer to map.
        tenant_id: The tenant that owns the record.
        source: The integration the customer comes from.
        customer_type: The tax engine's customer type; the accounting side has
            none. With ``existing``, ``None`` keeps the existing one.
        existing: The tax engine's current record for this customer. Its
            ``id``, ``created_at``, ``customer_type`` and a ``suspended`` status
            are kept, and ``updated_at`` too unless a mapped field changed.
        clock: Returns the current time, with an offset.
        id_factory: Makes the record's id when there is no ``existing``.
        strict: Raise :class:`MappingError` for a value that would be truncated
            or is invalid, instead of reporting it.
        with_report: Return ``(response, report)`` instead of the response.

    ``tenant_id`` may also be given as a UUID string (8-4-4-4-12), ``source``
    and ``customer_type`` as their values (``"netsuite"``).

    Raises:
        MappingError: neither ``createdDate`` nor ``modifiedDate`` is set, the
            id does not fit ``external_id``, or (strict) a value does not fit.
        ArgumentError: an argument is of the wrong type or value, or ``clock``
            or ``id_factory`` raised or returned something else than asked.
    """
    tenant, src, kind, now, make_id = to_response_arguments(
        customer=customer, tenant_id=tenant_id, source=source,
        customer_type=customer_type, existing=existing, clock=clock,
        id_factory=id_factory, strict=strict, with_report=with_report,
    )  # fmt: skip
    out = Collector(strict=strict, keep=with_report)
    response, check = map_customer(
        customer, out, tenant_id=tenant, source=src, customer_type=kind,
        existing=existing, clock=now, id_factory=make_id,
    )  # fmt: skip
    if not with_report:
        return response
    return response, MappingReport(tuple(out.items), check)


@overload
def response_to_accounting(
    response: CustomerResponse, *, with_report: Literal[False] = ...
) -> AccountingCustomer: ...
@overload
def response_to_accounting(
    response: CustomerResponse, *, with_report: Literal[True]
) -> tuple[AccountingCustomer, MappingReport]: ...
def response_to_accounting(
    response: CustomerResponse, *, with_report: bool = False
) -> AccountingCustomer | tuple[AccountingCustomer, MappingReport]:
    """Map a tax engine record back to an accounting customer.

    ``suspended`` becomes ``active=False``; the engine's own ids, timestamps,
    ``customer_type`` and ``b2b_or_b2c`` have no place there and are reported.

    Args:
        response: The record to map.
        with_report: Return ``(customer, report)`` instead of the customer.

    Raises:
        ArgumentError: an argument is of the wrong type.
    """
    to_accounting_arguments(response=response, with_report=with_report)
    out = Collector(strict=False, keep=with_report)
    for name in _NO_HOME:
        out.drop(
            f"$.{name}",
            getattr(response, name),
            "the accounting platform has no such field",
        )
    out.drop(
        "$.b2b_or_b2c",
        response.b2b_or_b2c,
        "derived from the tax number on the way back",
    )
    status = response.customer_status
    if status is CustomerStatus.SUSPENDED:
        out.add(
            "$.customer_status",
            Action.NORMALISED,
            "suspended is written as active=false",
            status.value,
        )
    out.drop_extras("$", response.extras, ACCOUNTING)
    addresses = response.addresses
    billing = shipping = None
    if addresses is not None:
        out.drop_extras("$.addresses", addresses.extras, ACCOUNTING)
        if addresses.billing is not None:
            billing = from_dto(addresses.billing, "$.addresses.billing", out)
        if addresses.shipping is not None:
            shipping = from_dto(addresses.shipping, "$.addresses.shipping", out)
    customer = AccountingCustomer(
        id=response.external_id,
        name=response.name,
        active=None if status is None else status is CustomerStatus.ACTIVE,
        description=response.comment,
        created_date=response.external_created_at,
        modified_date=response.external_updated_at,
        tax_id=response.tax_number,
        contact=None
        if response.email is None
        else PrimaryContact(email=response.email),
        billing_address=billing,
        shipping_address=shipping,
    )
    if not with_report:
        return customer
    return customer, MappingReport(tuple(out.items))
