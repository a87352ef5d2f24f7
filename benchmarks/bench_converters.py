"""Time load_* and dump_* per record against the hand-written reference.

The reference (``reference.py``) builds custbridge's own attrs classes, so the
models' validators run on both sides: the ratio measures the cattrs layer only,
not the framework against code that shares nothing with it.

Run: ``python benchmarks/bench_converters.py [--quick]``. Both sides run in the
same process on the same records; each figure is the best of several repeats,
and the ratio (library / reference) is what to compare across machines.

Loads use a fresh record for every call so that every email address is new:
email-validator caches nothing, but a real batch has no repeats either.
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from typing import Any

import custbridge
import records
import reference
from custbridge import _email

Case = tuple[str, Callable[[Any], Any], Callable[[Any], Any], list[Any]]


def _race(
    ours: Callable[[Any], Any],
    theirs: Callable[[Any], Any],
    items: list[Any],
    repeat: int,
) -> tuple[float, float]:
    """Return the best time per item of each side, in µs, runs interleaved."""

    def timer(fn: Callable[[Any], Any]) -> Callable[[], None]:
        def run() -> None:
            _email.forget()  # every address is new on each pass
            for item in items:
                fn(item)

        return run

    # Loop each timing for at least ~20 ms so that scheduler noise averages out.
    once = timeit.timeit(timer(theirs), number=1)
    number = max(1, round(0.02 / once))
    best = [float("inf"), float("inf")]
    for _ in range(repeat):  # interleaved, so drifts in machine load hit both
        for side, fn in enumerate((ours, theirs)):
            best[side] = min(best[side], timeit.timeit(timer(fn), number=number))
    per_item = 1e6 / (len(items) * number)
    return best[0] * per_item, best[1] * per_item


def main() -> None:
    """Run every case and print a table of times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer records")
    args = parser.parse_args()
    n, repeat = (300, 5) if args.quick else (1000, 15)

    acc_full = [records.accounting_full(i) for i in range(n)]
    acc_sparse = [records.accounting_sparse(i) for i in range(n)]
    resp_full = [records.response_full(i) for i in range(n)]
    resp_sparse = [records.response_sparse(i) for i in range(n)]
    for ours, theirs, payload in [
        (custbridge.load_accounting, reference.load_accounting, acc_full[0]),
        (custbridge.load_accounting, reference.load_accounting, acc_sparse[0]),
        (custbridge.load_response, reference.load_response, resp_full[0]),
        (custbridge.load_response, reference.load_response, resp_sparse[0]),
    ]:
        if ours(payload) != theirs(payload):
            raise SystemExit("the reference does not build the same object")

    def objects(load: Callable[[Any], Any], items: list[Any]) -> list[Any]:
        return [load(item) for item in items]

    cases: list[Case] = [
        ("load accounting, full", custbridge.load_accounting,
         reference.load_accounting, acc_full),
        ("load accounting, sparse", custbridge.load_accounting,
         reference.load_accounting, acc_sparse),
        ("dump accounting, full", custbridge.dump_accounting,
         reference.dump_accounting, objects(custbridge.load_accounting, acc_full)),
        ("dump accounting, sparse", custbridge.dump_accounting,
         reference.dump_accounting, objects(custbridge.load_accounting, acc_sparse)),
        ("load response, full", custbridge.load_response,
         reference.load_response, resp_full),
        ("load response, sparse", custbridge.load_response,
         reference.load_response, resp_sparse),
        ("dump response, full", custbridge.dump_response,
         reference.dump_response, objects(custbridge.load_response, resp_full)),
        ("dump response, sparse", custbridge.dump_response,
         reference.dump_response, objects(custbridge.load_response, resp_sparse)),
    ]  # fmt: skip
    print(f"{'case':<26}{'custbridge µs':>15}{'reference µs':>15}{'ratio':>8}")
    for name, ours, theirs, items in cases:
        for fn in (ours, theirs):  # warm caches and generated code
            fn(items[0])
        mine, ref = _race(ours, theirs, items, repeat)
        print(f"{name:<26}{mine:>15.2f}{ref:>15.2f}{mine / ref:>7.2f}x")


if __name__ == "__main__":
    main()
