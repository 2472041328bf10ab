# SDK: wmill 1.850.0 client.py: each round imports the script again; the class body computes the same constants every time (`uuid5` of a fixed name, a parsed date, a literal table).
import uuid
from datetime import datetime

from wmill import task, workflow


class Run:
    namespace = uuid.uuid5(uuid.NAMESPACE_DNS, "billing.example.com").hex
    epoch = datetime(2024, 1, 1).isoformat()
    tiers = {"free": 0, "pro": 20}


@task()
async def reserve(ns: str, seats: int, since: str) -> str:
    return f"{ns}:{seats}:{since}"


@workflow
async def main(seats: int, tier: str = "pro"):
    return await reserve(Run.namespace, seats * Run.tiers[tier], Run.epoch)
