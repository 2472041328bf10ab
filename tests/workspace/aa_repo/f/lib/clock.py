"""Time helpers shared by the order workflows."""

import time
from datetime import datetime, timezone

__all__ = ["now", "run_label", "elapsed_ms", "BUSINESS_TZ"]

BUSINESS_TZ = "Europe/Berlin"


def now() -> datetime:
    return datetime.now(timezone.utc)


def run_label(prefix: str) -> str:
    # e.g. "refund-20260112T0930"; used for log lines and step names
    return f"{prefix}-{datetime.now(timezone.utc):%Y%m%dT%H%M}"


def elapsed_ms(start: float) -> int:
    return int((time.monotonic() - start) * 1000)
