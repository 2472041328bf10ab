"""Demand tiers of the day-pass price."""

from .utils.math import apply_pct

TIERS = {"low": 20, "mid": 0, "peak": -15}


def tier_price(base_cents: int, tier: str) -> int:
    return apply_pct(base_cents, TIERS.get(tier, 0))
