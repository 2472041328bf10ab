# SDK: wmill 1.850.0 sleep() suspends durably; a failed task raises TaskError(Exception), caught by except Exception while _StepSuspend(BaseException) passes
"""Push orders to partners with the team's generic retry helper (carried over from the service)."""
import logging
from typing import Any, Awaitable, Callable

from wmill import sleep, task, workflow

log = logging.getLogger("partners.orders")


async def with_retry(fn: Callable[..., Awaitable[Any]], *args: Any, attempts: int = 3, base_delay: int = 30) -> Any:
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args)
        except Exception as exc:
            if attempt == attempts:
                raise
            log.warning("%s failed (%s), retry %d", getattr(fn, "__name__", fn), exc, attempt)
            await sleep(base_delay * attempt)


@task(timeout=120)
async def push_order(partner: str, order: dict) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(f"https://{partner}.example.com/orders", json=order)
        resp.raise_for_status()
    return resp.json()["reference"]


@task(timeout=60)
async def confirm_order(partner: str, reference: str) -> bool:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(f"https://{partner}.example.com/orders/{reference}/confirm")
    return resp.status_code == 204


async def as_reference(value: str) -> str:
    return value.strip().upper()


@workflow
async def main(partner: str, orders: list[dict]):
    refs = []
    for order in orders:
        ref = await with_retry(push_order, partner, order)
        ref = await with_retry(as_reference, ref, attempts=1)
        confirmed = await with_retry(confirm_order, partner, ref, attempts=5)
        refs.append({"reference": ref, "confirmed": confirmed})
    return {"partner": partner, "orders": refs}
