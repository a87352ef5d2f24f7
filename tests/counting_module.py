"""A stand-in for a python-stdnum module that counts what it is asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


class CountingModule:
    """A module whose ``validate`` records each text it is asked, and refuses all.

    *compact* is its ``compact()``: what ``NumberType`` probes to learn which
    separators, case and country codes the module never sees.
    """

    def __init__(self, compact: Callable[[str], str]) -> None:
        self.asked: list[str] = []
        self.compact = compact

    def validate(self, number: str) -> str:
        self.asked.append(number)
        raise ValueError(number)
