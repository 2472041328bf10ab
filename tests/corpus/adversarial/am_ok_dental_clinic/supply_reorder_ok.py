# SDK: wmill 1.850.0: a task body may use asyncio.wait_for / time freely (it runs once, in its own job); the body only compares JSON numbers; a step() name repeated in a loop gets numbered keys
import asyncio

from wmill import step, task, workflow

PAR_LEVELS = {"gloves-m": 40, "gloves-s": 30, "masks": 50, "bibs": 60, "composite-a2": 6}


@task(timeout=300)
async def stock_levels(clinic: str) -> dict[str, int]:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await asyncio.wait_for(client.get(f"https://inv.example-smile.io/{clinic}/stock"), timeout=30)
        resp.raise_for_status()
        return {row["sku"]: int(row["qty"]) for row in resp.json()}


@task(retry={"attempts": 3, "delay": 30, "multiplier": 2})
async def place_order(clinic: str, lines: list[dict]) -> str:
    import httpx

    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post("https://supplier.example-dental-depot.com/orders", json={"ship_to": clinic, "lines": lines})
        resp.raise_for_status()
        return resp.json()["order_no"]


def shortfall(levels: dict[str, int]) -> list[dict]:
    return [
        {"sku": sku, "qty": par - levels.get(sku, 0)}
        for sku, par in sorted(PAR_LEVELS.items())
        if levels.get(sku, 0) < par
    ]


@workflow
async def main(clinics: list[str]):
    orders = {}
    for clinic in clinics:
        levels = await stock_levels(clinic)
        lines = await step("reorder_lines", lambda: shortfall(levels))
        if lines:
            orders[clinic] = await place_order(clinic, lines)
    return orders
