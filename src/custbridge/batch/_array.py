"""Split a JSON array into its elements, in linear time.

Each element is parsed where it stands with ``json.JSONDecoder.raw_decode``
(fast, in C), by the loaders' own parser (a key given twice is an error), and
its value is handed on with its text, so the converter does not parse it
again. When that fails because the buffer ends inside the element, the buffer
grows by as much as the element already holds, so a record of any size is
parsed a bounded number of times. When the element itself is broken (or nested
too deeply for the parser), a scanner that tracks only strings and brackets
finds where it ends: at the next ``,`` or ``]`` outside any string or bracket.
So a broken element is one record, to be rejected, and the array goes on after
it.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import IO, TYPE_CHECKING, Any

from custbridge._json import DECODER

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["UNPARSED", "ArrayReader"]

_READ = 1 << 16
UNPARSED: Any = ...
"""The value of an element that did not parse: only its text is handed on."""
_NONBLANK = re.compile(r"[^ \t\r\n]")
_STRUCTURE = re.compile(r'[][{}",]')
_IN_STRING = re.compile(r'["\\]')
_NEAR_END = 16  # a parse error this close to the buffer's end may be a cut
_UNTERMINATED = "Unterminated string"


def _depth(text: str, start: int) -> int:
    """Opening brackets less closing ones in *text* from *start*, strings and all."""
    opened = text.count("[", start) + text.count("{", start)
    return opened - text.count("]", start) - text.count("}", start)


class ArrayReader:
    """Iterate over the elements of the array that *head* starts.

    Attributes:
        broke_off: After iteration: why the array did not end, or ``None``.
        rest: After iteration: the bytes after the closing ``]`` (the stream
            goes on after them), or ``None`` when the array broke off.
        line: After iteration: the line number, from 1, on which *rest* starts.
    """

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        """Read *head*, which holds ``[`` after white space, then *stream*."""
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        self._buffer = self._decoder.decode(head)
        self._pos = self._buffer.index("[") + 1
        self._eof = False
        self._newlines = 0  # in the text already dropped from the buffer
        self.broke_off: str | None = None
        self.rest: bytes | None = None
        self.line = 1

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """Yield each element's text, stripped of white space, and its value.

        The value is :data:`UNPARSED` when the element is not JSON (or repeats
        a key, or nests too deeply for the parser).
        """
        char = self._skip()
        if char == "]":
            self._close()
            return
        count = 0
        while char:
            yield self._element()
            count += 1
            char = self._skip()
            if char == "]":
                self._close()
                return
            if char == ",":
                self._pos += 1
                char = self._skip()
        self.broke_off = (
            f"the input ended inside the JSON array, after {count} elements:"
            " the closing ']' is missing"
        )

    def _more(self, at_least: int = _READ) -> bool:
        """Read on, dropping the text before the current position.

        Returns:
            ``False`` when the input had already ended.
        """
        if self._eof:
            return False
        data = self._stream.read(max(at_least, _READ))
        self._eof = not data
        self._newlines += self._buffer.count("\n", 0, self._pos)
        tail = self._decoder.decode(data, final=self._eof)
        self._buffer = self._buffer[self._pos :] + tail
        self._pos = 0
        return True

    def _skip(self) -> str:
        """Move past white space; return the next character, or ``""`` at the end."""
        while True:
            found = _NONBLANK.search(self._buffer, self._pos)
            if found:
                self._pos = found.start()
                return self._buffer[self._pos]
            self._pos = len(self._buffer)
            if not self._more():
                return ""

    def _element(self) -> tuple[str, Any]:
        """Return the element at the current position, and move past it."""
        while True:
            try:
                value, end = DECODER.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as error:
                string = error.msg.startswith(_UNTERMINATED)
                cut = string or len(self._buffer) - error.pos < _NEAR_END
                if cut and self._more_until_closed(string=string):
                    continue
                return self._frame(), UNPARSED
            except (ValueError, RecursionError):  # a key twice, a long number, deep
                return self._frame(), UNPARSED
            after = _NONBLANK.search(self._buffer, end)
            if after is None and self._more(len(self._buffer) - self._pos):
                continue  # a number may go on, or the delimiter is still unread
            if after is None or self._buffer[after.start()] in ",]":
                text = self._buffer[self._pos : end]
                self._pos = end
                return text, value
            return self._frame(), UNPARSED

    def _more_until_closed(self, *, string: bool) -> bool:
        """Read on until the element may have ended; then it is worth parsing again.

        Parsing a cut element fails only at its end, so each attempt costs as
        much as the element so far. Reads double the buffer, and a new attempt
        waits until as many brackets are closed as opened (counted in C,
        strings and all) and, if the cut was inside a string, a quote came; or
        until the element has grown 64-fold: so a big element is parsed about
        once.

        Returns:
            ``False`` when the input had already ended.
        """
        tried = len(self._buffer) - self._pos
        depth = _depth(self._buffer, self._pos)
        while True:
            start = len(self._buffer) - self._pos
            if not self._more(start):
                return False
            new = self._pos + start
            depth += _depth(self._buffer, new)
            closed = depth <= 0 and (not string or '"' in self._buffer[new:])
            if closed or self._eof or len(self._buffer) - self._pos >= 64 * tried:
                return True

    def _frame(self) -> str:
        """Return the text up to the next top-level ``,`` or ``]``; move there."""
        depth, offset, in_string = 0, 0, False
        while True:
            pattern = _IN_STRING if in_string else _STRUCTURE
            found = pattern.search(self._buffer, self._pos + offset)
            char = found.group() if found else ""
            if found is None or (char == "\\" and found.end() == len(self._buffer)):
                offset = (
                    found.start() - self._pos
                    if found
                    else len(self._buffer) - self._pos
                )
                if self._more(len(self._buffer) - self._pos):
                    continue
                text = self._buffer[self._pos :].strip()
                self._pos = len(self._buffer)
                return text
            offset = found.end() - self._pos
            if in_string:
                in_string = char != '"'
                offset += char == "\\"  # skip the escaped character
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
            elif depth:
                depth -= char in "]}"
            elif char in ",]":
                text = self._buffer[self._pos : found.start()].strip()
                self._pos = found.start()
                return text

    def _close(self) -> None:
        """Note where the text after the closing ``]`` starts, and keep it."""
        self._pos += 1
        self.line = 1 + self._newlines + self._buffer.count("\n", 0, self._pos)
        pending, _ = self._decoder.getstate()
        rest = self._buffer[self._pos :].encode("utf-8", "surrogateescape")
        self.rest = rest + pending
