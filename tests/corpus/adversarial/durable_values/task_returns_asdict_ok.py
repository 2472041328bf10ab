# SDK: wmill 1.850.0 client.py task(): dataclasses.asdict gives a plain dict that survives the JSON round trip; the dataclass is only used inside the task.
from dataclasses import asdict, dataclass

from wmill import task, workflow


@dataclass
class Quote:
    sku: str
    price: float


@task()
async def get_quote(sku: str) -> dict:
    quote = Quote(sku=sku, price=9.5)
    return asdict(quote)


@task()
async def place_order(sku: str, price: float) -> str:
    return f"{sku}@{price}"


@workflow
async def main(sku: str):
    quote = await get_quote(sku)
    return await place_order(quote["sku"], quote["price"])
