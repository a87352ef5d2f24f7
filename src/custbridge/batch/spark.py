"""Convert with Spark: an RDD or DataFrame of JSON Lines, converted once.

Needs the ``spark`` extra (``pip install 'custbridge[spark]'``) and a Java
runtime; importing :mod:`custbridge` or :mod:`custbridge.batch` never imports
PySpark.

Read the input with ``sparkContext.textFile(path, use_unicode=False)``, so
that bytes that are not UTF-8 reach the converter, which rejects that one
record. Lines are numbered from 1 across the whole RDD, in partition order
(with ``zipWithIndex``, which counts each partition's lines first), as the
command line numbers the same file. :func:`write_rdd` keeps the converted
partitions (``persist``) while it writes the outputs, so each record is
converted once.
"""

from __future__ import annotations

import functools
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from custbridge.batch._lines import Kind, Tagged, convert_numbered_lines

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from custbridge.batch._convert import Options

__all__ = ["convert_dataframe", "convert_rdd", "write_rdd"]


def convert_rdd(lines: Any, options: Options, *, with_report: bool = False) -> Any:
    """Return an RDD of ``(kind, line)``: every line converted, in input order.

    Args:
        lines: A ``pyspark.RDD`` of JSON Lines (``str`` or ``bytes``).
        options: The run's options, made once, so that every executor stamps
            the same time.
        with_report: Also tag report lines (kind ``"report"``).
    """
    convert = functools.partial(_partition, options=options, with_report=with_report)
    return lines.zipWithIndex().mapPartitions(convert)


def convert_dataframe(
    frame: Any, options: Options, *, column: str = "value", with_report: bool = False
) -> Any:
    """Like :func:`convert_rdd`, for the text *column* of a DataFrame.

    ``spark.read.text(path)`` gives one line a row in the column ``value``;
    it decodes the bytes itself, replacing those that are not UTF-8.
    """
    lines = frame.select(column).rdd.map(itemgetter(0))
    return convert_rdd(lines, options, with_report=with_report)


def _partition(
    lines: Iterable[tuple[str | bytes, int]], *, options: Options, with_report: bool
) -> Iterator[Tagged]:
    return convert_numbered_lines(lines, options, with_report=with_report)


def write_rdd(
    tagged: Any, output: str, errors: str, *, report: str | None = None
) -> dict[str, int]:
    """Write each kind of line to its folder, converting once; return the counts.

    Args:
        tagged: What :func:`convert_rdd` returns.
        output: The folder for the converted records (``part-00000``, …).
        errors: The folder for the rejections.
        report: The folder for the reports; ``None``: nowhere.

    Returns:
        How many lines of each kind were written, as :func:`~custbridge.batch.dask.write_bag`.
    """  # noqa: E501
    from pyspark import StorageLevel  # noqa: PLC0415 - only with the extra

    paths: dict[Kind, str] = {"output": output, "rejected": errors}
    if report is not None:
        paths["report"] = report
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        found = tagged.map(itemgetter(0)).countByValue()  # converts, and keeps
        for kind, path in paths.items():
            tagged.filter(_Is(kind)).map(itemgetter(1)).saveAsTextFile(path)
    finally:
        tagged.unpersist()
    return {kind: found.get(kind, 0) for kind in paths}


class _Is:
    """``kind == tagged[0]``, as a picklable callable."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind

    def __call__(self, tagged: Tagged) -> bool:
        return tagged[0] == self.kind
