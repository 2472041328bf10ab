"""Pre-platform date helpers (kept until the last legacy workflow moves)."""

from datetime import date, datetime


def now(reference: str) -> datetime:
    """The run's reference time, as the old scheduler passed it in."""
    return datetime.fromisoformat(reference)


def today(reference: str) -> date:
    return now(reference).date()
