# SDK: wmill 1.850.0 a task result crosses JSON: an int of cents and a str of the quantized Decimal both survive; the body rebuilds Decimals from the strings
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
    rounded = total.quantize(CENT, rounding=ROUND_HALF_EVEN)
    return {"provider": provider, "total": str(rounded), "cents": int(rounded * 100)}


@task()
async def ledger_total(day: str) -> str:
    import psycopg

    with psycopg.connect("postgresql://recon@pg.internal/ledger") as conn:
        (total,) = conn.execute("SELECT coalesce(sum(amount), 0)::text FROM ledger WHERE day = %s", (day,)).fetchone()
    return total


@workflow
async def main(day: str, providers: list[str]):
    settled = [await settlement_total(p, day) for p in providers]
    booked = Decimal(await ledger_total(day))
    gap = booked - sum((Decimal(s["total"]) for s in settled), Decimal(0))
    return {"day": day, "gap": str(gap), "balanced": abs(gap) < CENT}
