"""Time the CLI on a generated file against the library pipeline in-process.

Run: ``python benchmarks/bench_cli.py [--records N] [--quick]``. Writes N full
accounting records (unique emails) as JSON Lines to a temporary folder, then in
one run:

* the library pipeline in-process on the same lines: load, map, dump, JSON;
* ``custbridge convert`` with ``--jobs 1`` and ``--jobs 2`` in a child process,
  output to /dev/null; the peak resident memory of the largest process (the CLI
  or one of its workers) comes from the kernel's accounting of child processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import records
from custbridge import (
    DataSource,
    accounting_to_response,
    dump_response,
    load_accounting,
)

TENANT = "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"
NOW = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
_CHILD = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=False, stderr=subprocess.DEVNULL)
spent = time.perf_counter() - start
print(spent, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def in_process(path: Path) -> float:
    """Return the seconds the library pipeline takes over the file's lines."""
    tenant = uuid.UUID(TENANT)
    start = time.perf_counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            customer = load_accounting(line)
            response = accounting_to_response(
                customer,
                tenant_id=tenant,
                source=DataSource.NETSUITE,
                clock=lambda: NOW,
            )
            json.dumps(dump_response(response), ensure_ascii=False)
    return time.perf_counter() - start


def cli(path: Path, jobs: int) -> tuple[float, float]:
    """Return (seconds, peak MiB of the largest process) of one CLI run."""
    command = [
        sys.executable, "-m", "custbridge", "convert", str(path), "--tenant-id", TENANT,
        "--source", "netsuite", "--now", "2024-05-01T00:00:00Z", "--jobs", str(jobs),
        "--output", "/dev/null",
    ]  # fmt: skip
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", _CHILD, *command],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, kib = done.stdout.split()
    return float(seconds), int(kib) / 1024


def main() -> None:
    """Generate the file, run every side, print rates, ratios and memory."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="20,000 records")
    args = parser.parse_args()
    n = 20_000 if args.quick else args.records
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "customers.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(n):
                out.write(json.dumps(records.accounting_full(i)) + "\n")
        size = path.stat().st_size / 2**20
        print(f"{n:,} records, {size:.0f} MiB of JSON Lines")
        base = in_process(path)
        print(f"  in-process pipeline  {n / base:9,.0f} records/s")
        runs = {jobs: cli(path, jobs) for jobs in (1, 2)}
        for jobs, (seconds, mib) in runs.items():
            print(f"  cli --jobs {jobs}         {n / seconds:9,.0f} records/s,"
                  f" peak {mib:5.0f} MiB")  # fmt: skip
    one, two = runs[1][0], runs[2][0]
    print(f"  --jobs 1 vs in-process {one / base:.2f}x the time   (target <= 1.3x)")
    print(f"  --jobs 2 speed-up      {one / two:.2f}x            (target >= 1.6x)")
    print(f"  peak memory            {max(m for _, m in runs.values()):.0f} MiB"
          "          (target < 150 MiB)")  # fmt: skip


if __name__ == "__main__":
    main()
