# SDK: wmill 1.850.0: the body re-runs each round; pd.Timestamp.now() / pd.to_datetime("now") read the clock
"""Feature store backfill: partitions are computed from 'now' in pandas."""
import pandas as pd
from wmill import task, workflow


@task(timeout=3600)
async def materialize(feature_view: str, start: str, end: str) -> int:
    import httpx

    r = httpx.post("https://feast.internal.example/materialize",
                   json={"feature_views": [feature_view], "start_ts": start, "end_ts": end}, timeout=3500)
    r.raise_for_status()
    return r.json()["rows"]


@workflow
async def main(feature_view: str, days: int = 7):
    end = pd.to_datetime("now", utc=True).floor("D")  # expect: WAC102
    windows = pd.date_range(end=end, periods=days + 1, freq="D")
    total = 0
    for start, stop in zip(windows[:-1], windows[1:]):
        total += await materialize(feature_view, start.isoformat(), stop.isoformat())
    return {"feature_view": feature_view, "rows": total}
