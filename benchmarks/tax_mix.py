"""A realistic mix of tax numbers, and the least stdnum work that answers each.

The mix (:func:`corpus`) is made from a seed, so every run times the same
numbers: numbers of every country the strategies support, bare and after their
country's code or VAT prefix, written with spaces, dots and dashes as people
write them, personal and business ones, numbers with a broken check digit or
the wrong length, and junk; most with a country hint, some without.

The reference (:func:`reference`) is decided per number before anything is
timed, from the classifier's answer and python-stdnum alone: for a valid number,
``validate()`` of the module that decided it, on the form of the text that
module accepts (as written, normalised, or after the country's code); for any
other answer, ``is_valid()`` of every module of the country, on the text as
written; nothing when no country is known (the classifier then answers
"needs-country" or "invalid" from the text). The timed reference calls stdnum
functions only, never custbridge code.
"""

from __future__ import annotations

import random
import re
import string
from typing import Any

from custbridge import TaxNumberCheck, classify_tax_number
from custbridge.strategies import _samples, supported_countries
from custbridge.strategies._tax import AS_WRITTEN
from custbridge.tax import catalog

Item = tuple[str, "str | None"]
"""(the number as written, the country hint or None)"""
Call = tuple[Any, str]
"""(a stdnum function, its argument)"""

SEED = 12
SHARES = {  # row of the table: its share of the mix
    "hinted, bare": 0.35,
    "hinted, with a prefix": 0.15,
    "hinted, invalid or junk": 0.20,
    "no hint, VAT prefix": 0.20,
    "no hint, other": 0.10,
}
JUNK = ("n/a", "N/A", "none", "-", "0", "000000000", "tbd", "unknown", "123",
        "see invoice", "xxx", "1234567", "?", "private", "DE", "VAT")  # fmt: skip
_SEPARATORS = (" ", " ", ".", "-", "/")
_SPLIT = re.compile(r"[\s.\-/,:_]+")


def _seeds() -> list[tuple[str, str, str]]:
    """Return (country, module, compact number) of every seed, both labels."""
    return [
        (cc, module, number)
        for label in ("b2b", "b2c")
        for cc in supported_countries(label)
        for module, number in _samples.seeds(label, cc)
    ]


def _written(rng: random.Random, module: str, number: str) -> str:
    """Write *number* as a person might: as is, formatted, or split up."""
    if module in AS_WRITTEN:
        return number
    style = rng.random()
    if style < 0.4:  # noqa: PLR2004 - shares of the styles
        return number
    if style < 0.7:  # noqa: PLR2004
        write = getattr(_module(module), "format", None)
        try:
            return number if write is None else str(write(number))
        except Exception:  # noqa: BLE001 - format() may not take every form
            return number
    cuts = sorted(rng.sample(range(1, len(number)), min(len(number) - 1, 2)))
    pieces = [
        number[i:j] for i, j in zip([0, *cuts], [*cuts, len(number)], strict=True)
    ]
    text = rng.choice(_SEPARATORS).join(pieces)
    return text.lower() if rng.random() < 0.1 else text  # noqa: PLR2004


def _prefixed(rng: random.Random, cc: str, text: str) -> str:
    code = catalog.vat_prefix(cc) or cc
    return code + rng.choice(("", "", " ", "-")) + text


def _broken(rng: random.Random, number: str) -> str:
    """Change the check digit, drop a character or add one."""
    way = rng.random()
    if way < 0.6 or len(number) < 3:  # noqa: PLR2004 - a check digit, most often
        pool = string.digits if number[-1].isdigit() else string.ascii_uppercase
        return number[:-1] + rng.choice(pool.replace(number[-1].upper(), ""))
    if way < 0.8:  # noqa: PLR2004
        at = rng.randrange(1, len(number) - 1)
        return number[:at] + number[at + 1 :]
    return number + rng.choice(string.digits)


def _junk(rng: random.Random) -> str:
    way = rng.random()
    if way < 0.6:  # noqa: PLR2004
        return rng.choice(JUNK)
    if way < 0.8:  # noqa: PLR2004
        return "".join(rng.choices(string.digits, k=rng.randint(4, 14)))
    return "".join(
        rng.choices(string.ascii_uppercase + string.digits, k=rng.randint(5, 12))
    )


def corpus(size: int, seed: int = SEED) -> dict[str, list[Item]]:
    """Return *size* numbers by row of the table, the same for the same seed."""
    rng = random.Random(seed)
    seeds = _seeds()
    vat = [
        s
        for s in seeds
        if catalog.vat_prefix(s[0]) and catalog.number_type(s[1]).is_vat
    ]
    named = set(catalog.self_identifying())
    own = [s for s in seeds if s[1] in named]
    rows: dict[str, list[Item]] = {row: [] for row in SHARES}
    for row, share in SHARES.items():
        for _ in range(round(size * share)):
            cc, module, number = rng.choice(seeds)
            text = _written(rng, module, number)
            if row == "hinted, bare":
                rows[row].append((text, cc))
            elif row == "hinted, with a prefix":
                rows[row].append((_prefixed(rng, cc, text), cc))
            elif row == "hinted, invalid or junk":
                bad = _junk(rng) if rng.random() < 0.25 else _broken(rng, number)  # noqa: PLR2004
                rows[row].append((_written(rng, module, bad), cc))
            elif row == "no hint, VAT prefix":
                cc, module, number = rng.choice(vat)
                if rng.random() < 0.3:  # noqa: PLR2004 - a third invalid
                    number = _broken(rng, number)
                rows[row].append(
                    (_prefixed(rng, cc, _written(rng, module, number)), None)
                )
            else:  # self-identifying, a bare number that needs a country, junk
                way = rng.random()
                if way < 0.5:  # noqa: PLR2004
                    cc, module, number = rng.choice(own)
                    text = _written(rng, module, number)
                rows[row].append((_junk(rng) if way > 0.85 else text, None))  # noqa: PLR2004
    return rows


def _module(name: str) -> Any:
    """The module of number type *name*: python-stdnum's, or custbridge's own."""
    return catalog.number_type(name).module


def _forms(text: str, cc: str | None) -> list[str]:
    """The text as written, normalised, and after the country's code."""
    norm = _SPLIT.sub("", text.strip()).upper()
    forms = [text, norm]
    codes = {cc, catalog.vat_prefix(cc) if cc else None, "UK" if cc == "GB" else None}
    if norm[:2] in codes - {None}:
        forms += [text.strip()[2:].lstrip(" .-/"), norm[2:]]
    return forms


def reference(item: Item, check: TaxNumberCheck) -> list[Call]:
    """Return the least stdnum work that reaches *check*, the classifier's answer."""
    text, hint = item
    cc = check.country or hint
    if check.valid:
        names = (
            [check.number_type]
            if check.number_type
            else [t.name for t in catalog.number_types(cc or "")]
        )  # "ambiguous": the modules of both kinds that accept it
        calls = []
        for name in names:
            validate = _module(name).validate  # type: ignore[union-attr]
            # The classifier's compact form last: at.businessid reads a lower-case
            # check letter only, so "122119T" passes as "122119t".
            for form in [*_forms(text, cc), check.compact]:
                try:
                    validate(form)
                except Exception:  # noqa: BLE001, S112 - not this form
                    continue
                calls.append((validate, form))
                break
        if not calls:
            msg = f"no stdnum module reaches {check!r} for {item!r}"
            raise AssertionError(msg)
        return calls
    if cc is None:
        return []
    return [(_module(t.name).is_valid, text) for t in catalog.number_types(cc)]


def paired(items: list[Item]) -> tuple[list[Item], list[Call]]:
    """Return *items* and their reference calls, checked against the classifier."""
    calls: list[Call] = []
    for item in items:
        check = classify_tax_number(item[0], country=item[1])
        calls.extend(reference(item, check))
    for function, argument in calls:
        function(argument)  # every module imported, nothing raises
    return items, calls
