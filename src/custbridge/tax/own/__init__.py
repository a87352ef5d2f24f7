"""Tax number types python-stdnum lacks, classified like stdnum's modules.

The numbers of countries with a VAT or GST registration that python-stdnum 2.2
does not know, found through Stripe's list of customer tax ID types. Each type is
an object with a stdnum module's interface (``_number.OwnNumber``) in
``_checked`` (types with a published check digit) or ``_formats`` (format
only), and a row here: its class, country, title and whether it is the
country's VAT number. Nothing here imports python-stdnum: the types are
loaded, as stdnum's modules are, when a number of their country is first
classified (:func:`load`).

A type is named as a python-stdnum module for the same number would most likely
be named; the loader asks python-stdnum first, so when a later stdnum ships
that module, stdnum's is used (``tests/tax/test_own.py`` names the modules that
would replace each type). A format-only type never decides a label without a
country hint: it is listed in :data:`FORMAT_ONLY`, which the classifier treats
as it treats stdnum's modules that accept most strings of their shape.
"""

from __future__ import annotations

import importlib
from typing import Any

from custbridge.tax._kinds import Kind

B, P, M, N = Kind.BUSINESS, Kind.PERSONAL, Kind.MIXED, Kind.NO_DISCRIMINATOR

# name: (kind, country, what the number is, the country's VAT number, check digit)
_TABLE: dict[str, tuple[Kind, str, str, bool, bool]] = {
    "ae.trn": (B, "United Arab Emirates", "TRN (Tax Registration Number, UAE VAT number)", True, False),
    "am.tin": (N, "Armenia", "TIN (ՀՎՀՀ, Armenian taxpayer identification number)", True, False),
    "ao.nif": (M, "Angola", "NIF (Número de Identificação Fiscal, Angolan tax number)", True, False),
    "au.arn": (B, "Australia", "ARN (ATO Reference Number)", False, False),
    "au.wpn": (N, "Australia", "WPN (Withholding Payer Number, of payers without an ABN)", False, False),
    "aw.tin": (N, "Aruba", "Persoonsnummer/TIN (Aruban tax number)", True, False),
    "ba.pdv": (B, "Bosnia and Herzegovina", "PDV broj (VAT number of Bosnia and Herzegovina)", True, False),
    "bb.tin": (N, "Barbados", "TIN (Barbados taxpayer identification number)", True, False),
    "bd.bin": (B, "Bangladesh", "BIN (Business Identification Number, Bangladesh VAT number)", True, False),
    "bf.ifu": (N, "Burkina Faso", "IFU (Identifiant Financier Unique, Burkina Faso tax number)", True, False),
    "bh.vat": (B, "Bahrain", "VAT account number (Bahrain)", True, False),
    "bj.ifu": (N, "Benin", "IFU (Identifiant Fiscal Unique, Benin tax number)", True, False),
    "bo.nit": (N, "Bolivia", "NIT (Número de Identificación Tributaria, Bolivian tax number)", True, False),
    "bs.tin": (N, "Bahamas", "TIN (Bahamas taxpayer identification number)", True, False),
    "bw.vat": (M, "Botswana", "VAT registration number/TIN (Botswana Unified Revenue Service)", True, False),
    "ca.pst": (B, "Canada", "PST/RST number (Manitoba or Saskatchewan provincial sales tax)", False, False),
    "ca.pst_bc": (B, "Canada", "PST number (British Columbia provincial sales tax)", False, False),
    "ca.qst": (B, "Canada", "QST number (Québec Sales Tax registration number)", False, True),
    "cd.nif": (N, "Congo (DR)", "NIF (Numéro d'Identification Fiscale, DR Congo tax number)", True, False),
    "ci.ncc": (N, "Côte d'Ivoire", "NCC (Numéro de Compte Contribuable, Ivorian tax number)", True, False),
    "cm.niu": (M, "Cameroon", "NIU (Numéro d'Identifiant Unique, Cameroon tax number)", True, False),
    "cv.nif": (N, "Cape Verde", "NIF (Número de Identificação Fiscal, Cape Verde tax number)", True, False),
    "et.tin": (N, "Ethiopia", "TIN (Ethiopian taxpayer identification number)", True, False),
    "ge.tin": (M, "Georgia", "TIN (საიდენტიფიკაციო ნომერი, Georgian tax number)", True, False),
    "gi.tin": (N, "Gibraltar", "TIN (Gibraltar tax reference)", True, False),
    "hk.brn": (B, "Hong Kong", "BRN (Business Registration Number, Hong Kong)", True, False),
    "hu.adoszam": (B, "Hungary", "Adószám (Hungarian tax number of businesses)", False, True),
    "jp.rn": (B, "Japan", "Registration number of a registered foreign business (Japan)", False, False),
    "jp.trn": (B, "Japan", "Tōroku bangō (T + corporate number, Japanese invoice registration number)", False, True),
    "kg.inn": (M, "Kyrgyzstan", "INN (ИНН, Kyrgyz taxpayer identification number)", True, False),
    "kh.tin": (N, "Cambodia", "TIN (Cambodian taxpayer identification number)", True, False),
    "kz.bin": (B, "Kazakhstan", "BIN (БИН, Kazakh business identification number)", True, True),
    "kz.iin": (P, "Kazakhstan", "IIN (ИИН, Kazakh individual identification number)", False, True),
    "la.tin": (N, "Laos", "TIN (Lao taxpayer identification number)", True, False),
    "li.uid": (B, "Liechtenstein", "UID (Unternehmens-Identifikationsnummer, CHE form)", False, True),
    "li.vat": (B, "Liechtenstein", "MWST-Nr. (Liechtenstein VAT number)", True, False),
    "lk.vat": (B, "Sri Lanka", "VAT registration number (Sri Lanka)", True, False),
    "ma.if": (N, "Morocco", "IF (Identifiant Fiscal, Moroccan tax identifier)", False, False),
    "md.vat": (B, "Moldova", "Cod TVA (Moldovan VAT registration code)", True, False),
    "mr.nif": (N, "Mauritania", "NIF (Numéro d'Identification Fiscale, Mauritanian tax number)", True, False),
    "mu.vat": (B, "Mauritius", "VAT registration number (Mauritius)", True, False),
    "my.frp": (B, "Malaysia", "FRP (Foreign Registered Person number, Malaysian service tax)", False, False),
    "my.itn": (M, "Malaysia", "ITN (Income Tax Number, Malaysia)", False, False),
    "my.sst": (B, "Malaysia", "SST registration number (Malaysian sales and service tax)", True, False),
    "ng.tin": (N, "Nigeria", "TIN (Nigerian taxpayer identification number)", True, False),
    "no.voec": (B, "Norway", "VOEC number (VAT on e-commerce registration, Norway)", False, False),
    "np.pan": (N, "Nepal", "PAN (Permanent Account Number, Nepal)", True, False),
    "nz.nzbn": (B, "New Zealand", "NZBN (New Zealand Business Number)", False, True),
    "om.vat": (B, "Oman", "VATIN (Omani VAT identification number)", True, False),
    "pk.ntn": (N, "Pakistan", "NTN (National Tax Number, Pakistan)", True, False),
    "ph.tin": (N, "Philippines", "TIN (Philippine taxpayer identification number)", True, False),
    "ru.kpp": (B, "Russia", "КПП, KPP (Russian tax registration reason code of organisations)", False, False),
    "sa.vat": (B, "Saudi Arabia", "VAT registration number (Saudi Arabia)", True, False),
    "sg.gst": (B, "Singapore", "GST registration number (M form, Singapore)", False, False),
    "sr.fin": (N, "Suriname", "FIN (Fiscaal Identificatienummer, Suriname)", True, False),
    "tj.inn": (N, "Tajikistan", "INN (ИНН, Tajik taxpayer identification number)", True, False),
    "tt.bir": (N, "Trinidad and Tobago", "BIR file number (Board of Inland Revenue taxpayer number)", False, False),
    "tz.vrn": (B, "Tanzania", "VRN (VAT Registration Number, Tanzania)", True, False),
    "ua.ipn": (B, "Ukraine", "ІПН, IPN (VAT payer's individual tax number of a legal entity)", True, False),
    "ug.tin": (N, "Uganda", "TIN (Ugandan taxpayer identification number)", True, False),
    "uz.inn": (N, "Uzbekistan", "INN/STIR (Uzbek taxpayer identification number)", False, False),
    "uz.vat": (B, "Uzbekistan", "VAT payer registration code (Uzbekistan)", True, False),
    "za.vat": (B, "South Africa", "VAT number (South Africa)", True, False),
    "zm.tin": (N, "Zambia", "TPIN (Zambian taxpayer identification number)", True, False),
    "zw.tin": (N, "Zimbabwe", "BP number/TIN (Zimbabwean taxpayer identification number)", True, False),
}  # fmt: skip

MODULES: dict[str, tuple[Kind, str, str]] = {
    name: (kind, country, title)
    for name, (kind, country, title, _, _) in _TABLE.items()
}
"""Type name: (class, country, what the number is), as ``_taxonomy.MODULES``."""
VAT_MODULES = frozenset(name for name, row in _TABLE.items() if row[3])
"""The types that are their country's VAT number (tried first, as ``vatin`` does)."""
CHECKED = frozenset(name for name, row in _TABLE.items() if row[4])
"""The types whose number has a published check digit."""
FORMAT_ONLY = frozenset(_TABLE).difference(CHECKED)
"""The types checked for their shape alone: never used to guess a country."""


def _ao_nif(c: str) -> bool:
    return len(c) == 10  # noqa: PLR2004 - companies; persons' NIF is their BI number


def _bw_vat(c: str) -> bool | None:
    return {"C": True, "P": True, "T": True, "I": False}.get(c[0])


def _cm_niu(c: str) -> bool | None:
    return {"M": True, "P": False}.get(c[0])


def _ge_tin(c: str) -> bool:
    return len(c) == 9  # noqa: PLR2004 - entities; persons have an 11-digit number


def _kg_inn(c: str) -> bool | None:
    return {"0": True, "1": False, "2": False}.get(c[0])


def _my_itn(c: str) -> bool:
    return not c.startswith(("SG", "OG"))


DISCRIMINATORS = {
    "ao.nif": (_ao_nif, "10 digits: an entity; 9 digits, 2 letters, 3 digits (BI number): a person"),
    "bw.vat": (_bw_vat, "first letter C (company), P (partnership) or T (trust): an entity; I (individual): a person, whose VAT and income tax numbers look alike"),
    "cm.niu": (_cm_niu, "first letter M (personne morale): an entity; P (personne physique): a person"),
    "ge.tin": (_ge_tin, "9 digits: an entity; 11 digits (personal number): a person"),
    "kg.inn": (_kg_inn, "first digit 0: an entity; 1 or 2 (a person's sex): a person"),
    "my.itn": (_my_itn, "prefix SG or OG: an individual; C, D, E, F, J, TA, ...: an entity"),
}  # fmt: skip
"""Type name: (rule, the rule in words), as ``_discriminators.DISCRIMINATORS``."""

_WHERE = {name: "_checked" if name in CHECKED else "_formats" for name in _TABLE}


def load(name: str) -> Any:
    """Return the number type *name*, importing its module (and stdnum's exceptions).

    Raises:
        KeyError: *name* is not one of custbridge's own types.
    """
    module = importlib.import_module(f"custbridge.tax.own.{_WHERE[name]}")
    return module.TYPES[name]
