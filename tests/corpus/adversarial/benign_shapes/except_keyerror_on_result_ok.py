# SDK: wmill 1.850.0 client.py: the task's result is a checkpointed dict; reading a missing key of it raises `KeyError` in the body, so the handler is reachable.
from wmill import task, workflow


@task()
async def quote(sku: str) -> dict:
    return {"sku": sku}


@workflow
async def main(sku: str):
    try:
        result = await quote(sku)
        price = result["price"]
    except KeyError:
        price = 0
    return {"sku": sku, "price": price}
