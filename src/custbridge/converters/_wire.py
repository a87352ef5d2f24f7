"""Scalar wire values: parse JSON text, dates, money, UUIDs and enums; format them.

Each ``parse_*`` takes what a JSON reader produces and returns the Python value,
or raises :class:`~custbridge._rules.RuleError` saying which rule was broken.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
import types
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from custbridge._json import unique_keys
from custbridge._rules import LONE_SURROGATE, SURROGATE_RULE, RuleError
from custbridge.exceptions import show

if TYPE_CHECKING:
    from collections.abc import Callable

E = TypeVar("E", bound=enum.Enum)

_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_TIME = r"T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
_OFFSET = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
_CALENDAR = re.compile(f"{_DATE}(?:{_TIME}{_OFFSET}?)?")
_TIMESTAMP = re.compile(f"{_DATE}{_TIME}{_OFFSET}")
_PARTS = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]{1,6}))?(Z|[+-][0-9]{2}:[0-9]{2})?"
)
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")

_SURROGATE = LONE_SURROGATE
DATE_RULE = (
    "must be a date (YYYY-MM-DD) or a date-time"
    " (YYYY-MM-DDTHH:MM:SS, then optional .ffffff, then optional Z or ±HH:MM)"
)
TIMESTAMP_RULE = (
    "must be a date-time with a UTC offset"
    " (YYYY-MM-DDTHH:MM:SS, then optional .ffffff, then Z or ±HH:MM)"
)


def loads(text: str | bytes | bytearray) -> Any:
    """Parse JSON *text*; a key given twice in one object is an error.

    Raises:
        RuleError: the text is not JSON, repeats a key, or nests too deeply.
    """
    try:
        return json.loads(text, object_pairs_hook=unique_keys)
    except RecursionError:
        raise RuleError("is JSON nested too deeply to read", shown=show(text)) from None
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, int limit
        raise RuleError(f"is not valid JSON: {error}", shown=show(text)) from None


def parse_str(value: Any, _: object = None) -> str:
    """Accept a JSON string that is valid Unicode text."""
    if type(value) is str and (value.isascii() or not _SURROGATE.search(value)):
        return value
    return _odd_str(value)


def parse_optional_str(value: Any, _: object = None) -> str | None:
    """Accept a JSON string that is valid Unicode text, or null (one call, not two)."""
    if value is None or (
        type(value) is str and (value.isascii() or not _SURROGATE.search(value))
    ):
        return value
    return _odd_str(value)


def _odd_str(value: Any) -> str:
    """Read a ``str`` subclass as its text, or say which rule *value* breaks.

    JSON text may escape one half of a surrogate pair alone; such a string is
    no Unicode text, cannot be written as UTF-8, and is refused here rather
    than failing later (in ``uuid.uuid5``, or when a file is written).
    """
    if not isinstance(value, str):
        raise RuleError("must be a string", shown=show(value))
    text = str.__str__(value)
    if _SURROGATE.search(text):
        raise RuleError(SURROGATE_RULE, shown=show(text))
    return text


def parse_optional_bool(value: Any, _: object = None) -> bool | None:
    """Accept ``true``, ``false`` or null."""
    if value is None or value is True or value is False:
        return value
    raise RuleError("must be true or false", shown=show(value))


def parse_bool(value: Any, _: object = None) -> bool:
    """Accept ``true`` or ``false``, nothing else."""
    if value is True or value is False:
        return value
    raise RuleError("must be true or false", shown=show(value))


def parse_money(value: Any, _: object = None) -> Decimal:
    """Accept a JSON number or a numeric string as a ``Decimal``.

    A float becomes the ``Decimal`` of its shortest repr, which is the number
    the JSON text said. Range and finiteness are the model's rule.
    """
    kind = type(value)
    if kind is int:
        return Decimal(value)
    if kind is float:
        return Decimal(repr(value))
    if kind is Decimal:
        return value  # type: ignore[no-any-return]
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return Decimal(str.__str__(value))
    raise RuleError("must be a number or a numeric string", shown=show(value))


def dump_money(value: Decimal | None) -> int | float | None:
    """Write a ``Decimal`` as a JSON number: an int when it has no fraction digits."""
    if value is None:
        return None
    if value.as_tuple().exponent >= 0:  # type: ignore[operator]
        return int(value)
    return float(value)


def parse_date(value: Any, _: object = None) -> dt.date:
    """Accept a date or a date-time (naive or with an offset), kept as given."""
    if isinstance(value, str) and _CALENDAR.fullmatch(value):
        try:
            if len(value) == _DATE_LENGTH:
                return dt.date.fromisoformat(value)
            return from_text(value)
        except ValueError:  # a day, hour or minute out of range
            pass
    raise RuleError(DATE_RULE, shown=show(value))


def parse_timestamp(value: Any, _: object = None) -> dt.datetime:
    """Accept a date-time that carries a UTC offset."""
    if isinstance(value, str) and _TIMESTAMP.fullmatch(value):
        try:
            return from_text(value)
        except ValueError:  # a day, hour or minute out of range
            pass
    raise RuleError(TIMESTAMP_RULE, shown=show(value))


_DATE_LENGTH = 10


def build(text: str) -> dt.datetime:
    """Build a datetime from RFC 3339 *text* already matched by the grammar.

    Python 3.10's ``fromisoformat`` reads neither ``Z`` nor short fractions.

    Raises:
        ValueError: a field is out of range.
    """
    match = _PARTS.fullmatch(text)
    if match is None:
        raise ValueError(text)
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    zone = None
    if offset == "Z":
        zone = dt.timezone.utc
    elif offset:
        sign = -1 if offset[0] == "-" else 1
        delta = dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))
        zone = dt.timezone(sign * delta)
    return dt.datetime(
        int(year),
        int(month),
        int(day),
        int(hour),
        int(minute),
        int(second),
        int(fraction.ljust(6, "0")) if fraction else 0,
        tzinfo=zone,
    )


from_text: Callable[[str], dt.datetime] = (
    dt.datetime.fromisoformat if sys.version_info >= (3, 11) else build
)


def dump_date(value: dt.date | None) -> str | None:
    """Write a date as ``YYYY-MM-DD`` and a datetime in RFC 3339 form.

    Fractions are written to the millisecond when that loses nothing, else to
    the microsecond; a zero offset is written ``Z``.
    """
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    micro = value.microsecond
    if not micro:
        text = value.isoformat(timespec="seconds")
    elif micro % 1000:
        text = value.isoformat(timespec="microseconds")
    else:
        text = value.isoformat(timespec="milliseconds")
    if text.endswith("+00:00"):
        return text[:-6] + "Z"
    return text


def parse_uuid(value: Any, _: object = None) -> uuid.UUID:
    """Accept a UUID in its 8-4-4-4-12 hexadecimal form, in either case."""
    if type(value) is str and _UUID.fullmatch(value):
        return uuid_of(int(value.replace("-", ""), 16))
    if isinstance(value, str) and _UUID.fullmatch(value):
        return uuid.UUID(str.__str__(value))
    raise RuleError("must be a UUID (8-4-4-4-12 hexadecimal digits)", shown=show(value))


def uuid_of(number: int) -> uuid.UUID:
    """Return the UUID of the 128-bit *number*, as ``uuid.UUID(int=number)`` does.

    Filled in as ``UUID.__init__`` fills its two slots, without its argument
    checks: half the time, and the loaders read two UUIDs a record.
    """
    if not _SLOTTED:  # pragma: no cover - a Python whose UUID keeps no slots
        return uuid.UUID(int=number)
    made = _new(uuid.UUID)
    _UUID_INT(made, number)
    _UUID_SAFE(made, _UNKNOWN)
    return made


_new = object.__new__
_UNKNOWN = uuid.SafeUUID.unknown
_SLOTS: list[Any] = [vars(uuid.UUID).get(name) for name in ("int", "is_safe")]
_SLOTTED = all(type(slot) is types.MemberDescriptorType for slot in _SLOTS)
# Without slots (never so far) they are not called: uuid_of() takes the slow way.
_UUID_INT: Callable[[Any, Any], None] = getattr(_SLOTS[0], "__set__", print)
_UUID_SAFE: Callable[[Any, Any], None] = getattr(_SLOTS[1], "__set__", print)


def dump_uuid(value: uuid.UUID | None) -> str | None:
    """Write a UUID in its lower-case 8-4-4-4-12 form."""
    return None if value is None else str(value)


def dump_enum(value: enum.Enum | None) -> Any:
    """Write an enum member as its value."""
    return None if value is None else value.value


def enum_parser(kind: type[E]) -> Callable[[Any, object], E]:
    """Return a parser that accepts exactly the values of *kind*."""
    members: dict[Any, E] = {m.value: m for m in kind}
    allowed = ", ".join(json.dumps(v) for v in members)
    rule = f"must be one of {allowed}"

    def parse(value: Any, _: object = None) -> E:
        if isinstance(value, str):
            member = members.get(str.__str__(value))
            if member is not None:
                return member
        raise RuleError(rule, shown=show(value))

    return parse
