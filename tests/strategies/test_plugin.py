"""The Hypothesis plugin: cheap on every ``import hypothesis``, working when used."""

from __future__ import annotations

import pytest

import fresh

# attrs is left out: some Hypothesis versions custbridge supports import it
# themselves (6.110, the lowest, does), and models that loaded would show as
# custbridge's own modules anyway.
LOADED = (
    "import sys;"
    "print(sorted(m for m in sys.modules"
    " if m.split('.')[0] in {'custbridge', 'cattrs', 'email_validator',"
    " 'stdnum', 'pycountry'}))"
)
# Draw one value of each type through st.from_type, and print their types.
DRAWN = """
from hypothesis import given, settings, strategies as st
@settings(max_examples=1, database=None)
@given(st.from_type(AccountingCustomer), st.from_type(CustomerResponse))
def draw(customer, response):
    print(sorted([type(customer).__name__, type(response).__name__]))
draw()
"""


def test_import_hypothesis_imports_nothing_heavy() -> None:
    """The plugin loads neither the models, converters, stdnum nor their peers."""
    done = fresh.run(f"import hypothesis; {LOADED}")
    assert (
        "['custbridge', 'custbridge._imported', 'custbridge.strategies',"
        " 'custbridge.strategies._plugin']\n",
        "",
    ) == (done.stdout, done.stderr)


@pytest.mark.parametrize(
    "first",
    [
        "import hypothesis; from custbridge import AccountingCustomer, CustomerResponse",
        "from custbridge import AccountingCustomer, CustomerResponse; import hypothesis",
        "from custbridge.accounting import AccountingCustomer; import hypothesis;"
        "from custbridge.response import CustomerResponse",
    ],
    ids=["hypothesis first", "models first", "one model each side"],
)
def test_from_type_works_whatever_is_imported_first(first: str) -> None:
    """Models imported before or after Hypothesis are registered with it."""
    done = fresh.run(f"{first}\n{DRAWN}")
    assert ("['AccountingCustomer', 'CustomerResponse']\n", "") == (
        done.stdout,
        done.stderr,
    )


def test_strategies_load_when_first_resolved() -> None:
    """Registering a model imports no strategy; resolving its type does."""
    code = (
        "import sys, hypothesis; from custbridge import AccountingCustomer;"
        "before = 'custbridge.strategies._models' in sys.modules;"
        "from hypothesis import strategies as st;"
        "st.from_type(AccountingCustomer).validate();"
        "print(before, 'custbridge.strategies._models' in sys.modules)"
    )
    done = fresh.run(code)
    assert ("False True\n", "") == (done.stdout, done.stderr)
