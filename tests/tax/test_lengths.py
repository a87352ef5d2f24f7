"""Every entry of the length table against python-stdnum itself.

The table lets the classifier skip a module that accepts no number of a given
length. An entry that left out a length the module accepts would turn a valid
number into another module's or an invalid one, so each entry is checked from
both sides: every number the module accepts has a listed length, and strings of
every other length, random or made from valid numbers, are refused.
"""

from __future__ import annotations

import functools
import random
import string

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from custbridge import classify_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.tax import _classifier as tax
from custbridge.tax import _stdnum, _types
from custbridge.tax._lengths import LENGTHS

# The table holds for the python-stdnum release it was read from, and is used
# with that one only (tests/tax/test_tax.py checks the guard).
pytestmark = pytest.mark.skipif(
    not _types.lengths_checked(), reason="the length table is for python-stdnum 2.2"
)
NAMES = sorted(LENGTHS)
SEPARATORS = " .-/,:_\t"
MAX = 24  # longer than any module in the table accepts


def _letters_and_digits(text: str) -> int:
    """The size the classifier gives an ASCII text: its normal form's length."""
    return len(tax._normalised(text)[1])


def _accepts(name: str, text: str) -> bool:
    return _stdnum.number_type(name).validate((text,)) is not None


def _valid(name: str) -> list[str]:
    examples = _tax_samples.examples(name)[0]
    found = [c for e in examples for c in _tax_samples.variants(name, e)]
    listed = getattr(_stdnum.number_type(name).module, "whitelist", ())  # do.rnc
    return [n for n in found if _accepts(name, n)] + list(examples) + sorted(listed)


def _prefix(name: str) -> str:
    return _types.country_code(name)


@pytest.mark.parametrize("name", NAMES)
def test_every_known_valid_number_has_a_listed_length(name: str) -> None:
    valid = [n for n in _valid(name) if n.isascii()]  # the only ones the table serves
    assert valid, f"{name}: no valid examples to check against"
    assert {_letters_and_digits(n) for n in valid} <= LENGTHS[name]


@pytest.mark.parametrize("name", NAMES)
def test_no_other_length_is_accepted(name: str) -> None:
    """Random strings of every unlisted length, in the alphabet of valid numbers."""
    rng = random.Random(name)  # noqa: S311 - reproducible test data, not secrets
    seen = "".join(filter(str.isalnum, "".join(_valid(name)).upper()))
    alphabet = sorted(set(seen + string.digits) & set(string.printable))
    prefix = _prefix(name)
    texts = [
        "".join(rng.choice(alphabet) for _ in range(size))
        for size in set(range(1, MAX + 1)) - LENGTHS[name]
        for _ in range(300)
    ]
    texts += [prefix + text[len(prefix) :] for text in texts]
    assert [text for text in texts if _accepts(name, text)] == []


def _changed(rng: random.Random, number: str, prefix: str) -> list[str]:
    """Numbers one step from *number*: shorter, longer, prefixed, separated."""
    cut = rng.randrange(len(number))
    at = rng.randrange(len(number) + 1)
    extra = rng.choice(string.digits + string.ascii_uppercase)
    mark = rng.choice(SEPARATORS)
    return [
        number[:cut] + number[cut + 1 :],
        number[:at] + extra + number[at:],
        prefix + number,
        number.removeprefix(prefix),
        number.lstrip("0"),
        number[:cut] + mark + number[cut + 1 :],
        number[:at] + mark + number[at:],
        number + mark,
        mark.join(number),
    ]


@pytest.mark.parametrize("name", NAMES)
def test_numbers_near_valid_ones_have_listed_lengths_when_accepted(name: str) -> None:
    rng = random.Random(name)  # noqa: S311 - reproducible test data, not secrets
    prefix = _prefix(name)
    wrong = []
    for number in filter(str.isascii, _valid(name)):
        for _ in range(40):
            for text in _changed(rng, number, prefix):
                size = _letters_and_digits(text)
                if text and size not in LENGTHS[name] and _accepts(name, text):
                    wrong.append(text)
    assert wrong == []


@st.composite
def _near_valid(draw: st.DrawFn) -> tuple[str, str]:
    """A module and a text made from one of its valid numbers by a random edit."""
    name = draw(st.sampled_from(NAMES))
    number = draw(st.sampled_from([n for n in _valid(name) if n.isascii()]))
    at = draw(st.integers(0, len(number)))
    mark = draw(st.sampled_from(SEPARATORS))
    extra = draw(st.sampled_from(string.digits + string.ascii_uppercase))
    edits = [
        number,
        number.lower(),
        number[:at] + mark + number[at:],
        number[:at] + number[at + 1 :],
        number[:at] + extra + number[at:],
        _prefix(name) + number,
        mark.join(number),
    ]
    return name, draw(st.sampled_from(edits))


@given(_near_valid())
def test_an_accepted_text_has_a_listed_length(case: tuple[str, str]) -> None:
    """Texts near valid numbers that stdnum accepts have a listed length.

    ``assume`` keeps the accepted ones only, so every example reaches the
    assertion; Hypothesis fails the test if too few are accepted.
    """
    name, text = case
    assume(_accepts(name, text))
    assert _letters_and_digits(text) in LENGTHS[name]


@pytest.mark.parametrize("name", NAMES)
def test_every_entry_is_a_module_tried_before_another(name: str) -> None:
    candidates = _stdnum.CANDIDATES[_types.country_code(name)]
    assert name in [kind.name for kind in candidates[:-1]]


@pytest.mark.parametrize(
    ("number", "country", "module"),
    [
        ("131052-308T", "FI", "fi.hetu"),  # four FI modules of other lengths skipped
        ("FR012345E6789", "FR", "fr.accise"),
        ("2-0345-0678", "CR", "cr.cpf"),  # groups padded: 8 letters and digits
    ],
)
def test_a_number_after_skipped_modules_is_still_found(
    number: str, country: str, module: str
) -> None:
    assert _tax_samples.first_valid(country, number) == module
    assert classify_tax_number(number, country=country).number_type == module


COUNTRIES = sorted({_types.country_code(name) for name in NAMES})


@functools.cache
def _valid_in(cc: str) -> list[str]:
    return [n for t in _stdnum.CANDIDATES[cc] for n in _valid(t.name) if n.isascii()]


@pytest.mark.parametrize("cc", COUNTRIES)
@given(data=st.data())
def test_skipping_by_length_never_changes_a_result(
    cc: str, data: st.DataObject
) -> None:
    """Numbers near valid ones get the same result with and without the table."""
    number = data.draw(st.sampled_from(_valid_in(cc)))
    cut = data.draw(st.integers(0, len(number)))
    extra = data.draw(st.text(string.digits + "ABCKLMXZ" + SEPARATORS, max_size=3))
    drop = data.draw(st.integers(0, 2))
    head = data.draw(st.sampled_from(["", cc]))
    raw, norm, size = tax._normalised(
        head + number[:cut] + extra + number[cut + drop :]
    )
    if size is not None:  # with the country's code in front or not
        assert tax._in_country(raw, norm, cc, size) == tax._in_country(raw, norm, cc)
