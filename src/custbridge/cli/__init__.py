"""The ``custbridge`` command: convert, classify, schema.

Exit status: 0 when every record read is in the output or the errors file, 1
when some are in neither, 2 for usage errors (with a one-line message), 130
when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import uuid
from typing import TYPE_CHECKING, NoReturn, TypeVar

from custbridge import batch
from custbridge.accounting import AccountingCustomer
from custbridge.cli import _files, _run
from custbridge.converters import load_value
from custbridge.exceptions import ValidationError
from custbridge.response import CustomerResponse, DataSource
from custbridge.schema import json_schema
from custbridge.tax import classify_tax_number

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["main"]

T = TypeVar("T")


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


def _count(text: str) -> int:
    if not text.isdigit():
        msg = f"not a whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _jobs(text: str) -> int | None:
    """``auto`` (``None``: one per CPU) or a whole number of at least 1."""
    if text == "auto":
        return None
    if not text.isdigit() or int(text) < 1:
        msg = f"not 'auto' or a positive whole number: {text!r}"
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
    convert.add_argument(
        "-o", "--output", help="where to write JSON Lines (default and -: stdout)"
    )
    convert.add_argument(
        "-e", "--errors", help="where to write rejected records as JSON Lines"
    )
    convert.add_argument(
        "--report", help="where to write each record's report items as JSON Lines"
    )
    convert.add_argument(
        "-j", "--jobs", type=_jobs, default=1,
        help="processes to use: a number, or auto for one per CPU (default 1;"
        " never more than the CPUs)",
    )  # fmt: skip
    convert.add_argument(
        "--max-rejected", type=_count, metavar="N",
        help="stop, with status 1, once more than N records are rejected",
    )  # fmt: skip
    convert.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress line, and no summary unless a record was lost",
    )  # fmt: skip
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
    try:
        return _command(args)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and point standard
        # output at devnull so that the interpreter's last flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return _run.INTERRUPTED


def _command(args: argparse.Namespace) -> int:
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
    outputs = {
        "output": args.output or "-",
        "errors": args.errors,
        "report": args.report,
    }
    try:
        _files.check_paths(args.input, {f"--{k}": v for k, v in outputs.items()})
    except _files.UsageError as error:
        return _fail(str(error))
    options = batch.Options(
        to=args.to, tenant_id=args.tenant_id, source=DataSource(args.source),
        now=args.now or dt.datetime.now(dt.timezone.utc),
        drop_invalid=args.drop_invalid,
    )  # fmt: skip
    try:
        source = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115, PTH123
    except OSError as error:
        return _fail(f"cannot read {args.input}: {error.strerror}")
    with contextlib.ExitStack() as stack:
        if args.input != "-":
            stack.enter_context(source)
        try:
            run = _run.Run(
                options, jobs=args.jobs, outputs=outputs,
                max_rejected=args.max_rejected, quiet=args.quiet,
            )  # fmt: skip
        except OSError as error:
            return _fail(f"cannot write {error.filename}: {error.strerror}")
        return run.convert(source)
