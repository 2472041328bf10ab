from decimal import Decimal

from f.platform import fx

BUDGET_CURRENCY = "USD"


def to_budget_currency(amount: str, currency: str) -> str:
    if currency == BUDGET_CURRENCY:
        return amount
    return str((Decimal(amount) * Decimal(str(fx.rate(currency)))).quantize(Decimal("0.01")))


def over_budget(spent: str, budget: str) -> bool:
    return Decimal(spent) > Decimal(budget)
