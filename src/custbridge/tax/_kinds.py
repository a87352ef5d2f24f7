"""What a tax number module says about its holder."""

from __future__ import annotations

import enum


class Kind(enum.Enum):
    """The class of a python-stdnum module (the label policy)."""

    BUSINESS = "business"
    """Held by businesses, sole traders included: a valid number means B2B."""
    PERSONAL = "personal"
    """Held by natural persons: a valid number means B2C."""
    MIXED = "mixed"
    """Held by both; a discriminator in the number tells which."""
    NO_DISCRIMINATOR = "no-discriminator"
    """Held by both, and nothing in the number tells which."""
