"""The JSON parser every reader of records shares: a key given twice is an error.

The loaders parse JSON text with it, and the batch reader parses the elements of
a JSON array with it, so a value the reader parsed is the value the loader would
have parsed from the element's text.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["DECODER", "unique_keys"]


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Make an object of *pairs*, refusing a key that comes twice.

    Raises:
        ValueError: naming the first key that repeats.
    """
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        msg = f"repeats the key {json.dumps(twice)}"
        raise ValueError(msg)
    return result


DECODER = json.JSONDecoder(object_pairs_hook=unique_keys)
"""Parses as ``json.loads(text, object_pairs_hook=unique_keys)`` does."""
