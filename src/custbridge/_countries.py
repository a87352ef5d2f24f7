"""Country names and codes to ISO 3166-1 alpha-2, with pycountry, looked up once."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1024)
def alpha_2(country: str) -> str | None:
    """Return the alpha-2 code of a code, alpha-3 code or English name, or None.

    >>> alpha_2("Germany"), alpha_2("deu"), alpha_2("de"), alpha_2("Atlantis")
    ('DE', 'DE', 'DE', None)
    """
    import pycountry  # noqa: PLC0415 - its database loads on first use

    try:
        return str(pycountry.countries.lookup(country.strip()).alpha_2)
    except LookupError:
        return None
