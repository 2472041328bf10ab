# SDK: wmill 1.850.0 client.py task(): attrs.asdict gives a dict of str and float, which crosses JSON unchanged; the body reads it by key.
import attrs

from wmill import task, workflow


@attrs.define
class Quote:
    sku: str
    price: float


@task()
async def price_sku(sku: str) -> dict:
    return attrs.asdict(Quote(sku=sku, price=9.5))


@task()
async def reserve(sku: str, price: float) -> bool:
    return True


@workflow
async def main(sku: str):
    quote = await price_sku(sku)
    return await reserve(sku, quote["price"])
