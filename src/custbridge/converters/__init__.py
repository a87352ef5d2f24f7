"""Load and dump both wire forms, strictly and without loss.

The policy, in one place:

* **Keys.** The accounting side speaks camelCase (``billingAddress``), the tax
  engine snake_case; the models speak snake_case. The schema's ``isubsidiary`` is
  accepted on load for ``subsidiary`` (not both at once) and never written.
* **Input.** ``load_*`` takes a mapping, or JSON text as ``str`` or ``bytes``
  (a key repeated in one object is an error). ``null`` and a missing key both
  load as ``None``. No type is coerced: ``"1"`` is not a number, ``1`` not a
  string, ``0`` not a boolean.
* **Errors.** Every problem in a payload is reported at once, as a
  :class:`~custbridge.ValidationError` whose items carry the JSON path in the
  payload's own key names. Nothing else escapes, whatever the input.
* **Unknown keys** are kept in each model's ``extras`` (plain JSON values only,
  nested at most 32 deep) and written back by ``dump_*``; with
  ``forbid_extra=True`` they are errors instead.
* **Money** loads from a JSON number or a numeric string into ``Decimal`` and is
  written as a JSON number: an ``int`` when it has no fraction digits, else the
  ``float`` whose shortest repr is the same number. The models only admit
  amounts that survive that trip (at most 15 significant digits).
* **Dates.** Accounting dates keep what came in: ``YYYY-MM-DD`` stays a
  ``date``; a date-time stays a ``datetime``, naive or with its offset. Tax
  engine timestamps must carry an offset. Date-times are written in RFC 3339
  form: fraction to the millisecond where exact, else the microsecond, ``Z`` for
  a zero offset.
* **UUIDs** load from 8-4-4-4-12 hex in either case and are written lower case.
* ``dump_*`` writes every key, ``null`` where ``None``, unless ``omit_none=True``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any, Literal, NoReturn, TypeVar, overload

from custbridge._rules import RuleError
from custbridge.accounting import AccountingCustomer
from custbridge.converters import _hooks, _problems, _salvage
from custbridge.converters._names import wire_names
from custbridge.converters._wire import loads
from custbridge.exceptions import Problem, ValidationError, show
from custbridge.report import MappingReport, ReportItem
from custbridge.response import CustomerResponse

__all__ = [
    "dump_accounting",
    "dump_response",
    "load_accounting",
    "load_response",
    "load_value",
    "wire_names",
]

T = TypeVar("T", AccountingCustomer, CustomerResponse)
V = TypeVar("V")
_TOP = "$"
_NOT_AN_OBJECT = "must be a JSON object, or JSON text of one"


@overload
def load_accounting(
    data: Mapping[str, Any] | str | bytes,
    *,
    forbid_extra: bool = ...,
    drop_invalid: bool = ...,
    with_report: Literal[False] = ...,
) -> AccountingCustomer: ...
@overload
def load_accounting(
    data: Mapping[str, Any] | str | bytes,
    *,
    forbid_extra: bool = ...,
    drop_invalid: bool = ...,
    with_report: Literal[True],
) -> tuple[AccountingCustomer, MappingReport]: ...
def load_accounting(
    data: Mapping[str, Any] | str | bytes,
    *,
    forbid_extra: bool = False,
    drop_invalid: bool = False,
    with_report: bool = False,
) -> AccountingCustomer | tuple[AccountingCustomer, MappingReport]:
    """Load an accounting platform customer from its camelCase wire form.

    Args:
        data: A mapping as ``json.loads`` returns it, or JSON text.
        forbid_extra: Reject keys the model does not know instead of keeping
            them in ``extras``.
        drop_invalid: Load an invalid value of an optional field as ``None``
            instead of refusing the record; each is reported as invalid.
        with_report: Return ``(customer, report)``; the report lists what
            ``drop_invalid`` dropped.

    Returns:
        The customer, or ``(customer, report)`` with ``with_report=True``.

    Raises:
        ValidationError: listing every problem with its JSON path (with
            ``drop_invalid``, when one of them is not an optional field's value),
            or naming an argument of the wrong type.

    >>> customer = load_accounting('{"id": "C-1", "name": "Acme", "creditLimit": 500}')
    >>> customer.name, customer.credit_limit
    ('Acme', Decimal('500'))
    >>> customer, report = load_accounting(
    ...     {"id": "C-1", "name": "Acme", "creditLimit": "n/a"},
    ...     drop_invalid=True,
    ...     with_report=True,
    ... )
    >>> customer.credit_limit is None
    True
    >>> print(report)
    $.creditLimit: invalid: must be a number or a numeric string (was: "n/a")
    """
    return _load(
        AccountingCustomer, data, forbid_extra=forbid_extra,
        drop_invalid=drop_invalid, with_report=with_report,
    )  # fmt: skip


@overload
def load_response(
    data: Mapping[str, Any] | str | bytes,
    *,
    forbid_extra: bool = ...,
    drop_invalid: bool = ...,
    with_report: Literal[False] = ...,
) -> CustomerResponse: ...
@overload
def load_response(
    data: Mapping[str, Any] | str | bytes,
    *,
    forbid_extra: bool = ...,
    drop_invalid: bool = ...,
    with_report: Literal[True],
) -> tuple[CustomerResponse, MappingReport]: ...
def load_response(
    data: Mapping[str, Any] | str | bytes,
    *,
    forbid_extra: bool = False,
    drop_invalid: bool = False,
    with_report: bool = False,
) -> CustomerResponse | tuple[CustomerResponse, MappingReport]:
    """Load a tax engine customer record from its snake_case wire form.

    Args:
        data: A mapping as ``json.loads`` returns it, or JSON text.
        forbid_extra: Reject keys the model does not know instead of keeping
            them in ``extras``.
        drop_invalid: Load an invalid value of an optional field (an unknown
            ``customer_status``, say) as ``None`` instead of refusing the
            record; each is reported as invalid.
        with_report: Return ``(record, report)``; the report lists what
            ``drop_invalid`` dropped.

    Returns:
        The record, or ``(record, report)`` with ``with_report=True``.

    Raises:
        ValidationError: listing every problem with its JSON path (with
            ``drop_invalid``, when one of them is not an optional field's value),
            or naming an argument of the wrong type.
    """
    return _load(
        CustomerResponse, data, forbid_extra=forbid_extra,
        drop_invalid=drop_invalid, with_report=with_report,
    )  # fmt: skip


def dump_accounting(
    customer: AccountingCustomer, *, omit_none: bool = False
) -> dict[str, Any]:
    """Return the camelCase wire form of *customer*, ready for ``json.dumps``.

    Args:
        customer: The customer to write.
        omit_none: Leave out keys whose value is ``None`` instead of writing
            ``null``.

    Raises:
        ValidationError: *customer* is not an ``AccountingCustomer``, or an
            ``extras`` key clashes with a field's wire name.

    >>> dump_accounting(AccountingCustomer(id="C-1", name="Acme"), omit_none=True)
    {'id': 'C-1', 'name': 'Acme'}
    """
    return _dump(AccountingCustomer, customer, omit_none=omit_none)


def dump_response(
    response: CustomerResponse, *, omit_none: bool = False
) -> dict[str, Any]:
    """Return the snake_case wire form of *response*, ready for ``json.dumps``.

    Args:
        response: The record to write.
        omit_none: Leave out keys whose value is ``None`` instead of writing
            ``null``.

    Raises:
        ValidationError: *response* is not a ``CustomerResponse``, or an
            ``extras`` key clashes with a field's wire name.
    """
    return _dump(CustomerResponse, response, omit_none=omit_none)


def load_value(kind: type[V], value: object) -> V:
    """Read one wire value of *kind* as the loaders read it.

    Args:
        kind: ``uuid.UUID``, ``datetime.datetime`` (a date-time with a UTC
            offset), ``datetime.date`` (a date or a date-time), ``Decimal``,
            ``str`` or ``bool``.
        value: The value as a JSON reader gives it.

    Raises:
        ValidationError: the value breaks the wire rule of *kind*.

    >>> import datetime as dt
    >>> load_value(dt.datetime, "2024-05-01T10:00:00Z")
    datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.timezone.utc)
    """
    try:
        parse = _hooks.SCALAR_PARSERS[kind]
    except Exception:  # noqa: BLE001 - not a key: unknown, unhashable, hostile
        msg = "must be one of the wire's scalar types (UUID, datetime, date, ...)"
        raise ValidationError([Problem("kind", msg, show(kind))]) from None
    try:
        return parse(value, kind)  # type: ignore[no-any-return]
    except RuleError as error:
        raise ValidationError([Problem(_TOP, error.message, error.shown)]) from None


def _load(
    cls: type[T],
    data: object,
    *,
    forbid_extra: bool,
    drop_invalid: bool,
    with_report: bool,
) -> T | tuple[T, MappingReport]:
    if bool is not type(forbid_extra) or bool is not type(drop_invalid):
        _flags(forbid_extra=forbid_extra, drop_invalid=drop_invalid)
    if bool is not type(with_report):
        _flags(with_report=with_report)
    if isinstance(data, (str, bytes, bytearray)):
        try:
            data = loads(data)
        except RuleError as error:
            raise ValidationError([Problem(_TOP, error.message, error.shown)]) from None
    if not isinstance(data, Mapping):
        raise ValidationError([Problem(_TOP, _NOT_AN_OBJECT, show(data))])
    kind: type = cls  # mypy: a class object, not an attrs instance, is hashed
    fast = _hooks.structure_hook(kind, forbid_extra, False)  # noqa: FBT003
    try:
        obj: T = fast(data, cls)
    except Exception:  # noqa: BLE001 - any failure: the detailed pass says why
        obj, items = _retry(kind, data, forbid_extra=forbid_extra, salvage=drop_invalid)
    else:
        items = []
    return (obj, MappingReport(tuple(items))) if with_report else obj


def _retry(
    cls: type, data: Mapping[str, Any], *, forbid_extra: bool, salvage: bool
) -> tuple[Any, list[ReportItem]]:
    """Explain why *data* failed, or, when *salvage* allows, load it without."""
    error = _problems.detailed_error(cls, data, forbid_extra=forbid_extra)
    saved = _salvage.salvage(data, error) if salvage else None
    if saved is not None:
        patched, items = saved
        fast = _hooks.structure_hook(cls, forbid_extra, False)  # noqa: FBT003
        with contextlib.suppress(Exception):  # a safety net: else, as refused
            return fast(patched, cls), items
    raise ValidationError(_problems.problems(error)) from None


def _flags(**flags: object) -> NoReturn:
    """Refuse the first option that is not ``True`` or ``False``, by name."""
    name, value = next((n, v) for n, v in flags.items() if type(v) is not bool)
    raise ValidationError([Problem(name, "must be True or False", show(value))])


def _dump(cls: type[T], obj: T, *, omit_none: bool) -> dict[str, Any]:
    if bool is not type(omit_none):
        _flags(omit_none=omit_none)
    if type(obj) is not cls:
        article = "an" if cls.__name__[0] in "AEIOU" else "a"
        msg = f"must be {article} {cls.__name__}, not a {type(obj).__name__} value"
        raise ValidationError([Problem(_TOP, msg, show(obj))])
    try:
        kind: type = cls  # mypy: a class object, not an attrs instance, is hashed
        return _hooks.unstructure_hook(kind, omit_none)(obj)  # type: ignore[no-any-return]
    except RuleError as error:
        raise ValidationError(
            [Problem(_TOP + error.path, error.message, error.shown)]
        ) from None
    except Exception as error:  # noqa: BLE001 - an object forced past its checks
        why = f"could not be written (it raised {type(error).__name__})"
        raise ValidationError([Problem(_TOP, why)]) from None
