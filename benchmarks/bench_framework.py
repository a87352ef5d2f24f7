"""Race custbridge against independent peers, in one run, so no figure flatters.

Run: ``python benchmarks/bench_framework.py [--quick]`` (needs the ``bench``
extra: pydantic, mashumaro, msgspec). Five sides do the same work:

* **custbridge**: ``load_accounting``, ``accounting_to_response``,
  ``dump_response``, ``load_response``;
* **hand-written**: plain classes with ``__slots__`` and the checks inline,
  sharing no code with custbridge (``framework_sides/plain.py``);
* **pydantic v2**, **mashumaro** (code generated per class, the best pure-Python
  peer) and **msgspec** (C, the ceiling), each with the same checks.

The email check, the tax classification and the country look-up are the same
functions on every side (custbridge's email verdict, ``classify_tax_number``,
its alpha-2 look-up), plugged into the peers (``framework_sides/rules.py``).
Before anything is timed, a self-check (``framework_check.py``) makes sure every
side gives the same output for the sample records and the batch, and refuses
every bad record.

Two figures:

* **framework only**: one full record, again and again, every memo warm and
  shared, so email and tax cost the same on every side: load of the accounting
  record, load of the response, dump of the response, and the whole pipeline
  (load, map, dump);
* **realistic batch**: the pipeline over ``framework_batch.batch`` (thousands of
  email domains, tax numbers of every country, dirty and refused records),
  every memo emptied before each side's pass.

Rounds are interleaved (every side once per round, in a rotating order), and
each ratio is the median of the per-round ratios custbridge / peer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
import uuid
from itertools import repeat
from typing import TYPE_CHECKING, Any

import framework_batch
import framework_check
import records
from custbridge import (
    DataSource,
    _email,
    accounting_to_response,
    classify_tax_number,
    dump_response,
    load_accounting,
    load_response,
)
from custbridge._countries import alpha_2
from custbridge.tax._classifier import lookup_country
from framework_sides import mash, mspec, plain, pyd, rules

if TYPE_CHECKING:
    from collections.abc import Callable

TENANT = uuid.UUID("8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02")
NOW = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
PEERS = ("hand-written", "pydantic", "mashumaro", "msgspec")
TARGETS = {  # case: {peer: the most custbridge / peer may be}
    "accounting load": {"pydantic": 1.0, "hand-written": 2.0},
    "response load": {"pydantic": 1.0},
    "response dump": {"pydantic": 1.0},
    "pipeline": {"pydantic": 1.0, "hand-written": 1.8},
    "realistic batch": {"pydantic": 0.8},
}


def _custbridge_pipeline(d: Any) -> dict[str, Any]:
    customer = load_accounting(d)
    response = accounting_to_response(
        customer, tenant_id=TENANT, source=DataSource.NETSUITE, clock=lambda: NOW
    )
    return dump_response(response)


def _side(module: Any) -> framework_check.Side:
    def pipeline(d: Any) -> Any:
        return module.pipeline(d, TENANT, rules.Source.NETSUITE, NOW)

    return {
        "load_accounting": module.load_accounting,
        "load_response": module.load_response,
        "dump_response": module.dump_response,
        "pipeline": pipeline,
    }


def sides() -> dict[str, framework_check.Side]:
    """Return every side's functions, the services plugged into the peers."""
    rules.SERVICES.email = _email.verdict
    rules.SERVICES.classify = classify_tax_number
    rules.SERVICES.country = alpha_2
    custbridge: framework_check.Side = {
        "load_accounting": load_accounting,
        "load_response": load_response,
        "dump_response": dump_response,
        "pipeline": _custbridge_pipeline,
    }
    peers = dict(zip(PEERS, (plain, pyd, mash, mspec), strict=True))
    return {"custbridge": custbridge} | {n: _side(m) for n, m in peers.items()}


def forget() -> None:
    """Empty every memo the sides share: emails, countries."""
    _email.forget()
    alpha_2.cache_clear()
    lookup_country.cache_clear()


def _timed(function: Callable[[Any], Any], value: Any, number: int) -> float:
    start = time.process_time()
    for item in repeat(value, number):
        function(item)
    return (time.process_time() - start) / number


def _pass(function: Callable[[Any], Any], batch: list[Any]) -> float:
    forget()
    start = time.process_time()
    for item in batch:
        try:  # noqa: SIM105 - as cheap as it gets; refusing is part of the work
            function(item)
        except ValueError:  # noqa: PERF203
            pass
    return (time.process_time() - start) / len(batch)


Race = dict[str, list[float]]  # side: seconds per item, a round each


def race(runs: dict[str, Callable[[], float]], rounds: int) -> Race:
    """Run every side once per round, the order rotating; return the times."""
    names = list(runs)
    took: Race = {name: [] for name in names}
    for i in range(rounds):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            took[name].append(runs[name]())
    return took


def framework_only(
    all_sides: dict[str, framework_check.Side], rounds: int, seconds: float
) -> dict[str, Race]:
    """Time the four cases on one full record, every memo warm."""
    record = records.accounting_full(0)
    response = records.response_full(0)
    cases: dict[str, dict[str, tuple[Callable[[Any], Any], Any]]] = {
        "accounting load": {
            n: (s["load_accounting"], record) for n, s in all_sides.items()
        },
        "response load": {
            n: (s["load_response"], response) for n, s in all_sides.items()
        },
        "response dump": {
            n: (s["dump_response"], s["load_response"](response))
            for n, s in all_sides.items()
        },
        "pipeline": {n: (s["pipeline"], record) for n, s in all_sides.items()},
    }
    results = {}
    for case, runs in cases.items():
        function, value = runs["custbridge"]
        once = _timed(function, value, 200)
        number = max(1, int(seconds / once))
        results[case] = race(
            {name: _repeated(f, v, number) for name, (f, v) in runs.items()}, rounds
        )
    return results


def _repeated(
    function: Callable[[Any], Any], value: Any, number: int
) -> Callable[[], float]:
    return lambda: _timed(function, value, number)


def _passes(function: Callable[[Any], Any], batch: list[Any]) -> Callable[[], float]:
    return lambda: _pass(function, batch)


def realistic(
    all_sides: dict[str, framework_check.Side], batch: list[Any], rounds: int
) -> Race:
    """Time the pipeline over the batch, every memo emptied before each pass."""
    return race(
        {name: _passes(s["pipeline"], batch) for name, s in all_sides.items()}, rounds
    )


def report(case: str, took: Race) -> None:
    """Print each side's µs and custbridge's paired ratios beside the targets."""
    ours = took["custbridge"]
    cells = "  ".join(
        f"{name} {statistics.median(t) * 1e6:.1f}" for name, t in took.items()
    )
    print(f"{case}: µs per record (median of {len(ours)} rounds): {cells}")
    for peer in PEERS:
        ratio = statistics.median(a / b for a, b in zip(ours, took[peer], strict=True))
        target = TARGETS[case].get(peer)
        verdict = ""
        if target is not None:
            verdict = f"   target <= {target:.1f}x: " + (
                "met" if ratio <= target else "MISSED"
            )
        print(f"  custbridge / {peer:<13}{ratio:6.2f}x{verdict}")


def _shared() -> str:
    """Time the one classify_tax_number call every side's pipeline makes."""
    record = records.accounting_full(0)
    number, country = record["taxId"], record["billingAddress"]["country"]
    took = [
        _timed(lambda n: classify_tax_number(n, country=country), number, 2000)
        for _ in range(5)
    ]
    return f"{statistics.median(took) * 1e6:.1f} µs"


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> None:
    """Check that the sides agree, then time them and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a run of ~20 s, for CI")
    quick = parser.parse_args().quick
    if sys.version_info < (3, 11):  # the peers read date-times with fromisoformat
        raise SystemExit("bench_framework.py needs Python 3.11 or later")
    rounds, seconds, size, batch_rounds = (5, 0.01, 300, 3) if quick else (
        21, 0.05, 3000, 9
    )  # fmt: skip
    print(f"CPUs: {os.cpu_count()}; load average (1, 5, 15 min) before: {_load()}")
    all_sides = sides()
    batch = framework_batch.batch(size)
    samples = [records.accounting_full(0), records.accounting_sparse(0), *batch]
    responses = [records.response_full(0), records.response_sparse(0)]
    problems = framework_check.check(all_sides, samples, responses)
    if problems:
        raise SystemExit("the sides disagree:\n" + "\n".join(problems[:20]))
    domains = {address.rpartition("@")[2] for d in batch for address in _emails(d)}
    print(
        f"self-check: {len(samples)} records and {len(responses)} responses alike on"
        f" every side, {len(framework_check.BAD_ACCOUNTING)} bad accounting records"
        " and 11 bad responses refused by every side"
    )
    print("\nframework only: one full record, email and tax memos warm and shared")
    for case, took in framework_only(all_sides, rounds, seconds).items():
        report(case, took)
    print(f"  (of each side's pipeline, the shared tax classification: {_shared()})")
    print(
        f"\nrealistic batch: {size} records, {len(domains)} email domains,"
        " tax numbers of every country, 1 in 10 dirty (3 in 100 refused);"
        " memos emptied before every pass"
    )
    report("realistic batch", realistic(all_sides, batch, batch_rounds))
    print(f"\nload average after: {_load()}")


def _emails(d: dict[str, Any]) -> list[str]:
    found = [(d.get("contact") or {}).get("email")] + [
        ((d.get(key) or {}).get("contact") or {}).get("email")
        for key in ("billingAddress", "shippingAddress")
    ]
    return [e for e in found if e]


if __name__ == "__main__":
    main()
