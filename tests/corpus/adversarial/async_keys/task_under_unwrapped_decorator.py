# SDK: wmill 1.850.0 client.py task(): the step's parameters come from inspect.signature(func); a wrapper without functools.wraps shows (*args, **kwargs), so a positional argument is sent as "args" and the child calls fetch_order(args=...) (run: TypeError).
import time

from wmill import task, workflow


def timed(fn):
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
    order = await fetch_order(order_id)  # expect: WAC402
    return {"order": order["id"], "lines": len(order["lines"])}
