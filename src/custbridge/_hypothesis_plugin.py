"""Hypothesis plugin: registers custbridge's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` through the ``hypothesis`` entry
point when it is imported, so users need no set-up of their own.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis is loading

    from custbridge.strategies import STRATEGIES  # noqa: PLC0415 - needs hypothesis

    for cls, factory in STRATEGIES.items():
        st.register_type_strategy(cls, st.deferred(factory))
