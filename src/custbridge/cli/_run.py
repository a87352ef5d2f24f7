"""``custbridge convert``: a thin layer over :mod:`custbridge.batch`.

It owns what only a command line has: files and their temporary names, the
progress line, the summary and the exit status, which says whether any record
was lost (0: every record read is in the output or the errors file; 1: some
are in neither; 130: interrupted).
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections import Counter
from typing import IO, TYPE_CHECKING

from custbridge import batch
from custbridge.batch import Options, RecordReader, convert_in_chunks, jobs_for
from custbridge.cli._files import Target

if TYPE_CHECKING:
    from collections.abc import Iterator

    from custbridge.batch import Chunk, Rejected

__all__ = ["Progress", "Run"]

_PROGRESS_EVERY = 0.5  # seconds between progress updates on a terminal
_ACTIONS = ("dropped", "truncated", "normalised", "defaulted", "invalid")
INTERRUPTED = 130


class Progress:
    """A live ``records, rate, elapsed`` line on a terminal; silent otherwise."""

    def __init__(self, stream: IO[str], *, quiet: bool = False) -> None:
        """Show progress on *stream* when it is a terminal and not *quiet*."""
        self.stream = stream
        self.live = not quiet and stream.isatty()
        self.start = self.last = time.monotonic()
        self.count = 0
        self._width = 0

    def tick(self, count: int) -> None:
        """Note *count* records done; redraw at most every half second."""
        self.count = count
        now = time.monotonic()
        if self.live and now - self.last >= _PROGRESS_EVERY:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.count / elapsed
        line = f"{self.count} records, {rate:,.0f}/s, {elapsed:.1f}s elapsed"
        self.stream.write(f"\r{line}")
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Blank the progress line, so that the next line starts clean."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0

    def done(self) -> None:
        """Show the final count and end the line."""
        if self.live:
            self._show(time.monotonic())
            self.stream.write("\n")
            self._width = 0


class Run:
    """One conversion: its targets, its counts, and how it ended."""

    def __init__(
        self,
        options: Options,
        *,
        jobs: int | None,
        outputs: dict[str, str | None],
        max_rejected: int | None,
        quiet: bool,
    ) -> None:
        """Open the targets: ``output`` (default ``-``), ``errors``, ``report``."""
        self.options = options
        self.jobs = jobs_for(jobs)
        self.max_rejected = max_rejected
        self.quiet = quiet
        self.totals: Counter[str] = Counter()
        self.stopped: str | None = None
        self.targets: dict[str, Target] = {}
        try:
            for name, path in outputs.items():
                if path is not None:
                    self.targets[name] = Target(path)
        except OSError:
            self.discard()
            raise
        self.progress = Progress(sys.stderr, quiet=quiet)

    def convert(self, source: IO[bytes]) -> int:
        """Convert everything *source* holds; return the exit status."""
        reader = RecordReader(source)
        chunks = convert_in_chunks(
            reader, self.options, jobs=self.jobs, with_report="report" in self.targets
        )
        try:
            with contextlib.closing(chunks):
                self._write(chunks)
        except KeyboardInterrupt:
            return self._end("interrupted", INTERRUPTED)
        except batch.WorkerLostError as error:
            return self._end(str(error), 1)
        except BrokenPipeError:
            self._end("the output was closed before the end (a broken pipe)", 1)
            raise
        except OSError as error:
            return self._end(f"a write failed: {error.strerror}", 1)
        if reader.broke_off:
            self.stopped = f"the input broke off: {reader.broke_off}"
        for target in self.targets.values():
            target.commit()
        self.progress.done()
        self._summary()
        return 1 if self.stopped or self._lost() else 0

    def _lost(self) -> bool:
        """Whether rejected records went only to standard error."""
        return bool(self.totals["rejected"]) and "errors" not in self.targets

    def _write(self, chunks: Iterator[Chunk]) -> None:
        output = self.targets.get("output")
        for chunk in chunks:
            self.totals.update(read=chunk.read)
            if chunk.output and output is not None:
                output.stream.write(("\n".join(chunk.output) + "\n").encode())
            self.totals.update(chunk.counts)
            self.totals.update(written=len(chunk.output))
            self._reject(chunk.rejected)
            if "report" in self.targets and chunk.reports:
                text = "\n".join(chunk.reports) + "\n"
                self.targets["report"].stream.write(text.encode())
            self.progress.tick(self.totals["read"])
            if self.max_rejected is not None and (
                self.totals["rejected"] > self.max_rejected
            ):
                self.stopped = (
                    f"more than {self.max_rejected} records were rejected"
                    " (--max-rejected); the rest of the input was not read"
                )
                return

    def _reject(self, rejected: list[Rejected]) -> None:
        self.totals.update(rejected=len(rejected))
        errors = self.targets.get("errors")
        if errors is not None:
            if rejected:
                text = "".join(r.to_json() + "\n" for r in rejected)
                errors.stream.write(text.encode())
            return
        for record in rejected:
            self.progress.clear()
            print(
                f"rejected {record.position}: {'; '.join(record.messages)}",
                file=sys.stderr,
            )

    def _end(self, why: str, status: int) -> int:
        """Stop early: discard the files, say what was done, return *status*."""
        files = any(target.path != "-" for target in self.targets.values())
        self.discard()
        self.progress.clear()
        self.stopped = f"{why}; no file was written" if files else why
        self._summary()
        return status

    def discard(self) -> None:
        """Remove every temporary file."""
        for target in self.targets.values():
            target.discard()

    def _summary(self) -> None:
        lost = self._lost()
        if self.quiet and not (self.stopped or lost):
            return
        totals = self.totals
        print(
            f"custbridge convert: {totals['read']} read, {totals['written']} written,"
            f" {totals['rejected']} rejected",
            file=sys.stderr,
        )
        if totals[batch.SALVAGED]:
            records = totals[batch.SALVAGED_RECORDS]
            print(
                f"  salvaged: {totals[batch.SALVAGED]} invalid values set to null"
                f" in {records} record{'' if records == 1 else 's'} (--drop-invalid)",
                file=sys.stderr,
            )
        report = ", ".join(f"{totals[a]} {a}" for a in _ACTIONS if totals[a])
        if report:
            print(f"  report items: {report}", file=sys.stderr)
        where = self.targets["errors"].path if "errors" in self.targets else None
        if where == "-" and totals["rejected"]:
            print("  rejected records are in standard output", file=sys.stderr)
        elif where is not None and totals["rejected"] and not self.stopped:
            print(f"  rejected records are in {where}", file=sys.stderr)
        elif lost:
            print(
                "  not kept: the rejected records were only printed above;"
                " give --errors FILE to keep them",
                file=sys.stderr,
            )
        if self.stopped:
            print(f"  stopped: {self.stopped}", file=sys.stderr)
