"""The ``custbridge`` command: convert, classify, schema.

Exit status: 0 when every record converted, 1 when some were rejected (or the
input broke off), 2 for usage errors, with a one-line message.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import multiprocessing
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TypeVar

from custbridge.accounting import AccountingCustomer
from custbridge.cli import _batch
from custbridge.converters import load_value
from custbridge.exceptions import ValidationError
from custbridge.response import CustomerResponse, DataSource
from custbridge.schema import json_schema
from custbridge.tax import classify_tax_number

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = ["main"]

T = TypeVar("T")
_PROGRESS_EVERY = 0.5  # seconds between progress updates on a terminal


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit with status 2."""

    def error(self, message: str) -> NoReturn:
        """Print ``prog: error: message`` and exit 2."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _argument(kind: type[T], what: str) -> Callable[[str], T]:
    """Make an argparse type that reads a value as the loaders read *kind*."""

    def convert(text: str) -> T:
        try:
            return load_value(kind, text)
        except ValidationError:
            msg = f"not {what}: {text!r}"
            raise argparse.ArgumentTypeError(msg) from None

    return convert


_uuid = _argument(uuid.UUID, "a UUID")
_timestamp = _argument(dt.datetime, "a date-time with an offset")


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        msg = f"not a positive whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _parser() -> argparse.ArgumentParser:
    from custbridge import __version__  # noqa: PLC0415 - read from metadata lazily

    parser = _Parser(prog="custbridge", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--version", action="version", version=f"custbridge {__version__}"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    convert = sub.add_parser("convert", help="convert a JSON array or JSON Lines file")
    convert.add_argument("input", help="the file to read, or - for standard input")
    convert.add_argument(
        "--tenant-id", type=_uuid, required=True, help="the tenant's UUID"
    )
    convert.add_argument(
        "--source", choices=[s.value for s in DataSource], required=True,
        help="the integration the records come from",
    )  # fmt: skip
    convert.add_argument(
        "--to", choices=["response", "accounting"], default="response",
        help="what to write: tax engine records (default) or accounting customers",
    )  # fmt: skip
    convert.add_argument("--output", help="where to write JSON Lines (default: stdout)")
    convert.add_argument(
        "--errors", help="where to write rejected records as JSON Lines"
    )
    convert.add_argument(
        "--jobs", type=_jobs, default=1, help="processes to use (default 1)"
    )
    convert.add_argument(
        "--drop-invalid", action="store_true",
        help="load an invalid value of an optional field as null, and count it,"
        " instead of rejecting the record",
    )  # fmt: skip
    convert.add_argument(
        "--now", type=_timestamp,
        help="the time to stamp records with (default: when the run starts)",
    )  # fmt: skip
    classify = sub.add_parser("classify", help="classify tax numbers as B2B or B2C")
    classify.add_argument("numbers", nargs="+", metavar="NUMBER")
    classify.add_argument("--country", help="country hint: code or English name")
    classify.add_argument(
        "--json", action="store_true", help="one JSON object per line"
    )
    schema = sub.add_parser("schema", help="print a wire form's JSON Schema")
    schema.add_argument("model", choices=["accounting", "response"])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "classify":
        return _classify(args)
    if args.command == "schema":
        model = AccountingCustomer if args.model == "accounting" else CustomerResponse
        print(json.dumps(json_schema(model), indent=2, ensure_ascii=False))
        return 0
    return _convert(args)


def _classify(args: argparse.Namespace) -> int:
    for number in args.numbers:
        check = classify_tax_number(number, country=args.country)
        label = None if check.b2b_or_b2c is None else check.b2b_or_b2c.value
        explanation = _in_cli_words(check.explanation)
        if args.json:
            line = json.dumps(
                {
                    "number": number,
                    "b2b_or_b2c": label,
                    "valid": check.valid,
                    "country": check.country,
                    "number_type": check.number_type,
                    "compact": check.compact,
                    "reason": check.reason,
                    "explanation": explanation,
                    "unknown_country": check.unknown_country,
                }
            )
        else:
            if check.unknown_country is not None:
                explanation += (
                    f"; the --country given, {check.unknown_country!r}, names"
                    " no known country and was ignored"
                )
            line = f"{number}\t{label or '-'}\t{check.reason}\t{explanation}"
        print(line)
    return 0


def _in_cli_words(explanation: str) -> str:
    """Say ``--country`` where the library names its keyword ``country=``."""
    return explanation.replace("country=", "--country")


def _fail(message: str) -> int:
    print(f"custbridge convert: error: {message}", file=sys.stderr)
    return 2


def _convert(args: argparse.Namespace) -> int:
    paths = [p for p in (args.output, args.errors) if p is not None]
    if args.input != "-" and any(_same(args.input, p) for p in paths):
        return _fail("refusing to overwrite the input file")
    try:
        source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115, PTH123
    except OSError as error:
        return _fail(f"cannot read {args.input}: {error.strerror}")
    options = _batch.Options(
        args.to, args.tenant_id, DataSource(args.source),
        args.now or dt.datetime.now(dt.timezone.utc), args.drop_invalid,
    )  # fmt: skip
    try:
        with contextlib.ExitStack() as stack:
            if source is not sys.stdin:
                stack.enter_context(source)
            out = _open(stack, args.output, sys.stdout)
            errors = _open(stack, args.errors, None)
            return _write(source, options, args.jobs, out, errors)
    except OSError as error:
        return _fail(f"cannot write {error.filename}: {error.strerror}")


def _same(a: str, b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:  # the output does not exist yet
        return False


def _open(
    stack: contextlib.ExitStack, path: str | None, default: IO[str] | None
) -> IO[str] | None:
    if path is None:
        return default
    return stack.enter_context(Path(path).open("w", encoding="utf-8"))


def _write(
    source: IO[str],
    options: _batch.Options,
    jobs: int,
    out: IO[str] | None,
    errors: IO[str] | None,
) -> int:
    progress = _Progress(sys.stderr)
    totals: Counter[str] = Counter()
    broke_off = None
    with _pool(jobs) as pool:
        try:
            for lines, rejected, counts, read in _batch.run(
                _batch.read(source), options, jobs=jobs, pool=pool
            ):
                totals.update(counts)
                totals.update(read=read, written=len(lines), rejected=len(rejected))
                if lines and out is not None:
                    out.write("\n".join(lines) + "\n")
                for error in rejected:
                    _reject(error, errors)
                progress.tick(totals["read"])
        except _batch.InputError as error:
            broke_off = str(error)
    progress.done()
    _summary(totals, broke_off)
    return 1 if totals["rejected"] or broke_off else 0


@contextlib.contextmanager
def _pool(jobs: int) -> Iterator[Any]:
    if jobs == 1:
        yield None
        return
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield pool


def _reject(error: dict[str, Any], errors: IO[str] | None) -> None:
    if errors is not None:
        print(json.dumps(error, ensure_ascii=False), file=errors)
        return
    where = next(f"{k} {v}" for k, v in error.items() if k in ("line", "index"))
    print(f"rejected {where}: {'; '.join(error['messages'])}", file=sys.stderr)


def _summary(totals: Counter[str], broke_off: str | None) -> None:
    line = (
        f"custbridge convert: {totals['read']} read, {totals['written']} written,"
        f" {totals['rejected']} rejected"
    )
    actions = ("dropped", "truncated", "normalised", "defaulted", "invalid")
    report = ", ".join(f"{totals[a]} {a}" for a in actions if totals[a])
    print(line, file=sys.stderr)
    if totals[_batch.SALVAGED]:
        records = totals[_batch.SALVAGED_RECORDS]
        noun = "record" if records == 1 else "records"
        print(
            f"  salvaged: {totals[_batch.SALVAGED]} invalid values set to null"
            f" in {records} {noun} (--drop-invalid)",
            file=sys.stderr,
        )
    if report:
        print(f"  report items: {report}", file=sys.stderr)
    if broke_off:
        print(f"  stopped: the input broke off: {broke_off}", file=sys.stderr)


class _Progress:
    """A live ``records, rate, elapsed`` line on a terminal; silent otherwise."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.start = self.last = time.monotonic()
        self.count = 0

    def tick(self, count: int) -> None:
        self.count = count
        now = time.monotonic()
        if self.live and now - self.last >= _PROGRESS_EVERY:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.count / elapsed
        self.stream.write(
            f"\r{self.count} records, {rate:,.0f}/s, {elapsed:.1f}s elapsed"
        )
        self.stream.flush()

    def done(self) -> None:
        if self.live:
            self._show(time.monotonic())
            self.stream.write("\n")
