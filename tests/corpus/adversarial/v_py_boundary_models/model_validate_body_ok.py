# SDK: wmill 1.850.0: the task returns a JSON dict; validating it again into a model in the body is pure and repeatable
"""Order routing: the body re-validates each task's dict into a pydantic model for typed access."""
from pydantic import BaseModel

from wmill import task, workflow


class Stock(BaseModel):
    sku: str
    warehouse: str
    available: int


@task()
async def stock_level(sku: str, warehouse: str) -> dict:
    import httpx
    import wmill

    wms = wmill.get_resource("f/logistics/wms")
    r = httpx.get(f"{wms['url']}/stock/{warehouse}/{sku}")
    r.raise_for_status()
    return r.json()


@task()
async def allocate(sku: str, warehouse: str, qty: int) -> dict:
    import httpx
    import wmill

    wms = wmill.get_resource("f/logistics/wms")
    r = httpx.post(f"{wms['url']}/allocations", json={"sku": sku, "warehouse": warehouse, "qty": qty})
    r.raise_for_status()
    return r.json()


@workflow
async def main(sku: str, qty: int, warehouses: list[str]):
    levels = [Stock.model_validate(await stock_level(sku, w)) for w in warehouses]
    candidates = [s for s in levels if s.available >= qty]
    if not candidates:
        return {"allocated": False}
    best = max(candidates, key=lambda s: s.available)
    return await allocate(best.sku, best.warehouse, qty)
