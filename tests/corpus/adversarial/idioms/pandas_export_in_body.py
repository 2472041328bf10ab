# SDK: wmill 1.850.0 client.py: the body re-runs after every task; `DataFrame.to_csv(path)` (pandas writes the file when given a path) rewrites it on each replay.
import pandas as pd
from wmill import task, workflow


@task()
async def extract_orders(day: str) -> list[dict]:
    return [{"id": 1, "day": day, "total": 42.0}]


@task()
async def notify_finance(path: str, rows: int) -> bool:
    return rows >= 0


@workflow
async def main(day: str, out_dir: str = "/shared/exports"):
    rows = await extract_orders(day)
    frame = pd.DataFrame.from_records(rows)
    target = f"{out_dir}/orders_{day}.csv"
    frame.to_csv(target, index=False)  # expect: WAC101
    return await notify_finance(target, len(frame))
