# SDK: wmill 1.850.0 client.py: the body re-runs every round; a logging decorator wraps a pure helper and a fetching one, and the fetching one is called in the body.
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


@traced
def normalise(sku: str) -> str:
    return sku.strip().upper()


@traced
def price_of(sku: str) -> float:
    return requests.get(f"https://prices.example.com/{sku}", timeout=5).json()["price"]


@task()
async def reserve(sku: str, price: float) -> str:
    return f"{sku}:{price}"


@workflow
async def main(sku: str):
    clean = normalise(sku)
    price = price_of(clean)  # expect: WAC101
    return await reserve(clean, price)
