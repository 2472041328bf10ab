from decimal import ROUND_HALF_UP, Decimal


def to_cents(amount: float) -> int:
    return int((Decimal(str(amount)) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def format_eur(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d} EUR"
