"""Scheduler estimates used in status mails."""

from datetime import datetime, timedelta, timezone


def estimate_start(queued_at: str, position: int, avg_wait_min: float = 7.5) -> datetime:
    start = datetime.fromisoformat(queued_at).astimezone(timezone.utc)
    return start + timedelta(minutes=position * avg_wait_min)


def estimate_label(queued_at: str, position: int) -> str:
    return estimate_start(queued_at, position).strftime("%Y-%m-%d %H:%M UTC")
