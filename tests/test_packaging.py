"""The package's public surface and metadata."""

from __future__ import annotations

import importlib
import inspect
from importlib import metadata

import pytest

import custbridge
import fresh


def test_version_comes_from_metadata() -> None:
    """``__version__`` is read from the installed package's metadata."""
    assert metadata.version("custbridge") == custbridge.__version__


def test_unknown_attribute_raises() -> None:
    """Asking for a name the package does not have raises AttributeError."""
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = custbridge.nope  # type: ignore[attr-defined]


def test_all_is_sorted_and_complete() -> None:
    """``__all__`` is sorted and names exactly the public names ``dir()`` shows."""
    public = {
        name
        for name in dir(custbridge)
        if not name.startswith("_") and not inspect.ismodule(getattr(custbridge, name))
    }
    assert sorted(custbridge.__all__) == custbridge.__all__
    assert public == set(custbridge.__all__)


@pytest.mark.parametrize("name", custbridge.__all__)
def test_each_name_is_its_home_modules_object(name: str) -> None:
    """A name of the package root is the object its home module defines."""
    home = importlib.import_module(f"custbridge.{custbridge._HOMES[name]}")
    assert getattr(home, name) is getattr(custbridge, name)


@pytest.mark.parametrize(
    "module",
    ["accounting", "converters", "exceptions", "mapping", "report", "response",
     "schema", "tax"],
)  # fmt: skip
def test_modules_are_attributes_of_the_package(
    module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The modules ``import custbridge`` once loaded are still its attributes."""
    loaded = importlib.import_module(f"custbridge.{module}")
    monkeypatch.delattr(custbridge, module)  # as if no one had imported it yet
    assert loaded is getattr(custbridge, module)


HEAVY = ["email_validator", "pycountry", "stdnum"]
LOADED = "import sys; print(sorted({m.split('.')[0] for m in sys.modules} & HEAVY))"


@pytest.mark.parametrize(
    "code",
    [
        "import custbridge",
        "from custbridge import *",
        "import custbridge.converters, custbridge.mapping, custbridge.schema",
    ],
)
def test_importing_loads_no_heavy_dependency(code: str) -> None:
    """email-validator, python-stdnum and pycountry load when first needed."""
    done = fresh.run(f"HEAVY = {set(HEAVY)!r}; {code}; {LOADED}")
    assert ("[]\n", "") == (done.stdout, done.stderr)


def test_heavy_dependencies_load_on_first_use() -> None:
    """Loading and mapping a record loads what its values need, and works."""
    code = (
        "import uuid; from custbridge import *;"
        "accounting_to_response(load_accounting({'id': '1', 'name': 'Acme',"
        " 'taxId': 'DE136695976', 'contact': {'email': 'anna@acme.de'},"
        " 'corporateAddress': {'country': 'Germany'}, 'modifiedDate': '2024-03-01'}),"
        " tenant_id=uuid.UUID(int=1), source=DataSource.ZOHO_BOOKS)"
    )
    done = fresh.run(f"HEAVY = {set(HEAVY)!r}; {code}; {LOADED}")
    assert (f"{HEAVY}\n", "") == (done.stdout, done.stderr)
