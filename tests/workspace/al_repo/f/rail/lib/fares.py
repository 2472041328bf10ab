"""Zone fares. Imports `zones` as a module: the two modules import each other."""

from . import zones

BASE_CENTS = 180
PER_ZONE_CENTS = 90
PEAK_FACTOR = 1.25


def fare_cents(origin: str, dest: str) -> int:
    return BASE_CENTS + zones.zones_between(origin, dest) * PER_ZONE_CENTS


def fare_now(origin: str, dest: str) -> int:
    cents = fare_cents(origin, dest)
    return round(cents * PEAK_FACTOR) if zones.in_peak() else cents


def fare_at(origin: str, dest: str, hour: int) -> int:
    cents = fare_cents(origin, dest)
    return round(cents * PEAK_FACTOR) if zones.is_peak_hour(hour) else cents
