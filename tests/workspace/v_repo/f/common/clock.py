# SDK: none; date helpers (utc_today reads the clock, the others are pure)
from datetime import date, datetime, timedelta, timezone


def utc_today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


def period_label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def period_bounds(year: int, month: int) -> tuple[str, str]:
    start = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return start.isoformat(), (nxt - timedelta(days=1)).isoformat()


def previous_period(today_iso: str) -> str:
    today = date.fromisoformat(today_iso)
    first = today.replace(day=1)
    last = first - timedelta(days=1)
    return period_label(last.year, last.month)
