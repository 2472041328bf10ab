# SDK: wmill 1.850.0 client.py: each task call queues its step in _pending; gathering the coroutines later dispatches them in one parallel round.
import asyncio

from wmill import task, workflow


@task()
async def price_in(currency: str, amount_cents: int) -> int:
    return amount_cents


@workflow
async def main(amount_cents: int, currencies: list[str]):
    pending = []
    for currency in currencies:
        pending.append(price_in(currency, amount_cents))
    converted = await asyncio.gather(*pending)
    return dict(zip(currencies, converted))
