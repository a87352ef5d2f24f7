"""Time a cold start and weigh a loaded record: imports, the Hypothesis plugin, memory.

Run: ``python benchmarks/bench_startup.py [--quick]`` (needs the ``bench`` extra
for pydantic, and the ``hypothesis`` extra). Prints, in one run:

* the machine's load and CPU count, before and after;
* ``import custbridge`` against ``import pydantic``, and the imports a program
  needs to load a record (``from custbridge import AccountingCustomer,
  load_accounting``) against pydantic's (``from pydantic import BaseModel``),
  each in a fresh interpreter, whole and with the interpreter's own start-up
  (``python -c pass``, timed in the same round) taken off;
* the first ``classify_tax_number`` in a fresh interpreter, after its import,
  with a code, without a hint and with a country's name, beside the least
  stdnum work: importing the one module that decides and calling it;
* what custbridge's Hypothesis plugin adds to ``import hypothesis``: against
  the same import with the plugin's entry point left out (every other step
  alike), and against ``HYPOTHESIS_NO_PLUGINS=1``, which also skips Hypothesis's
  own scan of the installed packages' entry points;
* the bytes a loaded full accounting record keeps (tracemalloc over 100,000
  loads), read from its JSON text (every string the record's own) and from one
  shared dict (only what the loader makes).

Every case of a comparison runs once a round, in an order that rotates from
round to round; each ratio or difference is the median over the rounds, so a
burst of load on the shared machine touches both sides of a round alike. Times
are the child's CPU time (user + system, from ``os.wait4``), which another
process's work does not inflate, and wall-clock time beside it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from typing import TYPE_CHECKING

import records
from custbridge import load_accounting

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

Case = tuple[str, str, dict[str, str]]  # name, code, extra environment
Times = dict[str, list[tuple[float, float]]]  # name: (cpu, wall) per round

BARE = "pass"
IMPORTS: list[Case] = [
    ("bare interpreter", BARE, {}),
    ("import custbridge", "import custbridge", {}),
    ("import pydantic", "import pydantic", {}),
    (
        "custbridge: models + loader",
        "from custbridge import AccountingCustomer, load_accounting",
        {},
    ),
    ("pydantic: BaseModel", "from pydantic import BaseModel", {}),
]
# The same import of Hypothesis, with the entry points of the plugins named in
# DROP left out of Hypothesis's scan: every other step is the same on each side.
HYPOTHESIS = """
import importlib.metadata as m
every = m.entry_points
def entry_points(**kw):
    found = every(**kw)
    if kw.get("group") != "hypothesis":
        return found
    return m.EntryPoints(e for e in found if e.name not in DROP)
m.entry_points = entry_points
import hypothesis
"""
PLUGIN: list[Case] = [
    ("with the plugin", f"DROP = set()\n{HYPOTHESIS}", {}),
    ("without the plugin", f"DROP = {{'custbridge'}}\n{HYPOTHESIS}", {}),
    ("HYPOTHESIS_NO_PLUGINS=1", "import hypothesis", {"HYPOTHESIS_NO_PLUGINS": "1"}),
]
# The first call in a fresh interpreter, timed inside it after the imports that
# come before it; stdnum alone is the floor: the one module that decides,
# imported and called.
_TIMED = """
import time
{setup}
cpu, wall = time.process_time(), time.perf_counter()
{call}
print(time.process_time() - cpu, time.perf_counter() - wall)
"""
_CLASSIFY = "from custbridge import classify_tax_number"
FIRST: list[tuple[str, str, str]] = [
    (
        "classify, hint 'DE'",
        _CLASSIFY,
        "classify_tax_number('136695976', country='DE')",
    ),
    ("classify, no hint", _CLASSIFY, "classify_tax_number('DE136695976')"),
    (
        "classify, hint 'Germany'",
        _CLASSIFY,
        "classify_tax_number('136695976', country='Germany')",
    ),
    (
        "stdnum: import de.vat, validate",
        _CLASSIFY,  # the same imports before the clock starts
        "import stdnum.de.vat as m; m.validate('136695976')",
    ),
]
FIRST_TARGET = 0.015  # seconds the first classification may take
IMPORT_TARGET = 1.0  # import custbridge, at most this times import pydantic
PLUGIN_TARGET = 0.050  # seconds the plugin may add to import hypothesis
MEMORY_TARGET = 5500  # bytes a loaded full accounting record may keep


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}, {os.cpu_count()} CPUs"


def _run(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Run *code* in a fresh interpreter; return its CPU and wall-clock seconds."""
    start = time.perf_counter()
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], env={**os.environ, **env}
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        msg = f"{code!r} exited with {child.returncode}"
        raise RuntimeError(msg)
    return usage.ru_utime + usage.ru_stime, wall


def _rounds(cases: Sequence[Case], rounds: int) -> Times:
    """Run every case once a round, the order rotating, after one warm-up round."""
    times: Times = {name: [] for name, _, _ in cases}
    for n in range(rounds + 1):
        order = [*cases[n % len(cases) :], *cases[: n % len(cases)]]
        for name, code, env in order if n % 2 else reversed(order):
            measured = _run(code, env)
            if n:  # the first round only warms the file-system caches
                times[name].append(measured)
    return times


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _column(times: Times, name: str, which: int) -> list[float]:
    return [pair[which] for pair in times[name]]


def _print_times(times: Times) -> None:
    for name in times:
        cpu, wall = (_median(_column(times, name, w)) * 1000 for w in (0, 1))
        print(f"  {name:<30} {cpu:7.1f} ms CPU  {wall:7.1f} ms wall (medians)")


def _ratio(times: Times, ours: str, theirs: str, *, net: bool, which: int) -> float:
    """The median over rounds of *ours* / *theirs*, less the bare start if *net*."""
    base = _column(times, "bare interpreter", which) if net else None
    a, b = _column(times, ours, which), _column(times, theirs, which)
    if base is None:
        return _median([x / y for x, y in zip(a, b, strict=True)])
    return _median([(x - z) / (y - z) for x, y, z in zip(a, b, base, strict=True)])


def _difference(times: Times, ours: str, theirs: str, which: int) -> float:
    a, b = _column(times, ours, which), _column(times, theirs, which)
    return _median([x - y for x, y in zip(a, b, strict=True)])


def imports(rounds: int) -> None:
    """Print custbridge's import times against pydantic's."""
    times = _rounds(IMPORTS, rounds)
    _print_times(times)
    for ours, theirs in (
        ("import custbridge", "import pydantic"),
        ("custbridge: models + loader", "pydantic: BaseModel"),
    ):
        print(f"  {ours} / {theirs}:")
        for label, which in (("CPU", 0), ("wall", 1)):
            whole, net = (
                _ratio(times, ours, theirs, net=net, which=which)
                for net in (False, True)
            )
            print(f"    {label:<4} {whole:.2f}x whole, {net:.2f}x net of start-up")
    print(f"  target: import custbridge <= {IMPORT_TARGET:.1f}x import pydantic")


def plugin(rounds: int) -> None:
    """Print what the Hypothesis plugin adds to ``import hypothesis``."""
    times = _rounds(PLUGIN, rounds)
    _print_times(times)
    for theirs in ("without the plugin", "HYPOTHESIS_NO_PLUGINS=1"):
        cpu, wall = (
            _difference(times, "with the plugin", theirs, w) * 1000 for w in (0, 1)
        )
        print(f"  added, against {theirs}: {cpu:+.1f} ms CPU, {wall:+.1f} ms wall")
    print(f"  target: the plugin adds <= {PLUGIN_TARGET * 1000:.0f} ms")


def first(rounds: int) -> None:
    """Print what the first classification in a fresh interpreter takes."""
    times: Times = {name: [] for name, _, _ in FIRST}
    for n in range(rounds + 1):
        order = [*FIRST[n % len(FIRST) :], *FIRST[: n % len(FIRST)]]
        for name, setup, call in order:
            done = subprocess.run(  # noqa: S603 - our own interpreter and code
                [sys.executable, "-c", _TIMED.format(setup=setup, call=call)],
                capture_output=True,
                text=True,
                check=True,
            )
            cpu, wall = map(float, done.stdout.split())
            if n:  # the first round only warms the file-system caches
                times[name].append((cpu, wall))
    _print_times(times)
    floor = FIRST[-1][0]
    for name, _, _ in FIRST[:-1]:
        ratio = _ratio(times, name, floor, net=False, which=0)
        print(f"  {name} / {floor}: {ratio:.2f}x CPU")
    print(f"  target: the first classification <= {FIRST_TARGET * 1000:.0f} ms")


def _kept(payloads: Callable[[int], object], n: int) -> float:
    """Return the bytes each of *n* loaded records keeps, by tracemalloc."""
    kept: list[object] = [None] * n
    load_accounting(payloads(0))
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        kept[i] = load_accounting(payloads(i))  # type: ignore[arg-type]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / n


def memory(n: int) -> None:
    """Print the bytes a loaded full accounting record keeps."""
    shared = records.accounting_full(0)
    for name, payloads in (
        ("from JSON text, each record its own", _text),
        ("from one shared dict", lambda _: shared),
    ):
        print(f"  {name:<38} {_kept(payloads, n):7.0f} B a record")
    print(f"  ({n:,} records; target <= {MEMORY_TARGET:,} B)")


def _text(i: int) -> str:
    return json.dumps(records.accounting_full(i))


def main() -> None:
    """Run the three measurements and print them with the machine's load."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    quick = parser.parse_args().quick
    rounds, n = (8, 10_000) if quick else (30, 100_000)
    print(f"before: {_load()}; python {sys.version.split()[0]}, {rounds} rounds")
    print("Cold start (fresh interpreters):")
    imports(rounds)
    print("The first classification of a tax number (fresh interpreters):")
    first(rounds)
    print("The Hypothesis plugin, on import hypothesis:")
    plugin(rounds)
    print("Memory of a loaded full accounting record:")
    memory(n)
    print(f"after: {_load()}")


if __name__ == "__main__":
    main()
