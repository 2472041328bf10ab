"""Price arithmetic in integer cents."""


def round_cents(cents: float) -> int:
    return int(cents + 0.5)


def apply_pct(cents: int, pct: int) -> int:
    return round_cents(cents * (100 - pct) / 100)
