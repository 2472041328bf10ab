"""Maintenance windows of the cluster (UTC)."""

from datetime import datetime, time, timezone

MAINTENANCE = (time(6, 0), time(8, 0))


def in_maintenance(now: datetime | None = None) -> bool:
    now = now or datetime.now(timezone.utc)
    start, end = MAINTENANCE
    return start <= now.time() < end
