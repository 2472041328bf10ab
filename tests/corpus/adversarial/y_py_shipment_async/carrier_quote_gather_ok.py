# SDK: wmill 1.850.0 client.py: asyncio.gather returns results in argument order, the order _next_step allocated the keys in; every replay resolves the same list
import asyncio

from wmill import task, workflow

CARRIERS = ["dhl", "ups", "fedex", "gls"]


@task()
async def request_quote(carrier: str, weight_kg: float, dest: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as client:
        # inside the task's own job, completion order is harmless
        pending = [client.post(f"https://rates.internal/{carrier}/quote/{tier}", json={"kg": weight_kg, "to": dest}) for tier in ("eco", "std")]
        best = None
        for fut in asyncio.as_completed(pending):
            r = await fut
            body = r.json()
            if best is None or body["price"] < best["price"]:
                best = body
    return best or {}


@task()
async def book_pickup(carrier: str, shipment_id: str, quote_id: str) -> dict:
    import httpx

    return httpx.post(f"https://rates.internal/{carrier}/book", json={"shipment": shipment_id, "quote": quote_id}, timeout=30).json()


@workflow
async def main(shipment_id: str, weight_kg: float, dest: str, max_price: float = 80.0):
    quotes = await asyncio.gather(*(request_quote(c, weight_kg, dest) for c in CARRIERS))
    affordable = [q for q in quotes if q and q["price"] <= max_price]
    if not affordable:
        return {"shipment": shipment_id, "carrier": None}
    best = min(affordable, key=lambda q: (q["price"], q["carrier"]))
    booking = await book_pickup(best["carrier"], shipment_id, best["id"])
    return {"shipment": shipment_id, "carrier": best["carrier"], "booking": booking["ref"]}
