"""Email addresses, checked by email-validator, each domain once.

email-validator is the slowest step of a load: tens of µs an address, two thirds
of them spent on the part after the @-sign (IDNA and UTS #46 checks). The
contacts of one customer, and the customers of one batch, share few domains.

So an address written the plain way (a dot-atom of letters, digits, ``_``, ``+``
and ``-`` before the @-sign, at most 64 of them; letters, digits, dots and
hyphens after it) is checked in the two steps email-validator itself takes for
it: the part before the @-sign by the dot-atom rule, which such a part always
passes, and the domain by email-validator, once per domain, when it checks the
first address of that domain whole. Every other address, and every address of
a domain not yet accepted, goes to email-validator whole, so the reasons are its
own. Verdicts and normal forms are the same either way; ``tests/test_email.py``
compares the two on generated addresses.
"""

from __future__ import annotations

import functools
import re

from email_validator import EmailNotValidError, ValidatedEmail, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

__all__ = ["forget", "verdict", "whole"]

_PLAIN = re.compile(r"([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*)@([A-Za-z0-9.-]+)")
_LOCAL_MAX = 64  # email-validator before 2.3 refuses longer local parts
_ADDRESS_MAX = 254  # bytes, in every form email-validator checks
# Domain: its normal and ASCII forms, for the last domains email-validator took
# in a plain address; emptied when full (a dict, so the shortcut costs no call).
_DOMAINS: dict[str, tuple[str, str]] = {}
_DOMAINS_KEPT = 1024


@functools.lru_cache(maxsize=4096)
def verdict(value: str) -> tuple[bool, str]:
    """Return ``(True, normal form)`` or ``(False, email-validator's reason)``.

    Remembers the last few thousand addresses, because one record's address is
    checked on load, when mapped, and when the mapped record is built.
    """
    plain = _PLAIN.fullmatch(value)
    if plain is None or len(plain[1]) > _LOCAL_MAX:
        return whole(value)
    local, domain = plain.groups()
    forms = _DOMAINS.get(domain)
    if forms is None:  # the first address of this domain: email-validator decides
        try:
            checked = _check(value)
        except EmailNotValidError as error:
            return False, _reason(error)
        if len(_DOMAINS) >= _DOMAINS_KEPT:
            _DOMAINS.clear()
        _DOMAINS[domain] = checked.domain, checked.ascii_domain
        return True, checked.normalized
    normal, ascii_domain = forms
    if local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:  # RFC 2142
        local = local.lower()
    longest = max(len(domain), len(normal.encode()), len(ascii_domain))
    if len(local) + 1 + longest > _ADDRESS_MAX:
        return whole(value)
    return True, f"{local}@{normal}"


def whole(value: str) -> tuple[bool, str]:
    """Return :func:`verdict` of *value*, asking email-validator for all of it."""
    try:
        return True, _check(value).normalized
    except EmailNotValidError as error:
        return False, _reason(error)


def _reason(error: EmailNotValidError) -> str:
    return str(error).rstrip(".")


def _check(address: str) -> ValidatedEmail:
    # custbridge's rule is email-validator's defaults without DNS, whatever
    # email-validator's module-level defaults are set to in the same process.
    return validate_email(
        address,
        check_deliverability=False,
        allow_smtputf8=True,
        allow_empty_local=False,
        allow_quoted_local=False,
        allow_domain_literal=False,
        allow_display_name=False,
        test_environment=False,
        globally_deliverable=True,
    )


def forget() -> None:
    """Forget every verdict, so the next look-ups ask email-validator again."""
    verdict.cache_clear()
    _DOMAINS.clear()
