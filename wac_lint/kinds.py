"""The base of every kind in wac-lint: a `str`-valued enum."""

from __future__ import annotations

from enum import Enum


class Kind(str, Enum):
    """A kind: an enum whose members print and compare as their string value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)
