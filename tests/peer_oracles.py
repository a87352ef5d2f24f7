"""The peer oracles of tests/tax/test_peers.py: the corpus, the tables, node.

The corpus (``tax/peers/corpus.tsv``, made by ``scripts/gen_peer_corpus.py``),
what each peer checks (``tax/peers/oracles.toml``), the known disagreements
(``tax/peers/disagreements.toml``), and the peers' verdicts, from one run of
``tax/peers/peers.cjs`` on node. Without node or the packages the tests that
need them skip, or fail with ``CUSTBRIDGE_REQUIRE_PEERS=1``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import attrs
import pytest

from custbridge.tax import catalog

if TYPE_CHECKING:
    from custbridge import TaxNumberCheck

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest itself depends on tomli before 3.11
    import tomli as tomllib

HERE = Path(__file__).parent / "tax" / "peers"
REQUIRED = os.environ.get("CUSTBRIDGE_REQUIRE_PEERS") == "1"
PEERS = ("validator.isVAT", "validator.isTaxID", "jsvat.checkVAT")
Verdict = bool | str  # True, False or "unsupported"


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads((HERE / name).read_text(encoding="utf-8"))


@attrs.frozen
class Entry:
    """One line of the corpus: a number as written, and how it was made."""

    country: str
    made_as: str
    state: str  # "valid" or "broken"
    form: str
    number: str


def _corpus() -> tuple[Entry, ...]:
    lines = (HERE / "corpus.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    return tuple(Entry(*row) for row in rows[1:])


CORPUS = _corpus()
ORACLES: dict[str, dict[str, dict[str, Any]]] = _toml("oracles.toml")["oracles"]
READS: dict[str, list[str]] = _toml("oracles.toml")["reads"]
KNOWN = _toml("disagreements.toml")


def unavailable(reason: str) -> NoReturn:
    """Skip: the peers cannot run; fail instead with CUSTBRIDGE_REQUIRE_PEERS=1."""
    if REQUIRED:
        pytest.fail(f"{reason}, and CUSTBRIDGE_REQUIRE_PEERS=1")
    pytest.skip(reason)


def ask_peers(entries: tuple[Entry, ...]) -> list[dict[str, Verdict]]:
    """Run the peers once on every entry; their verdicts, in order."""
    node = shutil.which("node")
    if node is None:
        unavailable(
            "node is not installed: the peers run on node (npm ci in tests/tax/peers)"
        )
    pins = json.loads((HERE / "package.json").read_text(encoding="utf-8"))
    if not all((HERE / "node_modules" / p).is_dir() for p in pins["dependencies"]):
        unavailable("the peers are not installed: run `npm ci` in tests/tax/peers")
    lines = (json.dumps({"number": e.number, "country": e.country}) for e in entries)
    done = subprocess.run(  # noqa: S603 - our own script, no shell
        [node, str(HERE / "peers.cjs")],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
    )
    first, *verdicts = done.stdout.splitlines()
    installed = json.loads(first)["versions"]
    if installed != pins["dependencies"]:
        unavailable(f"installed {installed}, pinned {pins['dependencies']}: npm ci")
    assert len(entries) == len(verdicts)
    return [json.loads(line) for line in verdicts]


def covered(entry: Entry, covers: list[str]) -> bool:
    """Whether the peer is about numbers of the type *entry* was made as."""
    for cover in covers:
        name, _, holder = cover.partition("/")
        if name != entry.made_as:
            continue
        if not holder:
            return True
        compact = catalog.number_type(name).validate((entry.number,))
        entity = None if compact is None else catalog.entity(name, compact)
        if entity is False or (entity is None and entry.state == "broken"):
            return True  # a person's, or a broken number made as one
    return False


def disagreements(
    peer: str, verdicts: list[dict[str, Verdict]], ours: list[TaxNumberCheck]
) -> dict[tuple[str, str], str]:
    """Return {(country, number): what each said} where *peer* checks checksums.

    A number the peer calls valid must be valid for custbridge; a number of a
    type the peer is about, written as the peer reads it, must get the peer's
    verdict either way.
    """
    found = {}
    for entry, said, check in zip(CORPUS, verdicts, ours, strict=True):
        oracle = ORACLES[peer].get(entry.country)
        verdict = said[peer]
        if oracle is None or oracle["checks"] != "checksum" or verdict == "unsupported":
            continue
        in_scope = entry.form in READS[peer] and covered(entry, oracle["covers"])
        if (verdict and not check.valid) or (in_scope and verdict != check.valid):
            found[entry.country, entry.number] = (
                f"{peer}={verdict}, custbridge valid={check.valid} ({check.reason},"
                f" {check.number_type}), made as {entry.made_as} {entry.state}"
            )
    return found


def listed(peer: str) -> set[tuple[str, str]]:
    """Return the (country, number) pairs disagreements.toml lists for *peer*."""
    return {
        (group["country"], number)
        for group in KNOWN["disagreement"]
        if group["peer"] == peer
        for number in group["numbers"]
    }


def shown(found: dict[tuple[str, str], str], keys: set[tuple[str, str]]) -> str:
    """Return *keys* one a line, with what each side said."""
    return "\n".join(f"{cc} {n!r}: {found.get((cc, n), '')}" for cc, n in sorted(keys))
