import time
from datetime import date, datetime, timedelta, timezone

ROTATION_EPOCH = date(2024, 1, 1)
SHIFT_DAYS = 7


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def shift_index(day: date) -> int:
    """Which rotation shift a calendar day falls in (pure)."""
    return (day - ROTATION_EPOCH).days // SHIFT_DAYS


def shift_bounds(day: date) -> tuple[str, str]:
    start = ROTATION_EPOCH + timedelta(days=shift_index(day) * SHIFT_DAYS)
    end = start + timedelta(days=SHIFT_DAYS)
    return start.isoformat(), end.isoformat()


def backoff(attempt: int, base: float = 1.5) -> None:
    """Block between retries of a flaky call."""
    time.sleep(min(60.0, base**attempt))
