"""Read records from JSON Lines or a JSON array, one at a time, from bytes.

The input is read as bytes and decoded as UTF-8 with ``surrogateescape``, so a
byte that is not UTF-8 becomes a marker in that one record's text (which the
converter then rejects) instead of an error that ends the run. A byte order
mark is skipped at the start of the input and of every line.
"""

from __future__ import annotations

import codecs
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from custbridge.batch._array import UNPARSED, ArrayReader

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["Position", "Record", "RecordReader", "records_from_lines"]

_BOM = "\ufeff"
_BLANK = b" \t\r\n"
_READ = 1 << 16
AFTER_ARRAY = (
    "text after the end of the JSON array: a file holds one array, or JSON Lines"
)


@attrs.frozen
class Position:
    """Where a record was: ``line`` (from 1) in JSON Lines, ``index`` (from 0) in an array."""  # noqa: E501

    kind: Literal["line", "index"]
    number: int

    def __str__(self) -> str:
        """Render as ``line 3`` or ``index 0``."""
        return f"{self.kind} {self.number}"


@attrs.frozen
class Record:
    """One record as read.

    Attributes:
        position: Where it was in the input.
        text: Its JSON text. Bytes that were not UTF-8 are kept as lone
            surrogates (``surrogateescape``), so the text can be rejected
            with what it held.
        problem: Why the record is rejected whatever its content (it follows a
            JSON array), or ``None``.
        value: The value of *text* when the reader parsed it already, else
            ``...`` (Ellipsis, which no JSON text gives). The reader of a JSON
            array must parse each element to find where it ends, and hands the
            value on, so converting does not parse it twice; it parses as the
            loaders do (a key given twice is an error). It takes no part in
            equality: it is *text*, parsed.
    """

    position: Position
    text: str
    problem: str | None = None
    value: Any = attrs.field(default=UNPARSED, eq=False, repr=False)


def records_from_lines(
    lines: Iterable[str | bytes], *, first: int = 1, problem: str | None = None
) -> Iterator[Record]:
    """Yield a record for every line that is not blank, numbered from *first*.

    This is how JSON Lines are read everywhere, in the command line and on
    Dask and Spark workers alike: bytes are decoded as UTF-8 with
    ``surrogateescape``, a leading byte order mark and surrounding white
    space are dropped, blank lines count but yield nothing.

    >>> [str(r.position) for r in records_from_lines(['{}', '  ', b'[]'])]
    ['line 1', 'line 3']
    """
    for number, line in enumerate(lines, start=first):
        text = (
            line.decode("utf-8", "surrogateescape") if isinstance(line, bytes) else line
        )
        text = text.strip().removeprefix(_BOM).strip()
        if text:
            yield Record(Position("line", number), text, problem)


class RecordReader:
    """Iterate over the records of a binary stream of JSON Lines or a JSON array.

    The first byte that is not white space (after a byte order mark) decides:
    ``[`` is an array, anything else JSON Lines. Memory holds one record at a
    time and the time taken is linear in the input's size.

    Attributes:
        broke_off: Set after iteration when the input ended inside an array
            (no closing ``]``): what was missing. ``None`` otherwise.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        """Read from *stream*, which must be opened in binary mode."""
        self._stream = stream
        self.broke_off: str | None = None

    def __iter__(self) -> Iterator[Record]:
        """Yield the records in input order."""
        head = self._stream.read(_READ).removeprefix(codecs.BOM_UTF8)
        while head and not head.strip(_BLANK):  # only white space so far
            more = self._stream.read(_READ)
            if not more:
                return
            head += more
        if head.lstrip(_BLANK).startswith(b"["):
            yield from self._array(head)
        elif head:
            yield from records_from_lines(_lines(head, self._stream))

    def _array(self, head: bytes) -> Iterator[Record]:
        reader = ArrayReader(head, self._stream)
        for index, (text, value) in enumerate(reader):
            yield Record(Position("index", index), text, None, value)
        self.broke_off = reader.broke_off
        if reader.rest is not None:
            lines = _lines(reader.rest, self._stream)
            yield from records_from_lines(lines, first=reader.line, problem=AFTER_ARRAY)


def _lines(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    r"""The lines of *head* followed by *stream*, split at ``\n`` only."""
    *whole, partial = head.split(b"\n")
    yield from whole
    yield partial + stream.readline()
    yield from stream
