"""Time helpers: the LIS stores every timestamp as ISO-8601 UTC."""

from datetime import datetime, timezone


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def now_iso() -> str:
    return now_utc().isoformat()


def hours_since(iso: str) -> float:
    return (now_utc() - datetime.fromisoformat(iso)).total_seconds() / 3600


def hl7_ts(iso: str) -> str:
    """`2026-03-01T08:15:00+00:00` -> `20260301081500` (HL7 v2 TS)."""
    return datetime.fromisoformat(iso).strftime("%Y%m%d%H%M%S")
