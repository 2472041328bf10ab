# SDK: wmill 1.850.0 client.py: each round imports the script again and evaluates the default `str(uuid.uuid4())`, so a run started without an idempotency key sends each task a different one.
import uuid

from wmill import task, workflow


@task()
async def charge(key: str, cents: int) -> str:
    return key


@task()
async def receipt(key: str) -> str:
    return key


@workflow
async def main(cents: int, idempotency_key: str = str(uuid.uuid4())):  # expect: WAC102
    await charge(idempotency_key, cents)
    return await receipt(idempotency_key)
