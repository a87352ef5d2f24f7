"""Time the error path: a payload with very many problems, and a huge key.

Run: ``python benchmarks/bench_errors.py [--quick]``. Prints, for each case, the
best time of a whole ``load_accounting`` call that fails (the fast pass, the
detailed pass, every problem rendered) and of ``str()`` of its error, with the
message's length. The issue's budget for 60,000 unknown keys is 0.5 s.
"""

from __future__ import annotations

import argparse
import timeit
from typing import Any

from custbridge import ValidationError, load_accounting

BUDGET = 0.5
"""Seconds allowed for the 60,000-problem case."""


def _failure(payload: dict[str, Any]) -> ValidationError:
    try:
        load_accounting(payload, forbid_extra=True)
    except ValidationError as error:
        return error
    raise SystemExit("the payload loaded")  # pragma: no cover


def main() -> None:
    """Run each case and print its times."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    base = {"id": "C-1", "name": "Acme"}
    cases = {
        # 60,000 keys of 8 characters and small values: about 1 MB of JSON.
        "60,000 unknown keys": base | {f"k{i:07}": i for i in range(60_000)},
        "one 1 MB unknown key": base | {"k" * 10**6: 1},
    }
    print(f"{'case':<24}{'load s':>10}{'str() s':>10}{'problems':>10}{'chars':>8}")
    for name, payload in cases.items():
        load = min(
            timeit.repeat(lambda p=payload: _failure(p), number=1, repeat=repeat)
        )
        error = _failure(payload)
        text = min(timeit.repeat(lambda e=error: str(e), number=1, repeat=repeat))
        print(
            f"{name:<24}{load:>10.3f}{text:>10.4f}"
            f"{len(error.problems):>10}{len(str(error)):>8}"
        )
        if name.startswith("60,000") and load > BUDGET:
            print(f"  over the budget of {BUDGET} s")


if __name__ == "__main__":
    main()
