"""Date helpers. Only `utc_now` and `today` read the clock."""

from datetime import date, datetime, timedelta, timezone


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def today() -> date:
    return date.today()


def payroll_cutoff(period: str) -> date:
    """Last day of the payroll period `YYYY-MM` (pure: derived from the argument)."""
    year, month = (int(p) for p in period.split("-"))
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def period_label(period: str) -> str:
    year, month = period.split("-")
    return f"{year}/{month}"
