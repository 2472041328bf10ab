from datetime import datetime, timedelta
from itertools import groupby


def main(events: list[dict], gap_minutes: int = 30):
    gap = timedelta(minutes=gap_minutes)
    sessions = []
    for visitor, rows in groupby(events, key=lambda e: e["anonymous_id"]):
        current = None
        for e in rows:
            at = datetime.fromisoformat(e["occurred_at"])
            if current is None or at - current["last"] > gap:
                if current:
                    sessions.append(current)
                current = {"visitor": visitor, "start": at, "last": at, "pages": 0}
            current["last"] = at
            current["pages"] += e["event_name"] == "page_view"
        if current:
            sessions.append(current)
    out = [
        {"visitor": s["visitor"], "start": s["start"].isoformat(), "seconds": int((s["last"] - s["start"]).total_seconds()), "pages": s["pages"]}
        for s in sessions
    ]
    return {"sessions": out, "count": len(out)}
