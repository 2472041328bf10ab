# SDK: wmill 1.850.0 a task's Decimal / datetime result comes back as str (json.dumps default=str); the body rebuilds each with Decimal(str(...)) / datetime.fromisoformat(...), which read that string exactly
from datetime import datetime, timedelta
from decimal import Decimal

import httpx
from wmill import task, workflow


@task()
async def fx_rate(base: str, quote: str) -> Decimal:
    async with httpx.AsyncClient() as c:
        r = await c.get("https://fx.example/latest", params={"base": base, "symbols": quote})
        r.raise_for_status()
        return Decimal(str(r.json()["rates"][quote]))


@task()
async def vendor_deadline(vendor: str, words: int) -> datetime:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://vendors.agency.example/{vendor}/estimate", json={"words": words})
        r.raise_for_status()
        return datetime.fromisoformat(r.json()["deliver_by"])


@task()
async def send_quote(client: str, amount: str, currency: str, deliver_by: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://crm.agency.example/quotes", json={"client": client, "amount": amount, "currency": currency, "deliver_by": deliver_by})
        r.raise_for_status()
        return r.json()["id"]


@workflow
async def main(client: str, vendor: str, words: int, eur_per_word: str = "0.11", currency: str = "USD", buffer_days: int = 2):
    rate = Decimal(str(await fx_rate("EUR", currency)))
    amount = (Decimal(eur_per_word) * words * rate).quantize(Decimal("0.01"))
    deliver_by = datetime.fromisoformat(await vendor_deadline(vendor, words)) + timedelta(days=buffer_days)
    quote_id = await send_quote(client, str(amount), currency, deliver_by.isoformat())
    return {"quote": quote_id, "amount": str(amount), "deliver_by": deliver_by.isoformat()}
