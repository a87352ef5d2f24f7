"""The rules a model's values must keep, as attrs validators and converters.

Each rule exists once, here. The models run them on construction; the converters
reuse the same callables to report every broken rule of a payload at once.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

from custbridge import _email
from custbridge.exceptions import Problem, ValidationError, show

if TYPE_CHECKING:
    import attrs

JsonValue: TypeAlias = (
    "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
)
"""A value that ``json.dumps`` writes and ``json.loads`` reads back unchanged."""

Validator: TypeAlias = Callable[[Any, "attrs.Attribute[Any]", Any], None]

MAX_JSON_DEPTH = 32

# Half of a surrogate pair without its other half: JSON text may escape one,
# Python keeps it in a ``str``, but it is no Unicode text and UTF-8 cannot
# carry it. The loaders refuse it in every string, and so does construction.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_RULE = "is not valid Unicode text: it has a lone surrogate"
"""How deeply an unknown key's value may nest (objects and arrays)."""
MAX_INT_BITS = 14_000
"""The longest integer an unknown key may hold: at most 4,215 digits, which
Python's JSON reader reads back (it refuses more than 4,300 by default)."""
_PLAIN: dict[type, Callable[[Any], Any]] = {
    str: str.__str__,
    int: int.__int__,
    float: float.__float__,
}


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


def json_object(value: Any) -> dict[str, JsonValue]:
    """Return a checked plain copy of *value*, a dict of unknown keys to JSON values.

    ``None`` means no unknown keys. Subclasses of ``dict``, ``list``, ``str``,
    ``int`` and ``float`` are copied into the plain type without calling any of
    their methods, so the copy is what ``json.dumps`` writes.

    Raises:
        ValidationError: naming the first key whose value is not plain JSON.
    """
    if value is None or (type(value) is dict and not value):
        return {}
    if not isinstance(value, dict):
        raise ValidationError([Problem("extras", "must be a dict", show(value))])
    try:
        return _json_object(value, "", 0)
    except RuleError as error:
        raise ValidationError(
            [Problem("extras" + error.path, error.message, error.shown)]
        ) from error


def _json_value(value: Any, path: str, depth: int) -> JsonValue:
    kind = type(value)
    if value is None or kind is str or kind is bool:
        return value  # type: ignore[no-any-return]
    if kind is int or kind is float:
        return _json_number(value, path)
    for base, plain in _PLAIN.items():
        if isinstance(value, base):  # a subclass of str, int or float: its value
            return _json_value(plain(value), path, depth)
    if depth >= MAX_JSON_DEPTH:
        raise RuleError(
            f"nests deeper than {MAX_JSON_DEPTH} levels", path=path, shown=show(value)
        )
    if isinstance(value, list):
        return [
            _json_value(v, f"{path}[{i}]", depth + 1)
            for i, v in enumerate(list.__iter__(value))
        ]
    if isinstance(value, dict):
        return _json_object(value, path, depth + 1)
    raise RuleError(
        f"must be a JSON value, not a Python {kind.__name__}",
        path=path,
        shown=show(value),
    )


def _json_number(value: float, path: str) -> float:
    """Return *value*, an ``int`` or a ``float``, if JSON text carries it back."""
    if type(value) is int:
        if value.bit_length() > MAX_INT_BITS:
            raise RuleError(
                f"must be an integer below 2^{MAX_INT_BITS}"
                " (JSON text of a longer one is not read back)",
                path=path,
                shown=show(value),
            )
    elif not math.isfinite(value):
        raise RuleError(
            "must be a finite number (NaN and Infinity are not JSON)",
            path=path,
            shown=show(value),
        )
    return value


def _json_object(value: dict[Any, Any], path: str, depth: int) -> dict[str, Any]:
    copy: dict[str, JsonValue] = {}
    for key, item in dict.items(value):
        if not isinstance(key, str):
            raise RuleError(
                "has a key that is not a string", path=path, shown=show(key)
            )
        plain = str.__str__(key)
        if plain in copy:
            raise RuleError(
                "has a key twice (as a str subclass)", path=path, shown=show(plain)
            )
        copy[plain] = _json_value(item, path + key_path(plain), depth)
    return copy


def key_path(key: str) -> str:
    """Return the JSON-path step for *key*: ``.key`` or ``['odd key']``.

    A key longer than 60 characters is cut, as values are in messages, and a
    lone surrogate is written as its escape.

    >>> key_path("postalCode"), key_path("two words")
    ('.postalCode', "['two words']")
    >>> key_path("k" * 100) == "['" + "k" * 59 + "…']"
    True
    """
    if len(key) > _KEY_CHARS:
        key = key[: _KEY_CHARS - 1] + "…"
    elif key.isidentifier() and key.isascii():
        return "." + key
    escaped = key.replace("\\", "\\\\").replace("'", "\\'")
    if not escaped.isascii():
        escaped = escaped.encode("utf-8", "backslashreplace").decode("utf-8")
    return f"['{escaped}']"


_KEY_CHARS = 60
