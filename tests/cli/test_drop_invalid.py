"""custbridge convert --drop-invalid: dirty records are salvaged and counted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from custbridge import load_accounting, load_response
from custbridge.cli import main
from payloads import accounting, changed, response

TENANT = "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"
BASE = ["convert", "--tenant-id", TENANT, "--source", "netsuite"]
BASE += ["--now", "2024-05-01T00:00:00Z"]
EXAMPLE = Path(__file__).parents[2] / "examples" / "customers.jsonl"


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_dirty_values_are_set_to_null_and_counted(tmp_path: Path, capsys: Any) -> None:
    """Each invalid optional value is dropped; the summary counts them."""
    dirty = changed(accounting(), "creditLimit", "n/a")
    dirtier = changed(changed(accounting(), "endDate", "2024-13-01"), "active", "yes")
    source = write_jsonl(tmp_path / "in.jsonl", [accounting(), dirty, dirtier])
    output = tmp_path / "out.jsonl"
    args = [*BASE, str(source), "--output", str(output), "--drop-invalid"]
    assert 0 == main(args)
    err = capsys.readouterr().err.splitlines()
    assert [
        "custbridge convert: 3 read, 3 written, 0 rejected",
        "  salvaged: 3 invalid values set to null in 2 records (--drop-invalid)",
    ] == err[:2]
    lines = output.read_text(encoding="utf-8").splitlines()
    records = [load_response(line) for line in lines]
    assert ["active", "active", None] == [
        None if r.customer_status is None else r.customer_status.value for r in records
    ]


def test_one_salvaged_value_is_said_in_the_singular(
    tmp_path: Path, capsys: Any
) -> None:
    """One value in one record."""
    source = write_jsonl(tmp_path / "in.jsonl", [changed(accounting(), "active", 1)])
    assert 0 == main(
        [*BASE, str(source), "--output", str(tmp_path / "o"), "--drop-invalid"]
    )
    assert (
        "  salvaged: 1 invalid values set to null in 1 record (--drop-invalid)"
        == capsys.readouterr().err.splitlines()[1]
    )


def test_without_the_flag_dirty_records_are_rejected(
    tmp_path: Path, capsys: Any
) -> None:
    """The default is unchanged: the record is rejected, nothing is salvaged."""
    source = write_jsonl(
        tmp_path / "in.jsonl", [changed(accounting(), "creditLimit", "n/a")]
    )
    assert 1 == main([*BASE, str(source), "--output", str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert "salvaged" not in err
    assert "custbridge convert: 1 read, 0 written, 1 rejected\n" in err


def test_back_to_accounting_salvages_too(tmp_path: Path, capsys: Any) -> None:
    """--to accounting loads tax engine records with the same salvage."""
    record = changed(response(), "customer_status", "archived")
    source = write_jsonl(tmp_path / "in.jsonl", [record])
    output = tmp_path / "out.jsonl"
    args = [*BASE, str(source), "--to", "accounting", "--output", str(output)]
    assert 0 == main([*args, "--drop-invalid"])
    assert (
        "  salvaged: 1 invalid values set to null in 1 record (--drop-invalid)"
        == capsys.readouterr().err.splitlines()[1]
    )
    assert load_accounting(output.read_text(encoding="utf-8")).active is None


@pytest.mark.parametrize(
    ("flags", "summary"),
    [
        ([], "custbridge convert: 36 read, 32 written, 4 rejected"),
        (["--drop-invalid"], "custbridge convert: 36 read, 34 written, 2 rejected"),
    ],
)
def test_the_example_with_and_without_salvage(
    tmp_path: Path, capsys: Any, flags: list[str], summary: str
) -> None:
    """Of the example's dirty records, two are salvaged by --drop-invalid."""
    errors = tmp_path / "errors.jsonl"
    args = [*BASE, str(EXAMPLE), "--output", str(tmp_path / "out.jsonl")]
    assert 0 == main([*args, "--errors", str(errors), *flags])
    assert summary == capsys.readouterr().err.splitlines()[0]
