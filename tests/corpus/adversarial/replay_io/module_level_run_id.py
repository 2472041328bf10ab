# SDK: wmill 1.850.0 client.py / launch post "the script exits" at each suspension: the module is imported again every round, so a module-level uuid4 differs between replays.
import uuid

from wmill import task, workflow

RUN_ID = str(uuid.uuid4())


@task()
async def reserve(sku: str, key: str) -> dict:
    return {"sku": sku, "key": key}


@task()
async def charge(sku: str, key: str) -> dict:
    return {"sku": sku, "key": key}


@workflow
async def main(sku: str):
    await reserve(sku, RUN_ID)  # expect: WAC102
    return await charge(sku, RUN_ID)
