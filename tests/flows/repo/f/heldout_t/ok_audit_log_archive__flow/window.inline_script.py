from datetime import datetime, timedelta, timezone
from typing import Optional


def main(since: datetime, until: Optional[datetime] = None, page_size: int = 1000):
    end = until or datetime.now(timezone.utc)
    pages = []
    cursor = since
    step = timedelta(days=1)
    while cursor < end:
        nxt = min(cursor + step, end)
        pages.append({"from": cursor.isoformat(), "to": nxt.isoformat()})
        cursor = nxt
    return {"pages": pages, "page_size": page_size}
