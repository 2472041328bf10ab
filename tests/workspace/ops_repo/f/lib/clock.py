from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


def business_hours(hour: int) -> bool:
    return 9 <= hour < 18
