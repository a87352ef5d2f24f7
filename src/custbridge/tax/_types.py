"""A python-stdnum module with its class: what a valid number of it says.

Each outcome's sentence is written once per module, not on every call.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from custbridge.tax._discriminators import DISCRIMINATORS, Discriminator
from custbridge.tax._kinds import Kind
from custbridge.tax._lengths import LENGTHS
from custbridge.tax._prefixes import ALIASES

Outcome = tuple[str, str, str]
"""(label, reason, explanation)"""

READ_AS_WRITTEN = frozenset(
    {
        "be.ssn",
        "de.handelsregisternummer",
        "eu.vat",
        "fi.ytunnus",
        "mc.tva",
        "sn.ninea",
        "th.tin",
        "us.atin",
        "us.ein",
        "us.itin",
        "us.ptin",
        "us.ssn",
        "us.tin",
    }
)
"""Modules whose ``validate()`` does not start with ``number = compact(number)``.

Either it reads the text as written (a regular expression on it) or hands it
to another module: no separator is known to be invisible to it.
"""
SEPARATORS = " \t\n\r\x0b\x0c.-/,:_"
"""The ASCII characters the classifier removes to normalise a number (rule 1)."""
CASE = "a"
"""Stands for lower case among separators: a module that upper-cases is blind to it."""
_PROBES = ("A1{0}2B{0}{0}3", "12{0}34{0}56", "{0}7{0}8")
_DIGITS_FIRST = ("1", "0123", "123456789", "98765432101234", "9A8B7C6", "5-6.7 8")

LETTERLESS = frozenset(
    "ar.cuit ar.dni at.tin at.vnr au.abn au.acn au.tfn be.eid bg.egn bg.pnf"  # noqa: SIM905 - a list of names reads better as one string
    " br.cpf ca.bc_phn ca.sin co.nit cr.cpj cr.cr cu.ni cz.rc de.idnr de.stnr"
    " dk.cpr do.cedula do.rnc dz.nif ec.ci ec.ruc ee.ik ee.registrikood"
    " fi.associationid fi.veronumero fr.nif fr.siren fr.siret gb.nhs gn.nifp"
    " gr.amka id.nik id.npwp il.hp jp.cn jp.in_ kr.brn kr.rrn lt.asmens ma.ice"
    " md.idno me.pib my.nric mz.nuit no.fodselsnummer no.orgnr pe.ruc pk.cnic"
    " pl.pesel pl.regon py.ruc ro.cnp rs.pib ru.inn ru.ogrn se.orgnr si.emso"
    " sk.rc th.moa th.pin tr.tckimlik tr.vkn tw.ubn ua.edrpou ua.rntrc vn.mst"
    " za.idnr za.tin".split()
)
"""Modules that refuse any text with an ASCII letter in it (python-stdnum 2.2).

Each ``validate()`` starts ``number = compact(number)``, then only checks that
raise, up to one that raises when ``not isdigits(number)``; its ``compact()``
is ``clean(number, …)`` with no letter among the characters it removes, then
at most ``upper()`` and ``strip()``. So a letter, or any mark it does not
remove, is refused (``tests/tax/test_letterless.py`` checks every one against
its source).
"""
LENGTHS_CHECKED = frozenset({"2.2"})
"""The python-stdnum versions ``_lengths`` was checked against."""


@functools.cache
def lengths_checked() -> bool:
    """Return whether the length table holds for the installed python-stdnum.

    With any other version, every candidate module is asked, as if the table
    were empty: slower, never wrong.
    """
    import stdnum  # noqa: PLC0415 - the package alone, not its country modules

    return stdnum.__version__ in LENGTHS_CHECKED


@attrs.frozen
class NumberType:
    """A stdnum module with its class, ready to validate numbers."""

    name: str
    """The module's name below ``stdnum``, such as ``es.nif``."""
    kind: Kind
    is_vat: bool
    """Whether this is the module ``stdnum.vatin`` uses for the country."""
    module: Any = attrs.field(repr=False, eq=False)
    discriminator: Discriminator | None = attrs.field(repr=False, eq=False)
    lengths: frozenset[int] | None = attrs.field(init=False, repr=False, eq=False)
    """How many letters and digits a number it accepts can have; None: any."""
    results: dict[str, dict[str, Any]] = attrs.field(
        init=False, factory=dict, repr=False, eq=False
    )
    """The classifier's result for each reason, but for the compact form."""
    check: Any = attrs.field(init=False, repr=False, eq=False)
    """The module's ``validate``: the compact form of a valid number, or raises."""
    blind: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """What the module never sees (:func:`invisible`): separators, :data:`CASE`."""
    dropped: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """Its country's codes that the module removes itself (:func:`dropped_codes`)."""
    letterless: bool = attrs.field(init=False, repr=False, eq=False)
    """Whether the module refuses any text with an ASCII letter (:data:`LETTERLESS`)."""
    fixed: Outcome | None = attrs.field(init=False, repr=False, eq=False)
    """The outcome of every valid number, when the number does not matter."""
    _default: Outcome = attrs.field(init=False, repr=False, eq=False)
    _entity: Outcome = attrs.field(init=False, repr=False, eq=False)
    _person: Outcome = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Write each possible outcome's sentence once, not on every call."""
        name, cc = self.name, country_code(self.name)
        both = f"a valid {name}, held by persons and entities alike"
        rule = DISCRIMINATORS[name][1] if name in DISCRIMINATORS else ""
        default = (
            ("b2b", "default", f"{both}; as {cc}'s VAT number, a business")
            if self.is_vat
            else ("b2c", "default", f"{both}; not a VAT number, so a consumer")
        )
        fixed = {
            Kind.BUSINESS: ("b2b", "business", f"a valid {name}: held by businesses"),
            Kind.PERSONAL: (
                "b2c",
                "personal",
                f"a valid {name}: held by natural persons",
            ),
        }.get(self.kind)
        set_ = object.__setattr__  # the class is frozen; these are derived once
        set_(self, "check", getattr(self.module, "validate", None))
        set_(self, "blind", invisible(self))
        set_(self, "dropped", dropped_codes(self))
        set_(self, "letterless", name in LETTERLESS and lengths_checked())
        set_(self, "lengths", LENGTHS.get(name) if lengths_checked() else None)
        set_(
            self,
            "fixed",
            default if fixed is None and self.discriminator is None else fixed,
        )
        set_(self, "_default", default)
        set_(
            self, "_entity", ("b2b", "entity", f"a valid {name} of an entity ({rule})")
        )
        set_(
            self,
            "_person",
            ("b2c", "person", f"a valid {name} of a natural person ({rule})"),
        )

    def outcome(self, compact: str) -> Outcome:
        """Return (label, reason, explanation) for a valid number's compact form.

        Callers read :attr:`fixed` first: this is for the modules whose number
        matters, the ones with a discriminator.
        """
        try:
            entity = self.discriminator(compact)  # type: ignore[misc]  # set when not fixed
        except (ValueError, IndexError):  # a compact form the rule does not cover
            return self._default
        if entity is None:
            return self._default
        return self._entity if entity else self._person

    def fits(self, size: int | None) -> bool:
        """Return whether the module may accept a number of *size* letters and digits.

        None, for a size not counted (text not in ASCII), fits every module.
        """
        return size is None or self.lengths is None or size in self.lengths

    def validate(self, texts: tuple[str, ...]) -> str | None:
        """Return the compact form of the first of *texts* that is valid, or None.

        Raises:
            ImportError: the module failed to import something it needs; that
                says nothing about the number.
        """
        for text in texts:
            try:
                return str(self.check(text))
            except ImportError:  # noqa: PERF203 - says nothing about the number
                raise
            except Exception:  # noqa: BLE001, S112 - stdnum raises others on junk
                continue
        return None

    def mistyped(self, texts: tuple[str, ...]) -> bool:
        """Return whether the module reads one of *texts* as its number, mistyped.

        That is, it refuses it for its check digits alone (stdnum's
        ``InvalidChecksum``): the shape, length and letters are its own.
        """
        from stdnum.exceptions import InvalidChecksum  # noqa: PLC0415 - rare path; import custbridge loads no stdnum

        for text in texts:
            try:
                self.check(text)
            except InvalidChecksum:  # noqa: PERF203 - a refusal is the answer sought
                return True
            except Exception:  # noqa: BLE001, S112 - any other refusal
                continue
        return False


def invisible(kind: NumberType) -> frozenset[str]:
    """Return the separators, and :data:`CASE`, that *kind*'s module never sees.

    Asked of the module's own ``compact()``, once: a separator it removes from
    every probe, wherever it stands, and lower case if it upper-cases. A module
    in :data:`READ_AS_WRITTEN` sees everything. For the others, ``validate()``
    reads only ``compact(number)``, so two texts that differ by these alone get
    the same answer, and the second need not be asked
    (``tests/tax/test_types.py`` checks this against every module).
    """
    compact = getattr(kind.module, "compact", None)
    if compact is None or kind.name in READ_AS_WRITTEN:
        return frozenset()
    try:
        blind = {
            mark
            for mark in SEPARATORS
            if all(compact(p.format(mark)) == compact(p.format("")) for p in _PROBES)
        }
        if compact("ab12cd") == compact("AB12CD"):
            blind.add(CASE)
    except Exception:  # noqa: BLE001 - a compact() that refuses what it does not know
        return frozenset()
    return frozenset(blind)


def dropped_codes(kind: NumberType) -> frozenset[str]:
    """Return the codes of *kind*'s country that its module removes in front of a digit.

    Asked of the module's own ``compact()``, once, as :func:`invisible` is:
    a code (``PT``, or an alias such as ``EL``) whose removal changes the
    compact form of no probe, each starting with a digit. ``validate()`` reads
    only ``compact(number)`` (the same premise, checked by the same test), so
    ``PT501964843`` and ``501964843`` get the same answer, and once the first
    was asked the second need not be.
    """
    compact = getattr(kind.module, "compact", None)
    if compact is None or kind.name in READ_AS_WRITTEN:
        return frozenset()
    cc = country_code(kind.name)
    codes = {cc, *(code for code, named in ALIASES.items() if named == cc)}
    try:
        return frozenset(
            code
            for code in codes
            if all(compact(code + probe) == compact(probe) for probe in _DIGITS_FIRST)
        )
    except Exception:  # noqa: BLE001 - a compact() that refuses what it does not know
        return frozenset()


def country_code(name: str) -> str:
    """Return the ISO alpha-2 code of a module name: ``in_.pan`` -> ``IN``."""
    return name.split(".", maxsplit=1)[0].rstrip("_").upper()
