"""The realistic batch of bench_framework.py: many domains, many tax numbers, dirt.

Every record is a full accounting customer (``records.accounting_full``) on a
domain of its own; one in three gives each contact a sub-domain of its own, so
a batch of N records carries about 1.7 N distinct email domains. Its tax
number comes from ``tax_mix.corpus`` (every supported country, bare and
prefixed, personal and business, broken and junk, with and without a country
hint, which becomes the billing country). One record in ten is dirty, in one
of ten ways: text to cut, spaces, bad or odd emails, missing or naive dates,
country names, a postal code too long, unknown keys, and three ways a record
is refused (bad money, a bad date, no date at all).
"""

from __future__ import annotations

import random
from typing import Any

import records
import tax_mix


def _dirty(d: dict[str, Any], way: int, i: int) -> None:
    billing, contact = d["billingAddress"], d["contact"]
    if way == 0:
        d["description"] = "Long account notes. " * 12  # cut to 200
        d["name"] = "Acme Handels- und Vertriebsgesellschaft mbH " * 7  # cut to 256
    elif way == 1:
        d["taxId"] = f"  {d['taxId']} " if d["taxId"] else d["taxId"]
        contact["email"] = f"anna.schmidt{i} at acme"  # refused: the next one is used
    elif way == 2:  # noqa: PLR2004
        del d["createdDate"]
        d["modifiedDate"] = "2024-03-01T10:15:30"  # naive: UTC
    elif way == 3:  # noqa: PLR2004
        billing["country"] = "Germany"
        d["shippingAddress"]["country"] = "Atlantis"
        billing["postalCode"] = "D-10117 Berlin-Mitte, Germany"  # dropped: > 20
    elif way == 4:  # noqa: PLR2004
        d["customFields"] = {"tier": "gold", "score": [1, 2.5, None], "vip": True}
        billing["erpRef"] = f"R-{i}"
    elif way == 5:  # noqa: PLR2004
        d["creditLimit"] = "n/a"  # refused on load
    elif way == 6:  # noqa: PLR2004
        del d["createdDate"], d["modifiedDate"]  # refused by the mapping
    elif way == 7:  # noqa: PLR2004
        contact["email"] = None
        billing["contact"]["email"] = f"Billing{i}@ACME-Handel-{i}.DE"  # normalised
    elif way == 8:  # noqa: PLR2004
        d["endDate"] = "2024-13-01"  # refused: no month 13
    else:
        d["active"] = False
        d["billingAddress"] = None  # the corporate address is used
        d["contact"] = None


def batch(size: int, seed: int = tax_mix.SEED) -> list[dict[str, Any]]:
    """Return *size* accounting records, the same for the same seed."""
    numbers = [item for row in tax_mix.corpus(size, seed).values() for item in row]
    random.Random(seed).shuffle(numbers)
    out = []
    for i in range(size):
        d = records.accounting_full(i, shared_domain=i % 3 != 0)
        text, hint = numbers[i % len(numbers)]
        d["taxId"] = text
        for address in (
            d["billingAddress"], d["corporateAddress"], d["shippingAddress"],
            d["contact"]["address"],
        ):  # fmt: skip
            address["country"] = hint
        if i % 10 == 9:  # noqa: PLR2004
            _dirty(d, (i // 10) % 10, i)
        out.append(d)
    return out
