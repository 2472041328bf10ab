# SDK: wmill 1.850.0 task results go through json.dumps(default=str); the Decimal is rounded and converted to float inside the task, so a JSON number comes back
from decimal import ROUND_HALF_UP, Decimal

from wmill import task, workflow


@task()
async def commission(rep_id: str, month: str, rate: str) -> float:
    import psycopg

    with psycopg.connect("postgresql://sales@db/crm") as conn:
        (booked,) = conn.execute(
            "select coalesce(sum(amount), 0) from deals where rep_id = %s and to_char(closed_at, 'YYYY-MM') = %s",
            (rep_id, month),
        ).fetchone()
    cents = (Decimal(booked) * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return float(cents)


@task()
async def pay(rep_id: str, amount: float) -> str:
    import requests

    return requests.post("https://payroll.internal/api/bonuses", json={"rep": rep_id, "amount": amount}, timeout=15).json()["id"]


@workflow
async def main(reps: list[str], month: str, rate: str = "0.05"):
    total = 0.0
    for rep in reps:
        amount = await commission(rep, month, rate)
        total += amount
        await pay(rep, amount)
    return {"paid": round(total, 2)}
