"""custbridge's own number types known only by their format (no check digit).

For none of these is a check digit published in a source at hand, so any
number of the right shape passes: such a type says "this could be a number of
that country", never which country, and the classifier never uses one to
decide without a country hint (``own.FORMAT_ONLY``). Where Stripe's example is
the only source, the shape is Stripe's example's and the docstring says so.
Where Stripe shows no example either (``au.wpn``, ``bw.vat``, ``tt.bir``), the
shape is the one a tax authority or a named secondary source gives, the class
is what the source says of the holders, and a type whose source names no
holder, or whose holders include persons the number does not tell apart, is
never b2b; its docstring says what is known and what is not.
"""

from __future__ import annotations

from custbridge.tax.own import MODULES
from custbridge.tax.own._number import OwnNumber

_STRIPE = "Stripe's customer tax ID types (docs.stripe.com/billing/customer/tax-ids)"

# name: (shape, lengths, prefix, groups, source, what is known, a valid example)
_ROWS: dict[str, tuple[str, tuple[int, ...], str, tuple[int, ...], str, str, str]] = {
    "ae.trn": (r"[0-9]{15}", (15,), "", (), "UAE Federal Tax Authority, VAT registration", "15 digits", "100123456700003"),
    "am.tin": (r"[0-9]{8}", (8,), "", (), f"{_STRIPE}; OECD TIN sheet", "8 digits", "02538904"),
    "ao.nif": (r"[0-9]{10}|[0-9]{9}[A-Z]{2}[0-9]{3}", (10, 14), "", (), "stdnum-js ao/nif; AGT", "10 digits (entities) or a 14-character BI number (persons)", "5417071000"),
    "au.arn": (r"[0-9]{12}", (12,), "", (), _STRIPE, "12 digits", "123456789123"),
    "au.wpn": (r"[0-9]{8,9}", (8, 9), "", (), "Australian Taxation Office: a household that employs a nanny, carer or cleaner gets a WPN instead of an ABN (PAYG withholding, household employees), and the Single Touch Payroll payer field WithholdingPayerNumberId: a WPN is allocated to payers with PAYG withholding obligations and no ABN; its length from the SuperStream clearing houses (MTAA Super clearing house, Withholding Payer Number): an 8- or 9-digit WPN, padded with zeros to 11 digits in an ABN field", "8 or 9 digits, held by payers not entitled to an ABN, so not carrying on an enterprise and never registered for GST: households, and some embassies, school canteens and sporting clubs", "12345677"),
    "aw.tin": (r"[0-9]{8}", (8,), "", (), _STRIPE, "8 digits", "12345678"),
    "ba.pdv": (r"[0-9]{12}", (12,), "", (), "Indirect Taxation Authority of Bosnia and Herzegovina (UIO)", "12 digits", "200123450007"),
    "bb.tin": (r"1[0-9]{12}", (13,), "", (), _STRIPE, "13 digits, the first 1", "1123456789012"),
    "bd.bin": (r"[0-9]{9}(?:[0-9]{4})?", (9, 13), "", (9, 4), "National Board of Revenue, Bangladesh (BIN)", "9 digits, and a 4-digit branch code", "000123456-0101"),
    "bf.ifu": (r"[0-9]{8}[A-Z]", (9,), "", (), _STRIPE, "8 digits and a letter", "00012345A"),
    "bh.vat": (r"[0-9]{15}", (15,), "", (), "Bahrain National Bureau for Revenue, VAT account number", "15 digits", "200000123400002"),
    "bj.ifu": (r"[0-9]{13}", (13,), "", (), _STRIPE, "13 digits", "3201234567890"),
    "bo.nit": (r"[0-9]{7,12}", tuple(range(7, 13)), "", (), "Servicio de Impuestos Nacionales (SIN), Bolivia", "7 to 12 digits", "1023456027"),
    "bs.tin": (r"[0-9]{9}", (9,), "", (3, 3, 3), _STRIPE, "9 digits", "123.456.789"),
    "bw.vat": (r"[CIPT][0-9]{11}", (12,), "", (), "EY Worldwide VAT, GST and Sales Tax Guide, Botswana, VAT number format (editions before 2023): C01234567890 for companies, I01234567890 for individuals, P01234567890 for partnerships, T01234567890 for trusts; Botswana Unified Revenue Service, notice on online reference numbers (2015): a TIN has 12 characters", "a letter for the holder (C company, P partnership, T trust, I individual) and 11 digits, the 12 characters of a BURS TIN", "C01234567890"),
    "ca.pst": (r"[0-9]{7}", (7,), "", (6, 1), f"{_STRIPE} (ca_pst_mb, ca_pst_sk)", "7 digits, in Manitoba written 123456-7", "123456-7"),
    "ca.pst_bc": (r"PST[0-9]{8}", (11,), "", (3, 4, 4), "stdnum-js ca/pst; British Columbia, PST registration", "PST and 8 digits", "PST-1234-5678"),
    "cd.nif": (r"[A-Z][0-9]{7}[A-Z]", (9,), "", (), _STRIPE, "a letter, 7 digits, a letter", "A0123456M"),
    "ci.ncc": (r"[0-9]{7}[A-Z]", (8,), "", (), "Direction Générale des Impôts de Côte d'Ivoire", "7 digits and a letter", "1234567A"),
    "cm.niu": (r"[MP][0-9]{12}[A-Z]", (14,), "", (), f"{_STRIPE}; Direction Générale des Impôts du Cameroun", "M or P, 12 digits, a letter", "M123456789000L"),
    "cv.nif": (r"[0-9]{9}", (9,), "", (), _STRIPE, "9 digits", "213456789"),
    "et.tin": (r"[0-9]{10}", (10,), "", (), _STRIPE, "10 digits", "0001234567"),
    "ge.tin": (r"[0-9]{9}|[0-9]{11}", (9, 11), "", (), "Revenue Service of Georgia", "9 digits (entities) or 11 (persons)", "204567890"),
    "gi.tin": (r"[0-9]{5,6}", (5, 6), "", (), _STRIPE, "5 or 6 digits", "12345"),
    "hk.brn": (r"[0-9]{8}", (8,), "", (), "Inland Revenue Department, Business Registration", "8 digits (the certificate's first 8)", "12345678"),
    "jp.rn": (r"[0-9]{5}", (5,), "", (), _STRIPE, "5 digits", "12345"),
    "kg.inn": (r"[0-9]{14}", (14,), "", (), f"{_STRIPE}; State Tax Service of Kyrgyzstan", "14 digits", "01234567890123"),
    "kh.tin": (r"[A-Z0-9][0-9]{12}", (13,), "", (4, 9), _STRIPE, "a 4-character office code (letter or digit first) and 9 digits", "1001-123456789"),
    "la.tin": (r"[0-9]{12}", (12,), "", (9, 3), _STRIPE, "9 digits and a 3-digit branch", "123456789-000"),
    "li.vat": (r"[0-9]{5}", (5,), "", (), _STRIPE, "5 digits; li.peid (4-12 digits, a check digit) is tried first, so with hint LI such a number reads as a PEID (b2c, as the policy labels li.peid): a format-only type never outranks a module that checks", "51234"),
    "lk.vat": (r"[0-9]{13}", (13,), "", (9, 4), "Inland Revenue Department of Sri Lanka", "9-digit TIN and a 4-digit VAT code", "123456789-7000"),
    "ma.if": (r"[0-9]{7,8}", (7, 8), "", (), _STRIPE, "7 or 8 digits", "12345678"),
    "md.vat": (r"[0-9]{7}", (7,), "", (), _STRIPE, "7 digits", "1234567"),
    "mr.nif": (r"[0-9]{8}", (8,), "", (), _STRIPE, "8 digits", "12345678"),
    "mu.vat": (r"[0-9]{8}", (8,), "VAT", (), "Mauritius Revenue Authority", "8 digits, written after VAT", "VAT20123456"),
    "my.frp": (r"[0-9]{8}", (8,), "", (), _STRIPE, "8 digits", "12345678"),
    "my.itn": (r"(?:SG|OG|C|D|E|F|FA|PT|TA|TC|TN|TR|TP|J|LE)[0-9]{10,11}", (11, 12, 13), "", (), "Lembaga Hasil Dalam Negeri Malaysia, income tax number", "a type prefix (SG/OG individuals, C companies, ...) and 10 or 11 digits", "C 1234567890"),
    "my.sst": (r"[A-Z][0-9]{14}", (15,), "", (3, 4, 8), "Royal Malaysian Customs Department, SST registration", "a letter (station) and 14 digits", "A12-3456-78912345"),
    "ng.tin": (r"[0-9]{12}", (12,), "", (8, 4), "Federal Inland Revenue Service (FIRS)", "8 digits and a 4-digit suffix", "12345678-0001"),
    "no.voec": (r"[0-9]{7}", (7,), "", (), "Norwegian Tax Administration, VOEC register", "7 digits", "2012345"),
    "np.pan": (r"[0-9]{9}", (9,), "", (), "Inland Revenue Department of Nepal", "9 digits", "123456789"),
    "om.vat": (r"OM[0-9]{10}", (12,), "", (), "Oman Tax Authority, VAT", "OM and 10 digits", "OM1100012345"),
    "pk.ntn": (r"[0-9]{7,8}", (7, 8), "", (), "stdnum-js pk/ntn; Federal Board of Revenue (FBR)", "7 digits, often written with an 8th (a check digit whose rule is not published) after a dash", "1234567-8"),
    "ph.tin": (r"[0-9]{9}(?:[0-9]{3}|[0-9]{5})?", (9, 12, 14), "", (), "Bureau of Internal Revenue (BIR)", "9 digits and a 3- or 5-digit branch code", "123-456-789-000"),
    "ru.kpp": (r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}", (9,), "", (), "Federal Tax Service of Russia, KPP", "tax office (4 digits), reason (2 digits or letters), 3 digits", "773601001"),
    "sa.vat": (r"3[0-9]{13}3", (15,), "", (), "ZATCA, e-invoicing data dictionary (BR-KSA-39)", "15 digits, the first and the last 3", "310122393500003"),
    "sg.gst": (r"M[0-9A-Z][0-9]{7}[A-Z]", (10,), "", (), "Inland Revenue Authority of Singapore, GST registration", "M, a digit or letter, 7 digits, a check letter (its rule is not published)", "M90312345A"),
    "sr.fin": (r"[0-9]{10}", (10,), "", (), _STRIPE, "10 digits", "1234567890"),
    "tj.inn": (r"[0-9]{9}", (9,), "", (), _STRIPE, "9 digits", "123456789"),
    "tt.bir": (r"[0-9]{10}", (10,), "", (), "Trinidad and Tobago's TIN sheet for the OECD (Inland Revenue Division): the Board of Inland Revenue file number, assigned under section 76 of the Income Tax Act to individuals and companies alike, identifies the taxpayer and no sector, taxpayer group or tax type; its length from a secondary source only (TaxDo, Trinidad and Tobago TIN guide)", "10 digits (the secondary source's \"typically\"; the OECD sheet's part at hand gives no length), held by employees, sole traders, partnerships and companies alike", "1234567890"),
    "tz.vrn": (r"[0-9]{8}[A-Z]", (9,), "", (), "Tanzania Revenue Authority, VAT registration", "8 digits and a letter", "40012345A"),
    "ua.ipn": (r"[0-9]{12}", (12,), "", (), "State Tax Service of Ukraine, VAT payer register", "12 digits", "123456789012"),
    "ug.tin": (r"[0-9]{10}", (10,), "", (), "Uganda Revenue Authority", "10 digits", "1014751879"),
    "uz.inn": (r"[0-9]{9}", (9,), "", (), _STRIPE, "9 digits", "123456789"),
    "uz.vat": (r"[0-9]{12}", (12,), "", (), _STRIPE, "12 digits", "123456789012"),
    "za.vat": (r"4[0-9]{9}", (10,), "", (), "South African Revenue Service; stdnum-js za/vat", "10 digits, the first 4", "4123456789"),
    "zm.tin": (r"[0-9]{10}", (10,), "", (), "Zambia Revenue Authority", "10 digits", "1004751879"),
    "zw.tin": (r"[0-9]{10}", (10,), "", (), _STRIPE, "10 digits", "1234567890"),
}  # fmt: skip


_NO_EXAMPLE = "Stripe's guide shows no example of it (read 2026-11)"
# name: (what else is decided or not known, more valid examples)
_MORE: dict[str, tuple[str, tuple[str, ...]]] = {
    "au.wpn": (f"{_NO_EXAMPLE}. Never b2b: the class is mixed without a discriminator and a WPN is no VAT number, so a valid WPN is b2c (reason default). Tried after au.acn and au.tfn, whose check digits are published: a number either accepts is theirs, and 8 or 9 digits that neither accepts read as a WPN, b2c as an invalid number is. Eleven digits are never a WPN: the zero-padded form could not be told from a mistyped ABN, which stays invalid (au.abn alone reads 11 digits)", ()),
    "bw.vat": (f"Nor what the digits encode: BURS says the 10th and 11th characters of an income tax TIN are 01, not what they are for VAT, so an individual's VAT number cannot be told from the same person's income tax TIN, and an I number is b2c. Later EY editions say only that the number is generated by the system. {_NO_EXAMPLE}", ("I01234567890",)),
    "tt.bir": (f"Stripe's tt_vat (the VAT registration number) is read with this type too: no format of a VAT registration number of its own was found, and the OECD sheet makes the BIR number the taxpayer's one identifier for every tax. Never b2b: it is no VAT number, and nothing in it tells a company from a person. {_NO_EXAMPLE}", ()),
}  # fmt: skip


def _doc(name: str, source: str, known: str, examples: dict[str, str]) -> str:
    more = f" {_MORE[name][0]}." if name in _MORE else ""
    shown = "".join(f">>> validate({n!r})\n{c!r}\n" for n, c in examples.items())
    return (
        f"{MODULES[name][2]}.\n\nSource: {source}. Known: {known}. Not known:"
        f" a check digit (none is published), and which numbers are issued.{more}"
        f"\n\n{shown}"
    )


def _make() -> dict[str, OwnNumber]:
    types = {}
    for name, (shape, sizes, prefix, groups, source, known, example) in _ROWS.items():
        kind = OwnNumber(name, "", shape, sizes, prefix=prefix, groups=groups)
        written = (example, *_MORE.get(name, ("", ()))[1])
        examples = {n: kind.compact(n) for n in written}
        kind.__doc__ = _doc(name, source, known, examples)
        types[name] = kind
    return types


TYPES = _make()
"""Type name: the type."""
