"""Valid and invalid tax numbers of every module, made with stdnum's own helpers.

The seeds are the examples in each stdnum module's docstring. Variants change
digits in the middle of a seed and recompute the check digit with the module's
``calc_check_digit``; a variant that the module does not accept is replaced by its
seed, so every number here is valid (or invalid) by construction. Which label a
number should get comes from the module table and discriminators, never from the
classifier, so tests that compare the two are not circular.
"""

from __future__ import annotations

import ast
import doctest
import functools
import random
import string

from custbridge.tax import catalog
from custbridge.tax.catalog import Kind

Sample = tuple[str, str]
"""(module name, compact number)"""

_PARSER = doctest.DocTestParser()
_PROTECTED = 4  # leading characters that carry discriminators stay as they are
_VARIANTS = 6


@functools.cache
def examples(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the (valid, invalid) numbers in module *name*'s docstring examples."""
    kind = catalog.number_type(name)
    valid: list[str] = []
    invalid: list[str] = []
    for example in _PARSER.get_examples(kind.module.__doc__ or ""):
        call = example.source.strip()
        if not call.startswith(("validate(", "is_valid(")):
            continue
        try:
            argument = ast.literal_eval(call[call.index("(") : call.rindex(")") + 1])
        except (ValueError, SyntaxError):  # several arguments, or not literals
            continue
        if not isinstance(argument, str):
            continue
        ok = kind.validate((argument,)) is not None
        (valid if ok else invalid).append(argument)
    return tuple(valid), tuple(invalid)


def policy(name: str, compact: str) -> str | None:
    """Return the label the policy gives a valid number of *name* (section 2)."""
    kind = catalog.number_type(name)
    if kind.kind is Kind.BUSINESS:
        return "b2b"
    if kind.kind is Kind.PERSONAL:
        return "b2c"
    entity = catalog.entity(name, compact)
    if entity is not None:
        return "b2b" if entity else "b2c"
    return "b2b" if kind.is_vat else "b2c"


def first_valid(cc: str, number: str) -> str | None:
    """Return the first module of *cc* accepting *number*, in the classifier's order."""
    for kind in catalog.number_types(cc):
        if kind.validate((number,)) is not None:
            return kind.name
    return None


def variants(name: str, compact: str) -> list[str]:
    """Return *compact* and numbers like it, valid by construction, for *name*."""
    module = catalog.number_type(name).module
    calc = getattr(module, "calc_check_digit", None)
    found = [compact]
    if calc is None or _check_digit(calc, compact[:-1]) != compact[-1]:
        return found
    rng = random.Random(compact)  # noqa: S311 - reproducible test data, not secrets
    for _ in range(_VARIANTS):
        body = [
            rng.choice(string.digits) if i >= _PROTECTED and ch.isdigit() else ch
            for i, ch in enumerate(compact[:-1])
        ]
        number = "".join(body)
        number += _check_digit(calc, number) or ""
        if catalog.number_type(name).validate((number,)) == number:
            found.append(number)
    return found


def _check_digit(calc: object, body: str) -> str | None:
    try:
        return str(calc(body))  # type: ignore[operator]
    except Exception:  # noqa: BLE001 - a body the helper cannot handle
        return None


@functools.cache
def seeds(label: str, cc: str) -> tuple[Sample, ...]:
    """Return numbers of country *cc* that the policy labels *label*.

    The label is that of the first of the country's modules to accept the
    number, in the order a country hint tries them. In the US and Canada,
    where only the formatting tells a business from a person, numbers are
    written in the form that decides and bare 9-digit numbers are left out.
    """
    if cc == "US":
        return _united_states(label)
    found: list[Sample] = []
    for kind in catalog.number_types(cc):
        for example in examples(kind.name)[0]:
            compact = kind.validate((example,)) or example  # valid by selection
            for number in variants(kind.name, compact):
                module = first_valid(cc, number)
                if cc == "CA" and number.isdigit() and len(number) == _BARE_LENGTH:
                    continue  # valid as a BN and as a SIN alike
                if module is not None and policy(module, number) == label:
                    found.append((module, number))
    return tuple(dict.fromkeys(found))


_BARE_LENGTH = 9
_US = {"b2b": ("us.ein",), "b2c": ("us.ssn", "us.itin", "us.atin", "us.ptin")}


def _united_states(label: str) -> tuple[Sample, ...]:
    found: list[Sample] = []
    for name in _US.get(label, ()):
        kind = catalog.number_type(name)
        write = getattr(kind.module, "format", str)  # a PTIN has one form
        for example in examples(name)[0]:
            compact = kind.validate((example,)) or example  # valid by selection
            found.extend((name, write(n)) for n in variants(name, compact))
    return tuple(dict.fromkeys(found))


def corrupt(cc: str, number: str) -> str | None:
    """Return *number* with its last character changed, accepted by no module of *cc*.

    Returns None when every such change is accepted somewhere.
    """
    last = number[-1]
    pool = string.digits if last.isdigit() else string.ascii_uppercase
    start = pool.index(last) if last in pool else 0
    for step in range(1, len(pool)):
        candidate = number[:-1] + pool[(start + step) % len(pool)]
        if all(
            first_valid(cc, c) is None
            for c in {candidate, candidate.lower(), candidate.upper()}
        ):
            return candidate
    return None


__all__ = ["corrupt", "examples", "policy", "seeds", "variants"]
