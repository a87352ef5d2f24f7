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
    # Filled in, not built by __init__: about half the cost, on the hot path.
    result = _new(TaxNumberCheck)
    made = result.__dict__
    made.update(fields)
    made["compact"] = compact
    return result


def _fields(kind: _types.NumberType, outcome: _types.Outcome) -> dict[str, Any]:
    """Make, once per module and reason, the fields of its results."""
    label, reason, explanation = outcome
    valid, cc = True, _types.country_code(kind.name)
    made = TaxNumberCheck(
        _LABELS[label], valid, cc, kind.name, None, reason, explanation
    )
    fields = kind.results[reason] = dict(made.__dict__)
    return fields


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
    return TaxNumberCheck(
        label, valid, country, number_type, compact, reason, explanation
    )
