"""Lines in, tagged JSON lines out: what a Dask or Spark partition does.

Engines split files into lines and run a function over each partition. This is
that function, free of any engine, so that it is tested here and behaves on a
worker exactly as the command line does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from custbridge.batch._pool import convert_in_chunks
from custbridge.batch._read import Record, records_from_lines

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from custbridge.batch._convert import Options

__all__ = ["Kind", "Tagged", "convert_lines", "convert_numbered_lines"]

Kind = Literal["output", "rejected", "report"]
Tagged = tuple[Kind, str]
"""A line to write and where it goes: the output, the errors or the report."""


def convert_lines(
    lines: Iterable[str | bytes],
    options: Options,
    *,
    first: int = 1,
    with_report: bool = False,
) -> Iterator[Tagged]:
    """Convert JSON Lines, numbered from *first*; tag each line to write.

    Each tag's lines come in input order, the same lines the command line
    writes to ``--output``, ``--errors`` and ``--report``.

    >>> import uuid
    >>> from custbridge import DataSource
    >>> from custbridge.batch import Options
    >>> options = Options(tenant_id=uuid.uuid4(), source=DataSource.NETSUITE)
    >>> list(convert_lines(["", "7"], options))
    [('rejected', '{"line": 2, "messages": ["$: must be a JSON object, or JSON text of one (got: 7)"], "record": 7}')]
    """  # noqa: E501
    return _tagged(
        records_from_lines(lines, first=first), options, with_report=with_report
    )


def convert_numbered_lines(
    lines: Iterable[tuple[str | bytes, int]],
    options: Options,
    *,
    with_report: bool = False,
) -> Iterator[Tagged]:
    """Like :func:`convert_lines`, for lines paired with their index from 0.

    This is what Spark's ``zipWithIndex`` gives, so that a partition in the
    middle of a file numbers its lines as the file does.
    """
    records = (
        record
        for line, index in lines
        for record in records_from_lines([line], first=index + 1)
    )
    return _tagged(records, options, with_report=with_report)


def _tagged(
    records: Iterable[Record], options: Options, *, with_report: bool
) -> Iterator[Tagged]:
    for chunk in convert_in_chunks(records, options, with_report=with_report):
        for line in chunk.output:
            yield "output", line
        for rejected in chunk.rejected:
            yield "rejected", rejected.to_json()
        for line in chunk.reports:
            yield "report", line
