"""Per-tier late fees, from the shared tariff settings."""

from f.common.settings import rate_for

LATE_FEE_FLOOR = 5.0


def late_fee(tier: str, overdue_cents: int) -> int:
    return max(int(LATE_FEE_FLOOR * 100), int(overdue_cents * rate_for(tier) / 100))
