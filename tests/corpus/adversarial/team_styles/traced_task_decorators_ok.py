# SDK: wmill 1.850.0 client.py `task`: the step key is `func.__name__` and the parameters come from `inspect.signature(func)`, both kept by `functools.wraps`; Windmill's parser still draws the task (windmill-oracle dag).
import functools
import logging
import time

from wmill import task, workflow

log = logging.getLogger("billing")


def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.3fs", fn.__name__, time.perf_counter() - started)

    return wrapper


@task(timeout=60)
@traced
async def charge(customer_id: str, cents: int) -> str:
    return "ch_1"


@task(timeout=60)
@traced
async def send_receipt(customer_id: str, charge_id: str) -> bool:
    return True


@workflow
async def main(customer_id: str, cents: int):
    charge_id = await charge(customer_id, cents)
    await send_receipt(customer_id, charge_id)
    return {"charge": charge_id}
