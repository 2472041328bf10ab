"""Business-calendar helpers. Named `time` for historical reasons: `import time` below is
the standard library (Windmill imports this script as `f.payments.time`)."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

HOLIDAYS = {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)}
CUTOFF_HOUR_UTC = 16


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS


def next_business_day(day: date) -> date:
    nxt = day + timedelta(days=1)
    while not is_business_day(nxt):
        nxt += timedelta(days=1)
    return nxt


def cutoff_for(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, CUTOFF_HOUR_UTC, tzinfo=timezone.utc)


def settlement_date(trade_day: date | None = None) -> date:
    day = trade_day or datetime.now(timezone.utc).date()
    return next_business_day(day)


def monotonic_ms() -> int:
    return int(time.monotonic() * 1000)
