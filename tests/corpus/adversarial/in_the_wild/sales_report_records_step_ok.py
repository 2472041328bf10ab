# SDK: wmill 1.850.0 client.py step(): a list of plain dicts survives json.dumps(default=str) unchanged; the DataFrame is rebuilt from it in the body (pure, the same every round).
import pandas as pd
from wmill import step, task, workflow


@task(timeout=600)
async def publish(rows: list[dict], channel: str) -> int:
    return len(rows)


@workflow
async def main(csv_url: str, channel: str = "#sales"):
    records = await step("load_sales", lambda: pd.read_csv(csv_url).to_dict("records"))
    sales = pd.DataFrame(records)
    top = sales.sort_values("amount", ascending=False).head(10)
    return await publish(top.to_dict("records"), channel)
