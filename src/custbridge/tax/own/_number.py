"""A tax number type that python-stdnum lacks, with a stdnum module's interface.

Each type is an object with ``compact``, ``validate``, ``is_valid`` and
``format``, the four functions the classifier and the catalog call on a
python-stdnum module, raising stdnum's own exception classes, so a number type
of custbridge's is read exactly as a stdnum module is. Its docstring (``__doc__``)
says where the rule comes from and carries ``>>> validate(...)`` examples, which
the strategies use as seeds as they use stdnum's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.exceptions import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

_SEPARATORS = re.compile(r"[\s.\-/,:_]+")

Check = Callable[[str], bool]
"""Whether the check digits of a compact number that has the right shape are right."""


class OwnNumber:
    """A number type defined by a regular expression and, if published, a check.

    Args:
        name: The type's name in python-stdnum's style (``sa.vat``), the name a
            python-stdnum module for the same number would most likely have.
        doc: What the number is and where its rule comes from, with examples.
        shape: The compact number, as a regular expression (matched whole).
        lengths: The lengths a compact number can have (a wrong one raises
            ``InvalidLength``, as stdnum does).
        check: The published check (``None``: format-only).
        prefix: Letters some write before the number and ``compact`` removes,
            such as a country code.
        groups: How ``format`` splits the compact number, as group sizes.
        calc_check_digit: For a number whose last character is its check
            digit, the function that computes it from the others, as stdnum
            modules have one (the strategies make more numbers with it).
    """

    def __init__(
        self,
        name: str,
        doc: str,
        shape: str,
        lengths: tuple[int, ...],
        *,
        check: Check | None = None,
        prefix: str = "",
        groups: tuple[int, ...] = (),
        calc_check_digit: Callable[[str], object] | None = None,
    ) -> None:
        """Make the type; nothing is checked until a number is given."""
        self.name = name
        self.__doc__ = doc
        self.shape = re.compile(shape)
        self.lengths = frozenset(lengths)
        self.check = check
        self.prefix = prefix
        self.groups = groups
        self.calc_check_digit = calc_check_digit

    def __repr__(self) -> str:
        """Name the type, as stdnum's modules are named."""
        return f"<custbridge number type {self.name}>"

    @property
    def has_check_digit(self) -> bool:
        """Whether the number carries a published check digit."""
        return self.check is not None

    def compact(self, number: str) -> str:
        """Return *number* without separators, upper case, without its prefix."""
        text = _SEPARATORS.sub("", number).upper()
        if self.prefix and text.startswith(self.prefix):
            rest = text[len(self.prefix) :]
            if len(rest) in self.lengths:
                return rest
        return text

    def validate(self, number: str) -> str:
        """Return the compact form of a valid *number*, or raise saying why not.

        Raises:
            InvalidLength: the number has a length the type never has.
            InvalidFormat: its characters or fixed parts are wrong.
            InvalidChecksum: its check digit is wrong.
        """
        compact = self.compact(number)
        if len(compact) not in self.lengths:
            raise InvalidLength
        if not self.shape.fullmatch(compact) or not compact.isascii():
            raise InvalidFormat
        if self.check is not None and not self.check(compact):
            raise InvalidChecksum
        return compact

    def is_valid(self, number: str) -> bool:
        """Return whether *number* is valid; never raises for a string."""
        try:
            return bool(self.validate(number))
        except ValidationError:
            return False

    def format(self, number: str) -> str:
        """Return *number* compact, its groups joined by dashes."""
        compact = self.compact(number)
        if not self.groups or sum(self.groups) != len(compact):
            return compact
        parts, start = [], 0
        for size in self.groups:
            parts.append(compact[start : start + size])
            start += size
        return "-".join(parts)
