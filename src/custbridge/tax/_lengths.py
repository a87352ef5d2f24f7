"""How many letters and digits a number can have, for the modules tried early.

A country's modules are tried in order and the first that accepts a number
decides (see the B2B/B2C policy), so a number of the last module is first
refused by all the others: a whole stdnum validation each, most of it stdnum
cleaning the text. A module that accepts no number of a given length need not
be asked. Each entry says how many letters and digits an input that the module
accepts can have, read from the module's ``compact()`` and ``validate()`` in
python-stdnum 2.2 (pinned): the number's own lengths, the same with the country
prefix that ``compact()`` removes, and the shorter forms it pads. The classifier
uses an entry only for a number written in ASCII letters, digits and the
separators it removes, where the count cannot be wrong.

Modules left out are always asked: those whose ``compact()`` splits or rewrites
the text (``at.businessid``, ``de.handelsregisternummer``, ``fr.rcs``,
``gb.utr``, ``ro.onrc``) and every country's last module, which no other module
waits for. ``tests/test_lengths.py`` checks every entry against stdnum itself.
"""

from __future__ import annotations

_SIZES: dict[str, tuple[int, ...]] = {
    "ar.cuit": (11,),
    "at.tin": (9,),
    "at.uid": (9, 11),  # U and 8 digits; AT
    "au.abn": (11,),
    "au.acn": (9,),
    "be.bis": (11,),
    "be.eid": (12,),
    "be.nn": (11,),
    "be.vat": (9, 10, 11, 12),  # 9 digits padded to 10; BE
    "bg.egn": (10,),
    "bg.vat": (9, 10, 11, 12),  # BG
    "br.cnpj": (14,),
    "ca.bc_phn": (10,),
    "ca.bn": (9, 15),  # 9 digits, or with RC/RM/RP/RT and 4 digits
    "ch.uid": (9, 12),  # CHE added to 9 digits
    "ch.vat": (15, 16),  # CHE, 9 digits, MWST/TVA/IVA/TPV
    "cn.uscc": (18,),
    "cr.cpf": tuple(range(1, 11)),  # each dash-separated group is padded
    "cr.cpj": (10,),
    "cz.dic": (8, 9, 10, 11, 12),  # CZ
    "de.stnr": (10, 11, 13),
    "de.vat": (9, 11),  # DE
    "dk.cvr": (8, 10),  # DK
    "do.rnc": (8, 9),  # 8 on its list of known numbers
    "ec.ruc": (13,),
    "ee.kmkr": (9, 11),  # EE
    "ee.registrikood": (8,),
    "es.cif": (9,),
    "es.dni": (9,),
    "es.nif": (9, 11),  # ES
    "fi.alv": (8, 10),  # FI
    "fi.associationid": (1, 2, 3, 4, 5, 6),
    "fi.hetu": (10, 11),  # the century sign is - or + (10) or a letter (11)
    "fi.ytunnus": (8, 10),  # FI
    "fr.accise": (12, 13),  # its last character is not checked: may be a separator
    "fr.nif": (13,),
    "fr.siren": (9,),
    "fr.siret": (14,),
    "fr.tva": (11, 13),  # FR
    "gb.nhs": (10,),
    "gb.vat": (5, 7, 9, 11, 12, 13, 14),  # GD/HA + 3, 9, GD8888 + 5, 12; GB or XI
    "gr.vat": (8, 9, 10, 11),  # 8 digits padded to 9; EL or GR
    "id.npwp": (15, 16),
    "ie.vat": (8, 9, 10, 11),  # IE
    "il.hp": (9,),
    "in_.aadhaar": (12,),
    "in_.epic": (10,),
    "in_.gstin": (15,),
    "in_.pan": (10,),
    "is_.vsk": (5, 6, 7, 8),  # IS
    "it.iva": (11, 13),  # IT
    "jp.cn": (13,),
    "kr.brn": (10,),
    "lt.pvm": (9, 11, 12, 14),  # LT
    "mx.rfc": (10, 12, 13),
    "nl.bsn": tuple(range(1, 10)),  # padded to 9 digits
    "nl.btw": tuple(range(4, 15)),  # its BSN part is padded to 9 digits; NL
    "nl.identiteitskaartnummer": (9,),
    "no.mva": (12, 14),  # 9 digits and MVA; NO
    "no.orgnr": (9,),
    "pe.ruc": (11,),
    "pl.nip": (10, 12),  # PL
    "pl.regon": (9, 14),
    "pt.nif": (9, 11),  # PT
    "ro.cf": (*range(2, 14), 15),  # 2 to 10 digits or a 13-digit CNP; RO
    "ro.cui": tuple(range(2, 13)),  # 2 to 10 digits; RO
    "ru.inn": (10, 12),
    "se.orgnr": (10,),
    "se.vat": (12, 14),  # SE
    "si.ddv": (8, 10),  # SI
    "si.maticna": (7, 10),
    "sk.dph": (10, 12),  # SK
    "th.moa": (13,),
    "tr.vkn": (10,),
    "ua.edrpou": (8,),
    "us.atin": (9,),
    "us.ein": (9,),
    "us.itin": (9,),
    "us.ptin": (9,),
    "za.tin": (10,),
}

LENGTHS: dict[str, frozenset[int]] = {
    name: frozenset(sizes) for name, sizes in _SIZES.items()
}
"""Module name: the numbers of letters and digits an input it accepts can have."""
