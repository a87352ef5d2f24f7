"""Hypothesis plugin: registers custbridge's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` through the ``hypothesis`` entry
point while it is being imported, which may be from inside
``custbridge.strategies`` itself; so the hook registers deferred strategies and
the strategies are imported only when one is first drawn from. Importing this
module imports neither Hypothesis nor the strategies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import custbridge

if TYPE_CHECKING:
    from collections.abc import Callable

    from hypothesis.strategies import SearchStrategy

MODELS = (
    custbridge.AccountingAddress,
    custbridge.AccountingCustomer,
    custbridge.AddressContact,
    custbridge.AddressDto,
    custbridge.ContactAddress,
    custbridge.CorporateAddress,
    custbridge.CustomerAddresses,
    custbridge.CustomerResponse,
    custbridge.PaymentTerms,
    custbridge.PrimaryContact,
    custbridge.RelatedCompany,
)


def _definition(cls: type) -> Callable[[], SearchStrategy[Any]]:
    def define() -> SearchStrategy[Any]:
        from custbridge.strategies._models import STRATEGIES  # noqa: PLC0415 - lazily

        return STRATEGIES[cls]()  # type: ignore[no-any-return]

    return define


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis is loading

    for cls in MODELS:
        st.register_type_strategy(cls, st.deferred(_definition(cls)))
