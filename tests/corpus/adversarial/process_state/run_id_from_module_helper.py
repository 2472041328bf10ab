# SDK: wmill 1.850.0 client.py / launch post: the module is imported again every round, so a run id a helper mints at module level differs between replays.
import uuid

from wmill import task, workflow


def new_run_id() -> str:
    return f"run-{uuid.uuid4().hex[:12]}"


RUN_ID = new_run_id()


@task()
async def reserve(sku: str, key: str) -> dict:
    return {"sku": sku, "key": key}


@workflow
async def main(sku: str):
    return await reserve(sku, RUN_ID)  # expect: WAC102
