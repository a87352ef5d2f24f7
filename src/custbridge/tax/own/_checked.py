"""custbridge's own number types that have a published check digit.

Every example in a docstring below is valid; the tests check at least five
valid numbers of each type and that every one-character change of them fails.
"""

from __future__ import annotations

from custbridge.tax.own import _checks
from custbridge.tax.own._number import OwnNumber

TYPES = {
    t.name: t
    for t in (
        OwnNumber(
            "ca.qst",
            """QST number (Québec Sales Tax registration number).

            Source: Revenu Québec's QST number validation service; the check
            digit as stdnum-js ``ca/qst`` (secondary) computes it. Known: 10
            digits, the letters ``TQ``, a 4-digit file number other than
            ``0000``; the 10th digit is a check digit over the first 9
            (weights 4, 3, 2, 7, 6, 5, 4, 3, 2, modulo 11). Not known: what
            the first 9 digits encode. Stripe writes it ``1234567890TQ1234``.

            >>> validate('7917023659 TQ 0001')
            '7917023659TQ0001'
            """,
            r"[0-9]{10}TQ[0-9]{4}",
            (16,),
            check=_checks.qst,
            groups=(10, 2, 4),
        ),
        OwnNumber(
            "hu.adoszam",
            """Adószám (Hungarian tax number of businesses and sole traders).

            Source: the Hungarian tax authority (NAV) number layout: an
            8-digit törzsszám whose 8th digit is a check digit (the same
            check as the community VAT number, stdnum ``hu.anum``), a VAT
            status digit 1 to 5, and a 2-digit county code. Known: the
            check digit and the digit ranges. Not known here: the list of
            county codes (any two digits are accepted).

            >>> validate('12892312-1-42')
            '12892312142'
            """,
            r"[0-9]{8}[1-5][0-9]{2}",
            (11,),
            check=_checks.hu_tax_number,
            groups=(8, 1, 2),
        ),
        OwnNumber(
            "jp.trn",
            """Tōroku bangō (登録番号, Japanese qualified invoice registration number).

            Source: National Tax Agency (国税庁), qualified invoice issuer
            registration: ``T`` and the holder's 13-digit corporate number
            (法人番号), whose first digit is a check digit published by the
            NTA (checked with stdnum ``jp.cn``). Known: all of it for
            corporations. Not known: sole proprietors get ``T`` and a
            13-digit number that is not a corporate number; such numbers are
            refused here.

            >>> validate('T7000012050002')
            'T7000012050002'
            """,
            r"T[0-9]{13}",
            (14,),
            check=_checks.jp_corporate,
        ),
        OwnNumber(
            "kz.bin",
            """BIN (Бизнес-идентификационный номер, Kazakh business number).

            Source: the Kazakh rules for forming IIN and BIN (Ministry of
            Justice of Kazakhstan): 12 digits, the registration year and
            month, the 5th digit the type of entity (4 resident legal
            entity, 5 non-resident, 6 individual entrepreneur in joint
            venture), the 12th a check digit (weights 1-11, else 3-11, 1, 2,
            modulo 11). Not known here: the 6th digit's meaning.

            >>> validate('080440643307')
            '080440643307'
            """,
            r"[0-9]{4}[456][0-9]{7}",
            (12,),
            check=_checks.kz,
            calc_check_digit=_checks.kz_check_digit,
        ),
        OwnNumber(
            "kz.iin",
            """IIN (Индивидуальный идентификационный номер, Kazakh personal number).

            Source: the same rules as the BIN: 12 digits, the date of birth
            (YYMMDD), a digit 1 to 6 for century and sex, four serial digits
            and the check digit. Known: the date's shape is checked only as
            far as the 5th digit (0 to 3, which tells it from a BIN).

            >>> validate('850312590417')
            '850312590417'
            """,
            r"[0-9]{2}[01][0-9][0-3][0-9][1-6][0-9]{5}",
            (12,),
            check=_checks.kz,
            calc_check_digit=_checks.kz_check_digit,
        ),
        OwnNumber(
            "li.uid",
            """UID of a Liechtenstein business, in its Swiss ``CHE`` form.

            Source: Stripe's ``li_uid`` type and example (``CHE123456789``):
            Liechtenstein businesses registered for Swiss-Liechtenstein VAT
            hold a UID in the Swiss form; the check digit is the Swiss UID's
            (stdnum ``ch.uid``). Not known: the Liechtenstein register's own
            ``FL-`` numbers, which are not accepted here.

            >>> validate('CHE-396.121.712')
            'CHE396121712'
            """,
            r"CHE[0-9]{9}",
            (12,),
            check=_checks.ch_uid,
        ),
        OwnNumber(
            "nz.nzbn",
            """NZBN (New Zealand Business Number).

            Source: New Zealand Companies Office, NZBN: a 13-digit Global
            Location Number beginning ``94`` (GS1 New Zealand's prefix),
            whose last digit is the GS1 mod-10 check digit (GS1 General
            Specifications, 7.9). Known: all of it.

            >>> validate('9403648613167')
            '9403648613167'
            """,
            r"94[0-9]{11}",
            (13,),
            check=_checks.gs1,
            calc_check_digit=_checks.gs1_check_digit,
        ),
    )
}
"""Type name: the type."""
