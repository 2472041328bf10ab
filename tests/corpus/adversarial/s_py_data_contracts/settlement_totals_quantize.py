# SDK: wmill 1.850.0 a task result is json.dumps(default=str): Decimal.quantize returns a Decimal, which comes back as the string "1234.50" (comparisons with numbers then fail)
from decimal import ROUND_HALF_EVEN, Decimal

from wmill import task, workflow

CENT = Decimal("0.01")


@task(timeout=600)
async def settlement_total(provider: str, day: str) -> dict:
    import csv
    import io

    import requests

    resp = requests.get(f"https://settlements.example.com/{provider}/{day}.csv", timeout=60)
    resp.raise_for_status()
    total = Decimal(0)
    for row in csv.DictReader(io.StringIO(resp.text)):
        total += Decimal(row["amount"])
    return {"provider": provider, "total": total.quantize(CENT, rounding=ROUND_HALF_EVEN)}  # expect: WAC107


@task()
async def ledger_total(day: str) -> float:
    import psycopg

    with psycopg.connect("postgresql://recon@pg.internal/ledger") as conn:
        (total,) = conn.execute("SELECT coalesce(sum(amount), 0)::float FROM ledger WHERE day = %s", (day,)).fetchone()
    return total


@workflow
async def main(day: str, providers: list[str]):
    settled = [await settlement_total(p, day) for p in providers]
    booked = await ledger_total(day)
    gap = booked - sum(s["total"] for s in settled)
    return {"day": day, "gap": gap, "balanced": abs(gap) < 0.01}
