"""The library's Hypothesis strategies and their registration."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge import strategies
from custbridge._hypothesis_plugin import _hypothesis_setup_hook
from email_validator import validate_email


@pytest.mark.parametrize("cls", sorted(strategies.STRATEGIES, key=lambda c: c.__name__))
def test_from_type_uses_our_strategies(cls: type) -> None:
    """``st.from_type`` draws valid instances of every model."""
    _hypothesis_setup_hook()

    @given(st.from_type(cls))
    def draws(value: object) -> None:
        assert type(value) is cls

    draws()


@given(strategies.emails())
def test_emails_are_valid(address: str) -> None:
    """Every generated email address passes email-validator without DNS."""
    validate_email(address, check_deliverability=False)
