# SDK: a task's result is JSON in the checkpoint (json.dumps on the worker): a namedtuple is written as a list, so quote.price in the body raises AttributeError
from typing import NamedTuple

from wmill import task, workflow


class Quote(NamedTuple):
    carrier: str
    price_cents: int
    days: int


@task()
async def cheapest_quote(origin: str, dest: str, kg: float) -> Quote:
    offers = [Quote("dhl", 4200, 2), Quote("ups", 3900, 4), Quote("fedex", 4100, 3)]
    return min(offers, key=lambda q: q.price_cents)  # expect: WAC107


@task()
async def book_shipment(carrier: str, origin: str, dest: str) -> dict:
    return {"carrier": carrier, "tracking": f"{carrier.upper()}-{origin}-{dest}"}


@workflow
async def main(origin: str, dest: str, kg: float = 2.5):
    quote = await cheapest_quote(origin=origin, dest=dest, kg=kg)
    if quote.days > 3:
        print("slow carrier chosen")
    return await book_shipment(carrier=quote.carrier, origin=origin, dest=dest)
