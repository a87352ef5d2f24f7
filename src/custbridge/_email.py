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

The accepted domains are remembered least recently used first out, so a file of
many domains keeps the ones it is using. email-validator itself is imported on
the first check, not with custbridge: its import costs more than custbridge's.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email_validator import ValidatedEmail

__all__ = ["forget", "verdict", "whole"]

_PLAIN = re.compile(r"([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*)@([A-Za-z0-9.-]+)")
_LOCAL_MAX = 64  # email-validator before 2.3 refuses longer local parts
_ADDRESS_MAX = 254  # bytes, in every form email-validator checks
# Domain: its normal and ASCII forms, for the domains email-validator took in a
# plain address, the least recently used first (a dict keeps insertion order).
_DOMAINS: dict[str, tuple[str, str]] = {}
_DOMAINS_KEPT = 4096
_DOMAINS_LOCK = threading.Lock()


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
    forms = _recall(domain)
    if forms is None:  # the first address of this domain: email-validator decides
        checked = _check(value)
        if isinstance(checked, str):
            return False, checked
        _remember(domain, (checked.domain, checked.ascii_domain))
        return True, checked.normalized
    normal, ascii_domain = forms
    if local.lower() in _mailbox_names():  # RFC 2142
        local = local.lower()
    longest = max(len(domain), len(normal.encode()), len(ascii_domain))
    if len(local) + 1 + longest > _ADDRESS_MAX:
        return whole(value)
    return True, f"{local}@{normal}"


def whole(value: str) -> tuple[bool, str]:
    """Return :func:`verdict` of *value*, asking email-validator for all of it."""
    checked = _check(value)
    if isinstance(checked, str):
        return False, checked
    return True, checked.normalized


def _recall(domain: str) -> tuple[str, str] | None:
    with _DOMAINS_LOCK:
        forms = _DOMAINS.pop(domain, None)
        if forms is not None:
            _DOMAINS[domain] = forms  # now the most recently used
    return forms


def _remember(domain: str, forms: tuple[str, str]) -> None:
    with _DOMAINS_LOCK:
        _DOMAINS.pop(domain, None)  # another thread may have checked it meanwhile
        _DOMAINS[domain] = forms
        while len(_DOMAINS) > _DOMAINS_KEPT:
            del _DOMAINS[next(iter(_DOMAINS))]


def _check(address: str) -> ValidatedEmail | str:
    """Return email-validator's answer: the checked address, or its reason."""
    from email_validator import (  # noqa: PLC0415 - on first use
        EmailNotValidError,
        validate_email,
    )

    # custbridge's rule is email-validator's defaults without DNS, whatever
    # email-validator's module-level defaults are set to in the same process.
    try:
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
    except EmailNotValidError as error:
        return str(error).rstrip(".")


@functools.cache
def _mailbox_names() -> frozenset[str]:
    from email_validator.rfc_constants import (  # noqa: PLC0415 - on first use
        CASE_INSENSITIVE_MAILBOX_NAMES,
    )

    return frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)


def forget() -> None:
    """Forget every verdict, so the next look-ups ask email-validator again."""
    verdict.cache_clear()
    with _DOMAINS_LOCK:
        _DOMAINS.clear()
