"""What the classifier answers: the label, and the result that explains it."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from custbridge.tax import _types


class B2bOrB2c(str, enum.Enum):
    """Whether a customer is a business (``b2b``) or a consumer (``b2c``)."""

    B2B = "b2b"
    B2C = "b2c"


_LABELS = {"b2b": B2bOrB2c.B2B, "b2c": B2bOrB2c.B2C}
_new = object.__new__


# Not slotted: a frozen dict class is built faster (one result per call, on
# the hot path), and nothing keeps many of them.
@attrs.frozen(slots=False)
class TaxNumberCheck:
    """What a tax number says about its holder, and why.

    Attributes:
        b2b_or_b2c: The label, or ``None`` when a valid number cannot be decided
            without more information (see ``reason``).
        valid: Whether the number is valid for ``country``.
        country: ISO alpha-2 code of the country the number was checked for.
        number_type: The python-stdnum module that matched, such as ``es.nif``.
        compact: The number in its compact form, as that module writes it.
        reason: What decided: ``empty``, ``invalid``, ``vat-prefix``,
            ``business``, ``personal``, ``entity``, ``person``, ``default``,
            ``format``, ``ambiguous``, ``needs-country``,
            ``unsupported-country`` or ``unavailable`` (a python-stdnum
            module could not be loaded, so the number was not checked; the
            label is then ``None``, never "invalid").
        explanation: The decision in words, for a log or a person.
        unknown_country: The country hint, when it named no known country (it
            was then ignored), shortened to 60 characters as error messages
            show values.
    """

    b2b_or_b2c: B2bOrB2c | None
    valid: bool
    country: str | None
    number_type: str | None
    compact: str | None
    reason: str
    explanation: str
    unknown_country: str | None = None


def label(kind: _types.NumberType, compact: str) -> TaxNumberCheck:
    outcome = kind.fixed or kind.outcome(compact)
    fields = kind.results.get(outcome[1]) or _fields(kind, outcome)
    made = _new(TaxNumberCheck)  # as _filled() does, inlined: the hottest path
    filled = made.__dict__
    filled.update(fields)
    filled["compact"] = compact
    return made


def _filled(fields: dict[str, Any], compact: str | None) -> TaxNumberCheck:
    """Return a result with *fields*, but *compact*: filled in, not built.

    About half the cost of ``__init__``, on the hot path.
    """
    made = _new(TaxNumberCheck)
    filled = made.__dict__
    filled.update(fields)
    filled["compact"] = compact
    return made


def _fields(kind: _types.NumberType, outcome: _types.Outcome) -> dict[str, Any]:
    """Make, once per module and reason, the fields of its results."""
    label, reason, explanation = outcome
    valid, cc = True, _types.country_code(kind.name)
    made = TaxNumberCheck(
        _LABELS[label], valid, cc, kind.name, None, reason, explanation
    )
    fields = kind.results[reason] = dict(made.__dict__)
    return fields


def with_prefix(kind: _types.NumberType, compact: str) -> TaxNumberCheck:
    """Rule V: *kind*'s valid VAT number, written with its VAT prefix: a business."""
    fields = kind.results.get("vat-prefix")
    if fields is None:
        cc = _types.country_code(kind.name)
        why = (
            f"a valid VAT number of {cc} written with its VAT prefix: a VAT"
            " registration, so a business (sole traders included)"
        )
        made = result(
            B2bOrB2c.B2B, "vat-prefix", why, valid=True, country=cc,
            number_type=kind.name,
        )  # fmt: skip
        fields = kind.results["vat-prefix"] = dict(made.__dict__)
    return _filled(fields, compact)


_INVALID: dict[str, dict[str, Any]] = {}  # country: the fields of its "invalid"
_NEEDS_COUNTRY = {
    "b2b_or_b2c": None, "valid": False, "country": None, "number_type": None,
    "compact": None, "reason": "needs-country", "unknown_country": None,
    "explanation": "without a country, a number without a VAT prefix could"
    " belong to many countries; pass country= to decide",
}  # fmt: skip


def needs_country() -> TaxNumberCheck:
    """Return "pass country= to decide": no country, and no prefix decided."""
    return _filled(_NEEDS_COUNTRY, None)


def invalid_in(cc: str) -> TaxNumberCheck:
    """Return "not a valid tax number of *cc*", its fields made once per country."""
    fields = _INVALID.get(cc)
    if fields is None:
        made = invalid(cc, f"not a valid tax number of {cc}")
        fields = _INVALID[cc] = dict(made.__dict__)
    return _filled(fields, None)


def invalid(cc: str | None, why: str) -> TaxNumberCheck:
    return result(B2bOrB2c.B2C, "invalid", why, country=cc)  # nothing valid


def result(
    label: B2bOrB2c | None,
    reason: str,
    explanation: str,
    *,
    valid: bool = False,
    country: str | None = None,
    number_type: str | None = None,
    compact: str | None = None,
) -> TaxNumberCheck:
    if label is None and reason == "empty":  # nothing valid
        label = B2bOrB2c.B2C
    made = _new(TaxNumberCheck)  # filled in, as label() does: faster than __init__
    filled = made.__dict__
    filled["b2b_or_b2c"] = label
    filled["valid"] = valid
    filled["country"] = country
    filled["number_type"] = number_type
    filled["compact"] = compact
    filled["reason"] = reason
    filled["explanation"] = explanation
    filled["unknown_country"] = None
    return made
