# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __getitem__ looks the sku up in a dict a task returned (checkpointed), so the subscript is pure.
from wmill import task, workflow


class PriceBook:
    def __init__(self, prices: dict) -> None:
        self.prices = prices

    def __getitem__(self, sku: str) -> int:
        return int(self.prices[sku.upper()])

    def __missing__(self, sku: str) -> int:
        return 0


@task()
async def load_prices(db_url: str) -> dict:
    return {}


@task()
async def create_order(sku: str, cents: int, qty: int) -> str:
    return "ord_1"


@workflow
async def main(db_url: str, sku: str, qty: int = 1):
    book = PriceBook(await load_prices(db_url))
    cents = book[sku]
    return await create_order(sku, cents, qty)
