# SDK: wmill 1.850.0 client.py a task's result crosses json.dumps(default=str): a DataFrame comes back as its printed text, so df["amount"] in the body fails.
import pandas as pd
from wmill import task, workflow


@task()
async def load_orders(day: str) -> pd.DataFrame:
    frame = pd.DataFrame([{"id": 1, "amount": 20.0}, {"id": 2, "amount": 5.5}])
    return frame  # expect: WAC107


@task()
async def book_revenue(day: str, total: float) -> str:
    return f"{day}:{total}"


@workflow
async def main(day: str):
    orders = await load_orders(day)
    return await book_revenue(day, float(orders["amount"].sum()))
