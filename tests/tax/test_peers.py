"""The classifier against other projects' validators, run live (issue 12).

The peers are validator.js's ``isVAT`` and ``isTaxID`` and jsvat's
``checkVAT``, installed from the npm registry at the versions pinned in
``peers/package-lock.json`` (``npm ci`` in ``tests/tax/peers``) and asked by
``peers/peers.cjs``, one node process for the whole corpus. The corpus
(``peers/corpus.tsv``) is made by ``scripts/gen_peer_corpus.py`` from
python-stdnum's own examples; what each peer checks is recorded, with the
peer's code cited, in ``peers/oracles.toml``; the known disagreements, each with
its reason, in ``peers/disagreements.toml``. A new disagreement fails, and so
does a listed one that no longer disagrees.

Without node or the packages these tests skip, unless
``CUSTBRIDGE_REQUIRE_PEERS=1`` (CI), when they fail; the hint properties need
no peer and run anyway. The corpus, the tables and node are handled by
``tests/peer_oracles.py``.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
import stdnum

from custbridge import B2bOrB2c, TaxNumberCheck, classify_tax_number
from custbridge.tax import catalog
from peer_oracles import (
    CORPUS,
    KNOWN,
    ORACLES,
    PEERS,
    READS,
    Verdict,
    ask_peers,
    covered,
    disagreements,
    listed,
    shown,
    unavailable,
)

pytestmark = pytest.mark.peers

PREFIXED = ("code", "code-space", "code-formatted", "iso")
BARE = ("compact", "formatted")
# Numbers that, without a hint, are read as another country's (none now: broken
# Venezuelan RIFs written with VE in front passed as a Mexican company's RFC
# until the classifier stopped guessing for a number its own country reads as
# mistyped).
MISREAD: set[tuple[str, str]] = set()


@pytest.fixture
def stdnum_as_recorded() -> None:
    """Skip a test whose expectations hold for the recorded python-stdnum only."""
    if KNOWN["stdnum"] != stdnum.__version__:
        unavailable(
            f"the corpus and disagreements.toml were made with python-stdnum"
            f" {KNOWN['stdnum']}, this is {stdnum.__version__}: run"
            " scripts/gen_peer_corpus.py and review the disagreements"
        )


@pytest.fixture(scope="module")
def verdicts() -> list[dict[str, Verdict]]:
    """Every peer's verdict on every corpus entry, from one node process."""
    return ask_peers(CORPUS)


@pytest.fixture(scope="module")
def hinted() -> list[TaxNumberCheck]:
    """custbridge's answer for every corpus entry, with its country as the hint."""
    return [classify_tax_number(e.number, country=e.country) for e in CORPUS]


@pytest.fixture(scope="module")
def unhinted() -> list[TaxNumberCheck]:
    """custbridge's answer for every corpus entry, without a hint."""
    return [classify_tax_number(e.number) for e in CORPUS]


@pytest.mark.parametrize("peer", PEERS)
def test_the_oracle_table_names_every_country_the_peer_answers_for(
    peer: str, verdicts: list[dict[str, Verdict]]
) -> None:
    """oracles.toml has an entry for exactly the corpus countries the peer knows."""
    answered = {
        e.country
        for e, v in zip(CORPUS, verdicts, strict=True)
        if v[peer] != "unsupported"
    }
    assert sorted(answered) == sorted(ORACLES[peer])


@pytest.mark.parametrize("peer", PEERS)
@pytest.mark.usefixtures("stdnum_as_recorded")
def test_custbridge_agrees_with_the_peer_but_where_listed(
    peer: str, verdicts: list[dict[str, Verdict]], hinted: list[TaxNumberCheck]
) -> None:
    """Validity agrees where the peer checks checksums, or the case is listed."""
    found = disagreements(peer, verdicts, hinted)
    known = listed(peer)
    new, stale = set(found) - known, known - set(found)
    assert (set(), set()) == (new, stale), (
        f"new disagreements with {peer}:\n{shown(found, new)}\n"
        f"listed in disagreements.toml, but agreed on now:\n{shown(found, stale)}"
    )


def test_every_listed_disagreement_says_why() -> None:
    """Each group names a known peer and country, a kind of reason, and a reason."""
    for group in KNOWN["disagreement"]:
        assert group["peer"] in PEERS
        assert ORACLES[group["peer"]][group["country"]]["checks"] == "checksum"
        assert group["kind"] in {"rule", "format", "scope", "policy"}
        assert len(group["why"]) > 40
        assert group["numbers"] == sorted(set(group["numbers"]))


def _decided(check: TaxNumberCheck, cc: str) -> bool:
    """Whether *check* is a valid label, for country *cc* or for none."""
    return check.valid and check.b2b_or_b2c is not None and check.country in (cc, None)


def _worse(before: TaxNumberCheck, after: TaxNumberCheck, cc: str) -> bool:
    """Whether *after* loses a decided, valid answer that *before* had."""
    same = after.valid and after.b2b_or_b2c == before.b2b_or_b2c
    return _decided(before, cc) and not same


@pytest.mark.parametrize("forms", [PREFIXED, BARE], ids=["prefixed", "bare"])
def test_the_right_hint_never_makes_the_answer_worse(
    forms: tuple[str, ...],
    hinted: list[TaxNumberCheck],
    unhinted: list[TaxNumberCheck],
) -> None:
    """A decided valid answer without a hint stays, label and all, with it."""
    worse = [
        (e.country, e.number, str(u.b2b_or_b2c), h.reason)
        for e, h, u in zip(CORPUS, hinted, unhinted, strict=True)
        if e.form in forms and _worse(u, h, e.country)
    ]
    assert [] == worse


def test_a_hint_never_swaps_business_and_consumer(
    hinted: list[TaxNumberCheck], unhinted: list[TaxNumberCheck]
) -> None:
    """Wherever both answers are labels, valid or not, b2b never turns b2c or back."""
    swapped = [
        (e.country, e.number, u.reason, h.reason)
        for e, h, u in zip(CORPUS, hinted, unhinted, strict=True)
        if {h.b2b_or_b2c, u.b2b_or_b2c} == {B2bOrB2c.B2B, B2bOrB2c.B2C}
        and _decided(u, e.country)
    ]
    assert [] == swapped


@pytest.mark.usefixtures("stdnum_as_recorded")
def test_without_a_hint_no_number_is_taken_for_another_countrys(
    unhinted: list[TaxNumberCheck],
) -> None:
    """An unhinted answer that names a country names the number's own, but MISREAD."""
    misread = {
        (e.country, e.number)
        for e, u in zip(CORPUS, unhinted, strict=True)
        if u.valid and u.country not in (e.country, None)
    }
    assert MISREAD == misread


@pytest.mark.parametrize(
    ("number", "country"),
    [("CHE-180.214.205", "CH"), ("VEV180214205", "VE"), ("VE V180214205", "VE")],
)
def test_a_mistyped_number_is_not_b2b_without_a_hint(number: str, country: str) -> None:
    """Without a hint, as with its country, a number with a wrong check digit is no b2b."""
    assert not classify_tax_number(number, country=country).valid
    assert classify_tax_number(number).b2b_or_b2c is not B2bOrB2c.B2B


@pytest.mark.usefixtures("stdnum_as_recorded")
def test_a_broken_number_is_never_b2b(
    hinted: list[TaxNumberCheck], unhinted: list[TaxNumberCheck]
) -> None:
    """A number no type of its country accepts is no business, hint or not."""
    b2b = [
        (e.country, e.number, h.reason, u.reason)
        for e, h, u in zip(CORPUS, hinted, unhinted, strict=True)
        if e.state == "broken"
        and B2bOrB2c.B2B in {h.b2b_or_b2c, u.b2b_or_b2c}
        and (e.country, e.number) not in MISREAD
    ]
    assert [] == b2b


@pytest.mark.usefixtures("stdnum_as_recorded")
@pytest.mark.parametrize("peer", ["validator.isVAT", "jsvat.checkVAT"])
def test_a_vat_number_a_peer_accepts_with_its_prefix_is_b2b(
    peer: str,
    verdicts: list[dict[str, Verdict]],
    hinted: list[TaxNumberCheck],
    unhinted: list[TaxNumberCheck],
) -> None:
    """No false b2c: a checksum peer's valid VAT-prefixed number is b2b, hint or not."""
    known = listed(peer)
    b2c = defaultdict(list)
    for e, said, h, u in zip(CORPUS, verdicts, hinted, unhinted, strict=True):
        prefix = catalog.vat_prefix(e.country)
        oracle = ORACLES[peer].get(e.country, {"checks": "format"})
        if (
            said[peer] is True
            and oracle["checks"] == "checksum"
            and prefix is not None
            and e.number.startswith(prefix)
            and (e.country, e.number) not in known
        ):
            for check in (h, u):
                if check.b2b_or_b2c is not B2bOrB2c.B2B:
                    b2c[e.country].append((e.number, check.reason))
    assert {} == dict(b2c)


@pytest.mark.usefixtures("stdnum_as_recorded")
def test_a_personal_number_a_peer_accepts_is_never_b2b(
    verdicts: list[dict[str, Verdict]], hinted: list[TaxNumberCheck]
) -> None:
    """No false b2b: a person's number isTaxID checks and accepts is never b2b."""
    peer, b2b = "validator.isTaxID", []
    for e, said, h in zip(CORPUS, verdicts, hinted, strict=True):
        oracle = ORACLES[peer].get(e.country, {"checks": "format"})
        if said[peer] is not True or oracle["checks"] != "checksum":
            continue
        personal = [
            cover
            for cover in oracle["covers"]
            if cover.endswith("/person")
            or catalog.describe(cover).kind is catalog.Kind.PERSONAL
        ]
        about = e.form in READS[peer] and covered(e, personal)
        if about and h.b2b_or_b2c is B2bOrB2c.B2B:  # None (ambiguous) is fine
            b2b.append((e.country, e.number, h.number_type, h.reason))
    assert [] == b2b
