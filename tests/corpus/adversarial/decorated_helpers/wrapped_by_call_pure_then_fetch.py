# SDK: wmill 1.850.0 client.py: the body re-runs every round; helpers wrapped by calling a decorator (`fetch_t = traced(fetch)`) run the wrapped function when called, so the fetching one fetches in the body.
import functools
import logging

import requests

from wmill import task, workflow

log = logging.getLogger(__name__)


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


def _normalise(sku: str) -> str:
    return sku.strip().upper()


def _price_of(sku: str) -> float:
    return requests.get(f"https://prices.example.com/{sku}", timeout=5).json()["price"]


normalise = traced(_normalise)
price_of = traced(_price_of)


@task()
async def reserve(sku: str, price: float) -> str:
    return f"{sku}:{price}"


@workflow
async def main(sku: str):
    clean = normalise(sku)
    price = price_of(clean)  # expect: WAC101
    return await reserve(clean, price)
