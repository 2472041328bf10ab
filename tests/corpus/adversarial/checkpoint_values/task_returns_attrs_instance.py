# SDK: wmill 1.850.0 client.py task(): json.dumps(default=str) encodes an attrs instance as its repr string ("Quote(sku='a', price=9.5)"), so quote.price raises AttributeError on the str the body gets back.
import attrs

from wmill import task, workflow


@attrs.define
class Quote:
    sku: str
    price: float


@task()
async def price_sku(sku: str) -> Quote:
    return Quote(sku=sku, price=9.5)  # expect: WAC107


@task()
async def reserve(sku: str, price: float) -> bool:
    return True


@workflow
async def main(sku: str):
    quote = await price_sku(sku)
    return await reserve(sku, quote.price)
