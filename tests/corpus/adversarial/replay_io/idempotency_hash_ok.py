# SDK: wmill 1.850.0 client.py: an idempotency key hashed from the inputs (json.dumps sorted, sha256) is the same on every replay.
import hashlib
import json

from wmill import task, workflow


@task()
async def charge(customer: str, cents: int, key: str) -> str:
    return key


@workflow
async def main(customer: str, cents: int, order: dict):
    canonical = json.dumps({"customer": customer, "cents": cents, "order": order}, sort_keys=True)
    key = hashlib.sha256(canonical.encode()).hexdigest()[:32]
    return await charge(customer, cents, key)
