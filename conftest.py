"""Test tiers and Hypothesis profiles.

``pytest`` alone is the developer's run: every test but those marked ``slow``
or ``heavy``, each property with 20 examples (profile ``dev``). ``pytest
--run-slow`` is what CI and the README run: the ``slow`` tests too, 100
examples a property (profile ``ci``). Both are deterministic.
``HYPOTHESIS_PROFILE=heavy`` is the by-hand tier: the ``heavy`` tests too, and
5,000 examples a property, with fresh randomness.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    import pytest

_COMMON = {
    "deadline": None,
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow],
}
settings.register_profile("dev", derandomize=True, max_examples=20, **_COMMON)
settings.register_profile("ci", derandomize=True, max_examples=100, **_COMMON)
settings.register_profile("heavy", max_examples=5000, **_COMMON)

# Type-checked by mypy, never run: importing it would execute it.
collect_ignore = ["tests/typing"]
# Programs that import Dask or PySpark at the top; the distributed tier runs them.
collect_ignore_glob = ["docs/examples/*.py"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--run-slow``."""
    parser.addoption(
        "--run-slow",
        action="store_true",
        help="run every tier: the slow tests too, with the 'ci' Hypothesis profile",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Load the Hypothesis profile of the tier."""
    # Before collection, so module-level settings read the chosen profile.
    full = config.getoption("--run-slow")
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if full else "dev"))


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Deselect the tiers not asked for."""
    heavy = os.environ.get("HYPOTHESIS_PROFILE") == "heavy"
    skipped = set() if heavy else {"heavy"}
    if not heavy and not config.getoption("--run-slow"):
        skipped.add("slow")
    if "distributed" not in (config.option.markexpr or ""):
        skipped.add("distributed")  # needs the dask and spark extras, and Java
    left_out = [i for i in items if any(i.get_closest_marker(m) for m in skipped)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [i for i in items if i not in left_out]
