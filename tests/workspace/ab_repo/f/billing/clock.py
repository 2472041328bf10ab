"""Billing calendar: a period is "YYYY-MM"; nothing here reads the wall clock."""

from datetime import date, datetime, timezone


def stamp(period: str) -> str:
    """Label of the close of a billing period, e.g. 2026-11-close."""
    return f"{period}-close"


def period_end(period: str) -> datetime:
    year, month = (int(p) for p in period.split("-"))
    if month == 12:
        return datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    return datetime(year, month + 1, 1, tzinfo=timezone.utc)


def first_day(period: str) -> date:
    year, month = (int(p) for p in period.split("-"))
    return date(year, month, 1)
