"""Sphinx configuration for custbridge's documentation."""

from importlib.metadata import version as _version
from pathlib import Path

from custbridge import _stdnum
from custbridge._discriminators import DISCRIMINATORS
from custbridge._field_table import TO_ACCOUNTING, TO_RESPONSE
from custbridge._taxonomy import MODULES

project = "custbridge"
author = "custbridge developers"
copyright = "2026, custbridge developers"
release = _version("custbridge")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"custbridge {release}"


def _write_tax_reference() -> None:
    """Write reference/tax-numbers.md from the module table, so it cannot drift."""
    lines = [
        "# Tax number types",
        "",
        "Generated from custbridge's module table when these docs are built. With a",
        "country hint, the country's types are tried in the order listed: its VAT",
        "number first, then business, mixed, mixed without discriminator, personal;",
        "the first type that accepts the number decides.",
        "",
        "| country | type | what it is | class | VAT number | rule |",
        "|---|---|---|---|:-:|---|",
    ]
    for cc in sorted(_stdnum.countries()):
        for kind in _stdnum.candidates(cc):
            title, rule = MODULES[kind.name][2], ""
            if kind.name in DISCRIMINATORS:
                rule = DISCRIMINATORS[kind.name][1]
            country = MODULES[kind.name][1]
            vat = "yes" if kind.is_vat else ""
            lines.append(
                f"| {cc} {country} | `{kind.name}` | {title} | {kind.kind.value}"
                f" | {vat} | {rule} |"
            )
    lines += [
        "",
        "Not tried for a country: `us.tin` and `th.tin` (their sub-types are),",
        "`eu.vat` and `eu.oss` (reached through a VAT prefix), and `eu.excise`,",
        "`eu.at_02` and `lei`, which belong to no country and are never guessed.",
        "",
    ]
    out = Path(__file__).parent / "reference" / "tax-numbers.md"
    out.write_text("\n".join(lines), encoding="utf-8")


_write_tax_reference()


def _write_field_reference() -> None:
    """Write reference/field-mapping.md from the mapping's field tables."""
    lines = [
        "# Field mapping",
        "",
        "Generated from custbridge's field tables when these docs are built; a test",
        "checks that they name every field of both seeds.",
        "",
    ]
    for title, table, side in (
        ("Accounting platform to tax engine", TO_RESPONSE, "tax engine"),
        ("Tax engine to accounting platform", TO_ACCOUNTING, "accounting"),
    ):
        lines += [f"## {title}", "", f"| source field | {side} field | what happens |"]
        lines.append("|---|---|---|")
        for source, target, fate in table:
            lines.append(
                f"| `{source}` | {f'`{target}`' if target else '—'} | {fate} |"
            )
        lines.append("")
    lines += [
        "Unknown keys (`extras`) are dropped and reported on both ways; the tax",
        "engine record's own unknown keys are kept by `existing=`.",
        "",
    ]
    out = Path(__file__).parent / "reference" / "field-mapping.md"
    out.write_text("\n".join(lines), encoding="utf-8")


_write_field_reference()
