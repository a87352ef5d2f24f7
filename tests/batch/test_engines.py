"""custbridge.batch.dask and .spark on real engines give what the command line gives.

The distributed tier: ``pytest -m distributed``, with the dask and spark extras
and a Java runtime. The documentation's programs run here as written.
"""

from __future__ import annotations

import datetime as dt
import runpy
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from custbridge import DataSource
from custbridge.batch import Options
from custbridge.cli import main
from records import DEEP, bad, good, jsonl

pytestmark = pytest.mark.distributed

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
TENANT = "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"
NOW = "2024-05-01T00:00:00+00:00"
OPTIONS = Options(
    tenant_id=uuid.UUID(TENANT),
    source=DataSource.NETSUITE,
    now=dt.datetime.fromisoformat(NOW),
)
NOT_UTF8 = b'{"id": "\xff"}\n'
MIXED = (
    b"\xef\xbb\xbf"
    + jsonl([good(i) if i % 5 else bad(i) for i in range(40)])
    + b"\n{not json\n"
    + NOT_UTF8
    + b'{"id": "C-9", "name": "\\udc00", "modifiedDate": "2024-01-01"}\n'
    + DEEP
    + b"\n"
    + jsonl([good(99)])
)


def cli(folder: Path, data: bytes) -> tuple[Path, bytes, bytes]:
    """The input file, and what the command line writes for it."""
    source, output, errors = folder / "in.jsonl", folder / "out", folder / "err"
    source.write_bytes(data)
    args = ["convert", str(source), "--tenant-id", TENANT, "--source", "netsuite"]
    assert 0 == main([*args, "--now", NOW, "-o", str(output), "-e", str(errors)])
    return source, output.read_bytes(), errors.read_bytes()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: Any) -> tuple[Path, bytes, bytes]:
    """The mixed file and the command line's output for it."""
    return cli(tmp_path_factory.mktemp("cli"), MIXED)


@pytest.fixture(scope="module")
def mixed_utf8(tmp_path_factory: Any) -> tuple[Path, bytes, bytes]:
    """Spark decodes in Java, replacing bytes that are not UTF-8: leave them out."""
    return cli(tmp_path_factory.mktemp("cli"), MIXED.replace(NOT_UTF8, b""))


def joined(folder: Path, pattern: str) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob(pattern)))


def run_example(name: str, *args: str, monkeypatch: Any) -> None:
    argv = [name, *args, "--tenant-id", TENANT, "--source", "netsuite", "--now", NOW]
    monkeypatch.setattr(sys, "argv", argv)
    runpy.run_path(str(EXAMPLES / name), run_name="__main__")


def test_the_dask_program_writes_what_the_cli_writes(
    mixed: tuple[Path, bytes, bytes], tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """On a 2-process local cluster: the same records, ids, times and rejections."""
    source, output, errors = mixed
    run_example(
        "dask_convert.py", str(source), str(tmp_path / "o"), str(tmp_path / "e"),
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert (output, errors) == (
        joined(tmp_path / "o", "*.jsonl"), joined(tmp_path / "e", "*.jsonl")
    )  # fmt: skip
    assert "45 read, 33 written, 12 rejected\n" == capsys.readouterr().out


def test_dask_converts_each_record_once(tmp_path: Path, monkeypatch: Any) -> None:
    """Writing three outputs runs the conversion of each partition once."""
    import dask  # noqa: PLC0415
    import dask.bag as db  # noqa: PLC0415

    from custbridge.batch import dask as adapter  # noqa: PLC0415

    calls = []
    real = adapter.convert_lines

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(adapter, "convert_lines", counted)
    lines = db.from_sequence([jsonl([good(1), bad(2)]).decode()], npartitions=1)
    with dask.config.set(scheduler="sync"):
        counts = adapter.write_bag(
            adapter.convert_bag(lines.map(str.splitlines).flatten(), OPTIONS, with_report=True),
            str(tmp_path / "o" / "*"), str(tmp_path / "e" / "*"),
            report=str(tmp_path / "r" / "*"),
        )  # fmt: skip
    assert ({"output": 1, "rejected": 1, "report": 1}, [1]) == (counts, calls)  # once
    assert [2] == [
        __import__("json").loads(line)["line"]
        for line in joined(tmp_path / "e", "*").splitlines()
    ]


def test_the_spark_program_writes_what_the_cli_writes(
    mixed_utf8: tuple[Path, bytes, bytes], tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """In local mode with two cores: the same records, ids, times and rejections."""
    source, output, errors = mixed_utf8
    run_example(
        "spark_convert.py", str(source), str(tmp_path / "o"), str(tmp_path / "e"),
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert (output, errors) == (
        joined(tmp_path / "o", "part-*"), joined(tmp_path / "e", "part-*")
    )  # fmt: skip
    assert "44 read, 33 written, 11 rejected\n" == capsys.readouterr().out


def test_a_spark_dataframe_with_reports(tmp_path: Path, monkeypatch: Any) -> None:
    """``spark.read.text`` rows convert as the command line converts their lines."""
    from pyspark.sql import SparkSession  # noqa: PLC0415

    from custbridge.batch.spark import convert_dataframe, write_rdd  # noqa: PLC0415

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl([good(1), bad(2), good(3)]))
    cli = [tmp_path / name for name in ("o", "e", "r")]
    args = ["convert", str(source), "--tenant-id", TENANT, "--source", "netsuite"]
    main(
        [
            *args,
            "--now",
            NOW,
            "-o",
            str(cli[0]),
            "-e",
            str(cli[1]),
            "--report",
            str(cli[2]),
        ]
    )
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        tagged = convert_dataframe(
            spark.read.text(str(source)), OPTIONS, with_report=True
        )
        folders = [str(tmp_path / f"spark-{name}") for name in ("o", "e", "r")]
        counts = write_rdd(tagged, *folders[:2], report=folders[2])
    finally:
        spark.stop()
    assert {"output": 2, "rejected": 1, "report": 2} == counts
    assert [p.read_bytes() for p in cli] == [
        joined(Path(folder), "part-*") for folder in folders
    ]
