"""Readings from the fermenters' Tilt bridge."""

import httpx

BRIDGE = "http://tilt-bridge.brewery.lan:8080"


def read_gravity(vessel: str, live: bool = False) -> float:
    """The last logged gravity; `live=True` asks the bridge for a fresh reading."""
    if live:
        return float(httpx.get(f"{BRIDGE}/vessels/{vessel}/gravity", timeout=10).json()["sg"])
    return CACHED.get(vessel, 1.050)


CACHED: dict[str, float] = {}
