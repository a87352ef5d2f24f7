"""custbridge.batch: lines as an engine's partition holds them, tagged to write."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import uuid

from custbridge import DataSource
from custbridge.batch import Options, convert_lines, convert_numbered_lines
from records import bad, good

OPTIONS = Options(
    tenant_id=uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"),
    source=DataSource.NETSUITE,
    now=dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc),
)
LINES = [json.dumps(good(1)), "", json.dumps(bad(3)).encode(), json.dumps(good(4))]


def shape(tagged: list[tuple[str, str]]) -> list[tuple[str, int]]:
    """Each tag with the line number (rejections, reports) or the record's id."""
    return [
        (kind, json.loads(line).get("line") or int(json.loads(line)["external_id"][2:]))
        for kind, line in tagged
    ]


def test_lines_are_numbered_from_first() -> None:
    """Rejections carry the line in the file; each kind keeps input order."""
    assert [("output", 1), ("output", 4), ("rejected", 12)] == shape(
        list(convert_lines(LINES, OPTIONS, first=10))
    )


def test_reports_are_tagged_on_request() -> None:
    """With reports, each converted record with items adds a report line."""
    tagged = list(convert_lines(LINES, OPTIONS, with_report=True))
    assert [
        ("output", 1),
        ("output", 4),
        ("rejected", 3),
        ("report", 1),
        ("report", 4),
    ] == shape(tagged)


def test_numbered_lines_keep_their_numbers() -> None:
    """Lines paired with their index (Spark's zipWithIndex) are numbered from it."""
    pairs = list(zip(LINES, [7, 8, 9, 20], strict=True))
    assert [("output", 1), ("output", 4), ("rejected", 10)] == shape(
        list(convert_numbered_lines(pairs, OPTIONS))
    )


def test_importing_custbridge_imports_no_engine() -> None:
    """Neither custbridge nor its adapters import Dask or PySpark until used."""
    code = (
        "import sys, custbridge, custbridge.batch, custbridge.batch.dask,"
        " custbridge.batch.spark;"
        "print(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'dask', 'distributed', 'pyspark'}))"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "[]\n" == done.stdout
