"""custbridge convert never loses a record silently: one test per fault of issue 14."""

from __future__ import annotations

import io
import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custbridge import batch, load_response
from custbridge.cli import _run, main
from records import DEEP, DEEP_MESSAGE, array_files, bad, good, jsonl, line_files

TENANT = "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"
BASE = ["convert", "--tenant-id", TENANT, "--source", "netsuite", "--now", "2024-05-01T00:00:00Z"]  # fmt: skip
EXAMPLE = Path(__file__).parents[2] / "examples" / "customers.jsonl"


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "custbridge", *args],
        input=stdin, capture_output=True, check=False,
    )  # fmt: skip


def lines(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def convert(
    tmp_path: Path, data: bytes, *extra: str
) -> tuple[int, list[Any], list[Any]]:
    """Convert *data* with -o and -e in *tmp_path*; the status and both files."""
    source = tmp_path / "in"
    source.write_bytes(data)
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main([*BASE, str(source), "-o", str(output), "-e", str(errors), *extra])
    return status, lines(output), lines(errors)


def ids(records: list[Any]) -> list[str]:
    return [load_response(r).external_id for r in records]


def outcome(
    tmp_path: Path, data: bytes, *extra: str
) -> tuple[int, list[str], list[Any]]:
    """The status, the ids converted and the rejections."""
    status, output, errors = convert(tmp_path, data, *extra)
    return status, ids(output), errors


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_readme_command_exits_0(tmp_path: Path, capsys: Any) -> None:
    """The Quick start: rejections saved in the errors file are a normal outcome."""
    status, output, errors = convert(tmp_path, EXAMPLE.read_bytes())
    assert (0, 32, [15, 24, 31, 35]) == (
        status, len(output), [e["line"] for e in errors]
    )  # fmt: skip
    assert capsys.readouterr().err.splitlines() == [
        "custbridge convert: 36 read, 32 written, 4 rejected",
        "  report items: 41 dropped, 1 truncated, 48 normalised, 3 invalid",
        f"  rejected records are in {tmp_path / 'errors.jsonl'}",
    ]


def test_text_after_an_array_is_rejected(tmp_path: Path) -> None:
    """A line after a JSON array is read, and rejected with its line."""
    data = (json.dumps([good(1)]) + "\n" + json.dumps(good(2)) + "\n").encode()
    status, output, errors = convert(tmp_path, data)
    message = (
        "$: text after the end of the JSON array: a file holds one array, or JSON Lines"
    )
    assert (0, ["C-1"]) == (status, ids(output))
    assert [{"line": 2, "messages": [message], "record": good(2)}] == errors


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + jsonl([good(1)]),
        b"\xef\xbb\xbf" + json.dumps([good(1)]).encode(),
    ],
)
def test_a_byte_order_mark_is_skipped(tmp_path: Path, data: bytes) -> None:
    """A UTF-8 byte order mark does not reject the first record."""
    assert (0, ["C-1"], []) == outcome(tmp_path, data)


BAD_LINES = [
    (b'{"id": "\xff"}', '{"id": "\\xff"}', "$: is not UTF-8 text: byte 0xFF cannot be decoded; save the input as UTF-8"),
    (b'{"id": "C-9", "name": "\\udc00", "modifiedDate": "2024-01-01"}', {"id": "C-9", "name": "\udc00", "modifiedDate": "2024-01-01"},
     '$.name: is not valid Unicode text: it has a lone surrogate (got: "\\udc00")'),
    (DEEP, DEEP.decode(), DEEP_MESSAGE),
]  # fmt: skip


@pytest.mark.parametrize(("line", "record", "message"), BAD_LINES)
def test_one_bad_line_is_one_rejection(
    tmp_path: Path, line: bytes, record: Any, message: str
) -> None:
    """Bad bytes, a lone surrogate or deep nesting reject one line; the run goes on."""
    data = jsonl([good(1)]) + line + b"\n" + jsonl([good(3)])
    assert (
        0,
        ["C-1", "C-3"],
        [{"line": 2, "messages": [message], "record": record}],
    ) == outcome(tmp_path, data)


@pytest.mark.parametrize("line", [line for line, _, _ in BAD_LINES])
def test_one_bad_line_in_a_real_process_has_no_traceback(line: bytes) -> None:
    """A real process converts the rest and says so, without a traceback."""
    done = run([*BASE, "-", "-e", "-", "-o", os.devnull], stdin=line + b"\n")
    assert (0, 1) == (done.returncode, len(done.stdout.splitlines()))
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-o", "x", "-e", "x"], "--output and --errors are the same file"),
        (["-o", "x", "--report", "./x"], "--output and --report are the same file"),
        (["-e", "-"], "--output and --errors are both standard output"),
        (["-o", "link"], "refusing to write --output link: it is a symbolic link; give the file it points to"),
        (["-o", "in.jsonl"], "refusing to overwrite the input file with --output"),
        (["-e", "."], "cannot write --errors .: it is a directory"),
        (["-o", "hard"], "refusing to overwrite the input file with --output"),
    ],
)  # fmt: skip
def test_colliding_outputs_are_refused(
    tmp_path: Path, monkeypatch: Any, capsys: Any, options: list[str], message: str
) -> None:
    """Outputs that are each other, the input, a link or a folder exit 2, untouched."""
    monkeypatch.chdir(tmp_path)
    Path("in.jsonl").write_bytes(jsonl([good(1)]))
    Path("target").write_text("kept", encoding="utf-8")
    Path("link").symlink_to("target")
    Path("hard").hardlink_to("in.jsonl")
    assert 2 == main([*BASE, "in.jsonl", *options])
    assert [
        f"custbridge convert: error: {message}"
    ] == capsys.readouterr().err.splitlines()
    assert ("kept", ["hard", "in.jsonl", "link", "target"]) == (
        Path("target").read_text(encoding="utf-8"), names(tmp_path)
    )  # fmt: skip


def test_dash_is_standard_output(tmp_path: Path, monkeypatch: Any) -> None:
    """``-o -`` writes to standard output, not to a file named ``-``."""
    monkeypatch.chdir(tmp_path)
    done = run([*BASE, "-", "-o", "-"], stdin=jsonl([good(1)]))
    assert (0, ["C-1"], []) == (
        done.returncode, ids(done.stdout.splitlines()), names(tmp_path)
    )  # fmt: skip


CLOSED = [
    ([*BASE, "-"], ["custbridge convert: 256 read, 0 written, 0 rejected",
                    "  stopped: the output was closed before the end (a broken pipe)"]),
    (["schema", "response"], []),
]  # fmt: skip


@pytest.mark.parametrize(("command", "expected"), CLOSED)
def test_a_closed_pipe_ends_quietly(command: list[str], expected: list[str]) -> None:
    """``| head`` closing the pipe early: status 1, no traceback."""
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "custbridge", *command],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first write
    _, stderr = process.communicate(jsonl([good(i) for i in range(300)]))
    assert (1, expected) == (process.returncode, stderr.decode().splitlines())


class Interrupting(io.BytesIO):
    """An input that is interrupted (Ctrl-C) once *after* bytes were read."""

    def __init__(self, data: bytes, after: int) -> None:
        super().__init__(data)
        self.after = after

    def read(self, size: int | None = -1) -> bytes:
        if self.tell() >= self.after:
            raise KeyboardInterrupt
        return super().read(
            min(size or 1 << 16, 1 << 16) if size and size > 0 else 1 << 16
        )

    def readline(self, size: int | None = -1) -> bytes:
        if self.tell() >= self.after:
            raise KeyboardInterrupt
        return super().readline(size)

    def __iter__(self) -> Interrupting:
        return self

    def __next__(self) -> bytes:
        line = self.readline()
        if not line:
            raise StopIteration
        return line


INTERRUPTED = [
    ("1", ["custbridge convert: 256 read, 230 written, 26 rejected",
           "  report items: 4830 dropped, 690 normalised",
           "  stopped: interrupted; no file was written"]),
    ("2", ["custbridge convert: 0 read, 0 written, 0 rejected",  # all in flight
           "  stopped: interrupted; no file was written"]),
]  # fmt: skip


@pytest.mark.parametrize(("jobs", "summary"), INTERRUPTED)
def test_an_interrupt_keeps_the_old_files_and_says_what_was_done(
    tmp_path: Path, monkeypatch: Any, capsys: Any, jobs: str, summary: list[str]
) -> None:
    """Ctrl-C: status 130, a summary, the targets as they were, no temporary files."""
    data = jsonl([good(i) if i % 10 else bad(i) for i in range(600)])
    stdin = Interrupting(data, after=len(data) // 2)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin))
    monkeypatch.chdir(tmp_path)
    Path("out.jsonl").write_text("old", encoding="utf-8")
    assert 130 == main([*BASE, "-", "-o", "out.jsonl", "-e", "e.jsonl", "-j", jobs])
    assert (["out.jsonl"], "old") == (
        names(tmp_path),
        Path("out.jsonl").read_text(encoding="utf-8"),
    )
    assert summary == capsys.readouterr().err.splitlines()


SUMMARY_AT_FIRST_CHUNK = [
    "custbridge convert: 256 read, 230 written, 26 rejected",
    "  report items: 4830 dropped, 690 normalised",
    "  stopped: interrupted; no file was written",
]


# Ctrl-C as a terminal delivers it: a test run started in the background by a
# shell without job control has SIGINT ignored, and its children inherit that.
SIGINT_AS_AT_A_TERMINAL = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler);"
    " from custbridge.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.parametrize("to_all", [True, False], ids=["process group", "parent"])
def test_ctrl_c_in_a_real_run_with_two_processes(tmp_path: Path, to_all: bool) -> None:
    """SIGINT to a real --jobs 2 run: status 130, the summary, the old files, no hang.

    The run writes its report to a pipe that is read only up to the first line,
    so it is held inside the first chunk's report when the signal comes: to
    the whole process group, as a terminal's Ctrl-C, or to the parent alone.
    """
    (tmp_path / "in.jsonl").write_bytes(
        jsonl([good(i) if i % 10 else bad(i) for i in range(3000)])
    )
    (tmp_path / "out.jsonl").write_text("old", encoding="utf-8")
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", SIGINT_AS_AT_A_TERMINAL, *BASE, "in.jsonl",
         "-o", "out.jsonl", "-e", "e.jsonl", "--report", "-", "-j", "2"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline().startswith(b'{"line": 2, ')  # it has started
    if to_all:
        os.killpg(process.pid, signal.SIGINT)
    else:
        os.kill(process.pid, signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:  # pragma: no cover - the bug of issue 14
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("the interrupted run hung")
    assert (130, SUMMARY_AT_FIRST_CHUNK) == (
        process.returncode, stderr.decode().splitlines()
    )  # fmt: skip
    assert (["in.jsonl", "out.jsonl"], "old") == (
        names(tmp_path), (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    )  # fmt: skip


def test_a_lost_worker_ends_the_run(
    tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """A worker killed mid-run (out of memory): status 1, said, no output file."""

    def lost(*_: Any, **__: Any) -> Any:
        yield from ()
        raise batch.WorkerLostError(
            "a worker process ended before sending back its records (exit status -9)"
        )

    monkeypatch.setattr(_run, "convert_in_chunks", lost)
    source = tmp_path / "in"
    source.write_bytes(jsonl([good(1)]))
    assert 1 == main([*BASE, str(source), "-o", str(tmp_path / "o"), "-j", "2"])
    assert capsys.readouterr().err.splitlines() == [
        "custbridge convert: 0 read, 0 written, 0 rejected",
        "  stopped: a worker process ended before sending back its records"
        " (exit status -9); no file was written",
    ]
    assert ["in"] == names(tmp_path)


def test_an_interrupt_before_the_run_exits_130(monkeypatch: Any) -> None:
    """Ctrl-C anywhere else ends with status 130 too, and no traceback."""

    def interrupted(_: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr("custbridge.cli._command", interrupted)
    assert 130 == main(["schema", "response"])


def test_more_rejections_than_allowed_stop_the_run(tmp_path: Path, capsys: Any) -> None:
    """--max-rejected N: the run stops after the chunk that passed N, status 1."""
    data = jsonl([bad(i) for i in range(300)] + [good(300)])
    status, output, errors = convert(tmp_path, data, "--max-rejected", "10")
    assert (1, 0, 256) == (status, len(output), len(errors))
    assert capsys.readouterr().err.endswith(
        "  stopped: more than 10 records were rejected (--max-rejected);"
        " the rest of the input was not read\n"
    )


def test_rejections_only_on_stderr_are_lost(tmp_path: Path, capsys: Any) -> None:
    """Without --errors, rejections are printed and the status is 1."""
    source = tmp_path / "in"
    source.write_bytes(jsonl([good(1), bad(2)]))
    assert 1 == main([*BASE, str(source), "-o", str(tmp_path / "out"), "-q"])
    assert capsys.readouterr().err.splitlines() == [
        'rejected line 2: $.creditLimit: must be a number or a numeric string (got: "n/a")',
        "custbridge convert: 2 read, 1 written, 1 rejected",
        "  report items: 21 dropped, 3 normalised",
        "  not kept: the rejected records were only printed above; give --errors FILE to keep them",
    ]


def test_quiet_says_nothing_when_nothing_is_lost(tmp_path: Path, capsys: Any) -> None:
    """-q: no summary when every record is in a file."""
    assert 0 == convert(tmp_path, jsonl([good(1), bad(2)]), "-q")[0]
    assert "" == capsys.readouterr().err


def test_the_report_file(tmp_path: Path) -> None:
    """--report writes each converted record's report items, one JSON line each."""
    report = tmp_path / "report.jsonl"
    status, output, _ = convert(
        tmp_path, jsonl([good(1), bad(2)]), "--report", str(report)
    )
    (entry,) = lines(report)
    assert (0, 1, output[0]["id"]) == (status, entry["line"], entry["id"])
    assert {"action": "normalised", "path": "$.createdDate"} == {
        k: entry["items"][0][k] for k in ("action", "path")
    }
    assert all(
        ["action", "path", "reason", "value"] == sorted(i) for i in entry["items"]
    )


@pytest.mark.parametrize("jobs", ["auto", str(10**20)])
def test_jobs_auto_and_huge_are_capped(tmp_path: Path, jobs: str) -> None:
    """--jobs auto and an absurd number run with at most one process per CPU."""
    assert (0, ["C-1"], []) == outcome(tmp_path, jsonl([good(1)]), "-j", jobs)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_is_cleared_before_a_rejection(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """On a terminal, a rejection line never starts inside the progress line."""
    monkeypatch.setattr(_run, "_PROGRESS_EVERY", 0)
    monkeypatch.setattr(sys, "stderr", Terminal())
    source = tmp_path / "in"
    source.write_bytes(jsonl([good(i) for i in range(300)] + [bad(300)]))
    assert 1 == main([*BASE, str(source), "-o", str(tmp_path / "out")])
    shown = sys.stderr.getvalue()  # type: ignore[attr-defined]
    first = shown[1 : shown.index("\r", 1)]
    assert first.startswith("256 records, ")
    assert shown.startswith(f"\r{first}\r{' ' * len(first)}\rrejected line 301: ")


@given(data=st.one_of(line_files(), array_files()), jobs=st.sampled_from(["1", "2"]))
@settings(max_examples=10)
def test_every_record_read_is_in_one_file(
    tmp_path_factory: Any, data: tuple[bytes, int], jobs: str
) -> None:
    """For any mix of records: output lines + error lines = records read, status 0."""
    text, count = data
    tmp_path = tmp_path_factory.mktemp("run")
    status, output, errors = convert(tmp_path, text, "-j", jobs, "-q")
    assert (0, count) == (status, len(output) + len(errors))


def test_broken_off_in_a_real_process() -> None:
    """A cut array: what was read is written, status 1, no traceback."""
    done = run(
        [*BASE, "-", "-e", os.devnull], stdin=json.dumps([good(1)]).encode()[:-1]
    )
    assert (1, ["C-1"]) == (done.returncode, ids(done.stdout.splitlines()))
    assert done.stderr.decode().endswith(
        "  stopped: the input broke off: the input ended inside the JSON array,"
        " after 1 elements: the closing ']' is missing\n"
    )


def test_a_failed_write_is_a_loss(
    tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """A write that fails mid-run (a full disk) ends the run with status 1."""

    def full(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_run.Run, "_reject", full)
    source = tmp_path / "in"
    source.write_bytes(jsonl([good(1)]))
    assert 1 == main([*BASE, str(source), "-o", str(tmp_path / "o")])
    assert capsys.readouterr().err.endswith(
        "  stopped: a write failed: No space left on device; no file was written\n"
    )
    assert not (tmp_path / "o").exists()


def test_an_unwritable_second_target_removes_the_first(
    tmp_path: Path, capsys: Any
) -> None:
    """When one output cannot be opened, no temporary file of another stays."""
    source = tmp_path / "in"
    source.write_bytes(jsonl([good(1)]))
    assert 2 == main(
        [*BASE, str(source), "-o", str(tmp_path / "o"), "-e", "/no/such/e"]
    )
    assert ["in"] == names(tmp_path)
    assert (
        "cannot write /no/such/e: No such file or directory" in capsys.readouterr().err
    )


def test_signal_handlers_are_not_changed(
    tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """A run with workers leaves the parent's Ctrl-C handler as it found it.

    Compared with the handler before the run, not with Python's default: a
    process started in the background by a shell without job control inherits
    Ctrl-C ignored, and keeps it so.
    """
    before = signal.getsignal(signal.SIGINT)
    data = jsonl([good(i) for i in range(3)])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    monkeypatch.chdir(tmp_path)
    assert 0 == main([*BASE, "-", "-o", "out.jsonl", "-j", "2", "-q"])
    assert before is signal.getsignal(signal.SIGINT)
    capsys.readouterr()


def test_rejections_on_standard_output_are_said_to_be_there(
    tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """``-e -``: the summary says the rejected records went to standard output."""
    data = jsonl([good(1), bad(2)])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    monkeypatch.chdir(tmp_path)
    assert 0 == main([*BASE, "-", "-o", "out.jsonl", "-e", "-"])
    captured = capsys.readouterr()
    assert [2] == [json.loads(line)["line"] for line in captured.out.splitlines()]
    assert (
        "  rejected records are in standard output" == (captured.err.splitlines()[-1])
    )


class ClosedPipe(io.BytesIO):
    def write(self, _: Any) -> int:
        raise BrokenPipeError


class Stdout:
    """Standard output whose reader has gone, on a file descriptor of our own."""

    def __init__(self, fd: int) -> None:
        self.buffer = ClosedPipe()
        self.fd = fd

    def fileno(self) -> int:
        return self.fd


def test_a_closed_pipe_in_process(
    tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """The broken pipe is caught, standard output pointed at devnull, status 1."""
    with (tmp_path / "stdout").open("wb") as stdout:
        monkeypatch.setattr(sys, "stdout", Stdout(stdout.fileno()))
        monkeypatch.setattr(
            sys, "stdin", io.TextIOWrapper(io.BytesIO(jsonl([good(1)])))
        )
        assert 1 == main([*BASE, "-", "-e", str(tmp_path / "e")])
    assert ["stdout"] == names(tmp_path)
    assert capsys.readouterr().err.splitlines() == [
        "custbridge convert: 1 read, 0 written, 0 rejected",
        "  stopped: the output was closed before the end (a broken pipe);"
        " no file was written",
    ]


@pytest.mark.parametrize("status", [0, 130])
def test_a_device_is_written_in_place(
    tmp_path: Path, monkeypatch: Any, status: int
) -> None:
    """/dev/null for both outputs: allowed, written directly, still a device."""
    data = jsonl([good(1), bad(2)])
    stdin = Interrupting(data, after=0) if status else io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin))
    monkeypatch.chdir(tmp_path)
    assert status == main([*BASE, "-", "-o", os.devnull, "-e", os.devnull])
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    assert [] == names(tmp_path)
    assert [] == [p.name for p in Path(os.devnull).parent.glob(".null.*")]
