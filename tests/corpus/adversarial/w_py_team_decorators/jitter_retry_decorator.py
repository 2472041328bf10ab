# SDK: wmill 1.850.0 client.py — _sleep sends max(1, int(seconds)); random jitter drawn in the body differs per replay (the guide: random values only inside step())
import functools
import random

from wmill import TaskError, sleep, task, workflow


def with_jitter_retry(attempts: int = 3):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return await fn(*args, **kwargs)
                except TaskError:
                    if attempt + 1 == attempts:
                        raise
                    await sleep(10 * 2**attempt + random.uniform(0, 5))

        return wrapper

    return decorate


@with_jitter_retry(attempts=5)
@task()
async def sync_inventory(warehouse: str) -> dict:
    import httpx

    return httpx.post(f"https://wms.example.com/{warehouse}/sync", timeout=300).json()


@workflow
async def main(warehouses: list[str]):
    results = {}
    for wh in warehouses:
        results[wh] = await sync_inventory(wh)  # expect: WAC102
    return results
