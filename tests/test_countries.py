"""Country look-ups against pycountry, which they answer for without loading it."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custbridge._countries import _CODES, alpha_2


def _pycountry(text: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_2)
    except LookupError:
        return None


def test_the_codes_are_pycountrys() -> None:
    """The list of codes read without pycountry is the installed pycountry's."""
    assert {country.alpha_2 for country in pycountry.countries} == _CODES


@given(st.text(st.sampled_from("ADEGQSUZadegqsuz \u00df\u0130\u0131"), max_size=4))
def test_a_text_is_read_as_pycountry_reads_it(text: str) -> None:
    """Codes in any case and with spaces around, and texts that only look like one."""
    assert _pycountry(text) == alpha_2(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("de", "DE"),
        (" DE\t", "DE"),
        ("aq", "AQ"),  # a country without tax numbers is a country
        ("EU", None),  # not a country
        ("XK", None),  # Kosovo: a code in use, not in ISO 3166-1
        ("\u00df", None),  # upper-cases to SS, South Sudan's code
        ("\u0131d", None),  # dotless i: upper-cases to ID, Indonesia's
    ],
)
def test_each_code_and_near_code(text: str, code: str | None) -> None:
    """What the list answers is what pycountry answers."""
    assert (code, code) == (alpha_2(text), _pycountry(text))
