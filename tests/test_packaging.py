"""The package's public surface and metadata."""

from __future__ import annotations

import inspect
from importlib import metadata

import pytest

import custbridge


def test_version_comes_from_metadata() -> None:
    """``__version__`` is read from the installed package's metadata."""
    assert metadata.version("custbridge") == custbridge.__version__


def test_unknown_attribute_raises() -> None:
    """Asking for a name the package does not have raises AttributeError."""
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = custbridge.nope  # type: ignore[attr-defined]


def test_all_is_sorted_and_complete() -> None:
    """``__all__`` is sorted and names exactly the public names defined."""
    public = {
        name
        for name, value in vars(custbridge).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert sorted(custbridge.__all__) == custbridge.__all__
    assert public == set(custbridge.__all__)
