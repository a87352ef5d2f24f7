"""Input files for the batch tests: good, bad and malformed records as bytes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from payloads import accounting, changed


def good(i: int) -> dict[str, Any]:
    return changed(accounting(), "id", f"C-{i}")


def bad(i: int) -> dict[str, Any]:
    return changed(good(i), "creditLimit", "n/a")


def jsonl(records: list[Any]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


DEEP = b"[" * 5000 + b"]" * 5000
# Python 3.13's JSON parser reads DEEP; earlier ones give up (RecursionError).
try:
    json.loads(DEEP)
except RecursionError:
    DEEP_MESSAGE = '$: is JSON nested too deeply to read (got: "' + "[" * 57 + '…")'
else:
    DEEP_MESSAGE = (
        "$: must be a JSON object, or JSON text of one (got: " + "[" * 58 + "…])"
    )
# Lines that each hold one record that cannot convert, whatever is around them.
MALFORMED = [
    b"{not json",
    b'{"id": "\xff\xfe"}',  # not UTF-8
    b'{"id": "\\ud800", "name": "A", "modifiedDate": "2024-01-01"}',  # lone surrogate
    DEEP,
    b"tru",
    b"7",
    b'{"id": "C-1"} {"id": "C-2"}',
]
BLANK = [b"", b"  ", b"\r", b"\xef\xbb\xbf"]


@st.composite
def line_files(draw: st.DrawFn) -> tuple[bytes, int]:
    """A JSON Lines file of good, bad, malformed and blank lines; its record count."""
    lines = draw(
        st.lists(
            st.one_of(
                st.integers(0, 999).map(lambda i: json.dumps(good(i)).encode()),
                st.integers(0, 999).map(lambda i: json.dumps(bad(i)).encode()),
                st.integers(0, 999).map(
                    lambda i: b"\xef\xbb\xbf" + json.dumps(good(i)).encode()
                ),
                st.sampled_from(MALFORMED),
                st.sampled_from(BLANK),
            ),
            max_size=30,
        )
    )
    bom = draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))
    records = sum(1 for line in lines if line.strip(b" \r\n\t\xef\xbb\xbf"))
    return bom + b"\n".join(lines) + draw(st.sampled_from([b"", b"\n"])), records


@st.composite
def array_files(draw: st.DrawFn) -> tuple[bytes, int]:
    """A JSON array of good, bad and malformed elements, then maybe lines of text."""
    elements = draw(
        st.lists(
            st.one_of(
                st.integers(0, 999).map(lambda i: json.dumps(good(i)).encode()),
                st.integers(0, 999).map(lambda i: json.dumps(bad(i)).encode()),
                st.sampled_from([m for m in MALFORMED if m != b"{not json"]),
            ),
            max_size=20,
        )
    )
    after, records_after = draw(line_files()) if draw(st.booleans()) else (b"", 0)
    space = draw(st.sampled_from([b"", b"\n", b" \n  "]))
    text = b"[" + space + (b"," + space).join(elements) + space + b"]"
    if after:
        text += b"\n" + after.removeprefix(b"\xef\xbb\xbf")
    return text, len(elements) + records_after
