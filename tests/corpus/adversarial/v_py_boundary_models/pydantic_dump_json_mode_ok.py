# SDK: wmill 1.850.0: a task result crosses JSON; model_dump(mode="json") gives only JSON values (dates as ISO strings)
"""Quote service: the vendor's JSON is validated, then handed back as a plain JSON dict."""
from datetime import date

from pydantic import BaseModel

from wmill import task, workflow


class Quote(BaseModel):
    carrier: str
    service: str
    price_cents: int
    delivery_by: date


@task()
async def fetch_quote(carrier: str, parcel: dict) -> dict:
    import httpx
    import wmill

    creds = wmill.get_resource(f"f/shipping/{carrier}")
    r = httpx.post(f"{creds['url']}/rates", json=parcel, headers={"Authorization": creds["token"]})
    r.raise_for_status()
    return Quote.model_validate_json(r.text).model_dump(mode="json")


@task()
async def book(carrier: str, service: str, parcel: dict) -> dict:
    import httpx
    import wmill

    creds = wmill.get_resource(f"f/shipping/{carrier}")
    r = httpx.post(f"{creds['url']}/shipments", json={"service": service, **parcel})
    r.raise_for_status()
    return r.json()


@workflow
async def main(parcel: dict, carriers: list[str]):
    quotes = [await fetch_quote(c, parcel) for c in carriers]
    best = min(quotes, key=lambda q: q["price_cents"])
    shipment = await book(best["carrier"], best["service"], parcel)
    return {"shipment": shipment, "delivery_by": best["delivery_by"]}
