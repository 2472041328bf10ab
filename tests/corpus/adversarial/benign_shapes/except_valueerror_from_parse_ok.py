# SDK: wmill 1.850.0 client.py: a failed task reaches the body as `TaskError`, but `int(raw_qty)` in the same `try` raises `ValueError` itself, so the handler is reachable.
from wmill import task, workflow


@task()
async def reserve(sku: str, qty: int) -> dict:
    return {"sku": sku, "reserved": qty}


@workflow
async def main(sku: str, raw_qty: str):
    try:
        qty = int(raw_qty)
        reservation = await reserve(sku, qty)
    except ValueError:
        return {"error": f"bad quantity {raw_qty!r}"}
    return reservation
