"""Email verdicts: the per-domain shortcut says what email-validator says."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

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


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every address handed to email-validator, with the memo kept at 3."""
    seen: list[str] = []
    check = _email._check

    def counted(address: str) -> object:
        seen.append(address)
        return check(address)

    monkeypatch.setattr(_email, "_check", counted)
    monkeypatch.setattr(_email, "_DOMAINS_KEPT", 3)
    _email.forget()
    return seen


def test_the_domain_memo_keeps_the_recent_domains(checks: list[str]) -> None:
    """Past its size, the memo drops the least recently used domain, not all."""
    for n in range(10):  # more domains than the memo keeps
        _email.verdict(f"anna@acme-{n}.de")
    checks.clear()
    recent = [_email.verdict(f"bernd@acme-{n}.de") for n in (7, 8, 9)]
    old = _email.verdict("bernd@acme-0.de")
    assert (recent, old, checks) == (
        [(True, f"bernd@acme-{n}.de") for n in (7, 8, 9)],
        (True, "bernd@acme-0.de"),
        ["bernd@acme-0.de"],
    )


def test_a_used_domain_becomes_the_most_recent(checks: list[str]) -> None:
    """A look-up refreshes its domain, so the next one out is the oldest unused."""
    for address in ["a@one.de", "a@two.de", "a@three.de", "b@one.de", "a@four.de"]:
        _email.verdict(address)
    checks.clear()
    _email.verdict("c@one.de")
    _email.verdict("c@two.de")
    assert (checks, list(_email._DOMAINS)) == (
        ["c@two.de"],
        ["four.de", "one.de", "two.de"],
    )


def test_refused_domains_are_not_remembered(checks: list[str]) -> None:
    """Each address of a refused domain goes to email-validator whole."""
    verdicts = [_email.verdict(f"{name}@localhost") for name in ("anna", "bernd")]
    assert (checks, _email._DOMAINS, verdicts[1][0]) == (
        ["anna@localhost", "bernd@localhost"],
        {},
        False,
    )


@pytest.mark.usefixtures("checks")
def test_threads_share_the_memo_safely() -> None:
    """Threads checking many domains at once get email-validator's verdicts."""
    addresses = [f"{name}{n}@acme-{n % 12}.de" for n in range(48) for name in "ab"]

    def check_all(offset: int) -> list[tuple[bool, str]]:
        return [_email.verdict(a) for a in addresses[offset:] + addresses[:offset]]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(check_all, range(0, 96, 24)))
    expected = [
        [_email.whole(a) for a in addresses[offset:] + addresses[:offset]]
        for offset in range(0, 96, 24)
    ]
    assert (results, len(_email._DOMAINS)) == (expected, 3)


def test_forget_asks_again() -> None:
    """After forget(), the next look-up is answered afresh."""
    _email.verdict("forget.me@acme.de")
    _email.forget()
    assert (0, {}) == (_email.verdict.cache_info().currsize, _email._DOMAINS)
