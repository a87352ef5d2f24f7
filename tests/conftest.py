"""Hypothesis profiles: ``ci`` (default) is deterministic; ``heavy`` is for hand runs.

Select one with ``HYPOTHESIS_PROFILE=heavy python -m pytest``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("heavy", max_examples=5000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Type-checked by mypy, never run: importing it would execute it.
collect_ignore = ["typing"]
