"""Time the whole pipeline per record: load accounting dict, map, dump response dict.

Run: ``python benchmarks/bench_pipeline.py [--quick]`` (needs the ``bench`` extra
for pydantic). custbridge, a hand-written plain-Python pipeline and a pydantic v2
pipeline run in the same process over the same records; every record has unique
email addresses, and custbridge's memo of email verdicts is cleared before each
pass, so no side is served a verdict it computed before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import timeit
import uuid
from typing import TYPE_CHECKING, Any

import pipelines
import records
from custbridge import (
    DataSource,
    _rules,
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
    """Print per-record times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer records")
    quick = parser.parse_args().quick
    n, repeat = (200, 3) if quick else (1000, 9)
    items = [records.accounting_full(i) for i in range(n)]
    sides: list[tuple[str, Callable[[Any], Any]]] = [
        ("custbridge", custbridge_pipeline),
        ("hand-written", lambda d: pipelines.plain(d, TENANT, "netsuite", NOW)),
        ("pydantic v2", lambda d: pipelines.pydantic(d, TENANT, "netsuite", NOW)),
    ]
    first = {name: load_response(fn(items[0])) for name, fn in sides}
    if not first["custbridge"] == first["hand-written"] == first["pydantic v2"]:
        raise SystemExit(f"the pipelines disagree: {first}")

    def timer(fn: Callable[[Any], Any]) -> Callable[[], None]:
        def run() -> None:
            _rules._email_verdict.cache_clear()  # unique addresses on every pass
            for item in items:
                fn(item)

        return run

    best = dict.fromkeys(first, float("inf"))
    for _ in range(repeat):  # interleaved, so machine noise hits every side
        for name, fn in sides:
            best[name] = min(best[name], timeit.timeit(timer(fn), number=1))
    per = {name: t / n * 1e6 for name, t in best.items()}
    print(f"pipeline per record, {n} full records with unique emails")
    for name, us in per.items():
        print(f"  {name:<14}{us:9.1f} µs")
    ours = per["custbridge"]
    print(f"  vs hand-written {ours / per['hand-written']:.2f}x   (target <= 1.5x)")
    print(f"  vs pydantic     {ours / per['pydantic v2']:.2f}x   (target <= 1.0x)")


if __name__ == "__main__":
    main()
