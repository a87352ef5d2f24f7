"""The package's layout: one folder per area, imports flowing one way.

Read from the source with ``ast``, so a new import that crosses the layout fails
here rather than in a reviewer's head.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import custbridge

SRC = Path(custbridge.__file__).parent

# Lower levels never import higher ones (design notes, "Layout").
LEVELS = {
    "exceptions": 0, "_countries": 0, "_json": 0,
    "tax": 1,
    "accounting": 2, "response": 2, "report": 2, "_rules": 2, "_email": 2,
    "_typed": 2, "_values": 2, "_extras": 2, "_json_values": 2, "_imported": 0,
    "converters": 3,
    "mapping": 4,
    "schema": 5, "strategies": 5, "batch": 5,
    "cli": 6,
}  # fmt: skip
AREAS = ("tax", "converters", "mapping", "schema", "strategies", "batch", "cli")
ROOT_USERS = ("strategies", "cli")  # may import from the package root itself


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The custbridge modules *path* imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("custbridge"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "custbridge"
        ):
            base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if (SRC.parent / sub.replace(".", "/")).exists()
                          or (SRC.parent / f"{sub.replace('.', '/')}.py").exists()
                          else base)  # fmt: skip
    return found


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


MODULES = {
    _module_name(p): p
    for p in sorted(SRC.rglob("*.py"))
    if p.name != "__main__.py" and _module_name(p) != "custbridge"
}


def test_every_area_is_a_folder() -> None:
    """A newcomer listing the package sees the areas as folders."""
    assert {p.name for p in SRC.iterdir() if (p / "__init__.py").exists()} == set(AREAS)


def test_every_module_has_a_level() -> None:
    """No module sits outside the layout (a new top-level module needs a level)."""
    assert {_area(m) for m in MODULES} <= set(LEVELS)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_flow_one_way(module: str) -> None:
    """A module imports only modules of its own level or lower ones."""
    level = LEVELS[_area(module)]
    wrong = []
    for target in _imports(MODULES[module]):
        if target == "custbridge":
            if _area(module) not in ROOT_USERS:
                wrong.append(target)
        elif LEVELS[_area(target)] > level:
            wrong.append(target)
    assert wrong == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_private_modules_stay_in_their_folder(module: str) -> None:
    """A subpackage's private modules are imported only from inside it."""
    crossing = [
        target
        for target in _imports(MODULES[module])
        if target.count(".") >= 2  # custbridge.area.module
        and target.rsplit(".", 1)[1].startswith("_")
        and _area(target) != _area(module)
    ]
    assert crossing == []


DOCUMENTED = [
    ("custbridge", "load_accounting"),
    ("custbridge", "classify_tax_number"),
    ("custbridge.accounting", "AccountingCustomer"),
    ("custbridge.response", "CustomerResponse"),
    ("custbridge.report", "MappingReport"),
    ("custbridge.exceptions", "ValidationError"),
    ("custbridge.converters", "load_accounting"),
    ("custbridge.converters", "wire_names"),
    ("custbridge.converters", "load_value"),
    ("custbridge.mapping", "accounting_to_response"),
    ("custbridge.mapping", "default_id"),
    ("custbridge.mapping", "TO_RESPONSE"),
    ("custbridge.schema", "json_schema"),
    ("custbridge.tax", "classify_tax_number"),
    ("custbridge.tax", "B2bOrB2c"),
    ("custbridge.tax.catalog", "number_types"),
    ("custbridge.strategies", "accounting_customers"),
    ("custbridge.strategies", "tax_numbers"),
    ("custbridge.batch", "RecordReader"),
    ("custbridge.batch", "convert_in_chunks"),
    ("custbridge.cli", "main"),
]


@pytest.mark.parametrize(("module", "name"), DOCUMENTED)
def test_documented_imports_work(module: str, name: str) -> None:
    """Every import path the documentation shows still works."""
    assert hasattr(importlib.import_module(module), name)


@pytest.mark.parametrize(
    "module", ["custbridge.converters", "custbridge.mapping", "custbridge.tax",
               "custbridge.tax.catalog", "custbridge.schema", "custbridge.strategies",
               "custbridge.batch"],
)  # fmt: skip
def test_public_modules_say_what_they_export(module: str) -> None:
    """Each public module's ``__all__`` is sorted and names what it has.

    Sorted as ruff's RUF022 sorts it: constants, then classes, then the rest.
    """
    loaded = importlib.import_module(module)

    def kind(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2), name

    assert sorted(loaded.__all__, key=kind) == loaded.__all__
    assert all(hasattr(loaded, name) for name in loaded.__all__)
