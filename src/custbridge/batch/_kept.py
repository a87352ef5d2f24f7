"""What a rejected record keeps of its input, and how a result is written.

A rejection keeps the record's JSON value when it can be read and written back,
else its text, with each byte that was not UTF-8 escaped; every result is one
line of JSON.
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import TYPE_CHECKING, Any

from custbridge.batch._array import UNPARSED

if TYPE_CHECKING:
    from custbridge.batch._read import Record

UNDECODABLE = re.compile("[\udc80-\udcff]")  # bytes kept by surrogateescape


def kept(record: Record) -> Any:
    """Return what a rejection of *record* keeps: its JSON value, else its text."""
    value: Any = printable(record.text)
    if not UNDECODABLE.search(record.text):
        with contextlib.suppress(ValueError, RecursionError):  # else: keep the text
            loaded = (
                json.loads(record.text) if record.value is UNPARSED else record.value
            )
            if _depth_at_most(loaded, _MAX_DEPTH):  # else pickling it may recurse
                value = loaded
    return value


_MAX_DEPTH = 200
"""How deep a rejected record's value may nest to be kept as JSON, not text.

Python 3.13's JSON parser reads nesting far deeper than ``pickle`` and
``json.dumps`` then write back; the text of such a record is kept instead.
"""


def _depth_at_most(value: Any, limit: int) -> bool:
    """Return whether *value* nests *limit* lists and dicts deep or less."""
    level = [value]
    for _ in range(limit + 1):
        level = [
            item
            for node in level
            if isinstance(node, (list, dict))
            for item in (node.values() if isinstance(node, dict) else node)
        ]
        if not level:
            return True
    return False


def printable(text: str) -> str:
    r"""*text* with each byte that was not UTF-8 written as ``\\xff``."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def dumps(value: Any) -> str:
    """One line of JSON, UTF-8 where it can be, ASCII escapes where it cannot."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only an escape can carry it
        return json.dumps(value)
    return text
