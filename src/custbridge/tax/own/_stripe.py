"""Stripe's customer tax ID types, each with the number type that reads it.

Stripe's API (the ``type`` of ``tax_id_data``, listed as a ``Literal`` in the
``stripe`` Python package 16.1.0, ``stripe/params/_tax_id_create_params.py``)
accepts 135 customer tax ID types; Stripe's guide "Customer tax IDs"
(docs.stripe.com/billing/customer/tax-ids) shows an example of most. Each row
here is (Stripe type, country, custbridge number type, Stripe's example, what
the number type raises for the example). Stripe's examples are placeholders
such as ``123456789``: where the number type refuses one, the last column names
stdnum's exception (``InvalidChecksum``: the check digit is wrong; the others:
its length, format or a fixed part), and ``tests/tax/test_own.py`` checks
that it does. ``None`` there: the example is a valid number of the type.

Every type maps to a number type. Where no format of the number itself was
found (``tt_vat``), the type is read with the number type its source supports,
and :data:`NOTES` says so. An example of ``None``: the guide's table as read
(2026-11) shows none for the type (``au_wpn``, ``bw_vat``, ``tt_bir`` and
``tt_vat`` among them: their number types cite the tax authorities' and
secondary sources instead).
"""

from __future__ import annotations

Row = tuple[str, str, str, "str | None", "str | None"]

TYPES: tuple[Row, ...] = (
    ("ad_nrt", "AD", "ad.nrt", "A-123456-Z", "InvalidComponent"),
    ("ae_trn", "AE", "ae.trn", "123456789012345", None),
    ("al_tin", "AL", "al.nipt", "J12345678N", None),
    ("am_tin", "AM", "am.tin", "02538904", None),
    ("ao_tin", "AO", "ao.nif", "5123456789", None),
    ("ar_cuit", "AR", "ar.cuit", "12-3456789-01", "InvalidComponent"),
    ("au_abn", "AU", "au.abn", "12345678912", "InvalidChecksum"),
    ("au_acn", "AU", "au.acn", None, None),
    ("au_arn", "AU", "au.arn", "123456789123", None),
    ("au_wpn", "AU", "au.wpn", None, None),
    ("aw_tin", "AW", "aw.tin", "12345678", None),
    ("az_tin", "AZ", "az.voen", "0123456789", "InvalidComponent"),
    ("ba_tin", "BA", "ba.pdv", "123456789012", None),
    ("bb_tin", "BB", "bb.tin", "1123456789012", None),
    ("bd_bin", "BD", "bd.bin", "123456789-0123", None),
    ("bf_ifu", "BF", "bf.ifu", "12345678A", None),
    ("bg_uic", "BG", "bg.vat", "123456789", "InvalidChecksum"),
    ("bh_vat", "BH", "bh.vat", "123456789012345", None),
    ("bj_ifu", "BJ", "bj.ifu", "1234567890123", None),
    ("bo_tin", "BO", "bo.nit", "123456789", None),
    ("br_cnpj", "BR", "br.cnpj", "01.234.456/5432-10", "InvalidChecksum"),
    ("br_cpf", "BR", "br.cpf", "123.456.789-87", "InvalidChecksum"),
    ("bs_tin", "BS", "bs.tin", "123.456.789", None),
    ("bw_vat", "BW", "bw.vat", None, None),
    ("by_tin", "BY", "by.unp", "123456789", "InvalidChecksum"),
    ("ca_bn", "CA", "ca.bn", "123456789", "InvalidChecksum"),
    ("ca_gst_hst", "CA", "ca.bn", "123456789RT0002", "InvalidChecksum"),
    ("ca_pst_bc", "CA", "ca.pst_bc", "PST-1234-5678", None),
    ("ca_pst_mb", "CA", "ca.pst", "123456-7", None),
    ("ca_pst_sk", "CA", "ca.pst", "1234567", None),
    ("ca_qst", "CA", "ca.qst", "1234567890TQ1234", "InvalidChecksum"),
    ("cd_nif", "CD", "cd.nif", "A0123456M", None),
    ("ch_uid", "CH", "ch.uid", "CHE-123.456.789 HR", "InvalidLength"),
    ("ch_vat", "CH", "ch.vat", "CHE-123.456.789 MWST", "InvalidChecksum"),
    ("ci_vat", "CI", "ci.ncc", None, None),
    ("cl_tin", "CL", "cl.rut", "12.345.678-K", "InvalidChecksum"),
    ("cm_niu", "CM", "cm.niu", "M123456789000L", None),
    ("cn_tin", "CN", "cn.uscc", "123456789012345678", None),
    ("co_nit", "CO", "co.nit", "123.456.789-0", "InvalidChecksum"),
    ("cr_tin", "CR", "cr.cpj", "1-234-567890", "InvalidComponent"),
    ("cv_nif", "CV", "cv.nif", "213456789", None),
    ("cz_dic", "CZ", "cz.dic", None, None),
    ("de_stn", "DE", "de.stnr", "1234567890", None),
    ("do_rcn", "DO", "do.rnc", "123-4567890-1", "InvalidLength"),
    ("ec_ruc", "EC", "ec.ruc", "1234567890001", "InvalidChecksum"),
    ("eg_tin", "EG", "eg.tn", "123456789", None),
    ("es_cif", "ES", "es.cif", "A12345678", "InvalidChecksum"),
    ("et_tin", "ET", "et.tin", "1234567890", None),
    ("eu_oss_vat", "EU", "eu.oss", "EU123456789", "InvalidComponent"),
    ("eu_vat", "DE", "eu.vat", "DE123456789", "InvalidChecksum"),
    ("fo_vat", "FO", "fo.vn", "FO123456", None),
    ("fr_siren", "FR", "fr.siren", None, None),
    ("fr_siret", "FR", "fr.siret", None, None),
    ("fr_spi", "FR", "fr.nif", None, None),
    ("gb_vat", "GB", "gb.vat", "GB123456789", "InvalidChecksum"),
    ("ge_vat", "GE", "ge.tin", "123456789", None),
    ("gh_tin", "GH", "gh.tin", None, None),
    ("gi_tin", "GI", "gi.tin", "12345", None),
    ("gn_nif", "GN", "gn.nifp", "123456789", "InvalidChecksum"),
    ("hk_br", "HK", "hk.brn", "12345678", None),
    ("hr_oib", "HR", "hr.oib", "12345678901", "InvalidChecksum"),
    ("hu_tin", "HU", "hu.adoszam", "12345678-1-23", "InvalidChecksum"),
    ("ic_nif", "ES", "es.nif", None, None),
    ("id_npwp", "ID", "id.npwp", "012.345.678.9-012.345", "InvalidChecksum"),
    ("il_vat", "IL", "il.hp", "000012345", "InvalidComponent"),
    ("in_gst", "IN", "in_.gstin", "12ABCDE3456FGZH", "InvalidComponent"),
    ("is_kt", "IS", "is_.kennitala", None, None),
    ("is_vat", "IS", "is_.vsk", "123456", None),
    ("it_cf", "IT", "it.codicefiscale", "ABCDEF12A12A123A", "InvalidChecksum"),
    ("jp_cn", "JP", "jp.cn", "1234567891234", "InvalidChecksum"),
    ("jp_rn", "JP", "jp.rn", "12345", None),
    ("jp_trn", "JP", "jp.trn", "T1234567891234", "InvalidChecksum"),
    ("ke_pin", "KE", "ke.pin", "P000111111A", None),
    ("kg_tin", "KG", "kg.inn", "12345678901234", None),
    ("kh_tin", "KH", "kh.tin", "1001-123456789", None),
    ("kr_brn", "KR", "kr.brn", "123-45-67890", None),
    ("kz_bin", "KZ", "kz.bin", "123456789012", "InvalidChecksum"),
    ("la_tin", "LA", "la.tin", "123456789-000", None),
    ("li_uid", "LI", "li.uid", "CHE123456789", "InvalidChecksum"),
    ("li_vat", "LI", "li.vat", "12345", None),
    ("lk_vat", "LK", "lk.vat", "123456789-1234", None),
    ("ma_vat", "MA", "ma.if", "12345678", None),
    ("md_cf", "MD", "md.idno", None, None),
    ("md_vat", "MD", "md.vat", "1234567", None),
    ("me_pib", "ME", "me.pib", "12345678", "InvalidChecksum"),
    ("mk_vat", "MK", "mk.edb", "MK1234567890123", "InvalidChecksum"),
    ("mr_nif", "MR", "mr.nif", "12345678", None),
    ("mu_vat", "MU", "mu.vat", None, None),
    ("mx_rfc", "MX", "mx.rfc", "ABC010203AB9", None),
    ("my_frp", "MY", "my.frp", "12345678", None),
    ("my_itn", "MY", "my.itn", "C 1234567890", None),
    ("my_sst", "MY", "my.sst", "A12-3456-78912345", None),
    ("mz_nuit", "MZ", "mz.nuit", None, None),
    ("ng_tin", "NG", "ng.tin", "12345678-0001", None),
    ("no_vat", "NO", "no.mva", "123456789MVA", "InvalidChecksum"),
    ("no_voec", "NO", "no.voec", "1234567", None),
    ("np_pan", "NP", "np.pan", "123456789", None),
    ("nz_bn", "NZ", "nz.nzbn", None, None),
    ("nz_gst", "NZ", "nz.ird", "123456789", "InvalidChecksum"),
    ("om_vat", "OM", "om.vat", "OM1234567890", None),
    ("pe_ruc", "PE", "pe.ruc", "12345678901", "InvalidComponent"),
    ("ph_tin", "PH", "ph.tin", "123456789012", None),
    ("pl_nip", "PL", "pl.nip", "1234567890", "InvalidChecksum"),
    ("pt_nif", "PT", "pt.nif", None, None),
    ("py_ruc", "PY", "py.ruc", "12345678A", "InvalidFormat"),
    ("ro_tin", "RO", "ro.cf", "1234567890123", "InvalidComponent"),
    ("rs_pib", "RS", "rs.pib", "123456789", "InvalidChecksum"),
    ("ru_inn", "RU", "ru.inn", "1234567891", "InvalidChecksum"),
    ("ru_kpp", "RU", "ru.kpp", "123456789", None),
    ("sa_vat", "SA", "sa.vat", "123456789012345", "InvalidFormat"),
    ("sg_gst", "SG", "sg.gst", "M12345678X", None),
    ("sg_uen", "SG", "sg.uen", "123456789F", "InvalidChecksum"),
    ("si_tin", "SI", "si.ddv", "12345678", "InvalidChecksum"),
    ("sm_coe", "SM", "sm.coe", None, None),
    ("sn_ninea", "SN", "sn.ninea", "12345672A2", None),
    ("sr_fin", "SR", "sr.fin", "1234567890", None),
    ("sv_nit", "SV", "sv.nit", "1234-567890-123-4", "InvalidChecksum"),
    ("th_vat", "TH", "th.moa", "1234567891234", "InvalidComponent"),
    ("tj_tin", "TJ", "tj.inn", "123456789", None),
    ("tr_tin", "TR", "tr.vkn", "0123456789", None),
    ("tt_bir", "TT", "tt.bir", None, None),
    ("tt_vat", "TT", "tt.bir", None, None),
    ("tw_vat", "TW", "tw.ubn", "12345678", "InvalidChecksum"),
    ("tz_vat", "TZ", "tz.vrn", "12345678A", None),
    ("ua_vat", "UA", "ua.ipn", "123456789", "InvalidLength"),
    ("ug_tin", "UG", "ug.tin", "1014751879", None),
    ("us_ein", "US", "us.ein", "12-3456789", None),
    ("uy_ruc", "UY", "uy.rut", "123456789012", "InvalidComponent"),
    ("uz_tin", "UZ", "uz.inn", "123456789", None),
    ("uz_vat", "UZ", "uz.vat", "123456789012", None),
    ("ve_rif", "VE", "ve.rif", "A-12345678-9", "InvalidComponent"),
    ("vn_tin", "VN", "vn.mst", "1234567890", "InvalidChecksum"),
    ("za_vat", "ZA", "za.vat", "4123456789", None),
    ("zm_tin", "ZM", "zm.tin", "1004751879", None),
    ("zw_tin", "ZW", "zw.tin", "1234567890", None),
)  # fmt: skip
"""(Stripe type, country, number type, Stripe's example, the type's refusal)"""

NOTES = {
    "au_wpn": "8 or 9 digits, format only (SuperStream clearing houses); never b2b:"
    " held by payers without an ABN, so without GST registration. Eleven digits"
    " (a WPN padded for an ABN field) are not read: a mistyped ABN stays invalid;"
    " 8 or 9 digits that are no valid ACN or TFN read as a WPN (b2c); no example",
    "bw_vat": "a letter and 11 digits, format only (EY VAT guide, BURS): C, P, T"
    " an entity (b2b), I an individual (b2c); no example",
    "ca_gst_hst": "the BN15 form of a business number (RT program account)",
    "ch_uid": "Stripe's example ends in HR (commercial register), which ch.uid"
    " does not read",
    "do_rcn": "Stripe's example has the 11 digits of a cédula, not a 9-digit RNC",
    "eu_vat": "the example's country is Germany; eu.vat reads every member state",
    "ic_nif": "Canary Islands: Spanish NIF, hinted as ES",
    "tt_bir": "10 digits, format only (a secondary source); held by persons and"
    " companies alike: never b2b; no example",
    "tt_vat": "no format of its own found: read as the BIR number, the taxpayer's"
    " one number for every tax (OECD TIN sheet), so never b2b; no example",
    "ua_vat": "Stripe's example has 9 digits; the VAT payer's IPN has 12",
}
"""Stripe type: why it maps as it does, or why its example is not valid."""


def markdown() -> str:
    """Return the reference page of Stripe's types (docs/reference/stripe-tax-ids.md)."""
    lines = [
        "# Stripe customer tax ID types",
        "",
        "Generated from `custbridge.tax.own._stripe`; a test checks that this page",
        "equals it. Every Stripe customer tax ID type, the country it is hinted",
        "with, the number type that reads it (python-stdnum's or custbridge's own),",
        "Stripe's published example, and whether that example is a valid number:",
        "most are placeholders whose check digit fails.",
        "",
        "| Stripe type | country | number type | Stripe's example | example | note |",
        "|---|---|---|---|---|---|",
    ]
    for stripe, cc, name, example, refusal in TYPES:
        text = "—" if example is None else f"`{example}`"
        verdict = (
            "" if example is None
            else "valid" if refusal is None
            else f"invalid ({refusal})"
        )  # fmt: skip
        lines.append(
            f"| `{stripe}` | {cc} | `{name}` | {text} | {verdict} | {NOTES.get(stripe, '')} |"
        )
    lines += ["", f"All {len(TYPES)} types map to a number type.", ""]
    return "\n".join(lines)
