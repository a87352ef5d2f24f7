"""The library's Hypothesis strategies and their registration."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from email_validator import validate_email
from hypothesis import given
from hypothesis import strategies as st

import fresh
from custbridge import ArgumentError, strategies
from custbridge.strategies._plugin import MODELS, _hypothesis_setup_hook
from hostile import hostile_values


def test_every_model_is_registered() -> None:
    """The plugin registers exactly the models that have a strategy."""
    registered = {(module, name) for module, names in MODELS.items() for name in names}
    assert registered == {(c.__module__, c.__name__) for c in strategies.STRATEGIES}


def test_strategies_import_first_in_a_fresh_interpreter() -> None:
    """Importing custbridge.strategies before Hypothesis works (no import cycle)."""
    code = (
        "import custbridge.strategies as s; import custbridge;"
        "s.accounting_customers(); print('ok')"
    )
    done = fresh.run(code)
    assert ("ok\n", "") == (done.stdout, done.stderr)


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


def test_the_plugin_imports_without_hypothesis() -> None:
    """Hypothesis's entry point can load the plugin before Hypothesis is loaded."""
    code = (
        "import sys, custbridge.strategies._plugin;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'hypothesis'))"
    )
    done = fresh.run(code)
    assert ("[]\n", "") == (done.stdout, done.stderr)


def test_an_unknown_name_is_an_attribute_error() -> None:
    """The lazy module says which name it lacks."""
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = strategies.nope  # type: ignore[attr-defined]


@given(hostile_values(), hostile_values())
def test_only_our_errors_escape_the_tax_strategies(kind: Any, country: Any) -> None:
    """tax_numbers and supported_countries raise only ArgumentError for bad arguments."""
    for call in (
        lambda: strategies.tax_numbers(kind, country),
        lambda: strategies.supported_countries(kind),
    ):
        with contextlib.suppress(ArgumentError):
            call()


def test_the_countries_python_stdnum_lacks_have_numbers() -> None:
    """tax_numbers() draws numbers of the countries only custbridge's own types know."""
    from custbridge.strategies import supported_countries  # noqa: PLC0415

    new = {"AE", "BD", "BH", "KZ", "NG", "OM", "PH", "SA"}
    assert new <= set(supported_countries("b2b"))
    assert "KZ" in supported_countries("b2c")  # kz.iin
