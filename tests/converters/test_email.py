"""Email verdicts: the per-domain shortcut says what email-validator says."""

from __future__ import annotations

import email_validator
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from custbridge import _email

LOCAL = st.one_of(
    st.text(alphabet="aZ09_+-.", min_size=1, max_size=70),
    st.text(alphabet="aZ0.'!\"() é@\\", max_size=12),
    st.sampled_from(["Postmaster", "INFO", "info", "Sales", "a" * 64, "a" * 65, ""]),
)
LABEL = st.one_of(
    st.text(alphabet="az09-", max_size=66),
    st.sampled_from(
        [
            "xn--bcher-kva", "xn--zz", "localhost", "test", "local", "invalid",
            "onion", "arpa", "com", "de", "123", "a" * 63, "a" * 64, "bücher",
            "ACME", "[1.2.3.4]", "",
        ]
    ),
)  # fmt: skip
DOMAIN = st.lists(LABEL, min_size=1, max_size=5).map(".".join)


@given(local=LOCAL, domain=DOMAIN)
@example(local="a" * 64, domain="b" * 63 + "." + "c" * 63 + "." + "d" * 60 + ".com")
@example(local="a" * 64, domain="xn--bcher-kva." + "c" * 63 + "." + "d" * 63 + ".de")
@example(local="Postmaster", domain="Example.COM")
@example(local="anna", domain="acme.test")
def test_the_shortcut_agrees_with_email_validator(local: str, domain: str) -> None:
    """Every address gets email-validator's own verdict and normal form."""
    address = f"{local}@{domain}"
    _email.forget()
    cold = _email.verdict(address)
    _email.forget()
    _email.verdict(f"seed@{domain}")  # its domain remembered, if accepted
    assert (_email.whole(address),) * 2 == (cold, _email.verdict(address))


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("anna.schmidt@Acme-Handel.DE", (True, "anna.schmidt@acme-handel.de")),
        ("POSTMASTER@acme.de", (True, "postmaster@acme.de")),
        ("anna@xn--bcher-kva.de", (True, "anna@bücher.de")),
        ("anna@localhost", (False, _email.whole("anna@localhost")[1])),
        (
            "anna@acme",
            (False, "The part after the @-sign is not valid. It should have a period"),
        ),
    ],
)
def test_verdicts(address: str, expected: tuple[bool, str]) -> None:
    """Normal forms lower-case the domain and the RFC 2142 mailbox names."""
    _email.forget()
    assert expected == _email.verdict(address)


def test_email_validators_module_defaults_do_not_change_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """custbridge's rule stays email-validator's defaults, without DNS."""
    monkeypatch.setattr(email_validator, "TEST_ENVIRONMENT", True)
    monkeypatch.setattr(email_validator, "ALLOW_QUOTED_LOCAL", True)
    _email.forget()
    assert (False, False) == (
        _email.verdict("anna@acme.test")[0],
        _email.verdict('"anna smith"@acme.de')[0],
    )


def test_the_domain_memo_stays_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its size, the memo of domains starts afresh; verdicts do not change."""
    monkeypatch.setattr(_email, "_DOMAINS_KEPT", 2)
    _email.forget()
    addresses = [f"anna@acme-{n}.de" for n in range(5)] + ["bernd@acme-4.de"]
    verdicts = [_email.verdict(a) for a in addresses]
    assert ([_email.whole(a) for a in addresses], 1) == (verdicts, len(_email._DOMAINS))


def test_forget_asks_again() -> None:
    """After forget(), the next look-up is answered afresh."""
    _email.verdict("forget.me@acme.de")
    _email.forget()
    assert (0, {}) == (_email.verdict.cache_info().currsize, _email._DOMAINS)
