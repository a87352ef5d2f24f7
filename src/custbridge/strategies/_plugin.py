"""Hypothesis plugin: registers custbridge's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` through the ``hypothesis`` entry
point on every ``import hypothesis`` where custbridge is installed, also in
programs that never use custbridge, and possibly from inside
``custbridge.strategies`` itself. So the hook imports nothing heavy: it
registers each model when its module has been imported (at once if it has),
and what it registers is a function that Hypothesis calls when it resolves the
type, so the strategies themselves are imported only when ``st.from_type``
first asks for one (a strategy object would be built at once: Hypothesis checks
that it is not empty). Importing this module imports neither Hypothesis nor the
models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custbridge._imported import when_imported

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

    from hypothesis.strategies import SearchStrategy

MODELS = {
    "custbridge.accounting": (
        "AccountingAddress",
        "AccountingCustomer",
        "AddressContact",
        "ContactAddress",
        "CorporateAddress",
        "PaymentTerms",
        "PrimaryContact",
        "RelatedCompany",
    ),
    "custbridge.response": ("AddressDto", "CustomerAddresses", "CustomerResponse"),
}
"""The models that have a strategy, by the module that defines them."""


def _strategy_of(cls: type) -> Callable[[type], SearchStrategy[Any]]:
    def resolve(_: type) -> SearchStrategy[Any]:  # whichever type was asked for
        from custbridge.strategies._models import STRATEGIES  # noqa: PLC0415 - lazily

        return STRATEGIES[cls]()  # type: ignore[no-any-return]

    return resolve


def _register(module: ModuleType) -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - loaded by now

    for name in MODELS[module.__name__]:
        cls = getattr(module, name)
        st.register_type_strategy(cls, _strategy_of(cls))


def _hypothesis_setup_hook() -> None:
    for module in MODELS:
        when_imported(module, _register)
