"""bench_framework.py's self-check: every side does the same work, or no figures.

Run before anything is timed. For every sample record each side's pipeline
gives the same dumped response (or every side refuses it); each side's load
and dump of a response gives back the payload; each side's loaded
response, dumped, is the same; and each bad record is refused by every side.
A side that drifted from the others stops the run with the difference.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Side = dict[str, Callable[[Any], Any]]
"""A side's functions: load_accounting, load_response, dump_response, pipeline."""

BAD_ACCOUNTING: dict[str, dict[str, Any]] = {
    "name not a string": {"id": "C-1", "name": 5, "modifiedDate": "2024-03-01"},
    "id missing": {"name": "Acme", "modifiedDate": "2024-03-01"},
    "money not a number": {"id": "C-1", "name": "A", "creditLimit": "n/a"},
    "money too large": {"id": "C-1", "name": "A", "creditLimit": 1e16},
    "money not exact": {"id": "C-1", "name": "A", "creditLimit": "1.00000000000000001"},
    "money not finite": {"id": "C-1", "name": "A", "creditLimit": "NaN"},
    "no such day": {"id": "C-1", "name": "A", "createdDate": "2024-02-30"},
    "date as a number": {"id": "C-1", "name": "A", "createdDate": 20240101},
    "flag as a string": {"id": "C-1", "name": "A", "active": "yes"},
    "address not an object": {"id": "C-1", "name": "A", "billingAddress": "Berlin"},
    "unknown key not JSON": {"id": "C-1", "name": "A", "x": float("nan")},
}


def bad_responses(good: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Return records that break one rule of the tax engine each."""
    address = good["addresses"]["billing"]
    return {
        "tenant_id not a UUID": dict(good, tenant_id="tenant-1"),
        "source unknown": dict(good, source="sap"),
        "external_id empty": dict(good, external_id=""),
        "name too long": dict(good, name="n" * 257),
        "comment too long": dict(good, comment="c" * 201),
        "tax_number too long": dict(good, tax_number="1" * 101),
        "timestamp without offset": dict(good, created_at="2024-03-02T08:00:00"),
        "status unknown": dict(good, customer_status="gone"),
        "email invalid": dict(good, email="anna at acme"),
        "zip too long": dict(
            good, addresses={"billing": dict(address, zip="1" * 21), "shipping": None}
        ),
        "is_partial not a flag": dict(
            good, addresses={"billing": dict(address, is_partial=1), "shipping": None}
        ),
    }


def _outcome(function: Callable[[Any], Any], value: Any) -> Any:
    try:
        return function(value)
    except ValueError:
        return "refused"


def check(
    sides: dict[str, Side],
    accounting: list[dict[str, Any]],
    responses: list[dict[str, Any]],
) -> list[str]:
    """Return what differs between the sides (nothing when they agree)."""
    return [
        *_alike(sides, accounting),
        *_round_trips(sides, responses),
        *_refused(sides, "accounting record", "load_accounting", BAD_ACCOUNTING),
        *_refused(sides, "response", "load_response", bad_responses(responses[0])),
    ]


def _alike(sides: dict[str, Side], accounting: list[dict[str, Any]]) -> list[str]:
    problems = []
    for i, record in enumerate(accounting):
        out = {name: _outcome(side["pipeline"], record) for name, side in sides.items()}
        if any(v != out["custbridge"] for v in out.values()):
            problems.append(f"pipeline of accounting record {i}: {out}")
    return problems


def _round_trips(sides: dict[str, Side], responses: list[dict[str, Any]]) -> list[str]:
    problems = []
    for i, record in enumerate(responses):
        for name, side in sides.items():
            dumped = side["dump_response"](side["load_response"](record))
            if dumped != {key: record.get(key) for key in dumped} or not (
                record.keys() <= dumped.keys()
            ):  # dump_response writes null for what the record left out
                problems.append(f"{name}: response {i} does not round-trip: {dumped}")
    return problems


def _refused(
    sides: dict[str, Side], what: str, load: str, bad: dict[str, dict[str, Any]]
) -> list[str]:
    return [
        f"{name} loads a bad {what}: {why}"
        for why, record in bad.items()
        for name, side in sides.items()
        if _outcome(side[load], record) != "refused"
    ]
