"""Mutation testing of the modules that encode rules, with Cosmic Ray.

Coverage says a line ran; a mutant says whether a test would fail if the line
said something else. For each rule module this copies the repository (Cosmic Ray
edits the files it mutates), runs Cosmic Ray on that one module with a fast
subset of the suite, and prints what it found:

    python scripts/mutate.py discriminators rules   # some modules
    python scripts/mutate.py --all                  # every one (hours on 2 cores)
    python scripts/mutate.py --check                # the survivors file is current

A survivor that cannot be killed because it does not change behaviour (an
equivalent mutant) is listed in ``scripts/mutation-survivors.toml`` with the
reason; it is counted as equivalent, not as a survivor. ``--check`` fails when an
entry names a line that no longer exists, so the file cannot go stale; it needs
no Cosmic Ray and takes a moment. Run the modules a change touches after any
change to a rule. Needs Python 3.11+ (``tomllib``) and ``cosmic-ray`` on PATH
or given with ``--cosmic-ray``.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
SURVIVORS = Path(__file__).resolve().parent / "mutation-survivors.toml"
TIMEOUT = 60.0  # seconds a mutant's tests may take; slower counts as killed

_TAX = "tests/tax/test_tax.py"
_SOURCES = "tests/tax/test_rule_sources.py"
_CODES = "tests/tax/test_rule_sources_codes.py"
_LIMITS = "tests/test_rule_limits.py"
_OWN = "tests/tax/test_own.py"
_OWN_CHECKS = "tests/tax/test_own_checks.py"
_OWN_FORMATS = "tests/tax/test_own_formats.py"

# name: (module, the tests that exercise it, fast enough to run once a mutant)
MODULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "taxonomy": (
        "src/custbridge/tax/_taxonomy.py",
        (
            _SOURCES,
            _CODES,
            _TAX,
            "-k",
            "rule_sources or docstring_examples or generated",
        ),
    ),
    "discriminators": (
        "src/custbridge/tax/_discriminators.py",
        (
            _SOURCES,
            _CODES,
            _TAX,
            "-k",
            "rule_sources or discriminator or docstring or pitfall",
        ),
    ),
    "special": (
        "src/custbridge/tax/_special.py",
        (_CODES, _TAX, "-k", "pitfall or special or us_ or ca_ or docstring"),
    ),
    "kinds": ("src/custbridge/tax/_kinds.py", (_SOURCES, _CODES, _TAX)),
    "lengths": (
        "src/custbridge/tax/_lengths.py",
        ("tests/tax/test_length_examples.py",),
    ),
    "types": (
        "src/custbridge/tax/_types.py",
        (
            "tests/tax/test_types.py",
            "tests/tax/test_number_type.py",
            "tests/tax/test_dropped.py",
            "tests/tax/test_letterless.py",
            "tests/tax/test_country.py",
        ),
    ),
    "own": (
        "src/custbridge/tax/own/__init__.py",
        (_OWN, _OWN_FORMATS, "tests/tax/test_own_sourced.py"),
    ),
    "own_checks": ("src/custbridge/tax/own/_checks.py", (_OWN_CHECKS, _OWN)),
    "own_number": ("src/custbridge/tax/own/_number.py", (_OWN_FORMATS, _OWN)),
    "own_checked": (
        "src/custbridge/tax/own/_checked.py",
        (_OWN_FORMATS, _OWN_CHECKS, _OWN),
    ),
    "own_formats": ("src/custbridge/tax/own/_formats.py", (_OWN_FORMATS, _OWN)),
    "rules": (
        "src/custbridge/_rules.py",
        (_LIMITS, "tests/test_models.py", "tests/converters/test_wire.py"),
    ),
    "json_values": (
        "src/custbridge/_json_values.py",
        (_LIMITS, "tests/test_models.py", "tests/converters/test_wire.py"),
    ),
    "response": ("src/custbridge/response.py", (_LIMITS, "tests/test_models.py")),
    "field_table": ("src/custbridge/mapping/_field_table.py", ("tests/mapping",)),
    "addresses": ("src/custbridge/mapping/_addresses.py", ("tests/mapping", _LIMITS)),
    "json": (
        "src/custbridge/_json.py",
        ("tests/converters/test_wire.py", "tests/batch/test_read.py"),
    ),
    "fused": (
        "src/custbridge/converters/_fused.py",
        ("tests/converters/test_fused.py",),
    ),
    "typed": ("src/custbridge/_typed.py", ("tests/test_typed.py",)),
    "wire": (
        "src/custbridge/converters/_wire.py",
        (
            "tests/converters/test_wire.py",
            "tests/converters/test_wire_rules.py",
            "tests/converters/test_wire_dates.py",
            _LIMITS,
        ),
    ),
}


@dataclass(frozen=True)
class Accepted:
    """A survivor known to be equivalent: the line, its mutant, and why."""

    module: str
    line: str
    mutant: str
    reason: str


@dataclass
class Counts:
    """What one module's run found."""

    generated: int = 0
    killed: int = 0
    equivalent: int = 0
    annotations: int = 0
    incompetent: int = 0
    survivors: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: float = 0.0


def accepted() -> list[Accepted]:
    """Return the entries of the accepted-survivors file."""
    data = tomllib.loads(SURVIVORS.read_text(encoding="utf-8"))
    return [Accepted(**entry) for entry in data.get("survivor", [])]


def check(entries: list[Accepted]) -> list[str]:
    """Return a sentence for each entry whose module or line no longer exists."""
    stale = []
    for entry in entries:
        path = ROOT / entry.module
        if entry.module not in {m for m, _ in MODULES.values()}:
            stale.append(f"{entry.module}: not a module this script mutates")
        elif not path.exists():
            stale.append(f"{entry.module}: no such file")
        elif entry.line not in {s.strip() for s in path.read_text().splitlines()}:
            stale.append(f"{entry.module}: no line {entry.line!r}")
    return stale


def annotations(source: str) -> tuple[list[tuple[int, int, int, int]], bool]:
    """Return where *source*'s annotations are, and if it has a ``|`` elsewhere.

    Under ``from __future__ import annotations`` an annotation is never
    evaluated, so a mutant inside one is equivalent by construction; without
    that import none is reported. When the module has no ``|`` outside its
    annotations, every ``|`` operator mutant is one of them and is not run.
    """
    tree = ast.parse(source)
    lazy = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(a.name == "annotations" for a in node.names)
        for node in tree.body
    )
    if not lazy:
        return [], True
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found = [node.returns] + [
                a.annotation
                for a in (
                    *node.args.posonlyargs,
                    *node.args.args,
                    *node.args.kwonlyargs,
                )
            ]
            found += [a.annotation for a in (node.args.vararg, node.args.kwarg) if a]
        elif isinstance(node, ast.AnnAssign):
            found = [node.annotation]
        else:
            continue
        spans += [
            (n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0)
            for n in found
            if n is not None
        ]
    bit_or = [
        (n.lineno, n.col_offset)
        for n in ast.walk(tree)
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr)
    ]
    return spans, any(not _inside(spans, *at) for at in bit_or)


def _inside(spans: list[tuple[int, int, int, int]], line: int, col: int) -> bool:
    return any((a, b) <= (line, col) < (c, d) for a, b, c, d in spans)


def _copy(into: Path) -> Path:
    tree = into / "repo"
    shutil.copytree(
        ROOT,
        tree,
        ignore=shutil.ignore_patterns(".git", "__pycache__", "*.sqlite", ".venv"),
    )
    return tree


def _changed_lines(diff: str) -> tuple[str, str]:
    """Return the first removed and the first added line of a unified diff."""
    old = [s[1:].strip() for s in diff.splitlines() if s[:1] == "-" and s[:3] != "---"]
    new = [s[1:].strip() for s in diff.splitlines() if s[:1] == "+" and s[:3] != "+++"]
    return (old[0] if old else ""), (new[0] if new else "")


def run(
    name: str, tree: Path, cosmic_ray: str, known: list[Accepted]
) -> tuple[Counts, set[Accepted]]:
    """Mutate module *name* in *tree*; return the counts and the entries used."""
    module, tests = MODULES[name]
    # Plain asserts: a mutant only needs pass or fail, and rewriting the
    # asserts of every plugin's modules (all of Hypothesis) on each run, with
    # no bytecode written, costs more than most subsets take.
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
    command += ["--assert=plain"]
    quoted = " ".join(f"'{a}'" if " " in a else a for a in (*command, *tests))
    spans, other_bit_or = annotations((tree / module).read_text(encoding="utf-8"))
    skip = [] if other_bit_or else ["core/ReplaceBinaryOperator_BitOr_.*"]
    config = tree / f"mutate-{name}.toml"
    config.write_text(
        "[cosmic-ray]\n"
        f"module-path = {json.dumps(module)}\n"
        f"timeout = {TIMEOUT}\n"
        "excluded-modules = []\n"
        f"test-command = {json.dumps(quoted)}\n"
        '[cosmic-ray.distributor]\nname = "local"\n'
        "[cosmic-ray.filters.operators-filter]\n"
        f"exclude-operators = {json.dumps(skip)}\n",
        encoding="utf-8",
    )
    filter_operators = Path(cosmic_ray).with_name("cr-filter-operators")
    session = tree / f"mutate-{name}.sqlite"
    env = os.environ | {"PYTHONPATH": str(tree / "src")}
    start = time.monotonic()
    # The unmutated tests must pass, or every mutant would count as killed.
    for step in (
        [cosmic_ray, "baseline", config],
        [cosmic_ray, "init", config, session],
        [filter_operators, session, config],
        [cosmic_ray, "exec", config, session],
    ):
        subprocess.run(  # noqa: S603 - our own arguments
            [*map(str, step)],
            cwd=tree,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    dump = subprocess.run(  # noqa: S603 - our own arguments
        [cosmic_ray, "dump", str(session)],
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    counts = Counts(seconds=time.monotonic() - start)
    mine = {(a.line, a.mutant): a for a in known if a.module == module}
    used: set[Accepted] = set()
    for row in dump.splitlines():
        item, result = json.loads(row)
        if result is None or result["worker_outcome"] not in {"normal", "skipped"}:
            continue  # no mutation was possible there
        counts.generated += 1
        where = item["mutations"][0]["start_pos"]
        if result["worker_outcome"] == "skipped" or _inside(spans, *where):
            counts.annotations += 1
            continue
        if result["test_outcome"] == "killed":
            counts.killed += 1
        elif result["test_outcome"] == "incompetent":
            counts.incompetent += 1
        else:
            line, mutant = _changed_lines(result["diff"])
            if (line, mutant) in mine:
                counts.equivalent += 1
                used.add(mine[line, mutant])
            else:
                operator = item["mutations"][0]["operator_name"]
                counts.survivors.append((operator, line, mutant))
    return counts, used


def report(name: str, counts: Counts) -> None:
    """Print one module's counts and its unexplained survivors."""
    print(
        f"{name}: {counts.generated} generated, {counts.killed} killed,"
        f" {len(counts.survivors)} survived, {counts.equivalent} equivalent"
        f" (+{counts.annotations} in annotations),"
        f" {counts.incompetent} incompetent, {counts.seconds:.0f} s"
    )
    for operator, line, mutant in counts.survivors:
        print(f"  survived {operator}\n    - {line}\n    + {mutant}")


def main(argv: list[str] | None = None) -> int:
    """Run the modules asked for; return 1 if anything survived unexplained."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=", ".join(MODULES))
    parser.add_argument("--all", action="store_true", help="every rule module")
    parser.add_argument("--check", action="store_true", help="survivors file only")
    parser.add_argument("--cosmic-ray", default=shutil.which("cosmic-ray"))
    parser.add_argument("--keep", type=Path, help="work here and keep the copy")
    args = parser.parse_args(argv)
    known = accepted()
    stale = check(known)
    for sentence in stale:
        print(f"stale survivors entry: {sentence}")
    if args.check:
        return 1 if stale else 0
    names = list(MODULES) if args.all else args.modules
    if not names or set(names) - set(MODULES):
        parser.error(f"name modules among {', '.join(MODULES)}, or --all")
    if args.cosmic_ray is None:
        parser.error("cosmic-ray is not on PATH: install it or give --cosmic-ray")
    failed = bool(stale)
    with tempfile.TemporaryDirectory() as scratch:
        tree = _copy(args.keep or Path(scratch))
        for name in names:
            counts, used = run(name, tree, args.cosmic_ray, known)
            report(name, counts)
            module = MODULES[name][0]
            for entry in sorted(
                {a for a in known if a.module == module} - used, key=str
            ):
                print(f"  no longer survives: {entry.line!r} -> {entry.mutant!r}")
            failed = failed or bool(counts.survivors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
