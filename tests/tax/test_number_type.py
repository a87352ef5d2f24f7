"""A number type: what a valid number of one python-stdnum module says.

The expected outcomes come from python-stdnum's docstrings (which numbers are
valid, which belong to persons) and from the rules ``_discriminators`` cites,
written out here rather than read from the tables the code reads.
"""

from __future__ import annotations

import inspect
from types import SimpleNamespace
from typing import TYPE_CHECKING

import attrs
import pytest
import stdnum

from custbridge import classify_tax_number
from custbridge.tax import _stdnum, _types, catalog
from custbridge.tax._kinds import Kind

if TYPE_CHECKING:
    from custbridge.tax._discriminators import Discriminator

B2B, B2C = "b2b", "b2c"
ES_RULE = "DNI or NIE (a digit, X, Y, Z, K, L or M first): a person; CIF: an entity"
IE_RULE = "second letter H or old style: an entity; A, B, W, T, X: a person"
BOTH = "held by persons and entities alike"
on_2_2 = pytest.mark.skipif(
    not _types.lengths_checked(), reason="the length table is for python-stdnum 2.2"
)


@pytest.mark.parametrize(
    ("name", "compact", "expected"),
    [
        # stdnum.ie.pps: a second letter H for non-individuals, A for individuals.
        (
            "ie.pps",
            "6433435IH",
            (B2B, "entity", f"a valid ie.pps of an entity ({IE_RULE})"),
        ),
        (
            "ie.pps",
            "6433435OA",
            (B2C, "person", f"a valid ie.pps of a natural person ({IE_RULE})"),
        ),
        # Pre-2013, no second letter: the number does not say who holds it.
        (
            "ie.pps",
            "6433435F",
            (
                B2C,
                "default",
                f"a valid ie.pps, {BOTH}; not a VAT number, so a consumer",
            ),
        ),
        (
            "ie.vat",
            "6433435F",
            (B2B, "default", f"a valid ie.vat, {BOTH}; as IE's VAT number, a business"),
        ),
        (
            "ie.vat",
            "8D79739I",
            (B2B, "entity", f"a valid ie.vat of an entity ({IE_RULE})"),
        ),
        # stdnum.es.nif: a CIF is a legal entity's, a DNI or NIE a person's.
        (
            "es.nif",
            "B64717838",
            (B2B, "entity", f"a valid es.nif of an entity ({ES_RULE})"),
        ),
        (
            "es.nif",
            "54362315K",
            (B2C, "person", f"a valid es.nif of a natural person ({ES_RULE})"),
        ),
        (
            "es.nif",
            "X5253868R",
            (B2C, "person", f"a valid es.nif of a natural person ({ES_RULE})"),
        ),
    ],
)
def test_what_a_valid_number_of_a_mixed_type_says(
    name: str, compact: str, expected: _types.Outcome
) -> None:
    """Entity, person, or the type's default when its rule does not decide."""
    kind = _stdnum.number_type(name)
    assert compact == kind.validate((compact,))
    assert kind.fixed is None
    assert expected == kind.outcome(compact)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("de.vat", (B2B, "business", "a valid de.vat: held by businesses")),
        ("es.dni", (B2C, "personal", "a valid es.dni: held by natural persons")),
        # Both hold one, and nothing in the number tells which: the VAT role.
        (
            "gr.vat",
            (B2B, "default", f"a valid gr.vat, {BOTH}; as GR's VAT number, a business"),
        ),
        (
            "gb.utr",
            (
                B2C,
                "default",
                f"a valid gb.utr, {BOTH}; not a VAT number, so a consumer",
            ),
        ),
    ],
)
def test_every_number_of_a_type_without_a_rule_says_the_same(
    name: str, expected: _types.Outcome
) -> None:
    """Its class, or for a type held by both, whether it is a VAT number."""
    assert expected == _stdnum.number_type(name).fixed


def _stand_in(
    kind: Kind,
    discriminator: Discriminator | None = None,
    *,
    is_vat: bool = False,
) -> _types.NumberType:
    module = SimpleNamespace(validate=str)
    return _types.NumberType("xx.test", kind, is_vat, module, discriminator)


@pytest.mark.parametrize(
    ("kind", "is_vat", "expected"),
    [
        (
            Kind.NO_DISCRIMINATOR,
            True,
            (
                B2B,
                "default",
                f"a valid xx.test, {BOTH}; as XX's VAT number, a business",
            ),
        ),
        (
            Kind.NO_DISCRIMINATOR,
            False,
            (
                B2C,
                "default",
                f"a valid xx.test, {BOTH}; not a VAT number, so a consumer",
            ),
        ),
        (
            Kind.BUSINESS,
            False,
            (B2B, "business", "a valid xx.test: held by businesses"),
        ),
        (Kind.BUSINESS, True, (B2B, "business", "a valid xx.test: held by businesses")),
        (
            Kind.PERSONAL,
            False,
            (B2C, "personal", "a valid xx.test: held by natural persons"),
        ),
    ],
)
def test_the_outcome_of_a_type_without_a_rule_is_written_once(
    kind: Kind, is_vat: bool, expected: _types.Outcome
) -> None:
    """Whatever the number: set when the type is made, for every class."""
    assert expected == _stand_in(kind, is_vat=is_vat).fixed


def _refuse_short(c: str) -> bool:
    return c[9] == "H"  # IndexError below 10 characters


def _refuse_letters(c: str) -> bool:
    return int(c) > 0  # ValueError on a letter


def _broken(c: str) -> bool:
    return {"A": True}[c[0]]  # KeyError: a bug in the rule, not a number it skips


@pytest.mark.parametrize(
    ("discriminator", "compact", "expected"),
    [
        (
            _refuse_short,
            "123456789H",
            (B2B, "entity", "a valid xx.test of an entity ()"),
        ),
        (
            _refuse_short,
            "123456789",
            (
                B2C,
                "default",
                f"a valid xx.test, {BOTH}; not a VAT number, so a consumer",
            ),
        ),
        (_refuse_letters, "12", (B2B, "entity", "a valid xx.test of an entity ()")),
        (
            _refuse_letters,
            "0",
            (B2C, "person", "a valid xx.test of a natural person ()"),
        ),
        (
            _refuse_letters,
            "1A",
            (
                B2C,
                "default",
                f"a valid xx.test, {BOTH}; not a VAT number, so a consumer",
            ),
        ),
    ],
)
def test_a_compact_form_the_rule_does_not_cover_gets_the_default(
    discriminator: Discriminator, compact: str, expected: _types.Outcome
) -> None:
    """A rule that raises ValueError or IndexError on it does not decide."""
    kind = _stand_in(Kind.MIXED, discriminator)
    assert kind.fixed is None
    assert expected == kind.outcome(compact)


def test_any_other_error_of_a_rule_is_raised() -> None:
    """A bug in a rule shows; it is not taken for a number the rule skips."""
    with pytest.raises(KeyError, match="B"):
        _stand_in(Kind.MIXED, _broken).outcome("B1")


@on_2_2
@pytest.mark.parametrize(
    ("size", "expected"),
    [(9, True), (11, True), (8, False), (10, False), (None, True)],
)
def test_a_size_fits_the_lengths_a_module_accepts(
    size: int | None, expected: bool
) -> None:
    """stdnum.es.nif: 9 characters, 11 with the ES its compact() removes.

    A size not counted (text not in ASCII) fits every module.
    """
    kind = _stdnum.number_type("es.nif")
    assert frozenset({9, 11}) == kind.lengths
    assert expected == kind.fits(size)


@pytest.mark.parametrize("size", [0, 9, 100, None])
def test_any_size_fits_a_module_of_no_known_length(size: int | None) -> None:
    assert _stand_in(Kind.BUSINESS).fits(size)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("B64717838",), "B64717838"),
        (("ES B-64717838",), "B64717838"),  # stdnum.es.nif removes ES, spaces, dashes
        (("B647178", "B64717839", "54362315-K", "B64717838"), "54362315K"),
        (("B64717839",), None),  # a wrong check digit
        ((), None),
    ],
)
def test_validate_returns_the_first_valid_texts_compact_form(
    texts: tuple[str, ...], expected: str | None
) -> None:
    """Texts it refuses are passed over; None when it refuses them all."""
    assert expected == _stdnum.number_type("es.nif").validate(texts)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("B64717839",), True),  # stdnum.es.nif: an invalid check digit
        (("B647178", "B64717839"), True),  # too short, then a check digit
        (("B647178",), False),  # too short: not an es.nif
        (("B64717838",), False),  # valid
        (("B64717838", "Z"), False),
        ((), False),
    ],
)
def test_mistyped_means_refused_for_its_check_digits_alone(
    texts: tuple[str, ...], expected: bool
) -> None:
    """stdnum's InvalidChecksum for one of the texts; any other refusal is not."""
    assert expected == _stdnum.number_type("es.nif").mistyped(texts)


def test_a_number_type_is_its_name_class_and_vat_role() -> None:
    """Equal, with one hash, whatever module, rule and results it holds."""
    loaded = _stdnum.number_type("es.nif")
    assert classify_tax_number("B64717838", country="ES").valid  # fills its results
    module = SimpleNamespace(validate=str, compact=str)
    stand_in = _types.NumberType(
        "es.nif", Kind.MIXED, is_vat=True, module=module, discriminator=None
    )
    assert loaded.results
    assert not stand_in.results
    assert (loaded.blind, loaded.dropped) != (stand_in.blind, stand_in.dropped)
    assert (loaded.check, loaded.fixed) != (stand_in.check, stand_in.fixed)
    assert loaded == stand_in
    assert hash(loaded) == hash(stand_in)
    assert len({loaded, stand_in}) == 1
    assert loaded != attrs.evolve(loaded, is_vat=False)
    assert loaded != attrs.evolve(loaded, name="es.cif")


def test_repr_shows_what_identifies_a_type() -> None:
    """Its name, class and VAT role; not the module and derived tables."""
    assert "NumberType(name='es.nif', kind=<Kind.MIXED: 'mixed'>, is_vat=True)" == repr(
        catalog.number_type("es.nif")
    )


def test_a_number_type_is_made_of_five_fields() -> None:
    """The rest is derived from them when it is made."""
    assert ["name", "kind", "is_vat", "module", "discriminator"] == list(
        inspect.signature(_types.NumberType).parameters
    )


def test_the_table_is_used_only_with_the_stdnum_it_was_checked_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With another python-stdnum release, every candidate module is asked."""
    checked = _types.lengths_checked()
    assert (frozenset({9, 11}) if checked else None) == _stdnum.number_type(
        "es.nif"
    ).lengths
    monkeypatch.setattr(stdnum, "__version__", "0.1")
    _types.lengths_checked.cache_clear()
    try:
        assert _stdnum.load("es.nif").lengths is None
        assert not _stdnum.load("ar.cuit").letterless
    finally:
        monkeypatch.undo()
        _types.lengths_checked.cache_clear()
    assert checked is (stdnum.__version__ == "2.2")


def test_the_stdnum_release_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every type loaded in one process reads the length table alike."""
    checked = _types.lengths_checked()
    monkeypatch.setattr(stdnum, "__version__", "2.2" if not checked else "0.1")
    assert checked is _types.lengths_checked()
