from datetime import date, timedelta
from typing import Literal


def main(granularity: Literal["weekly", "monthly", "quarterly"], anchor: str):
    day = date.fromisoformat(anchor)
    if granularity == "weekly":
        start = day - timedelta(days=day.weekday())
        end = start + timedelta(days=7)
        label = f"{start:%G}-W{start:%V}"
    elif granularity == "monthly":
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1)
        label = f"{start:%Y-%m}"
    else:
        q = (day.month - 1) // 3
        start = date(day.year, 3 * q + 1, 1)
        end = date(day.year + (q == 3), (3 * q + 3) % 12 + 1, 1)
        label = f"{day.year}-Q{q + 1}"
    return {"start": start.isoformat(), "end": end.isoformat(), "label": label}
