"""The display of a platform, by the kind of sign installed there."""

from .displays import Display, LedDisplay
from .tft import TftDisplay


def make_display(kind: str, host: str) -> Display:
    if kind == "led":
        return LedDisplay(host)
    return TftDisplay(host)
