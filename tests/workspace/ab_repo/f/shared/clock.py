"""Wall-clock helpers shared by every team (UTC everywhere)."""

from datetime import datetime, timedelta, timezone


def stamp() -> str:
    """ISO timestamp of this instant, used in run labels and audit rows."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def days_ago(days: int) -> datetime:
    return utc_now() - timedelta(days=days)


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts)
