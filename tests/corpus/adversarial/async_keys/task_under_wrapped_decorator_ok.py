# SDK: wmill 1.850.0 client.py task(): inspect.signature follows __wrapped__, which functools.wraps sets, so the positional argument is sent as order_id and the step key is fetch_order.
import functools
import time

from wmill import task, workflow


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__} took {time.perf_counter() - started:.2f}s")

    return wrapper


@task()
@timed
async def fetch_order(order_id: str) -> dict:
    return {"id": order_id, "lines": []}


@workflow
async def main(order_id: str):
    order = await fetch_order(order_id)
    return {"order": order["id"], "lines": len(order["lines"])}
