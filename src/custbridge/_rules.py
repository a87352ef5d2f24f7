"""The rules a model's values must keep, as attrs validators and converters.

Each rule exists once, here (unknown keys' values: ``_json_values``). The models
run them on construction; the converters reuse the same callables to report every
broken rule of a payload at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

from custbridge import _email
from custbridge.exceptions import Problem, ValidationError, show

if TYPE_CHECKING:
    import attrs

Validator: TypeAlias = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# Half of a surrogate pair without its other half: JSON text may escape one,
# Python keeps it in a ``str``, but it is no Unicode text and UTF-8 cannot
# carry it. The loaders refuse it in every string, and so does construction.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_RULE = "is not valid Unicode text: it has a lone surrogate"


class RuleError(ValueError):
    """One broken rule; the converters add the path, the models the attribute."""

    def __init__(
        self, message: str, *, path: str = "", shown: str | None = None
    ) -> None:
        """Create the error.

        Args:
            message: The rule, for a person.
            path: Where, relative to the value being checked ("" for the value).
            shown: The offending part, rendered; ``None`` to show the whole value.
        """
        super().__init__(message, path, shown)
        self.message = message
        self.path = path
        self.shown = shown


def _fail(attribute: attrs.Attribute[Any], value: object, error: RuleError) -> None:
    text = show(value) if error.shown is None else error.shown
    raise ValidationError(
        [Problem(attribute.name + error.path, error.message, text)]
    ) from error


def rule(check: Callable[[Any], None]) -> Validator:
    """Turn *check* (raises ``RuleError``) into an attrs validator for ``T | None``.

    The validator raises :class:`ValidationError` naming the attribute; its
    ``check`` attribute is the plain check, for the converters.
    """
    fits = getattr(check, "fits", None)

    def validator(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None or (fits is not None and fits(value)):
            return  # the common case, decided without a call that may raise
        try:
            check(value)
        except RuleError as error:
            _fail(attribute, value, error)

    validator.check = check  # type: ignore[attr-defined]
    return validator


def text(min_len: int = 0, max_len: int | None = None) -> Callable[[Any], None]:
    """Return a check that a value is a ``str`` of ``min_len..max_len`` chars."""

    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise RuleError("must be a string")
        if len(value) < min_len:
            raise RuleError("must not be empty")
        if max_len is not None and len(value) > max_len:
            raise RuleError(
                f"must be at most {max_len} characters long (it has {len(value)})"
            )

    limit = max_len if max_len is not None else float("inf")

    def fits(value: Any) -> bool:
        return type(value) is str and min_len <= len(value) <= limit

    check.fits = fits  # type: ignore[attr-defined]  # the validator's fast path
    check.min_len = min_len  # type: ignore[attr-defined]  # read by the JSON Schema
    check.max_len = max_len  # type: ignore[attr-defined]
    return check


def length_limits(cls: type, name: str) -> tuple[int, int]:
    """Return the fewest and most characters attribute *name* of *cls* may hold.

    The models' text rules are the one home of every length limit; the mapping,
    the strategies and the documentation read them from here.

    >>> from custbridge.response import AddressDto
    >>> length_limits(AddressDto, "zip")
    (0, 20)
    """
    import attrs  # noqa: PLC0415 - at runtime only for this look-up

    check = getattr(attrs.fields_dict(cls)[name].validator, "check", None)
    if getattr(check, "max_len", None) is None:
        msg = f"{cls.__name__}.{name} has no length limit"
        raise TypeError(msg)
    return check.min_len, check.max_len  # type: ignore[union-attr]


def max_length(cls: type, name: str) -> int:
    """Return the most characters attribute *name* of *cls* may hold."""
    return length_limits(cls, name)[1]


def email(value: Any) -> None:
    """Check that *value* is an email address email-validator accepts (no DNS)."""
    if not isinstance(value, str):
        raise RuleError("must be a string")
    normalized_email(value)


def normalized_email(value: str) -> str:
    """Return email-validator's normalised form of *value*.

    Raises:
        RuleError: *value* is not an address email-validator accepts.
    """
    valid, result = _email.verdict(value)
    if not valid:
        raise RuleError(f"is not a valid email address: {result}")
    return result


MONEY_LIMIT = Decimal(10) ** 15
_EXACT_DIGITS = 15
_TINY = -300  # below about 1e-308 doubles lose precision
"""Money stays below this in magnitude, where every integer is exact in a double."""


def money(value: Any) -> None:
    """Check that *value* is a finite ``Decimal`` a JSON number holds exactly.

    JSON readers parse numbers into IEEE doubles, so a ``Decimal`` that does not
    survive that trip (more than 15 significant digits, say) cannot be written
    as a JSON number without losing digits. Amounts stay below 10^15 in
    magnitude, which the JSON Schema can say and any ledger fits in.
    """
    if not isinstance(value, Decimal):
        raise RuleError("must be a Decimal")
    if not value.is_finite():
        raise RuleError("must be a finite number")
    if value.copy_abs() >= MONEY_LIMIT:  # exact: abs() would round, or overflow
        raise RuleError("must be between -10^15 and 10^15")
    # Up to 15 significant digits survive a (normal, not tiny) double; only the
    # rest need the round trip to tell.
    short = len(value.as_tuple().digits) <= _EXACT_DIGITS and value.adjusted() > _TINY
    if not short and Decimal(repr(float(value))) != value:
        raise RuleError(
            "must be a number that a JSON reader holds exactly"
            " (at most 15 significant digits)"
        )


_BROKEN_ZONE = "has a time zone whose utcoffset() fails"


def aware(value: Any) -> None:
    """Check that *value* is a ``datetime`` with a whole-minute UTC offset."""
    if not isinstance(value, dt.datetime):
        raise RuleError("must be a datetime")
    try:
        offset = value.utcoffset()
    except Exception:  # noqa: BLE001 - a tzinfo is user code, and may fail
        raise RuleError(_BROKEN_ZONE) from None
    if offset is None:
        raise RuleError("must carry a UTC offset (Z or ±HH:MM)")
    _whole_minutes(offset)


def calendar(value: Any) -> None:
    """Check that *value* is a ``date``, or a ``datetime`` naive or offset."""
    if not isinstance(value, dt.date):
        raise RuleError("must be a date or a datetime")
    if isinstance(value, dt.datetime):
        try:
            offset = value.utcoffset()
        except Exception:  # noqa: BLE001 - a tzinfo is user code, and may fail
            raise RuleError(_BROKEN_ZONE) from None
        if offset is not None:
            _whole_minutes(offset)


def _whole_minutes(offset: dt.timedelta) -> None:
    if offset.seconds % 60 or offset.microseconds:
        raise RuleError("must have a UTC offset of whole minutes (±HH:MM)")
