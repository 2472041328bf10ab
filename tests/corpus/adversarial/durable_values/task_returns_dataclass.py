# SDK: wmill 1.850.0 client.py task(): the result is json.dumps(..., default=str): a dataclass instance comes back as its repr string.
from dataclasses import dataclass

from wmill import task, workflow


@dataclass
class Quote:
    sku: str
    price: float


@task()
async def get_quote(sku: str) -> Quote:
    return Quote(sku=sku, price=9.5)  # expect: WAC107


@task()
async def place_order(sku: str, price: float) -> str:
    return f"{sku}@{price}"


@workflow
async def main(sku: str):
    quote = await get_quote(sku)
    return await place_order(sku, 9.5 if not quote else 10.0)
