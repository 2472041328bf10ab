"""Tariff zones of the network."""

import time

from . import fares

ZONE_OF = {
    "WIEN_WESTBF": 1,
    "HUETTELDORF": 1,
    "PURKERSDORF": 2,
    "TULLNERBACH": 2,
    "NEULENGBACH": 3,
    "ST_POELTEN": 4,
    "MELK": 5,
    "AMSTETTEN": 6,
}


def zones_between(origin: str, dest: str) -> int:
    return abs(ZONE_OF[origin] - ZONE_OF[dest]) + 1


def is_peak_hour(hour: int) -> bool:
    return 6 <= hour < 9 or 16 <= hour < 19


def in_peak() -> bool:
    return is_peak_hour(time.localtime().tm_hour)


def day_pass_cents(zones: int) -> int:
    return fares.BASE_CENTS * 3 + zones * fares.PER_ZONE_CENTS
