# SDK: wmill 1.850.0 client.py: `except Exception` in a helper the body awaits does not catch _StepSuspend (BaseException), so suspension passes through it.
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


async def tolerant(coro, label: str, default=None):
    try:
        return await coro
    except Exception:
        log.exception("step %s failed, using default", label)
        return default


@task()
async def fetch_stock(sku: str) -> int:
    return 7


@workflow
async def main(skus: list[str]):
    stock = {}
    for sku in skus:
        stock[sku] = await tolerant(fetch_stock(sku), f"stock:{sku}", default=0)
    return stock
