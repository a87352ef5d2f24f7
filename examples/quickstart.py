"""Load the bundled accounting customer, show it, and write it back unchanged.

Run from anywhere: ``python examples/quickstart.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from custbridge import ValidationError, dump_accounting, load_accounting

PAYLOAD = Path(__file__).with_name("customer.json")


def main() -> int:
    """Load, inspect, dump and compare; then show what a bad payload gets."""
    text = PAYLOAD.read_text(encoding="utf-8")
    customer = load_accounting(text)
    print(f"loaded {customer.name!r} ({customer.id})")
    print(f"  credit limit {customer.credit_limit}, created {customer.created_date}")
    if customer.billing_address is not None:
        address = customer.billing_address
        print(f"  billing: {address.line1}, {address.postal_code} {address.city}")
    print(f"  kept unknown keys: {sorted(customer.extras)}")

    unchanged = dump_accounting(customer) == json.loads(text)
    print(f"written back unchanged: {unchanged}")

    broken = json.loads(text) | {"creditLimit": "12,50", "createdDate": "15/01/2024"}
    try:
        load_accounting(broken)
    except ValidationError as error:
        print("a broken copy is refused with:")
        print("  " + str(error).replace("\n", "\n  "))
    return 0 if unchanged else 1


if __name__ == "__main__":
    sys.exit(main())
