"""Countries where formatting, not the digits, tells a business from a person.

In the US an EIN and an SSN are both 9 digits and most numbers pass both checks;
only the dashes tell them apart. In Canada every SIN is also a valid business
number. Each rule returns ``None`` to let the ordinary module order decide.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from custbridge.tax import _stdnum
from custbridge.tax._kinds import Kind

if TYPE_CHECKING:
    from collections.abc import Callable

Outcome = tuple["str | None", str, str, "str | None", "str | None"]
"""(label, reason, explanation, number type, compact form)"""

_EIN_FORM = re.compile(r"[0-9]{2}-[0-9]{7}")
_SSN_FORM = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
_PTIN_FORM = re.compile(r"P[0-9]{8}")
_BARE = re.compile(r"[0-9]{9}")


def _first_valid(names: tuple[str, ...], texts: tuple[str, ...]) -> Outcome | None:
    for name in names:
        kind = _stdnum.number_type(name)
        compact = kind.validate(texts)
        if compact is not None:
            label = "b2b" if kind.kind is Kind.BUSINESS else "b2c"
            why = "business" if label == "b2b" else "a natural person"
            return (
                label,
                "format",
                f"written in the form of {name}: {why}",
                name,
                compact,
            )
    return None


def _invalid(names: str) -> Outcome:
    return (None, "invalid", f"written as {names} but not a valid one", None, None)


def _bare(
    texts: tuple[str, ...],
    business: tuple[str, ...],
    personal: tuple[str, ...],
    fix: str,
) -> Outcome:
    as_business = _first_valid(business, texts)
    as_person = _first_valid(personal, texts)
    if as_business and as_person:
        return (None, "ambiguous", f"valid for a business and for a person; {fix}",
                None, as_business[4])  # fmt: skip
    found = as_business or as_person
    if found is None:
        return _invalid("a bare 9-digit number")
    label, _, _, name, compact = found
    reason = "business" if label == "b2b" else "personal"
    return (label, reason, f"a valid {name}, and valid as nothing else", name, compact)


def united_states(raw: str, norm: str) -> Outcome | None:
    """EIN ``XX-XXXXXXX``: B2B; SSN, ITIN, ATIN ``XXX-XX-XXXX`` or PTIN: B2C."""
    if _EIN_FORM.fullmatch(raw):
        return _first_valid(("us.ein",), (raw,)) or _invalid("an EIN (XX-XXXXXXX)")
    if _SSN_FORM.fullmatch(raw):
        return _first_valid(("us.ssn", "us.itin", "us.atin"), (raw,)) or _invalid(
            "an SSN, ITIN or ATIN (XXX-XX-XXXX)"
        )
    if _PTIN_FORM.fullmatch(norm):
        return _first_valid(("us.ptin",), (norm,)) or _invalid("a PTIN (P########)")
    if _BARE.fullmatch(norm):
        return _bare(
            (norm,),
            ("us.ein",),
            ("us.ssn", "us.itin", "us.atin"),
            "write it as XX-XXXXXXX (EIN) or XXX-XX-XXXX (SSN, ITIN, ATIN)",
        )
    return None


def canada(_raw: str, norm: str) -> Outcome | None:
    """A bare 9-digit number is both a valid BN and a valid SIN."""
    if _BARE.fullmatch(norm):
        return _bare(
            (norm,),
            ("ca.bn",),
            ("ca.sin",),
            "give the 15-character business number (123456789RT0001) to decide",
        )
    return None


# Each takes the number as written and normalised (as the classifier made it).
SPECIAL: dict[str, Callable[[str, str], Outcome | None]] = {
    "US": united_states,
    "CA": canada,
}
