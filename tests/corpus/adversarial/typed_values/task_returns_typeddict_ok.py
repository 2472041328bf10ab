# SDK: wmill 1.850.0 client.py: a TypedDict is a plain dict at run time, of str and float values here, so the JSON round trip gives back an equal dict.
from typing import TypedDict

from wmill import task, workflow


class Quote(TypedDict):
    sku: str
    price: float
    currency: str


@task()
async def fetch_quote(sku: str) -> Quote:
    return Quote(sku=sku, price=9.5, currency="EUR")


@workflow
async def main(sku: str, qty: int):
    quote = await fetch_quote(sku)
    return {"sku": quote["sku"], "total": quote["price"] * qty, "currency": quote["currency"]}
