"""Models, re-exported from the types module."""

from f.rcc.lib.types import *  # noqa: F403


def su_for(cores: int, hours: float) -> int:
    return round(cores * hours)
