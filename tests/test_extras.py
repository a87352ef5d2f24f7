"""The shared empty ``extras``: one read-only ``{}`` for every model without unknown keys."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import attrs
import pytest

from custbridge import (
    AccountingCustomer,
    CorporateAddress,
    dump_accounting,
    load_accounting,
)
from custbridge._extras import NO_EXTRAS

LOADED = load_accounting(
    {"id": "1", "name": "Acme", "corporateAddress": {"city": "Berlin"}}
)


@pytest.mark.parametrize(
    "model",
    [
        LOADED,
        LOADED.corporate_address,
        AccountingCustomer(id="1", name="Acme"),
        AccountingCustomer(id="1", name="Acme", extras={}),
        AccountingCustomer(id="1", name="Acme", extras=None),  # type: ignore[arg-type]
        attrs.evolve(LOADED, name="Acme AG"),
        attrs.evolve(AccountingCustomer(id="1", name="A", extras={"k": 1}), extras={}),
    ],
)
def test_models_without_unknown_keys_share_one_empty_extras(model: Any) -> None:
    """Loaded, built, evolved or emptied: a model without unknown keys shares it."""
    assert model.extras is NO_EXTRAS


def test_unknown_keys_get_a_plain_dict_of_their_own() -> None:
    """A model with unknown keys keeps its own plain copy, as before."""
    given = {"k": [1]}
    model = CorporateAddress(extras=given)
    assert (dict, {"k": [1]}, False) == (
        type(model.extras),
        model.extras,
        model.extras is given,
    )


def test_it_behaves_as_an_empty_dict() -> None:
    """It compares, prints, writes and round-trips as ``{}``."""
    dumped = dump_accounting(LOADED)
    assert ({}, "{}", "{}", 0, [], LOADED) == (
        NO_EXTRAS,
        repr(NO_EXTRAS),
        json.dumps(NO_EXTRAS),
        len(NO_EXTRAS),
        [k for k in [*dumped, *dumped["corporateAddress"]] if k == "extras"],
        load_accounting(dumped),
    )


@pytest.mark.parametrize(
    "copied",
    [
        lambda v: pickle.loads(pickle.dumps(v)),  # noqa: S301 - our own data
        copy.copy,
        copy.deepcopy,
    ],
    ids=["pickle", "copy", "deepcopy"],
)
def test_copies_are_the_one_instance(copied: Any) -> None:
    """Pickled or copied, alone or in a model, it comes back as itself."""
    assert (NO_EXTRAS, NO_EXTRAS) == (copied(NO_EXTRAS), copied(LOADED).extras)
    assert copied(NO_EXTRAS) is NO_EXTRAS
    assert copied(LOADED).extras is NO_EXTRAS


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e.__setitem__("k", 1),
        lambda e: e.__delitem__("k"),
        lambda e: e.__ior__({"k": 1}),
        lambda e: e.clear(),
        lambda e: e.pop("k", None),
        lambda e: e.popitem(),
        lambda e: e.setdefault("k", 1),
        lambda e: e.update(k=1),
    ],
    ids=["set", "del", "ior", "clear", "pop", "popitem", "setdefault", "update"],
)
def test_it_is_read_only(change: Any) -> None:
    """No model's ``extras`` can change another's through the shared one."""
    with pytest.raises(TypeError, match="shared and read-only") as raised:
        change(LOADED.extras)
    assert (NO_EXTRAS, str(raised.value)) == (
        {},
        "a model's empty extras is shared and read-only; build a new model with "
        "the keys instead (attrs.evolve(model, extras=...))",
    )
