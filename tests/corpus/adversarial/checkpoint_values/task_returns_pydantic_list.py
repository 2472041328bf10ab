# SDK: wmill 1.850.0 client.py task(): json.dumps(default=str) writes each pydantic model in the list as its str() ("sku='a' price=9.5"), so offer.price raises AttributeError on the strs the body gets back.
from pydantic import BaseModel

from wmill import task, workflow


class Offer(BaseModel):
    sku: str
    price: float


@task()
async def fetch_offers(sku: str) -> list[Offer]:
    return [Offer(sku=sku, price=9.5), Offer(sku=sku, price=8.75)]  # expect: WAC107


@task()
async def accept_offer(sku: str, price: float) -> bool:
    return True


@workflow
async def main(sku: str):
    offers = await fetch_offers(sku)
    best = min(offers, key=lambda offer: offer.price)
    return await accept_offer(sku, best.price)
