# SDK: wmill 1.850.0 client.py task() _merge_args: keyword arguments are sent under their own names whatever the signature says, so fetch_order(order_id=...) reaches the inner function intact (run: completes).
from wmill import task, workflow


def logged(fn):
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__, kwargs)
        return await fn(*args, **kwargs)

    return wrapper


@task()
@logged
async def fetch_order(order_id: str) -> dict:
    return {"id": order_id, "lines": []}


@workflow
async def main(order_id: str):
    order = await fetch_order(order_id=order_id)
    return {"order": order["id"], "lines": len(order["lines"])}
