# SDK: wmill 1.850.0: a task's result is its child job's JSON result; a pydantic model is no JSON value (written through default=str)
"""Quote service: the vendor's JSON is validated into a model and handed back to the workflow."""
from pydantic import BaseModel

from wmill import task, workflow


class Quote(BaseModel):
    carrier: str
    service: str
    price_cents: int
    transit_days: int


@task()
async def fetch_quote(carrier: str, parcel: dict) -> Quote:
    import httpx
    import wmill

    creds = wmill.get_resource(f"f/shipping/{carrier}")
    r = httpx.post(f"{creds['url']}/rates", json=parcel, headers={"Authorization": creds["token"]})
    r.raise_for_status()
    quote = Quote.model_validate_json(r.text)
    return quote  # expect: WAC107


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
    best = min(quotes, key=lambda q: q.price_cents)
    return await book(best.carrier, best.service, parcel)
