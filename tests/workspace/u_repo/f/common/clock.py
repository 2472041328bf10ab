"""Calendar helpers for the dispatch team (all times are UTC)."""

from datetime import date, datetime, timedelta, timezone

type Day = str


def utc_today() -> Day:
    return datetime.now(timezone.utc).date().isoformat()


def format_day(day: Day) -> str:
    parsed = date.fromisoformat(day)
    return parsed.strftime("%a %d %b")


def next_business_day(day: Day) -> Day:
    parsed = date.fromisoformat(day) + timedelta(days=1)
    while parsed.weekday() >= 5:
        parsed += timedelta(days=1)
    return parsed.isoformat()
