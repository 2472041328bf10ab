"""Crew-desk helpers shared by the roster workflows of this folder."""

import uuid

from f.rail.lib.net.http import fetch_json

ROSTER_API = "https://crew.westbahn-regional.at/api"


def swap_key(driver_a: str, driver_b: str) -> str:
    return f"swap-{driver_a}-{driver_b}-{uuid.uuid4().hex[:6]}"


def pair(driver_a: str, driver_b: str) -> list[str]:
    return sorted([driver_a, driver_b])


def current_roster(depot: str, day: str) -> dict:
    return fetch_json(f"{ROSTER_API}/depots/{depot}/roster", params={"day": day})
