# SDK: wmill 1.850.0 client.py: at each suspension the script exits and the next round runs it again from the top (launch post), so a request made at import time is sent again every round.
import requests
from wmill import task, workflow

CONFIG_URL = "https://config.example.com/pricing.json"
resp = requests.get(CONFIG_URL, timeout=5)  # expect: WAC101
PRICING = resp.json()


@task()
async def quote(sku: str, qty: int, unit: float) -> dict:
    return {"sku": sku, "total": round(qty * unit, 2)}


@workflow
async def main(sku: str, qty: int):
    return await quote(sku, qty, PRICING.get(sku, 0.0))
