# SDK: wmill 1.850.0 client.py step(): the result goes through json.dumps(default=str) (`_json_round_trip`), so a DataFrame comes back as its printed table (truncated past a few rows), in the live round as on replay.
import pandas as pd
from wmill import step, task, workflow


@task(timeout=600)
async def publish(rows: list[dict], channel: str) -> int:
    return len(rows)


@workflow
async def main(csv_url: str, channel: str = "#sales"):
    sales = await step("load_sales", lambda: pd.read_csv(csv_url))  # expect: WAC107
    top = sales.sort_values("amount", ascending=False).head(10)
    return await publish(top.to_dict("records"), channel)
