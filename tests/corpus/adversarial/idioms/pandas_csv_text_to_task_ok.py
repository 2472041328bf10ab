# SDK: wmill 1.850.0 client.py: a task's arguments cross JSON; `DataFrame.to_csv()` without a path returns the CSV text (a str), which is fine to pass, and writes nothing in the body.
import pandas as pd
from wmill import task, workflow


@task()
async def extract_orders(day: str) -> list[dict]:
    return [{"id": 1, "day": day, "total": 42.0}]


@task()
async def upload_csv(key: str, body: str) -> str:
    return f"s3://exports/{key}"


@workflow
async def main(day: str):
    rows = await extract_orders(day)
    frame = pd.DataFrame(rows)
    summary = frame.groupby("day", as_index=False)["total"].sum()
    csv_text = summary.to_csv(index=False)
    records = summary.to_json(orient="records")
    url = await upload_csv(f"orders/{day}.csv", csv_text)
    return {"url": url, "summary": records}
