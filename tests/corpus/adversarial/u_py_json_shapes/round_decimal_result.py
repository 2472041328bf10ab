# SDK: wmill 1.850.0 task results go through json.dumps(default=str); round() of a Decimal is still a Decimal, so the commission arrives as the string "12.35" and the sum below raises TypeError
from decimal import Decimal

from wmill import task, workflow


@task()
async def commission(rep_id: str, month: str, rate: str) -> float:
    import psycopg

    with psycopg.connect("postgresql://sales@db/crm") as conn:
        (booked,) = conn.execute(
            "select coalesce(sum(amount), 0) from deals where rep_id = %s and to_char(closed_at, 'YYYY-MM') = %s",
            (rep_id, month),
        ).fetchone()
    return round(Decimal(booked) * Decimal(rate), 2)  # expect: WAC107


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
    return {"paid": total}
