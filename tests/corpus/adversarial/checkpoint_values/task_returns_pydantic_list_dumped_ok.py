# SDK: wmill 1.850.0 client.py task(): model_dump() of a model with str and float fields gives plain dicts, which cross JSON unchanged; the body reads them by key.
from pydantic import BaseModel

from wmill import task, workflow


class Offer(BaseModel):
    sku: str
    price: float


@task()
async def fetch_offers(sku: str) -> list[dict]:
    return [Offer(sku=sku, price=p).model_dump() for p in (9.5, 8.75)]


@task()
async def accept_offer(sku: str, price: float) -> bool:
    return True


@workflow
async def main(sku: str):
    offers = await fetch_offers(sku)
    best = min(offers, key=lambda offer: offer["price"])
    return await accept_offer(sku, best["price"])
