# SDK: wmill 1.850.0 iterating sorted(set(...)) fixes the dispatch order; functools.partial of a pure function in the body; a retry decorator used only inside tasks
import asyncio
import functools
import time
from typing import Awaitable, Callable, TypeVar

import httpx
from wmill import task, workflow

T = TypeVar("T")
PARTNERS = {
    "svalbard": "https://svalbard.example/api",
    "kew": "https://msb.kew.example/api",
    "cimmyt": "https://cimmyt.example/api",
}


def with_retry(attempts: int = 3, pause: float = 2.0):
    def deco(fn: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs) -> T:
            for i in range(attempts):
                try:
                    return await fn(*args, **kwargs)
                except httpx.TransportError:
                    if i == attempts - 1:
                        raise
                    time.sleep(pause * (i + 1))
            raise RuntimeError("unreachable")

        return wrapper

    return deco


@with_retry(attempts=4)
async def post_copy(base: str, payload: dict) -> dict:
    async with httpx.AsyncClient(base_url=base) as c:
        r = await c.post("/safety-duplicates", json=payload)
        r.raise_for_status()
        return r.json()


@task()
async def send_duplicate(partner: str, accession: str, grams: float) -> dict:
    return await post_copy(PARTNERS[partner], {"accession": accession, "grams": grams})


def grams_for(accession: str, per_partner: float, overrides: dict[str, float]) -> float:
    return overrides.get(accession, per_partner)


@workflow
async def main(accessions: list[str], partners: list[str], grams: float = 5.0, overrides: dict[str, float] | None = None):
    weigh = functools.partial(grams_for, per_partner=grams, overrides=overrides or {})
    targets = sorted(set(partners) & set(PARTNERS))
    receipts = {}
    for partner in targets:
        results = await asyncio.gather(*(send_duplicate(partner, a, weigh(a)) for a in accessions))
        receipts[partner] = [r["receipt"] for r in results]
    return receipts
