# SDK: wmill 1.850.0 client.py: every round is a new process; hash(order_id) of a str is salted per process, so random.Random seeded with it picks another courier on a replay than the one the recorded task was sent.
import random

from wmill import task, workflow

COURIERS = ["dhl", "ups", "fedex", "gls"]


@task()
async def book_courier(order_id: str, courier: str) -> dict:
    return {"order": order_id, "courier": courier}


@workflow
async def main(order_id: str):
    rng = random.Random(hash(order_id))  # expect: WAC102
    courier = rng.choice(COURIERS)
    return await book_courier(order_id, courier)
