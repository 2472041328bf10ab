# SDK: wmill 1.850.0 a @task wrapper called in the body only queues a step; functools.partial of a plain function runs that function where the helper calls it, in every round
"""Shipping quote with fallbacks, ported from the checkout service: try each carrier in turn."""
import functools
import logging
from typing import Any, Awaitable, Callable

from wmill import task, workflow

log = logging.getLogger("checkout.shipping")


async def first_quote(candidates: list[Callable[[], Awaitable[Any]]]) -> dict | None:
    for candidate in candidates:
        quote = await candidate()
        if quote and quote.get("price") is not None:
            return quote
        log.info("no quote from %s", getattr(candidate, "func", candidate))
    return None


@task(timeout=60)
async def quote_primary(parcel: dict, zone: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://api.primary-carrier.example/quotes", json={**parcel, "zone": zone})
    return resp.json()


async def quote_backup(parcel: dict, zone: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://api.backup-carrier.example/v2/rates", json={**parcel, "zone": zone})
    return resp.json()


@task(timeout=60)
async def book(quote: dict, order_id: str) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(quote["book_url"], json={"order": order_id})
    return resp.json()["label"]


@workflow
async def main(order_id: str, parcel: dict, zone: str):
    quote = await first_quote(  # expect: WAC101
        [functools.partial(quote_primary, parcel, zone), functools.partial(quote_backup, parcel, zone)]
    )
    if quote is None:
        return {"order": order_id, "booked": False}
    label = await book(quote, order_id)
    return {"order": order_id, "booked": True, "label": label}
