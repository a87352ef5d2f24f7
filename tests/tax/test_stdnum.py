"""Loading python-stdnum: once, under one lock, and never read as "invalid".

Issue 12, class 3: from 8 threads on a cold interpreter the classifier raised
``_DeadlockError`` from an import of a stdnum module, and gave wrong answers
after it. Imports now happen under one lock; an import that fails is reported
(reason ``unavailable``) and tried again on the next call.
"""

from __future__ import annotations

import importlib
import json
import random
import threading
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

import fresh
from custbridge import classify_tax_number, validate_tax_number
from custbridge.strategies import _samples as _tax_samples
from custbridge.strategies import supported_countries
from custbridge.tax import _stdnum, _types
from custbridge.tax._kinds import Kind
from custbridge.tax.catalog import vat_prefix

if TYPE_CHECKING:
    from pathlib import Path


def _failing(broken: str, error: Exception) -> SimpleNamespace:
    """An importlib whose import of *broken* raises *error*; others are real."""

    def import_module(path: str) -> Any:
        if path == broken:
            raise error
        return importlib.import_module(path)

    return SimpleNamespace(import_module=import_module)


@pytest.fixture
def cold_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Empty tables, as on a cold start, for this test only."""
    for name, table in [
        ("TYPES", _stdnum._Types()),
        ("CANDIDATES", _stdnum._ByCountry()),
        ("FITTING", _stdnum._ByLength()),
        ("FITTING_WITH_CODE", _stdnum._ByLengthWithCode()),
        ("_ABSENT", set()),
    ]:
        monkeypatch.setattr(_stdnum, name, table)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ModuleNotFoundError("gone", name="stdnum.de.vat"), ModuleNotFoundError),
        (ModuleNotFoundError("gone", name="stdnum.de"), ModuleNotFoundError),
        (ModuleNotFoundError("gone", name="requests"), _stdnum.LoadError),
        (RuntimeError("deadlock detected by _ModuleLock"), _stdnum.LoadError),
        (SyntaxError("bad"), _stdnum.LoadError),
        (ImportError("cannot import name 'vat'"), _stdnum.LoadError),
    ],
    ids=["module-absent", "country-absent", "dependency", "deadlock", "syntax", "name"],
)
def test_absent_and_broken_modules_are_told_apart(
    monkeypatch: pytest.MonkeyPatch, error: Exception, expected: type[Exception]
) -> None:
    """Only a module this stdnum does not ship counts as absent; else LoadError."""
    monkeypatch.setattr(_stdnum, "importlib", _failing("stdnum.de.vat", error))
    with pytest.raises(expected) as info:
        _stdnum.load("de.vat")
    assert expected is type(info.value)


def test_a_half_imported_module_is_a_load_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A module without its validate() yet (imported elsewhere) is not used."""
    half = SimpleNamespace(import_module=lambda _path: SimpleNamespace())
    monkeypatch.setattr(_stdnum, "importlib", half)
    with pytest.raises(_stdnum.LoadError, match=r"stdnum\.de\.vat has no validate"):
        _stdnum.load("de.vat")


UNAVAILABLE = (
    "the number was not checked: stdnum.de.vat failed to import:"
    " RuntimeError('deadlock detected')"
)


@pytest.mark.usefixtures("cold_tables")
@pytest.mark.parametrize(
    ("number", "country"), [("136695976", "DE"), ("DE136695976", None)]
)
def test_a_module_that_fails_to_import_is_reported_and_retried(
    monkeypatch: pytest.MonkeyPatch, number: str, country: str | None
) -> None:
    """Not checked is said as such, never "invalid"; the next call imports again."""
    broken = _failing("stdnum.de.vat", RuntimeError("deadlock detected"))
    monkeypatch.setattr(_stdnum, "importlib", broken)
    check = classify_tax_number(number, country=country)
    assert (None, False, "unavailable", UNAVAILABLE) == (
        check.b2b_or_b2c,
        check.valid,
        check.reason,
        check.explanation,
    )
    with pytest.raises(_stdnum.LoadError):
        validate_tax_number(number, country=country)
    monkeypatch.setattr(_stdnum, "importlib", importlib)
    check = classify_tax_number(number, country=country)
    assert ("de.vat", True) == (check.number_type, check.valid)


def _import_inside(_number: str) -> NoReturn:
    raise ImportError("No module named 'stdnum.numdb'")


@pytest.mark.usefixtures("cold_tables")
def test_an_import_inside_validate_is_reported() -> None:
    """stdnum importing inside validate() and failing: not checked, not invalid."""
    module = SimpleNamespace(validate=_import_inside)
    broken = _types.NumberType("de.vat", Kind.BUSINESS, True, module, None)  # noqa: FBT003
    _stdnum.CANDIDATES["DE"] = (broken,)
    check = classify_tax_number("136695976", country="DE")
    expected = "the number was not checked: No module named 'stdnum.numdb'"
    assert (None, "unavailable", expected) == (
        check.b2b_or_b2c,
        check.reason,
        check.explanation,
    )


def test_a_loaded_country_is_read_without_the_lock() -> None:
    """Once loaded, classifying never waits for the loading lock."""
    numbers = [("136695976", "DE"), ("DE136695976", None), ("91-1144442", "US")]
    expected = [classify_tax_number(n, country=c) for n, c in numbers]
    held, release = threading.Event(), threading.Event()
    got: list[object] = []

    def hold() -> None:
        with _stdnum.LOADING:
            held.set()
            release.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    try:
        worker = threading.Thread(
            target=lambda: got.extend(
                classify_tax_number(n, country=c) for n, c in numbers
            )
        )
        worker.start()
        worker.join(timeout=60)  # a worker waiting for the lock would still run
        assert (False, expected) == (worker.is_alive(), got)
    finally:
        release.set()
        holder.join()


# Run in a fresh interpreter once PATH and THREADS are set: classify every case
# of the JSON file at PATH from THREADS threads that start together, and print
# each thread's answers as JSON. Thread i first classifies case i (of the first
# `openings`), then every case in its own order, so that the first imports of
# many countries' modules meet. pycountry, which has its own lock, is loaded
# before the start, so that the threads meet at stdnum's imports.
CHILD = """
import json, random, sys, threading
from custbridge import classify_tax_number
from custbridge._countries import alpha_2

openings, cases = json.load(open(PATH, encoding="utf-8"))
alpha_2("Germany")
sys.setswitchinterval(1e-6)
start = threading.Barrier(THREADS)
answers = [None] * THREADS

def answer(number, country):
    try:
        c = classify_tax_number(number, country=country)
    except BaseException as error:
        return ["raised", repr(error)]
    label = None if c.b2b_or_b2c is None else c.b2b_or_b2c.value
    return [label, c.valid, c.country, c.number_type, c.compact, c.reason,
            c.explanation, c.unknown_country]

def work(i):
    order = list(range(len(cases)))
    random.Random(i).shuffle(order)
    got = {}
    start.wait()
    opening = answer(*cases[i % openings])
    for j in order:
        got[j] = answer(*cases[j])
    answers[i] = [opening, [got[j] for j in range(len(cases))]]

workers = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(json.dumps(answers))
"""
THREADS = 8  # in each process of the test
# One number without a hint, which went through the self-identifying formats,
# beside numbers of their countries with hints: a country's package imports its
# vat module, and these import orders deadlocked in about one process in ten.
FIRST = [
    ["AB 12 34 56", None], ["27AAPFU0939F1ZV", "IN"], ["91110000600037341L", "CN"],
    ["P051365947M", "KE"], ["MAB9307148T4", "MX"], ["V114702834", "VE"],
    ["974760673", "NO"], ["004495445B01", "NL"],
]  # fmt: skip


def _cases(count: int) -> list[list[str | None]]:
    """FIRST, then valid numbers of every country with hints, invalid and prefixed."""
    found: list[list[str | None]] = []
    for label in ("b2b", "b2c"):
        for cc in supported_countries(label):
            for i, (_, number) in enumerate(_tax_samples.seeds(label, cc)):
                found.append([number, cc])
                found.append([(vat_prefix(cc) or cc) + number, None])
                bad = _tax_samples.corrupt(cc, number) if i % 4 == 0 else None
                if bad is not None:
                    found.append([bad, cc])
    random.Random(0).shuffle(found)  # noqa: S311 - reproducible test data
    return FIRST + found[: count - len(FIRST)]


def _answers(path: Path, threads: int) -> list[Any]:
    done = fresh.run(f"PATH, THREADS = {str(path)!r}, {threads}\n{CHILD}")
    assert ("", 0) == (done.stderr, done.returncode)
    answers: list[Any] = json.loads(done.stdout)
    return answers


@pytest.mark.parametrize(
    ("processes", "count"),
    [(5, 400), pytest.param(20, 1_000, marks=pytest.mark.heavy)],
    ids=["ci", "full"],
)
def test_threads_on_a_cold_start_give_the_single_threaded_answers(
    tmp_path: Path, processes: int, count: int
) -> None:
    """8 threads x 1,000 numbers of 40+ countries, in each of 20 fresh processes.

    The single-threaded answers come from a fresh process of their own. The
    default tier runs 5 processes of 400 numbers; the deadlock this guards
    against showed in about one process in ten.
    """
    cases = _cases(count)
    assert (count, True) == (len(cases), len({c for _, c in cases if c}) >= 40)
    path = tmp_path / "cases.json"
    path.write_text(json.dumps([len(FIRST), cases]), encoding="utf-8")
    _, expected = _answers(path, 1)[0]
    for run in range(processes):
        wrong = [
            (run, thread, case, want, got)
            for thread, (opening, answers) in enumerate(_answers(path, THREADS))
            for case, want, got in [
                (cases[thread], expected[thread], opening),
                *zip(cases, expected, answers, strict=True),
            ]
            if want != got
        ]
        assert [] == wrong[:5]


def test_an_import_error_inside_validate_is_not_an_invalid_number() -> None:
    """A module whose validate() fails to import something raises, not refuses."""

    class Broken:
        @staticmethod
        def validate(_number: str) -> str:
            raise ImportError("stdnum.numdb")

    kind = _types.NumberType(
        name="es.nif", kind=Kind.MIXED, is_vat=True, module=Broken, discriminator=None
    )
    with pytest.raises(ImportError, match=r"^stdnum.numdb$"):
        kind.validate(("12345678Z",))


def test_a_table_entry_made_while_waiting_is_taken() -> None:
    """Another thread may fill an entry while this one waits for the lock."""
    table = _stdnum._ByCountry()
    table["XX"] = ()  # what the other thread made
    assert () == table.__missing__("XX")


def test_an_absent_module_is_remembered() -> None:
    """A module the installed stdnum lacks is looked for once."""
    assert not _stdnum.available("zz.nosuch")
    assert "zz.nosuch" in _stdnum._ABSENT
    assert not _stdnum.available("zz.nosuch")
