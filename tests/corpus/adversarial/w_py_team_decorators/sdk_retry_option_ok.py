# SDK: wmill 1.850.0 client.py — task(retry={...}) is validated by _checked_retry (attempts int 0-100, delay/multiplier/max_delay) and retried with durable back-off sleeps by _next_step
from wmill import task, workflow


@task(retry={"attempts": 4, "delay": 10, "multiplier": 2, "max_delay": 300})
async def sync_inventory(warehouse: str) -> dict:
    import httpx

    return httpx.post(f"https://wms.example.com/{warehouse}/sync", timeout=300).json()


@task()
async def publish_levels(levels: dict) -> int:
    import httpx

    return httpx.post("https://shop.example.com/stock/levels", json=levels).json()["updated"]


@workflow
async def main(warehouses: list[str]):
    levels = {}
    for wh in warehouses:
        levels[wh] = await sync_inventory(wh)
    return {"updated": await publish_levels(levels)}
