"""Relocation allowance rules."""

import os

COST_INDEX = {"lisbon": 0.8, "porto": 0.7, "berlin": 1.0, "london": 1.3}


def _margin() -> float:
    # Finance tunes the margin per worker group.
    return float(os.environ.get("RELOCATION_MARGIN", "0.1"))


def allowance_for(salary: float, from_city: str, to_city: str) -> float:
    ratio = COST_INDEX.get(to_city, 1.0) / COST_INDEX.get(from_city, 1.0)
    return round(salary * 0.05 * ratio * (1 + _margin()), 2)


def format_offer(employee_id: str, city: str, amount: float) -> str:
    return f"{employee_id}: relocation to {city.title()}, allowance {amount:,.2f} EUR"
