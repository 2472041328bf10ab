# SDK: none; routing_a and routing_b import each other (b lazily, inside its function)
"""Route choice. Scores come from routing_b, which needs our distance table back."""

from f.lib import routing_b

DEPOT_ORDER = ["north", "harbour", "airport"]


def leg_km(a: str, b: str) -> float:
    return abs(DEPOT_ORDER.index(a) - DEPOT_ORDER.index(b)) * 12.5


def best_route(stops: list[str]) -> list[str]:
    return sorted(stops, key=routing_b.score)
