from datetime import date, datetime, timezone


def now() -> datetime:
    return datetime.now(timezone.utc)


def today() -> date:
    return now().date()


def parse_day(text: str) -> date:
    return date.fromisoformat(text[:10])


def days_between(a: str, b: str) -> int:
    return (parse_day(b) - parse_day(a)).days
