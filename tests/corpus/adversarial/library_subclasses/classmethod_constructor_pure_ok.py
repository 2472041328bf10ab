# SDK: wmill 1.850.0 client.py: the body replays from the top; `Inventory.for_region(...)` only builds an object and `label()` formats a string; the GET runs in the task.
import httpx
from wmill import task, workflow


class Inventory:
    def __init__(self, base: str):
        self.base = base

    @classmethod
    def for_region(cls, region: str) -> "Inventory":
        return cls(f"https://{region}.stock.example.com")

    def label(self) -> str:
        return self.base.removeprefix("https://")

    def levels(self, sku: str) -> dict:
        return httpx.get(f"{self.base}/levels/{sku}").json()


@task()
async def levels(sku: str, region: str) -> dict:
    return Inventory.for_region(region).levels(sku)


@workflow
async def main(sku: str, region: str = "eu"):
    print("checking", Inventory.for_region(region).label())
    stock = await levels(sku, region)
    return stock["available"]
