"""Time classify_tax_number against the least python-stdnum work that answers alike.

Run: ``python benchmarks/bench_tax.py [--quick]``. Prints, in one run:

* the machine's load and CPU count, before and after;
* a realistic mix of numbers (``tax_mix``: every supported country, bare and
  prefixed, written with separators, personal, business, invalid and junk, with
  and without a hint), by row and in all, against the least stdnum work that
  reaches the same answer: ``validate()`` of the deciding module for a valid
  number, ``is_valid()`` of every module of the country for any other;
* the docstring examples of every country with a hint, against the same, in
  all and by who defines the deciding type (custbridge's own or python-stdnum);
* the worst time per number over a set that exercises every path without a hint;
* whether ``import custbridge`` imports any stdnum country module.

Both sides run over the same numbers in the same run, in pairs whose order
alternates; each ratio is the median over the pairs. Times are this process's
CPU time (``time.process_time``), so other processes on a busy machine slow
both sides of a pair alike without counting their own waiting.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import timeit
from typing import TYPE_CHECKING

import tax_mix
from custbridge import classify_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.strategies import supported_countries
from custbridge.tax import catalog

if TYPE_CHECKING:
    from collections.abc import Callable

TARGET = 1.3
UNHINTED = [
    "DE136695976",
    "ATU13585627",
    "EL 094259216",
    "CHE-113.690.319 MWST",
    "NO 974 760 673 MVA",
    "IM5280000079",
    "BR16.727.230/0001-97",
    "CHE-113.690.319",
    "004495445B01",
    "27AAPFU0939F1ZV",
    "CAR910506BW8",
    "V-11470283-4",
    "974760673",
    "123456789012",
    "AB12345",
    "hello world",
]


def _docstring_examples() -> list[tax_mix.Item]:
    """Return the first three seeds of every country and label, with their hint."""
    return [
        (number, cc)
        for label in ("b2b", "b2c")
        for cc in supported_countries(label)
        for _, number in _tax_samples.seeds(label, cc)[:3]
    ]


def _by_source() -> dict[str, list[tax_mix.Item]]:
    """Return the hinted docstring examples by who defines the deciding type."""
    rows: dict[str, list[tax_mix.Item]] = {"custbridge's own": [], "python-stdnum": []}
    for label in ("b2b", "b2c"):
        for cc in supported_countries(label):
            for module, number in _tax_samples.seeds(label, cc)[:3]:
                own = catalog.describe(module).source.startswith("custbridge")
                rows["custbridge's own" if own else "python-stdnum"].append(
                    (number, cc)
                )
    return rows


def _passes(
    items: list[tax_mix.Item], calls: list[tax_mix.Call]
) -> tuple[Callable[[], None], Callable[[], None]]:
    def ours() -> None:
        for number, hint in items:
            classify_tax_number(number, country=hint)

    def stdnum() -> None:
        for function, argument in calls:
            function(argument)

    return ours, stdnum


def _cpu(function: Callable[[], None]) -> float:
    """Return the CPU seconds one call of *function* takes."""
    return timeit.Timer(function, timer=time.process_time).timeit(number=1)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}, {os.cpu_count()} CPUs"


def measure(rows: dict[str, list[tax_mix.Item]], repeat: int) -> None:
    """Time every row in pairs, and print a row of the table each, then all."""
    passes = {row: _passes(*tax_mix.paired(items)) for row, items in rows.items()}
    for ours, stdnum in passes.values():
        ours(), stdnum()  # resolve modules and tables once, as a service would
    times = {row: ([], []) for row in rows}  # type: dict[str, tuple[list[float], list[float]]]
    for turn in range(repeat):
        for row, (ours, stdnum) in passes.items():
            mine, theirs = times[row]
            if turn % 2:
                theirs.append(_cpu(stdnum))
                mine.append(_cpu(ours))
            else:
                mine.append(_cpu(ours))
                theirs.append(_cpu(stdnum))
    head = f"  {'':28}{'numbers':>8}{'classify µs':>13}{'stdnum µs':>11}{'ratio':>8}"
    print(head)
    for row, (mine, theirs) in times.items():
        _line(row, len(rows[row]), mine, theirs)
    if len(rows) > 1:
        mine = [sum(t[0][i] for t in times.values()) for i in range(repeat)]
        theirs = [sum(t[1][i] for t in times.values()) for i in range(repeat)]
        _line("all", sum(map(len, rows.values())), mine, theirs)


def _line(row: str, size: int, mine: list[float], theirs: list[float]) -> None:
    ratio = statistics.median(m / t for m, t in zip(mine, theirs, strict=True))
    per = 1e6 / size
    print(
        f"  {row:28}{size:8}{min(mine) * per:13.1f}{min(theirs) * per:11.1f}"
        f"{ratio:7.2f}x"
    )


def _repeated(function: Callable[[], object], times: int) -> Callable[[], None]:
    def run() -> None:
        for _ in range(times):
            function()

    return run


def floor(repeat: int) -> None:
    """Print what one valid number of digits costs: ours, the flattest code, stdnum.

    The flattest code that gives the same result, with none of custbridge's:
    the hint read from a dict, the modules that accept that length from
    another, each one's ``validate`` until one accepts, the result filled in
    with ``object.__new__``. Nothing else of the policy, so it is a floor for
    the simplest number, not a reference for the mix.
    """
    import stdnum.de.handelsregisternummer  # noqa: PLC0415 - measured here only
    import stdnum.de.idnr  # noqa: PLC0415
    import stdnum.de.vat  # noqa: PLC0415

    number, hint = "136695976", "DE"
    expected = classify_tax_number(number, country=hint)
    hints = {"DE": "DE", "de": "DE"}
    modules = {  # de.vat, de.handelsregisternummer and de.idnr, as ordered
        ("DE", 9): (
            stdnum.de.vat.validate,
            stdnum.de.handelsregisternummer.validate,
            stdnum.de.idnr.validate,
        )
    }
    fields = {**vars(expected), "compact": None}

    def flattest() -> object:
        for validate in modules[hints[hint], len(number)]:
            try:
                compact = validate(number)
            except ValueError:  # stdnum's refusals
                continue
            made = object.__new__(type(expected))
            vars(made).update(fields, compact=compact)
            return made
        return None

    if flattest() != expected:
        raise SystemExit("the flattest code no longer gives the classifier's result")
    sides = {
        "classify_tax_number": lambda: classify_tax_number(number, country=hint),
        "the flattest code": flattest,
        "de.vat.validate": lambda: stdnum.de.vat.validate(number),
    }
    times: dict[str, list[float]] = {side: [] for side in sides}
    for turn in range(repeat):
        order = list(sides.items())
        for side, function in order if turn % 2 else reversed(order):
            times[side].append(_cpu(_repeated(function, 2000)))
    print(f"one valid number of digits ({number!r}, {hint}), µs, ratio to stdnum:")
    stdnum_times = times["de.vat.validate"]
    for side, mine in times.items():
        ratio = statistics.median(
            m / t for m, t in zip(mine, stdnum_times, strict=True)
        )
        print(f"  {side:28}{min(mine) * 1e6 / 2000:13.2f}{ratio:8.2f}x")


def main() -> None:
    """Print the load, the tables and the other measures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="fewer numbers and repeats"
    )
    quick = parser.parse_args().quick
    repeat, size = (3, 600) if quick else (21, 5000)
    print(_load())
    rows = tax_mix.corpus(size)
    countries = {hint for items in rows.values() for _, hint in items if hint}
    print(
        f"realistic mix: {size} numbers, {len(countries)} countries hinted,"
        f" seed {tax_mix.SEED}; {repeat} pairs; µs per number, best of the pairs"
    )
    measure(rows, repeat)
    examples = _docstring_examples()
    print(f"docstring examples, hinted ({len({c for _, c in examples})} countries):")
    measure({"hinted examples": examples}, repeat)
    print("the same, by who defines the type that decides:")
    measure(_by_source(), repeat)
    print(f"target: ratio <= {TARGET}x (the median of the pairs' ratios)")
    floor(repeat)

    worst = ("", 0.0)
    for number in UNHINTED:
        classify_tax_number(number)
        runs = timeit.repeat(
            lambda n=number: classify_tax_number(n), number=20, repeat=repeat
        )
        worst = max(worst, (number, min(runs) / 20), key=lambda w: w[1])
    print(f"unhinted, worst of {len(UNHINTED)}: {worst[1] * 1e3:.3f} ms", end="")
    print(f" for {worst[0]!r}   (target <= 2 ms)")

    code = (
        "import sys, custbridge;"
        " print(any(m.startswith('stdnum.') for m in sys.modules))"
    )
    loaded = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    print(f"import custbridge loads stdnum country modules: {loaded}")
    print(_load())


if __name__ == "__main__":
    main()
