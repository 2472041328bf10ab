# SDK: wmill 1.850.0 step(name, fn) awaits fn()'s coroutine and checkpoints the result; the team's @durable wraps methods too, so the client's fetch runs inside the step
import functools

import httpx
from wmill import step, task, workflow


def durable(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        return await step(fn.__name__, lambda: fn(*args, **kwargs))

    return wrapper


class PricingApi:
    base = "https://pricing.internal/api"

    @durable
    async def list_prices(self, sku: str) -> list[dict]:
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.get(f"{self.base}/prices", params={"sku": sku})
            resp.raise_for_status()
            return resp.json()["prices"]


api = PricingApi()


@task()
async def publish_price(sku: str, price: float) -> None:
    import requests

    requests.put(f"https://shop.internal/api/products/{sku}/price", json={"price": price}, timeout=10)


@workflow
async def main(sku: str, margin: float = 0.2):
    prices = await api.list_prices(sku)
    cheapest = min(p["amount"] for p in prices)
    await publish_price(sku, round(cheapest * (1 + margin), 2))
    return {"sku": sku, "base": cheapest}
