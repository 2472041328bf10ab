# Helpers of the month-end close (a module: no main).
import random

from ...shared.clock import BillingClock

_clock = BillingClock()


def retry_delay(attempt: int) -> float:
    return min(60.0, 2**attempt + random.uniform(0, 1))


def close_label(region: str) -> str:
    return f"close-{region}-{_clock.today()}"


def ledger_args(period: str, region: str) -> dict:
    return {"period": period, "region": region}
