"""B2B/B2C classification of tax numbers.

This module holds the :class:`B2bOrB2c` label that the response model uses.
"""

from __future__ import annotations

import enum

__all__ = ["B2bOrB2c"]


class B2bOrB2c(str, enum.Enum):
    """Whether a customer is a business (``b2b``) or a consumer (``b2c``)."""

    B2B = "b2b"
    B2C = "b2c"
