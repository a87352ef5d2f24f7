"""What the peer sides share: the plugged-in services and the rules of the seeds.

Nothing here comes from custbridge. The limits are the seeds'
(``/work/shared/seeds/``, as ``custbridge/_rules.py`` and the models keep
them); the functions are the checks a library lacks, written once in plain
Python so the hand-written, pydantic, mashumaro and msgspec sides apply the
same rule the same way.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

NAME_MAX, EXTERNAL_ID_MAX, COMMENT_MAX, TAX_NUMBER_MAX = 256, 256, 200, 100
STREET_MAX, CITY_MAX, STATE_MAX, COUNTY_MAX, ZIP_MAX, COUNTRY_MAX = (
    200, 100, 100, 100, 20, 50,
)  # fmt: skip
MONEY_LIMIT = Decimal(10) ** 15
JSON_DEPTH = 32
INT_BITS = 14_000

EMPTY: dict[str, Any] = {}
"""The extras of every object without unknown keys: one dict, never changed."""

SURROGATE = re.compile("[\ud800-\udfff]")
NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_TIME = r"T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
_OFFSET = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
CALENDAR = re.compile(f"{_DATE}(?:{_TIME}{_OFFSET}?)?")
TIMESTAMP = re.compile(f"{_DATE}{_TIME}{_OFFSET}")


class Refused(ValueError):  # noqa: N818 - a benchmark's stand-in
    """A record a peer side refuses (the library's own error is re-raised as is)."""


class Services:
    """The work every side does with the same function: plugged in by the harness."""

    email: Callable[[str], tuple[bool, str]]
    """(valid, normal form or reason) of an address."""
    classify: Callable[..., Any]
    """(number, *, country) -> an answer with ``b2b_or_b2c`` (an enum or None)."""
    country: Callable[[str], str | None]
    """A country's alpha-2 code, or None."""


SERVICES = Services()


class Source(str, enum.Enum):  # noqa: D101
    NETSUITE = "netsuite"
    PRIORITY = "priority"
    ZOHO_BOOKS = "zoho_books"
    QUICKBOOKS = "quickbooks"
    SALESFORCE = "salesforce"


class Status(str, enum.Enum):  # noqa: D101
    ACTIVE = "active"
    INACTIVE = "inactive"
    SUSPENDED = "suspended"


class Kind(str, enum.Enum):  # noqa: D101
    RETAIL = "retail"
    MARKETPLACE = "marketplace"
    RESELLER = "reseller"


class Label(str, enum.Enum):  # noqa: D101
    B2B = "b2b"
    B2C = "b2c"


LABELS = {"b2b": Label.B2B, "b2c": Label.B2C}


def unicode(value: str) -> str:
    """Refuse a string with a lone surrogate (no Unicode text)."""
    if value.isascii() or not SURROGATE.search(value):
        return value
    raise Refused("lone surrogate")


def money(value: Decimal) -> Decimal:
    """Refuse an amount a JSON number does not hold exactly, or out of range."""
    if not value.is_finite() or value.copy_abs() >= MONEY_LIMIT:
        raise Refused("money out of range")
    if (len(value.as_tuple().digits) > 15 or value.adjusted() <= -300) and Decimal(  # noqa: PLR2004
        repr(float(value))
    ) != value:
        raise Refused("money not exact")
    return value


def parse_money(value: Any) -> Decimal:
    """A JSON number or numeric string as a checked ``Decimal``."""
    kind = type(value)
    if kind is int:
        return money(Decimal(value))
    if kind is float:
        return money(Decimal(repr(value)))
    if kind is str and NUMBER.fullmatch(value):
        return money(Decimal(value))
    raise Refused("money")


def parse_calendar(value: Any) -> dt.date:
    """A date, or a date-time naive or with a whole-minute offset, kept as given."""
    if type(value) is str and CALENDAR.fullmatch(value):
        try:
            if len(value) == 10:  # noqa: PLR2004
                return dt.date.fromisoformat(value)
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise Refused("date")


def parse_timestamp(value: Any) -> dt.datetime:
    """A date-time with a UTC offset."""
    if type(value) is str and TIMESTAMP.fullmatch(value):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise Refused("timestamp")


def email(value: str) -> str:
    """Refuse an address the email service refuses."""
    if SERVICES.email(value)[0]:
        return value
    raise Refused("email")


def rfc3339(value: dt.datetime) -> str:
    """Write a date-time: milliseconds where exact, else microseconds; Z for UTC."""
    micro = value.microsecond
    if not micro:
        text = value.isoformat(timespec="seconds")
    elif micro % 1000:
        text = value.isoformat(timespec="microseconds")
    else:
        text = value.isoformat(timespec="milliseconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def extras(d: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The unknown keys of *d*, each value checked to be plain JSON."""
    if d.keys() <= known:
        return EMPTY
    return {k: json_value(v, 0) for k, v in d.items() if k not in known}


def json_value(value: Any, depth: int) -> Any:
    """Refuse what JSON text cannot carry back: NaN, huge ints, deep nesting, types."""
    kind = type(value)
    if value is None or kind is str or kind is bool:
        return value
    if kind is int:
        if value.bit_length() > INT_BITS:
            raise Refused("int too long")
        return value
    if kind is float:
        if not math.isfinite(value):
            raise Refused("not finite")
        return value
    if depth >= JSON_DEPTH:
        raise Refused("too deep")
    if kind is list:
        return [json_value(v, depth + 1) for v in value]
    if kind is dict:
        if not all(type(k) is str for k in value):
            raise Refused("key not a string")
        return {k: json_value(v, depth + 1) for k, v in value.items()}
    raise Refused("not JSON")
