"""Billing math kept beside the billing scripts (imported as `from .helpers import ...`)."""

TAX_RATES = {"FR": 0.2, "DE": 0.19, "US": 0.0}


def compute_tax(amount_cents: int, country: str) -> int:
    return int(amount_cents * TAX_RATES.get(country, 0.0))


def line_total(lines: list[dict]) -> int:
    return sum(int(line["qty"]) * int(line["unit_cents"]) for line in lines)
