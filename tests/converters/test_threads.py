"""Loading from many threads at first use: the answer never depends on timing.

The converters, their hooks and the generated loading code are made on first
use; eight threads that start at once all hit that first use together.
"""

from __future__ import annotations

import json

import fresh
from payloads import accounting, response

CODE = """
import json, threading
from custbridge import ValidationError, load_accounting, load_response

payloads = json.loads(PAYLOADS)

def answer(load, data):
    try:
        return "built", repr(load(data))
    except ValidationError as error:
        return "refused", str(error)

jobs = [(load_accounting if kind == "a" else load_response, data)
        for kind, data in payloads]
start = threading.Barrier(8)
seen = [None] * 8

def work(i):
    start.wait()
    seen[i] = [answer(load, data) for load, data in jobs]

threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
alone = [answer(load, data) for load, data in jobs]
print(json.dumps({"same": all(s == alone for s in seen), "count": len(alone),
                  "refused": sum(kind == "refused" for kind, _ in alone)}))
"""


def _payloads() -> list[tuple[str, object]]:
    full_a, full_r = accounting(), response()
    short_a = {k: v for k, v in full_a.items() if k not in ("contact", "currency")}
    bad_a = {**full_a, "creditLimit": "n/a", "extra": [1, 2]}
    bad_r = {**full_r, "comment": "x" * 201, "customer_status": "gone"}
    odd_r = {**full_r, "addresses": {"billing": {"zip": "1", "note": "kept"}}}
    return [
        ("a", full_a), ("a", short_a), ("a", bad_a),
        ("r", full_r), ("r", bad_r), ("r", odd_r),
    ] * 20  # fmt: skip


def test_eight_threads_at_first_use_give_the_single_threaded_answers() -> None:
    """Valid, thinned, unknown-key and invalid payloads, in a fresh interpreter."""
    code = CODE.replace("PAYLOADS", repr(json.dumps(_payloads())))
    for _ in range(3):
        result = fresh.run(code)
        assert result.returncode == 0, result.stderr
        outcome = json.loads(result.stdout)
        assert outcome == {"same": True, "count": 120, "refused": 40}
