# SDK: wmill 1.850.0 client.py replays the body; pd.Timestamp(day) of an input and pd.date_range between given dates are the same on every replay.
import pandas as pd
from wmill import task, workflow


@task()
async def purge(before: str) -> int:
    return 0


@workflow
async def main(day: str, days: int = 30):
    cutoff = pd.Timestamp(day).normalize() - pd.Timedelta(days=days)
    periods = pd.date_range(start=cutoff, end=pd.Timestamp(day), freq="7D")
    total = 0
    for p in periods:
        total += await purge(p.isoformat())
    return total
