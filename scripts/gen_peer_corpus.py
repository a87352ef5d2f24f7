"""Write tests/tax/peers/corpus.tsv: the numbers the peer oracles are asked about.

Run when the pinned python-stdnum or the peers' countries change:
``python scripts/gen_peer_corpus.py`` (``--check`` says whether the file is
current instead). Deterministic: the same python-stdnum gives the same file.

Every number is made here, none is copied from another project. For each
country in ``tests/tax/peers/oracles.toml`` and each of its python-stdnum
number types, in the classifier's order:

- valid numbers: the examples in the type's python-stdnum docstring that the
  type accepts (``custbridge.strategies._samples.examples``), variants of them
  with middle digits changed and the check digit recomputed by the type's own
  ``calc_check_digit`` (``_samples.variants``), and more variants with middle
  digits changed and the last two digits chosen as the first pair the type
  accepts (for types without ``calc_check_digit``, or whose check digits are
  not last). Every random choice is seeded by the number, so reproducible;
- broken numbers: each valid one with its last digit changed (else its last
  character, ``_samples.corrupt``) so that no number type of the country
  accepts it: a broken check digit in most types.

Each number is written in the forms people use: ``compact`` (python-stdnum's
compact form), ``formatted`` (the type's ``format()``, where it differs),
``code``, ``code-space`` and ``code-formatted`` (the country's VAT prefix, or
else its ISO code, in front: glued, after a space, before the formatted
number) and, for Greece, ``iso`` (``GR`` in front, as well as ``EL``).
Numbers that already start with the code (``CHE…``) get no code forms, and
formatted ones that do (``NO 995 525 828 MVA``) no ``code-formatted`` form.
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

import stdnum
import tomllib

from custbridge.strategies import _samples as samples
from custbridge.tax import catalog

PEERS = Path(__file__).resolve().parent.parent / "tests" / "tax" / "peers"
OUT = PEERS / "corpus.tsv"
COLUMNS = ("country", "made_as", "state", "form", "number")
MORE = 8  # tries at more variants of each example
KEPT = 2  # leading characters that keep their value (discriminators, dates)


def countries() -> list[str]:
    """Return every country the peers are asked about, sorted."""
    table = tomllib.loads((PEERS / "oracles.toml").read_text(encoding="utf-8"))
    return sorted({cc for oracles in table["oracles"].values() for cc in oracles})


def made(cc: str) -> list[tuple[str, str, str]]:
    """Return (type, state, compact number) for country *cc*, without repeats."""
    found: dict[tuple[str, str], str] = {}
    for kind in catalog.number_types(cc):
        for example in samples.examples(kind.name)[0]:
            compact = kind.validate((example,)) or example
            numbers = samples.variants(kind.name, compact)
            numbers += more_variants(kind, compact)
            for number in numbers:
                found.setdefault((number, "valid"), kind.name)
                broken = broken_digit(cc, number) or samples.corrupt(cc, number)
                if broken is not None:
                    found.setdefault((broken, "broken"), kind.name)
    return [(name, state, number) for (number, state), name in found.items()]


def more_variants(kind: catalog.NumberType, compact: str) -> list[str]:
    """Return numbers like *compact* that *kind* accepts, made by brute force."""
    digits = [i for i, ch in enumerate(compact) if ch.isdigit()]
    if len(digits) < KEPT + 3:
        return []
    last_two, middle = digits[-2:], [i for i in digits[:-2] if i >= KEPT]
    rng = random.Random(f"{kind.name} {compact}")  # noqa: S311 - test data
    found = []
    for _ in range(MORE):
        body = list(compact)
        for i in middle:
            body[i] = rng.choice(string.digits)
        for pair in range(100):
            tens, ones = divmod(pair, 10)
            body[last_two[0]], body[last_two[1]] = str(tens), str(ones)
            number = "".join(body)
            if kind.validate((number,)) == number:
                found.append(number)
                break
    return found


def broken_digit(cc: str, number: str) -> str | None:
    """Return *number* with its last digit changed, valid in no type of *cc*."""
    where = max((i for i, ch in enumerate(number) if ch.isdigit()), default=None)
    if where is None:
        return None
    for step in range(1, 10):
        digit = str((int(number[where]) + step) % 10)
        candidate = number[:where] + digit + number[where + 1 :]
        if all(
            samples.first_valid(cc, c) is None
            for c in {candidate, candidate.lower(), candidate.upper()}
        ):
            return candidate
    return None


def written(cc: str, name: str, number: str) -> list[tuple[str, str]]:
    """Return (form, text) for *number*, a compact number of type *name*."""
    forms = [("compact", number)]
    formatted = _formatted(name, number)
    if formatted not in (None, number):
        forms.append(("formatted", formatted))
    code = catalog.vat_prefix(cc) or cc
    if number.upper().startswith((code, cc)):
        return forms
    forms += [("code", code + number), ("code-space", f"{code} {number}")]
    if formatted not in (None, number) and not formatted.startswith((code, cc)):
        forms.append(("code-formatted", f"{code} {formatted}"))
    if code != cc:
        forms.append(("iso", cc + number))
    return forms


def _formatted(name: str, number: str) -> str | None:
    write = getattr(catalog.number_type(name).module, "format", None)
    if write is None:
        return None
    try:
        return str(write(number))
    except Exception:  # noqa: BLE001 - a broken number format() cannot take
        return None


def corpus() -> str:
    """Return the whole file."""
    rows = [
        (cc, name, state, form, text)
        for cc in countries()
        for name, state, number in made(cc)
        for form, text in written(cc, name, number)
    ]
    header = [
        "# The numbers tests/tax/test_peers.py asks the peer oracles about.",
        f"# Made by scripts/gen_peer_corpus.py, python-stdnum {stdnum.__version__}.",
        "# Valid numbers: python-stdnum's docstring examples of every number type",
        "# of each country, and variants with the check digit recomputed by the",
        "# type's calc_check_digit. Broken: the last character changed so that no",
        "# type of the country accepts the number. Forms: see the script.",
        f"# {len(rows)} numbers, {len({r[0] for r in rows})} countries.",
        "\t".join(COLUMNS),
    ]
    return "\n".join(header + ["\t".join(row) for row in rows]) + "\n"


def main(argv: list[str]) -> int:
    """Write the corpus, or with ``--check`` say whether it is current."""
    if argv[1:] not in ([], ["--check"]):
        print(f"usage: {argv[0]} [--check]", file=sys.stderr)
        return 2
    text = corpus()
    if argv[1:] == ["--check"]:
        current = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("corpus.tsv is current" if current else "corpus.tsv is stale")
        return 0 if current else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
