"""Time the batch engine: readers, worker processes, and Dask, in one run.

Run: ``python benchmarks/bench_batch.py [--records N] [--quick]`` (the Dask
line needs the ``dask`` extra; without it, it is skipped). In one run:

* the readers alone, array against JSON Lines, on one 16 MB record and on N
  records: each record read and parsed once, as converting needs it (the
  array reader parses each element to find where it ends, and hands the
  value on; a JSON Lines record is parsed after reading, by the same rules);
* ``custbridge convert --jobs 1`` on the array against the JSON Lines form of
  the same records, on one 16 MB record and on N records (the target);
* ``custbridge convert --jobs 2`` against ``--jobs 1`` on N records;
  every CLI run is a child process, shown with the load average before it and
  the peak of the summed resident memory of all its processes (the CLI and
  its workers), sampled from /proc every 0.2 s;
* Dask on a local cluster of 2 worker processes against ``--jobs 2``, on the
  same records split into 8 files (Dask converts a file a partition), timed
  from the first task to the last file written; the cluster's start is shown
  apart.

The machine's load average is printed with every number: speed-ups mean
little on a machine that is busy with something else.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import records
from custbridge.batch import RecordReader

TENANT = "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02"
NOW = "2024-05-01T00:00:00+00:00"
PARTS = 8


def load() -> str:
    """The 1-minute load average and the CPUs, as ``load 0.12 on 2 CPUs``."""
    return f"load {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"


def _one_key_once(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """An object of *pairs*; a key given twice is an error, as in the loaders."""
    if len({key for key, _ in pairs}) < len(pairs):
        raise ValueError
    return dict(pairs)


def read_all(data: bytes) -> float:
    """Seconds to read every record of *data* and have it parsed, as converting needs.

    The array reader parses each element to find where it ends and hands the
    value on; a JSON Lines record is parsed here, the same way (a key given
    twice is an error): the same work on both sides.
    """
    start = time.perf_counter()
    for record in RecordReader(io.BytesIO(data)):
        if record.value is ...:
            json.loads(record.text, object_pairs_hook=_one_key_once)
    return time.perf_counter() - start


def readers(name: str, items: list[str]) -> None:
    """Print the array reader's time against the JSON Lines reader's."""
    lines = "".join(item + "\n" for item in items).encode()
    array = ("[\n" + ",\n".join(items) + "\n]\n").encode()
    before = load()
    jsonl, arr = read_all(lines), read_all(array)
    print(f"  {name}: JSON Lines {jsonl:6.2f} s, array {arr:6.2f} s:"
          f" {arr / jsonl:.2f}x (target <= 1.5x)   [{before}]")  # fmt: skip


def big_record() -> str:
    """One accounting customer of about 16 MB: 160,000 notes kept as extras."""
    customer = records.accounting_full(0)
    customer["notes"] = [{"n": i, "text": "x" * 80} for i in range(160_000)]
    return json.dumps(customer)


def tree_rss(root: int) -> int:
    """The summed resident memory, in KiB, of *root* and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text(encoding="utf-8")
        except OSError:  # the process ended while we looked
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields["PPid"])
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, family = 0, {root}
    for pid in sorted(parents):  # children have higher ids, usually
        if pid in family or parents[pid] in family:
            family.add(pid)
    for pid in family:
        total += rss.get(pid, 0)
    return total


def cli(path: Path, jobs: int) -> tuple[float, float, str]:
    """Seconds, peak summed MiB and the load before, of one CLI run."""
    before = load()
    command = [
        sys.executable, "-m", "custbridge", "convert", str(path), "--tenant-id",
        TENANT, "--source", "netsuite", "--now", NOW, "--jobs", str(jobs),
        "-o", os.devnull, "-e", os.devnull, "-q",
    ]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(command)  # noqa: S603 - our own interpreter
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.2):
            peak = max(peak, tree_rss(process.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    process.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return seconds, peak / 1024, before


def on_dask(folder: Path) -> tuple[float, float, str] | None:
    """Seconds to convert, seconds to start the cluster, and the load before."""
    try:
        import dask.bag as db  # noqa: PLC0415 - the extra is optional
        from distributed import Client, LocalCluster  # noqa: PLC0415
    except ImportError:
        return None
    import datetime as dt  # noqa: PLC0415
    import uuid  # noqa: PLC0415

    from custbridge import DataSource  # noqa: PLC0415
    from custbridge.batch import Options  # noqa: PLC0415
    from custbridge.batch.dask import convert_bag, write_bag  # noqa: PLC0415

    options = Options(
        tenant_id=uuid.UUID(TENANT),
        source=DataSource.NETSUITE,
        now=dt.datetime.fromisoformat(NOW),
    )
    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster),
    ):
        started = time.perf_counter() - start
        before = load()
        start = time.perf_counter()
        lines = db.read_text(str(folder / "part-*.jsonl"), blocksize=None)
        write_bag(convert_bag(lines, options), str(folder / "o/*"), str(folder / "e/*"))
        return time.perf_counter() - start, started, before


def write(path: Path, items: list[str], *, array: bool) -> Path:
    """Write *items* as a JSON array or as JSON Lines."""
    text = (
        "[\n" + ",\n".join(items) + "\n]\n"
        if array
        else "".join(item + "\n" for item in items)
    )
    path.write_text(text, encoding="utf-8")
    return path


def compare_forms(
    folder: Path, name: str, items: list[str]
) -> dict[str, tuple[float, float, str]]:
    """Run the CLI (--jobs 1) on the array and the JSON Lines form; print both."""
    runs = {}
    for form in ("jsonl", "array"):
        path = write(folder / f"{name}.{form}", items, array=form == "array")
        runs[form] = seconds, mib, before = cli(path, 1)
        print(f"  {name}, {form:5}: {seconds:7.1f} s, peak {mib:5.0f} MiB   [{before}]")
    ratio = runs["array"][0] / runs["jsonl"][0]
    print(f"  {name}: array {ratio:.2f}x the JSON Lines time (target <= 1.5x)")
    return runs


def main() -> None:
    """Make the inputs, run every side, print times, ratios, load and memory."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument(
        "--quick", action="store_true", help="5,000 records: the script runs (CI)"
    )
    args = parser.parse_args()
    n = 5_000 if args.quick else args.records
    items = [json.dumps(records.accounting_full(i)) for i in range(n)]
    big = [big_record()]
    print(f"custbridge batch benchmark: {n:,} records  [{load()}]")
    print("readers alone (read every record, parsed once as converting needs it):")
    readers("one 16 MB record", big)
    readers(f"{n:,} records", items)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print("custbridge convert --jobs 1, array against JSON Lines"
              " (summed memory of all its processes):")  # fmt: skip
        compare_forms(folder, "16 MB record", big)
        runs = {1: compare_forms(folder, f"{n} records", items)["jsonl"]}
        path = folder / f"{n} records.jsonl"
        step = -(-n // PARTS)
        for part in range(PARTS):
            chunk = items[part * step : (part + 1) * step]
            write(folder / f"part-{part}.jsonl", chunk, array=False)
        runs[2] = seconds, mib, before = cli(path, 2)
        print(f"custbridge convert --jobs 2: {seconds:7.1f} s, peak {mib:5.0f} MiB"
              f"   [{before}]")  # fmt: skip
        print(f"  --jobs 2 speed-up: {runs[1][0] / runs[2][0]:.2f}x"
              " (target >= 1.7x on an idle 2-core machine)")  # fmt: skip
        dask = on_dask(folder)
    if dask is None:
        print("Dask: not installed (pip install '.[dask]')")
        return
    seconds, started, before = dask
    print(f"Dask, 2 worker processes: {seconds:7.1f} s (cluster start {started:.1f} s)"
          f"   [{before}]")  # fmt: skip
    print(f"  Dask vs --jobs 2: {seconds / runs[2][0]:.2f}x the time (target <= 1.5x)")


if __name__ == "__main__":
    main()
