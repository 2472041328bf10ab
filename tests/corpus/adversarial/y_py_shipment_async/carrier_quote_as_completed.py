# SDK: wmill 1.850.0 client.py: _next_step allocates keys in call order, but asyncio.as_completed yields in completion order, which on a replay (all resolved from the checkpoint) is not the order of the first round
import asyncio

from wmill import task, workflow

CARRIERS = ["dhl", "ups", "fedex", "gls"]


@task()
async def request_quote(carrier: str, weight_kg: float, dest: str) -> dict:
    import httpx

    r = httpx.post(f"https://rates.internal/{carrier}/quote", json={"kg": weight_kg, "to": dest}, timeout=30)
    r.raise_for_status()
    return r.json()


@task()
async def book_pickup(carrier: str, shipment_id: str, quote_id: str) -> dict:
    import httpx

    return httpx.post(f"https://rates.internal/{carrier}/book", json={"shipment": shipment_id, "quote": quote_id}, timeout=30).json()


@workflow
async def main(shipment_id: str, weight_kg: float, dest: str, max_price: float = 80.0):
    quotes = [request_quote(c, weight_kg, dest) for c in CARRIERS]
    for fut in asyncio.as_completed(quotes):  # expect: WAC105
        q = await fut
        if q["price"] <= max_price:
            booking = await book_pickup(q["carrier"], shipment_id, q["id"])
            return {"shipment": shipment_id, "carrier": q["carrier"], "booking": booking["ref"]}
    return {"shipment": shipment_id, "carrier": None}
