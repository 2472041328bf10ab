# SDK: wmill 1.850.0 client.py: every round is a new process; zlib.crc32 of the order id is stable across processes, so random.Random seeded with it picks the same courier in every replay.
import random
import zlib

from wmill import task, workflow

COURIERS = ["dhl", "ups", "fedex", "gls"]


@task()
async def book_courier(order_id: str, courier: str) -> dict:
    return {"order": order_id, "courier": courier}


@workflow
async def main(order_id: str):
    rng = random.Random(zlib.crc32(order_id.encode()))
    courier = rng.choice(COURIERS)
    return await book_courier(order_id, courier)
