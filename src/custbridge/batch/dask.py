"""Convert with Dask: a bag of JSON Lines in one pass, to two outputs.

Needs the ``dask`` extra (``pip install 'custbridge[dask]'``); importing
:mod:`custbridge` or :mod:`custbridge.batch` never imports Dask.

Read the input with ``dask.bag.read_text(paths, blocksize=None,
errors="surrogateescape")``: one partition per file, so that lines are
numbered as in the file (and as the command line numbers them), and bytes that
are not UTF-8 reach the converter, which rejects that one record.
:func:`convert_bag` tags each line to write; :func:`write_bag` writes the
converted records, the rejections and, if asked, the reports in one
computation (each partition converted once, by the task that writes it), one
part file per partition in each output, in the shapes the command line writes.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from custbridge.batch._lines import Kind, Tagged, convert_lines

if TYPE_CHECKING:
    from collections.abc import Iterable

    from custbridge.batch._convert import Options

__all__ = ["convert_bag", "write_bag"]


def convert_bag(lines: Any, options: Options, *, with_report: bool = False) -> Any:
    """Return a bag of ``(kind, line)``: each partition's lines converted.

    Args:
        lines: A ``dask.bag.Bag`` of JSON Lines, one partition per file.
        options: The run's options, made once, so that every worker stamps the
            same time.
        with_report: Also tag report lines (kind ``"report"``).

    Returns:
        A lazy ``dask.bag.Bag`` of :data:`~custbridge.batch.Tagged` pairs.
    """
    return lines.map_partitions(_partition, options=options, with_report=with_report)


def _partition(
    lines: Iterable[str], *, options: Options, with_report: bool
) -> list[Tagged]:
    return list(convert_lines(lines, options, with_report=with_report))


def write_bag(
    tagged: Any, output: str, errors: str, *, report: str | None = None
) -> dict[str, int]:
    """Write each kind of line to its files, converting once; return the counts.

    Each partition is converted and written by one task, which writes its
    part of every output; so nothing is converted twice, and nothing is kept
    in memory once written.

    Args:
        tagged: What :func:`convert_bag` returns.
        output: Where the converted records go: a path with a ``*``, which
            becomes the partition number, zero-padded (``converted/*.jsonl``
            gives ``converted/00000.jsonl``, …). Any file system that
            ``fsspec`` knows will do.
        errors: Where the rejections go, likewise.
        report: Where the reports go, likewise; ``None``: nowhere.

    Returns:
        How many lines of each kind were written: ``{"output": 31,
        "rejected": 5}`` (``"report"`` too when asked for).
    """
    import dask.bag  # noqa: PLC0415 - only with the extra

    paths: dict[Kind, str] = {"output": output, "rejected": errors}
    if report is not None:
        paths["report"] = report
    numbers = dask.bag.from_sequence(
        range(tagged.npartitions), npartitions=tagged.npartitions
    )
    counts = tagged.map_partitions(_write_partition, numbers, paths=paths).compute()
    return {kind: sum(n for k, n in counts if k == kind) for kind in paths}


def _write_partition(
    tagged: Iterable[Tagged], numbers: Iterable[int], *, paths: dict[Kind, str]
) -> list[tuple[Kind, int]]:
    """Write one partition's lines to its part of each output; count them."""
    import fsspec  # noqa: PLC0415 - a dependency of dask

    (number,) = numbers
    with contextlib.ExitStack() as stack:
        files = {}
        for kind, path in paths.items():
            part = path.replace("*", f"{number:05d}")
            files[kind] = stack.enter_context(
                fsspec.open(part, "w", encoding="utf-8", auto_mkdir=True)
            )
        counts = dict.fromkeys(paths, 0)
        for kind, line in tagged:
            if kind in files:
                files[kind].write(line + "\n")
                counts[kind] += 1
    return list(counts.items())
