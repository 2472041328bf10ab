# SDK: wmill 1.850.0 client.py a task's result crosses json.dumps(default=str): to_dict(orient="records") of plain columns and float() of a sum survive it.
import pandas as pd
from wmill import task, workflow


@task()
async def load_orders(day: str) -> list:
    frame = pd.DataFrame([{"id": 1, "amount": 20.0}, {"id": 2, "amount": 5.5}])
    return frame.to_dict(orient="records")


@task()
async def total_of(day: str) -> float:
    frame = pd.DataFrame([{"id": 1, "amount": 20.0}, {"id": 2, "amount": 5.5}])
    return float(frame["amount"].sum())


@task()
async def book_revenue(day: str, total: float) -> str:
    return f"{day}:{total}"


@workflow
async def main(day: str):
    orders = await load_orders(day)
    total = await total_of(day)
    return await book_revenue(day, total + sum(o["amount"] for o in orders))
