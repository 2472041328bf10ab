# SDK: wmill 1.850.0 client.py: each round imports the script again, and Python evaluates a `def`'s defaults when the `def` runs: the module-level helper's default fetches the price table on every round.
import requests
from wmill import task, workflow


def price_of(sku: str, table: dict = requests.get("https://prices.example.com/v1/table", timeout=5).json()) -> int:  # expect: WAC101
    return table.get(sku, 0)


@task()
async def bill(customer: str, cents: int) -> str:
    return f"{customer}:{cents}"


@workflow
async def main(customer: str, skus: list[str]):
    return await bill(customer, sum(price_of(s) for s in skus))
