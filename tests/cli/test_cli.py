"""The custbridge command: convert, classify, schema, exit codes and messages."""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from custbridge import (
    AccountingCustomer,
    CustomerResponse,
    classify_tax_number,
    json_schema,
    load_accounting,
    load_response,
)
from custbridge.cli import main
from custbridge.cli._run import Progress
from payloads import accounting, changed

TENANT = "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"
TENANT_UUID = uuid.UUID(TENANT)
NOW_DT = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
NOW = "2024-05-01T00:00:00Z"
BASE = ["convert", "--tenant-id", TENANT, "--source", "netsuite", "--now", NOW]
EXAMPLE = Path(__file__).parents[2] / "examples" / "customers.jsonl"


def good(i: int) -> dict[str, Any]:
    return changed(accounting(), "id", f"C-{i}")


def bad(i: int) -> dict[str, Any]:
    return changed(good(i), "creditLimit", "n/a")


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "custbridge", *args],
        input=stdin, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_convert_jsonl_writes_one_line_per_record(tmp_path: Path, capsys: Any) -> None:
    """Every valid record becomes one tax engine record line; exit status 0."""
    source = write_jsonl(tmp_path / "in.jsonl", [good(1), good(2)])
    output = tmp_path / "out.jsonl"
    assert 0 == main([*BASE, str(source), "--output", str(output)])
    lines = output.read_text(encoding="utf-8").splitlines()
    assert ["C-1", "C-2"] == [load_response(line).external_id for line in lines]
    err = capsys.readouterr().err
    assert err.startswith("custbridge convert: 2 read, 2 written, 0 rejected\n")
    assert "  report items: " in err


def test_rejected_records_go_to_the_errors_file(tmp_path: Path, capsys: Any) -> None:
    """A bad record is written to the errors file with its line; the run goes on."""
    source = write_jsonl(tmp_path / "in.jsonl", [good(1), bad(2), good(3)])
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main(
        [*BASE, str(source), "--output", str(output), "--errors", str(errors)]
    )
    assert 0 == status
    assert 2 == len(output.read_text(encoding="utf-8").splitlines())
    (entry,) = [
        json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()
    ]
    assert {
        "line": 2,
        "messages": [
            '$.creditLimit: must be a number or a numeric string (got: "n/a")'
        ],
        "record": bad(2),
    } == entry
    assert "3 read, 2 written, 1 rejected" in capsys.readouterr().err


def test_without_an_errors_file_rejections_go_to_stderr(
    tmp_path: Path, capsys: Any
) -> None:
    """Without --errors each rejection is one line on stderr."""
    source = write_jsonl(tmp_path / "in.jsonl", [bad(1)])
    assert 1 == main([*BASE, str(source), "--output", str(tmp_path / "out.jsonl")])
    assert capsys.readouterr().err.startswith(
        'rejected line 1: $.creditLimit: must be a number or a numeric string (got: "n/a")\n'
    )


def test_json_array_input_is_detected(tmp_path: Path) -> None:
    """A JSON array is read element by element; errors carry the array index."""
    records = [good(i) for i in range(300)] + [bad(300)]  # over one 64 KiB read
    source = tmp_path / "in.json"
    source.write_text("  \n" + json.dumps(records, indent=1), encoding="utf-8")
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert 0 == main(
        [*BASE, str(source), "--output", str(output), "--errors", str(errors)]
    )
    assert 300 == len(output.read_text(encoding="utf-8").splitlines())
    assert 300 == json.loads(errors.read_text(encoding="utf-8"))["index"]


BROKE_OFF = (
    "  stopped: the input broke off: the input ended inside the JSON array, after"
    " {} elements: the closing ']' is missing\n"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"id": "1", "name": "A", "modifiedDate": "2024-01-01"}, {"id": ', BROKE_OFF.format(2)),
        ('[{"id": "1", "name": "A", "modifiedDate": "2024-01-01"},', BROKE_OFF.format(1)),
    ],
)  # fmt: skip
def test_a_broken_array_stops_the_run(
    tmp_path: Path, capsys: Any, text: str, message: str
) -> None:
    """An array that breaks off ends the run with exit status 1 and says where."""
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    args = [str(source), "-o", str(tmp_path / "out.jsonl"), "-e", str(tmp_path / "e")]
    assert 1 == main([*BASE, *args])
    assert capsys.readouterr().err.endswith(message)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_records_before_a_break_are_converted(tmp_path: Path, jobs: str) -> None:
    """Everything read before the input broke off is still written."""
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps([good(i) for i in range(600)])[:-1] + ", {", encoding="utf-8"
    )
    output = tmp_path / "out.jsonl"
    assert 1 == main([*BASE, str(source), "--jobs", jobs, "--output", str(output)])
    assert 600 == len(output.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("text", ["", "  \n", "[]", " [ ] "])
def test_empty_input(tmp_path: Path, capsys: Any, text: str) -> None:
    """Empty input, or an empty array, converts nothing and succeeds."""
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    assert 0 == main([*BASE, str(source), "--output", str(tmp_path / "out.jsonl")])
    assert "0 read, 0 written, 0 rejected\n" in capsys.readouterr().err


def _convert_one_rejected(source: Path) -> tuple[int, dict[str, Any]]:
    """Convert *source*; return the exit status and the errors file's entry."""
    errors = source.parent / "errors.jsonl"
    args = [*BASE, str(source), "--output", str(source.parent / "o")]
    status = main([*args, "--errors", str(errors)])
    return status, json.loads(errors.read_text(encoding="utf-8"))


def test_a_line_that_is_not_json_is_rejected(tmp_path: Path) -> None:
    """A JSON Lines line that does not parse is rejected with its text."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(good(1)) + "\n{not json\n", encoding="utf-8")
    status, entry = _convert_one_rejected(source)
    assert 0 == status
    assert (2, "{not json") == (entry["line"], entry["record"])


def test_jobs_2_writes_what_jobs_1_writes(tmp_path: Path) -> None:
    """--jobs 2 spreads the work over processes and keeps the input order."""
    source = write_jsonl(
        tmp_path / "in.jsonl", [good(i) if i % 7 else bad(i) for i in range(600)]
    )
    outputs = []
    for jobs in ("1", "2"):
        output, errors = tmp_path / f"out{jobs}.jsonl", tmp_path / f"errors{jobs}.jsonl"
        status = main(
            [
                *BASE,
                str(source),
                "--jobs",
                jobs,
                "--output",
                str(output),
                "--errors",
                str(errors),
            ]
        )
        assert 0 == status
        outputs.append((output.read_bytes(), errors.read_bytes()))
    assert outputs[0] == outputs[1]


def test_stdin_and_stdout_in_a_real_process() -> None:
    """``python -m custbridge convert -`` reads stdin and writes stdout."""
    text = json.dumps(good(1)) + "\n"
    done = run([*BASE, "-"], stdin=text)
    assert (0, "custbridge convert: 1 read, 1 written, 0 rejected") == (
        done.returncode,
        done.stderr.splitlines()[0],
    )
    assert "C-1" == load_response(done.stdout).external_id


def test_back_to_accounting(tmp_path: Path) -> None:
    """--to accounting turns tax engine records back into accounting customers."""
    source = write_jsonl(tmp_path / "in.jsonl", [good(1)])
    middle, back = tmp_path / "middle.jsonl", tmp_path / "back.jsonl"
    assert 0 == main([*BASE, str(source), "--output", str(middle)])
    assert 0 == main([*BASE, str(middle), "--to", "accounting", "--output", str(back)])
    customer = load_accounting(back.read_text(encoding="utf-8"))
    assert ("C-1", "DE136695976") == (customer.id, customer.tax_id)


USAGE = [
    (["--tenant-id", "x"], "custbridge convert: error: argument --tenant-id: not a UUID: 'x' (see --help)"),
    (["--source", "sap"], "custbridge convert: error: argument --source: invalid choice: 'sap'"
     " (choose from 'netsuite', 'priority', 'zoho_books', 'quickbooks', 'salesforce') (see --help)"),
    (["--jobs", "0"], "custbridge convert: error: argument -j/--jobs: not 'auto' or a positive whole number: '0' (see --help)"),
    (["--max-rejected", "-1"], "custbridge convert: error: argument --max-rejected: not a whole number: '-1' (see --help)"),
    (["--now", "2024-01-01"], "custbridge convert: error: argument --now: not a date-time with an offset: '2024-01-01' (see --help)"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), USAGE)
def test_usage_errors_exit_2_with_one_line(
    change: list[str], message: str, capsys: Any
) -> None:
    """Bad arguments exit with status 2 and one line on stderr."""
    args = ["convert", "--tenant-id", TENANT, "--source", "netsuite", str(EXAMPLE)]
    with pytest.raises(SystemExit) as info:
        main([*args, *change])
    assert (2, [message]) == (info.value.code, capsys.readouterr().err.splitlines())


def test_usage_error_in_a_real_process_has_no_traceback() -> None:
    """A real process prints the one line too, and no traceback."""
    done = run(["convert", "--tenant-id", "x", "--source", "netsuite", str(EXAMPLE)])
    assert (2, [USAGE[0][1]]) == (done.returncode, done.stderr.splitlines())


def test_stdin_in_process(monkeypatch: Any, capsys: Any) -> None:
    """``-`` reads standard input; blank lines are skipped."""
    data = (json.dumps(good(1)) + "\n\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert 0 == main([*BASE, "-"])
    assert "C-1" == load_response(capsys.readouterr().out).external_id


def test_a_number_across_reads_is_one_element(tmp_path: Path) -> None:
    """An array element cut by a read boundary is read whole."""
    source = tmp_path / "in.json"
    source.write_text("[" + " " * 65534 + "12345]", encoding="utf-8")
    status, entry = _convert_one_rejected(source)
    assert 0 == status
    assert (0, 12345) == (entry["index"], entry["record"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/file.jsonl"], "custbridge convert: error: cannot read /no/such/file.jsonl: No such file or directory"),
        ([str(EXAMPLE), "--output", "/no/such/dir/out.jsonl"], "custbridge convert: error: cannot write /no/such/dir/out.jsonl: No such file or directory"),
        ([str(EXAMPLE), "--output", str(EXAMPLE)], "custbridge convert: error: refusing to overwrite the input file with --output"),
        ([str(EXAMPLE), "--errors", str(EXAMPLE)], "custbridge convert: error: refusing to overwrite the input file with --errors"),
    ],
)  # fmt: skip
def test_file_errors_exit_2(args: list[str], message: str, capsys: Any) -> None:
    """Unreadable input, unwritable output and overwriting the input exit 2."""
    before = EXAMPLE.read_bytes()
    assert 2 == main([*BASE, *args])
    assert [message] == capsys.readouterr().err.splitlines()
    assert before == EXAMPLE.read_bytes()


def test_the_example_converts_with_some_rejections(tmp_path: Path, capsys: Any) -> None:
    """The bundled example has good and bad records, as the Quick start shows."""
    output = tmp_path / "out.jsonl"
    assert 1 == main([*BASE, str(EXAMPLE), "--output", str(output)])
    assert "36 read, 32 written, 4 rejected" in capsys.readouterr().err


def test_classify(capsys: Any) -> None:
    """classify prints one tab-separated line per number."""
    assert 0 == main(["classify", "ATU13585627", "12345678Z", "--country", "ES"])
    lines = capsys.readouterr().out.splitlines()
    first = classify_tax_number("ATU13585627", country="ES")
    assert f"ATU13585627\tb2b\tvat-prefix\t{first.explanation}" == lines[0]
    assert lines[1].startswith("12345678Z\tb2c\tperson\t")


NEEDS_COUNTRY_CLI = (
    "without a country, a number without a VAT prefix could belong to many"
    " countries; pass --country to decide"
)


def test_classify_json(capsys: Any) -> None:
    """classify --json prints one JSON object per number."""
    assert 0 == main(["classify", "974760673", "--json"])
    assert {
        "number": "974760673", "b2b_or_b2c": None, "valid": False, "country": None,
        "number_type": None, "compact": None, "reason": "needs-country",
        "explanation": NEEDS_COUNTRY_CLI, "unknown_country": None,
    } == json.loads(capsys.readouterr().out)  # fmt: skip


def test_classify_names_the_flag_not_the_keyword(capsys: Any) -> None:
    """The command line says --country where the library says country=."""
    assert 0 == main(["classify", "974760673"])
    assert f"974760673\t-\tneeds-country\t{NEEDS_COUNTRY_CLI}\n" == (
        capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("country", "shown"),
    [("Atlantis", "'Atlantis'"), ("x" * 100, repr("x" * 57 + "…"))],
)
def test_classify_says_an_unknown_country_was_ignored(
    country: str, shown: str, capsys: Any
) -> None:
    """Text output says that an unknown --country was ignored, and which."""
    assert 0 == main(["classify", "ATU13585627", "974760673", "--country", country])
    ignored = f"; the --country given, {shown}, names no known country and was ignored"
    vat = classify_tax_number("ATU13585627").explanation
    assert [
        f"ATU13585627\tb2b\tvat-prefix\t{vat}{ignored}",
        f"974760673\t-\tneeds-country\t{NEEDS_COUNTRY_CLI}{ignored}",
    ] == capsys.readouterr().out.splitlines()


def test_classify_json_names_an_unknown_country(capsys: Any) -> None:
    """--json carries the ignored hint in unknown_country."""
    assert 0 == main(["classify", "ATU13585627", "--country", "Atlantis", "--json"])
    assert "Atlantis" == json.loads(capsys.readouterr().out)["unknown_country"]


@pytest.mark.parametrize(
    ("name", "cls"),
    [("accounting", AccountingCustomer), ("response", CustomerResponse)],
)
def test_schema(name: str, cls: type, capsys: Any) -> None:
    """schema prints the JSON Schema of the named wire form."""
    assert 0 == main(["schema", name])
    assert json_schema(cls) == json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("command", [[], ["convert"], ["classify"], ["schema"]])
def test_help(command: list[str]) -> None:
    """Every subcommand has --help."""
    done = run([*command, "--help"])
    assert (0, "usage: custbridge") == (done.returncode, done.stdout[:17])


def test_version() -> None:
    """--version prints the version."""
    from custbridge import __version__  # noqa: PLC0415

    assert f"custbridge {__version__}\n" == run(["--version"]).stdout


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal() -> None:
    """On a terminal the progress line shows records, rate and elapsed time."""
    progress = Progress(Terminal())
    progress.last -= 1  # as if the last update were a second ago
    progress.tick(10)
    progress.done()
    shown = progress.stream.getvalue()  # type: ignore[attr-defined]
    assert shown.startswith("\r10 records, ")
    assert shown.endswith(" elapsed\n")
    assert "/s, " in shown


def test_no_progress_line_elsewhere() -> None:
    """Off a terminal nothing is written."""
    stream = io.StringIO()
    progress = Progress(stream)
    progress.last -= 1
    progress.tick(10)
    progress.done()
    assert "" == stream.getvalue()


def test_errors_and_reports_pickle() -> None:
    """What the library returns and raises crosses process boundaries."""
    from custbridge import MappingError, ValidationError  # noqa: PLC0415

    check = classify_tax_number("DE136695976")
    try:
        load_accounting({})
    except ValidationError as error:
        caught: Exception = error
    for value in (check, caught, MappingError("$.id", "x")):
        copy = pickle.loads(pickle.dumps(value))  # noqa: S301 - our own data
        assert (type(value), str(value)) == (type(copy), str(copy))


def test_python_dash_m_runs_main(monkeypatch: Any, capsys: Any) -> None:
    """``python -m custbridge`` runs the same main and exits with its status."""
    import runpy  # noqa: PLC0415

    monkeypatch.setattr(sys, "argv", ["custbridge", "schema", "response"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("custbridge", run_name="__main__")
    assert (0, json_schema(CustomerResponse)) == (
        info.value.code,
        json.loads(capsys.readouterr().out),
    )
