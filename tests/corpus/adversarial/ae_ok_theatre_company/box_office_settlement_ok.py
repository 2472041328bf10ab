# SDK: wmill 1.850.0 Decimal arithmetic in the body over amounts that crossed as strings (Decimal(str(x))), quantized and passed to tasks as str; a dict of coroutines gathered then zipped back; a finally that only totals
import asyncio
from decimal import Decimal, ROUND_HALF_EVEN

import httpx
from wmill import task, workflow

CENT = Decimal("0.01")
ROYALTY = {"playwright": Decimal("0.08"), "composer": Decimal("0.04"), "director": Decimal("0.02")}


def money(x: object) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_EVEN)


@task()
async def ticket_sales(show: str, week: str) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://boxoffice.theatre.example/shows/{show}/sales", params={"week": week})
        r.raise_for_status()
        return [{"performance": s["perf"], "gross": str(s["gross"]), "fees": str(s["fees"])} for s in r.json()]


@task()
async def pay(payee: str, amount: str, memo: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://payments.theatre.example/transfers", json={"payee": payee, "amount": amount, "memo": memo})
        r.raise_for_status()
        return {"payee": payee, "transfer": r.json()["id"]}


@workflow
async def main(show: str, week: str, payees: dict[str, str]):
    sales = await ticket_sales(show, week)
    net = sum((money(s["gross"]) - money(s["fees"]) for s in sales), Decimal(0))
    shares = {role: money(net * rate) for role, rate in ROYALTY.items() if role in payees}
    total_paid = Decimal(0)
    try:
        pending = {role: pay(payees[role], str(amount), f"{show} week {week}") for role, amount in sorted(shares.items())}
        done = await asyncio.gather(*pending.values())
        transfers = dict(zip(pending, done))
    finally:
        total_paid = sum(shares.values(), Decimal(0))
    return {"show": show, "net": str(net), "paid": str(total_paid), "transfers": transfers}
