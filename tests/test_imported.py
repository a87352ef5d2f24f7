"""Callbacks that wait for a module of models to be imported."""

from __future__ import annotations

import sys
import types

import pytest

from custbridge import _imported


@pytest.fixture
def module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """A module not yet imported, as far as ``_imported`` knows."""
    monkeypatch.setattr(_imported, "_DONE", set())
    monkeypatch.setattr(_imported, "_WAITING", {})
    made = types.ModuleType("custbridge_test_models")
    monkeypatch.setitem(sys.modules, made.__name__, made)
    return made


def test_a_callback_waits_for_the_import(module: types.ModuleType) -> None:
    """Asked before the import, each callback runs once, when it is done."""
    calls: list[tuple[str, types.ModuleType]] = []
    for tag in "ab":
        _imported.when_imported(module.__name__, lambda m, t=tag: calls.append((t, m)))
    waited = list(calls)
    _imported.imported(module.__name__)
    _imported.imported(module.__name__)
    assert (waited, calls) == ([], [("a", module), ("b", module)])


def test_a_callback_runs_at_once_after_the_import(module: types.ModuleType) -> None:
    """Asked after the import, the callback runs straight away."""
    calls: list[types.ModuleType] = []
    _imported.imported(module.__name__)
    _imported.when_imported(module.__name__, calls.append)
    assert [module] == calls


@pytest.mark.parametrize("name", ["custbridge.accounting", "custbridge.response"])
def test_the_models_say_they_are_imported(name: str) -> None:
    """Both modules of models announce themselves once imported."""
    __import__(name)
    calls: list[types.ModuleType] = []
    _imported.when_imported(name, calls.append)
    assert [sys.modules[name]] == calls
