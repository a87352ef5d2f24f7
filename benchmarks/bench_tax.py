"""Time classify_tax_number against calling the matching stdnum module directly.

Run: ``python benchmarks/bench_tax.py [--quick]``. Prints, in one run:

* hinted numbers: the classifier with a country hint, against
  ``module.is_valid(number)`` of the module that decides each number;
* unhinted numbers: the worst time per number, over a set that exercises every
  path without a hint (VAT prefix, other prefix, self-identifying, needs-country);
* whether ``import custbridge`` imports any stdnum country module.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import timeit

from custbridge import classify_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.strategies import supported_countries

UNHINTED = [
    "DE136695976",
    "ATU13585627",
    "EL 094259216",
    "CHE-113.690.319 MWST",
    "NO 974 760 673 MVA",
    "IM5280000079",
    "BR16.727.230/0001-97",
    "CHE-113.690.319",
    "004495445B01",
    "27AAPFU0939F1ZV",
    "CAR910506BW8",
    "V-11470283-4",
    "974760673",
    "123456789012",
    "AB12345",
    "hello world",
]


def _hinted() -> list[tuple[str, str, object]]:
    """Return (number, country, module) for every seed of every country."""
    cases = []
    for label in ("b2b", "b2c"):
        for cc in supported_countries(label):
            for module, number in _tax_samples.seeds(label, cc)[:3]:
                stdnum = importlib.import_module(f"stdnum.{module}")
                cases.append((number, cc, stdnum))
    return cases


def main() -> None:
    """Print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    repeat = 3 if parser.parse_args().quick else 31
    cases = _hinted()

    def ours() -> None:
        for number, cc, _ in cases:
            classify_tax_number(number, country=cc)

    def direct() -> None:
        for number, _, module in cases:
            module.is_valid(number)  # type: ignore[attr-defined]

    ours()  # resolve modules and the country table once, as a service would
    best = [float("inf"), float("inf")]
    ratios = []
    for _ in range(repeat):  # in pairs, so a slow moment of the machine hits both
        pair = timeit.timeit(ours, number=5), timeit.timeit(direct, number=5)
        ratios.append(pair[0] / pair[1])
        best = [min(best[0], pair[0]), min(best[1], pair[1])]
    per = 1e6 / (5 * len(cases))
    print(f"hinted, {len(cases)} numbers of {len({c for _, c, _ in cases})} countries")
    print(f"  classify_tax_number   {best[0] * per:8.1f} µs per number (best)")
    print(f"  stdnum is_valid       {best[1] * per:8.1f} µs per number (best)")
    print(
        f"  ratio                 {statistics.median(ratios):8.2f}x   (target <= 1.5x;"
        " median of back-to-back pairs)"
    )

    worst = ("", 0.0)
    for number in UNHINTED:
        classify_tax_number(number)
        runs = timeit.repeat(
            lambda n=number: classify_tax_number(n), number=20, repeat=repeat
        )
        worst = max(worst, (number, min(runs) / 20), key=lambda w: w[1])
    print(f"unhinted, worst of {len(UNHINTED)}: {worst[1] * 1e3:.3f} ms", end="")
    print(f" for {worst[0]!r}   (target <= 2 ms)")

    code = (
        "import sys, custbridge;"
        " print(any(m.startswith('stdnum.') for m in sys.modules))"
    )
    loaded = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    print(f"import custbridge loads stdnum country modules: {loaded}")


if __name__ == "__main__":
    main()
