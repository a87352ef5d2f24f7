"""The ``tax_numbers`` strategy, re-exported by :mod:`custbridge.strategies`."""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from custbridge.exceptions import ArgumentError, Problem, show
from custbridge.strategies import _samples as samples
from custbridge.tax import catalog

KINDS = ("b2b", "b2c", "invalid")
# Separators or case carry meaning in these: they are written only as stdnum does.
AS_WRITTEN = frozenset(
    {
        "de.handelsregisternummer",
        "es.referenciacatastral",
        "fi.hetu",
        "fr.rcs",
        "mx.curp",
        "mx.rfc",
        "ro.onrc",
        "se.personnummer",
        "us.atin",
        "us.ein",
        "us.itin",
        "us.ptin",
        "us.ssn",
    }
)
_SEPARATORS = (" ", ".", "-", "/", "\u00a0", "\u2013")
# Without a hint, only a self-identifying type that persons hold too is b2c.
_SELF_IDENTIFYING_B2C = tuple(
    name
    for name in catalog.self_identifying()
    if catalog.describe(name).kind is catalog.Kind.MIXED
)


def tax_numbers(
    kind: str = "b2b", country: str | None = None
) -> st.SearchStrategy[str]:
    """Tax numbers that custbridge classifies as *kind*, written as people write them.

    Args:
        kind: ``"b2b"``, ``"b2c"``, or ``"invalid"`` (a valid number with its
            last character changed so that no module of the country accepts it).
        country: A country as :func:`~custbridge.classify_tax_number` takes it.
            The numbers are meant to be classified with that hint. Without one,
            they are VAT-prefixed (``b2b``, ``invalid``) or self-identifying
            (``b2c``) numbers that need no hint.

    Raises:
        ArgumentError: an unknown kind or country, or a country that has no
            numbers of that kind (see :func:`supported_countries`). It is a
            ``ValueError``.
    """
    kind = _kind(kind)
    if country is not None and not isinstance(country, str):
        raise _wrong("country", "must be a string or None", country)
    cc = (
        None
        if country is None
        else catalog.country(str.__str__(country).strip().upper())
    )
    if country is not None and cc is None:
        raise _wrong("country", "must name a country the classifier knows", country)
    samples = _samples(kind, cc)
    if not samples:
        rule = f"has no {kind} numbers that can be made; see supported_countries()"
        raise _wrong("country", rule, country)
    return st.sampled_from(samples).flatmap(lambda s: _written(*s))


def supported_countries(kind: str = "b2b") -> tuple[str, ...]:
    """Return the alpha-2 codes for which ``tax_numbers(kind, country=…)`` works.

    A string that is no kind has none.

    Raises:
        ArgumentError: *kind* is not a string.
    """
    if not isinstance(kind, str):
        raise _wrong("kind", 'must be one of "b2b", "b2c", "invalid"', kind)
    kind = str.__str__(kind)
    if kind not in KINDS:
        return ()
    return tuple(cc for cc in catalog.countries() if _samples(kind, cc))


def _wrong(argument: str, rule: str, value: object) -> ArgumentError:
    return ArgumentError([Problem(argument, rule, show(value))])


def _kind(kind: object) -> str:
    if isinstance(kind, str) and str.__str__(kind) in KINDS:
        return str.__str__(kind)
    raise _wrong("kind", 'must be one of "b2b", "b2c", "invalid"', kind)


@functools.cache
def _samples(kind: str, cc: str | None) -> tuple[tuple[str, str, str], ...]:
    """Return (module, number, prefix) triples to draw from.

    The prefix is the VAT prefix a number may be written with; "!" before it
    means it must be.
    """
    if cc is None:
        return _unhinted(kind)
    if kind == "invalid":
        found = []
        for module, number in samples.seeds("b2b", cc) + samples.seeds("b2c", cc):
            bad = samples.corrupt(cc, number)
            if bad is not None:
                found.append((module, bad, ""))
        return tuple(found)
    seeds = samples.seeds(kind, cc)
    return tuple(
        (module, number, _prefix(module, cc, kind)) for module, number in seeds
    )


def _prefix(module: str, cc: str, kind: str) -> str:
    """The VAT prefix a b2b number of a VAT module may be written with (rule V)."""
    if kind != "b2b" or not catalog.number_type(module).is_vat:
        return ""
    return catalog.vat_prefix(cc) or ""


def _unhinted(kind: str) -> tuple[tuple[str, str, str], ...]:
    found: list[tuple[str, str, str]] = []
    if kind == "b2c":
        for name in _SELF_IDENTIFYING_B2C:
            cc = catalog.country_code(name)
            found.extend((m, n, "") for m, n in samples.seeds("b2c", cc) if m == name)
        return tuple(found)
    for cc in catalog.countries():
        prefix = catalog.vat_prefix(cc)
        if prefix is None:
            continue
        seeds = [
            (m, n) for m, n in samples.seeds("b2b", cc) if catalog.number_type(m).is_vat
        ]
        written = [
            (m, n if kind == "b2b" else samples.corrupt(cc, n)) for m, n in seeds
        ]
        found.extend((m, n, "!" + prefix) for m, n in written if n is not None)
    return tuple(found)


def _written(module: str, number: str, prefix: str) -> st.SearchStrategy[str]:
    """Write *number* as people do; *prefix* may precede it ("!": must)."""
    if module in AS_WRITTEN:
        return st.just(number)
    forms = [number]
    write = getattr(catalog.number_type(module).module, "format", None)
    if write is not None:
        forms.append(_formatted(write, number))
    bare = st.sampled_from(forms)
    gap = st.sampled_from(["", " ", "-"])
    prefixed = st.builds("{}{}{}".format, st.just(prefix.lstrip("!")), gap, bare)
    if prefix.startswith("!"):
        base = prefixed
    elif prefix:
        base = bare | prefixed
    else:
        base = bare
    return st.builds(_style, base, st.data())


def _formatted(write: Any, number: str) -> str:
    try:
        return str(write(number))
    except Exception:  # noqa: BLE001 - stdnum's format() may not take every form
        return number


def _style(text: str, data: st.DataObject) -> str:
    """Split *text* with separators and change its case, as people do."""
    cuts = sorted(data.draw(st.sets(st.integers(1, max(1, len(text) - 1)), max_size=3)))
    pieces = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    separator = data.draw(st.sampled_from(_SEPARATORS))
    styled = separator.join(p for p in pieces if p)
    return styled.lower() if data.draw(st.booleans()) else styled
