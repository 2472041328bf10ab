"""Fill levels from the filler's PLC gateway."""

import time

import httpx

from f.bottling.lib.config import LIVE_FILL_LEVELS

GATEWAY = "http://filler-gw.bottling.lan"


def fill_levels(line: str, live: bool = LIVE_FILL_LEVELS) -> list[float]:
    if live:
        return httpx.get(f"{GATEWAY}/lines/{line}/levels", timeout=5).json()
    return [330.0] * 6


def settle(seconds: float = 0.0) -> None:
    """Let the foam settle before a level check."""
    if seconds > 0:
        time.sleep(seconds)


def co2_limits(style: str, refresh: bool = False) -> dict:
    if refresh:
        return httpx.get(f"{GATEWAY}/co2/{style}", timeout=5).json()
    return {"min": 2.2, "max": 2.8}
