from f.lib.units import CENTS


def to_cents(amount: float) -> int:
    return round(amount * CENTS)
