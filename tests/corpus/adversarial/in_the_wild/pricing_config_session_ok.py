# SDK: wmill 1.850.0 client.py: building requests.Session() at module level sends nothing (it connects on its first request); the request itself is made inside a task, once.
import requests
from wmill import task, workflow

CONFIG_URL = "https://config.example.com/pricing.json"
session = requests.Session()
session.headers.update({"User-Agent": "pricing-workflow/1.0"})


@task()
async def load_pricing() -> dict:
    return session.get(CONFIG_URL, timeout=5).json()


@task()
async def quote(sku: str, qty: int, unit: float) -> dict:
    return {"sku": sku, "total": round(qty * unit, 2)}


@workflow
async def main(sku: str, qty: int):
    pricing = await load_pricing()
    return await quote(sku, qty, pricing.get(sku, 0.0))
