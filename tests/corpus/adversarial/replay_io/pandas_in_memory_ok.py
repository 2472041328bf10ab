# SDK: wmill 1.850.0 client.py: DataFrame work on a task's result is pure computation; to_csv() without a path returns a string.
import pandas as pd

from wmill import task, workflow


@task()
async def fetch_rows(url: str) -> list:
    return pd.read_csv(url).to_dict(orient="records")


@task()
async def upload(csv_text: str) -> int:
    return len(csv_text)


@workflow
async def main(url: str):
    rows = await fetch_rows(url)
    df = pd.DataFrame(rows)
    summary = df.groupby("region", as_index=False)["amount"].sum()
    return await upload(summary.to_csv(index=False))
