"""Tariff settings shared by billing and crews. Loaded once per process."""

import json

import wmill

_RAW = wmill.get_variable("f/common/tariff_json")
TARIFF = json.loads(_RAW)
OVERTIME_RATE = float(TARIFF.get("overtime_rate", 1.5))


def rate_for(tier: str) -> float:
    return float(TARIFF["tiers"].get(tier, TARIFF["tiers"]["residential"]))
