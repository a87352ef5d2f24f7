"""The fast pass's structuring code: one generated function per model class.

For an object whose keys are all known wire names (the common case), the
function reads each key once, runs the field's wire hook (the same one cattrs
would call) and the field's model rule, and fills a new instance in without
``__init__``. ``__init__`` would check again what the hooks and the rules just
checked: the Python type of every value (the hooks return exact types) and
every rule. Text fields, most of them, are checked inline: ``type(v) is str``,
the rule's length limits, and valid Unicode; anything else takes the hook and
the rule.

Any failure raises (a ``RuleError``, a ``KeyError`` for a missing required
key), as the cattrs code does; the converters then run the detailed pass,
which says why. A test checks that this function and the detailed pass accept
the same payloads and build equal objects (``tests/converters/test_fused.py``).
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from custbridge import _rules
from custbridge._extras import NO_EXTRAS
from custbridge._rules import LONE_SURROGATE
from custbridge._typed import slot_setter, text_test
from custbridge.converters import _wire
from custbridge.converters._names import names_of

if TYPE_CHECKING:
    import cattrs

Fused = Callable[[Mapping[str, Any]], Any]
IMPLIED = frozenset(
    {
        (_wire.parse_timestamp, _rules.aware),
        (_wire.parse_date, _rules.calendar),
    }
)
"""(parser, rule): whatever the parser returns keeps the rule, so it is not run.

Each parser's grammar admits only a UTC offset of ``Z`` or ``±HH:MM``, whole
minutes, and requires one for a timestamp (``tests/converters/test_fused.py``
checks the pairs on every text the parsers accept).
"""
_NONE = type(None)


@functools.cache
def fused_structure(cls: type, conv: cattrs.Converter) -> Fused:
    """Generate the structuring function of *cls* for a mapping of known keys only.

    Args:
        cls: The model class.
        conv: The fast pass's converter, whose hooks parse each field.
    """
    hints = typing.get_type_hints(cls)
    names = names_of(cls)
    body: list[str] = []
    fills: list[str] = []
    namespace: dict[str, Any] = {
        "_new": object.__new__,
        "_cls": cls,
        "_no_extras": NO_EXTRAS,
        "_lone": LONE_SURROGATE.search,
    }
    for i, field in enumerate(attrs.fields(cls)):
        namespace[f"_s{i}"] = slot_setter(cls, field.name)
        if field.name == "extras":
            fills.append(f"    _s{i}(o, _no_extras)")
            continue
        required = field.default is attrs.NOTHING
        wire = names[field.name]
        body.append(f"    v = d[{wire!r}]" if required else f"    v = g({wire!r})")
        body.extend(_field(i, hints[field.name], field, conv, namespace))
        body.append(f"    v{i} = v")
        fills.append(f"    _s{i}(o, v{i})")
    source = "\n".join(
        [
            "def fused(d):",
            "    g = d.get",
            *body,
            "    o = _new(_cls)",
            *fills,
            "    return o",
            "",
        ]
    )
    code = compile(source, f"<custbridge fused structure of {cls.__name__}>", "exec")
    exec(code, namespace)  # noqa: S102 - source built above from field names
    return namespace["fused"]  # type: ignore[no-any-return]


def _field(
    i: int,
    kind: Any,
    field: attrs.Attribute[Any],
    conv: cattrs.Converter,
    namespace: dict[str, Any],
) -> list[str]:
    """Return the lines that turn the wire value ``v`` into field *i*'s value."""
    check = getattr(field.validator, "check", None)
    args = typing.get_args(kind)
    optional = _NONE in args
    inner = next(a for a in args if a is not _NONE) if optional else kind
    namespace[f"_c{i}"] = check
    namespace[f"_h{i}"] = conv.get_structure_hook(kind)
    namespace[f"_t{i}"] = kind
    test = _text_test(inner, check)
    if test is not None:  # a text field: the hook and the rule only when odd
        lines = [
            f"if not ({'v is None or ' if optional else ''}{test}):",
            f"    v = _h{i}(v, _t{i})",
        ]
        if check is not None:
            lines.append(f"    if v is not None: _c{i}(v)")
        return [f"    {line}" for line in lines]
    if attrs.has(inner):  # a nested object of known keys: its own function
        namespace[f"_f{i}"] = fused_structure(inner, conv)
        namespace[f"_k{i}"] = frozenset(names_of(inner).values())
        lines = [
            f"if type(v) is dict and v.keys() <= _k{i}:",
            f"    v = _f{i}(v)",
            "elif v is not None:" if optional else "else:",  # else, the hook says why
            f"    v = _h{i}(v, _t{i})",
        ]
        return [f"    {line}" for line in lines]
    if optional:  # None is no value, else the plain type's parser
        kind = inner
    hook = namespace[f"_h{i}"] = conv.get_structure_hook(kind)
    namespace[f"_t{i}"] = kind
    lines = [f"v = _h{i}(v, _t{i})"]
    if check is not None and (hook, check) not in IMPLIED:
        lines.append(f"_c{i}(v)")
    if optional:
        lines = ["if v is not None:", *(f"    {line}" for line in lines)]
    return [f"    {line}" for line in lines]


def _text_test(kind: Any, check: Any) -> str | None:
    """Return the inline test of a valid text value, or None for other fields."""
    if kind is not str:
        return None
    return text_test("v", check)
