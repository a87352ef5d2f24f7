"""Country names and codes to ISO 3166-1 alpha-2, looked up once.

A two-letter code is read from a list of its own; names and alpha-3 codes are
looked up in pycountry, which loads on first use (about 45 ms: its database and
``importlib.metadata``).
"""

from __future__ import annotations

import functools

_CODES = frozenset(
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL"  # noqa: SIM905 - 249 codes read better as one string
    " BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV"
    " CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD"
    " GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM"
    " IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK"
    " LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW"
    " MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR"
    " PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS"
    " ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY"
    " UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split()
)
"""Every ISO 3166-1 alpha-2 code, as pycountry 23.12 to 26.2 list them (249).

``tests/test_countries.py`` holds the list to the installed pycountry's.
"""


@functools.lru_cache(maxsize=1024)
def alpha_2(country: str) -> str | None:
    """Return the alpha-2 code of a code, alpha-3 code or English name, or None.

    >>> alpha_2("Germany"), alpha_2("deu"), alpha_2("de"), alpha_2("Atlantis")
    ('DE', 'DE', 'DE', None)
    """
    code = country.strip()
    if code.isascii() and code.upper() in _CODES:  # not "ß", which upper-cases to SS
        return code.upper()
    import pycountry  # noqa: PLC0415 - its database loads on first use

    try:
        return str(pycountry.countries.lookup(code).alpha_2)
    except LookupError:
        return None
