"""Time the whole pipeline per record: load accounting dict, map, dump response dict.

Run: ``python benchmarks/bench_pipeline.py [--quick]`` (needs the ``bench`` extra
for pydantic). custbridge, a hand-written plain-Python pipeline and a pydantic v2
pipeline run in the same process over the same records; every address is unique,
and custbridge's memo of email verdicts is cleared before each pass, so no side
is served a verdict it computed before. Two batches: in the first each customer's
three contacts share the customer's own domain, as a company's staff do; in the
second every address has a domain of its own, so custbridge's memo of domains
(see ``custbridge._email``) saves nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import timeit
import uuid
from typing import TYPE_CHECKING, Any

import pipelines
import records
from custbridge import (
    DataSource,
    _email,
    accounting_to_response,
    dump_response,
    load_accounting,
    load_response,
)

if TYPE_CHECKING:
    from collections.abc import Callable

TENANT = uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")
NOW = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)


def custbridge_pipeline(d: Any) -> dict[str, Any]:
    """custbridge: load, map, dump."""
    customer = load_accounting(d)
    response = accounting_to_response(
        customer, tenant_id=TENANT, source=DataSource.NETSUITE, clock=lambda: NOW
    )
    return dump_response(response)


def main() -> None:
    """Print per-record times and ratios, for both kinds of batch."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer records")
    quick = parser.parse_args().quick
    n, repeat = (200, 3) if quick else (1000, 15)
    sides: list[tuple[str, Callable[[Any], Any]]] = [
        ("custbridge", custbridge_pipeline),
        ("hand-written", lambda d: pipelines.plain(d, TENANT, "netsuite", NOW)),
        ("pydantic v2", lambda d: pipelines.pydantic(d, TENANT, "netsuite", NOW)),
    ]
    for shared, title in (
        (True, "each customer's contacts share its domain"),
        (False, "worst case, every address on a domain of its own"),
    ):
        items = [records.accounting_full(i, shared_domain=shared) for i in range(n)]
        first = {name: load_response(fn(items[0])) for name, fn in sides}
        if not first["custbridge"] == first["hand-written"] == first["pydantic v2"]:
            raise SystemExit(f"the pipelines disagree: {first}")
        print(f"pipeline per record, {n} full records, unique emails; {title}")
        _race(sides, items, repeat)


def _race(
    sides: list[tuple[str, Callable[[Any], Any]]], items: list[Any], repeat: int
) -> None:
    def timer(fn: Callable[[Any], Any]) -> Callable[[], None]:
        def run() -> None:
            _email.forget()  # nothing remembered from the last pass
            for item in items:
                fn(item)

        return run

    best = dict.fromkeys([name for name, _ in sides], float("inf"))
    ratios: dict[str, list[float]] = {"hand-written": [], "pydantic v2": []}
    for _ in range(repeat):  # in rounds, so a slow moment hits every side
        took = {name: timeit.timeit(timer(fn), number=1) for name, fn in sides}
        for name, seconds in took.items():
            best[name] = min(best[name], seconds)
        for name, runs in ratios.items():
            runs.append(took["custbridge"] / took[name])
    for name, seconds in best.items():
        print(f"  {name:<14}{seconds / len(items) * 1e6:9.1f} µs (best of {repeat})")
    hand, pyd = (statistics.median(ratios[k]) for k in ("hand-written", "pydantic v2"))
    print(f"  vs hand-written {hand:.2f}x   (target <= 1.5x; median of the rounds)")
    print(f"  vs pydantic     {pyd:.2f}x   (target <= 1.0x; median of the rounds)")


if __name__ == "__main__":
    main()
