# SDK: wmill 1.850.0 client.py: the body replays from the top; `Inventory.for_region(...)` is a classmethod returning `cls(...)`, and its `levels` GETs the warehouse API on every replay.
import httpx
from wmill import task, workflow


class Inventory:
    def __init__(self, base: str):
        self.base = base

    @classmethod
    def for_region(cls, region: str) -> "Inventory":
        return cls(f"https://{region}.stock.example.com")

    def levels(self, sku: str) -> dict:
        return httpx.get(f"{self.base}/levels/{sku}").json()


@task()
async def reorder(sku: str, qty: int) -> str:
    return f"{sku}x{qty}"


@workflow
async def main(sku: str, region: str = "eu"):
    stock = Inventory.for_region(region).levels(sku)  # expect: WAC101
    if stock["available"] < 10:
        return await reorder(sku, 100)
    return None
