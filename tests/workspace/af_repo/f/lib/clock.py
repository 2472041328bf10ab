"""Time helpers: partitions are UTC days written as YYYY-MM-DD."""

from datetime import date, datetime, timedelta, timezone

__all__ = ["partition_for", "previous_partitions", "utc_now"]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def partition_for(day: date | None = None) -> str:
    if day is None:
        day = datetime.now(timezone.utc).date()
    return day.strftime("%Y-%m-%d")


def previous_partitions(last: str, count: int) -> list[str]:
    end = date.fromisoformat(last)
    return [(end - timedelta(days=i)).isoformat() for i in range(count)]
