# SDK: wmill 1.850.0 client.py replays the body; pd.Timestamp.today() and pd.to_datetime("now") read the clock, so the cutoff sent to the task moves between replays.
import pandas as pd
from wmill import task, workflow


@task()
async def purge(before: str) -> int:
    return 0


@workflow
async def main(days: int = 30):
    cutoff = pd.Timestamp.today().normalize() - pd.Timedelta(days=days)  # expect: WAC102
    return await purge(cutoff.isoformat())
