"""Discriminators: what a valid number of a MIXED module says about its holder.

Each takes the compact form (``module.validate(number)``) and returns ``True``
for an entity (B2B), ``False`` for a natural person (B2C), or ``None`` when the
number does not say. The tax number reference of the docs lists each rule.
"""

from __future__ import annotations

from collections.abc import Callable

from custbridge.tax import own

Discriminator = Callable[[str], "bool | None"]


def _in(chars: str, char: str) -> bool:
    return len(char) == 1 and char in chars


def _ad_nrt(c: str) -> bool:
    return not _in("FE", c[0])


def _ar_cuit(c: str) -> bool | None:
    if c[:2] in {"20", "23", "24", "27"}:
        return False
    return True if c[:2] in {"30", "33", "34", "50", "51", "55"} else None


def _az_voen(c: str) -> bool | None:
    return {"1": True, "2": False}.get(c[-1])


def _bg_vat(c: str) -> bool:
    return len(c) == 9  # noqa: PLR2004 - legal entities; persons have 10


def _cz_dic(c: str) -> bool:
    return len(c) == 8  # noqa: PLR2004 - legal entities; persons have 9 or 10


def _by_unp(c: str) -> bool:
    return c[:2].isdigit()


def _cl_rut(c: str) -> bool:
    return int(c[:-1]) >= 50_000_000  # noqa: PLR2004 - the RUT series of companies


def _co_nit(c: str) -> bool:
    return len(c) == 10 and _in("89", c[0])  # noqa: PLR2004 - 9 digits + check


def _ec_ruc(c: str) -> bool:
    return _in("69", c[2])


def _es_nif(c: str) -> bool:
    return not (c[0].isdigit() or _in("XYZKLM", c[0]))


def _gh_tin(c: str) -> bool | None:
    return {"C": True, "G": True, "V": True, "P": False}.get(c[0])


def _id_npwp(c: str) -> bool | None:
    if len(c) == 16 and c[0] != "0":  # noqa: PLR2004 - a NIK
        return False
    taxpayer = c[-15:-13]  # the old 15-digit number's first two digits
    if "01" <= taxpayer <= "03":  # Wajib Pajak Badan
        return True
    if "04" <= taxpayer <= "09":  # an entrepreneur, employee or other individual
        return False
    return None


def _ie(c: str) -> bool | None:
    if not c[1].isdigit():  # old style: a letter or symbol in position 2
        return True
    if len(c) == 9:  # noqa: PLR2004 - 7 digits, check letter, type letter
        return {"H": True}.get(c[-1], False if _in("ABWTX", c[-1]) else None)
    return None


def _in_pan(c: str) -> bool:
    return c[3] != "P"


def _is_kennitala(c: str) -> bool:
    return int(c[:2]) >= 40  # noqa: PLR2004 - organisations add 40 to the day


def _it_codicefiscale(c: str) -> bool:
    return len(c) == 11  # noqa: PLR2004 - a partita IVA


def _ke_pin(c: str) -> bool | None:
    return {"P": True, "A": False}.get(c[0])


def _lv_pvn(c: str) -> bool:
    return int(c[0]) > 3  # noqa: PLR2004 - legal entities start above 3


def _mx_rfc(c: str) -> bool:
    return len(c) == 12  # noqa: PLR2004 - companies; persons have 13 (or 10)


def _pe_ruc(c: str) -> bool | None:
    if c[:2] == "20":
        return True
    return False if c[:2] in {"10", "15", "17"} else None


def _pt_nif(c: str) -> bool | None:
    if _in("123", c[0]) or c[:2] == "45":
        return False
    return True if _in("56789", c[0]) else None


def _py_ruc(c: str) -> bool:
    return int(c[:-1]) >= 80_000_000  # noqa: PLR2004 - legal entities' series


def _ro_cf(c: str) -> bool:
    return len(c.removeprefix("RO")) <= 10  # noqa: PLR2004 - a CUI; a CNP has 13


def _ru_inn(c: str) -> bool:
    return len(c) == 10  # noqa: PLR2004 - companies; persons have 12


def _se_orgnr(c: str) -> bool:
    return int(c[2:4]) >= 20  # noqa: PLR2004 - a personnummer's month is below 20


def _sk_dph(c: str) -> bool:
    return c.startswith("20")


def _th_tin(c: str) -> bool:
    return c[0] == "0"


def _tn_mf(c: str) -> bool | None:
    if len(c) == 13:  # noqa: PLR2004 - the long form carries the category
        return c[9] != "P"
    return None


def _us_tin(c: str) -> bool:
    from stdnum.us import tin  # noqa: PLC0415 - stdnum loads on first use

    return bool(tin.guess_type(c) == ["ein"])


def _ve_rif(c: str) -> bool | None:
    return {"J": True, "G": True, "V": False, "E": False, "P": False}.get(c[0])


DISCRIMINATORS: dict[str, tuple[Discriminator, str]] = {
    "ad.nrt": (_ad_nrt, "first letter F or E: a natural person; others: an entity"),
    "ar.cuit": (
        _ar_cuit,
        "prefix 20, 23, 24, 27: a person; 30, 33, 34, 50, 51, 55: an entity",
    ),
    "az.voen": (_az_voen, "last digit 1: a legal person; 2: a natural person"),
    "bg.vat": (_bg_vat, "9 digits: an entity; 10 (EGN or PNF): a person"),
    "by.unp": (_by_unp, "digits in positions 1-2: an organisation; letters: a person"),
    "cl.rut": (_cl_rut, "RUT of 50,000,000 or more: an entity (heuristic)"),
    "co.nit": (_co_nit, "9-digit body starting 8 or 9: an entity (heuristic)"),
    "cz.dic": (_cz_dic, "8 digits: an entity; 9 or 10 (RČ): a person"),
    "ec.ruc": (_ec_ruc, "third digit 6 or 9: an entity; 0-5: a natural person"),
    "es.nif": (
        _es_nif,
        "DNI or NIE (a digit, X, Y, Z, K, L or M first): a person; CIF: an entity",
    ),
    "gh.tin": (_gh_tin, "C, G, V: an entity; P: an individual; Q: undecided"),
    "id.npwp": (
        _id_npwp,
        "a NIK (16 digits, no leading 0) or type 04-09: a person; 01-03: an entity",
    ),
    "ie.pps": (_ie, "second letter H or old style: an entity; A, B, W, T, X: a person"),
    "ie.vat": (_ie, "second letter H or old style: an entity; A, B, W, T, X: a person"),
    "in_.pan": (_in_pan, "fourth character P: a person; others: an entity"),
    "is_.kennitala": (_is_kennitala, "first two digits 40 or more: an organisation"),
    "it.codicefiscale": (
        _it_codicefiscale,
        "11 digits (partita IVA): an entity; 16 characters: a person",
    ),
    "ke.pin": (_ke_pin, "first letter P: a non-individual; A: an individual"),
    "lv.pvn": (_lv_pvn, "first digit above 3: an entity; else a personal code"),
    "mx.rfc": (_mx_rfc, "12 characters: a company; 13 (or 10): a person"),
    "pe.ruc": (_pe_ruc, "prefix 20: an entity; 10, 15, 17: a natural person"),
    "pt.nif": (_pt_nif, "first digit 5-9 (not 45): an entity; 1, 2, 3 or 45: a person"),
    "py.ruc": (_py_ruc, "80,000,000 or more: an entity; below: a person"),
    "ro.cf": (_ro_cf, "2-10 digits (CUI): an entity; 13 digits (CNP): a person"),
    "ru.inn": (_ru_inn, "10 digits: a company; 12 digits: a person"),
    "se.orgnr": (_se_orgnr, "digits 3-4 of 20 or more: an entity; else a personnummer"),
    "sk.dph": (_sk_dph, "starts 20: a legal person; else a birth number (heuristic)"),
    "th.tin": (_th_tin, "leading 0 (MOA): a company; else a PIN"),
    "tn.mf": (_tn_mf, "13-character form, category P: a person; others: an entity"),
    "us.tin": (_us_tin, "EIN form: a business; SSN, ITIN, ATIN, PTIN: a person"),
    "ve.rif": (_ve_rif, "J, G: a company or government; V, E, P: a person"),
}
"""module: (discriminator, the rule in words)"""
DISCRIMINATORS.update(own.DISCRIMINATORS)  # custbridge's own types (tax.own)
