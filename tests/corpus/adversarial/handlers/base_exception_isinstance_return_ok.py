# SDK: wmill 1.850.0 client.py: _StepSuspend is a BaseException but not an Exception; the handler returns only for Exceptions and re-raises everything else.
from wmill import task, workflow


@task()
async def price_quote(sku: str) -> float:
    return 9.99


@workflow
async def main(skus: list[str]):
    prices = {}
    for sku in skus:
        try:
            prices[sku] = await price_quote(sku)
        except BaseException as exc:
            if isinstance(exc, Exception):
                prices[sku] = None
                continue
            raise
    return prices
